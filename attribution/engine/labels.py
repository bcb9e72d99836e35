"""Statements marked by layout rather than a verb: "NAME: …" lines, quotations signed with a dash,
and the headline test that lets capitalised cues count in title-cased lines."""

from __future__ import annotations

import re

from ..models import Span
from .lexicons import Cue, Lexicon
from .paragraph import Frame, FrameIndex, Paragraph, make_frame, trimmed_spans
from .quotes import pulled
from .tokens import Token


def is_headline(toks: list[Token]) -> bool:
    """A title-cased line ("Obama Says Museum Will Tell of 'Suffering'"), where cues are capitalized too; one that
    ends in a period only when every word is ("Mayor Says Ferry Will Run.": "Lia Moss and Karl Brandt spoke." is
    a sentence)."""
    if len(toks) > 40:
        return False
    words = [t for t in toks if t.is_word and len(t.text) > 3]
    if len(words) < 3 or toks[-1].text in ("?", "!"):
        return False
    if toks[-1].text == ".":
        return all(t.is_capitalized for t in words)
    return sum(t.is_capitalized for t in words) >= 0.8 * len(words)


def labelled_line(text: str, p: Paragraph, lex: Lexicon) -> Frame | None:
    """ "Lavrov: Moscow is ready to talk" / "PENCE: …" — a name, a colon, and what the person said."""
    toks = p.tokens
    # A transcript line may sit inside a quotation that runs over the whole exchange: "WALLACE: …
    first = 1 if toks and not toks[0].is_word and p.quote_of[0] is not None else 0
    colon = next((k for k in range(first + 1, min(len(toks), first + 7)) if toks[k].text == ":"), None)
    if (
        colon is None
        and not first
        and len(toks) > 2
        and toks[0].text in _TRANSCRIPT_LETTERS
        and toks[1].text == "."
        and _QUESTION_LINE.search(text, 0, toks[0].start + 1) is not None
    ):
        colon = 1  # "A. Not to me." after a "Q." line: a transcript's answer, its letter closed by a dot ("A. Smith")
    if colon is None:
        return None
    label = toks[first:colon]
    if first and not all(t.text.isupper() for t in label if t.is_word):
        return None  # inside a quotation, only an upper-case speaker label counts
    if not first and (p.quote_of[colon] is not None or any(p.quote_of[k] is not None for k in range(colon))):
        return None
    if not all(t.is_capitalized or t.text in ("'", "’", ".", "-") for t in label) or not label[0].is_word:
        return None
    if label[0].key == "dear":
        return None  # "Dear Parked: …" in an advice column: a letter's salutation, the columnist's own answer
    if text[label[0].start : label[-1].end].lower().replace("’", "'") in lex.colon_labels:
        return None
    if any(t.key in lex.credit_words for t in label):
        return None  # "CP Photo: …", "Getty Images: …": a caption's credit, nobody's words
    content = trimmed_spans(text, toks[colon].end, toks[-1].end)
    if not content or len(text[content[0].start : content[0].end].split()) < 3:
        return None
    if text[content[-1].end : toks[-1].end].rstrip().endswith("?") and _interviewer(text, label[-1].text, lex):
        return None  # "DRUMMOND: Why did you run again?" after "spoke with host Peter Drummond": a question put
    cue = Cue(":", ":", True)
    return make_frame(text, p, content, (first, colon), toks[colon].span, ":", cue, 0.6)


_TRANSCRIPT_LETTERS = frozenset(("Q", "A"))
# "Q: Why?", "Q. Why?" (a court transcript's), "QWhy?" (a lost colon)
_QUESTION_LINE = re.compile(r"^Q(?:\s*:|\. (?=[A-Z])|(?=[A-Z][a-z]))", re.MULTILINE)
_NAME_RUN = re.compile(r"\b[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*)+")


def interviewee(text: str, at: int, lex: Lexicon) -> Span | None:
    """The person a Q&A's "A:" lines are the answers of: of the names above the first "Q:" line (bylines left
    out), the one whose surname the introduction repeats most, then one with a known first name, then the first
    ("Immigration debate hits home for actress Ann Lee. … Lee has become …", not her publisher Henry Holt)."""
    question = _QUESTION_LINE.search(text, 0, at)
    if question is None:
        return None
    intro = text[: question.start()]
    best, rank = None, (0, False)
    for m in _NAME_RUN.finditer(intro):
        if text.startswith("By ", text.rfind("\n", 0, m.start()) + 1):
            continue  # "By Harjit Sandhu, Staff Reporter"
        words = re.split("[ -]", m[0])
        if min(map(len, words)) < 2:
            continue  # "Why B.C.'s …": an initial
        here = (len(re.findall(rf"\b{re.escape(words[-1])}\b", intro)), words[0].lower() in lex.first_names)
        if here > rank:
            best, rank = Span(m.start(), m.end()), here
    return best


_INTERVIEWER_GAP = 40  # characters between "host" and the surname: "host of CKYN's Morning North, Peter Drummond"


def _interviewer(text: str, label: str, lex: Lexicon) -> bool:
    """Whether the text introduces the label's person as the one who asks ("host Peter Drummond", "the interviewer,
    Ann Lee"): in a transcript their questions are put, not stated (a transcript with no such word keeps them, as
    PolNeAR annotates them)."""
    surname = label.title() if label.isupper() else label
    for m in re.finditer(re.escape(surname), text):
        before = text[max(0, m.start() - _INTERVIEWER_GAP) : m.start()].lower()
        if any(w.strip(",.:;'’") in lex.interviewer_nouns for w in before.split()):
            return True
    return False


_DASHES = frozenset("―—–")
_DASH = re.compile("[―—–]")


def signed_quotes(text: str, p: Paragraph, lex: Lexicon, found: list[Frame]) -> list[Frame]:
    """ "“…” ― Sonya Herridge": a quotation signed with a dash and a name."""
    toks = p.tokens
    out: list[Frame] = []
    if not toks or _DASH.search(text, toks[0].start, toks[-1].end) is None:
        return out  # most paragraphs hold no dash: one look at the text instead of one per token
    index = None  # built at the first signed quotation
    for k in range(1, len(toks) - 1):
        if toks[k].text not in _DASHES or p.quote_of[k - 1] is None or p.quote_of[k] is not None:
            continue
        name_end = k + 1
        while name_end < len(toks) and toks[name_end].is_capitalized and name_end - k <= 4:
            name_end += 1
        if name_end == k + 1 or (
            name_end < len(toks) and toks[name_end].text not in (".", ",", "|") and p.quote_of[name_end] is None
        ):
            continue
        quote = p.quotes[p.quote_of[k - 1]]
        if (index := index or FrameIndex(found)).overlaps(quote) or pulled(text, quote):
            continue
        cue = Cue(toks[k].text, "dash", True)
        frame = make_frame(text, p, (quote,), (k + 1, name_end), toks[k].span, toks[k].text, cue, 0.7)
        if frame is not None:
            out.append(frame)
    return out
