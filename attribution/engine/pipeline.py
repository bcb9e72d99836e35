"""The extraction pipeline, stage by stage: article text in, Statement records out.

segment → quotes → cues (frames: mention + content) → speakers → outlets → statements
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from functools import lru_cache

from ..errors import UnsupportedLanguageError
from ..language import SUPPORTED, detect
from ..models import Article, Span, Statement
from . import lexicons, outlets, quotes, segmenting, speakers
from .frames import find_frames
from .lexicons import Lexicon
from .paragraph import Frame, span_order
from .tokens import tokenize

_JOINER = " … "
# "…, who heads …," in a speaker's mention before the cue: an aside about the speaker, looked for only in a mention
# long enough to hold one
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|whose|whom)\b")
_MIN_ASIDE = 30


def extract(
    text: str,
    article_id: str = "",
    *,
    title: str | None = None,
    publisher: str | None = None,
    published: date | None = None,
    url: str | None = None,
    lexicon: Lexicon | None = None,
    language: str | None = None,
) -> list[Statement]:
    """Every quoted and reported statement in `text`, with its speaker, role, affiliation and outlet."""
    article = Article(article_id, text, title=title, publisher=publisher, published=published, url=url,
                      language=language)  # fmt: skip
    return extract_article(article, lexicon)


def extract_article(article: Article, lexicon: Lexicon | None = None) -> list[Statement]:
    """The statements of an article, by the engine of its language (declared, else detected). An article that
    declares a language no engine reads raises UnsupportedLanguageError; an undeclared one that is not Russian is
    read as English, so that a misdetected text (a list of names, scores, noise) is never lost: callers that want
    other languages marked declare the detected one first (language.with_language), as ingest and extract do."""
    code = article.language or detect(article.text)
    if code == "ru":
        from .. import ru  # imported on first use: English extraction never loads Russian morphology

        with collection_paused():
            return ru.extract_article(article)
    if article.language and code not in SUPPORTED:
        raise UnsupportedLanguageError(article.id, code, SUPPORTED)
    with collection_paused():
        return _extract_english(article, lexicon)


@contextmanager
def collection_paused() -> Iterator[None]:
    """The cyclic garbage collector held off while one article is read. An article makes tens of thousands of
    short-lived tuples (tokens, spans) that reference counting frees; each 700 of them set off a collection that
    walks the young ones again (and, now and then, everything the process holds, the lexicon included): ~10% of
    the English engine's time on PolNeAR dev. The engine makes no reference cycles worth collecting mid-article;
    the collector resumes afterwards as it was (left off if the caller had turned it off)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _extract_english(article: Article, lexicon: Lexicon | None) -> list[Statement]:
    lex = lexicon or lexicons.load()
    text = article.text

    paragraphs = segmenting.paragraphs(text)
    sentences = tuple(segmenting.sentences(text, p, lex) for p in paragraphs)
    tokens = tokenize(text)
    found_quotes = quotes.find_quotes(text, paragraphs)
    frames = find_frames(text, paragraphs, sentences, found_quotes, tokens, lex)

    flat_sentences = [s for group in sentences for s in group]
    sentence_starts = [s.start for s in flat_sentences]
    quote_spans = tuple(sorted((p for q in found_quotes for p in q.parts), key=span_order))
    quote_starts = [q.start for q in quote_spans]
    resolver = speakers.Resolver(
        text,
        tokens,
        lex,
        tuple(sorted((c for f in frames for c in f.content), key=span_order)),
        tuple(sorted((f.mention for f in frames if f.mention), key=span_order)),
    )
    statements: list[Statement] = []
    closing = outlets.closing_relays(frames, sentences, tokens, lex, text)
    interviews = outlets.Interviews(text, frames, sentences, tokens, lex)
    last_outlet: dict[str | None, str | None] = {}  # speaker → the outlet of the speaker's last statement
    by_mention: dict[Span, speakers.Speaker] = {}  # the speakers resolved, by the mention they were read from
    for frame in frames:
        position = frame.content[0].start
        # The mention as the speaker is read from it (no dateline, "NAME of …" whole), in the output too.
        mention = resolver.read_span(frame.mention) if frame.mention is not None else None
        if frame.chained:
            # "…, Iwaya told Nikkei Asia, adding …" continues the report it follows, not the last one by position
            speaker = (by_mention.get(mention) if mention is not None else None) or resolver.previous(position)
            if speaker is None and mention is not None:
                speaker = resolver.resolve(mention, position)  # the report it continues made no statement
            elif speaker is not None:
                resolver.remember(position, speaker)
        else:
            speaker = resolver.resolve(mention, position)
            if speaker is not None and mention is not None:
                by_mention[mention] = speaker
        if _product_recall(frame, speaker, text):
            continue

        anchor = frame.cue or frame.mention
        outlet = None
        if anchor is not None:
            region = flat_sentences[max(0, bisect_right(sentence_starts, anchor.start) - 1)]
            nearby_quotes = quote_spans[
                max(0, bisect_right(quote_starts, region.start) - 1) : bisect_right(quote_starts, region.end)
            ]
            excluded = frame.content + nearby_quotes
            if (
                frame.mention is not None
                and frame.cue is not None
                and frame.cue.start - frame.mention.start > _MIN_ASIDE
                and (aside := _RELATIVE_ASIDE.search(text, frame.mention.start, frame.cue.start)) is not None
                and not outlets.names_addressee(tokens, Span(aside.start(), frame.cue.start), lex)
            ):  # "Podolyak, who appeared in the CNN documentary …, told …": what describes him names no relay (but
                # "…, who spoke to AFP on condition of anonymity, said" does), up to the last comma before the cue
                # ("…, who chairs the committee, was quoted by the Kyiv Independent as saying")
                close = text.rfind(",", aside.end(), frame.cue.start)
                excluded += (Span(aside.start(), close if close >= 0 else frame.cue.start),)
            outlet = outlets.relay_outlet(tokens, region, excluded, lex, frame.mention)
        if outlet is None and statements and speaker is not None:
            outlet = _inherited_outlet(frame, speaker, statements)
            if (
                outlet is not None
                and not frame.chained
                and anchor is not None
                and outlets.names_venue(tokens, region, frame.content + nearby_quotes, lex)
            ):  # "A senior official told reporters …" after "…, citing US officials, reported": a venue of its own
                outlet = None
        if outlet is None:
            outlet = closing.get(frame.paragraph)
        if outlet is None and speaker is not None and speaker.person and not speaker.anonymous:
            # an interview carries over to the person's next statements until another venue; one told in a
            # sentence of its own ("Umerov gave an interview to Radio Liberty.") to the statements after it
            carried = last_outlet.get(speaker.name) or interviews.before(position, frame.paragraph, speaker.name)
            if carried is not None and (
                anchor is None or not outlets.names_venue(tokens, region, frame.content + nearby_quotes, lex)
            ):  # the venue test last: most statements have nothing to carry over
                outlet = carried
        if outlet is not None and speaker is not None and _media_anaphor(speaker.name, lex):
            # "…, the publication writes" after "Kommersant has obtained …": the outlet's own report is the outlet's
            speaker = replace(speaker, name=outlet, affiliation=None)
        if speaker is not None:
            last_outlet[speaker.name] = outlet

        statements.append(
            Statement(
                article_id=article.id,
                spans=frame.content,
                text=_JOINER.join(span.of(text) for span in frame.content),
                kind=frame.kind,
                speaker=speaker.name if speaker else None,
                speaker_span=mention,
                anonymous=speaker.anonymous if speaker else False,
                role=speaker.role if speaker else None,
                affiliation=speaker.affiliation if speaker else None,
                country=speaker.country if speaker else None,
                outlet=outlet,
                cue=frame.cue_text,
                cue_span=frame.cue,
                confidence=_confidence(frame.confidence, bool(speaker and speaker.name)),
                speech=frame.speech,
            )
        )
    return outlets.backfill(statements, paragraphs, sentences, tokens, lex)


def _media_anaphor(name: str | None, lex: Lexicon) -> bool:
    """Whether a speaker's name is a noun standing for the outlet named before ("publication", "TV channel")."""
    words = name.split() if name else ()
    return (
        0 < len(words) <= 2
        and words[-1].lower() in lex.media_anaphors
        and all(w.islower() or w.isupper() for w in words)
    )


_RECALLED_CLAUSE = ("that ", "how ", "what ", "when ", "why ", "whether ", '"', "“", "'", "‘")


def _product_recall(frame: Frame, speaker: speakers.Speaker | None, text: str) -> bool:
    """Whether a body "recalls" a thing: "Health Canada is recalling several lots of formula" withdraws a product
    and says nothing; a body that recalls that something happened, and a person who recalls anything, speak."""
    return (
        frame.cue_text is not None
        and frame.cue_text.lower().startswith("recall")
        and speaker is not None
        and not speaker.person
        and not text.startswith(_RECALLED_CLAUSE, frame.content[0].start)
    )


@lru_cache(maxsize=64)
def _confidence(frame_confidence: float, named: bool) -> float:
    """A statement's confidence: its frame's, lower without a speaker's name. Rounded once per value (a float's
    round to digits goes through its decimal string): the frames' confidences are a handful of constants."""
    return round(frame_confidence * (1.0 if named else 0.6), 2)


def _inherited_outlet(frame: Frame, speaker: speakers.Speaker, earlier: list[Statement]) -> str | None:
    """A continued quote keeps its statement's outlet; a group of unnamed sources keeps the outlet it spoke to
    ("according to the source" after "a source told RIA Novosti")."""
    last = earlier[-1]
    if frame.chained and last.speaker == speaker.name:
        return last.outlet
    # The group's last statement decides: one told to reporters after one told to an outlet gives none.
    if speaker.anonymous and speaker.affiliation:
        words = set(speaker.affiliation.lower().split())
        for s in reversed(earlier):
            if s.anonymous and s.affiliation and words <= set(s.affiliation.lower().split()):
                return s.outlet
    elif speaker.anonymous:
        for s in reversed(earlier):
            if s.anonymous and not s.affiliation and s.speaker == speaker.name:
                return s.outlet
    return None


__all__ = ["extract", "extract_article"]
