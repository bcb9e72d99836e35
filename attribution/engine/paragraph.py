"""One paragraph as the constructions see it: its tokens with the quotation and sentence of each,
the Frame a construction makes of a cue, and the look-ups between frames."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from operator import attrgetter

from ..models import Kind, Span, slot_setting_init
from .lexicons import Cue, Lexicon
from .tokens import Token, start_of, token_start

CLOSING = set("\"'”’»›")
OPENING_MARKS = set("\"'“‘«‹„`")
CLAUSE_END = {".", "!", "?", ";", "…"}


@slot_setting_init
@dataclass(frozen=True, slots=True)
class Frame:
    """A cue with the mention of its speaker and the content it introduces, before names are resolved."""

    content: tuple[Span, ...]
    kind: Kind
    mention: Span | None
    cue: Span | None
    cue_text: str | None
    speech: bool
    confidence: float
    paragraph: int
    chained: bool = False  # the speaker is the previous frame's ("…, stating …", floating quotes)


@dataclass(slots=True)
class Paragraph:
    """Tokens of one paragraph with, for each token, the quote it lies in (or None) and its sentence."""

    index: int
    tokens: list[Token]
    quote_of: list[int | None]
    sentence_of: list[int]
    quotes: list[Span]  # the parts of quotations inside this paragraph


def build_paragraph(n: int, tokens: list[Token], sentences: tuple[Span, ...], quotes: list[Span]) -> Paragraph:
    # Quotations and sentences are disjoint and in order, so each one's tokens are a run found by bisection.
    quote_of: list[int | None] = [None] * len(tokens)
    for q, quote in enumerate(quotes):
        first = bisect_left(tokens, quote.start, key=token_start)
        last = bisect_left(tokens, quote.end, lo=first, key=token_start)
        quote_of[first:last] = [q] * (last - first)
    sentence_of: list[int] = []
    for s, sentence in enumerate(sentences[:-1]):
        sentence_of += [s] * (bisect_left(tokens, sentence.end, key=token_start) - len(sentence_of))
    sentence_of += [max(len(sentences) - 1, 0)] * (len(tokens) - len(sentence_of))  # the last takes the rest
    return Paragraph(n, tokens, quote_of, sentence_of, quotes)


class FrameIndex:
    """The frames of one paragraph by the offsets of their cues and contents, so that the frames near
    a frame are found by binary search rather than by comparing every pair (linear on long paragraphs)."""

    def __init__(self, frames: list[Frame]) -> None:
        cued = sorted((f.cue.start, f.cue.end, n) for n, f in enumerate(frames) if f.cue is not None)
        self.frames = frames
        self.cue_starts = [c[0] for c in cued]
        self.cues = cued
        spans = sorted((c.start, c.end, n) for n, f in enumerate(frames) for c in f.content)
        self.starts = [s[0] for s in spans]
        self.spans = spans
        self.reach = list(accumulate((s[1] for s in spans), max))  # the furthest end among spans so far

    def cue_inside(self, frame: Frame) -> bool:
        """Whether another frame's cue lies inside one of the frame's content spans."""
        for c in frame.content:
            k = bisect_left(self.cue_starts, c.start)
            while k < len(self.cues) and self.cues[k][0] <= c.end:
                _, end, n = self.cues[k]
                if end <= c.end and self.frames[n] is not frame:
                    return True
                k += 1
        return False

    def covers(self, frame: Frame) -> bool:
        """Whether another frame with a cue holds all of the frame's content in its own."""
        if not frame.content:  # "X added:" before its quotation: every other frame with a cue holds nothing of it
            return len(self.cues) > (frame.cue is not None)
        return next(self._holders(frame), None) is not None

    def covering(self, frame: Frame) -> list[Frame]:
        """The other frames with a cue that hold all of the frame's content in their own, each once."""
        found: list[Frame] = []
        if frame.content:
            for other in self._holders(frame):
                if all(other is not f for f in found):
                    found.append(other)
        return found

    def _holders(self, frame: Frame) -> Iterator[Frame]:
        """The other frames with a cue whose content holds all of the frame's (non-empty) content, latest first."""
        first = frame.content[0]
        k = bisect_right(self.starts, first.start) - 1
        while k >= 0 and self.reach[k] >= first.end:  # walk back only while an earlier span may reach
            _, end, n = self.spans[k]
            other = self.frames[n]
            if (
                end >= first.end
                and other is not frame
                and other.cue is not None
                and all(inside_any(c, other.content) for c in frame.content)
            ):
                yield other
            k -= 1

    def overlaps(self, span: Span) -> bool:
        """Whether any frame's content overlaps the span."""
        n = bisect_left(self.starts, span.end)  # contents starting before the span ends
        return bool(n) and self.reach[n - 1] > span.start


def furthest_end(frame: Frame) -> int:
    """The furthest offset a frame's content reaches (-1 without content)."""
    return max((c.end for c in frame.content), default=-1)


def inside_any(span: Span | None, content: tuple[Span, ...]) -> bool:
    return span is not None and any(c.contains(span) for c in content)


POSSESSIVE_S = "'s"  # token keys spell ’ as '


def possessed_at(toks: list[Token], k: int) -> bool:
    """Whether token k follows a possessive ("CBS's", "the agency's"): what it opens is a noun phrase."""
    return k > 0 and toks[k - 1].key.endswith(POSSESSIVE_S)


def make_frame(
    text: str,
    p: Paragraph,
    content: tuple[Span, ...],
    mention: tuple[int, int] | Span | None,
    cue_span: Span,
    cue_text: str,
    cue: Cue,
    confidence: float,
    chained: bool = False,
    wants_next_quote: bool = False,
) -> Frame | None:
    if not content and not wants_next_quote:
        return None
    quoted = [c for c in content if _quote_around(p, c)]
    if content and len(quoted) == len(content):
        kind = Kind.DIRECT
    elif any(_quote_overlapping(p, c) for c in content):
        kind = Kind.MIXED
        content = _before_aside(text, p, content)
    else:
        kind = Kind.INDIRECT
    if isinstance(mention, Span) or mention is None:
        mention_span = mention
    elif mention[1] == mention[0] + 1 and _contraction(p.tokens[mention[0]]):
        base = p.tokens[mention[0]].key.partition("'")[0]
        mention_span = Span(p.tokens[mention[0]].start, p.tokens[mention[0]].start + len(base))  # "he" of "he's"
    else:
        mention_span = Span(p.tokens[mention[0]].start, p.tokens[mention[1] - 1].end)
    return Frame(content, kind, mention_span, cue_span, cue_text, cue.speech, confidence, p.index, chained)


# A dash outside the quoted words of a paraphrase opens the writer's aside ("… called it “a disgrace” — a word he
# has used before"): PolNeAR ends mixed statements there (on train, 28 statements become exact, 16 stop being so);
# a paraphrase without quoted words keeps its dashes (there the same cut loses more than it wins).
_DASHES = frozenset({"—", "–", "--", "-"})


def _before_aside(text: str, p: Paragraph, content: tuple[Span, ...]) -> tuple[Span, ...]:
    """A mixed statement's content without what follows a dash after its (last) quotation."""
    last = content[-1]
    toks = p.tokens
    quoted = False  # a quotation of the content's last part seen before the dash
    for k in range(bisect_left(toks, last.start, key=token_start), len(toks)):
        tok = toks[k]
        if tok.start >= last.end:
            break
        if p.quote_of[k] is not None:
            quoted = True
        elif quoted and tok.text in _DASHES and text[tok.start - 1].isspace():
            if any(p.quote_of[m] is not None for m in range(k, len(toks)) if toks[m].start < last.end):
                return content  # "“…” — and “…”": the dash joins two quotations
            return content[:-1] + trimmed_spans(text, last.start, tok.start)
    return content


_END = attrgetter("end")
# Spans in their order (start, then end) by a getter written in C: the dataclass's generated comparisons are
# Python calls, several per element of a sort.
span_order = attrgetter("start", "end")


def _quote_around(p: Paragraph, span: Span) -> bool:
    # The paragraph's quotations are disjoint and in order: only the last one starting at or before the
    # span can hold it, and only the first one ending after its start can overlap it.
    k = bisect_right(p.quotes, span.start, key=start_of) - 1
    return k >= 0 and span.end <= p.quotes[k].end


def _quote_overlapping(p: Paragraph, span: Span) -> bool:
    k = bisect_right(p.quotes, span.start, key=_END)
    return k < len(p.quotes) and p.quotes[k].overlaps(span)


def sentence_bounds(p: Paragraph, i: int) -> tuple[int, int]:
    """Token range of the sentence holding token i, widened so no quotation is cut."""
    s = p.sentence_of[i]
    # A "sentence" longer than any real one (a run-on without stops) is cut to a window around the
    # cue, so the cost per cue stays bounded and the whole pass linear.
    floor, ceiling = max(0, i - _MAX_SENTENCE_TOKENS), min(len(p.tokens), i + _MAX_SENTENCE_TOKENS)
    # sentence_of never decreases: the sentence's own tokens are found by bisection, then quotations widen it.
    lo = max(floor, bisect_left(p.sentence_of, s, 0, i))
    while lo > floor and (
        p.sentence_of[lo - 1] == s or (p.quote_of[lo - 1] is not None and p.quote_of[lo - 1] == p.quote_of[lo])
    ):
        lo -= 1
    hi = min(ceiling, bisect_right(p.sentence_of, s, i))
    while hi < ceiling and (
        p.sentence_of[hi] == s or (p.quote_of[hi] is not None and p.quote_of[hi] == p.quote_of[hi - 1])
    ):
        hi += 1
    return lo, hi


_MAX_SENTENCE_TOKENS = 250


_CONTRACTIONS = ("'s", "'ve", "'d", "'ll", "'re", "'m")


def _contraction(tok: Token) -> bool:
    """ "he's", "they've", "she'd": a word glued to its auxiliary."""
    _, mark, rest = tok.key.partition("'")
    return bool(mark) and "'" + rest in _CONTRACTIONS


def contracted_pronoun(tok: Token, lex: Lexicon) -> bool:
    """A subject pronoun glued to its auxiliary ("he's said", "they've argued")."""
    return _contraction(tok) and lex.word_class(tok.key.partition("'")[0]) in ("pronoun", "relative")


def end_offset(p: Paragraph, end: int) -> int:
    last = p.tokens[end - 1]
    if p.quote_of[end - 1] is not None:
        return p.quotes[p.quote_of[end - 1]].end
    return last.end


def trimmed_spans(text: str, start: int, end: int) -> tuple[Span, ...]:
    """Cut white space and the sentence's own final punctuation; keep closing quotation marks."""
    while end > start and (text[end - 1].isspace() or (text[end - 1] in ",;:.!?…—–" and text[end - 1] not in CLOSING)):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return (Span(start, end),) if end > start else ()
