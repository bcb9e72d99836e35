"""A sentence that says who said the sentence before it, as translated Ukrainian and Russian wire copy writes:
"Kyiv will not yield. This was stated by Defense Minister Rustem Umerov in an interview with RBC-Ukraine." and
"Kyiv will not yield. Umerov said this during the telethon." The sentence before, when no report holds it, is what
was said; otherwise "said this" only tells where a statement reported already was made, and says nothing itself.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ..models import Span
from .lexicons import Lexicon
from .outlets import is_outlet_mention, names_unknown_outlet
from .paragraph import Frame, Paragraph, make_frame, trimmed_spans
from .phrases import noun_phrase_right
from .relays import cited_phrase, cited_source
from .tokens import Token, capitalized_words, token_start

_THIS = frozenset({"this", "that", "it"})
_BE = frozenset({"was", "is", "has", "had", "been", "were"})


def passive_this(text: str, p: Paragraph, found: list[Frame], lex: Lexicon) -> list[Frame]:
    """A frame for each "This was stated by X …" of a paragraph whose sentence before holds no report."""
    out: list[Frame] = []
    toks = p.tokens
    for i in capitalized_words(toks):  # most paragraphs open no sentence with "This": a scan written in C
        if toks[i].key in _THIS and (i == 0 or p.sentence_of[i - 1] != p.sentence_of[i]):
            frame = _passive(text, p, i, found + out, lex)
            if frame is not None:
                out.append(frame)
    return out


def _previous_sentence(text: str, p: Paragraph, i: int, found: list[Frame]) -> tuple:
    """The span of the sentence before the one holding token i, when no frame reaches into it; else ()."""
    s = p.sentence_of[i]
    first = next((k for k in range(i, -1, -1) if p.sentence_of[k] == s - 1), None)
    if first is None:
        return ()
    last = first
    while first > 0 and p.sentence_of[first - 1] == s - 1:
        first -= 1
    start, end = p.tokens[first].start, p.tokens[last].end
    if p.quote_of[first] is not None or p.quote_of[last] is not None:
        return ()  # a quotation's sentence is left to the quotation rules
    for f in found:
        spans = [*f.content, *(x for x in (f.mention, f.cue) if x is not None)]
        if any(sp.start < end and start < sp.end for sp in spans):
            return ()
    return trimmed_spans(text, start, end)


def pointed_this(text: str, p: Paragraph, frame: Frame, found: list[Frame], lex: Lexicon) -> Frame | None:
    """ "Kyiv will not yield. Umerov said this …": a frame whose content is "this" with the sentence before as its
    content, when no other frame holds that sentence; None otherwise (it then says nothing). Not an outlet's ("This
    was reported by Reuters." names the relay of the paragraph's statements)."""
    if frame.cue is None or frame.mention is None:
        return None
    toks = p.tokens
    m = bisect_left(toks, frame.mention.start, key=token_start)
    if is_outlet_mention(toks[m : bisect_left(toks, frame.mention.end, lo=m, key=token_start)], lex):
        return None
    i = bisect_left(toks, frame.cue.start, key=token_start)
    # a belief or plan inside the sentence before is no report "said this" points to ("Ukraine will not discuss
    # territory. Umerov said this …"): it stays a statement of its own inside his
    s = p.sentence_of[i] - 1 if i < len(toks) else -1
    others = [f for f in found if f is not frame and (f.speech or not _within_sentence(p, f, s))]
    content = _previous_sentence(text, p, i, others) if i < len(toks) else ()
    if not content:
        return None
    end = next((k for k in range(m, len(p.tokens)) if p.sentence_of[k] != p.sentence_of[m]), len(p.tokens))
    if m > 0 and p.tokens[m - 1].key == "by" and (agent := agent_phrase(p.tokens, m, end, lex, p)):
        # "This was stated by the head of the Office of the President, Andriy Yermak": the agent whole
        mention = Span(p.tokens[agent[0]].start, p.tokens[agent[1] - 1].end)
        return replace(frame, content=content, mention=mention)
    return replace(frame, content=content)


def _passive(text: str, p: Paragraph, i: int, found: list[Frame], lex: Lexicon) -> Frame | None:
    """ "This was stated by X …" at token i: a frame of X's with the sentence before as its content; not "This was
    reported by Reuters.", which names the outlet that relayed the paragraph."""
    toks: list[Token] = p.tokens
    k = i + 1
    while k < len(toks) and toks[k].key in _BE and k - i <= 2:
        k += 1
    if k == i + 1 or k >= len(toks):
        return None
    hit = lex.cues.match_at(toks, k)
    if hit is None or not hit[1].speech or k + hit[0] >= len(toks) or toks[k + hit[0]].key != "by":
        return None
    end = next((m for m in range(k, len(toks)) if p.sentence_of[m] != p.sentence_of[i]), len(toks))
    mention = agent_phrase(toks, k + hit[0] + 1, end, lex, p)
    if mention is None or (mention[1] < end and toks[mention[1]].key == "that"):
        return None  # "It was reported by Reuters that …": what follows was said
    # "It was reported by RBC with reference to a source in the ministry.": the source said the sentence before, the
    # outlet relayed it; without a source, the outlet relayed the paragraph's statements
    at = mention[1] + (mention[1] < end and toks[mention[1]].text == ",")
    cited = cited_phrase(toks, at, end, lex, p)
    words = toks[mention[0] : mention[1]]
    relayed = is_outlet_mention(words, lex) or (cited is not None and names_unknown_outlet(words, text, lex))
    if relayed:
        if cited is None or not cited_source(text, toks, cited, lex):
            return None
        mention = cited
    # The agent named is who said the sentence before, whatever reports it holds ("Ukraine and Russia agreed to …
    # This was stated by Umerov"): those stay statements of their own inside his; a relayed source's is a sentence
    # no report holds.
    content = _previous_sentence(
        text, p, i, found if relayed else [f for f in found if not _within_sentence(p, f, p.sentence_of[i] - 1)]
    )
    if not content:
        return None
    cue_span = Span(toks[k].start, toks[k + hit[0] - 1].end)
    return make_frame(text, p, content, mention, cue_span, text[cue_span.start : cue_span.end], hit[1], 0.7)


_AGENT_GOES_ON = frozenset({"of", "the", "and", "for"})
_MAX_AGENT_TOKENS = 14
_MAX_APPOSITIVE_NAME = 6


def agent_phrase(toks: list[Token], j: int, end: int, lex: Lexicon, p: Paragraph) -> tuple[int, int] | None:
    """Who "This was stated by …" names: a noun phrase with its "of" phrases ("the press service of the Defense
    Ministry", "the head of the Ukrainian delegation"), up to where or when it was said ("in an interview", "on
    Telegram", "during …") or a comma."""
    np = noun_phrase_right(toks, j, end, lex, p)
    if np is None:
        return None
    k = np[1]
    while k < end and k - j < _MAX_AGENT_TOKENS:
        tok = toks[k]
        if tok.is_word and (tok.key in _AGENT_GOES_ON or tok.is_capitalized or lex.word_class(tok.key) is None):
            k += 1  # "the head of the Ukrainian delegation"; not "in", "at", "during" …, nor past a comma: a name in
        else:  # apposition after it ("…, Andriy Yermak") is read as the speaker's, as after any mention
            break
    while k > np[1] and toks[k - 1].key in _AGENT_GOES_ON:
        k -= 1
    if k + 1 < end and toks[k].text == ",":  # "the head of the Ukrainian delegation, Defense Minister Rustem Umerov"
        m = k + 1
        if not toks[m].is_capitalized and (title := lex.titles.match_at(toks, m)) is not None:
            m += title[0]  # "…, presidential aide Vladimir Medinsky"
        named = m
        while m < end and m - k <= _MAX_APPOSITIVE_NAME and toks[m].is_word and toks[m].is_capitalized:
            m += 1
        if m - named > 1 and (m == end or toks[m].text in (",", ".")):
            return k + 1, m  # the name in apposition, with its title: who the description is
    return np[0], k


def _within_sentence(p: Paragraph, frame: Frame, s: int) -> bool:
    """Whether a frame's cue, mention and content all lie in sentence s of the paragraph."""
    spans = [*frame.content, *(x for x in (frame.mention, frame.cue) if x is not None)]
    toks = [t for t, n in zip(p.tokens, p.sentence_of, strict=True) if n == s]
    return bool(toks) and all(toks[0].start <= sp.start and sp.end <= toks[-1].end for sp in spans)
