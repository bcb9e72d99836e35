"""Relays: outlets and sources a statement came through ("citing TASS", "TASS quoted Lavrov as
saying", "Interfax, citing a diplomatic source, reported", "…, according to Interfax")."""

from __future__ import annotations

from ..models import Span
from .content import OBJECT_PRONOUNS, main_verb_cue
from .lexicons import Lexicon
from .outlets import is_outlet_mention, media_group, names_unknown_outlet, outlet_work
from .paragraph import Frame, FrameIndex, Paragraph
from .phrases import (
    BE,
    MAX_MENTION_TOKENS,
    SOURCE_LINKS,
    closed_by_comma,
    noun_phrase_left,
    noun_phrase_right,
    past_adverbials,
    past_adverbials_right,
    phrase_span,
    source_group_left,
    source_noun,
    subject_left,
)
from .tokens import Token, tokenize


def relay_only(text: str, frame: Frame, index: FrameIndex | None, lex: Lexicon) -> bool:
    """ "Peskov said …, citing TASS" / "…, according to Interfax": the outlet relays another frame's
    statement, so it is that statement's outlet, not a statement of its own."""
    if frame.chained and frame.content and names_outlet(text, frame.content[0], lex):
        return True  # "…, citing TASS": the outlet the statement came through
    if frame.mention is None:
        # "Asked about the BBC documentary “Cold Wards”, …": a title, no statement
        return bool(frame.content) and outlet_work(tokenize(text, frame.content[0].start, frame.content[-1].end), lex)
    if _programme(text, frame, lex):
        return True
    if index is None:
        return False
    holds = index.cue_inside(frame)
    if not (holds or index.covers(frame)) or not relay_mention(text, frame, lex):
        return False  # "…," TASS reported — unless TASS only relays a statement another frame reports
    # "…, the Kyiv Post reported, according to Ukrinform.": a report that only relays hold is kept, as the innermost
    return holds or not all(relay_mention(text, other, lex) for other in index.covering(frame))


def relay_mention(text: str, frame: Frame, lex: Lexicon) -> bool:
    """Whether a frame only relays what it holds: "according to" an outlet, or an outlet's report closing the
    statement ("…, Nordvision reported"), the outlet listed, shaped like one, the media of a country or a bare
    name the article never gives a person. A report inside its content is then a frame of its own."""
    if frame.mention is None or frame.cue is None or not frame.content:
        return False
    if _programme(text, frame, lex):
        return True
    cue = text[frame.cue.start : frame.cue.end].lower()
    before = [t.key for t in tokenize(text, max(0, frame.mention.start - 8), frame.mention.start)]
    as_reported = before[-1:] == ["as"] or before[-2:] == ["as", "the"]  # "As the Tamsin Gazette reported, …"
    if not (cue.startswith("according") or as_reported) and frame.mention.start < frame.content[-1].end:
        return False  # "The Times reported that Trump had claimed …" is the Times's own report
    words = tokenize(text, frame.mention.start, frame.mention.end)
    if is_outlet_mention(words, lex):
        return True
    if (
        cue.startswith("according")
        and any(w.key in lex.document_nouns for w in words)
        and _made_by_outlet(text, frame, lex)
    ):
        return True  # "…, according to a translation by BBC Monitoring": the outlet's document relays
    if (
        cue.startswith("according")
        and frame.mention.start < frame.content[0].start
        and any(w.key in lex.outlet_shapes.get("record", ()) for w in words)
    ):
        return True  # "According to a Kremlin readout of the call, Putin told Trump …": the record relays his report
    # A bare name only "according to" or reporting ("…, Nordvision reported"), not saying ("…, Trump said").
    hit = lex.cues.match_at(tokenize(cue), 0)
    reports = hit is not None and hit[1].lemma in lex.outlet_shapes.get("report", ())
    return (cue.startswith("according") or reports) and names_unknown_outlet(words, text, lex)


_MADE_BY = frozenset(("by", "from"))


def _made_by_outlet(text: str, frame: Frame, lex: Lexicon) -> bool:
    """Whether the words after a document's mention, to the clause's end, say an outlet made it ("… by BBC
    Monitoring", "… published by Rossiya 1", "… from the Kremlin pool of Rossiya 1" is no outlet's own)."""
    assert frame.mention is not None
    words = tokenize(text, frame.mention.end, min(len(text), frame.mention.end + 80))
    end = next((k for k, t in enumerate(words) if not t.is_word), len(words))
    k = 1 if end > 1 and words[0].key.endswith("ed") else 0  # "published by", "released by"
    return k + 1 < end and words[k].key in _MADE_BY and is_outlet_mention(words[k + 1 : end], lex)


def _programme(text: str, frame: Frame, lex: Lexicon) -> bool:
    """Whether a frame's cue is the programme its possessive mention broadcasts ("Speaking to Nordvision's
    morning show, …"): a noun, not a reporting verb."""
    if frame.mention is None or frame.cue is None:
        return False
    if not text.startswith(("'s", "’s"), frame.mention.end) and not text.endswith(("'s", "’s"), 0, frame.mention.end):
        return False
    cue = tokenize(text, frame.cue.start, frame.cue.end)
    return len(cue) == 1 and cue[0].key in lex.outlet_shapes.get("programme", ())


def cited_phrase(toks: list[Token], k: int, hi: int, lex: Lexicon, p: Paragraph) -> tuple[int, int] | None:
    """The phrase a relaying participle at token k names: "citing a source in the delegation", "quoting TASS",
    and translated wire copy's "with reference to the press service" (`outlet_shapes.csv` kind "citing")."""
    if k >= hi or p.quote_of[k] is not None:
        return None
    if toks[k].key == "with" and k + 3 < hi and toks[k + 2].key == "to":
        if toks[k + 1].key in lex.outlet_shapes.get("citing", ()):
            return noun_phrase_right(toks, k + 3, hi, lex, p)
        return None
    if not toks[k].key.endswith("ing"):
        return None
    hit = lex.cues.match_at(toks, k)
    if hit is None or hit[1].lemma not in lex.relay_cues:
        return None
    return noun_phrase_right(toks, k + hit[0], hi, lex, p)


def aside_cited(toks: list[Token], mention: tuple[int, int], lex: Lexicon, p: Paragraph) -> tuple[int, int] | None:
    """The phrase a subject's relaying aside names, up to the verb: "Interfax, citing a diplomatic source,"."""
    for m in range(mention[0] + 2, mention[1]):
        if toks[m - 1].text == "," and (cited := cited_phrase(toks, m, mention[1], lex, p)) and cited[1] == mention[1]:
            return cited
    return None


def reported_after(text: str, p: Paragraph, cited: tuple[int, int] | None, hi: int, lex: Lexicon) -> bool:
    """Whether a comma and the main reporting verb follow a cited source ("citing a source, reported …")."""
    if cited is None or not closed_by_comma(p.tokens, cited, hi):
        return False
    if not cited_source(text, p.tokens, cited, lex) and not names_outlet(text, phrase_span(p.tokens, cited), lex):
        return False  # "The Journal, citing internal documents, reported …": the documents are what it cites
    return main_verb_cue(p, past_adverbials_right(p.tokens, cited[1] + 1, hi, lex), hi, lex)


def cited_source(text: str, toks: list[Token], cited: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a cited phrase names who spoke ("a diplomatic source", "three sources familiar with the
    talks", "Deputy Foreign Minister Sergei Ryabkov"), not the outlet that carried it ("citing TASS") nor
    a document or a reason, which the citing reports on its own ("citing internal documents")."""
    words = toks[cited[0] : cited[1]]
    if names_outlet(text, phrase_span(toks, cited), lex):
        return False
    # The head is the last word, or the source noun before its group ("sources familiar with the talks").
    n = next((n for n in range(1, len(words)) if words[n].key in SOURCE_LINKS and source_noun(words[n - 1], lex)), 0)
    head = n - 1 if n else len(words) - 1
    return words[head].is_capitalized or source_noun(words[head], lex) or lex.titles.match_at(words, head) is not None


def names_outlet(text: str, span: Span, lex: Lexicon) -> bool:
    """Whether a phrase is an outlet's name and nothing else, with its article and media nouns ("TASS", "the news
    agency", "the TASS news agency"), or the media of a country ("Russian media"); not a body or a person."""
    words = tokenize(text, span.start, span.end)
    k = 1 if len(words) > 1 and words[0].key == "the" else 0
    if (group := media_group(words, k, lex)) is not None and group[0] == len(words):
        return True  # "citing Russian media"
    named = False
    while k < len(words):
        hit = lex.outlets.match_at(words, k) or lex.media_nouns.match_at(words, k)
        if hit is None:
            return False
        k, named = k + hit[0], True
    return named


def relay_clause(toks: list[Token], ci: int, lo: int, lex: Lexicon, p: Paragraph) -> tuple[tuple[int, int], int] | None:
    """Who spoke when the cue follows "as" after a relaying verb, and where that verb's clause starts:
    the passive's subject ("Lavrov was quoted by TASS as saying") or the active's object ("TASS quoted
    Lavrov as saying", "…, quoting Lavrov as saying"); whoever quotes only relays."""
    if ci - 3 < lo or toks[ci - 1].key != "as" or p.quote_of[ci - 1] is not None:
        return None
    verb = next((m for m in range(ci - 2, max(lo, ci - 2 - MAX_MENTION_TOKENS), -1) if _relays(toks, m, lex)), None)
    if verb is None or verb == lo or any(p.quote_of[m] is not None for m in range(verb, ci)):
        return None
    commas = [m for m in range(verb, ci) if toks[m].text == ","]
    if commas and not _apposition(toks, verb + 1, ci - 2, commas):
        return None
    be = past_adverbials(toks, verb - 1, lo, lex)
    if be >= lo and toks[be].key in BE and not toks[verb].key.endswith("ing"):
        if commas or (verb + 1 < ci - 1 and toks[verb + 1].key != "by"):
            return None  # only the agent may stand between: "quoted by the Interfax news agency as saying"
        mention = subject_left(toks, be, lo, lex, p)
        return (mention, mention[0]) if mention is not None else None
    if commas:  # "Xinhua quoted the envoy, Ana Lobo Reis, as saying": the description and the name
        quoted: tuple[int, int] | None = (verb + 1, ci - 2)
    elif ci - 2 == verb + 1 and toks[verb + 1].key in _QUOTED_PRONOUNS:
        quoted = verb + 1, ci - 1  # "TASS quoted him as saying": the pronoun stands for the speaker
    else:
        quoted = source_group_left(toks, ci - 2, verb + 1, lex, p) or noun_phrase_left(toks, ci - 2, verb + 1, lex, p)
    if quoted is None or quoted[0] != verb + 1:
        return None
    subject = None if toks[verb].key.endswith("ing") else subject_left(toks, verb, lo, lex, p)
    return quoted, subject[0] if subject is not None else verb


_QUOTED_PRONOUNS = OBJECT_PRONOUNS - {"us", "me"}


def relayed_subject(
    text: str, toks: list[Token], mention: tuple[int, int], lo: int, lex: Lexicon, p: Paragraph
) -> tuple[int, int] | None:
    """The speaker before "quoted by OUTLET" when the subject found is that outlet ("…, a Ukrainian official quoted
    by Politico said", "officials cited by Reuters said"): the outlet relays, the one it quoted speaks."""
    k = mention[0]
    if k < lo + 3 or toks[k - 1].key != "by" or not _relays(toks, k - 2, lex):
        return None
    if not names_outlet(text, phrase_span(toks, mention), lex) and not is_outlet_mention(toks[k : mention[1]], lex):
        return None
    return noun_phrase_left(toks, k - 3, lo, lex, p)


def _apposition(toks: list[Token], start: int, last: int, commas: list[int]) -> bool:
    """Whether toks[start:last + 1] is a description, a comma, a name and a comma ("the envoy, Ana Lobo Reis,"), or a
    name, a comma, its description and a comma ("Heorhii Tykhyi, spokesman for the ministry,")."""
    if len(commas) != 2 or commas[1] != last or commas[0] <= start or commas[0] + 1 >= last:
        return False
    return all(t.is_capitalized for t in toks[commas[0] + 1 : last]) or all(
        t.is_capitalized for t in toks[start : commas[0]]
    )


def _relays(toks: list[Token], k: int, lex: Lexicon) -> bool:
    hit = lex.cues.match_at(toks, k)
    return hit is not None and hit[0] == 1 and hit[1].lemma in lex.relay_cues


def as_cue(toks: list[Token], phrase: tuple[int, int] | None, hi: int, lex: Lexicon, p: Paragraph) -> bool:
    """Whether "as" and a cue follow a phrase ("Lavrov as saying"): the phrase names that cue's speaker."""
    if phrase is None or phrase[1] + 1 >= hi or toks[phrase[1]].key != "as" or p.quote_of[phrase[1] + 1] is not None:
        return False
    return lex.cues.match_at(toks, phrase[1] + 1) is not None
