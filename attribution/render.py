"""Article text as HTML with statements, speaker mentions and cues highlighted from stored offsets.

Every character of article text is escaped, so text containing `<script>` or markup shows as text and
never runs. Highlights are drawn from offsets only; the text is never searched or parsed here.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise
from typing import Protocol

from .aids.records import DiffKind, DiffOp
from .models import Span

# Pastel backgrounds readable under dark text: in an article, speakers take them in order of appearance.
PALETTE = (
    "#fde68a", "#bfdbfe", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc", "#d9f99d", "#fecaca", "#c7d2fe",
    "#99f6e4", "#f5d0fe",
)  # fmt: skip
UNATTRIBUTED = "#e5e7eb"
UNATTRIBUTED_LABEL = "unattributed"

STYLE = """<style>
.qa-article{white-space:pre-wrap;line-height:1.7;font-size:1rem;color:#111827;background:#fff;padding:.25rem .5rem}
.qa-stmt{border-radius:3px;padding:1px 0}
.qa-focus{outline:2px solid #dc2626;outline-offset:1px}
.qa-speaker{font-weight:700;text-decoration:underline;text-decoration-thickness:2px}
.qa-cue{font-style:italic;text-decoration:underline dotted #374151;text-decoration-thickness:2px}
.qa-label{display:inline-block;font-size:.72rem;line-height:1.2;font-weight:600;color:#1f2937;
  border:1px solid #9ca3af;border-radius:8px;padding:0 .35rem;margin-right:.2rem;white-space:nowrap;vertical-align:1px}
.qa-gap{color:#6b7280}
.qa-diff{line-height:1.7;font-size:1rem;color:#111827;background:#fff;padding:.25rem .5rem}
.qa-del{background:#fee2e2;color:#991b1b;text-decoration:line-through;text-decoration-thickness:2px}
.qa-ins{background:#dcfce7;color:#14532d;text-decoration:none;border-bottom:2px solid #16a34a}
</style>"""


class Highlightable(Protocol):
    """What a stored statement offers for drawing; offsets index its article's text."""

    id: int
    spans: tuple[Span, ...]
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue_start: int | None
    cue_end: int | None
    outlet: str | None


class MarkKind(StrEnum):
    STATEMENT = "qa-stmt"
    SPEAKER = "qa-speaker"
    CUE = "qa-cue"


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: MarkKind
    statement_id: int
    color: str = UNATTRIBUTED
    focus: bool = False
    title: str = ""


def speaker_colors(statements: Iterable[Highlightable]) -> dict[str | None, str]:
    """A colour per speaker, distinct within the article as far as the palette goes; unattributed is grey."""
    colors: dict[str | None, str] = {None: UNATTRIBUTED}
    for s in sorted(statements, key=lambda s: s.spans[0].start if s.spans else 0):
        if s.speaker and s.speaker not in colors:
            colors[s.speaker] = PALETTE[(len(colors) - 1) % len(PALETTE)]
    return colors


def label(statement: Highlightable) -> str:
    """ "Speaker · outlet", the label shown at the start of a statement."""
    who = statement.speaker or UNATTRIBUTED_LABEL
    return f"{who} · {statement.outlet}" if statement.outlet else who


def marks(statements: Sequence[Highlightable], focus_id: int | None = None) -> list[Mark]:
    """The statement spans, speaker mentions and cues of statements, as marks to draw."""
    out: list[Mark] = []
    colors = speaker_colors(statements)
    for s in statements:
        color, focus, title = colors[s.speaker or None], s.id == focus_id, label(s)
        out += [Mark(p.start, p.end, MarkKind.STATEMENT, s.id, color, focus, title) for p in s.spans]
        if s.speaker_start is not None and s.speaker_end is not None:
            out.append(Mark(s.speaker_start, s.speaker_end, MarkKind.SPEAKER, s.id, color, focus, title))
        if s.cue_start is not None and s.cue_end is not None:
            out.append(Mark(s.cue_start, s.cue_end, MarkKind.CUE, s.id, color, focus, title))
    return out


def highlight(text: str, drawn: Sequence[Mark], start: int = 0, end: int | None = None, labels: bool = True) -> str:
    """Escaped HTML of text[start:end] with marks drawn; with labels, each statement opens with its label.

    Overlapping marks are drawn as flat runs (a run carries every mark over it), so the HTML always nests.
    Marks outside the text (stale offsets) are not drawn.
    """
    end = len(text) if end is None else end
    drawn = [m for m in drawn if 0 <= m.start < m.end <= len(text) and m.start < end and m.end > start]
    # A statement's label goes before its first span, which may lie before `start` in an excerpt.
    first: dict[int, int] = {}
    for m in drawn:
        if m.kind is MarkKind.STATEMENT:
            first[m.statement_id] = min(first.get(m.statement_id, m.start), m.start)
    label_at: dict[int, list[Mark]] = {}
    if labels:
        for m in drawn:
            if m.kind is MarkKind.STATEMENT and m.start == first[m.statement_id]:
                label_at.setdefault(max(m.start, start), []).append(m)
    cuts = sorted({start, end, *(max(start, min(end, p)) for m in drawn for p in (m.start, m.end))})
    out: list[str] = []
    for a, b in pairwise(cuts):
        out += [_label_html(m) for m in label_at.get(a, ())]
        over = [m for m in drawn if m.start <= a and b <= m.end]
        out.append(_run(text[a:b], over))
    return "".join(out)


def article_html(text: str, statements: Sequence[Highlightable], focus_id: int | None = None) -> str:
    """The whole article, every statement highlighted and labelled with its speaker and outlet."""
    body = highlight(text, marks(statements, focus_id))
    return f'{STYLE}<div class="qa-article">{body}</div>'


def quote_html(text: str) -> str:
    """A statement's words on their own, escaped."""
    return f'<div style="line-height:1.5">{html.escape(text)}</div>'


def legend_html(statements: Sequence[Highlightable]) -> str:
    """One coloured chip per speaker, in the colours and order of the article."""
    colors = speaker_colors(statements)
    if not any(s.speaker is None or s.speaker == "" for s in statements):
        del colors[None]
    else:
        colors[None] = colors.pop(None)  # unattributed last
    chips = (
        f'<span class="qa-label" style="background:{color}">{html.escape(name or UNATTRIBUTED_LABEL)}</span>'
        for name, color in colors.items()
    )
    return f"{STYLE}<div>{' '.join(chips)}</div>"


def context_html(text: str, statement: Highlightable, window: int = 400) -> str:
    """The statement in its surrounding text (up to `window` characters each side, cut at paragraph breaks)."""
    start, end = statement.spans[0].start, statement.spans[-1].end
    for lo in (statement.speaker_start, statement.cue_start):
        if lo is not None:
            start = min(start, lo)
    for hi in (statement.speaker_end, statement.cue_end):
        if hi is not None:
            end = max(end, hi)
    lo, hi = _excerpt_bounds(text, start, end, window)
    body = highlight(text, marks([statement], statement.id), lo, hi, labels=False)
    # An ellipsis marks a cut inside a paragraph; a cut at a paragraph break needs none.
    before = '<span class="qa-gap">… </span>' if lo > 0 and text[lo - 1] != "\n" else ""
    after = '<span class="qa-gap"> …</span>' if hi < len(text) and text[hi] != "\n" else ""
    return f'{STYLE}<div class="qa-article">{before}{body}{after}</div>'


def diff_html(ops: Sequence[DiffOp]) -> str:
    """A word-level diff from one wording to another, escaped: removed words struck through, added ones
    underlined (a replaced run shows both). Equal runs read as the second wording does."""
    parts: list[str] = []
    for op in ops:
        if op.kind == DiffKind.EQUAL:
            parts.append(html.escape(op.new))
            continue
        if op.kind in (DiffKind.DELETE, DiffKind.REPLACE) and op.old:
            parts.append(f'<del class="qa-del" title="not in this version">{html.escape(op.old)}</del>')
        if op.kind in (DiffKind.INSERT, DiffKind.REPLACE) and op.new:
            parts.append(f'<ins class="qa-ins" title="only in this version">{html.escape(op.new)}</ins>')
    return f'{STYLE}<div class="qa-diff">{" ".join(p for p in parts if p)}</div>'


def _excerpt_bounds(text: str, start: int, end: int, window: int) -> tuple[int, int]:
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    lo = max(0, start - window)
    hi = min(len(text), end + window)
    # Prefer whole paragraphs: cut at the paragraph break nearest the statement inside the window.
    br = text.rfind("\n", lo, start)
    lo = br + 1 if br >= 0 else lo
    br = text.find("\n", end, hi)
    hi = br if br >= 0 else hi
    return lo, hi


def _label_html(m: Mark) -> str:
    return f'<span class="qa-label" style="background:{m.color}">{html.escape(m.title)}</span>'


def _run(chunk: str, over: list[Mark]) -> str:
    escaped = html.escape(chunk)
    if not over:
        return escaped
    kinds = {m.kind for m in over}
    classes = [k.value for k in MarkKind if k in kinds]
    stmt = next((m for m in over if m.kind is MarkKind.STATEMENT), over[0])
    if any(m.focus for m in over if m.kind is MarkKind.STATEMENT):
        classes.append("qa-focus")
    style = f' style="background:{stmt.color}"' if MarkKind.STATEMENT in kinds else ""
    return (
        f'<span class="{" ".join(classes)}" data-statement="{stmt.statement_id}"{style} '
        f'title="{html.escape(stmt.title)}">{escaped}</span>'
    )


__all__ = [
    "Highlightable",
    "Mark",
    "MarkKind",
    "article_html",
    "context_html",
    "diff_html",
    "highlight",
    "label",
    "legend_html",
    "marks",
    "quote_html",
    "speaker_colors",
]
