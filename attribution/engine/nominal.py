"""Nominal reports: "Trump's claim that …", "Peskov had a clear message: …"."""

from __future__ import annotations

from ..models import Span
from .content import content_after
from .lexicons import Cue, Lexicon
from .paragraph import Frame, Paragraph, make_frame, sentence_bounds
from .phrases import subject_left

_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
# A finite verb of the sentence after an infinitive clause: "his promise to build a wall was ..."
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "might"})


# "Peskov had a clear message: …", "Zakharova issued a warning: …": the subject delivers what follows the colon.
_DELIVERS = frozenset({"had", "has", "have", "sent", "delivered", "gave", "issued", "offered", "repeated"})
_MAX_DELIVERY_WORDS = 4  # "had a clear and simple message:"


def nominal_report(text: str, p: Paragraph, i: int, lex: Lexicon) -> Frame | None:
    """ "Trump's claim that there have been thousands of shootings": the possessor is the speaker."""
    toks = p.tokens
    if 0 < i < len(toks) - 2 and toks[i + 1].text == ":" and p.quote_of[i + 1] is None:
        return _delivered_report(text, p, i, lex)
    # "… claim that …", or a topic after its preposition ("Haddad's criticism of the plan").
    # "his promise to build a wall": the infinitive is the clause, as "that" opens one.
    clause = i + 1 < len(toks) and (
        toks[i + 1].key == "that" or (toks[i + 1].key == "to" and toks[i].key in lex.report_infinitives)
    )
    topic = not clause and i + 1 < len(toks) and toks[i + 1].key in lex.report_topics.get(toks[i].key, ())
    if i == 0 or i + 2 >= len(toks) or not (clause or topic) or p.quote_of[i + 1] is not None:
        return None
    owner = toks[i - 1]
    if owner.key in _POSSESSIVE_PRONOUNS:
        mention = owner.span
    elif owner.key.endswith(("'s", "s'")) and owner.is_capitalized:
        start = i - 1
        while (
            start > 0 and toks[start - 1].is_capitalized and toks[start - 1].is_word and p.quote_of[start - 1] is None
        ):
            start -= 1
        mention = Span(toks[start].start, owner.end - (2 if owner.key.endswith("'s") else 1))  # without the 's
    else:
        return None
    _, hi = sentence_bounds(p, i)
    # The noun phrase sits inside a larger sentence, so its clause ends at the first comma.
    hi = next((m for m in range(i + 2, hi) if toks[m].text == "," and p.quote_of[m] is None), hi)
    if topic and any(
        t.key in lex.time_words or t.key == "by" or lex.word_class(t.key) in ("boundary", "modifier")
        for t in toks[i + 2 : hi]
    ):
        # "Haddad's claims of fraud were never proven": the phrase is a subject, its topic no statement;
        # "his attacks on the judge last week", "… by scheduling fundraisers": where the object ends is unknown
        return None
    if toks[i + 1].key == "to" and any(t.key in _FINITE for t in toks[i + 2 : hi]):
        return None  # "Pruitt's promise to cut fares was popular": a subject; where its clause ends is unknown
    content = content_after(text, p, i + 2 if topic else i + 1, hi, lex)
    cue = Cue(toks[i].key, toks[i].key, lex.report_nouns[toks[i].key])
    return make_frame(text, p, content, mention, toks[i].span, toks[i].text, cue, 0.6)


def _delivered_report(text: str, p: Paragraph, i: int, lex: Lexicon) -> Frame | None:
    """ "Peskov had a clear message: Moscow will not accept preconditions" — SUBJECT VERB a NOUN: CONTENT."""
    toks = p.tokens
    lo, hi = sentence_bounds(p, i)
    verb = next((m for m in range(i - 1, max(lo, i - _MAX_DELIVERY_WORDS - 1), -1) if toks[m].key in _DELIVERS), None)
    if verb is None or not all(t.is_word and not t.is_capitalized for t in toks[verb + 1 : i]):
        return None
    mention = subject_left(toks, verb, lo, lex, p)
    if mention is None:
        return None
    content = content_after(text, p, i + 2, hi, lex)
    cue = Cue(toks[i].key, toks[i].key, lex.report_nouns[toks[i].key])
    return make_frame(text, p, content, mention, toks[i + 1].span, toks[i + 1].text, cue, 0.6)
