"""Content boundaries: where what was said starts after its cue and where it ends (before a new
report, an appositive, a relative clause), and the content before a cue ("…, she said")."""

from __future__ import annotations

import re
from itertools import compress

from ..models import Kind, Span
from .lexicons import Cue, Lexicon
from .paragraph import (
    CLAUSE_END,
    CLOSING,
    Frame,
    Paragraph,
    contracted_pronoun,
    end_offset,
    possessed_at,
    sentence_bounds,
    trimmed_spans,
)
from .phrases import (
    ARTICLES,
    BE,
    COORDINATORS,
    OPENERS,
    SOURCE_LINKS,
    SUBORDINATORS,
    WH_WORDS,
    is_adverbial,
    lower_cue,
    noun_phrase_left,
    noun_phrase_right,
    past_opener,
    plausible,
    progressive_be,
    share_in,
)
from .tokens import Token, tokenize, word_of

THAT_LOOKAHEAD = 10
OBJECT_PRONOUNS = frozenset({"her", "him", "them", "us", "me"})
_ADVERBIAL_LOOKAHEAD = 16


def titled_work(toks: list[Token], k: int, hi: int, lex: Lexicon, p: Paragraph) -> bool:
    """Whether a work and its quoted title start at token k: "the book “…”", "his new film “…”"."""
    while k < hi and lex.word_class(toks[k].key) == "determiner":
        k += 1
    for m in range(k, min(hi - 1, k + 3)):  # up to two adjectives before the noun
        if toks[m].key in lex.work_nouns:
            return p.quote_of[m + 1] is not None
        if p.quote_of[m] is not None or lex.word_class(toks[m].key) is not None:
            return False
    return False


def quote_ending_at(p: Paragraph, clause_start: int, lo: int) -> Span | None:
    """The quotation that ends just before a cue clause, with at most a comma between (“…,” she said)."""
    k = clause_start - 1
    if k >= lo and p.tokens[k].text == "," and p.quote_of[k] is None:
        k -= 1
    if k < 0 or p.quote_of[k] is None:
        return None
    if k < lo:  # “Does anybody know …?” Graham asked. — the question mark split the sentence
        lo = sentence_bounds(p, k)[0]
    q = p.quote_of[k]
    first = k
    while first > lo and p.quote_of[first - 1] == q:
        first -= 1
    # Words before it make the quotation part of a larger content ("In an interview on “Face the
    # Nation,” Ryan said …", "It was “a disaster,” she said"), not the statement itself.
    if any(t.is_word and t.key not in OPENERS for t in p.tokens[lo:first]):
        return None
    return p.quotes[q]


def _noun_after(toks: list[Token], k: int, hi: int, nouns: frozenset[str]) -> int:
    """Past a noun of `nouns` at token k, if one stands there."""
    return k + 1 if k < hi and toks[k].key in nouns else k


def _media_noun_after(toks: list[Token], k: int, hi: int, lex: Lexicon) -> int:
    """Past a media noun that a listed outlet's name qualifies, with up to two modifiers before it ("Ukrinform
    national news agency", "Kommersant newspaper"), ending the addressee; else k."""
    for m in range(k, min(hi, k + 3)):
        if (noun := lex.media_nouns.match_at(toks, m)) is not None:
            return m + noun[0]
        if toks[m].key in lex.outlet_shapes.get("programme", ()):
            return m + 1  # "told the Ukrainska Pravda podcast", "told the BBC Sunday show": the outlet's programme
        if not toks[m].is_word or toks[m].is_capitalized or lex.word_class(toks[m].key) is not None:
            break
    return k


def _outlet_whole(toks: list[Token], np: tuple[int, int], hi: int, lex: Lexicon) -> tuple[int, int]:
    """An addressee that a listed outlet's name ends, up to that name's end ("the daily Corriere della Sera"), also
    one whose first word is a function word after a media noun ("the broadcaster A Haber")."""
    last = np[1] + (np[1] < hi and toks[np[1] - 1].key in lex.media_anaphors)
    for m in range(np[0] + 1, last):
        if (
            toks[m].key in lex.outlets.first_keys
            and (hit := lex.outlets.match_at(toks, m))
            and np[1] < m + hit[0] <= hi
        ):
            return np[0], m + hit[0]
    return np


def skip_to_content(toks: list[Token], j: int, hi: int, lex: Lexicon, p: Paragraph, addressee: bool = False) -> int:
    """Where the content starts after a cue: past an addressee ("told reporters"), adverbials and "that"."""
    k = j
    if addressee:
        # "told Channel One that …": a listed outlet is the addressee at least whole, whatever its words.
        lead = int(k < hi and toks[k].key == "the")
        outlet = lex.outlets.match_at(toks, k + lead) if k + lead < hi else None
        np = noun_phrase_right(toks, k, hi, lex, p)
        if np is None and k + 1 < hi and _object_pronoun(toks[k], toks[k + 1], lex):
            np = k, k + 1  # "asking her, “…”", "told her the mill …": the person spoken to
        if outlet is not None and (np is None or np[1] < k + lead + outlet[0]):
            np = k, k + lead + outlet[0]
        elif np is not None:
            np = _outlet_whole(toks, np, hi, lex)  # "told the Italian daily Corriere della Sera that …"
            np = _before_named_subject(toks, np, lex)
            np = _of_body(toks, np, hi, lex)  # "told Fareed Zakaria of CNN that …"
            e = np[1]
            if (
                e < hi
                and toks[e].key in lex.body_nouns
                and not toks[e].is_capitalized
                and toks[e - 1].is_capitalized
                and any(t.key == "of" for t in toks[np[0] : e])
            ):
                np = np[0], e + 1  # "told a House of Commons committee …": the name's body in lowercase after it
        if np is not None:
            k = np[1]
            if k < hi and toks[k].key in lex.outlet_shapes.get("programme", ()) and toks[k - 1].is_capitalized:
                k += 1  # "told the BBC's Sunday show that …": the programme ends whom it was told
            if k < hi and toks[k].key in ("who", "whom") and (that := _that_after_relative(toks, k, hi, lex, p)):
                return that  # "is warning people who passed through the airport that they …"
            if k < hi and p.quote_of[k] is not None and possessed_at(toks, k):
                q = p.quote_of[k]  # "told CBS's “Face the Nation”": the programme is part of the addressee
                while k < hi and p.quote_of[k] == q:
                    k += 1
                k = _noun_after(toks, k, hi, lex.work_nouns)  # "told Hromadske's “Ukrainian Dimension” programme"
            elif (
                k + 1 < hi
                and toks[k].text in _APOSTROPHES
                and toks[k].start == toks[k - 1].end
                and toks[k - 1].key.endswith("s")
                and p.quote_of[k] is None
                and toks[k + 1].is_capitalized
            ):  # "told CBS News' Face the Nation that …": a plural possessive's programme is part of the addressee
                k = _noun_after(toks, _title_end(toks, k + 1, hi), hi, lex.work_nouns)
            elif (
                outlet is not None
                and k < hi
                and (not toks[k].is_capitalized or toks[k].key in lex.media_nouns.first_keys)
            ):
                k = _media_noun_after(
                    toks, k, hi, lex
                )  # "told the Ukrinform national news agency that", "1+1 TV channel"
            if k + 1 < hi and toks[k].key == "about" and p.quote_of[k + 1] is None:
                return k + 1  # "asked Clinton about her email scandal"
    if (after_aside := _aside_then_that(toks, k, hi, lex, p)) is not None:
        return after_aside
    if k + 2 < hi and toks[k].text == "," and toks[k + 1].key in _CONNECTIVES and toks[k + 2].text == ",":
        k += 3  # "said, however, that …": the writer's connective between commas is no part of what was said
    # Look ahead for "that" over a run of adverbials ("said on Thursday that", "said at a joint press
    # conference with his Turkish counterpart Hakan Fidan that").
    # Not over an infinitive ("pledged to reclaim the land that …"): its "that" is a relative pronoun.
    lookahead = THAT_LOOKAHEAD if _infinitive(toks, k, hi, lex) else _ADVERBIAL_LOOKAHEAD
    titled = k  # past a programme's quoted title: "said on the “Pod Save the World” podcast that …"
    for m in range(k, min(hi, k + lookahead)):
        if m < titled:
            continue
        if p.quote_of[m] is not None and (titled := _programme_title_end(toks, m, hi, lex, p)) > m:
            continue
        if p.quote_of[m] is not None or toks[m].text[0] in CLAUSE_END or toks[m].text == ",":
            if toks[m].text == "." and 0 < m < hi - 1 and toks[m - 1].end == toks[m].start == toks[m + 1].start - 1:
                continue  # "in a comment to LIGA.net that": a web address's dot, its words glued to it
            break
        if toks[m].key == "that":
            if m > k and toks[m - 1].key in ("and", "but", "or"):
                break  # "said October sales had improved and that …": a first clause before the second "that"
            if (
                m == k
                or lex.word_class(toks[k].key) == "preposition"
                or toks[k].key in lex.time_words
                or all(is_adverbial(t, lex) for t in toks[k:m])  # "complained bitterly that …"
            ):
                return m + 1
            break
    if k < hi and toks[k].key == "to" and _quoted_infinitive(toks, k, hi, lex, p):
        return k  # "vowed to “take the fight” to …": the infinitive is reported, its verb quoted
    if k == j and k < hi and toks[k].key in lex.time_words and (after := _time_then_particle(toks, j, hi, lex)):
        return after  # "called on Monday for talks": the cue's particle after the time
    if (
        k < hi
        and not _infinitive(toks, k, hi, lex)
        and (lex.word_class(toks[k].key) == "preposition" or toks[k].key in lex.time_words or toks[k].key == "of")
        and not approximate_number(toks, k, hi)
        # "said this during a briefing, Ukrinform reports": "this" is what was said, no time ("this week")
        and not (toks[k].key == "this" and k + 1 < hi and lex.word_class(toks[k + 1].key) == "preposition")
    ):  # "said on Friday the …", "said of the plan, “…”"
        k = _past_adverbial(toks, k, hi, lex, p)
        comma = k - 1 if toks[k - 1].text == "," else k  # the adverbial may end past its comma
        if (after_aside := _aside_then_that(toks, comma, hi, lex, p)) is not None:
            return after_aside  # "told reporters in Minsk, in comments carried by …, that"
    while k < hi and toks[k].text in (",", ":") and k + 1 < hi and p.quote_of[k + 1] is not None:
        k += 1
    return k


def _programme_title_end(toks: list[Token], m: int, hi: int, lex: Lexicon, p: Paragraph) -> int:
    """Past a quoted title at token m that a programme's noun follows ("“Pod Save the World” podcast"); else m."""
    q, n = p.quote_of[m], m
    while n < hi and p.quote_of[n] == q:
        n += 1
    return n + 1 if n < hi and toks[n].key in lex.outlet_shapes.get("programme", ()) else m


_TIME_PARTICLES = frozenset({"for"})  # "call for", "press for", "push for", "appeal for"


def _time_then_particle(toks: list[Token], j: int, hi: int, lex: Lexicon) -> int | None:
    """Where the content starts after a time phrase at token j that sits between a cue's verb and its particle:
    "called Monday for talks", "called on Tuesday for a vote" (read as "call on" until the time shows otherwise),
    "pressed last week for a delay"; None when no particle of that verb follows the time."""
    m = j
    while m < hi and m - j < _MAX_TIME_WORDS and (toks[m].key in lex.time_words or toks[m].text.isdigit()):
        m += 1
    if m >= hi or toks[m].key not in _TIME_PARTICLES:
        return None
    verb = toks[j - 2] if j >= 2 and toks[j - 1].key == "on" else toks[j - 1]
    hit = lex.cues.match_at(tokenize(f"{verb.text} {toks[m].text}"), 0)
    return m + 1 if hit is not None and hit[0] == 2 else None


_MAX_TIME_WORDS = 3

_APOSTROPHES = frozenset(("'", "’"))
_TITLE_JOINERS = frozenset(("the", "of", "and", "in", "on", "with"))


def _title_end(toks: list[Token], k: int, hi: int) -> int:
    """The end of a title's capitalised words from token k, with the small words between them ("Face the Nation")."""
    while k < hi and (
        toks[k].is_capitalized or (toks[k].key in _TITLE_JOINERS and k + 1 < hi and toks[k + 1].is_capitalized)
    ):
        k += 1
    return k


# Connective adverbs a writer sets between commas after a cue ("says, however, that …", "told Reuters, though, …").
_CONNECTIVES = frozenset({"however", "though", "meanwhile", "moreover", "nonetheless", "nevertheless", "instead"})


def _aside_then_that(toks: list[Token], k: int, hi: int, lex: Lexicon, p: Paragraph) -> int | None:
    """Where the reported clause starts after an aside between commas at token k and its "that": "said, commenting on
    the reports, that …", "told reporters, in comments carried by Russian news agencies, that …" ("reported,
    citing a source, that …" names who spoke, and is read elsewhere)."""
    if not (
        k + 1 < hi
        and toks[k].text == ","
        and (
            (
                toks[k + 1].key.endswith("ing")
                and not toks[k + 1].is_capitalized
                and not ((relay := lex.cues.match_at(toks, k + 1)) and relay[1].lemma in lex.relay_cues)
            )
            or lex.word_class(toks[k + 1].key) == "preposition"
        )
    ):
        return None
    close = next((m for m in range(k + 2, min(hi, k + _ADVERBIAL_LOOKAHEAD)) if toks[m].text == ","), None)
    if close is not None and close + 2 < hi and toks[close + 1].key == "that" and p.quote_of[close + 1] is None:
        return close + 2
    return None


_MAX_RELATIVE_TOKENS = 15


def _that_after_relative(toks: list[Token], k: int, hi: int, lex: Lexicon, p: Paragraph) -> int | None:
    """Where the content starts after an addressee's short relative clause ("people who passed through the airport
    last week that …"): after its "that", with no comma, quotation or reporting verb before it."""
    for m in range(k + 1, min(hi - 1, k + _MAX_RELATIVE_TOKENS)):
        if toks[m].text in (",", ";") or p.quote_of[m] is not None or lex.cues.match_at(toks, m):
            return None
        if toks[m].key == "that":
            return m + 1
    return None


def _of_body(toks: list[Token], np: tuple[int, int], hi: int, lex: Lexicon) -> tuple[int, int]:
    """An addressee with the body or outlet it belongs to after "of" ("Fareed Zakaria of CNN", "Anna Berg of the
    Kyiv Post", "members of Congress"), and what such a name's possessive owns ("Voice of America's Russian
    service"): the whole is who was told."""
    k = np[1]
    if k + 1 >= hi or toks[k].key != "of":
        return np
    m = k + 1 + (toks[k + 1].key == "the")
    j = m
    while j < hi and j - m < _MAX_OF_NAME and toks[j].is_capitalized and toks[j].is_word:
        j += 1
        if toks[j - 1].key.endswith("'s"):
            break
    if j > m and toks[j - 1].key.endswith("'s"):
        owned = j
        while j < hi and j - owned < _MAX_OWNED and toks[j].is_word and lex.word_class(toks[j].key) is None:
            j += 1
    return (np[0], j) if j > m else np


_MAX_OF_NAME = 5
_MAX_OWNED = 3  # words a possessive's name owns: "Voice of America's Russian service"


def _before_named_subject(toks: list[Token], np: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """ "told the court Reyes has three children": a name after a noun for who hears (data/audience_nouns.txt)
    opens the reported clause; after another noun it may name the addressee ("told state broadcaster Zvezda")."""
    for m in range(np[0] + 1, np[1]):
        if toks[m].is_capitalized and toks[m - 1].key in lex.audience_nouns:
            return np[0], m
    return np


_APPROXIMATORS = frozenset({"about", "around", "over", "under"})
# Spelled quantities after an approximator: "said about half the staff …", "said about a third of the spots …"
_COUNT_WORDS = frozenset({"half", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
                          "twenty", "thirty", "forty", "fifty", "dozen", "dozens", "hundreds",
                          "thousands"})  # fmt: skip
_FRACTION_WORDS = frozenset({"third", "quarter", "fifth", "tenth", "half", "dozen", "hundred", "thousand", "million"})
_APPROXIMATING = (("at", "least"), ("at", "most"), ("up", "to"), ("as", "many", "as"), ("as", "few", "as"))
_APPROXIMATING_FIRST = frozenset(words[0] for words in _APPROXIMATING)


def approximate_number(toks: list[Token], k: int, hi: int) -> bool:
    """ "said about 4,000 runners took part", "said at least 40 dogs …": "about", "at least", "up to" or "as many
    as" and a number open the reported clause, no adverbial."""
    key = toks[k].key
    if key in _APPROXIMATORS:
        n = 1
    elif key in _APPROXIMATING_FIRST:  # most words open none of the phrases: one set look-up
        n = next((len(words) for words in _APPROXIMATING if _keys_at(toks, k, hi, words)), 0)
    else:
        return False
    if not n or k + n >= hi:
        return False
    nxt = toks[k + n]  # "about 4,000", "about half", "about a third of the spots"
    if nxt.text[0].isdigit() or nxt.key in _COUNT_WORDS:
        return True
    return nxt.key in ("a", "an") and k + n + 1 < hi and toks[k + n + 1].key in _FRACTION_WORDS


def _keys_at(toks: list[Token], k: int, hi: int, words: tuple[str, ...]) -> bool:
    return k + len(words) <= hi and all(toks[k + n].key == w for n, w in enumerate(words))


def _object_pronoun(tok: Token, nxt: Token, lex: Lexicon) -> bool:
    """ "him", "them"; "her" unless a noun of hers follows ("told her team" names whom she leads)."""
    if tok.key not in OBJECT_PRONOUNS:
        return False
    return (
        tok.key != "her"
        or not nxt.is_word
        or nxt.key == "that"
        or lex.word_class(nxt.key) in ("determiner", "pronoun", "preposition")
    )


def _infinitive(toks: list[Token], k: int, hi: int, lex: Lexicon) -> bool:
    """ "to" and a verb ("to release his returns"), not "to" and a noun phrase ("to reporters")."""
    if k + 1 >= hi or toks[k].key != "to":
        return False
    nxt = toks[k + 1]
    return (
        nxt.is_word
        and not nxt.is_capitalized
        and lex.word_class(nxt.key) in (None, "modifier")
        and not nxt.key.isdigit()
    )


def _quoted_infinitive(toks: list[Token], k: int, hi: int, lex: Lexicon, p: Paragraph) -> bool:
    """ "to" before a quotation that opens with a verb ("to “take the fight” …"), not with a name or a title
    ("to “Face the Nation”")."""
    if k + 2 >= hi or toks[k].key != "to" or p.quote_of[k + 1] is None:
        return False
    first = k + 2 if not toks[k + 1].is_word else k + 1
    verb = toks[first]
    return (
        p.quote_of[first] == p.quote_of[k + 1]
        and verb.is_word
        and not verb.is_capitalized
        and lex.word_class(verb.key) in (None, "modifier")
        and not verb.key.isdigit()
    )


def _past_adverbial(toks: list[Token], k: int, hi: int, lex: Lexicon, p: Paragraph) -> int:
    """Past "after the convention", "on Friday", "on the other hand," to where the reported clause starts.

    The clause starts at a quotation, after a comma, at a subject pronoun, or where a new noun phrase
    follows a noun ("said in a statement the company …"); otherwise the adverbial is left in place.
    """
    for m in range(k + 1, min(hi, k + THAT_LOOKAHEAD)):
        tok = toks[m]
        if p.quote_of[m] is not None:
            # A quotation after an article is part of a noun phrase ("on a “1,000 for 1,000” swap").
            return k if lex.word_class(toks[m - 1].key) == "determiner" else m
        if tok.text == ",":
            return m + 1
        if tok.text[0] in CLAUSE_END or tok.key == "that":
            break
        if _infinitive(toks, m, hi, lex) and not lex.names_someone(toks[m + 1].key):
            break  # "agreed on Monday to swap prisoners, …": the infinitive is what was agreed, not past a comma
        cls = lex.word_class(tok.key)
        if cls == "pronoun" and (tok.key not in ("it", "you") or toks[m - 1].key in lex.time_words):
            return m  # "said on Friday he …", "said Saturday it had …" (not "commented on it")
        if cls is None and tok.key[-2:] in _CONTRACTED_ENDS and contracted_pronoun(tok, lex):
            return m  # "said for weeks he's the only one": the pronoun glued to its verb opens the clause
        if cls == "determiner" and toks[m - 1].key in lex.time_words:
            return m  # "announced on Friday the arrest of …"
    return k


_CONTRACTED_ENDS = frozenset({"'s", "'d", "re", "ve", "ll", "'m"})  # "he's", "they'd", "we're", "I've", "she'll", "I'm"


def only_adverbials(toks: list[Token], start: int, hi: int, lex: Lexicon, p: Paragraph) -> bool:
    """Whether what follows the cue is only punctuation or a short time/place phrase ("on Thursday.")."""
    words = list(compress(range(start, hi), map(word_of, toks[start:hi])))  # the word tokens' indexes, found in C
    if not words:
        return True
    if toks[start].key == "to" and (_infinitive(toks, start, hi, lex) or _quoted_infinitive(toks, start, hi, lex, p)):
        return False  # "pledged to push for …", "declined to comment", "vowed to “take the fight” …"
    if p.quote_of[words[0]] is not None:
        return False  # a quotation is what was said
    first = toks[words[0]].key
    if (len(words) > 1 and toks[words[1]].text[0].isdigit()) or approximate_number(toks, words[0], hi):
        return False  # "said about 20 people have …", "said at least 40 dogs …": a quantity, not an adverbial
    if lex.word_class(first) == "preposition" or first == "of":
        # "said in politics it takes time …": a subject after the phrase opens the reported clause.
        return not any(lex.word_class(toks[k].key) == "pronoun" for k in words[1:])
    return first in lex.time_words and len(words) <= 4


def quote_starts_clause(toks: list[Token], start: int, after: int) -> bool:
    return all(t.text in (",", ":") or t.key == "that" for t in toks[after:start])


def content_after(
    text: str, p: Paragraph, start: int, hi: int, lex: Lexicon, cue: Cue | None = None
) -> tuple[Span, ...]:
    """From token `start` to the end of the clause, before ", according to …" or a participial chain.

    `cue` is the reporting verb the content follows; a second verb joined to it starts a new report."""
    end = hi
    if _pronoun_then_adjunct(p, start, hi) and (cue is None or cue.lemma not in _NAMING_CUES):
        return trimmed_spans(text, p.tokens[start].start, p.tokens[start].end)  # "opposed it on those grounds"
    if cue is not None and cue.lemma in lex.object_report_cues and (adjunct := _object_then_adjunct(p, start, hi, lex)):
        return trimmed_spans(text, p.tokens[start].start, end_offset(p, adjunct))  # "endorsed Hale in November"
    first = start + 1 if p.tokens[start].key == "that" and start + 1 < hi else start
    # "that if Iran were a stock, he would …": the comma closes the fronted clause, not the content.
    key = p.tokens[first].key
    # … or a fronted phrase: "that in a race between them, he would …" (not an infinitive: "plans to …, a …")
    fronted = key in SUBORDINATORS or key in _FRONTED or (lex.word_class(key) == "preposition" and key != "to")
    for m in range(start + 1, hi):
        tok = p.tokens[m]
        if p.quote_of[m] is not None:
            continue
        if tok.key not in _CONTENT_STOPS and p.quote_of[m - 1] is None:
            continue  # most words are none that a test below looks for, nor do they follow a quotation
        if tok.key == "yet" and p.tokens[m - 1].key == "not":
            continue  # "was not yet agreed": an adverb, not a conjunction
        if tok.text == ";":
            end = m  # "…; the council disagreed": a new clause
            break
        if (
            tok.key in _DASH_CONCESSIONS
            and p.tokens[m - 1].text in _DASHES
            and m - 1 > start
            and not any(p.tokens[n].text in _DASHES for n in range(m + 1, hi))
        ):
            end = m - 1  # "… — though none reached that level": the writer's concession (not "— though high —")
            break
        if tok.key in _VENUE_PREPOSITIONS and m > first + 1 and _venue_to_end(p, m + 1, hi, lex):
            end = m  # "praised the plan in a statement", "attacked him on Twitter": where it was said
            break
        if tok.text == "," and m + 1 < hi and p.quote_of[m + 1] is None:
            if _ends_before(p, m + 1, hi, lex, start, fronted):
                # "…, adding …", "…, though she noted …", "…, the source added", "…, he does not defend it"
                end = m
                break
            fronted = False
        elif (
            p.quote_of[m - 1] is not None
            and _comma_closes(text, p, m - 1)
            and _ends_before(p, m, hi, lex, start, fronted)
        ):
            end = m  # "… the plan was “bold,” adding that …": the comma sits inside the closing mark
            break
        if (
            tok.key in COORDINATORS
            and m + 1 < hi
            and (
                _coordinated_cue(p, m + 1, hi, lex, cue)
                # a cue right after the conjunction is a joined verb, which _coordinated_cue decides
                or (
                    m - first > _SUBJECT_WORDS
                    and not lower_cue(p.tokens, m + 1, lex)
                    and _report_clause_at(p, m + 1, hi, lex)
                )
            )
        ):
            end = m  # "claimed vast wealth and said it ensured …": the next report starts
            break
        if (
            # "that Moscow and Kyiv agreed …" joins two subjects; after a few words a conjunction joins clauses.
            (
                (tok.key in COORDINATORS and m - first > _SUBJECT_WORDS)
                or (tok.key in _CONCESSIVE and p.tokens[m - 1].text in (",", *CLOSING))
            )
            and m + 1 < hi
            and _subject_report(p, m + 1, hi, lex)
        ):
            end = m  # "… and Democrats accused the GOP of …", "…,” but he said that …": another report
            break
        if p.quote_of[m - 1] is not None and _report_clause_at(p, m, hi, lex):
            end = m  # "… because “most people don’t know,” she said": that quotation is hers
            break
    return trimmed_spans(text, p.tokens[start].start, end_offset(p, end))


# Words after an object pronoun that open an adjunct of the verb, not more of what was said: "opposed it on those
# grounds", "described it in print", "backs him because …" (not "as", "for": "saw him as a threat", "thanked her for").
_ADJUNCT_OPENERS = frozenset(
    {"on", "in", "at", "during", "after", "before", "last", "this", "because", "when", "while", "since", "until"}
)


def _pronoun_then_adjunct(p: Paragraph, start: int, hi: int) -> bool:
    """Whether the content is a lone object pronoun that an adjunct follows: the pronoun is all that was reported."""
    return (
        start + 1 < hi
        and p.tokens[start].key in _PRONOUN_OBJECTS
        and p.tokens[start + 1].key in _ADJUNCT_OPENERS
        and p.quote_of[start] is None
    )


_PRONOUN_OBJECTS = OBJECT_PRONOUNS | {"it"}

# After a cue's object, words that open a phrase of circumstance ("… after the vote", "… because of …"), and words
# that open one of time when a time follows ("… in November", "… on Thursday", "… last week").
_CIRCUMSTANCE = frozenset(
    {"during", "after", "before", "despite", "because", "when", "through", "while", "since", "until"}
)
_BEFORE_TIME = frozenset({"in", "on", "at", "last", "this", "earlier", "next"})
_MAX_OBJECT_WORDS = 8
_NOT_OBJECT_FIRST = frozenset({"pronoun", "relative", "preposition", "boundary"})


def _object_then_adjunct(p: Paragraph, start: int, hi: int, lex: Lexicon) -> int | None:
    """Where a short noun-phrase object ends before a phrase of time or circumstance ("endorsed Hale in November",
    "criticized the levy during the debate"): the token that opens the phrase, or None. Not after a clause's
    first words ("that …", "to …", "he …"), a verb, a preposition or a quotation, nor before a time phrase that goes
    on ("welcomed a new docket in October studded with …"), nor after a participle ("the accord adopted after …")."""
    toks = p.tokens
    if toks[start].key in ("that", "to") or lex.word_class(toks[start].key) in _NOT_OBJECT_FIRST:
        return None
    for m in range(start + 1, min(hi, start + _MAX_OBJECT_WORDS + 1)):
        tok = toks[m]
        if p.quote_of[m] is not None or not tok.is_word:
            return None
        key = tok.key
        if key in _CIRCUMSTANCE:
            return None if toks[m - 1].key.endswith("ed") else m
        if key in _VENUE_OPENERS and _venue_phrase(p, m + 1, hi, lex):
            return m  # "criticized the levy in a statement", "praised Moss at a rally in Halden"
        if (
            key in _BEFORE_TIME
            and m + 1 < hi
            and (toks[m + 1].key in lex.time_words or toks[m + 1].text[:1].isdigit())
            and any(n >= hi or not toks[n].is_word for n in range(m + 2, m + 4))
        ):
            return m
        if key in BE or key in _MODALS or (lex.word_class(key) in _NOT_OBJECT_FIRST and key != "of"):
            return None  # a verb, a clause or a phrase on the object ("the plan for schools in May"), not "of"
        if lex.cues.match_at(toks, m):
            return None
    return None


_VENUE_OPENERS = frozenset({"in", "at"})
_VENUE_REACH = 4  # words from "in"/"at" to the venue's noun ("in a lengthy Facebook post")


def _venue_phrase(p: Paragraph, k: int, hi: int, lex: Lexicon) -> bool:
    """Whether a phrase from token k names where or in what something was said: a venue, document or interview noun
    within a few words ("a statement", "an interview with …", "a news conference", "his weekly column")."""
    interview = lex.outlet_shapes.get("addressed", ())
    for m in range(k, min(hi, k + _VENUE_REACH)):
        tok = p.tokens[m]
        if p.quote_of[m] is not None or not tok.is_word:
            return False
        key = tok.key
        if key in lex.venue_nouns or key in lex.document_nouns or key in lex.issued_nouns or key in interview:
            return m + 1 >= hi or p.tokens[m + 1].key != "of"  # not "in a report of …": what the object is in
    return False


# Verbs that name their object after it ("called them in an article last week “anchors”"): the name is reported.
_NAMING_CUES = frozenset({"call", "dub", "label", "brand", "term"})


def subordinate_end(p: Paragraph, lo: int, ci: int, start: int, hi: int, lex: Lexicon) -> int:
    """Where the content of a report in a clause before the sentence's main clause ends: at the comma that closes
    an aside about the sentence's subject ("Fallin, who opposes the levy, vetoed the bill") when the main clause's
    verb follows, or a fronted clause ("While Kemp said the levy was fair, Moss voted against it"); else `hi`."""
    toks = p.tokens
    first = lo + 1 if toks[lo].key in COORDINATORS and lo + 1 < hi else lo  # "And while …", "But as …"
    if toks[first].key == "even" and first + 1 < hi:
        first += 1  # "Even as …", "Even though …"
    if toks[first].key in SUBORDINATORS or toks[first].key in _FRONTED:  # "Despite what he wrote, …"
        if any(toks[m].text == "," and p.quote_of[m] is None for m in range(lo, start)):
            return hi  # "As Lavrov put it, the talks …": the content follows the fronted clause
        for m in range(start + 1, hi - 1):
            if toks[m].text == "," and p.quote_of[m] is None and _opens_main_clause(toks[m + 1], lex):
                return m
        return hi
    k = ci - 1
    while k > lo and is_adverbial(toks[k], lex):
        k -= 1
    if k > lo and toks[k].key in ("who", "that") and toks[k - 1].is_word:
        return _restrictive_end(p, lo, k, start, hi, lex)
    r = _who_before(p, lo, k) if toks[k].key == "to" else None  # an infinitive's report in the clause
    if r is not None:
        return _restrictive_end(p, lo, r, start, hi, lex)  # "An aide who was not authorized to discuss … said"
    if k - 1 <= lo or toks[k - 1].text != "," or lex.word_class(toks[k].key) != "relative":
        return hi
    if any(toks[m].text == "," or p.quote_of[m] is not None for m in range(lo, k - 1)):
        return hi  # the aside is not about the sentence's first phrase
    for m in range(start + 1, hi - 1):
        if toks[m].text == "," and p.quote_of[m] is None and _main_verb(toks[m + 1], lex):
            return m
    return hi


_MAX_RELATIVE_TOKENS = 12  # "who was not authorized to discuss", "who spoke on condition of anonymity to describe"


def _who_before(p: Paragraph, lo: int, k: int) -> int | None:
    """The "who" that opens a restrictive relative clause a few words before token k, with no comma, quotation or
    other clause break between ("An aide who was not authorized to discuss …"), or None."""
    toks = p.tokens
    for r in range(k, max(lo, k - _MAX_RELATIVE_TOKENS), -1):
        if not toks[r].is_word or p.quote_of[r] is not None:
            return None
        if toks[r].key == "who":
            return r if toks[r - 1].is_word else None
    return None


def _restrictive_end(p: Paragraph, lo: int, k: int, start: int, hi: int, lex: Lexicon) -> int:
    """Where the content of a report in a restrictive relative clause on a speaker ends: before the main clause's
    reporting verb ("Groups that have endorsed him say …", "Dock workers who want a raise said …"); else `hi`."""
    toks = p.tokens
    np = noun_phrase_left(toks, k - 1, lo, lex, p)
    if np is None or not plausible(toks[np[0] : np[1]], lex):
        return hi
    for m in range(start + 1, hi):
        tok = toks[m]
        if p.quote_of[m] is None and lower_cue(toks, m, lex) and not tok.key.endswith("ing"):
            before, hit = toks[m - 1], lex.cues.match_at(toks, m)
            after = toks[m + hit[0]] if hit and m + hit[0] < hi else None
            if (
                hit[1].speech
                and before.is_word
                and before.key != "to"
                and lex.word_class(before.key) not in ("modifier", "pronoun", "relative")
                and (after is None or after.key != "to")
            ):
                return m
    return hi


def _opens_main_clause(tok: Token, lex: Lexicon) -> bool:
    """Whether a word right after a fronted clause's comma can open the main clause with its subject ("Moss", "the
    council", "he"), not go on inside the fronted clause ("which …", "and …", "in …", "according to …", "adding …",
    the verb after an aside: "would …")."""
    if not tok.is_word or tok.key in COORDINATORS or tok.key in _CONTENT_ENDERS or tok.key in BE:
        return False
    return lex.word_class(tok.key) not in ("preposition", "relative", "modifier") and not (
        tok.key.endswith("ing") and not tok.is_capitalized
    )


def _main_verb(tok: Token, lex: Lexicon) -> bool:
    """Whether a word right after an aside's closing comma can be the main clause's verb ("is", "has", "vetoed"),
    not a word that goes on inside the aside ("in …", "the …", "and …", "working …", "according to …")."""
    if not tok.is_word or tok.is_capitalized or tok.key.endswith("ing") or tok.text[0].isdigit():
        return False
    cls = lex.word_class(tok.key)
    return (cls is None and tok.key not in _CONTENT_ENDERS) or cls == "modifier" or tok.key in BE


_VENUE_PREPOSITIONS = frozenset({"in", "on", "during", "at"})
_MAX_VENUE_WORDS = 6


def _venue_to_end(p: Paragraph, k: int, hi: int, lex: Lexicon) -> bool:
    """Whether a short phrase naming where something was said ("a statement on Thursday", "Twitter", "its
    website") runs from token k to the end of the sentence."""
    if hi - k > 2 * _MAX_VENUE_WORDS:  # words and their punctuation: too long for a venue phrase, at no cost
        return False
    words = [n for n in range(k, hi) if p.tokens[n].is_word]
    if not words or len(words) > _MAX_VENUE_WORDS or any(p.quote_of[n] is not None for n in range(k, hi)):
        return False
    if any(p.tokens[n].text not in CLAUSE_END for n in range(k, hi) if not p.tokens[n].is_word):
        return False
    venue = next((n for n, w in enumerate(words) if p.tokens[w].key in lex.venue_nouns), None)
    # Only a time may follow the venue ("in a statement on Thursday"), not a verb ("in her statement was forged").
    return venue is not None and all(
        p.tokens[w].key in lex.time_words or p.tokens[w].key == "on" for w in words[venue + 1 :]
    )


def main_verb_cue(p: Paragraph, m: int, hi: int, lex: Lexicon) -> bool:
    """ "Lee, who estimated that …, said he voted …": a finite reporting verb right after a comma is
    the main clause's, so the content before it has ended ("said to cost" is not one)."""
    hit = lex.cues.match_at(p.tokens, m)
    if hit is None or p.tokens[m].is_capitalized:
        return False
    cue = hit[1]
    nxt = p.tokens[m + hit[0]] if m + hit[0] < hi else None
    return cue.speech and cue.form != cue.lemma and not cue.form.endswith("ing") and (nxt is None or nxt.key != "to")


def _resumes(p: Paragraph, m: int, hi: int) -> bool:
    """Whether a comma later in the sentence closes an aside after which the clause goes on ("the
    decision, which struck down the rules, illustrates …")."""
    return any(p.tokens[k].text == "," and p.quote_of[k] is None for k in range(m, hi - 1))


def _appositive_ends(p: Paragraph, m: int, hi: int) -> bool:
    """Whether a phrase after ", the"/", a" runs to the end of the sentence on its own ("…, the
    presumptive nominee."), rather than naming one item of a list or an aside the content resumes after
    ("on Israel, the Iranian deal and …", "Terris, the Post reporter, saw …")."""
    return not any(
        p.quote_of[k] is None and (p.tokens[k].text == "," or p.tokens[k].key in COORDINATORS) for k in range(m, hi)
    )


_ADDRESSEE_TO = 4  # tokens from an infinitive content's start to its "to" ("urged local residents to …")


def _ends_before(p: Paragraph, k: int, hi: int, lex: Lexicon, start: int, fronted: bool) -> bool:
    """Whether the words at token k, right after a comma, start something other than the content:
    a report or participial chain, a new clause, a relative clause or appositive about its last noun."""
    nxt = p.tokens[k]
    participle = (
        nxt.key.endswith("ing")
        and not nxt.is_capitalized
        and len(nxt.key) > 5
        and lex.cues.match_at(p.tokens, k) is not None
    )
    return (
        nxt.key in _CONTENT_ENDERS
        or participle
        or _opens_report(p, k, hi, lex)
        or _as_report(p, k, hi, lex)
        or (_report_clause_at(p, k, hi, lex) and (not fronted or _plain_report(p, k, hi)))
        or (lex.word_class(nxt.key) == "pronoun" and nxt.key not in ("it", "you") and not fronted)
        or (
            nxt.key in COORDINATORS
            and k + 1 < hi
            and (
                (lex.word_class(p.tokens[k + 1].key) == "pronoun" and p.tokens[k + 1].key not in ("it", "you"))
                # "asked him to teach a course, and a film crew spent …": a new subject after an infinitive's comma
                # (not a list's last item: "with Russia, the US, Iran, and the Gulf States")
                or (
                    any(t.key == "to" for t in p.tokens[start : start + _ADDRESSEE_TO])  # "residents to stay home"
                    and p.tokens[k + 1].key in ARTICLES
                    and all(t.text != "," for t in p.tokens[start : k - 1])
                )
            )
        )
        or (nxt.key in WH_WORDS and _report_clause_at(p, k + 1, hi, lex))
        or (lex.word_class(nxt.key) == "relative" and p.tokens[start].key != "that" and not _resumes(p, k + 1, hi))
        or (nxt.key in ARTICLES and not fronted and _appositive_ends(p, k + 1, hi))
        or main_verb_cue(p, k, hi, lex)
        or (nxt.key == "in" and _remarks_to_end(p, k + 1, hi, lex))
        # "…, speaking to Politico.": where or to whom the speaker spoke, after what was said (not what about)
        or (
            nxt.key in lex.outlet_shapes.get("addressed", ())
            and k + 1 < hi
            and p.tokens[k + 1].key in _SPOKEN_WHERE
            and participle_at(p.tokens, k, lex)
        )
    )


_SPOKEN_WHERE = frozenset({"to", "with", "on", "at", "in", "from", "during", "after", "before"})


_MAX_REMARKS_TOKENS = 16


def _remarks_to_end(p: Paragraph, k: int, hi: int, lex: Lexicon) -> bool:
    """Whether a phrase naming the remarks the content was said in runs from token k (after "…, in") to the end of
    the sentence: "…, in remarks broadcast by the state broadcaster TRT Haber.", "…, in an interview with the daily
    Kommersant published on Monday."; not an aside the content goes on after ("…, in his remarks, was wrong")."""
    if hi - k > _MAX_REMARKS_TOKENS:
        return False
    nouns = lex.outlet_shapes.get("addressed", frozenset())
    head = next((n for n in range(k, min(hi, k + 3)) if p.tokens[n].key in nouns), None)
    return (
        head is not None
        and not p.tokens[head].key.endswith(("ing", "ed", "en"))  # a noun, not "speaking", "talked"
        and all(lex.word_class(p.tokens[n].key) is not None for n in range(k, head))  # "an", "his"
        and all(p.tokens[n].text not in (",", ";") and p.quote_of[n] is None for n in range(k, hi))
    )


# Words that open a fronted clause or phrase besides the subordinators: "that even if …, he …", "that despite …".
_FRONTED = frozenset({"even", "despite", "given", "unless", "once", "until", "whereas"})


def _plain_report(p: Paragraph, k: int, hi: int) -> bool:
    """Whether the reporting clause at token k has no modal before its verb: after a fronted clause, "…, he said"
    ends the content and "that if Iran were a stock, he would advise buying it" is its main clause."""
    return not any(p.tokens[n].key in _MODALS for n in range(k, min(hi, k + _MAX_TRAILING_SUBJECT)))


_MODALS = frozenset({"would", "will", "could", "might", "may", "can", "should", "must", "did", "does", "do"})


# After a comma, "according to …" names the speaker; "though …", "although …" concede something of the writer's.
_CONTENT_ENDERS = frozenset({"according", "though", "although"})


def participle_at(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether an aside about the speaker starts at token k, right after a comma: a participle and a preposition
    ("…, one source said, speaking on condition of anonymity", "…, standing beside the mayor"), never part of
    what was said (unlike "…, replacing Clinton would be …", where a participle opens the clause)."""
    tok = toks[k]
    return (
        tok.key.endswith("ing")
        and len(tok.key) > 5
        and not tok.is_capitalized
        and k + 1 < len(toks)
        and lex.word_class(toks[k + 1].key) == "preposition"
    )


def _comma_closes(text: str, p: Paragraph, k: int) -> bool:
    """Whether the quotation ending at token k ends with a comma inside its closing mark (“…,”)."""
    quote = p.quotes[p.quote_of[k]]
    return quote.end == p.tokens[k].end and text[quote.start : quote.end].rstrip("".join(CLOSING)).endswith(",")


def _report_clause_at(p: Paragraph, m: int, hi: int, lex: Lexicon) -> bool:
    """Whether a short reporting clause starts at token m: "she said", "the source added",
    "attorneys for the family said", "said Mr. Barrett"."""
    end = min(hi, m + _MAX_TRAILING_SUBJECT)
    n = m - 1
    while (n := n + 1) < end:
        tok = p.tokens[n]
        if p.quote_of[n] is not None or not tok.is_word:
            return False
        if lower_cue(p.tokens, n, lex):
            return (
                not tok.key.endswith("ing")
                and not _belief_of(p, n, hi, lex)
                and _clause_ends_after_cue(p, n, hi, lex, inverted=n == m)
                and (n == m or _can_speak(p.tokens, m, n, lex))
            )
        if lex.word_class(tok.key) in ("boundary", "relative") or (
            lex.word_class(tok.key) == "preposition"
            and tok.key not in ("for", "of", "at")
            # "…, a source familiar with Chinese thinking told …", "…, Al Jazeera's correspondent in Istanbul said"
            and not (n > m and (p.tokens[n - 1].key in SOURCE_LINKS or lex.listed_speaker_noun(p.tokens[n - 1].key)))
        ):
            return False
        if n > m and tok.key == "to" and p.tokens[n - 1].key == "close":
            end = min(hi, m + _MAX_TRAILING_SUBJECT + 1)  # "two sources close to the administration told": one more
    return False


_MAX_TRAILING_SUBJECT = 7


def _can_speak(toks: list[Token], m: int, n: int, lex: Lexicon) -> bool:
    """Whether the words before a trailing cue can be its speaker ("the source", "Clinton"), not a
    verb phrase of the content ("and accepting support from …")."""
    while n > m and is_adverbial(toks[n - 1], lex):
        n -= 1
    words = toks[m:n]
    if len(words) == 1 and lex.word_class(words[0].key) in ("pronoun", "relative"):
        return True
    return bool(words) and plausible(words, lex)


def _clause_ends_after_cue(p: Paragraph, n: int, hi: int, lex: Lexicon, inverted: bool) -> bool:
    """A trailing report ends its sentence soon after the cue: "…, the source added." """
    hit = lex.cues.match_at(p.tokens, n)
    k = n + (hit[0] if hit else 1)
    rest = [t for t in p.tokens[k:hi] if t.is_word]
    if len(rest) <= _MAX_TRAILING_SUBJECT or p.tokens[k].text == ",":
        return True
    if hit is not None and hit[1].lemma in lex.addressee_cues and _comma_after_addressee(p, k, hi, lex):
        return True  # "…, Iwaya told Nikkei Asia, adding that …"
    if not inverted:  # a finite speech verb ("said", "told"), not "could threaten to …"
        return (
            hit is not None
            and hit[1].speech
            and hit[1].form != hit[1].lemma
            and _adjuncts_only(p, k, hi, lex, _MAX_ADDRESSEE_WORDS if hit[1].lemma in lex.addressee_cues else 0)
        )
    # "…, said Lee Epstein, who teaches law at …": an inverted speaker and an appositive.
    np = noun_phrase_right(p.tokens, k, hi, lex, p)
    return np is not None and np[1] < hi and p.tokens[np[1]].text == ","


_MAX_ADDRESSEE_WORDS = 3


def _comma_after_addressee(p: Paragraph, k: int, hi: int, lex: Lexicon) -> bool:
    """Whether a short name of whom it was told runs from token k to a comma ("Nikkei Asia, adding …")."""
    for n in range(k, min(hi, k + _MAX_ADDRESSEE_WORDS + 2)):
        tok = p.tokens[n]
        if tok.text == ",":
            return n > k
        if (
            tok.text in _APOSTROPHES
            and n > k
            and tok.start == p.tokens[n - 1].end
            and p.tokens[n - 1].key.endswith("s")
        ):
            # "…, Graham told CBS News' Face the Nation, as reported by …": the plural possessive's programme
            end = _title_end(p.tokens, n + 1, hi)
            return end > n + 1 and end < hi and p.tokens[end].text == ","
        if p.quote_of[n] is not None or not tok.is_word or lex.word_class(tok.key) in ("boundary", "relative"):
            return False
    return False


_ADJUNCT_WORDS = 16


def _adjuncts_only(p: Paragraph, k: int, hi: int, lex: Lexicon, addressee: int) -> bool:
    """Whether what follows a trailing cue, past whom it was told, only says where or through whom ("…, Medinsky
    said in comments carried by Russian state TV and cited by Al Jazeera.", "…, Peskov told reporters on the
    sidelines of the forum in St Petersburg."): prepositional phrases, no clause, quotation or report of their own;
    `addressee`: how many words may name whom it was told first."""
    words = [n for n in range(k, hi) if p.tokens[n].is_word]
    if not words or len(words) > _ADJUNCT_WORDS or any(p.quote_of[n] is not None for n in range(k, hi)):
        return False
    first = next((w for w in words[: addressee + 1] if lex.word_class(p.tokens[w].key) == "preposition"), None)
    if first is None or p.tokens[first].key == "to":
        return False
    if any(not p.tokens[n].is_word and p.tokens[n].text not in CLAUSE_END for n in range(k, first)):
        return False
    for n in words:
        tok = p.tokens[n]
        kind = lex.word_class(tok.key)
        if kind in ("relative", "pronoun") or (kind == "boundary" and tok.key not in ("and", "or")):
            return False  # "that …", "… where he …", "… and was …": a clause
        hit = lex.cues.match_at(p.tokens, n)
        if (
            hit is not None
            and hit[1].form != hit[1].lemma
            and not hit[1].form.endswith(("s", "ing"))
            and not (n + hit[0] < hi and p.tokens[n + hit[0]].key == "by")
        ):
            return False  # "… and added …"; not "cited by", "in comments", "a conference call"
    return True


def _coordinated_cue(p: Paragraph, m: int, hi: int, lex: Lexicon, cue: Cue | None) -> bool:
    """Whether a reporting verb follows a conjunction, past adverbials ("and later said", "but noted").

    A bare verb after an inflected cue belongs to the content ("argued that the group should
    not endorse him and instead support her"), not to the speaker."""
    while m < hi and is_adverbial(p.tokens[m], lex):
        m += 1
    if m >= hi or p.quote_of[m] is not None:
        return False
    hit = lex.cues.match_at(p.tokens, m)
    if hit is None or p.tokens[m].key.endswith("ing"):
        return False
    joined = hit[1]
    if _belief_of(p, m, hi, lex) or (cue is not None and past_form(cue) and present_form(joined)):
        return False  # "said she supports the plant but wants savings first": the present verb is the content's
    if cue is not None and cue.lemma == "say" and not joined.speech and past_form(joined):
        return False  # "said that he felt fine and wanted a rematch": a wish, the content's subject's
    return cue is None or joined.form != joined.lemma or cue.form == cue.lemma


def past_form(cue: Cue) -> bool:
    return cue.form != cue.lemma and not cue.form.endswith(("s", "ing"))


def present_form(cue: Cue) -> bool:
    """ "wants", "says": a verb that agrees with a singular subject in the present ("said she … but wants …")."""
    return cue.form != cue.lemma and cue.form.endswith("s") and not cue.form.endswith("ss")


def _belief_of(p: Paragraph, m: int, hi: int, lex: Lexicon) -> bool:
    """ "… and thought of the days when …": a belief verb before a preposition reports nothing."""
    hit = lex.cues.match_at(p.tokens, m)
    if hit is None or hit[1].speech or m + hit[0] >= hi:
        return False
    after = p.tokens[m + hit[0]]
    return after.key == "of" or lex.word_class(after.key) == "preposition"


def _as_report(p: Paragraph, m: int, hi: int, lex: Lexicon) -> bool:
    """ "…, as reported by TASS", "…, as Lavrov put it": the content ends before this comment clause."""
    if p.tokens[m].key != "as":
        return False
    return any(p.quote_of[n] is None and lower_cue(p.tokens, n, lex) for n in range(m + 1, min(hi, m + 5)))


_CONCESSIVE = frozenset({"though", "although", "while", "whereas", "but"})
_DASH_CONCESSIONS = frozenset({"though", "although"})
_DASHES = frozenset({"—", "–", "--", "-"})
# Every word a test in content_after's loop looks for outside quotations (a test on another word goes here too).
_CONTENT_STOPS = frozenset({";", ","}) | _VENUE_PREPOSITIONS | COORDINATORS | _CONCESSIVE


_SUBJECT_WORDS = 3


def _subject_report(p: Paragraph, m: int, hi: int, lex: Lexicon) -> bool:
    """Whether a speaker and a finite reporting verb start at token m ("Democrats accused …")."""
    for n in range(m, min(hi, m + _MAX_TRAILING_SUBJECT)):
        tok = p.tokens[n]
        if p.quote_of[n] is not None or not tok.is_word:
            return False
        if lower_cue(p.tokens, n, lex):
            be = progressive_be(p.tokens, n, m, lex) if tok.key.endswith("ing") else None
            return (
                n > m
                and (not tok.key.endswith("ing") or be is not None)  # "… and Clinton is promising …"
                and not _belief_of(p, n, hi, lex)
                and _can_speak(p.tokens, m, n if be is None else be, lex)
            )
        if tok.key in BE and n + 1 < hi and p.tokens[n + 1].key.endswith("ing"):
            continue  # "is" of "is promising", read with the participle
        if lex.word_class(tok.key) in ("boundary", "relative") or (
            lex.word_class(tok.key) == "preposition"
            and tok.key not in ("for", "of", "at")
            and not (tok.key == "in" and share_in(p.tokens, n, hi))  # "… and one in four said …"
            # "…, a source familiar with Chinese thinking told …", "…, Al Jazeera's correspondent in Istanbul said"
            and not (n > m and (p.tokens[n - 1].key in SOURCE_LINKS or lex.listed_speaker_noun(p.tokens[n - 1].key)))
        ):
            return False
    return False


def _opens_report(p: Paragraph, m: int, hi: int, lex: Lexicon) -> bool:
    """ "…, though she noted …": a new report begins, so the content before it ends at the comma."""
    if p.tokens[m].key not in _CONCESSIVE:
        return False
    for n in range(m + 1, min(hi, m + 5)):
        if p.quote_of[n] is not None or not p.tokens[n].is_word:
            return False
        if lex.cues.match_at(p.tokens, n):
            return n > m + 1
    return False


def content_before(text: str, p: Paragraph, lo: int, clause_start: int) -> tuple[Span, ...]:
    lo = past_opener(p, lo, clause_start)
    if lo == 0 and (colon := _dateline_colon(p, clause_start)) is not None:
        lo = colon + 1  # "NEW DELHI: India welcomes …, the minister said": the dateline is no one's words
    if clause_start <= lo:
        return ()
    return trimmed_spans(text, p.tokens[lo].start, p.tokens[clause_start - 1].end)


_MAX_DATELINE_WORDS = 4


def _dateline_colon(p: Paragraph, end: int) -> int | None:
    """The colon of a dateline in capitals opening the paragraph ("NEW DELHI:", "ISLAMABAD:"), before token `end`."""
    for m in range(min(end - 1, _MAX_DATELINE_WORDS + 1)):
        tok = p.tokens[m]
        if tok.text == ":":
            return m if m > 0 else None
        if not (tok.is_word and tok.text.isupper() and len(tok.text) > 1):
            return None
    return None


# "He said this at a press conference": the demonstrative stands for what was reported before, so the
# cue tells where it was said, not something new.
_REFERS_BACK = re.compile(r"this(?:\s+(?:at|on|in|during|after|before|to|while|when)\b.*)?", re.I | re.S)


# "declined to comment", "asked not to be identified because …": the words say that nothing was said on record.
_NO_STATEMENT = re.compile(r"(?:not\s+)?to\s+(?:comment|be\s+(?:identified|named))\b.*", re.I | re.S)


def says_nothing(text: str, frame: Frame) -> bool:
    """Whether a frame's only content declines to speak or to be named."""
    # Matched in place, not on a copy: the patterns look behind nothing, so the bounds act as a slice would.
    return (
        len(frame.content) == 1
        and _NO_STATEMENT.fullmatch(text, frame.content[0].start, frame.content[0].end) is not None
    )


def refers_back(text: str, frame: Frame) -> bool:
    """Whether a frame's only content is "this", maybe with where or when it was said."""
    return (
        frame.kind is Kind.INDIRECT
        and len(frame.content) == 1
        and _REFERS_BACK.fullmatch(text, frame.content[0].start, frame.content[0].end) is not None
    )
