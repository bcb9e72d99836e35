"""Content boundaries (issue 12, item 7; invented sentences, negatives included): a gerund that opens the content of
"According to X," is its subject ("talking about it is pointless"), no reporting participle that continues the
report, so the content is the whole clause; a participle after a report's own content still continues it."""

from __future__ import annotations

import pytest

from attribution import extract


def _statements(text: str) -> list[tuple[str | None, str]]:
    """Every statement as (cue, content)."""
    return [(s.cue, " | ".join(text[p.start : p.end] for p in s.spans)) for s in extract(text, "t")]


# (text, [(cue, content)])
GERUND_SUBJECTS = [
    ("According to Maric, talking about a second quay is premature.",
     [("According to", "talking about a second quay is premature")]),
    ("According to Ivo Maric, saying no to the levy was a mistake.",
     [("According to", "saying no to the levy was a mistake")]),
    ("According to Lena Hart, arguing about the levy wastes everyone's time.",
     [("According to", "arguing about the levy wastes everyone's time")]),
    # … negatives: a participle after the report's content continues it
    ("According to Ivo Maric, the ferry was late, adding that the levy was unfair.",
     [("According to", "the ferry was late"), ("adding", "that the levy was unfair")]),
    ("The ferry was late, Ivo Maric said, noting that the levy was unfair.",
     [("said", "The ferry was late"), ("noting", "that the levy was unfair")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GERUND_SUBJECTS)
def test_gerund_subject_after_according_to(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _statements(text) == expected
