"""Word-level differences between two versions of one statement, to show altered quotes."""

from __future__ import annotations

from difflib import SequenceMatcher

from rapidfuzz.utils import default_process

from .records import DiffKind, DiffOp


def quote_diff(old: str, new: str) -> tuple[DiffOp, ...]:
    """Runs of equal, inserted, deleted and replaced words; case and punctuation alone are no change."""
    a, b = old.split(), new.split()
    matcher = SequenceMatcher(None, [default_process(w) for w in a], [default_process(w) for w in b], autojunk=False)
    return tuple(
        DiffOp(DiffKind(tag), " ".join(a[i1:i2]), " ".join(b[j1:j2])) for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    )
