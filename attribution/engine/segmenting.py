"""Paragraphs and sentences as spans into the original text (nothing is rewritten)."""

from __future__ import annotations

import re

from ..models import Span
from .lexicons import Lexicon

_PARAGRAPH = re.compile(r"[^\n]+")
# A sentence may end at . ! ? or … followed by closing quotes/brackets, then white space.
# The look-behind (no stop before the first) and possessive quantifiers make each run of stops one attempt,
# not one per character; opening with a character class lets the engine skip ahead to the next stop.
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"'”’»)\]]*+(?=\s)")
# A dash may open the next sentence: a credit closing a paragraph ("… said. — Reuters").
_NEXT_STARTS_SENTENCE = re.compile(r"\s+(?:[—–]\s+)?[\"'“‘«„(\[]*[A-Z0-9ÀÁÂÄÇÉÈÊËÍÎÏÑÓÔÖÚÛÜÝŞĞİÇ]")
# Possessive: a match must reach the end, so giving characters back never helps; searched at every full stop.
_WORD_BEFORE = re.compile(r"(\S++)$")
# A wire dateline opening a paragraph ("KYIV (Reuters) - ", "MOSCOW, May 16 (TASS) — ", "WASHINGTON — ") is a
# segment of its own: no statement begins with it. A place in capitals, then a region or date after commas, a
# credit in brackets, and a dash before a capital; without a credit or a comma the place needs four letters ("US -
# China" is no dateline). A place in title case needs a date ("Moscow, June 1 — ").
_DATELINE = re.compile(
    r"(?:(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
    r"(?:(?P<more>(?:,\s*[A-Z][\w.'’]*(?: [\w.'’]+){0,2}){1,2})?\s*(?P<credit>\([^()\n]{1,40}\))"
    r"|(?P<region>(?:,\s*[A-Z][\w.'’]*(?: [\w.'’]+){0,2}){1,2})"
    r"|(?<=[A-Z]{4}))"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:\s*\([^()\n]{1,40}\))?)"
    r"\s*(?:--?|–|—)\s+(?=[\"'“‘«„]*[A-Z0-9])"
)
_LONGEST_ABBREVIATION = 16
# A label opening a paragraph ("Details: ", "Background: ", "UPDATE: ") is a segment of its own when colon_labels.txt
# lists it: what follows is the news, whose statements begin after it ("Details: According to the outlet, …"); a live
# blog's time may follow the label ("Update, 17:45: …", "UPDATE 18:10 BST: …").
_LABEL = re.compile(r"([A-Z][\w'’]*+(?: [\w'’]++){0,2})(?:,?\s+\(?\d{1,2}[:.]\d\d(?:\s*[A-Z]{2,4})?\)?)?(:)\s+")


def paragraphs(text: str) -> tuple[Span, ...]:
    """Non-blank lines, trimmed of surrounding white space."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Span(start, end))
    return tuple(out)


def sentences(text: str, paragraph: Span, lexicon: Lexicon) -> tuple[Span, ...]:
    """Split one paragraph into sentences, not at abbreviations ("Mr.", "U.S.") or initials ("John G.")."""
    out = []
    start = paragraph.start
    dateline = _DATELINE.match(text, start, paragraph.end)
    if dateline:
        out.append(Span(start, start + len(dateline.group().rstrip())))
        start = dateline.end()
    label = _LABEL.match(text, start, paragraph.end)
    if label and label.group(1).lower().replace("’", "'") in lexicon.colon_labels:
        out.append(Span(start, label.end(2)))
        start = label.end()
    for m in _BOUNDARY.finditer(text, start, paragraph.end):
        end = m.end()
        if not _NEXT_STARTS_SENTENCE.match(text, end, paragraph.end):
            continue
        if m.group().startswith(".") and _is_abbreviation(text, start, m.start(), lexicon):
            continue
        out.append(Span(start, end))
        start = end
        while start < paragraph.end and text[start].isspace():
            start += 1
    if start < paragraph.end:
        out.append(Span(start, paragraph.end))
    return tuple(out)


def _is_abbreviation(text: str, sentence_start: int, dot: int, lexicon: Lexicon) -> bool:
    # Only the last few characters matter: abbreviations are short, and a bounded look-back keeps
    # sentence splitting linear on long runs without spaces.
    lo = max(sentence_start, dot - _LONGEST_ABBREVIATION)
    m = _WORD_BEFORE.search(text, lo, dot)
    if not m or (m.start() == lo and lo > sentence_start and not text[lo - 1].isspace()):
        return False
    word = m.group(1).lstrip("\"'“‘«(")
    if len(word) == 1 and word.isupper():
        return True  # an initial: "John G. Roberts"
    return word.lower() + "." in lexicon.abbreviations
