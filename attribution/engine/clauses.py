"""Cue clauses, the main family: SPEAKER CUE (that) CONTENT, CONTENT, SPEAKER CUE / CUE SPEAKER,
"according to SPEAKER", "as reported by", SPEAKER CUE: "QUOTE", participial chains and split quotes."""

from __future__ import annotations

from bisect import bisect_left

from ..models import Span
from .content import (
    OBJECT_PRONOUNS,
    approximate_number,
    content_after,
    content_before,
    main_verb_cue,
    only_adverbials,
    participle_at,
    past_form,
    present_form,
    quote_ending_at,
    quote_starts_clause,
    skip_to_content,
    subordinate_end,
    titled_work,
)
from .lexicons import Cue, Lexicon
from .outlets import is_outlet_mention
from .paragraph import CLOSING, Frame, Paragraph, inside_any, make_frame, possessed_at, sentence_bounds, trimmed_spans
from .phrases import (
    COORDINATORS,
    OPENERS,
    SUBORDINATORS,
    WH_WORDS,
    appositive_at,
    closed_by_comma,
    ends_inverted,
    is_adverbial,
    lower_cue,
    member_body_right,
    name_after_role,
    noun_phrase_left,
    noun_phrase_right,
    past_opener,
    phrase_span,
    plausible,
    progressive_be,
    sentence_subject,
    share_in,
    subject_left,
    through_modifiers,
)
from .questions import passive_question, unanswered_question
from .raising import RAISING_FORMS, RAISING_VERBS, passive_report, raised_subject
from .relays import (
    as_cue,
    aside_cited,
    cited_phrase,
    cited_source,
    names_outlet,
    relay_clause,
    relay_mention,
    relayed_subject,
    reported_after,
)
from .stated_this import agent_phrase
from .tokens import Token, token_start

_MAX_OBJECT_WORDS = 5


def clause_opens(p: Paragraph, k: int, lex: Lexicon) -> bool:
    """Whether "that", a colon or a quotation follows at token k ("They state that …", "It states: “…”"), or an
    object and "as" or "for" ("hailed the deal as a turning point", "thanked the crew for its work"; not "hailed a
    taxi")."""
    if k >= len(p.tokens):
        return False
    if p.tokens[k].text == "," and k + 1 < len(p.tokens):
        k += 1
    if p.quote_of[k] is not None or p.tokens[k].key == "that" or p.tokens[k].text == ":":
        return True
    for m in range(k, min(len(p.tokens), k + _MAX_OBJECT_WORDS + 1)):
        if p.tokens[m].key in ("as", "for"):
            return m > k
        tok = p.tokens[m]
        if not tok.is_word or p.quote_of[m] is not None or lex.word_class(tok.key) not in (None, "determiner"):
            return False  # "the plan Trump has portrayed himself as …": no object, a clause of its own
    return False


_MAX_ADVERBIAL_WORDS = 4
# Particles after a verb that make a phrasal verb ("show up", "back down", "call off", "back away"); the phrasal
# reporting verbs the lexicon lists ("brush off", "lash out") are matched whole before.
_PARTICLES = frozenset({"up", "down", "off", "away", "around"})
# Words between a cue and a colon that opens its quotation ("added warily: “…”", "said back in 2015: “…”").
_MAX_LEAD_WORDS = 6
# Words right after a cue that go with the verb, the content after them ("warned of …", "railed against …",
# "spoke about …", "called out …").
_VERB_PARTICLES = frozenset({"against", "of", "about", "on", "over", "upon", "out"})


# Verbs that take another verb with "to" and leave the report to it: "went on to say", "continued to question",
# "seemed to suggest".
_ASPECT_VERBS = frozenset(
    {"continue", "continues", "continued", "continuing", "began", "begin", "begins", "beginning", "started"}
    | {"start", "starts", "starting", "proceeded", "proceeds"}
    | {"seem", "seems", "seemed", "appear", "appears", "appeared"}
)
_GO_ON = frozenset({"go", "goes", "went", "going", "gone"})


def _aspect_head(toks: list[Token], ci: int, lo: int) -> int:
    """The first token of "went on to" or "continued to" before the cue at token ci, whose subject is the speaker
    ("She went on to say …", "…, going on to contrast …"); ci when there is none."""
    if ci - 2 < lo or toks[ci - 1].key != "to":
        return ci
    if toks[ci - 2].key in _ASPECT_VERBS:
        return ci - 2
    if ci - 3 >= lo and toks[ci - 2].key == "on" and toks[ci - 3].key in _GO_ON:
        return ci - 3
    return ci


# Verbs that put a text out: "issued a statement saying …" is the subject's statement.
_PUBLISHES = frozenset({"issued", "released", "sent", "posted", "published", "circulated", "filed", "aired", "ran"})


_WAYS = frozenset({"way", "ways"})


def _found_way(toks: list[Token], k: int, hi: int) -> bool:
    """ "found a way to …", "found ways around …", "found new ways of …": the object is a means."""
    if k < hi and toks[k].key in _WAYS:
        return True
    return k + 1 < hi and toks[k].key in ("a", "no", "new", "other", "some", "many") and toks[k + 1].key in _WAYS


def _document(tok: Token, lex: Lexicon) -> bool:
    """ "statement", "polls": a text that can say something itself."""
    return tok.key in lex.document_nouns or (tok.key.endswith("s") and tok.key[:-1] in lex.document_nouns)


def _publisher(toks: list[Token], text: tuple[int, int], lo: int, lex: Lexicon, p: Paragraph) -> tuple[int, int]:
    """Who speaks through a text: the subject of "issued a statement saying …", else the text itself."""
    verb = text[0] - 1
    if verb <= lo or toks[verb].key not in _PUBLISHES:
        return text
    return subject_left(toks, verb, lo, lex, p) or text


def _document_report(
    text: str, p: Paragraph, ci: int, cj: int, hi: int, who: tuple[int, int], cue: Cue, lex: Lexicon
) -> Frame | None:
    """ "issued a statement saying the ferry will run": the content runs to the end of the participle's phrase, at a
    comma, a bracket or a dash ("In a statement announcing the pick, the union …")."""
    toks = p.tokens
    start = skip_to_content(toks, cj, hi, lex, p)
    if start >= hi or toks[start].key in COORDINATORS or toks[start].text in (",", "("):
        return None
    if start > cj and toks[start - 1].key == "that":
        start -= 1  # "a statement saying that …": the complementizer is the content's, as after a finite cue
    if p.quote_of[start] is not None:
        content: tuple[Span, ...] = (p.quotes[p.quote_of[start]],)
    else:
        end = next((m for m in range(start, hi) if toks[m].text in _PHRASE_ENDS and p.quote_of[m] is None), hi)
        content = content_after(text, p, start, end, lex, cue)
    cue_span = Span(toks[ci].start, toks[cj - 1].end)
    return make_frame(text, p, content, who, cue_span, text[cue_span.start : cue_span.end], cue, 0.6)


_PHRASE_ENDS = frozenset({",", "(", "—", "–", "--", ";"})


def _fronted_after_that(toks: list[Token], tail: int, start: int, hi: int) -> bool:
    """ "found that in the largest counties voters …", "said in a report that about one in five …": "that" after the
    cue or its adverbial, and more words than an adverbial alone ("said that on Friday." points back; "went on to win
    that year" has no complementizer)."""
    if start <= tail or toks[start - 1].key != "that" or (start - 1 > tail and toks[tail].key == "to"):
        return False
    return sum(t.is_word for t in toks[start:hi]) > _MAX_ADVERBIAL_WORDS


AUXILIARIES = frozenset(
    {"would", "will", "could", "can", "should", "may", "might", "must", "is", "are", "was", "were", "has", "have"}
    | {"had", "does", "did"}
)


def _clause_after_quote(
    text: str, toks: list[Token], p: Paragraph, start: int, hi: int, lex: Lexicon, quote_only: bool = False
) -> int | None:
    """Where the reported clause starts when the sentence goes on past the quotation at token `start`: at the
    quotation when it opens the clause ("said “the fund” would pay", "said “new fees” and a grant would …");
    None when the quotation is all that was said ("said “Yes” when asked")."""
    k = start
    while k < hi and p.quote_of[k] == p.quote_of[start]:
        k += 1
    quote = p.quotes[p.quote_of[start]]
    if k >= hi or not toks[k].is_word or quote.end != toks[k - 1].end or _closes_sentence(text, quote):
        return None
    if toks[k].key in COORDINATORS:  # "… and the collection of taxes would …", not "… and walked out"
        nxt = toks[k + 1] if k + 1 < hi else None
        opens = nxt is not None and (nxt.is_capitalized or lex.word_class(nxt.key) in ("determiner", "pronoun"))
        return start if opens else None
    nxt = toks[k]
    if nxt.key in AUXILIARIES:
        return start
    if (
        quote_only  # "chanted “Keep it open” outside the hall": what such a cue reports is the quotation
        or nxt.is_capitalized
        or nxt.key in SUBORDINATORS
        or nxt.key in _NOT_AFTER_QUOTE
        or lex.word_class(nxt.key) in ("pronoun", "determiner")
        or lower_cue(toks, k, lex)
        or nxt.key in lex.time_words
        or (k + 1 < hi and lex.word_class(nxt.key) == "preposition" and toks[k + 1].key in lex.time_words)
    ):
        return None  # "said “Yes” when asked", "“…” the president will say", "“…” on Friday", "“…” despite …"
    return start  # "said “it gets me mad” every time he …", "“no view on the merits” of the case": the clause goes on


_NOT_AFTER_QUOTE = frozenset({"despite", "according"})  # what opens a phrase of the writer's after a quotation


def _polled_share(toks: list[Token], mention: tuple[int, int]) -> bool:
    """Whether a mention is a poll's share of people ("30 percent of voters", "62%", "three in 10")."""
    return any(
        toks[m].key in ("percent", "%") or (toks[m].key == "in" and share_in(toks, m, mention[1]))
        for m in range(mention[0], mention[1])
    )


def _manner_after(toks: list[Token], start: int, hi: int, lex: Lexicon) -> bool:
    """Whether a comma and a participle that reports nothing follow the cue (“Who knows?” Lee said, laughing.): the
    manner of saying the quotation before, no content ("…, adding that …" reports its own)."""
    return (
        start + 1 < hi
        and toks[start].text == ","
        and toks[start + 1].key.endswith("ing")
        and not toks[start + 1].is_capitalized
        and lex.cues.match_at(toks, start + 1) is None
    )


def _closes_sentence(text: str, quote: Span) -> bool:
    """Whether a quotation ends with its own punctuation (“…,” “…?”): it is whole."""
    return text[quote.start : quote.end].rstrip("".join(CLOSING)).endswith((",", ".", "!", "?", "…"))


def _object_follows(toks: list[Token], k: int, hi: int, lex: Lexicon, p: Paragraph) -> bool:
    """Whether a verb's object or clause starts at token k: a determiner, a pronoun, "that", a name or a quotation
    ("40 percent say the levy …", "52 percent support Brandt"), not a preposition ("85 percent support among …")."""
    if k >= hi:
        return False
    tok = toks[k]
    return (
        p.quote_of[k] is not None
        or tok.key == "that"
        or (tok.is_word and tok.is_capitalized)
        or lex.word_class(tok.key) in ("determiner", "pronoun")
    )


def between_cue_and_content(text: str, span: Span | None, frame: Frame) -> bool:
    """An aside set off by a comma between a cue and its content: "said, commenting on the reports, that …"."""
    return (
        span is not None
        and frame.cue is not None
        and bool(frame.content)
        and frame.cue.end <= span.start
        and span.end <= frame.content[0].start
        and "," in text[frame.cue.end : span.start]
    )


def relative_report(text: str, frame: Frame, lex: Lexicon) -> bool:
    """ "…, which he said were accompanied by …": a relative clause that reports someone else's words."""
    if frame.mention is None:
        return False
    before = text[max(0, frame.mention.start - 12) : frame.mention.start].split()
    return bool(before) and lex.word_class(before[-1].lower()) == "relative"


def frame_at(text: str, p: Paragraph, ci: int, cj: int, cue: Cue, lex: Lexicon, before: list[Frame]) -> Frame | None:
    toks = p.tokens
    continued: Span | None = None
    lo, hi = sentence_bounds(p, ci)
    cue_span = Span(toks[ci].start, toks[cj - 1].end)
    cue_text = text[cue_span.start : cue_span.end]
    if (
        cj < hi
        and toks[cj].key in _PARTICLES
        and not (cj + 1 < hi and toks[cj + 1].text == "-")
        and not approximate_number(toks, cj, hi)  # "said up to 12 cars were damaged"
    ):
        return None  # "showed up", "backed down", "called off": a phrasal verb of another sense reports nothing
    if ci > lo and toks[ci - 1].text == "," and participle_at(toks, ci, lex) and _main_cue_after(p, cj, hi, lex):
        return None  # "Resul Serdar, reporting from Istanbul, said …": an aside about the speaker, not a report
    if cj < hi and toks[cj].key == _OBJECT_FIRST.get(cue.lemma) and toks[ci].key != cue.lemma:
        return None  # "the man accused of fraud", "was charged with theft": the accused, never the accuser, is named
    if toks[ci].key == "show" and ci > lo and _show_noun(toks, ci, lex):
        return None  # "a radio show that airs at noon", "the CNN show": a programme, not what something shows
    if cue.lemma == "find" and cj < hi and (toks[cj].key in _REFLEXIVES or (ci and toks[ci - 1].key in _FOUNDERS)):
        return None  # "found himself in a bind" is where one ended up; "helped found the party" established it
    if cue.lemma == "find" and cj < hi and toks[cj].key in _FOUND_STATES and toks[ci].key != cue.lemma:
        return None  # "a man found dead on the waterfront", "was found guilty": the state the person was found in
    if cue.lemma == "report" and cj < hi and toks[cj].key in _REPORTED_STATES and toks[ci].key == "reported":
        return None  # "a woman reported missing in October", "two reported dead": a person's state, no report
    if (
        cue.lemma == "find"
        and cj + 2 < hi
        and toks[cj].key in _FOUND_PEOPLE
        and toks[cj + 1 + (toks[cj + 1].key == "not")].key in _FOUND_STATES
    ):
        return None  # "The court found him not guilty": a verdict on someone, no finding reported
    if ci == lo + 1 and toks[lo].key == "all" and cue.lemma == "tell" and cj < hi and toks[cj].text == ",":
        return None  # "All told, 40 homes were damaged": an adverb
    if (
        cj + 2 < hi
        and toks[(to := cj + (toks[cj].key == "not"))].key == "to"
        and to + 2 < hi
        and toks[to + 1].key == "be"
        and toks[to + 2].key in _NAMED
    ):
        return None  # "who did not want to be named", "declined to be identified": a request, the verb after reports
    if cj + 5 < hi and toks[cj].key == "that" and _name_withheld(toks, cj + 1, hi):
        return None  # "who asked that her name not be used": a request for anonymity, nothing reported
    if (
        cue.lemma == "call"
        and cj < hi
        and toks[cj].text[:1].isdigit()
        and not (cj + 1 < hi and lex.word_class(toks[cj + 1].key) == "determiner")
    ):
        return None  # "I called 311 four times", "call 311 for help": a number dialled ("called 2024 a lost year")
    if cue.lemma == "call" and toks[ci].key == "called" and _named_called(toks, ci, cj, hi, lex):
        return None  # "a program called Harbour Promise", "a group called Pier Watch said": a name given, no report

    if cue.lemma == "according to":
        # "According to …", "But according to …", "(According to …"
        opens = all(t.key in OPENERS or t.text in ("(", ",") for t in toks[lo:ci])
        mention = noun_phrase_right(toks, cj, hi, lex, p)
        if mention is None and cj + 1 < hi and toks[cj].key in OBJECT_PRONOUNS and not toks[cj + 1].is_word:
            mention = cj, cj + 1  # "According to her, …": "her" with nothing after it is no determiner
        if mention is None and cj < hi and toks[cj].is_word:
            # "According to some on the council, …", "…, according to the “Harbour for all” document.": whatever
            # the source is called, up to the comma that opens the content or the end of the sentence
            mention = _source_to_comma(toks, cj, hi, p) if opens else _source_to_end(toks, cj, hi, p)
        if mention is None:
            return None
        mention = _with_issuer(toks, mention, hi, lex, p)  # "…, according to a news release from the RCMP."
        if opens:
            mention = through_modifiers(toks, mention, hi, p)  # "According to a source in the delegation, …"
        # "…, according to the board chair, Colleen Ramsay.": the name in apposition to the role
        mention = mention[0], name_after_role(text, toks, mention, hi, lex, p)
        after = mention[1]
        if (
            after + 1 < hi
            and toks[after].text == ","
            and (
                lex.word_class(toks[after + 1].key) == "relative"
                # "According to X, speaking on the air of Espreso, …": the aside says where X said it
                or (
                    opens
                    and not toks[after + 1].is_capitalized
                    and participle_at(toks, after + 1, lex)
                    and any(toks[m].text == "," and p.quote_of[m] is None for m in range(after + 2, hi - 1))
                )
            )
        ):
            # "according to Bloomberg, which cited two people …, …": the relative clause says where the outlet
            # had it from; the content is before the cue or after the clause's closing comma.
            close = next((m for m in range(after + 2, hi - 1) if toks[m].text == "," and p.quote_of[m] is None), None)
            if ci > lo or close is None:
                content = content_before(text, p, lo, ci)
            else:
                content = content_after(text, p, past_opener(p, close + 1, hi), hi, lex)
            return make_frame(text, p, content, mention, cue_span, cue_text, cue, 0.8)
        if (
            after + 1 < hi
            and toks[after].text == ","
            and (cited := cited_phrase(toks, after + 1, hi, lex, p)) is not None
            and cited_source(text, toks, cited, lex)
            and is_outlet_mention(toks[mention[0] : mention[1]], lex)
        ):
            # "…, according to Axios, citing two US officials.": the officials spoke, the outlet relays them
            if ci > lo or not closed_by_comma(toks, cited, hi):
                content = content_before(text, p, lo, ci)
            else:
                content = content_after(text, p, past_opener(p, cited[1] + 1, hi), hi, lex)
            return make_frame(text, p, content, cited, cue_span, cue_text, cue, 0.8)
        if after + 1 < hi and toks[after].text == "," and ci > lo and toks[ci - 1].text == ",":
            content = content_before(text, p, lo, ci)
            if not _speaker_aside(toks, lo, ci, after + 1, hi, lex) and toks[after + 1].key not in COORDINATORS:
                content += content_after(text, p, past_opener(p, after + 1, hi), hi, lex)  # "Fundraising, …, is up."
        elif after + 1 < hi and toks[after].text == "," and not (ci > lo and toks[after + 1].key in COORDINATORS):
            content = content_after(text, p, past_opener(p, after + 1, hi), hi, lex)  # According to X, CONTENT.
        else:
            content = content_before(text, p, lo, ci)  # CONTENT, according to X.
        return make_frame(text, p, content, mention, cue_span, cue_text, cue, 0.8)

    if cue.form in RAISING_FORMS and (raised := raised_subject(text, p, ci, cj, lo, hi, cue, lex)) is not None:
        return raised  # "The House is expected to pass the bill"
    if cue.lemma in RAISING_VERBS:
        return raised_subject(text, p, ci, cj, lo, hi, cue, lex)  # "The talks seem to have stalled", or nothing

    if cue.lemma in lex.relay_cues and as_cue(toks, noun_phrase_right(toks, cj, hi, lex, p), hi, lex, p):
        return None  # "TASS quoted Lavrov as saying …": the report is the cue after "as", and Lavrov's
    be = progressive_be(toks, ci, lo, lex)
    relay = None if be is not None else relay_clause(toks, ci, lo, lex, p)
    as_at = ci - 1 - (ci - 2 >= lo and toks[ci - 1].key in _AS_BE)  # "…, as was stated by …"
    if relay is None and as_at >= lo and toks[as_at].key == "as" and cj + 1 < hi and toks[cj].key == "by":
        # "…, as reported by the BBC Russian service" / "As reported by TASS, …"; a speaker described and named
        # ("…, as stated by the head of the delegation, presidential aide Vladimir Medinsky") as "This was stated by"
        passive_speech = (
            cue.speech and cue.lemma not in lex.relay_cues and cue.lemma not in lex.outlet_shapes.get("report", ())
        )
        mention = (agent_phrase if passive_speech else noun_phrase_right)(toks, cj + 1, hi, lex, p)
        if mention is None:
            return None
        if as_at == lo and mention[1] < hi and toks[mention[1]].text == ",":
            content = content_after(text, p, mention[1] + 1, hi, lex)
        else:
            content = content_before(text, p, lo, as_at)
        return make_frame(text, p, content, mention, cue_span, cue_text, cue, 0.7)

    if (
        cj < hi
        and toks[cj].key == "by"
        and cue.lemma not in lex.relay_cues
        and (passive := passive_report(text, p, ci, cj, lo, hi, cue, lex)) is not None
    ):
        return passive  # "Trump was attacked by Clinton"

    if (
        ci > lo
        and toks[ci - 1].text == ","
        and cue.lemma in lex.outlet_shapes.get("report", ())
        and _name_ends(toks, cj, hi)
        and ci - 2 >= lo
        and (said := lex.cues.match_at(toks, ci - 2)) is not None
        and said[1].speech
    ):
        return None  # "…, the ministry said, reports Suspilne.": the relay of the report before, none of its own
    if ci > lo and toks[ci - 1].text == "," and reported_after(text, p, cited_phrase(toks, ci, hi, lex, p), hi, lex):
        return None  # "Interfax, citing a source, reported …": the aside names the report's speaker
    if cue.lemma in lex.question_cues and toks[ci].key.endswith("ed") and unanswered_question(p, ci, lo, hi, lex):
        return None  # "Tremblay, asked about his saves, shrugged."
    if cue.lemma in lex.question_cues and (asked := passive_question(text, p, ci, cj, lo, hi, cue, lex)):
        return asked
    sentence_start = toks[lo].start
    head = _aspect_head(toks, ci, lo)  # "went on to say …", "continued to question …": the subject is the first verb's
    # "…, Peskov said, adding …": a participle after a report in the same sentence continues it.
    continues = (
        toks[head].key.endswith("ing")
        and head > lo
        and toks[head - 1].text == ","
        and bool(before)
        and before[-1].cue is not None
        and sentence_start <= before[-1].cue.start < toks[ci].start
        and not inside_any(toks[ci].span, before[-1].content)
    )
    if relay is not None:
        mention = relay[0]
    else:
        mention = None if continues else subject_left(toks, head if be is None else be, lo, lex, p)
        if mention is not None and (quoted := relayed_subject(text, toks, mention, lo, lex, p)) is not None:
            mention = quoted  # "…, a Ukrainian official quoted by Politico said": the official speaks
        if (
            not continues
            and be is None
            and " who" in text[toks[lo].start : toks[head].start]  # one look at the text before any token's
            and (who := _who_clause_subject(toks, head, lo, lex, p)) is not None
            and (mention is None or mention[0] > who[1])
            and (mention is None or lex.word_class(toks[mention[0]].key) != "pronoun")  # "… because they feared"
        ):
            mention = who  # "A man who lives nearby said …": the man, not "nearby" nor the clause's object
    if cue.lemma == "cite" and mention is not None and lex.word_class(toks[mention[0]].key) == "relative":
        return None  # "…, according to Bloomberg, which cited two people …": the relay's source, no statement
    if mention is not None and toks[mention[1] - 1].key in ("percent", "%") and cue.form == cue.lemma:
        # "85 percent support among …" is a noun phrase; "Twelve percent indicated …", "47% say they …" report
        mention = mention if _object_follows(toks, cj, hi, lex, p) else None
    inverted = chained = joined = False
    if mention is None and ci == lo and cue.form == cue.lemma and not continues:
        return None  # "Ask the expert: …", "Tell us your story": an imperative opening the sentence reports nothing
    if mention is None:
        # "… and is saying …": the coordinator before the progressive's "is" (not "are said to be urging")
        k = (head if be is None or toks[be].key == "be" else be) - 1
        while k >= lo and is_adverbial(toks[k], lex):
            k -= 1
        prev = toks[k] if k >= lo else None
        if prev is None or prev.text in (",", ":") or p.quote_of[k] is not None:
            mention = noun_phrase_right(toks, cj, hi, lex, p)
            if mention is not None and not ends_inverted(toks, mention[1], hi, lex):
                mention = None  # "adding he would never vote": the phrase is the content's subject
            if mention is not None:
                mention = mention[0], member_body_right(text, toks, mention, hi, lex, p)
                mention = mention[0], name_after_role(text, toks, mention, hi, lex, p)
            if mention is not None and toks[ci].key.endswith("ing"):
                mention = None  # "…," said Caddell, but never "…, speaking of the health issue"
            if mention is not None and cue.form == cue.lemma and all(t.text.isdigit() for t in toks[slice(*mention)]):
                return None  # "If you need help, call 988.": an imperative and a number ("…, say 12 of them" speak)
            inverted = mention is not None
        participle = toks[head].key.endswith("ing")
        joined = prev is not None and (
            prev.key in COORDINATORS or (participle and (prev.text == "," or lex.word_class(prev.key) == "preposition"))
        )
        if mention is None and joined:
            # "…, stating …" continues the statement just made; "Cruz exhorted … and said …",
            # "Trump revised his plan, promising …" are the sentence subject's.
            if participle and prev.text == "," and before and before[-1].cue and before[-1].cue.start >= sentence_start:
                if any(c.start == toks[ci].start for c in before[-1].content):
                    return (
                        None  # "According to Kemp, talking about it is pointless": the gerund is the content's subject
                    )
                chained = True
                continued = before[-1].mention
                if cue.lemma == "cite" and continued is not None and continued.start >= toks[cj].start:
                    return None  # "…, TASS reported, citing a source": the source is the report's speaker
                if cue.lemma == "cite" and continued is not None and relay_mention(text, before[-1], lex):
                    return None  # "…, Umerov said, UP reports, citing its sources": the outlet relays his words
            elif (
                prev.key in COORDINATORS
                and present_form(cue)
                and _past_report_before(toks, before, sentence_start, lex)
            ):
                return None  # "said she supports the plant but wants …": the present verb is the reported clause's
            else:
                mention = sentence_subject(toks, lo, k, lex, p) or _shared_subject(toks, before, lo, ci)
        if mention is None and not chained:
            return None
    if (
        not chained
        and not inverted
        and not joined
        and be is None
        and relay is None
        and toks[ci].key.endswith("ing")
        and not (mention is not None and toks[mention[1]].text == ",")
        # "with 30 percent of voters saying they …" goes on: a poll's share of people reports what it said
        and not (mention is not None and cue.lemma == "say" and _polled_share(toks, mention))
    ):
        # "the officials saying…" without a finite verb is not a report here, unlike an aside about the
        # speaker ("Lindsey Graham, R-S.C., now saying …") or a text that says it ("a statement saying …").
        if mention is None or not _document(toks[mention[1] - 1], lex) or mention[0] == lo:
            return None  # "New polls showing Moss ahead alarmed …": the text is a subject, its clause unknown
        return _document_report(text, p, ci, cj, hi, _publisher(toks, mention, lo, lex, p), cue, lex)
    who = continued if chained else mention
    aside = None if inverted or mention is None else aside_cited(toks, mention, lex, p)
    if aside is not None and cited_source(text, toks, aside, lex):
        who = aside  # "Interfax, citing a diplomatic source, reported …": the source spoke through Interfax
    elif (fronted := _fronted_citing(text, toks, mention, lo, lex, p)) is not None and not inverted:
        who = fronted  # "Citing a source in the delegation, Hromadske said …": as the aside
    tail = mention[1] if inverted else cj
    if relay and toks[tail].key == "by" and (agent := noun_phrase_right(toks, tail + 1, hi, lex, p)):
        tail = agent[1]  # "was quoted as saying by TASS that …": the outlet only relays
    start = skip_to_content(toks, tail, hi, lex, p, addressee=cue.lemma in lex.addressee_cues)
    if cue.lemma == "ask" and (_request(toks, start, hi, p) or _asked_for(toks, tail, start, p)):
        return None  # "We asked Maya Torres, a florist, for her advice": a request, nothing said
    if cue.lemma == "ask" and start > tail and toks[start].key == "to" and not inverted:
        start = tail  # "asked the congregation to stand": the request takes in whom it asks (as PolNeAR marks it)
    if cue.lemma == "deny" and _refused(toks, start, hi, lex):
        return None  # "A judge denied bail to the accused": a refusal, no denial that something is so
    if cue.lemma in _REFUSALS and _pronoun_refused(toks, tail, hi):
        return None  # "The Supreme Court declined it.": a thing refused ("denied it" denies that it is so)
    if cue.lemma == "find" and _found_way(toks, start, hi):
        return None  # "The council found a way to pay for it": a means, no finding
    if cue.lemma in _ASSENTS and _assent_to_thing(toks, tail, hi, lex):
        return None  # "Kyiv agreed to a ceasefire that …", "… to a ceasefire, the minister said": assent, nothing said
    if not inverted and cj < hi and toks[cj].key == "to" and cue.lemma in _TOLD_TO and toks[ci].key != cue.lemma:
        # "Residents urged to prepare sandbags": a headline's passive names who was urged, not who urged; "He
        # asked to speak to the manager" asks for something
        return None
    clause_start = min(ci, mention[0]) if mention is not None else ci
    if relay is not None:
        clause_start = min(clause_start, relay[1])  # "“…,” TASS quoted Lavrov as saying"
    if clause_start > lo and toks[clause_start - 1].key == "as":
        clause_start -= 1  # "…, as Lavrov put it."
        if clause_start == lo and start < hi and toks[start].text == ",":
            start += 1  # "As Lavrov put it, the talks …"

    # "QUOTE," SPEAKER CUE (, "QUOTE") — the clause sits right after a quotation, maybe splitting it.
    quote_before = quote_ending_at(p, clause_start, lo)
    if (
        quote_before is not None
        and quote_before.end <= toks[lo].start
        and not only_adverbials(toks, start, hi, lex, p)
        and not _manner_after(toks, start, hi, lex)
    ):
        quote_before = None  # “We will win.” Smith said the plan was fine. — the report follows the cue
    quote_after = p.quotes[p.quote_of[start]] if start < hi and p.quote_of[start] is not None else None
    if quote_after is not None and (not quote_starts_clause(toks, start, tail) or possessed_at(toks, start)):
        quote_after = None  # "told CBS's “Face the Nation”": a possessed quotation is a title
    if quote_after is not None and quote_before is None and toks[start - 1].key == "that":
        quote_after = None  # "said that “…”": the complementizer makes it a reported clause that quotes
    if quote_after is not None and quote_before is None:
        clause = _clause_after_quote(text, toks, p, start, hi, lex, cue.lemma in lex.quote_only_cues)
        if clause is not None:  # "said “budget reforms” and unpaid taxes would pay for it": a clause that quotes
            quote_after, start = None, clause
    if quote_before is not None:
        content = (quote_before, quote_after) if quote_after is not None else (quote_before,)
        return make_frame(text, p, content, who, cue_span, cue_text, cue, 0.9, chained=chained)
    # SPEAKER CUE: "QUOTE" — possibly the quote opens the next paragraph.
    if quote_after is not None:
        content = (quote_after,)
        if mention is not None and _fragment_then_quote(toks, lo, clause_start, start, hi, inverted, lex, p):
            # "A slow winter, he said, “could be a good time …”": the words before the cue clause begin the quoted
            # sentence (PolNeAR's content runs from them)
            content = content_before(text, p, lo, clause_start) + content
        return make_frame(text, p, content, who, cue_span, cue_text, cue, 0.9, chained=chained)
    if (
        toks[hi - 1].text == ":"
        and not inverted
        and (all(t.text == ":" for t in toks[start:hi]) or only_adverbials(toks, start, hi - 1, lex, p))
    ):  # "X said:", "X said in his nightly address:" with the quotation after it
        return make_frame(text, p, (), who, cue_span, cue_text, cue, 0.7, chained=chained, wants_next_quote=True)
    if cue.lemma in lex.quote_only_cues and not (start > tail and toks[start - 1].key == "that"):
        return None  # "joked about the weather" reports nothing; "posted on X that …" does
    if cj - ci > 1 and only_adverbials(toks, start, hi, lex, p) and lex.word_class(toks[cj - 1].key) is None:
        # "expressed satisfaction with the outcome": without a clause, the noun is what was expressed.
        cue_span = Span(toks[ci].start, toks[cj - 2].end)
        cue_text = text[cue_span.start : cue_span.end]
        return make_frame(
            text, p, content_after(text, p, cj - 1, hi, lex, cue), who, cue_span, cue_text, cue, 0.6, chained=chained
        )
    if titled_work(toks, start, hi, lex, p):
        return None  # "wrote the book “War and Peace”": a work and its title, not something said
    if clause_start == lo and not inverted and (added := _participle_content(toks, start, hi, lex, p)) is not None:
        # "Lia Moss said, adding that the team would return": the report with no words of its own is the participle's
        return make_frame(text, p, content_after(text, p, added, hi, lex, cue), who, cue_span, cue_text, cue, 0.7)
    # SPEAKER CUE (that) CONTENT — not "who said and did …", where the cue is one of two verbs.
    if (
        start < hi
        and toks[start].key not in COORDINATORS
        # "found that in the largest counties voters …": after "that", a fronted adverbial opens the clause
        and (not only_adverbials(toks, start, hi, lex, p) or _fronted_after_that(toks, tail, start, hi))
        and not (toks[start].text == "," and start + 1 < hi and participle_at(toks, start + 1, lex))
        # "…, Ann Lee announced Tuesday as she tabled the budget": a clause of time, the content before the comma
        and not (
            clause_start > lo
            and toks[clause_start - 1].text == ","
            and (toks[start].key in _TIME_OPENERS or toks[start].key in lex.time_words)
            and _time_clause(toks, start, hi, lex)
            and not _opening_phrase(toks, lo, clause_start - 1, lex)  # "In Halifax, she said when she …"
        )
    ):
        # The complementizer belongs to the reported clause ("announced [that the delegation …]").
        opener = start - 1 if start > tail and toks[start - 1].key == "that" else start
        lead = next((m for m in range(opener, min(hi - 1, opener + _MAX_LEAD_WORDS + 1)) if toks[m].text == ":"), None)
        if lead is not None and p.quote_of[lead + 1] is not None and toks[opener].key != "that":
            opener = lead + 1  # "added warily: “…”", "explained it this way: “…”": the quotation is what was said
        if (
            opener == tail
            and opener + 1 < hi
            and toks[opener].key in _VERB_PARTICLES
            and toks[opener + 1].is_word
            and not approximate_number(toks, opener, hi)  # "said about 4,000 runners took part"
        ):
            opener += 1  # "railed against the levy", "called out two councillors": the word is the verb's
        content = content_after(text, p, opener, subordinate_end(p, lo, ci, opener, hi, lex), lex, cue)
        if toks[start - 1].key == "that" and _relative_that(toks, lo, clause_start, tail, start, lex):
            content = content_before(text, p, lo, clause_start)
        elif toks[start].text == "," and inverted and appositive_at(toks, start + 1, hi, lex):
            content = content_before(text, p, lo, clause_start)  # "…, said Lee Epstein, who teaches …"
        elif (
            clause_start > lo
            and toks[clause_start - 1].text == ","
            and (
                toks[start].text == ","
                or (start - 1 > tail and toks[start - 1].text == "," and p.quote_of[start] is None)
                or cited_phrase(toks, start, hi, lex, p) is not None  # "…, Ukrinform reports citing the ministry."
            )
        ):
            # CONTENT, SPEAKER CUE, CONTENT: a parenthetical cue inside one reported sentence, maybe
            # with its own adverbial ("The plan, she said on Friday, was …") — unless a reporting
            # participle follows ("…, TASS reported, citing a source"): then the content ended before.
            rest = start + 1 if toks[start].text == "," else start
            content = content_before(text, p, lo, clause_start)
            chain = lex.cues.match_at(toks, rest) if toks[rest].key.endswith("ing") else None
            cited = cited_phrase(toks, rest, hi, lex, p)
            if (
                chain is None
                and cited is None
                and not participle_at(toks, rest, lex)
                and not _relay_report_at(toks, rest, hi, lex)
            ):
                # not "…, one source said, speaking on …", nor "…, Umerov said, Suspilne reports."
                content += content_after(text, p, rest, hi, lex, cue)
            elif (
                cited
                and cited_source(text, toks, cited, lex)
                and not _reports_inside(text, toks, lo, clause_start, before)
            ):
                who = cited  # "…, TASS reported, citing a source in the delegation": the source spoke
        elif toks[start].text == "," and as_cue(toks, cited_phrase(toks, start + 1, hi, lex, p), hi, lex, p):
            return None  # "Interfax reported, quoting Peskov as saying …": the report is Peskov's, after "as"
        elif (
            toks[start].text == ","
            and (cited := cited_phrase(toks, start + 1, hi, lex, p))
            and closed_by_comma(toks, cited, hi)
        ):
            # "Interfax reported, citing a diplomatic source, that …": the content follows the aside.
            after = skip_to_content(toks, cited[1] + 1, hi, lex, p)
            if after >= hi:
                return None
            opener = after - 1 if after > cited[1] + 1 and toks[after - 1].key == "that" else after
            content = content_after(text, p, opener, hi, lex, cue)
            if cited_source(text, toks, cited, lex):
                who = cited
        elif (
            cue.lemma in lex.relay_cues
            and (cited := cited_phrase(toks, ci, hi, lex, p))
            and closed_by_comma(toks, cited, hi)
            and toks[cited[1] + 1].key == "that"
        ):
            if names_outlet(text, phrase_span(toks, cited), lex):
                return None  # "Interfax reported, citing TASS, that …": the channel, not a statement
            # "Interfax reported, citing internal documents, that …": the aside ends at its comma, and its
            # speaker is the report's, named before the content the frames are ordered by.
            content, chained = trimmed_spans(text, toks[cited[0]].start, toks[cited[1] - 1].end), False
        elif clause_start > lo and toks[clause_start - 1].key in WH_WORDS and not chained:
            # "…, which he said were accompanied by …": the relative word stands for part of the content.
            content = (toks[clause_start - 1].span, *content)
        return make_frame(text, p, content, who, cue_span, cue_text, cue, 0.7, chained=chained)
    # CONTENT, SPEAKER CUE — the clause must follow a comma, maybe one inside a closing mark (“…,” she said).
    lead_in = text[max(toks[lo].start, toks[clause_start].start - 8) : toks[clause_start].start]
    # Not for a relative clause ("…, said O'Donnell, who wrote about it"): what precedes it is not its content.
    if (
        clause_start > lo
        and lead_in.rstrip().rstrip("".join(CLOSING)).endswith(",")
        and lex.word_class(toks[clause_start].key) != "relative"
    ):
        if _opening_phrase(toks, lo, clause_start - 1, lex):
            return None  # "In the book, Atwood writes about …": a prepositional phrase is no content
        content = content_before(text, p, lo, clause_start)
        if content and (rest := _parenthetical_rest(toks, ci, cj, hi, mention, inverted, lex, p)) is not None:
            content += content_after(text, p, rest, hi, lex, cue)  # "The plan would be helped, she said, by …"
        if content:
            if (
                (cited := cited_phrase(toks, tail, hi, lex, p))
                and cited_source(text, toks, cited, lex)
                and not _reports_inside(text, toks, lo, clause_start, before)
            ):
                who = cited  # "…, Ukrinform reports with reference to the ministry."
            return make_frame(text, p, content, who, cue_span, cue_text, cue, 0.8, chained=chained)
    return None


def _fragment_then_quote(
    toks: list[Token], lo: int, clause_start: int, start: int, hi: int, inverted: bool, lex: Lexicon, p: Paragraph
) -> bool:
    """Whether a cue clause set between commas splits one sentence whose first words are unquoted and whose rest is
    the quotation after it, to the sentence's end; not a fronted phrase of place or time ("In Halden, she said,
    “…”"), nor a sentence whose first words hold a quotation."""
    if inverted or clause_start <= lo + 1 or toks[clause_start - 1].text != "," or toks[start - 1].text != ",":
        return False
    q = p.quote_of[start]
    if any(p.quote_of[k] is not None for k in range(lo, clause_start)):
        return False
    if any(p.quote_of[k] != q and toks[k].is_word for k in range(start, hi)):
        return False
    first = past_opener(p, lo, clause_start)
    if first >= clause_start - 1 or lex.word_class(toks[clause_start].key) == "relative":
        return False
    key, last = toks[first].key, toks[clause_start - 2].key
    if (
        lex.word_class(key) == "preposition"
        or key in _FRONTED_NOT_SAID
        or key.endswith(("ing", "ed"))
        or key in lex.time_words
        or last in lex.time_words
        or last.endswith("ed")
    ):  # "At a rally, …", "Asked about it, …", "Holding a book, …", "Minutes later, …": the speaker's circumstances
        return False
    return not any(lex.cues.match_at(toks, k) for k in range(first, clause_start - 1))  # "…, which notes, “…”"


_AS_BE = frozenset({"was", "is", "were"})
_FRONTED_NOT_SAID = frozenset({"as", "after", "before", "when", "while", "once", "since"})


def _show_noun(toks: list[Token], ci: int, lex: Lexicon) -> bool:
    """Whether "show" is a programme's noun: after a medium ("TV", "radio"), a kind of programme ("reality", "talk")
    or a listed outlet ("the CNN show"), where the verb would agree with a plural ("polls show", "records show")."""
    prev = toks[ci - 1]
    return (
        prev.key in _SHOW_KINDS
        or lex.media_nouns.match_at(toks, ci - 1) is not None
        or (prev.key in lex.outlets.first_keys and lex.outlets.get(prev.text) is not None)
    )


_SHOW_KINDS = frozenset({"reality", "talk", "game", "cooking", "quiz", "chat", "variety", "slide", "morning", "news"})


def _named_called(toks: list[Token], ci: int, cj: int, hi: int, lex: Lexicon) -> bool:
    """Whether "called" names what stands before it: a capitalised name follows it and ends the clause (its end, a
    bracket, a reporting verb: "a group called Pier Watch said …"; a comma after a common noun: "a program called
    Harbour Promise, which …"), where a report goes on to what was called so ("called Moss a liar", "called Moss
    reckless", "Kemp called Moss, his rival, a liar")."""
    k = cj
    while k < hi and (
        (toks[k].is_word and (toks[k].is_capitalized or toks[k].key in _NAME_LINKS))
        or (toks[k].text == "." and k > cj and len(toks[k - 1].text) <= 3 and k + 1 < hi and toks[k + 1].is_capitalized)
    ):  # "Friends of the Pier", "Mrs. Moss"
        k += 1
    if k == cj or not toks[k - 1].is_capitalized or toks[k - 1].key.endswith(("'s", "’s")):
        return False  # "called Moss's plan …": what was called so is hers
    if k < hi and toks[k].text == ",":
        prev = toks[ci - 1] if ci else None  # "a program called …,", "the resort, now called …,"
        return (
            prev is not None
            and prev.is_word
            and not prev.is_capitalized
            and (lex.word_class(prev.key) is None or prev.key in _RENAMED)
        )
    return k >= hi or toks[k].text in _NAME_ENDS or lower_cue(toks, k, lex)


_NAME_LINKS = frozenset({"of", "the", "for", "and"})  # inside a name: "Friends of the Pier"
_NAME_ENDS = frozenset({".", ")", ";", "!", "?"})
_RENAMED = frozenset({"now", "formerly", "once", "also"})


def _reports_inside(text: str, toks: list[Token], lo: int, end: int, before: list[Frame]) -> bool:
    """Whether the content before a relay's cue holds a named person's report ("Umerov said …, UP reports with
    reference to its sources", "…, Umerov said, UP reports, citing its sources"): the words are his, and the source
    cited only relays them, as the outlet does. A cue in the content that made no frame ("the board will ask for …")
    is not, nor a body's act the source tells of ("The Russian side demanded that …, Glavcom reported, citing a
    member of the delegation")."""
    first, last = toks[lo].start, toks[end - 1].end
    for f in reversed(before):  # in the order of their cues: only the last few can lie in this sentence
        if f.cue is not None and f.cue.start < first:
            return False
        if f.speech and f.cue is not None and f.mention is not None and f.cue.start < last and _named(text, f.mention):
            return True
    return False


def _named(text: str, mention: Span) -> bool:
    """Whether a mention ends in a capitalised name and opens with no article ("Defense Minister Rustem Umerov",
    "Umerov"; not "The Russian side", "the ministry")."""
    words = text[mention.start : mention.end].split()
    return bool(words) and words[0].lower() != "the" and words[-1][:1].isupper()


# What opens the rest of a sentence after a parenthetical cue clause but is no continuation of the content: a
# participle or relative clause about the speaker, a coordinated or contrasting clause, a report's circumstances.
_NOT_CONTINUED = frozenset({"who", "whose", "which", "according", "while", "as", "and", "but", "on", "speaking"})


_NAMED = frozenset({"named", "identified", "quoted"})  # "asked not to be named", "declined to be identified"
_WITHHELD = frozenset({"used", "published", "given", "printed", "shared", "disclosed", "revealed"})


def _name_withheld(toks: list[Token], k: int, hi: int) -> bool:
    """ "her name not be used", "his last name not be published" (from toks[k]): a possessive, "name", "not be" and a
    participle of giving it out."""
    if toks[k].key not in ("her", "his", "their", "my", "our"):
        return False
    m = k + 1 + (toks[k + 1].key in ("full", "last", "first", "real"))
    return (
        m + 3 < hi
        and toks[m].key in ("name", "names")
        and toks[m + 1].key == "not"
        and toks[m + 2].key == "be"
        and toks[m + 3].key in _WITHHELD
    )


def _names_before(tok: Token, lex: Lexicon) -> bool:
    """Whether a word before a comma ends a name a phrase after it describes ("Ann Lee, a lawyer", "McClellan
    (D-Richmond), an attorney"), not a day ("on Saturday, a woman who …")."""
    return tok.text == ")" or (tok.is_capitalized and tok.key not in lex.time_words)


# Words that single out a subject before it ("Even Republicans who …", "Only those who …").
_FOCUS = frozenset({"even", "only", "especially", "particularly"})
_WHO_CLAUSE_TOKENS = 20  # "who was on duty the night a 74-year-old man died in a Sudbury hospital hallway"


def _who_clause_subject(toks: list[Token], head: int, lo: int, lex: Lexicon, p: Paragraph) -> tuple[int, int] | None:
    """The antecedent of a restrictive "who"/"whose" clause that ends right before the verb: "A man who lives nearby
    said", "An official who spoke anonymously said", "Officials whose laws were struck down say" (no comma between:
    "…, who lives nearby," is an aside the subject reading already passes over). The phrase is the sentence's
    subject: it opens the sentence or follows a fronted phrase's comma ("Moss met a man who …" is Moss's)."""
    r = head - 1
    while r > lo and head - r <= _WHO_CLAUSE_TOKENS and toks[r].key not in ("who", "whose"):
        glued = toks[r].text == "-" and toks[r - 1].end == toks[r].start
        if toks[r].text == "," and p.quote_of[r] is None:
            return _who_aside_subject(toks, head, lo, lex, p)  # "…, and who asked not to be named, said"
        if not (toks[r].is_word or glued) or p.quote_of[r] is not None:
            return None  # a quotation, a mark (not a hyphen: "74-year-old"): no restrictive clause reaches the verb
        r -= 1
    if r <= lo or toks[r].key not in ("who", "whose") or r == head - 1 or not toks[r - 1].is_word:
        return None
    np = (r - 1, r) if toks[r - 1].key == "those" else noun_phrase_left(toks, r - 1, lo, lex, p)
    if np is None or np[1] != r:
        return None
    if np[0] - 2 >= lo and toks[np[0] - 1].key == "and":
        first = noun_phrase_left(toks, np[0] - 2, lo, lex, p)
        if first is not None and first[1] == np[0] - 1:
            np = first[0], np[1]  # "Hawkins and others who want …": both speak
    if np[0] - 1 > lo and toks[np[0] - 1].text == ",":
        if _names_before(toks[np[0] - 2], lex):
            return None  # "Ann Lee, a lawyer who led the team, …": the phrase is in apposition, its name speaks
    elif any(t.key not in OPENERS and t.key not in _FOCUS and not is_adverbial(t, lex) for t in toks[lo : np[0]]):
        return None  # an object's clause ("met a man who …"), not the subject's ("Even economists who …" is)
    return np if plausible(toks[np[0] : np[1]], lex) else None


def _who_aside_subject(toks: list[Token], head: int, lo: int, lex: Lexicon, p: Paragraph) -> tuple[int, int] | None:
    """ "An elderly woman whose home was broken into in October, and who asked not to be named, said": the phrase
    opening the sentence before its first "who"/"whose", when the clauses run with their commas up to a comma right
    before the verb."""
    if head - 1 <= lo or toks[head - 1].text != "," or toks[head].key.endswith("ing"):
        return None  # "…, warning that …" goes on from the sentence's verb
    w = next((m for m in range(lo + 1, head) if toks[m].key in ("who", "whose")), None)
    if w is None or head - w > _WHO_ASIDE_TOKENS or any(p.quote_of[m] is not None for m in range(w, head)):
        return None
    np = noun_phrase_left(toks, w - 1, lo, lex, p)
    if np is None or np[1] != w or any(t.key not in OPENERS for t in toks[lo : np[0]]):
        return None  # "Ann Lee, who lives nearby, said" is read as an aside after a name
    return np if plausible(toks[np[0] : np[1]], lex) else None


_WHO_ASIDE_TOKENS = 40  # tokens from the first "who" to the verb's comma
_ASIDE_WORDS = frozenset({"although", "though", "including", "which", "who"})
_MIN_CLAUSE_WORDS = 6


def _speaker_aside(toks: list[Token], lo: int, ci: int, k: int, hi: int, lex: Lexicon) -> bool:
    """Whether the words after "…, according to X," describe X or comment on the report ("a Republican pollster",
    "R-Mass.", "which conducted the poll", "although …", "citing …") rather than finish the content ("Fundraising,
    according to X, is up"): a clause before the cue is whole when it is long, opens with no subordinator ("While
    most were …, according to X, two were …") and does not stop at a conjunction ("after, according to X, …")."""
    tok = toks[k]
    if tok.key in _ASIDE_WORDS or (tok.key.endswith("ing") and not tok.is_capitalized):
        return True
    last = toks[ci - 2].key
    open_ended = last in SUBORDINATORS or last in COORDINATORS or last == "that"
    return (
        sum(t.is_word for t in toks[lo:ci]) > _MIN_CLAUSE_WORDS
        and not (toks[lo].key in SUBORDINATORS and not any(t.text == "," for t in toks[lo : ci - 1]))
        and not open_ended
        and lex.word_class(last) != "preposition"
        and appositive_at(toks, k, hi, lex)
    )


_MAX_SOURCE_WORDS = 12


def _source_to_comma(toks: list[Token], cj: int, hi: int, p: Paragraph) -> tuple[int, int] | None:
    """A source after a sentence-opening "according to", up to the comma before the content."""
    for m in range(cj + 1, min(hi - 1, cj + _MAX_SOURCE_WORDS)):
        if toks[m].text == "," and p.quote_of[m] is None:
            return cj, m
    return None


def _source_to_end(toks: list[Token], cj: int, hi: int, p: Paragraph) -> tuple[int, int] | None:
    """A source after "…, according to" that runs to the end of the sentence, quoted titles and all."""
    end = hi - 1 if toks[hi - 1].text in (".", "!", "?") else hi
    if end - cj > _MAX_SOURCE_WORDS or any(
        toks[m].text in (",", ";", ":") and p.quote_of[m] is None for m in range(cj, end)
    ):
        return None
    return cj, end


def _shared_subject(toks: list[Token], before: list[Frame], lo: int, ci: int) -> tuple[int, int] | None:
    """ "In a speech on Tuesday Okafor claimed victory and argued …": the second verb's subject is the one the
    report just before it in the sentence found, where the sentence's start shows none."""
    if not before:
        return None
    last = before[-1]
    mention, cue = last.mention, last.cue
    if last.chained or mention is None or cue is None:
        return None
    if not toks[lo].start <= mention.start < mention.end <= cue.start < toks[ci].start:
        return None  # an inverted speaker ("…, said Lee, and added …") or another sentence's
    first = bisect_left(toks, mention.start, key=token_start)
    return first, bisect_left(toks, mention.end, lo=first, key=token_start)


_MAX_OPENING_PHRASE = 6


def _relative_that(toks: list[Token], lo: int, clause_start: int, tail: int, start: int, lex: Lexicon) -> bool:
    """ "Police need a warrant, the court ruled Friday in a 5-4 decision that splits the court": after a clause
    fronted before the cue's, a "that" past the cue's adverbial opens a relative clause about its noun, no content
    ("The court said in a ruling that …" without the fronted clause reports what follows)."""
    return (
        clause_start - lo > _FRONTED_WORDS
        and toks[clause_start - 1].text == ","
        and start - 1 > tail
        and toks[start - 2].is_word
        and lex.word_class(toks[lo].key) != "preposition"
        and not toks[lo].key.endswith(("ing", "ed"))  # "Claiming the criticism is …, Trump said": a participle's
        and all(t.text != "," for t in toks[lo : clause_start - 1])  # not "The head of the Metro, Yuri Dorofeev,"
        # the verb of the relative clause right after "that", then its object: "that splits the court", not "that
        # trains on the line would run", "that delegates can't be bound"
        and start + 1 < len(toks)
        and toks[start].key.endswith(("s", "ed"))
        and not toks[start].is_capitalized
        and lex.word_class(toks[start].key) is None
        and lex.word_class(toks[start + 1].key) == "determiner"
    )


_FRONTED_WORDS = 5  # tokens of a clause before the cue's ("In the end," is an opening phrase, no content)


def _opening_phrase(toks: list[Token], lo: int, comma: int, lex: Lexicon) -> bool:
    """Whether the words before the comma at `comma` are a short prepositional phrase opening the sentence ("In the
    book,", "After the game,"), with no comma or quotation of their own."""
    words = toks[lo:comma]
    return (
        0 < len(words) <= _MAX_OPENING_PHRASE
        and lex.word_class(words[0].key) == "preposition"
        and all(w.is_word for w in words)
    )


_TIME_CLAUSES = frozenset({"as", "while", "when", "after", "before"})
_CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})
_TIME_OPENERS = _TIME_CLAUSES | _CLAUSE_SUBJECTS


def _time_clause(toks: list[Token], start: int, hi: int, lex: Lexicon) -> bool:
    """Whether what follows a cue is a clause of time with its own subject, maybe after a time ("Tuesday as she
    tabled the budget", "while he toured the plant"): no content of the cue's."""
    if toks[start].key in _CLAUSE_SUBJECTS and toks[start - 1].key in _TIME_CLAUSES:
        return True  # the adverbials skipped up to the clause's subject
    k = start
    while k < hi and k - start < 3 and toks[k].key in lex.time_words:
        k += 1
    return k + 1 < hi and toks[k].key in _TIME_CLAUSES and toks[k + 1].key in _CLAUSE_SUBJECTS


def _participle_content(toks: list[Token], start: int, hi: int, lex: Lexicon, p: Paragraph) -> int | None:
    """Where the content of a reporting participle after a cue and a comma starts (", adding that …" → "that",
    ", telling reporters the …" → "the")."""
    k = start + 1 if start < hi and toks[start].text == "," else start
    if not 0 < k < hi or toks[k - 1].text != "," or not toks[k].key.endswith("ing") or toks[k].key == "according":
        return None
    hit = lex.cues.match_at(toks, k)
    if hit is None or not hit[1].speech or hit[1].lemma in lex.relay_cues or k + hit[0] >= hi:
        return None  # "reported, citing people close to the board, that …": the source, not the content
    added = skip_to_content(toks, k + hit[0], hi, lex, p, addressee=hit[1].lemma in lex.addressee_cues)
    if added >= hi:
        return None
    return added - 1 if added > k + hit[0] and toks[added - 1].key == "that" else added


def _past_report_before(toks: list[Token], before: list[Frame], sentence_start: int, lex: Lexicon) -> bool:
    """Whether the sentence so far holds a report in the past tense ("Lisa Kwan said …")."""
    if not before or before[-1].cue is None or before[-1].cue.start < sentence_start:
        return False
    k = bisect_left(toks, before[-1].cue.start, key=token_start)
    hit = lex.cues.match_at(toks, k)
    return hit is not None and past_form(hit[1])


_MAX_RELAY_SUBJECT = 4


def _name_ends(toks: list[Token], k: int, hi: int) -> bool:
    """Whether only a capitalised name follows token k to the sentence's end ("reports Suspilne.")."""
    words = [t for t in toks[k:hi] if t.is_word]
    return bool(words) and len(words) <= _MAX_RELAY_SUBJECT and all(t.is_capitalized for t in words)


def _relay_report_at(toks: list[Token], k: int, hi: int, lex: Lexicon) -> bool:
    """Whether an outlet's report opens at token k ("Suspilne reports", "the agency reported with reference to …",
    data/outlet_shapes.csv's report verbs; "reports Suspilne" after its verb): the outlet that relayed the statement,
    not more of it."""
    reports = lex.outlet_shapes.get("report", ())
    if (verb := lex.cues.match_at(toks, k)) is not None and verb[1].lemma in reports:
        return k + verb[0] < hi and toks[k + verb[0]].is_capitalized  # "…, the ministry said, reports Suspilne."
    for m in range(k + 1, min(hi, k + _MAX_RELAY_SUBJECT + 1)):
        if not toks[m - 1].is_word:
            return False
        if (hit := lex.cues.match_at(toks, m)) is not None:
            return hit[1].lemma in reports and (
                toks[k].is_capitalized
                or (toks[k].key == "the" and toks[m - 1].key in lex.media_anaphors)
                or _outlet_staff(toks, k, m, lex)  # "…, a correspondent of Ukrinform reports."
            )
    return False


def _outlet_staff(toks: list[Token], k: int, m: int, lex: Lexicon) -> bool:
    """Whether toks[k:m] name an outlet's reporter ("a correspondent of Ukrinform", "an Ukrinform correspondent")."""
    staff = lex.outlet_shapes.get("staff", ())
    return any(t.key in staff for t in toks[k:m]) and any(t.is_capitalized for t in toks[k:m])


def _parenthetical_rest(
    toks: list[Token],
    ci: int,
    cj: int,
    hi: int,
    mention: tuple[int, int] | None,
    inverted: bool,
    lex: Lexicon,
    p: Paragraph,
) -> int | None:
    """The first token of the rest of the content after "…, she said, REST": a phrase that completes the sentence the
    cue clause interrupts ("…, Moss said, by the new schedule.", "…, he said, to talk to the council.")."""
    if inverted or mention is None or mention[1] != ci or cj + 1 >= hi or toks[cj].text != ",":
        return None
    first = toks[cj + 1]
    if not first.is_word or first.is_capitalized or first.key in _NOT_CONTINUED or first.key.endswith("ing"):
        return None
    if (
        any(p.quote_of[k] is not None for k in range(cj + 1, hi))
        or len([t for t in toks[cj + 1 : hi] if t.is_word]) < 2
    ):
        return None
    return cj + 1


# Verbs whose object is told to do something: right before "to", the form is a passive or a request.
# Verbs whose object stands before a preposition ("accused the city of …", "charged the firm with …"): right
# before it, the participle is passive.
_OBJECT_FIRST = {"accuse": "of", "charge": "with"}
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})
_FOUNDERS = frozenset({"help", "helped", "helps", "helping"})  # "helped found the party": found = establish
_FOUND_STATES = frozenset({"dead", "alive", "guilty", "injured", "unconscious", "unresponsive", "safe", "liable"})
_FOUND_PEOPLE = frozenset({"him", "her", "them", "it", "us", "me"})  # "found him not guilty"
_REPORTED_STATES = frozenset({"missing", "dead", "killed", "injured", "hurt", "wounded", "safe", "alive"})
_TOLD_TO = frozenset({"urge", "ask", "tell", "advise", "warn", "order", "encourage", "instruct", "invite"})
_APPOSITION_TOKENS = 12  # tokens of an aside between an addressee and "for"


def _main_cue_after(p: Paragraph, k: int, hi: int, lex: Lexicon) -> bool:
    """Whether a comma closes a short aside from token k and the main clause's reporting verb follows it."""
    close = next((m for m in range(k, min(hi, k + _SPEAKER_ASIDE_TOKENS)) if p.tokens[m].text == ","), None)
    return close is not None and close + 1 < hi and main_verb_cue(p, close + 1, hi, lex)


_SPEAKER_ASIDE_TOKENS = 8  # tokens of an aside about the speaker before the main verb


def _fronted_citing(
    text: str, toks: list[Token], mention: tuple[int, int] | None, lo: int, lex: Lexicon, p: Paragraph
) -> tuple[int, int] | None:
    """The source a participle opening the sentence cites, when an outlet is the subject after its comma ("Citing a
    source in the delegation, the outlet Hromadske said …"); not a person's reasons or sources ("Citing security
    concerns, the mayor said …")."""
    if mention is None or mention[0] < lo + 3 or toks[mention[0] - 1].text != "," or not toks[lo].key.endswith("ing"):
        return None
    cited = cited_phrase(toks, lo, mention[0] - 1, lex, p)
    if cited is None or cited[1] != mention[0] - 1 or not cited_source(text, toks, cited, lex):
        return None
    return cited if is_outlet_mention(toks[mention[0] : mention[1]], lex) else None


def _request(toks: list[Token], start: int, hi: int, p: Paragraph) -> bool:
    """Whether what follows "asked" (and its addressee) is "for" a thing, past an aside in commas."""
    k = start
    if k < hi and toks[k].text == "," and p.quote_of[k] is None:
        k = next((m + 1 for m in range(k + 1, min(hi, k + _APPOSITION_TOKENS)) if toks[m].text == ","), hi)
    return k < hi and toks[k].key == "for" and p.quote_of[k] is None


def _asked_for(toks: list[Token], tail: int, start: int, p: Paragraph) -> bool:
    """Whether the words skipped between "asked" and what was taken as its content hold "for" a thing ("asking a
    company for records, the court ruled": the clause after the comma is another's), not "asked, for the third
    time, whether …"."""
    return any(toks[k].key == "for" and toks[k - 1].text != "," and p.quote_of[k] is None for k in range(tail, start))


def _refused(toks: list[Token], start: int, hi: int, lex: Lexicon) -> bool:
    """Whether "deny" refuses a thing granted: its object, past a pronoun and a determiner ("denied him bail",
    "denied the permit"), is one of data/granted_nouns.txt."""
    k = start
    while k < hi and k - start < 3 and (toks[k].key in OBJECT_PRONOUNS or lex.word_class(toks[k].key) == "determiner"):
        k += 1
    if k >= hi:
        return False
    key = toks[k].key
    return key in lex.granted_nouns or (key.endswith("s") and key[:-1] in lex.granted_nouns)


# Verbs that refuse either to speak ("declined to say whether …") or a thing ("declined it").
_REFUSALS = frozenset({"decline", "refuse"})
_ASSENTS = frozenset({"agree"})


def _assent_to_thing(toks: list[Token], tail: int, hi: int, lex: Lexicon) -> bool:
    """Whether "agree" takes "to" and a noun phrase ("agreed to a ceasefire", "to Russia's terms", "to 30 days"): a
    thing assented to, after which a "that" is a relative pronoun; not an infinitive ("agreed to swap prisoners")."""
    if tail + 1 >= hi or toks[tail].key != "to":
        return False
    nxt = toks[tail + 1]
    return lex.word_class(nxt.key) == "determiner" or nxt.text[0].isdigit() or nxt.is_capitalized


def _pronoun_refused(toks: list[Token], tail: int, hi: int) -> bool:
    """Whether a refusal's whole object is a pronoun ("declined it", "refused them."), not an infinitive, a
    quotation or a clause ("declined to comment" says nothing; "“No,” she declined." keeps its quote)."""
    return tail < hi and toks[tail].key in _REFUSED_PRONOUNS and (tail + 1 >= hi or not toks[tail + 1].is_word)


_REFUSED_PRONOUNS = OBJECT_PRONOUNS | {"it"}


def _with_issuer(toks: list[Token], mention: tuple[int, int], hi: int, lex: Lexicon, p: Paragraph) -> tuple[int, int]:
    """A document's mention over who issued it: "a news release from the RCMP", "a statement issued by …"."""
    k = mention[1]
    if k - mention[0] > 1 and toks[k - 1].key in _PUBLISHES:
        k -= 1  # "a statement issued by …", "figures released by …": the phrase stopped past the participle
    issued = toks[k - 1].key in lex.issued_nouns
    if k + 1 >= hi or not (issued or toks[k - 1].key in lex.document_nouns):
        return mention  # "a release from", "a new report from": what a body issues or writes
    if toks[k].key in _PUBLISHES:
        k += 1
    if k + 1 >= hi or toks[k].key not in ("from", "by"):
        return mention
    issuer = noun_phrase_right(toks, k + 1, hi, lex, p)
    if issuer is None:
        return mention
    words = toks[issuer[0] : issuer[1]]
    body = any(t.key in lex.body_nouns or t.key in lex.company_suffixes for t in words)
    if not body and not any(t.is_capitalized for t in words):
        return mention  # "a statement from the mayor": a person's, whom the document noun does not name
    if not issued and not body and not any(t.key in lex.organisations.first_keys for t in words):
        return mention  # "an analysis by Lily Batchelder, a former aide": a person's, read as PolNeAR reads it
    return mention[0], issuer[1]  # "figures released by the corporation": a body's
