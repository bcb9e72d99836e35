"""Raised subjects: "The House is expected to pass the bill", "The talks seem to have stalled" — an expectation or an
impression nobody in the sentence holds: what is expected of the subject, or seems true of it, is the statement,
the subject and the infinitive without "is expected" or "seems" (a belief, no speech act, with no speaker)."""

from __future__ import annotations

from ..models import Span
from .content import content_after
from .lexicons import Cue, Lexicon
from .paragraph import Frame, Paragraph, make_frame, trimmed_spans
from .phrases import BE, COORDINATORS, SUBORDINATORS, is_adverbial, lower_cue, noun_phrase_right
from .tokens import Token

# The forms read this way, right after a form of "be" and right before "to" ("is expected to", "were expected to").
RAISING_FORMS = frozenset({"expected"})
# The verbs read this way in every form, right before "to" ("seems to", "appeared to"): never a cue otherwise.
RAISING_VERBS = frozenset({"seem", "appear"})
# Between the subject and "be": "could be expected", "has been expected", "is not expected".
_AUXILIARIES = frozenset({"could", "would", "will", "can", "should", "may", "might", "must", "has", "have", "had"})
_MAX_SUBJECT_TOKENS = 12


def raised_subject(text: str, p: Paragraph, ci: int, cj: int, lo: int, hi: int, cue: Cue, lex: Lexicon) -> Frame | None:
    """ "The House is expected to pass the bill": the content is the subject and the infinitive ("The House" …
    "to pass the bill"); "It is expected to rise …" only the infinitive; a relative word stands for its noun
    ("… bill, which is expected to …")."""
    toks = p.tokens
    if cj + 1 >= hi or toks[cj].key != "to" or not toks[cj + 1].is_word:
        return None
    raised_verb = cue.lemma in RAISING_VERBS
    if raised_verb and (toks[cj + 1].is_capitalized or lex.word_class(toks[cj + 1].key) in ("determiner", "pronoun")):
        return None  # "appeared to the crowd", "seemed to Brandt": a person seen by, not an infinitive
    if raised_verb and lex.cues.match_at(toks, cj + 1) is not None:
        return None  # "seemed to suggest that …": the report is the infinitive's
    k = _verb_subject_end(toks, ci, lo, lex, p) if raised_verb else _subject_end(toks, ci, lo, lex, p)
    if k is None:
        return None
    cue_span, cue_text = toks[ci].span, toks[ci].text
    # "to sign the measure, potentially teeing up …": what is expected ends at a comma.
    end = next((m for m in range(cj, hi) if toks[m].text == "," and p.quote_of[m] is None), hi)
    if any(p.quote_of[m] is None and _reports(toks, m, lex) for m in range(end, hi)):
        return None  # "Talks are expected to resume, officials told RIA Novosti": the sentence is their statement
    expected = content_after(text, p, cj, end, lex)
    if toks[k].key == "it" and not raised_verb:
        return make_frame(text, p, expected, None, cue_span, cue_text, cue, 0.5)  # "It is expected to rise …"
    subject = _subject(text, toks, k, lo, lex)
    return None if subject is None else make_frame(text, p, subject + expected, None, cue_span, cue_text, cue, 0.5)


def passive_report(text: str, p: Paragraph, ci: int, cj: int, lo: int, hi: int, cue: Cue, lex: Lexicon) -> Frame | None:
    """ "Trump was attacked by Clinton", "The plan has been praised by critics": what the agent after "by" said or
    thinks is about the subject, which is the content ("Trump"); a relative word stands for its noun ("Murphy, who
    has been endorsed by the unions")."""
    toks = p.tokens
    if not cue.form.endswith("ed") or cj + 1 >= hi or toks[cj].key != "by":
        return None
    if not cue.speech or cue.lemma in lex.quote_only_cues or cue.lemma in lex.question_cues:
        return None  # "was decided by 5-to-4 votes", "was asked by the host whether …": no view of the subject
    agent = noun_phrase_right(toks, cj + 1, hi, lex, p)
    k = None if agent is None else _subject_end(toks, ci, lo, lex, p)
    subject = None if k is None or toks[k].key == "it" else _subject(text, toks, k, lo, lex)
    if subject is None:
        return None
    return make_frame(text, p, subject, agent, toks[ci].span, toks[ci].text, cue, 0.5)


# Between the subject and "seems": "does not seem", "would appear", "did n't".
_BEFORE_VERB = _AUXILIARIES | {"do", "does", "did", "n't", "not"}


def _verb_subject_end(toks: list[Token], ci: int, lo: int, lex: Lexicon, p: Paragraph) -> int | None:
    """The last token of the subject before "seems", "appeared": past the auxiliaries, "not" and adverbs before
    them ("does not seem", "would appear", "now seems")."""
    k = ci - 1
    while k >= lo and (toks[k].key in _BEFORE_VERB or is_adverbial(toks[k], lex)):
        k -= 1
    if k < lo or not toks[k].is_word or p.quote_of[k] is not None or toks[k].key in COORDINATORS:
        return None  # "…, and seemed to …": no subject of its own
    return k


def _subject_end(toks: list[Token], ci: int, lo: int, lex: Lexicon, p: Paragraph) -> int | None:
    """The last token of the subject before "is expected", "has been praised": past adverbials, "be" and the
    auxiliaries before it."""
    k = ci - 1
    while k >= lo and (is_adverbial(toks[k], lex) or toks[k].key == "not"):
        k -= 1  # "is widely expected", "is not expected"
    if k < lo or toks[k].key not in BE:
        return None
    k -= 1
    while k >= lo and (toks[k].key in _AUXILIARIES | {"not", "been"} or is_adverbial(toks[k], lex)):
        k -= 1  # "could be", "has been", "also was"
    if k < lo or not toks[k].is_word or p.quote_of[k] is not None or toks[k].key in COORDINATORS:
        return None  # "…, the filings, …, are expected", "is moving but is expected": no subject of its own
    return k


def _subject(text: str, toks: list[Token], k: int, lo: int, lex: Lexicon) -> tuple[Span, ...] | None:
    """The subject ending at token k as content: a relative word or pronoun alone, else the phrase back to where
    the clause starts."""
    if lex.word_class(toks[k].key) in ("relative", "pronoun"):
        return (toks[k].span,)
    start = _subject_start(toks, k, lo, lex)
    return None if start is None else trimmed_spans(text, toks[start].start, toks[k].end)


def _reports(toks: list[Token], m: int, lex: Lexicon) -> bool:
    hit = lower_cue(toks, m, lex) and lex.cues.match_at(toks, m)
    return bool(hit) and hit[1].speech


def _subject_start(toks: list[Token], k: int, lo: int, lex: Lexicon) -> int | None:
    """The first token of the subject ending at token k: back to the sentence start, a comma, a conjunction or
    a subordinator ("But the race", "though the group", "For Trump, the returns"); None when too long to be one."""
    m = k
    while m > lo and k - m < _MAX_SUBJECT_TOKENS:
        prev = toks[m - 1]
        if prev.text in (",", ";", ":", "(", "—", "–", "--") or prev.key in COORDINATORS or prev.key in SUBORDINATORS:
            return m
        if lex.word_class(prev.key) == "relative":
            return None  # "the man who the party is expected to …": the relative clause's subject is no topic
        m -= 1
    return m if m == lo else None
