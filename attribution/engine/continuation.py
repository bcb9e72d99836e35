"""Quotations without a cue of their own: split quotes ("…," she said, "…"), "X said:" with the
quotation after it, block quotes and floating quotes that continue the last speaker."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import accumulate

from ..models import Kind, Span
from .lexicons import Lexicon
from .paragraph import POSSESSIVE_S, Frame, span_order, trimmed_spans
from .phrases import COORDINATORS
from .quotes import Quote, pulled
from .tokens import tokenize


def attach_quotes(
    text: str, paragraphs: tuple[Span, ...], quotes: tuple[Quote, ...], frames: list[Frame], lex: Lexicon
) -> list[Frame]:
    """Give quotations not yet used to the frame they continue: split quotes, "X said:" and floating quotes."""
    # A quotation over several paragraphs is one statement, though its cue sits by the last part only.
    later_part = {part: q for q in quotes for part in q.parts[1:]}
    for k, frame in enumerate(frames):
        if frame.content and (q := later_part.get(frame.content[0])) is not None:
            frames[k] = replace(frame, content=q.parts[: q.parts.index(frame.content[0])] + frame.content)
    # Sweeps and binary searches over sorted offsets keep this linear-logarithmic on huge inputs.
    contents = sorted((c for f in frames for c in f.content), key=span_order)
    content_starts = [c.start for c in contents]
    reach = list(accumulate((c.end for c in contents), max))  # the furthest end among contents so far
    paragraph_starts = [p.start for p in paragraphs]
    cued = sorted((k for k, f in enumerate(frames) if f.cue is not None), key=lambda k: frames[k].cue.start)
    cue_starts = [frames[k].cue.start for k in cued]
    out = list(frames)
    for quote in quotes:
        if (
            not quote.double
            or _used(quote, content_starts, reach)
            or _after_possessive(text, quote.span.start)
            or _names_programme(text, quote.span.end, lex)
            or pulled(text, quote.span)
        ):
            continue  # used, a title ("CBS's “Face the Nation”", "the “Pod Save the World” podcast" are nobody's
            # words), or a pull quote
        before = bisect_left(cue_starts, quote.span.start)
        if before == 0:
            continue
        para = bisect_right(paragraph_starts, quote.parts[0].start) - 1
        j = before - 1
        while (
            j > 0
            and (out[cued[j]].chained or _relative_speaker(text, out[cued[j]], lex))
            and out[cued[j - 1]].paragraph == out[cued[j]].paragraph == para
        ):
            j -= 1  # “…,” he said, referring to X. “…” / “…,” said Bob, who has accused X. “…”: not the aside's
        k = cued[j]
        frame = out[k]
        between = text[(frame.content[-1].end if frame.content else frame.cue.end) : quote.span.start]
        cue_between = frame.content and frame.cue.start >= frame.content[-1].end
        if (
            (frame.paragraph == para or _opens_next(text, paragraphs[para], para, quote, frame, between, cue_between))
            and frame.content
            and (frame.kind is not Kind.INDIRECT or cue_between)
            and not _has_sentence_text(between, cue_between)
            and not _leads_into(between, lex)
        ):
            # "…," she said, "…"  /  …" X said. "…"  /  a paraphrase with quoted words, "X said." and a quotation
            kind = Kind.MIXED if frame.kind is Kind.INDIRECT else frame.kind
            out[k] = replace(frame, content=frame.content + quote.parts, kind=kind)
        elif not frame.content and frame.paragraph in (para, para - 1):
            out[k] = replace(frame, content=quote.parts, kind=Kind.DIRECT)  # X continued: "…"
        elif (
            quote.closed  # a quotation left open and not continued is an excerpt or a slip, nobody's words
            and _starts_sentence(text, paragraphs[para], quote)
            and quote.words(text) >= 4
            and para - frame.paragraph <= 2
        ):
            if _EXAMPLE.search(text, max(0, quote.span.start - _EXAMPLE_REACH), quote.span.start) is not None:
                continue  # "Something like: “…”", "A sign read: “…”": an example or a sign, said by no one
            if (lead := _colon_subject(text, paragraphs[para], quote, lex)) is not None:
                # "The treasurer was blunt: “…”": the sentence's subject introduces the quotation
                out.append(Frame(quote.parts, Kind.DIRECT, lead, None, None, True, 0.5, para))
                continue
            out.append(  # quoted words were said, whatever the cue they follow ("X thinks …. “…”")
                Frame(quote.parts, Kind.DIRECT, frame.mention, None, None, True, 0.5, para, chained=True)
            )
    _block_quotes(text, paragraphs, out)
    return sorted((f for f in out if f.content), key=lambda f: f.content[0].start)


# A paragraph that ends in a short cue clause ("…,” Moss told the council.) goes on in a quotation opening the next.
_MAX_CLOSING_CUE_WORDS = 10


def _opens_next(
    text: str, paragraph: Span, para: int, quote: Quote, frame: Frame, between: str, cue_between: bool
) -> bool:
    """ "“…,” she said.¶“…”": a quotation that opens the paragraph after a quoted statement whose short cue clause
    ends the paragraph before: more of that statement."""
    return (
        frame.paragraph == para - 1
        and cue_between
        and frame.kind is not Kind.INDIRECT
        and not text[paragraph.start : quote.span.start].strip()
        and len(between.split()) <= _MAX_CLOSING_CUE_WORDS
    )


def _block_quotes(text: str, paragraphs: tuple[Span, ...], frames: list[Frame]) -> None:
    """ "Limbaugh added:" then a paragraph without quotation marks: the block quote is what he said."""
    taken = {f.paragraph for f in frames if f.content}
    for k, frame in enumerate(frames):
        following = frame.paragraph + 1
        if frame.content or following >= len(paragraphs) or following in taken:
            continue
        content = trimmed_spans(text, paragraphs[following].start, paragraphs[following].end)
        if content:
            frames[k] = replace(frame, content=content, kind=Kind.DIRECT, paragraph=following)
            taken.add(following)


def _after_possessive(text: str, at: int) -> bool:
    """Whether a possessive word ends right before offset `at` ("CBS's “…”")."""
    return text[max(0, at - 3) : at].rstrip().replace("’", "'").endswith(POSSESSIVE_S)


_NEXT_WORD = re.compile(r"\s*(\w+)")


def _names_programme(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a programme's noun follows offset `at`, the end of a quotation that is its title ("“…” podcast")."""
    word = _NEXT_WORD.match(text, at)
    return word is not None and word.group(1).lower() in lex.outlet_shapes.get("programme", ())


def _relative_speaker(text: str, frame: Frame, lex: Lexicon) -> bool:
    """ "…, who has accused …": a report in a relative clause about another frame's speaker."""
    return frame.mention is not None and lex.word_class(frame.mention.of(text).lower()) == "relative"


def _used(quote: Quote, content_starts: list[int], reach: list[int]) -> bool:
    """Whether some frame's content overlaps one of the quotation's parts."""
    for part in quote.parts:
        n = bisect_left(content_starts, part.end)  # contents starting before the part ends
        if n and reach[n - 1] > part.start:
            return True
    return False


def _has_sentence_text(between: str, cue_between: bool) -> bool:
    """Whether the text between two quotes holds more than a cue clause ("she said,", "said X, an
    economist at the Tax Foundation's policy center.")."""
    return len(between.split()) > (_MAX_CUE_CLAUSE_WORDS if cue_between else 8)


_MAX_CUE_CLAUSE_WORDS = 40


def _leads_into(between: str, lex: Lexicon) -> bool:
    """Whether the words before a quotation run on into it ("…,” said Ann Roe, the author of “…”", "…,” she
    said, calling the deal “…”"): it is part of their phrase, not more of the split quote, which follows the
    cue clause after a comma, a period, a colon, a conjunction ("…,” he said, but “…”) or the cue itself."""
    words = between.split()
    if not words or not words[-1][-1].isalnum():
        return False
    last = words[-1].lower()
    return last not in lex.cues.first_keys and last not in COORDINATORS


_MAX_LEAD_WORDS = 10  # words of a sentence that leads into a quotation after its colon
# an example ("Something like:"), a sign's words ("A sign taped to the door read:"; not a tweet's, which are said)
_EXAMPLE = re.compile(
    r"(?:\blike|\b(?:signs?|banners?|placards?|posters?|shirts?)\b[^.!?\n]{0,60}\breads?):\s*$", re.IGNORECASE
)
_EXAMPLE_REACH = 90


def _colon_subject(text: str, paragraph: Span, quote: Quote, lex: Lexicon) -> Span | None:
    """The subject of a short sentence whose colon opens the quotation ("Ann Lee was blunt: “…”", "The treasurer
    had a warning: “…”"): a name of one to three words or "the" and a noun for a person, then a lowercase word."""
    lead = text[paragraph.start : quote.span.start].rstrip()
    if not lead.endswith(":"):
        return None
    cut = max(lead.rfind(". "), lead.rfind("? "), lead.rfind("! "), lead.rfind("” "))
    start = paragraph.start + (cut + 2 if cut >= 0 else 0)
    words = tokenize(text, start, quote.span.start)
    if not 2 < len(words) <= _MAX_LEAD_WORDS or any(w.text in '“”"' for w in words):
        return None
    n = 0
    if words[0].key == "the" and not lex.word_class(words[1].key) and lex.names_someone(words[1].key):
        n = 2  # "The treasurer disagreed:"
    else:
        while n < 3 and words[n].is_capitalized and words[n].is_word and lex.word_class(words[n].key) is None:
            if words[n].key in lex.time_words or (words[n].key in lex.cues.first_keys and lex.cues.match_at(words, n)):
                return None
            n += 1
    if n and n + 1 < len(words) and lex.names_someone(words[n].key) and words[n + 1].is_capitalized:
        n += 1  # "Club president Uwe Sandner posted:": the title and the name after it
        while n < len(words) and words[n].is_capitalized and lex.word_class(words[n].key) is None:
            n += 1
    if n == 0 or n >= len(words) or not words[n].is_word or words[n].is_capitalized:
        return None
    return Span(words[0].start, words[n - 1].end)


def _starts_sentence(text: str, paragraph: Span, quote: Quote) -> bool:
    before = text[paragraph.start : quote.span.start].rstrip()
    return not before or before[-1] in '.!?:”"’'
