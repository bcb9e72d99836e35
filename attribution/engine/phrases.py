"""Shallow phrases over a paragraph's tokens: the noun phrase left or right of a cue (the speaker's
mention), sentence subjects, appositives, adverbials and the word sets they are made of."""

from __future__ import annotations

from ..models import Span
from . import roles
from .lexicons import Lexicon
from .paragraph import CLAUSE_END, OPENING_MARKS, Paragraph, contracted_pronoun
from .tokens import Token, particle_name

MAX_MENTION_TOKENS = 12
_MAX_PARENTHESIS_TOKENS = 20  # "Sen. Chris Murphy (a Democrat so boyish he has been mistaken for a staffer) says"
_MAX_APPOSITIVE_TOKENS = 40  # "Kall -- co-editor of Debating The Donald, a book analyzing …, said"


def past_adverbials_right(toks: list[Token], k: int, hi: int, lex: Lexicon) -> int:
    while k < hi - 1 and is_adverbial(toks[k], lex):
        k += 1
    return k


def phrase_span(toks: list[Token], phrase: tuple[int, int]) -> Span:
    return Span(toks[phrase[0]].start, toks[phrase[1] - 1].end)


def closed_by_comma(toks: list[Token], phrase: tuple[int, int], hi: int) -> bool:
    """Whether a comma closes the phrase, so that it is an aside the sentence goes on after."""
    return phrase[1] + 1 < hi and toks[phrase[1]].text == ","


def appositive_at(toks: list[Token], k: int, hi: int, lex: Lexicon) -> bool:
    """Whether a phrase describing the speaker starts at token k: "who teaches law", "a pollster",
    "executive director of …", "R-Ky."."""
    if k >= hi:
        return False
    tok = toks[k]
    return (
        tok.is_capitalized
        or lex.word_class(tok.key) in ("relative", "determiner")
        or lex.names_someone(tok.key)
        or lex.titles.match_at(toks, k) is not None
    )


BE = frozenset({"is", "are", "was", "were", "am", "be", "been", "'s"})


def progressive_be(toks: list[Token], ci: int, lo: int, lex: Lexicon) -> int | None:
    """The "is" of a progressive cue ("Trump is demanding that …"), past adverbials ("is also urging")."""
    if not toks[ci].key.endswith("ing"):
        return None
    k = ci - 1
    while k >= lo and is_adverbial(toks[k], lex):
        k -= 1
    return k if k >= lo and toks[k].key in BE else None


def _is_name_word(tok: Token, lex: Lexicon) -> bool:
    return tok.is_capitalized and lex.word_class(tok.key) not in ("boundary", "pronoun", "relative")


def subject_left(toks: list[Token], ci: int, lo: int, lex: Lexicon, p: Paragraph) -> tuple[int, int] | None:
    """The speaker mention ending just before the cue, skipping "also", "has" and appositives."""
    k = _past_time(toks, past_adverbials(toks, ci - 1, lo, lex), lo, lex)
    if k < lo:
        return None
    if p.quote_of[k] is not None:
        if toks[k - 1].text == "," and p.quote_of[k - 1] is not None and _title_start(toks, k, lo, p) is not None:
            return _subject_before_appositive(toks, k, lo, lex, p)  # "Lee, author of “Going Viral,” said"
        return None
    if toks[k].key in _PLACE_ADVERBS and k > lo and toks[k - 1].is_word and lex.word_class(toks[k - 1].key) is None:
        k = past_adverbials(toks, k - 1, lo, lex)  # "Officials there said", "Residents here say"
    if toks[k].key == "long" and k > lo and toks[k - 1].key in _PERFECT:
        k = past_adverbials(toks, k - 1, lo, lex)  # "Cruz has long said"
    elif _participle_modifier(toks, k, lo, lex):
        # "A report released last year found …": the participle and its time describe the subject.
        np = noun_phrase_left(toks, k - 1, lo, lex, p)
        if np is not None:
            return np
    if toks[k].text == ",":
        return _subject_before_appositive(toks, k, lo, lex, p, finite=not toks[ci].key.endswith("ing"))
    if toks[k].text == "." and _abbreviation_dot(toks, k, lex):
        # "Joseph R. Biden Jr. said": the name without its suffix, which only tells him from his father.
        np = noun_phrase_left(toks, k - 1, lo, lex, p)
        if np is None:
            return None
        if k - 1 > np[0] and toks[k - 1].key in lex.company_suffixes:
            return np[0], k + 1  # "Maple Harbour Foods Inc. said": a company's suffix is part of its name
        return (np[0], k - 1) if k - 1 > np[0] else (np[0], k + 1)
    if toks[k].text == ")" or toks[k].text in _ASIDE_DASHES or (toks[k].text == "-" and _spaced_hyphen(toks, k)):
        # "Sen. David Perdue (R-Ga.) said", "Kall -- co-editor of a book -- said", "Reyes - his co-host - told":
        # the mention runs through the parenthetical.
        mark, reach = ("(", _MAX_PARENTHESIS_TOKENS) if toks[k].text == ")" else (toks[k].text, _MAX_APPOSITIVE_TOKENS)
        opening = next(
            (
                m
                for m in range(k - 1, max(lo, k - reach) - 1, -1)
                if toks[m].text == mark and (mark != "-" or _spaced_hyphen(toks, m))
            ),
            None,
        )
        np = noun_phrase_left(toks, opening - 1, lo, lex, p) if opening is not None else None
        if np is None or mark != "(":
            return np  # the aside between dashes describes the speaker but is not the name
        return np[0], k + 1
    found = (
        source_group_left(toks, k, lo, lex, p)
        or noun_phrase_left(toks, k, lo, lex, p)
        or _head_before_modifier(toks, k, lo, lex, p)
    )
    if found is not None and found[0] > lo and _modified_opening(toks, lo, found[0], lex, p):
        return lo, k + 1  # "The union representing nurses at Eastside General says": the union, not the hospital
    return found


def _modified_opening(toks: list[Token], lo: int, end: int, lex: Lexicon, p: Paragraph) -> bool:
    """Whether the sentence opens with an article, a noun and a present participle that modifies it, all before
    `end` ("The union representing nurses at …"), with no punctuation or quotation in between."""
    if toks[lo].key not in ARTICLES:
        return False
    for m in range(lo + 2, end):
        tok = toks[m]
        if not tok.is_word or p.quote_of[m] is not None:
            return False
        if tok.key.endswith("ing") and not tok.is_capitalized and lex.word_class(tok.key) is None:
            before = toks[lo + 1 : m]
            return lex.cues.match_at(toks, m) is None and all(lex.word_class(t.key) is None for t in before)
    return False


# Words that join an unnamed source to its group: "a source in the delegation", "a spokesman for the
# delegation", "sources close to the Kremlin", "two sources familiar with the talks" (roles.analyse
# reads the group).
SOURCE_LINKS = frozenset({"in", "at", "within", "inside", "from", "for", "of", "close", "near", "familiar"})


_PLACED = frozenset(("in", "from"))
_FULL_STOPS = frozenset({".", "!", "?"})


def source_noun(tok: Token, lex: Lexicon) -> bool:
    return lex.singular(tok.key) in lex.source_nouns


def source_group_left(toks: list[Token], k: int, lo: int, lex: Lexicon, p: Paragraph) -> tuple[int, int] | None:
    """The mention ending at token k when it is an unnamed source and its group: "a source in the Kremlin said"."""
    # "a spokesperson for Immigration, Refugees and Citizenship Canada": a listed name's commas and "and" are its own
    top = k
    if toks[k].key in lex.organisations.inner_keys:
        reach = k - _LISTED_REACH if k - _LISTED_REACH > lo else lo
        for m in range(k - 1, reach - 1, -1):
            if toks[m].text == "," or toks[m].key == "and":  # what ends the scan below, inside a listed name
                top = _listed_start(toks, k, reach, lex)
                break
    for m in range(top, max(lo, k - MAX_MENTION_TOKENS), -1):
        tok = toks[m]
        if p.quote_of[m] is not None or not tok.is_word or (lower_cue(toks, m, lex) and not _gerund(toks, m, lex)):
            return None
        if tok.key in SOURCE_LINKS and m > lo and toks[m - 1].key == "those":
            return m - 1, k + 1  # "Those close to him say", "those familiar with the talks said"
        if (
            (tok.key in SOURCE_LINKS and source_noun(toks[m - 1], lex))
            or (
                tok.key in _PLACED and toks[m - 1].key in lex.outlet_shapes.get("staff", ())
            )  # "a correspondent in Kyiv"
            # "a nurse at the hospital said", not "give the chair of the DNC authority to call": a noun ends it
            or (
                lex.word_class(toks[k].key) is None
                and not (tok.key in _VENUE_LINKS and any(_venue(t, lex) for t in toks[m + 1 : k + 1]))
                and roles.person_from(toks, m, lex, titles=True)
            )
        ):
            np = noun_phrase_left(toks, m - 1, lo, lex, p)
            return (np[0], k + 1) if np is not None else None
        if lex.word_class(tok.key) in ("boundary", "relative", "pronoun") and not (m == k and tok.key in _OBJECTS):
            return None  # but "close to him", "familiar with them": the group's last word
    return None


_OBJECTS = frozenset({"him", "her", "them", "us", "me"})


_LISTED_REACH = 8  # words of the longest listed organisation's name looked back over


def _listed_start(toks: list[Token], k: int, reach: int, lex: Lexicon) -> int:
    """The first token (from `reach` on) of a listed organisation's name that ends at token k, else k."""
    firsts = lex.organisations.first_keys
    for m in range(k - 1, reach - 1, -1):
        if toks[m].key in firsts and (hit := lex.organisations.match_at(toks, m)) is not None and m + hit[0] == k + 1:
            return m
    return k


def _gerund(toks: list[Token], m: int, lex: Lexicon) -> bool:
    """Whether a cue's -ing form is a noun after its adjective or article ("familiar with Chinese thinking")."""
    prev = toks[m - 1] if m > 0 else None
    return (
        toks[m].key.endswith("ing")
        and prev is not None
        and prev.is_word
        and (prev.is_capitalized or lex.word_class(prev.key) == "determiner")
        and prev.key not in SOURCE_LINKS
    )


def _source_group_right(toks: list[Token], end: int, hi: int, lex: Lexicon, p: Paragraph) -> int:
    """Where an unnamed source's mention after the cue ends, over its group: "according to a source in the
    Turkish Foreign Ministry", "said a source close to the talks"."""
    # The link word may already close the noun phrase ("a source close" before "to the Kremlin").
    link = next((m for m in (end, end - 1) if 0 < m < hi and toks[m].key in SOURCE_LINKS), None)
    person = False
    if link is None or not source_noun(toks[link - 1], lex):
        person = 0 < end < hi and roles.person_from(toks, end, lex, titles=True)
        if not person:
            return end
        link = end  # "said a nurse at the hospital.", "said officials with the city."
    k = link + 1
    while k < hi and k - link < MAX_MENTION_TOKENS and p.quote_of[k] is None:
        tok = toks[k]
        if tok.text == "." and _abbreviation_dot(toks, k, lex):
            k += 1
            continue
        if not tok.is_word or lex.word_class(tok.key) in ("boundary", "relative", "pronoun") or lower_cue(toks, k, lex):
            break
        if (tok.key.endswith("ing") and not tok.is_capitalized) or (
            k > link + 1 and lex.word_class(tok.key) == "preposition"
        ):
            break  # "… speaking to RIA Novosti", "… on Friday"
        k += 1
    if person and (
        (k < hi and toks[k].text not in _FULL_STOPS) or (toks[link].key in _VENUE_LINKS and _venue(toks[k - 1], lex))
    ):
        return end  # "telling customers at a Halifax, Nova Scotia, diner": an addressee; "… in a letter": a venue
    return k if k > link + 1 else end


_VENUE_LINKS = frozenset({"in", "at", "on"})  # "in a letter", "at a news conference"; not "a judge with the court"


def _venue(tok: Token, lex: Lexicon) -> bool:
    """Where or in what a statement was made, not a person's group: "in a letter", "at a news conference"."""
    key = tok.key
    return key in lex.venue_nouns or key in lex.document_nouns or key in lex.issued_nouns


def past_adverbials(toks: list[Token], k: int, lo: int, lex: Lexicon) -> int:
    while k >= lo and is_adverbial(toks[k], lex):
        k -= 1
    return k


_PERFECT = frozenset({"has", "have", "had"})
_PLACE_ADVERBS = frozenset({"here", "there"})


def _participle_modifier(toks: list[Token], k: int, lo: int, lex: Lexicon) -> bool:
    """A past participle after a noun ("a poll released Friday", "the letter sent to members"), not a verb."""
    tok = toks[k]
    return (
        k > lo
        and tok.key.endswith("ed")
        and not tok.is_capitalized
        and lex.word_class(tok.key) is None
        and lex.cues.match_at(toks, k) is None
        and toks[k - 1].is_word
        and lex.word_class(toks[k - 1].key) is None
        and "'" not in toks[k - 1].key  # "he's heralded plans": a verb after its subject
    )


def _past_time(toks: list[Token], k: int, lo: int, lex: Lexicon) -> int:
    """Back past a time phrase between a subject and its verb ("who in 2010 said", "Trump last week said")."""
    if k >= lo and _share_left(toks, k, lo) is not None:
        return k  # "six in 10 said": a share of people, not a year
    j = k
    while j >= lo and k - j < _MAX_TIME_WORDS and (toks[j].key in lex.time_words or toks[j].text.isdigit()):
        if j > lo and toks[j - 1].key in _NUMBERED_NAMES and toks[j - 1].is_capitalized:
            break  # "CUPE Local 79 says": the number ends a union local's name, no year
        j -= 1
    if j == k:
        return k
    if j >= lo and lex.word_class(toks[j].key) == "preposition":
        j -= 1
    return past_adverbials(toks, j, lo, lex)


_APOSTROPHES = frozenset({"'", "’"})
_MAX_TIME_WORDS = 3
_NUMBERED_NAMES = frozenset({"local", "lodge"})  # "CUPE Local 79", "Unifor Local 444", "IAM Lodge 2323"
# A passive participle and its preposition after a noun, where the verb is never intransitive: "a man accused of
# fraud", "a woman charged with theft" (a subject with its modifier, not a finite verb and its complement).
_CHARGED = frozenset({("accused", "of"), ("charged", "with"), ("convicted", "of"), ("suspected", "of")})
_POSTMODIFIERS = frozenset({"of", "on", "for", "at", "from", "with", "in"})


def _head_before_modifier(toks: list[Token], k: int, lo: int, lex: Lexicon, p: Paragraph) -> tuple[int, int] | None:
    """ "Experts on North Korea and nuclear nonproliferation said": the head sits before its modifier.

    Not when a closed-class word stands before the cue ("urged his supporters … to ask", "… and warned"):
    the phrase before it is an object, not the cue's subject."""
    if lex.word_class(toks[k].key) is not None:
        return None
    for m in range(k - 1, max(lo, k - MAX_MENTION_TOKENS), -1):
        tok = toks[m]
        if (
            p.quote_of[m] is not None
            or not tok.is_word
            or (tok.key in lex.cues.first_keys and lex.cues.match_at(toks, m))
        ):
            return None
        if tok.key in _POSTMODIFIERS and m > lo:
            np = noun_phrase_left(toks, m - 1, lo, lex, p)
            if np is None and (toks[m - 1].key, tok.key) in _CHARGED and m - 1 > lo:
                np = noun_phrase_left(toks, m - 2, lo, lex, p)  # "A man accused of fraud told …"
            if np is not None and lex.word_class(toks[np[1] - 1].key) not in ("pronoun", "relative"):
                return np[0], k + 1
    return None


WH_WORDS = frozenset({"which", "what", "how", "whom"})
ARTICLES = frozenset({"the", "a", "an"})
COORDINATORS = frozenset({"and", "but", "yet", "or"})
SUBORDINATORS = frozenset({"though", "although", "while", "when", "as", "because", "since", "if", "after", "before"})


_MAX_SOURCE_TOKENS = 25  # "According to early results of the exit poll conducted by Edison Research for …,"


def through_modifiers(toks: list[Token], mention: tuple[int, int], hi: int, p: Paragraph) -> tuple[int, int]:
    """Extend a sentence-opening source over its modifiers up to the comma: "a source in the delegation,"."""
    for m in range(mention[1], min(hi, mention[0] + _MAX_SOURCE_TOKENS)):
        if p.quote_of[m] is not None:
            break
        if toks[m].text == ",":
            return mention[0], m
    return mention


def ends_inverted(toks: list[Token], end: int, hi: int, lex: Lexicon) -> bool:
    """Whether a phrase after the cue closes an inverted report ("…," said Caddell, a pollster.)."""
    if end >= hi:
        return True
    tok = toks[end]
    return (
        not tok.is_word
        or lex.word_class(tok.key) == "preposition"
        or tok.key in lex.time_words
        or tok.key == "of"  # "…," said Mr. Nevins of Showtime.
        or tok.key in ("who", "whose")  # "…," said a woman who lives nearby.
        or (tok.key.endswith("ed") and toks[end - 1].key in lex.document_nouns)  # "…," said a statement released …
    )


def member_body_right(
    text: str, toks: list[Token], mention: tuple[int, int], hi: int, lex: Lexicon, p: Paragraph
) -> int:
    """Where an inverted mention ends over the capitalized body after "of"/"from" ("…," said Tom Reyes from the
    Halifax Port Authority.): as far as the same words before a cue name a person and a body they speak for."""
    start, end = mention
    if end + 1 >= hi or toks[end].key not in ("of", "from") or not toks[end - 1].is_capitalized:
        return end
    k = end + 1 + (toks[end + 1].key == "the")
    last = None
    while k < hi and p.quote_of[k] is None and (toks[k].is_capitalized or (last and toks[k].key in ("of", "and"))):
        last = k if toks[k].is_capitalized else last
        k += 1
    if last is None:
        return end
    parts = roles.analyse(text, Span(toks[start].start, toks[last].end), lex, toks[start : last + 1])
    # not "said Mr. Nevins of Showtime", "said President Biden of the United States": no full name, no member
    return last + 1 if parts.name and parts.affiliation else end


def name_after_role(text: str, toks: list[Token], mention: tuple[int, int], hi: int, lex: Lexicon, p: Paragraph) -> int:
    """Where an inverted mention of a role ends over the name in apposition after it ("…," said its president,
    Greg Thibodeau.), as "Its president, Greg Thibodeau, said" is read: a name closing the sentence or a clause."""
    start, end = mention
    if end + 2 >= hi or toks[end].text != "," or toks[end - 1].is_capitalized or p.quote_of[end + 1] is not None:
        return end
    k = end + 1
    while (
        k < hi
        and p.quote_of[k] is None
        and (toks[k].is_capitalized or (toks[k].text == "." and k + 1 < hi and toks[k + 1].is_capitalized))
    ):
        k += 1
    if k - (end + 1) < 2 or (k < hi and toks[k].is_word):
        return end
    parts = roles.analyse(text, Span(toks[start].start, toks[k - 1].end), lex, toks[start:k])
    return k if parts.name and parts.head is None else end


def sentence_subject(toks: list[Token], lo: int, end: int, lex: Lexicon, p: Paragraph) -> tuple[int, int] | None:
    """The subject at the start of a sentence, past an opening adverbial ("This week, the president …")."""
    commas = [m + 1 for m in range(lo, end) if toks[m].text == "," and p.quote_of[m] is None]
    starts = [lo, *commas[:2]]
    for start in starts:
        if start < end and (toks[start].key in SUBORDINATORS or toks[start].key in COORDINATORS):
            start += 1  # "Though she called … and called for …", "But Moss said … and said …"
        if start >= end or lex.word_class(toks[start].key) in ("preposition", "boundary", "relative"):
            continue
        np = noun_phrase_right(toks, start, end, lex, p)
        if np is None:
            continue
        # The phrase may run on over the verb ("The league strongly", "His chief aide doubled", "the band thanked
        # police"): the longest plausible start of it before the verb is the subject ("The elected officials" keep
        # their participle after a determiner).
        verb = next(
            (
                m
                for m in range(np[0] + 1, np[1] - 1)
                if _past_verb(toks[m], lex)
                and lex.word_class(toks[m - 1].key) not in ("determiner", "modifier")
                and not toks[m - 1].key.endswith("ly")
            ),
            np[1],
        )
        for stop in range(verb, np[0], -1):
            if lex.word_class(toks[stop - 1].key) == "determiner":
                break  # "The", "One": no head left
            if plausible(toks[np[0] : stop], lex) and not _past_verb(toks[stop - 1], lex):
                return np[0], stop  # not "Members of the union voted": its head is before "of", its verb after
    return None


def _past_verb(tok: Token, lex: Lexicon) -> bool:
    """A lowercase word in "-ed" that names no one: a verb after its subject ("voted"), not "the accused"."""
    return (
        tok.key.endswith("ed")
        and not tok.is_capitalized
        and lex.word_class(tok.key) is None
        and not (lex.names_someone(tok.key))
    )


def is_adverbial(tok: Token, lex: Lexicon) -> bool:
    """Words between a subject and its verb: "also", "has", "didn't", "harshly"."""
    if tok.is_capitalized:
        return False
    key = tok.key
    return (
        lex.word_class(key) == "modifier"
        or key.endswith(("n't", "n’t"))
        # not a noun for someone that ends so: "The family said"
        or (key.endswith("ly") and len(key) > 4 and lex.word_class(key) is None and not lex.listed_speaker_noun(key))
    )


_FRONTED_PLACES = frozenset({"outside", "inside"})  # a fronted segment of place, capitalized, is no name


def _subject_before_appositive(
    toks: list[Token], comma: int, lo: int, lex: Lexicon, p: Paragraph, finite: bool = False
) -> tuple[int, int] | None:
    """ "Vladimir Medinsky, who heads the Russian delegation, stated": the mention runs up to the comma (before a
    `finite` cue, not across a clause of its own).

    With several commas ("Donna Rawlings, 59, of Ashton, Md., who watched …, said") the speaker is the
    leftmost name that fills a whole comma segment; else the nearest name before a comma."""
    lo = max(lo, comma - _MAX_APPOSITIVE_TOKENS)
    nearest = leftmost = unnamed = None
    end = comma  # the segment is toks[start:end]
    for n in range(_MAX_APPOSITIVE_COMMAS):
        start = end
        while start > lo and toks[start - 1].text != ",":
            if p.quote_of[start - 1] is not None:
                title = _title_start(toks, start - 1, lo, p)
                if title is None:
                    break
                start = title  # "Hemsley, the author of “Going Viral,” said": a title in the appositive
                continue
            if toks[start - 1].text[0] in CLAUSE_END and not _abbreviation_dot(toks, start - 1, lex):
                break
            start -= 1
        last = end - 1
        if end > start and toks[last].text == ")":  # "Sen. Claire McCaskill (D-Mo.), who …"
            last = next((m - 1 for m in range(last, start, -1) if toks[m].text == "("), last)
        np = noun_phrase_left(toks, last, start, lex, p) if end > start else None
        if (
            unnamed is None
            and np is not None
            and np[0] > start
            and toks[np[0] - 1].key in _PERSON_PLACES
            and (group := source_group_left(toks, last, start, lex, p)) is not None
            and group[0] == start
            and not any(t.is_capitalized for t in toks[start + 1 : end])
        ):
            unnamed = group  # "A nurse at the hospital, who asked not to be named, said": when no name speaks
        if np is not None and last < end - 1:
            np = np[0], end
        if (
            np is not None
            and toks[start].key not in _FRONTED_PLACES  # "Outside court, his mother, Ann Lee, said"
            and any(_is_name_word(t, lex) for t in toks[np[0] : np[1]])
        ):
            if np[0] == past_opener(p, start, end) and np[1] == end:
                leftmost = np
            elif nearest is None and n > 0:
                nearest = np
        if start <= lo or toks[start - 1].text != ",":
            break
        end = start - 1
    found = leftmost or nearest or unnamed
    if found is None or (finite and _clause_between(toks, found[1], comma, lex)):
        return None  # "In Tarn, the race will be tight, said Lena Hart": the name after a finite cue speaks
    # "The Russian side, according to Ukrainska Pravda, demanded …": the relay in the aside names no part of the speaker
    aside = next((m for m in range(found[1], comma) if toks[m].text == "," and toks[m + 1].key == "according"), comma)
    return found[0], aside


_FINITE = frozenset({"is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "must"})


def _clause_between(toks: list[Token], end: int, comma: int, lex: Lexicon) -> bool:
    """Whether the comma segment just before the cue's comma, after the name found, is a clause of its own ("In Tarn,
    the race will be tight, said Lena Hart": the name after the cue speaks), not an appositive ("Ann Lee, the mayor
    who was elected,") nor a relative clause ("…, who has led the union,")."""
    start = comma
    while start > end and toks[start - 1].text != ",":
        start -= 1
    if start < comma and toks[start].key in COORDINATORS:
        start += 1  # "…, but it is under pressure, said …"
    if start == end or lex.word_class(toks[start].key) not in ("determiner", "pronoun"):
        return False  # "Ann Lee, 59, of Tarn,", "…, who has …": no clause opens the segment
    for m in range(start + 1, comma):
        key = toks[m].key
        if key in _FINITE:
            return True
        if lex.word_class(key) in ("relative", "boundary") or key in _PARTICIPLE_LINKS:
            return False
    return False


_PARTICIPLE_LINKS = frozenset({"that", "who", "which", "whose", "whom"})


_MAX_TITLE_TOKENS = 10  # "“The Art of the Deal,”": a book's, a show's or a song's title, its marks and comma


def _title_start(toks: list[Token], last: int, lo: int, p: Paragraph) -> int | None:
    """The first token of a short quotation ending at token `last` that a word before it introduces as a title ("the
    author of “Going Viral,”", "the show “The Island”"), or None for a quotation of someone's words."""
    q = p.quote_of[last]
    first = last
    while first > lo and p.quote_of[first - 1] == q:
        first -= 1
        if last - first > _MAX_TITLE_TOKENS:
            return None
    if first <= lo or not toks[first - 1].is_word:
        return None  # "…, “We will win,” said …" or a quotation after a colon: words, not a title
    return first


def _spaced_hyphen(toks: list[Token], k: int) -> bool:
    """A hyphen with a space either side, which some papers set for a dash ("Reyes - his co-host - told")."""
    return (
        toks[k].text == "-"
        and 0 < k < len(toks) - 1
        and toks[k - 1].end < toks[k].start
        and toks[k].end < toks[k + 1].start
    )


_MAX_APPOSITIVE_COMMAS = 6
_PERSON_PLACES = frozenset({"at", "with", "in", "from"})  # "a nurse at the hospital", "officials with the city"
_ASIDE_DASHES = frozenset({"--", "—", "–"})


def _abbreviation_dot(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """The dot of "Md.", "Sen.", an initial or any word before a comma ("Del.,"), not a sentence end."""
    if toks[k].text != "." or k == 0:
        return False
    before = toks[k - 1]
    after = toks[k + 1] if k + 1 < len(toks) else None
    return (
        before.key + "." in lex.abbreviations
        or (len(before.text) == 1 and before.is_capitalized and (k < 2 or toks[k - 2].end != before.start))  # not 3M
        or (after is not None and (after.text == "," or after.start == toks[k].end))  # "Del.,", "R-S.C."
    )


def noun_phrase_left(toks: list[Token], k: int, lo: int, lex: Lexicon, p: Paragraph) -> tuple[int, int] | None:
    """A noun phrase ending at token k: a pronoun, a name with its titles, or determiner + nouns."""
    if k < lo or p.quote_of[k] is not None:
        return None
    cls = lex.word_class(toks[k].key)
    if cls in ("pronoun", "relative") or contracted_pronoun(toks[k], lex):
        return k, k + 1
    if toks[k].key in _QUANTITIES and (k == lo or not toks[k - 1].is_word):
        return k, k + 1  # "Some said …", "…, most said …"
    if toks[k].key in _QUANTITIES and toks[k - 1].key in _APPROXIMATELY and (k - 1 == lo or not toks[k - 2].is_word):
        return k - 1, k + 1  # "Almost half said …", "Nearly all say …"
    if (share := _share_left(toks, k, lo)) is not None:
        return share, k + 1
    if k > lo and toks[k - 1].key in _NUMBERED_NAMES and toks[k - 1].is_capitalized and toks[k].text.isdigit():
        local = noun_phrase_left(toks, k - 1, lo, lex, p)  # "CUPE Local 79": the number is the name's
        return (local[0], k + 1) if local is not None else None
    if (
        (cls == "determiner" or toks[k].text.isdigit())
        and k - 2 >= lo
        and toks[k - 1].key == "of"
        and toks[k - 2].key in lex.gendered_words
        and (parent := noun_phrase_left(toks, k - 2, lo, lex, p)) is not None
    ):
        return parent[0], k + 1  # "the mother of three", "a father of 2": a parent with the children's count
    if not toks[k].is_word or cls is not None or (lower_cue(toks, k, lex) and not _cue_noun(toks, k, lo, lex)):
        return None
    i = k
    while i - 1 >= lo and k - i < MAX_MENTION_TOKENS and p.quote_of[i - 1] is None:
        prev = toks[i - 1]
        if prev.text == "." and i - 2 >= lo and _abbreviation_dot(toks, i - 1, lex) and not toks[i - 2].text.isdigit():
            i -= 2  # "Mr. Obama", "Leonard E. Burman"
            continue
        if prev.text == "-" and i - 2 >= lo and toks[i].key.endswith("year-old") and toks[i - 2].text.isdigit():
            i -= 2  # "the 27-year-old"
            continue
        if prev.text in _APOSTROPHES and i - 2 >= lo and toks[i - 2].end == prev.start and toks[i - 2].key[-1:] == "s":
            i -= 1  # "the victims' relatives", "the workers' union": a plural possessive
            continue
        if prev.text == "&" and i - 2 >= lo and toks[i - 2].is_capitalized and toks[i].is_capitalized:
            i -= 1  # "Procter & Gamble"
            continue
        if prev.text == ")" and (opening := _short_form_before(toks, i - 1, lo)) is not None:
            i = opening  # "Justice and Development Party (AK Party) spokesperson": a body's short form inside
            continue
        if (
            prev.text == ","
            and i - 2 >= lo
            and toks[i - 2].key in lex.organisations.first_keys
            and (hit := lex.organisations.match_at(toks, i - 2)) is not None
            and i - 2 + hit[0] > k
        ):
            i -= 2  # "Immigration, Refugees and Citizenship Canada": a listed body's name holds a comma
            continue
        if not prev.is_word or (prev.key in _NAMING and toks[i].is_capitalized):
            break  # "a charity named Friends of Halden Harbour said": the name given speaks
        if prev.key == "and" and i - 2 >= lo and _title_word(toks[i - 2].key, lex) and _title_word(toks[i].key, lex):
            i -= 2  # "co-founder and chief executive Priyanka Raman", "owner and chef Marco Rossi": one person's titles
            continue
        if prev.key == "and" and _body_across_and(toks, i, k, lo, lex):
            i -= 2  # "Justice and Development Party spokesperson Omer Celik": one body's name
            continue
        if prev.key == "and" and (both := _coordinated_names(toks, i, lo, lex, p)) is not None:
            i = both  # "Smith and Jones said", "Canada and Norway called for": both speak
            break
        cls = lex.word_class(prev.key)
        if cls == "determiner":
            i -= 1
            if prev.key in _COUNTS and i - 1 >= lo and toks[i - 1].key == "the":
                i -= 1  # "Two of the three judges": the count is the group's, "of the" before it (_through_of)
            break
        if (
            prev.key in lex.inner_words
            and not prev.is_capitalized
            and (start := lex.phrase_before(toks, lo, i)) is not None
        ):
            i = start  # "… Council of Ukraine Secretary", "Ministry of Foreign Affairs spokeswoman"
            continue
        if prev.key == "of" and i - 2 >= lo and not toks[i].is_capitalized and _title_word(toks[i - 2].key, lex):
            i -= 2  # "CBSA vice-president of enforcement Ann Lee": a position over a lowercase portfolio
            continue
        if (
            cls == "modifier"
            and prev.is_capitalized
            and toks[i].is_capitalized
            and (i - 1 > lo or toks[i].key in lex.body_nouns)
        ):
            # "the Peguis First Nation", "First Nation leaders": a word of a capitalized name, not an adverb
            # opening the sentence ("Later Ann Lee said")
            i -= 1
            continue
        if cls is not None or lower_cue(toks, i - 1, lex):
            break
        i -= 1
    if i > lo and toks[i - 1].key == "in" and (share := _share_left(toks, i, lo)) is not None:
        i = share  # "One in four voters": the share of the group, not its count alone
    if not plausible(toks[i : k + 1], lex):
        return None
    start = _through_of(toks, i, lo, lex, p)
    if start == i and i - 2 >= lo and toks[i - 1].key == "in" and toks[i - 2].is_capitalized and toks[i].is_capitalized:
        # "Thomas Ngata of Otago University in Dunedin said": the place is the body's, the person speaks
        body = noun_phrase_left(toks, i - 2, lo, lex, p)
        if body is not None and any(toks[m].key == "of" for m in range(body[0] + 1, i - 2)):
            return body[0], k + 1
    return start, k + 1


def _coordinated_names(toks: list[Token], i: int, lo: int, lex: Lexicon, p: Paragraph) -> int | None:
    """The start of a capitalised name joined by the "and" before toks[i] to the capitalised name from toks[i] that
    opens a clause ("Smith and Jones said", "Both Kemp and Moss"), or None: not a name after a verb ("… met Kemp and
    Moss said") nor a lower-case phrase."""
    if not (toks[i].is_capitalized and i - 2 >= lo and toks[i - 2].is_capitalized and p.quote_of[i - 2] is None):
        return None
    left = noun_phrase_left(toks, i - 2, lo, lex, p)
    if left is None or not toks[left[0]].is_capitalized:
        return None
    start = left[0]
    if not all(t.is_capitalized or not t.is_word for t in toks[start : i - 1]):
        return None  # "Kemp met Smith": a verb inside
    if start > lo and toks[start - 1].key == "both":
        start -= 1
    return start if start == lo or not toks[start - 1].is_word else None


_BODY_WORDS = 3  # capitalized words of a body's name before its "and"


def _body_across_and(toks: list[Token], i: int, k: int, lo: int, lex: Lexicon) -> bool:
    """Whether the "and" before toks[i] joins one word to a capitalised body's name that goes on to a body noun
    ("Justice and Development Party", "Trade and Industry Ministry"); not two people ("Anna Berg and Labour Party
    leader Ian Holt") nor a person and a body ("Smith and Labour Party leader Ian Holt")."""
    w = i - 2
    if w < lo or not toks[w].is_capitalized:
        return False
    first = w
    while first > lo and toks[first - 1].is_capitalized and toks[first - 1].is_word and first > w - _BODY_WORDS:
        first -= 1  # "the New Brunswick Labour and Employment Board": a place's name before the first word
    if (
        first - 2 >= lo
        and toks[first - 1].key in ("of", "for")
        and toks[first - 2].is_capitalized
        and toks[first - 2].key in lex.body_nouns
    ):
        # "the Department of Community and Government Services": a body noun and its "of" before the first word
        # (not a person after the "and": "the Department of Health and Ann Lee")
        person = toks[i].key in lex.first_names or lex.titles.match_at(toks, i) is not None
        return not person and all(t.is_capitalized and t.is_word for t in toks[i : k + 1])
    if first > lo and toks[first - 1].is_word and lex.word_class(toks[first - 1].key) != "determiner":
        return False
    name = toks[w].text
    if name in lex.surnames or name.lower() in lex.first_names or lex.speakers.get(name) is not None:
        return False
    if first < w and (toks[first].key in lex.first_names or lex.titles.match_at(toks, first) is not None):
        return False  # "Anna Berg and …", "Mayor Berg and …": a person before the "and"
    j, suffixes = i, lex.company_suffixes  # "the Ontario Lottery and Gaming Corporation"
    while j <= k and toks[j].is_capitalized and toks[j].key not in lex.body_nouns and toks[j].key not in suffixes:
        j += 1
    # the body noun capitalized, or in lowercase heading the mention ("the United Food and Commercial Workers union")
    return j <= k and (toks[j].is_capitalized or (j == k and toks[j].key in lex.body_nouns)) and j > i


def _short_form_before(toks: list[Token], close: int, lo: int) -> int | None:
    """The start of a capitalised name whose short form in brackets ends at toks[close] (")"), or None."""
    opening = next((m for m in range(close - 1, max(lo, close - 6) - 1, -1) if toks[m].text == "("), None)
    if opening is None or opening - 1 < lo or opening + 1 == close:
        return None
    inner = toks[opening + 1 : close]
    if not all(t.is_word and t.text[0].isupper() for t in inner) or not toks[opening - 1].is_capitalized:
        return None
    return opening


def _title_word(key: str, lex: Lexicon) -> bool:
    """Whether a word names a person's position or trade ("executive", "owner", "co-founder"), around an "and" that
    joins two of one person's."""
    nouns = lex.person_nouns  # singular: "supporters and administration officials" are two groups
    return key in nouns or key in lex.titles.first_keys or (key.startswith("co-") and key[3:] in nouns)


_COUNTS = frozenset(
    {
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "each",
        "either",
        "neither",
        "several",
    }
)


# Words that qualify a quantity that speaks: "Almost half said", "Nearly all say", "Only some agreed".
_APPROXIMATELY = frozenset({"almost", "nearly", "about", "roughly", "only", "just", "barely", "fully"})


def _share_left(toks: list[Token], k: int, lo: int) -> int | None:
    """The start of a poll's share of people ending at token k: "47%", "six in 10", "one in four", "nine out of 10"."""
    if toks[k].text == "%" and k > lo and toks[k - 1].text[:1].isdigit():
        return k - 1
    if k - 2 >= lo and toks[k - 1].key == "in" and _count(toks[k]) and _count(toks[k - 2]):
        return k - 2
    if k - 3 >= lo and toks[k - 1].key == "of" and toks[k - 2].key == "out" and _count(toks[k]) and _count(toks[k - 3]):
        return k - 3  # "nine out of 10"
    return None


def share_in(toks: list[Token], k: int, hi: int) -> bool:
    """Whether the "in" at token k joins the counts of a poll's share ("one in four", "4 in 10"), no place or time."""
    return 0 < k < hi - 1 and _count(toks[k + 1]) and _count(toks[k - 1])


_DIGITS = frozenset("0123456789")


def _count(tok: Token) -> bool:
    return tok.key in _COUNTS or tok.text.isdigit()


def _through_of(toks: list[Token], i: int, lo: int, lex: Lexicon, p: Paragraph) -> int:
    """The start of a phrase that takes in a head before "of"/"for": "one of the sources", "Karl Voss of the
    Institute of Soil Studies", "Bank of Ardia CEO Tom Reyes" (a name or count either side)."""
    if i - 2 < lo or toks[i - 1].key not in ("of", "for") or p.quote_of[i - 2] is not None:
        return i
    head = toks[i - 2]
    if head.key in _COUNTS or head.key in _QUANTITIES or head.text.isdigit():
        return i - 2
    if not (head.is_capitalized and (toks[i].is_capitalized or toks[i].key == "the")):
        return i
    j = i - 2  # a capitalized run before "of": the person or office it belongs to
    while j - 1 >= lo and toks[j - 1].is_capitalized and toks[j - 1].is_word and p.quote_of[j - 1] is None:
        j -= 1
    spanning = next((m for m in range(j, i - 1) if (t := lex.titles.match_at(toks, m)) and m + t[0] >= i), None)
    if spanning is not None:
        # "Secretary of State Ann Lowe": the title's own "of" (read with the title table), the whole title when it
        # opens the run ("First Deputy Chief of Staff of the Presidential Administration Sergei Kiriyenko")
        return j if spanning == j and (j == lo or not toks[j - 1].is_word) else i
    if j > lo and toks[j - 1].key == "the":
        # "the Coordination Headquarters for the Treatment of …": the article opens the phrase; "Press Secretary of the
        # President of the Russian Federation Dmitry Peskov": a title of the title's office
        return _through_of(toks, j - 1, lo, lex, p)
    if j > lo and toks[j - 1].key in ("of", "for") and (start := _through_of(toks, j, lo, lex, p)) < j:
        return start  # "Chief of Staff of the Presidential Administration …": a title "of" the body
    if j > lo and (
        toks[j - 1].key in _NAMING or (j - 2 >= lo and toks[j - 1].key == "as" and toks[j - 2].key == "known")
    ):
        return j  # "a group called Friends of the Pier": the name given is whole
    return j if j == lo or not toks[j - 1].is_word else i


_NAMING = frozenset({"called", "named", "dubbed"})  # words that give a body its name before it


def _cue_noun(toks: list[Token], k: int, lo: int, lex: Lexicon) -> bool:
    """A cue word used as a speaker noun after a determiner: "the report said", "a poll shows"."""
    return k > lo and lex.word_class(toks[k - 1].key) == "determiner" and lex.names_someone(toks[k].key)


def lower_cue(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A reporting verb, not a capitalized name that looks like one ("The Washington Post") nor a
    noun form before anything but "that", a colon or a quotation ("according to state law")."""
    if toks[k].is_capitalized or toks[k].key not in lex.cues.first_keys:
        return False  # most words start no cue: one look-up
    hit = lex.cues.match_at(toks, k)
    if hit is None:
        return False
    nxt = toks[k + hit[0]] if k + hit[0] < len(toks) else None
    if toks[k].key in lex.cue_compounds.first_keys and lex.cue_compounds.match_at(toks, k):
        return False  # "the think tank": a noun
    if not hit[1].noun:
        return True
    return nxt is not None and (nxt.key == "that" or nxt.text == ":" or nxt.text[0] in OPENING_MARKS)


_QUANTITIES = frozenset(
    {
        "percent",
        "majority",
        "minority",
        "half",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "most",
        "many",
        "some",
        "both",
        "several",
        "all",
        "none",
        "few",
        "number",
        "share",
        "lot",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "chorus",
        "handful",
        "group",
    }
)


_POLLED = frozenset({"surveyed", "polled", "questioned", "interviewed", "sampled"})


# Endings of the adjectives that go before a role ("political scientist", "senior adviser", "legislative aide").
_ROLE_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ior")


def _role_modifier(toks: list[Token], k: int, hi: int, lex: Lexicon) -> bool:
    """Whether lower-case token k is an adjective of the person's role right after it ("Yale political scientist Ann
    Lee", "Republican senior adviser"), not a verb after a name ("Obama met survivors")."""
    nxt = k + 1
    return (
        toks[k].key.endswith(_ROLE_ADJECTIVE_ENDINGS)
        and nxt < hi
        and toks[nxt].is_word
        and not toks[nxt].is_capitalized
        and toks[nxt].key not in lex.document_nouns  # "a Post-ABC News national poll" names the pollster
        and _names_role(toks, nxt, lex)
    )


def _names_role(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether lower-case token k continues a speaker's phrase ("the Trump campaign", "Obama aides")."""
    tok = toks[k]
    return (
        lex.names_someone(tok.key)
        or lex.titles.match_at(toks, k) is not None
        or lex.media_nouns.match_at(toks, k) is not None
        or lex.countries.match_at(toks, k - 1) is not None  # "the Russian delegation", "Turkish officials"
    )


def plausible(words: list[Token], lex: Lexicon) -> bool:
    """Whether the phrase can name a speaker: a name, or a head noun that names someone.

    Rejects "his home state", "85 percent support", "Istanbul represent" — a noun read as a cue.
    """
    if len(words) > 1 and words[-1].key in _POLLED:
        words = words[:-1]  # "voters surveyed", "those polled": the people asked
        if words[-1].key == "those":
            return True
    of = next((n for n, w in enumerate(words) if w.key == "of" and 0 < n < len(words) - 1), None)
    if of is not None:
        # The head precedes "of" ("the head of the delegation", not "round of Russia") unless it
        # counts people ("52 percent of registered voters").
        counted = (
            words[of - 1].key in _QUANTITIES
            or (words[of + 1].text[0] in _DIGITS and _count(words[of - 1]))  # "Nearly eight of 10 voters"
            or (words[of - 1].key == "out" and of > 1 and _count(words[of - 2]))
        )
        words = words[of + 1 :] if counted else words[:of]  # "… of registered voters", "four out of 10 voters"
    last = words[-1]
    if last.is_capitalized or last.text.isupper() or particle_name(last):
        return True
    if len(words) > 2 and words[-2].key == "in" and share_in(words, len(words) - 2, len(words)):
        return True  # "one in four said …": a poll's share of people
    if last.key == "percent" and len(words) > 1:
        return True  # "Twelve percent indicated …", "Another 19 percent said …"
    if last.key.endswith("year-old"):
        return True  # "The 27-year-old said …": someone of that age
    return (
        lex.names_someone(last.key)
        or lex.titles.match_at(words, len(words) - 1) is not None
        or lex.media_nouns.match_at(words, len(words) - 1) is not None
    )


def noun_phrase_right(toks: list[Token], j: int, hi: int, lex: Lexicon, p: Paragraph) -> tuple[int, int] | None:
    """The speaker after an inverted cue: "said Caddell", "said the president", "according to Leavitt"."""
    if j >= hi or p.quote_of[j] is not None:
        return None
    cls = lex.word_class(toks[j].key)
    if cls == "pronoun":
        return j, j + 1
    i = j + 1 if cls == "determiner" else j
    if i >= hi or not toks[i].is_word or lex.word_class(toks[i].key) is not None:
        return None
    k = i
    while k < hi and k - j < MAX_MENTION_TOKENS and p.quote_of[k] is None:
        tok = toks[k]
        if tok.text == "." and k > i and _abbreviation_dot(toks, k, lex) and not toks[k - 1].text.isdigit():
            k += 1  # "Mr.", "Jeffrey N. Trimble"
            continue
        if (
            k > i
            and tok.key in lex.inner_words
            and not tok.is_capitalized
            and (across := lex.phrase_across(toks, i, k))
        ):
            k = across  # "Secretary of State Marco Rubio": the title goes on over "of"
            continue
        if (tok.key == "of" or tok.key == "for") and k > i and _body_name_goes_on(toks, i, k, hi, lex):
            k += 1  # "according to the Ministry of Transportation", "the Union for Conservation of Nature"
            continue
        if tok.key == "of" and k == i + 1 and _count(toks[i]) and k + 1 < hi:
            k += 2 if lex.word_class(toks[k + 1].key) == "determiner" else 1  # "say 12 of the 15 observers"
            continue
        if (glued_hyphen(toks, k, hi) or (tok.text == "&" and toks[k - 1].is_capitalized and k + 1 < hi)) and toks[
            k + 1
        ].is_capitalized:
            k += 1  # "according to 7-Eleven", "LSEG Data & Analytics": the name goes on
            continue
        if not tok.is_word or lex.word_class(tok.key) is not None or lower_cue(toks, k, lex):
            break
        if (
            k > i
            and toks[k - 1].is_capitalized
            and not tok.is_capitalized
            and not _names_role(toks, k, lex)
            and not _role_modifier(toks, k, hi, lex)
        ):
            break  # "Cruz exhorted …": the name ends where a verb begins
        k += 1
    if k == i:
        return None
    # "according to presidential administration sources speaking to RIA Novosti": stop at the participle, as at one
    # after a document ("a poll released Tuesday", "a statement issued by …" whose issuer is read after).
    end = next(
        (
            m
            for m in range(i + 1, k)
            if not toks[m].is_capitalized
            and (toks[m].key.endswith("ing") or (toks[m].key.endswith("ed") and toks[m - 1].key in lex.document_nouns))
        ),
        k,
    )
    return j, _source_group_right(toks, end, hi, lex, p)


def glued_hyphen(toks: list[Token], k: int, hi: int) -> bool:
    """A hyphen with no space either side, that the tokenizer splits off a number ("7-Eleven", "24-hour")."""
    return (
        toks[k].text == "-" and 0 < k < hi - 1 and toks[k - 1].end == toks[k].start and toks[k + 1].start == toks[k].end
    )


def _body_name_goes_on(toks: list[Token], i: int, k: int, hi: int, lex: Lexicon) -> bool:
    """Whether "of" or "for" at k links a capitalized body noun to the capitalized words of its name ("Ministry of
    Transportation", "University of Regina", "Union for Conservation of Nature": once past the body noun, the name
    goes on), not a name to what it belongs to ("Ann Lee of the council")."""
    if not (toks[k - 1].is_capitalized and k + 1 < hi and toks[k + 1].is_capitalized):
        return False
    return any(toks[m].key in lex.body_nouns for m in range(i, k)) and (toks[k].key == "of" or k - i < _FOR_REACH)


_FOR_REACH = 4  # words before a body's "for": "the Canadian Centre for …", not "a spokesperson for Parks Canada"


# Sentence openers that link to what came before and are not part of what was said.
OPENERS = frozenset({"and", "but", "so", "yet", "or", "however", "still", "meanwhile", "moreover", "also", "plus"})


def past_opener(p: Paragraph, lo: int, end: int) -> int:
    """Past "And", "But", "However," at the start of reported content (not inside a quotation)."""
    while lo < end - 1 and p.quote_of[lo] is None and p.tokens[lo].key in OPENERS:
        lo += 1
        if p.tokens[lo].text == ",":
            lo += 1
    return lo
