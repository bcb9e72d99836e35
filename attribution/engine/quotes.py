"""Direct quotes: quotation-mark pairs, found in one linear pass per paragraph.

Handles straight, curly, guillemet («» ‹›), low-high („“) and typewriter ('' ``) marks. An apostrophe
(Russia's, don't, '90s) is never a mark. A paragraph that opens a double quote without closing it
continues into the next paragraph when that one opens with the same mark (the newspaper convention).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from ..models import Span, slot_setting_init

# A mark, or two apostrophes or two backticks ('' ``) as one. Written as one character, then what may follow it
# given what it was (looked at behind): a pattern that opens with a character class lets the regex engine skip
# the text between marks in C, where the alternation ''|``|[…] tried each alternative at every character
# (a scan 2.5 times as fast).
_MARK = re.compile(r"[\"“”„«»‹›‘’‚'`](?:(?<=')'?|(?<=`)`|(?<![`']))")
_OPENING_CONTEXT = set("([{—–-/")
_SINGLE_CLOSES = re.compile(r"[\w.,!?…]\s?[’'›]")


class _Role(Enum):
    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"


@slot_setting_init
@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation, marks included. `parts` has one span per paragraph the quote runs through."""

    parts: tuple[Span, ...]
    double: bool  # double marks; single-mark quotes are usually nested, scare quotes or headlines
    closed: bool  # False when the paragraph ended before the closing mark

    @property
    def span(self) -> Span:
        return Span(self.parts[0].start, self.parts[-1].end)

    def inner(self, text: str) -> str:
        return " ".join(p.of(text).strip("\"'“”„«»‹›‘’‚` ") for p in self.parts)

    def words(self, text: str) -> int:
        return len(self.inner(text).split())


def _is_double(mark: str) -> bool:
    return mark in ('"', "“", "”", "„", "«", "»", "''", "``")


def _role(text: str, i: int, mark: str, lo: int, hi: int) -> _Role | None:
    before = text[i - 1] if i > lo else " "
    after = text[i + len(mark)] if i + len(mark) < hi else " "
    if mark == "“" and not before.isspace() and (after.isspace() or after in ",.;:!?)"):
        return _Role.EITHER  # closes „…“ (German), else opens
    if mark in ("“", "„", "«", "‹", "``", "‚"):
        return _Role.OPEN
    if mark == "”" and (before.isspace() or i == lo) and after.isalnum():
        return _Role.OPEN  # a closing mark typed where an opening one belongs: ”Fear. I am …”
    if mark in ("”", "»", "›"):
        return _Role.CLOSE
    if mark in ("’", "'", "‘"):
        if before.isalnum() and after.isalnum():
            return None  # don't, Russia's, O'Brien
        if after.isdigit() and text[i + 1 : i + 4].rstrip().endswith("s"):
            return None  # '90s
        if mark == "‘":
            return _Role.OPEN
        if before.isalnum() and before.lower() == "s" and after.isspace():
            return _Role.EITHER  # parents' could be a plural possessive or a closing mark
    opens = before.isspace() or before in _OPENING_CONTEXT or _MARK.match(before)
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not after.isspace():
        return _Role.OPEN
    if closes:
        return _Role.CLOSE
    if mark in ("’", "'"):
        return None
    return _Role.EITHER


def _quotes_in(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int, bool]], int | None]:
    """Outermost quotes of text[lo:hi] as (start, end, double) and, if one is left open, where it opened."""
    found: list[tuple[int, int, bool]] = []
    stack: list[tuple[int, bool]] = []  # (position, double)
    for m in _MARK.finditer(text, lo, hi):
        mark, i = m.group(), m.start()
        role = _role(text, i, mark, lo, hi)
        if role is None:
            continue
        double = _is_double(mark)
        # Close the innermost open quote of the same family, if any (EITHER prefers closing).
        match = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][1] == double), None) if stack else None
        if role is not _Role.OPEN and match is not None:
            if not double and match != len(stack) - 1:
                continue  # a stray apostrophe-like mark inside a nested double quote
            start, _ = stack[match]
            del stack[match:]
            if not stack:
                found.append((start, m.end(), double))
        elif role is not _Role.CLOSE and (double or stack or _single_can_open(text, i, hi)):
            stack.append((i, double))
    open_double = next((pos for pos, double in stack if double), None)
    return found, open_double


def _single_can_open(text: str, i: int, hi: int) -> bool:
    """A top-level single mark opens a quote only if a closing single mark follows in the paragraph."""
    return _SINGLE_CLOSES.search(text, i + 1, hi) is not None


def _same_mark(text: str, opened: int, at: int) -> bool:
    """Whether a paragraph opens with the mark that opened the quote left open: a continued quotation
    repeats its own mark, while a new one (“…” inside a "…" excerpt) is another speaker's."""
    first, other = _MARK.match(text, opened), _MARK.match(text, at)
    return first is not None and other is not None and first.group() == other.group()


def find_quotes(text: str, paragraphs: tuple[Span, ...]) -> tuple[Quote, ...]:
    """Every outermost quotation in the text, in order."""
    out: list[Quote] = []
    pending: list[Span] = []  # parts of a quote still open at the end of the previous paragraph
    for n, para in enumerate(paragraphs):
        found, open_at = _quotes_in(text, para.start, para.end)
        if pending:
            first = found[0] if found else None
            starts_with_quote = _same_mark(text, pending[0].start, para.start) and (
                (first is not None and first[0] == para.start) or open_at == para.start
            )
            if starts_with_quote and first is not None and first[0] == para.start:
                out.append(Quote((*pending, Span(first[0], first[1])), True, True))
                found = found[1:]
                pending = []
            elif starts_with_quote:
                pending.append(Span(para.start, para.end))
                continue
            else:
                out.append(Quote(tuple(pending), True, False))
                pending = []
        out.extend(Quote((Span(s, e),), d, True) for s, e, d in found)
        if open_at is not None:
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            if nxt is not None and _same_mark(text, open_at, nxt.start):
                pending = [Span(open_at, para.end)]
            else:
                out.append(Quote((Span(open_at, para.end),), True, False))
    if pending:
        out.append(Quote(tuple(pending), True, False))
    return tuple(sorted(out, key=lambda q: q.span.start))


_QUOTE_EDGES = "\"“”‘’'«» .,!?"


_PULLED_WORDS = 3  # a pull quote found inside a longer one has more words than a stock phrase


def pulled(text: str, quote: Span) -> bool:
    """A pull quote: its words were quoted earlier in the article ("“…,” Torres said" … "“…” — Maya Torres"), so
    the signed copy is page furniture, not a second statement."""
    words = quote.of(text).strip(_QUOTE_EDGES)
    if len(words) > 1 and text.find(words, 0, quote.start) >= 0:
        return True
    # the same words inside a longer quotation: "What they delivered is a credit card with no limit," … "“A credit
    # card with no limit.” — Tom Bezanson" (its capital and its closing mark its own)
    words = words.rstrip(".,!?").lower()
    return len(words.split()) > _PULLED_WORDS and _lowered(text).find(words, 0, quote.start) >= 0


@lru_cache(maxsize=1)
def _lowered(text: str) -> str:
    """An article's text in lower case, made once for all its quotations (a str keeps its hash)."""
    return text.lower()
