"""Questions: "was asked whether …" reports a question, "answering a question from TASS" does not."""

from __future__ import annotations

from ..models import Kind, Span
from .content import THAT_LOOKAHEAD
from .lexicons import Cue, Lexicon
from .paragraph import Frame, Paragraph, end_offset, make_frame, trimmed_spans
from .phrases import BE, SUBORDINATORS, is_adverbial, noun_phrase_right

_QUESTIONS = frozenset({"question", "questions", "query", "queries"})


def question_answered(text: str, frame: Frame, lex: Lexicon) -> bool:
    """ "…, answering a question from TASS, said …": the question answered is not a statement (a quotation
    that starts "The question is …" is)."""
    if len(frame.content) != 1 or frame.kind is not Kind.INDIRECT:
        return False
    start = frame.content[0].start
    head = text[start : min(frame.content[0].end, start + 40)].lower()  # enough for "a question"
    if "quer" not in head and "quest" not in head:
        return False
    words = head.split()[:2]
    if words and lex.word_class(words[0]) == "determiner":
        words = words[1:]
    return bool(words) and words[0].strip(",.;:") in _QUESTIONS


# Words that open the question in "Asked whether …", "when asked about …".
_QUESTION_OPENERS = frozenset({"if", "whether", "about", "what", "why", "how", "who", "when", "where", "which"})


def unanswered_question(p: Paragraph, ci: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """ "Tremblay, asked about his saves, shrugged.": a question put to someone in an aside after the subject,
    whose sentence goes on with no report: nothing was said."""
    toks = p.tokens
    k = ci - 1
    if k > lo and toks[k].key in SUBORDINATORS:
        k -= 1  # "Tremblay, when asked about …,"
    if k <= lo or toks[k].text != "," or ci + 1 >= hi or toks[ci + 1].key not in _QUESTION_OPENERS:
        return False  # not "Smith, delivering the speech, asked the crowd …": an active verb and its object
    if any(p.quote_of[n] is not None or lex.cues.match_at(toks, n) for n in range(lo, k)):
        return False  # "…," said Ben Carson, asked about …: the sentence has reported already
    end = next((n for n in range(ci + 1, hi) if toks[n].text == ","), None)
    if end is None or end + 1 >= hi or any(p.quote_of[n] is not None for n in range(ci, end)):
        return False
    m = end + 1
    while m < hi and is_adverbial(toks[m], lex):
        m += 1
    return m < hi and p.quote_of[m] is None and lex.cues.match_at(toks, m) is None


def passive_question(
    text: str, p: Paragraph, ci: int, cj: int, lo: int, hi: int, cue: Cue, lex: Lexicon
) -> Frame | None:
    """ "Asked whether he would run, Smith said …", "when asked by a reporter about it": the question
    put to someone, up to the comma; its asker is the "by" phrase, if any."""
    toks = p.tokens
    if toks[ci].key == cue.lemma:
        return None  # "Ask the expert: …": an imperative, no question put to anyone
    k = ci - 1
    while k >= lo and is_adverbial(toks[k], lex):
        k -= 1
    if k >= lo and toks[k].text != "," and toks[k].key not in SUBORDINATORS and toks[k].key not in BE:
        return None  # "Trump asked whether …": an active verb with its subject
    mention = None
    m = cj
    if m < hi and toks[m].key == "by":
        mention = noun_phrase_right(toks, m + 1, hi, lex, p)
        m = mention[1] if mention is not None else m + 1
    opener = next((n for n in range(m, min(hi, m + THAT_LOOKAHEAD)) if toks[n].key in _QUESTION_OPENERS), None)
    if opener is None or any(toks[n].text == "," or p.quote_of[n] is not None for n in range(m, opener)):
        return None
    end = next((n for n in range(opener + 1, hi) if toks[n].text == "," and p.quote_of[n] is None), hi)
    if toks[opener].key == "about" and opener + 1 < end:
        opener += 1  # "Asked about his paid speeches, …": the question is about the speeches
    content = trimmed_spans(text, toks[opener].start, end_offset(p, end))
    return make_frame(text, p, content, mention, Span(toks[ci].start, toks[cj - 1].end), toks[ci].text, cue, 0.6)
