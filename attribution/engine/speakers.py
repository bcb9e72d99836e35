"""Resolve speaker mentions to speakers across one article.

Surnames and pronouns resolve to the full name introduced earlier ("she" → "Caroline Leavitt"), role
nouns to the person introduced with that role, organisations speak for themselves, and unnamed sources
get a readable label ("unnamed official") with the affiliation they are described with.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, compress

from ..models import Span, slot_setting_init
from . import affiliations
from .affiliations import Bodies
from .labels import interviewee, is_headline
from .lexicons import PERSON_SUFFIXES, KnownSpeaker, Lexicon
from .names import known_speaker
from .roles import NAME_PARTICLES, MentionParts, analyse, complete
from .tokens import Token, capitalized_of, capitalized_words, particle_name, start_of, token_start, tokenize


@slot_setting_init
@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    anonymous: bool
    role: str | None
    affiliation: str | None
    country: str | None
    person: bool  # a person (pronoun "he"/"she" may refer to it), not an organisation or group


@slot_setting_init
@dataclass(frozen=True, slots=True)
class NameOccurrence:
    start: int
    full: str  # as written, at its longest ("Caroline Leavitt")
    end: int  # where it ends in the text (a nickname inside it is left out of `full`: 'Angus "Gus" Lachance')


_POSSESSIVE_GLUE = frozenset(("'s ", "’s ", "' ", "’ "))


def _possessed_name(text: str, owner: NameOccurrence, name: NameOccurrence) -> bool:
    """Whether a name follows an outlet's possessive directly ("Fox News' Bret Baier", "CNN's Jake Tapper")."""
    return text[owner.end : name.start] in _POSSESSIVE_GLUE


def name_occurrences(tokens: list[Token], lex: Lexicon) -> list[NameOccurrence]:
    """Every run of two or more capitalized words that is a personal name (titles, places and organisations cut)."""
    out = []
    n = len(tokens)
    cues, cue_firsts, word_class = lex.cues, lex.cues.first_keys, lex.word_class
    titles, orgs, countries = lex.titles, lex.organisations, lex.countries
    resume = 0  # the token after the last run looked at
    goes_on = _run_continuers(lex.inner_words)
    for i in capitalized_words(tokens):
        if i < resume:
            continue
        if i + 1 == n or not (
            tokens[i + 1].is_capitalized
            or tokens[i + 1].key in goes_on
            or "-" in tokens[i + 1].text
            or "'" in tokens[i + 1].text  # "Gerald d'Entremont"
            or tokens[i + 1].text in _NICKNAME_QUOTES  # 'Jalen "Big Sky" Moosomin'
        ):
            if i + 1 < n and tokens[i + 1].text == "(" and (nicknamed := _nicknamed(tokens, i, lex)) is not None:
                out.append(nicknamed)  # "Robert (Bobby) Lachance" is Robert Lachance
                resume = i + 5
            continue  # most capitalized words stand alone ("The", "He"): the next word can neither go on nor join a run
        j = i + 1  # tokens[i] is a capitalized word: it opens the run unless it holds a digit
        if not (tokens[i].text.isalpha() or _no_digit(tokens[i])):
            continue
        nickname = None  # the tokens of a quoted nickname inside the name, no part of it
        while True:
            while j < n:
                tok = tokens[j]
                if tok.start - tokens[j - 1].end >= _LINE_GAP or not (
                    (tok.is_capitalized and tok.is_word and (tok.text.isalpha() or _no_digit(tok)))
                    # most runs end at a lowercase word: the cheap tests first
                    or (tok.text == "." and _initial_dot(tokens, j))
                    or (("-" in tok.text or "'" in tok.text or "’" in tok.text) and particle_name(tok))  # "al-Dosari"
                    or (  # "Marieke van Dijk": a lowercase particle between a first name and a surname
                        tok.key in NAME_PARTICLES
                        and not tok.is_capitalized
                        and j + 1 < n
                        and (
                            (tokens[j + 1].is_capitalized and tokens[j + 1].is_word)
                            or (  # "Mikael van der Linden": two particles
                                tokens[j + 1].key in NAME_PARTICLES
                                and j + 2 < n
                                and tokens[j + 2].is_capitalized
                                and tokens[j + 2].is_word
                            )
                        )
                    )
                ):
                    if tok.text in _NICKNAME_QUOTES and nickname is None and (e := _nickname_end(tokens, j)):
                        nickname, j = (j, e), e
                        continue
                    break
                if (tok.key in cue_firsts and cues.match_at(tokens, j)) or word_class(tok.key) is not None:
                    break  # a title-cased headline: "Obama Says Museum Will Tell …" names only Obama
                j += 1
            # "Secretary of State Marco Rubio" is one run: "State" is no first name.
            lower_inner = (
                j < n and tokens[j].key in lex.inner_words and tokens[j].is_word and not tokens[j].is_capitalized
            )
            if not (lower_inner and (end := lex.phrase_across(tokens, i, j))):
                break
            j = end
        resume = j
        if j - i < 2:
            continue  # a name has two words or more (and a run only loses its last words below)
        while j > i and tokens[j - 1].key in lex.time_words:
            j -= 1  # "in Fort Pierce, Florida Friday": a place and a day, no name
        run = tokens[i:j]
        if len(run) < 2:
            continue  # a name has two words or more
        # "Says Ann Lee: …", "Added Mayor Ann Lee": an inverted cue opening the sentence is no part of the name
        k = hit[0] if run[0].key in cue_firsts and (hit := cues.match_at(run, 0)) else 0
        if k and run[0].key in lex.first_names and len(run) - k < 2:
            k = 0  # "Said Jalili": a first name that is also a cue's form, before a surname
        while k < len(run):  # cut leading titles, places and organisations
            key = run[k].key  # each table tested by its first words before a look-up: most words start no phrase
            hit = (
                (key in titles.first_keys and titles.match_at(run, k))
                or (key in orgs.first_keys and orgs.match_at(run, k))
                or (key in countries.first_keys and countries.match_at(run, k))
                or None
            )
            if (
                hit is None
                and lex.word_class(key) is None
                and key not in ("mr", "mrs", "ms", "dr")
                and key not in lex.non_name_openers  # "Neither Johnson nor Stein", "Like Corker, he"
            ):
                break
            k += hit[0] if hit else 1
        # A cut that ends on a lowercase word ran into a title it read shorter than it is: "Deputy Secretary"
        # in "Deputy Secretary of State Tom Nides"; the name is after the last title.
        k = _after_inner_title(run, k if k >= len(run) or run[k].is_capitalized else -1, lex)
        if (
            0 <= k < len(run) - 2
            # "Sixteen-year-old Maëlle Roy" opening a sentence: an age
            and (
                run[k].key.endswith((*_NOUN_SUFFIXES, "-old"))
                or lex.listed_speaker_noun(run[k].key)
                or (run[k].key.startswith("co-") and lex.listed_speaker_noun(run[k].key[3:]))  # "Co-author Ann Lee"
            )
            and run[k].key not in lex.first_names
            and run[-1].key not in lex.body_nouns  # "Refugee Processing Center" is a body's name
            and run[k].key not in lex.body_nouns  # "Association Restauration Québec", "Union Carbide Canada"
        ):
            k += 1  # "Agronomist Karl Jensen", "Neighbour Sheila Dunn" opening a sentence: a noun for a person
        if k == 0 and len(run) > 2 and _after_title_for(tokens, i, lex):
            k = _portfolio_end(run, lex)  # "Deputy Mayor for Transport Anna Berg": the portfolio, then the name
        # "Nordgrid's Ivo Lund", "CNN's Nic Robertson": the name is after its owner's possessive ("the Kremlin's
        # Peskov" names no one new)
        for m in range(len(run) - 2, k - 1, -1):
            if run[m].key[-2:] in _POSSESSIVE_ENDS:
                k = m + 1
                break
        while 0 < k < len(run) - 2 and run[k - 1].key[-2:] in _POSSESSIVE_ENDS and run[k].key in lex.body_nouns:
            k += 1  # "Head of the President's Office Andriy Yermak": the body owned is no part of the name
        if nickname:  # 'Marine John "Tig" Tiegen': the name opens at the first name nearest before the nickname
            k = next((m - i for m in range(nickname[0] - 1, i + k, -1) if tokens[m].key in lex.first_names), k)
        nick = range(*nickname) if nickname else ()
        if (
            j + 2 < n
            and tokens[j].key == "and"
            and len(run) == 2
            and run[0].key in _PAIR_NOUNS
            and (shared := _shared_surname(tokens, j, run[-1], lex)) is not None
        ):
            out.append(shared)  # "Twins Linh and Bao Nguyen": Linh Nguyen (Bao Nguyen is the next run)
            continue
        name = [t.text for m, t in enumerate(run[k:], i + k) if t.is_word and m not in nick]
        # "THE HARBOUR PRESS/", "BREAKING NEWS": words all in capitals name an outlet or a label, not a person.
        if len(name) < 2 or " ".join(name).isupper():
            continue
        if len(name) >= 2 and all(w.lower() in NAME_PARTICLES for w in name[:-1]):  # "Van der Linden" too
            tail = " " + " ".join(name).lower()
            if (named := next((o.full for o in reversed(out) if o.full.lower().endswith(tail)), None)) is not None:
                # "Van Dijk" opening a sentence: Marieke van Dijk
                out.append(NameOccurrence(run[k].start, named, run[k].start + len(named)))
                continue
        if not any(run[m].key in orgs.first_keys and orgs.match_at(run, m) for m in range(k, len(run))):
            # "Ingrid Solvang's bakery … Solvang said": the name is met first in a possessive (a known first name
            # first: "Injecting Clinton's" opening a sentence is no name).
            if run[-1].key.endswith("'s") and len(name[-1]) > 2 and name[0].lower() in lex.first_names:
                name[-1] = name[-1][:-2]
            full = " ".join(name)
            out.append(NameOccurrence(run[k].start, full, run[-1].end if nickname else run[k].start + len(full)))
    return out


def _shared_surname(tokens: list[Token], j: int, first: Token, lex: Lexicon) -> NameOccurrence | None:
    """ "Linh and Bao Nguyen": a listed first name, "and" (tokens[j]) and a first name and a surname that end the
    run, the first name with the surname they share; else None."""
    if first.key not in lex.first_names or (j + 3 < len(tokens) and tokens[j + 3].is_capitalized):
        return None
    given, surname = tokens[j + 1], tokens[j + 2]
    if not (given.is_capitalized and given.is_word and surname.is_capitalized and surname.is_word):
        return None
    return NameOccurrence(first.start, f"{first.text} {surname.text}", surname.end)


def _nicknamed(tokens: list[Token], i: int, lex: Lexicon) -> NameOccurrence | None:
    """ "Robert (Bobby) Lachance": a listed first name, a capitalized nickname in brackets and a surname, the name
    without its nickname; else None."""
    if i + 4 >= len(tokens) or tokens[i].key not in lex.first_names or tokens[i + 3].text != ")":
        return None
    nickname, surname = tokens[i + 2], tokens[i + 4]
    if not (nickname.is_capitalized and nickname.is_word and surname.is_capitalized and surname.is_word):
        return None
    return NameOccurrence(tokens[i].start, f"{tokens[i].text} {surname.text}", surname.end)


def _possessed_within(short: str, whole: str) -> bool:
    """Whether a body's name with a possessive has, without it, only words of another's: "President's Office" of
    "Office of the President of Ukraine" (the same office, as the lists name it)."""
    bare = re.sub(r"['’]s\b", "", short)
    words = set(whole.lower().split())
    return bare != short and all(w in words for w in bare.lower().split())


@lru_cache(maxsize=4)
def _run_continuers(inner_words: frozenset[str]) -> frozenset[str]:
    """The lower-case words that may go on with a name's run after a capitalized word (name_occurrences): an
    initial's dot, a particle ("van"), a word inside a title or an organisation's name ("of")."""
    return inner_words | NAME_PARTICLES | {"."}


def _no_digit(tok: Token) -> bool:
    return _DIGIT.search(tok.text) is None


_SPACE = re.compile(r"\s*")
# A lede's description of someone named soon after: "A Halifax man", "Manitoba's education minister".
_LEDE_DESCRIPTION = re.compile(r"(?:[A-Z][A-Z .,'’-]+ [—–-] )?(?:An? |[A-Z][\w.]*(?:'s|’s) )")
_LEDE_REACH = 60  # characters of a dateline before the description
_SENTENCE_END = re.compile(r"[.!?] +[A-Z]")  # not "Ltd. reported"
_NEXT_REACH = 200  # characters after the description's sentence where its name is looked for
_LEDE_PEOPLE = frozenset({"man", "woman", "boy", "girl", "resident", "mother", "father", "teen", "teenager"})
_AGE_AFTER = re.compile(r", \d{1,3},")
_ASKERS = frozenset({"reporter", "journalist"})  # besides interviewer_nouns: who asks at a news conference
_NICKNAME_QUOTES = frozenset('"“')
_NICKNAME_WORDS = 3  # words a quoted nickname between a first name and a surname has at most ('"Big Sky"')


def _nickname_end(tokens: list[Token], j: int) -> int | None:
    """The token after a quoted nickname opening at tokens[j] when a surname follows it ('Angus "Gus" Lachance'):
    a few capitalized words, the closing quote and a capitalized word, all on one line."""
    n = len(tokens)
    for e in range(j + 2, min(j + _NICKNAME_WORDS + 2, n - 1)):
        tok = tokens[e]
        if tok.text in '"”':
            after = tokens[e + 1]
            if after.is_capitalized and after.is_word and after.start - tok.end < _LINE_GAP:
                return e + 1
            return None
        if not (tok.is_capitalized and tok.is_word) or tok.start - tokens[e - 1].end >= _LINE_GAP:
            return None
    return None


_LINE_GAP = 2  # characters between two words of one name: more is a line break ("Staff Reporter\n\nMark Dyer")
_NOUN_SUFFIXES = ("ist", "ian")  # nouns for people that are seldom names ("Chandler", "Taylor" are)
_DIGIT = re.compile(r"\d")  # "Airbus A321neo" is a product, never a person's name


def _after_inner_title(run: list[Token], k: int, lex: Lexicon) -> int:
    """Where the name starts when a title stands after other capitalized words ("Economy Minister Anna Berg"):
    after the last title that leaves a name of two words or more ("Angus King" keeps its surname)."""
    titles = lex.titles
    for m in range(len(run) - 1, k, -1):
        hit = run[m].key in titles.first_keys and titles.match_at(run, m)
        if hit and sum(t.is_word for t in run[m + hit[0] :]) >= 2:
            return m + hit[0]
    return k


def _after_title_for(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether token i follows a title and a lowercase "for": "Minister for", "Deputy Mayor for"."""
    if i < 2 or tokens[i - 1].text != "for":
        return False
    titles = lex.titles
    return any(
        tokens[m].key in titles.first_keys and (hit := titles.match_at(tokens, m)) and m + hit[0] == i - 1
        for m in range(max(0, i - 5), i - 1)
    )


def _portfolio_end(run: list[Token], lex: Lexicon) -> int:
    """Where the name starts in a run that opens with a portfolio: at the last known first name that leaves two
    words or more, else at the last two words ("Public Works Helen Marchetti" → Helen Marchetti)."""
    words = [m for m, t in enumerate(run) if t.is_word]
    firsts = [m for m in words[:-1] if run[m].key in lex.first_names]
    return firsts[-1] if firsts else words[-2]


def _opens_sentence(text: str, at: int) -> bool:
    """Whether `at` opens a sentence or a line: nothing but spaces after a full stop, "!", "?" or a line break."""
    before = text[max(0, at - 3) : at].rstrip(" ")
    return not before or before[-1] in ".!?\n"


_APPOSITIVE_OPENING = re.compile(r"(?:^|(?<=[.!?\n]))\s*[\w'’-]+(?: [\w'’-]+){0,3}, $")  # "Her lawyer, "


def _opening_appositive(text: str, occ: NameOccurrence) -> bool:
    """Whether a name stands in commas in apposition to a short phrase opening its sentence ("Her lawyer, Marcus
    Oyelowo, had asked …"): the person the sentence is about (not one of a list: "The Crown, Ann Lee and …")."""
    return (
        text.startswith(",", occ.end)
        and _APPOSITIVE_OPENING.search(text, max(0, occ.start - _APPOSITIVE_REACH), occ.start) is not None
    )


_APPOSITIVE_REACH = 40


def _initial_dot(tokens: list[Token], j: int) -> bool:
    return tokens[j].text == "." and j > 0 and len(tokens[j - 1].text) == 1 and tokens[j - 1].is_capitalized


_GROUPS = frozenset({"group", "union", "federation", "association", "club", "team", "league", "fund", "charity"})
_OTHER_COMPANY = frozenset({"rival", "other", "parent", "competing", "sister", "new", "former"})
_SAME_ROLE = {"judge": ("justice",)}  # a role noun and the titles it refers back to ("Justice Ann Holt … the judge")
_RANKS = frozenset({"vice", "deputy", "assistant", "acting", "former", "associate", "under"})  # another office
_ROLE_LOOKBACK = 20  # names looked back over for the one a role noun refers to
_TITLE_WORDS = 6  # words before a name that may be its title

_NOT_OFFICES = frozenset({"campaign", "party"})  # a person's campaign or party is not the body of their office

_POSSESSIVE_ENDS = ("'s", "s'")
# "One of them", "two of the officials": a part of a group named before
_PARTITIVE = re.compile(
    r"(?:one|two|three|some|several|many|most|each|both|another|neither|either) of (?:them|those|these|the (\w+))",
    re.IGNORECASE,
)
_NAMED_BEFORE = re.compile(r"\b(?:called|named|dubbed|known as)\s+$")  # the name a body is given follows
_NAMED_REACH = 12  # characters before a mention where the naming word may stand
_NAMED_ENDS = frozenset({"ed ", "as "})  # how the naming words end: most mentions are passed over by one look-up
_AGE = re.compile(r"year-old|years? old", re.IGNORECASE)  # "the 24-year-old Czech", "the 24-year-old"
# "Twins Linh and Bao Nguyen", "Siblings Tony and Maria De Luca": two people of one surname, the first by name only
_PAIR_NOUNS = frozenset({"twins", "siblings", "sisters", "brothers", "spouses", "couple", "cousins"})
_ANYONE_NOUNS = frozenset({"woman", "man", "person"})  # "the woman said": the unnamed person who just spoke
_GENDERED_PRONOUN = re.compile(r"\b(?:her|his|she|he)\b", re.IGNORECASE)
_PRONOUN_GENDERS = {"her": "f", "she": "f", "his": "m", "he": "m"}
_UNNAMED_REACH = 300  # characters looked back over for the pronoun that tells an unnamed speaker's gender
_KIN_POSSESSORS = {"his": "he", "her": "she"}  # "his father": the relative of the man spoken of last
_AGED_SURNAME = re.compile(r"\b([A-Z][\w'’-]+), (\d+)[,.]")  # "Vanderkolk, 97," (a name's age in apposition)
_AGED_REACH = 2000  # characters looked back over for it
_TEEN_NOUNS = frozenset({"teenager", "teen"})  # "the teenager said": the person named with an age from 13 to 19
_TEEN_NOUN = re.compile(r"\bteen(?:ager)?\b", re.IGNORECASE)
_TEEN_AGES = tuple(str(n) for n in range(13, 20))
_AGE_NUMBER = re.compile(r"\b(\d+)-year-old")  # the age of "the 17-year-old"
_INDEFINITE_AGE = re.compile(r"\b(?:an?|one)\s+\d+-?\s*$", re.IGNORECASE)  # "a 30-year-old man" ("a 30-" before)
_PLACE_AFTER = re.compile(r"\s+(?:from|of|in|at|with|on)\s")  # where an aged person is from: not their noun
_AGE_REACH = 12  # characters before an age mention where its article may stand
_PHRASE_ENDS = frozenset({"of", "from", "at", "in", "with", "for", "who", "and", "whose", "on"})  # after a noun
_COPULA_WORDS = 16  # words after a name and "is"/"was" that may describe it ("… is a nurse at … and a mother of three")
_APPOSITION_WORDS = 8  # words after a name's comma that may describe it ("…, the owner of the bakery,")

_INDEFINITE = frozenset({"a", "an", "one", "some", "several", "two", "three", "many", "other", "another"})


def _indefinite_person(parts: MentionParts, lex: Lexicon) -> bool:
    """ "an economist", "two analysts": someone the text does not name."""
    words = parts.text.lower().split()
    head = parts.head.lower()
    if not words or not lex.names_someone(head):
        return False
    plural = parts.plural or head.endswith("men")  # "fishermen" has no plural -s
    return words[0] in _INDEFINITE or (plural and words[0] == head)  # "analysts say", "witnesses told", "Fishermen say"


_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
# A share or count of a group ("One in four voters", "Two of the three judges", "Most respondents", "Half of those
# polled", "A majority of members", "47 percent"): a many the text does not name, under the text's words.
_SHARE = re.compile(
    r"(?:(?:almost|nearly|about|roughly|only|just|fully|over|more than|fewer than|less than)\s+)?(?:an?\s+)?(?:"
    rf"{_NUMBER}\s+(?:in|out\s+of)\s+{_NUMBER}(?:\s+[^,(]+)?"  # "one in four", "nine out of 10 voters"
    r"|(?:\d+(?:\.\d+)?\s*%|[\w.-]+\s+percent)(?:\s+of\s+[^,(]+)?"  # "47 percent of voters", "Twelve percent"
    r"|(?:half|majority|minority|third|quarter|two-thirds|three-quarters)(?:\s+of\s+[^,(]+)?"  # "half of those polled"
    r"|(?:most|many)(?:\s+(?:of\s+)?[^,(]+)?"  # "most respondents", "many of the riders"
    rf"|(?<!\w)(?:{_NUMBER}|neither|either|none|both|each|all)\s+of\s+(?:the|those|these|its|their|\w+['’]s)\s+[^,(]+"
    # "two of the three judges", "neither of the senators"
    r")",
    re.IGNORECASE,
)
_SHARE_NOT = frozenset({"who", "whom", "which", "them", "us", "you"})  # "most of whom", "half of them": read elsewhere


def _share(parts: MentionParts, lex: Lexicon) -> bool:
    """Whether a mention _SHARE matches is a share or count of a group of people (not "one of the judges": one
    person)."""
    words = parts.text.lower().split()
    if words[-1] in _SHARE_NOT or (words[0] == "one" and words[1:2] == ["of"]):
        return False
    last = words[-1]
    return (
        len(words) == 1
        or not last.isalpha()
        or last in _SHARE_WORDS
        or lex.names_someone(last)
        or parts.text.rsplit(" ", 1)[-1][:1].isupper()  # "Most Republicans", "half of Halden"
    )


_SHARE_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "most",
                          "many", "percent", "majority", "minority", "third", "quarter", "two-thirds", "three-quarters",
                          "polled", "surveyed", "questioned", "interviewed", "sampled"})  # fmt: skip


def _group(parts: MentionParts) -> bool:
    """ "Several fishermen", "two analysts": more than one the text does not name ("a review of records" is one)."""
    first = parts.text.split()[0].lower()
    return first not in ("a", "an", "one") and (parts.plural or parts.head.lower().endswith("men"))


class Resolver:
    """Resolves the mentions of one article, in reading order, remembering who was introduced."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        lex: Lexicon,
        contents: tuple[Span, ...] = (),
        mentions: tuple[Span, ...] = (),
    ) -> None:
        self.text = text
        self.lex = lex
        self.tokens = tokens
        # A photo credit or a byline names no one who speaks in the article.
        self.names = [
            o
            for o in name_occurrences(tokens, lex)
            if not _credited(text, o, lex) and not lex.credit_words & set(o.full.lower().split())
        ]
        # The names by offset, and by their first and last words and whole spelling, so that a mention
        # finds the name it stands for by binary search: a long article stays linear in its length.
        self.name_starts = [o.start for o in self.names]
        self._by_words: tuple[dict, dict, dict] | None = None  # built at the first surname looked up
        self.longer: dict[str, list[str]] = {}  # a name → the longer names that end with it
        # What was said, as sorted starts and the furthest end so far: a name inside it is seldom who
        # said the next thing.
        self.content_starts = [c.start for c in contents]
        self.content_reach = list(accumulate((c.end for c in contents), max))
        self.history: list[tuple[int, Speaker]] = []  # (position, speaker) of resolved statements
        self.person_spoke = False  # whether a person is in the history (a description after one is no lede's)
        self.last_named: dict[str, Speaker] = {}  # name → the latest speaker in the history with it
        self.roles: dict[str, Speaker] = {}  # role (lower case) → person introduced with it
        self.titled_names: dict[NameOccurrence, MentionParts] = {}  # names with their titles, analysed once
        self.bodies = Bodies(text, tokens, lex)  # the organisations the article names, found on first use
        self.introductions: dict[NameOccurrence, MentionParts | None] = {}  # a name's first occurrence, analysed
        self.mention_starts = [m.start for m in mentions]  # sorted: where the statements' speakers are named
        self.mentions = mentions
        self._genders: dict[str, str | None] = {}  # full name → "f", "m" or None (unknown), found once
        self._endings = [(w[1:], g) for w, g in lex.gendered_words.items() if w[0] == "-"]  # "-ova" → "f"

    def resolve(self, mention: Span | None, position: int) -> Speaker | None:
        """The speaker of a mention as read_span gives it."""
        if mention is None:
            return None
        if (
            self.text.find(" of ", mention.start, mention.end) >= 0  # most mentions are no partitive: no regex
            and (partitive := _PARTITIVE.fullmatch(self.text, mention.start, mention.end)) is not None
        ) and (group := self._partitive_group(partitive[1], position)) is not None:
            self.remember(position, group)  # "Two diplomats told Reuters … One of them said": one of that group
            return group
        if (
            mention.end - mention.start == 1
            and self.text[mention.start] == "A"
            and self.text.startswith((":", ". "), mention.end)
            and (named := interviewee(self.text, mention.start, self.lex)) is not None
        ):
            mention = named  # a Q&A's "A:" (the mention PolNeAR marks): the person the introduction names answers
        parts = analyse(self.text, mention, self.lex, self._tokens_in(mention))
        parts = complete(parts, mention, self.text, self.bodies, self.lex)
        if (
            not parts.name
            and self.text[mention.start - 3 : mention.start] in _NAMED_ENDS
            and self.text[mention.start].isupper()
            and _NAMED_BEFORE.search(self.text, mention.start - _NAMED_REACH, mention.start)
        ):
            # "a group called Friends of the Pier said": the name given is a body's, whole
            speaker = Speaker(parts.text, False, None, parts.text, parts.country, False)
        else:
            speaker = self._speaker(parts, mention.start)
            if (
                speaker is not None
                and (parts.head or parts.role)
                and not parts.name
                and (speaker.person or parts.role)
                and (named := self._named_next(mention, (parts.head or parts.role or "").rsplit(" ", 1)[-1]))
                is not None
            ):
                speaker = named  # "A Halifax man says … Darnell Whitlock, 44, said …": the lede's person, named next
        if speaker is not None and not speaker.person and (outlet := self._outlet_named(mention)) is not None:
            speaker = replace(speaker, name=outlet)  # "Interfax-Ukraine news agency reported": the outlet's own name
        if speaker is not None:
            self.remember(position, speaker)
            if speaker.person and parts.role and speaker.name:
                self.roles.setdefault(parts.role.lower(), speaker)
        return speaker

    def _partitive_group(self, noun: str | None, position: int) -> Speaker | None:
        """The unnamed group a partitive picks one of: the last speaker for "them", the last unnamed one the
        noun names for "the diplomats" ("unnamed diplomat"); None when none was named before."""
        if noun is None:
            group = self.previous(position)
            return group if group is not None and group.anonymous else None
        singular = self.lex.singular(noun.lower())
        if singular is None:
            return None
        for pos, speaker in reversed(self.history):
            if pos <= position and speaker.anonymous and speaker.name and speaker.name.endswith(" " + singular):
                return speaker
        return None

    def _outlet_named(self, mention: Span) -> str | None:
        """The listed outlet a mention names with its media nouns after it and nothing else ("the Kommersant
        newspaper", "Interfax-Ukraine news agency"), as listed."""
        words = self._tokens_in(mention) or tokenize(self.text, mention.start, mention.end)
        k = 1 if len(words) > 1 and words[0].key == "the" else 0
        if k >= len(words) or words[k].key not in self.lex.outlets.first_keys:
            return None  # most mentions start no outlet's name: one look-up
        hit = self.lex.outlets.match_at(words, k)
        if hit is None:
            return None
        k += hit[0]
        named = k
        while k < len(words) and (noun := self.lex.media_nouns.match_at(words, k)) is not None:
            k += noun[0]
        return hit[1].name if named < k == len(words) else None  # not "BBC Russian service", an alias whole

    def read_span(self, mention: Span) -> Span:
        """The words of a mention the speaker is read from: without a dateline, with "NAME of" before it, the
        phrase a relative clause describes ("Several nurses who spoke to …")."""
        mention = _after_dateline(self.text, mention)
        if "of " in self.text[mention.start - 8 if mention.start > 8 else 0 : mention.start]:  # no call on most
            mention = self._with_title_of(mention)
        return self._before_relative(self._with_member(mention))

    def _with_title_of(self, mention: Span) -> Span:
        """ "Head of the Office of the President Andriy Yermak": a mention that begins after a title and "of" is read
        with them (the title of a body, before the person's name)."""
        link = _TITLE_OF.search(self.text, max(0, mention.start - _TITLE_OF_REACH), mention.start)
        if link is None or self.lex.titles.get(link[1]) is None:
            return mention
        return Span(link.start(1), mention.end)

    def _tokens_in(self, span: Span) -> list[Token] | None:
        """The article's tokens of a span, when the span starts and ends at token edges (else None: tokenize)."""
        i = bisect_left(self.tokens, span.start, key=token_start)
        j = bisect_left(self.tokens, span.end, key=token_start)
        if i == j or self.tokens[i].start != span.start or self.tokens[j - 1].end != span.end:
            return None
        return self.tokens[i:j]

    def _with_member(self, mention: Span) -> Span:
        """ "Karl Jensen of the University of Copenhagen, who …": a mention that begins after "NAME of" is the
        named person's, read with the body they belong to; after "Several fishermen in", the group's."""
        before = self.text[max(0, mention.start - _MEMBER_LINK_REACH) : mention.start]
        link = _MEMBER_LINK.search(before)
        if link is None:
            return mention
        name_end = mention.start - len(before) + link.start()
        k = bisect_left(self.name_starts, name_end)
        occ = self.names[k - 1] if k else None
        if occ and occ.end == name_end:
            return Span(occ.start, mention.end)
        if link[0].strip() != "in":
            return mention
        # "Several fishermen in southwest Nova Scotia say": a group of people opening the sentence, counted
        start = max(self.text.rfind(c, 0, name_end) for c in _SENTENCE_ENDS) + 1
        group = list(_WORD.finditer(self.text, start, name_end))
        if (
            2 <= len(group) <= _RELATIVE_SUBJECT_WORDS
            and group[0][0].lower() in _INDEFINITE
            and self.lex.names_someone(group[-1][0].lower())
        ):
            return Span(group[0].start(), name_end)
        return mention

    def _before_relative(self, mention: Span) -> Span:
        """ "Several nurses who spoke to The Canadian Press on condition of anonymity said": a mention cut inside
        a relative clause is the phrase the clause describes, from its sentence's start to "who"."""
        before = self.text[max(0, mention.start - _RELATIVE_REACH) : mention.start]
        m = _RELATIVE_OBJECT.search(before)
        if m is None:
            return mention
        who = mention.start - len(before) + m.start()
        start = max(self.text.rfind(c, 0, who) for c in _SENTENCE_ENDS) + 1
        subject = self.text[start:who]
        words = len(subject.split())
        if not 1 <= words <= _RELATIVE_SUBJECT_WORDS:
            return mention
        return Span(start + len(subject) - len(subject.lstrip()), who)

    def remember(self, position: int, speaker: Speaker) -> None:
        self.history.append((position, speaker))
        self.person_spoke = self.person_spoke or speaker.person
        self.last_named[speaker.name] = speaker

    def previous(self, position: int, person: bool | None = None, gender: str | None = None) -> Speaker | None:
        """The latest speaker before `position` (a person or not, if asked; of no other gender than asked)."""
        for pos, speaker in reversed(self.history):
            if (
                pos <= position
                and (person is None or speaker.person == person)
                and (gender is None or self.gender(speaker) in (None, gender))
            ):
                return speaker
        return None

    def gender(self, speaker: Speaker) -> str | None:
        """A named person's gender as the text or the lists tell it ("Ms. Solvang", "Ingrid", "spokeswoman"),
        or None when they do not: an unknown gender agrees with any pronoun."""
        if not speaker.person or speaker.anonymous or not speaker.name:
            return None
        name = speaker.name
        if name not in self._genders:
            words = name.split()
            role = (speaker.role or "").lower().split()
            surname = words[-1].lower()
            # The word before the name wherever the text names the person ("Ms. Solvang", "Sir Owen Pratt",
            # "spokeswoman Ann Lee", "his wife Ann Lee"), then the first name, the role and the surname's ending.
            found = self._genders_before(words[-1])
            found |= {
                g
                for g in (
                    self._first_name_gender(words[0].lower())
                    if len(words) > 1 and not self.lex.countries.get(words[0])  # "Georgia" is no woman
                    else None,
                    self.lex.gendered_words.get(role[-1]) if role else None,
                    next((g for ending, g in self._endings if surname.endswith(ending)), None)
                    if len(words) > 1
                    else None,
                )
                if g
            }
            self._genders[name] = found.pop() if len(found) == 1 else None  # evidence that disagrees tells nothing
        return self._genders[name]

    def _first_name_gender(self, first: str) -> str | None:
        """A first name's gender by the lists, else a hyphenated name's by its first part ("Marie-Ève" as Marie), or
        by its last where the first tells none ("Jean-Sébastien" as Sébastien: Jean is either in the lists)."""
        gender = self.lex.first_names.get(first)
        if gender is None and "-" in first:
            parts = first.split("-")
            gender = self.lex.first_names.get(parts[0]) or self.lex.first_names.get(parts[-1])
        return gender

    def _genders_before(self, surname: str) -> set[str]:
        """The genders of the words that stand before a surname wherever the text writes it (not pronouns: "she
        Friday" tells nothing)."""
        found = set()
        text, words = self.text, self.lex.gendered_words
        at = text.find(surname)
        while at >= 0:
            m = _BEFORE_NAME.search(text, max(0, at - _BEFORE_NAME_REACH), at)
            if m and (gender := words.get(key := m[1].lower())) and self.lex.word_class(key) is None:
                found.add(gender)
            at = text.find(surname, at + len(surname))
        return found

    def _speaker(self, parts: MentionParts, at: int) -> Speaker | None:
        lex = self.lex
        if parts.text.endswith(("'s", "’s")) and lex.outlets.get(parts.text[:-2]) is not None:
            return None  # "Match TV's Sunday show": a broadcaster's possessive names its programme, no speaker
        if parts.pronoun:
            return self._pronoun(parts.pronoun, at)
        if _SHARE.fullmatch(parts.text) and _share(parts, lex):
            # "One in four voters said": a share of a group keeps the text's words, unnamed, and the group's body
            return Speaker(parts.text, True, None, parts.affiliation, parts.country, False)
        if " and " in parts.text and (both := self._coordinated(parts, at)) is not None:
            return both
        issued = _ISSUED.match(parts.text) if not parts.name or " " in parts.text else None
        if issued and (
            issued[1].lower() in lex.issued_nouns or issued[1].lower().rsplit(" ", 1)[-1] in lex.document_nouns
        ):  # "a news release from the RCMP", "a new report from the Bank of Canada": the body's
            return self._speaker(analyse(self.text, span := Span(at + issued.start(2), at + len(parts.text)), lex,
                                         self._tokens_in(span)), span.start)  # fmt: skip
        if (
            not parts.name
            and parts.head
            and parts.text == parts.head
            and parts.head[:1].isupper()
            and (full := _latest(self._indexes()[1].get(_fold(parts.head), []), at)) is not None
            and full.full != parts.head
        ):  # "Baker said" after "Brian Baker": a surname that is also a noun for people ("Farmer", "Baker")
            return self._named(replace(parts, name=parts.head, head=None), at)
        if parts.name and parts.name == parts.text and lex.listed_speaker_noun(parts.name.lower()):
            return self._speaker(replace(parts, name=None, head=parts.name.lower()), at)  # "Fishermen say …"
        if parts.name and (body := _body_of(parts, lex)):  # "the Arizona Department of Water Resources"
            return Speaker(body, False, None, body, parts.country, False)
        if parts.name:
            return self._named(parts, at)
        if not self.history and not parts.plural and (later := self._named_later(parts, at)) is not None:
            return later  # "A nurse who was on duty … told an inquest" then "Registered nurse Chantal Roy testified"
        if parts.role and parts.text.split()[0].lower() not in _INDEFINITE:
            # "the spokesman" after "Spokesman Dmitry Peskov", "the Turkish foreign minister" after
            # "Turkish Foreign Minister Hakan Fidan"; never "a spokesman".
            introduced = self._introduced(parts, at)
            if introduced is not None:
                return introduced
        if parts.organisation:
            org = lex.organisations.get(parts.organisation)
            return Speaker(
                parts.organisation,
                False,
                None,
                parts.affiliation or parts.organisation,
                parts.country or (org.country if org else None),
                False,
            )
        if parts.head and parts.text.split()[0].lower() == "the" and (same := self._same_body(parts, at)):
            return same  # "the ministry said" after "The Turkish Foreign Ministry said"
        if (
            _BODY_MENTION_WORDS[0] <= len(parts.text.split()) <= _BODY_MENTION_WORDS[1]
            and not parts.role
            and (body := self._named_body(parts, at))
        ):
            return Speaker(body, False, None, body, parts.country, False)  # "the agency" after "… Environment Agency"
        if (company := self._company(parts, at)) is not None:
            return company  # "the company said", "the grocer said" after "Maple Harbour Foods Inc. said"
        if (issuer := self._issuer(parts, at)) is not None:
            return issuer  # "the release said" after "Health Canada said in a release"
        if (anaphor := self._definite_anaphor(parts, at)) is not None:
            return anaphor  # "The diplomat stressed …" right after "Maria Zakharova said …"
        if parts.head in _ANYONE_NOUNS and (unnamed := self._unnamed_again(parts, at)) is not None:
            return unnamed  # "One season ticket holder, who asked that her name not be used, said … the woman said"
        if _AGE.search(parts.text) or parts.head in _TEEN_NOUNS:  # "the 24-year-old Czech said" after "Tereza …"
            return self._aged(parts, at)
        if parts.head and (parts.head.lower() in lex.source_nouns or _indefinite_person(parts, lex)):
            if (described := self._described(parts, at)) is not None:
                return described  # a lede's "Norway's lead negotiator told …" before "Lars Vikane said …"
            if parts.head.lower() not in lex.source_nouns and _group(parts):
                # "Several fishermen said": a group the text does not name keeps the text's words.
                label = _strip_determiner(parts.text, lex) if parts.text.split()[0].lower() == "the" else parts.text
                label = re.split(r"\s*[,(]", label, maxsplit=1)[0]  # "Scientists at the Burgundy Institute": its
                return Speaker(label, True, None, parts.affiliation, parts.country, False)
            return self._unnamed(parts)
        if (described := self._described(parts, at)) is not None:
            return described
        if parts.head in self.lex.kin_nouns and (kin := self._kin(parts, at)) is not None:
            return kin  # "His father said" after "Tyler Lachance, 17": the other Lachance, a man
        words = tokenize(parts.text)
        # "the BBC Russian service" belongs to the BBC, whatever country its name mentions.
        outlet = next((hit[1] for i in range(len(words)) if (hit := lex.outlets.match_at(words, i))), None)
        head = (parts.head or "").lower()
        if head in lex.outlet_shapes.get("staff", ()) and (owner := outlet or lex.outlets.get(parts.descriptor or "")):
            # "Suspilne's correspondent reports": an unnamed person of the outlet's
            return Speaker(f"unnamed {head}", True, None, owner.name, owner.country, True)
        if outlet is not None:
            return Speaker(_strip_determiner(parts.text, lex), False, None, outlet.name, outlet.country, False)
        affiliation = (
            parts.affiliation
            or self._owner_affiliation(parts.text, at)
            or _service_owner(self.text, parts.text, at, lex)
            or parts.country
        )
        return Speaker(_strip_determiner(parts.text, lex), False, None, affiliation, parts.country, False)

    def _coordinated(self, parts: MentionParts, at: int) -> Speaker | None:
        """ "Smith and Jones said", "Canada and Norway called for": two named speakers who speak together, as one
        speaker named by both names (each resolved: "Ann Smith and Tom Jones"); the mention spans both, as PolNeAR's
        annotators mark it. Not one body's name ("the Trade and Industry Ministry")."""
        text = parts.text
        if "," in text or not all(
            w[:1].isupper() or w in ("and", "both") or w in self.lex.titles.first_keys for w in text.split()
        ):
            return None  # "Gail Rutherford, who owns a shop near Quinpool and Oxford": a clause inside
        cut = text.index(" and ")
        left_start = 5 if text.startswith(("Both ", "both ")) else 0
        sides = []
        for start, end in ((left_start, cut), (cut + 5, len(text))):
            span = Span(at + start, at + end)
            side = analyse(self.text, span, self.lex, self._tokens_in(span))
            if " and " in side.text or not (self.lex.countries.get(side.text) or self._personal(side)):
                return None  # "National Security and Defense Council Secretary …", "Trade and Industry Minister …"
            sides.append(self._speaker(side, span.start))
        if any(s is None or not s.name for s in sides):
            return None
        first, second = sides
        affiliation = first.affiliation if first.affiliation == second.affiliation else None
        country = first.country if first.country == second.country else None
        return Speaker(f"{first.name} and {second.name}", False, None, affiliation, country, False)

    def _personal(self, parts: MentionParts) -> bool:
        """Whether a mention names a person by the lists or the text: a listed speaker, a first name or surname the
        lists know, or an honorific before the name ("Mr. Kemp")."""
        if not parts.name:
            return False
        words = parts.name.split()
        lex = self.lex
        return bool(
            lex.speakers.get(parts.name)
            or words[0].lower() in lex.first_names
            or words[-1] in lex.surnames
            or (parts.descriptor and parts.descriptor.split()[-1].lower() in lex.gendered_words)
        )

    def _introduced(self, parts: MentionParts, at: int) -> Speaker | None:
        """The person introduced before `at` with the role (and affiliation, if given) of a role noun."""
        role = parts.role.lower()

        def fits(speaker: Speaker | MentionParts | KnownSpeaker) -> bool:
            # "the spokesman" fits a "Kremlin Spokesman", never "the president" a "Vice President".
            held = (speaker.role or "").lower()
            held = role if held.rsplit(" ", 1)[-1] in _SAME_ROLE.get(role, ()) else held  # "the judge": a Justice
            extra = held.removesuffix(role).split()
            return (
                held.endswith(role)
                and (held == role or held[-len(role) - 1] == " ")
                and not _RANKS & set(extra)
                and (
                    not parts.affiliation
                    or not speaker.affiliation
                    or speaker.affiliation.lower() == parts.affiliation.lower()
                )
            )

        known = self.roles.get(role)
        if known is not None and fits(known):
            return known
        for occ in self._names_before(at, _ROLE_LOOKBACK):
            titled = self._titled(occ)
            if titled.name and (fits(titled) or ((listed := known_speaker(self.lex, titled.name)) and fits(listed))):
                return self._named(titled, occ.start)  # titled in the text, or known to hold the role
        if parts.affiliation and parts.country and parts.descriptor in (parts.country, _adjective(parts, self.lex)):
            # "The Ukrainian president added" after "Zelenskyy told …": a person of that country who spoke, the lists
            # giving the role; not "the senator", whose title names no country
            for pos, spoke in reversed(self.history):
                if (
                    pos <= at
                    and spoke.person
                    and spoke.name
                    and not spoke.anonymous
                    and spoke.country == parts.country
                    and spoke.affiliation
                    and fits(spoke)
                ):
                    return spoke
        return None

    def _issuer(self, parts: MentionParts, at: int) -> Speaker | None:
        """The body that spoke last, for a definite document of its own ("the release", "the statement")."""
        text = parts.text.lower()
        if not text.startswith("the ") or text[4:] not in self.lex.issued_nouns:
            return None
        last = self.previous(at, person=False)
        return last if last is not None and last.name and not last.anonymous else None

    def _definite_anaphor(self, parts: MentionParts, at: int) -> Speaker | None:
        """ "the diplomat", "the official" (data/anaphoric_nouns.txt) is the named person who spoke just before,
        unless an unnamed source of that kind spoke earlier ("A senior official said … The official added …");
        "the Russian leader" the last person named with a Russian title."""
        if not parts.head or parts.plural or parts.text.split()[0].lower() != "the":
            return None
        head = parts.head.lower()
        if head not in self.lex.anaphoric_nouns or any(s.name == f"unnamed {head}" for _, s in self.history):
            return None
        if parts.descriptor:  # "the Russian leader": the last person named with that country's title
            country = self.lex.countries.get(parts.descriptor)
            return self._last_of_country(country.name, at) if country and country.name == parts.country else None
        last = self.previous(at, person=True)  # a country or a body that spoke in between is no diplomat
        return last if last is not None and not last.anonymous and last.name else None

    def _aged(self, parts: MentionParts, at: int) -> Speaker | None:
        """ "the 24-year-old said": the person last named (of the gender the noun tells, if any); "a 24-year-old
        man" is someone the text does not name."""
        first = parts.text.split()[0].lower()
        noun = _PLACE_AFTER.split(parts.text, maxsplit=1)[0].split()[-1].lower()  # "a 27-year-old from Moose Jaw"
        if first in _INDEFINITE or _INDEFINITE_AGE.search(self.text, max(0, at - _AGE_REACH), at):
            return Speaker(f"unnamed {noun}", True, None, None, parts.country, True)
        if (aged := self._named_with_age(parts.text, at)) is not None:
            return aged  # "the 17-year-old said" after "Tyler Lachance, 17, was drafted"
        gender = self.lex.gendered_words.get(noun)
        age = _AGE_NUMBER.search(parts.text)
        spoke = next(
            (
                (pos, s)
                for pos, s in reversed(self.history)
                if pos <= at
                and s.person
                and not s.anonymous
                and s.name
                and (gender is None or self.gender(s) in (None, gender))
                and (age is None or self._ages(s.name) in ((), (age[1],)))  # "the 19-year-old" is no "Kowalchuk, 51,"
            ),
            None,
        )
        named = self._last_name_at(at, gender, False)
        if age is not None and named is not None and self._ages(named[1].name or "") not in ((), (age[1],)):
            named = None
        if spoke is None and named is None and age is not None:
            return self._aged(replace(parts, text=_AGE_NUMBER.sub("year-old", parts.text)), at)  # none of that age
        if spoke is None or named is None:
            return spoke[1] if spoke else named[1] if named else None
        # the person named after the last speaker spoke, never spoken of as another age ("Defenceman Mikael van der
        # Linden returned … 'We didn't give him enough,' the 19-year-old said")
        return named[1] if named[0] > spoke[0] and age is not None else spoke[1]

    def _unnamed_again(self, parts: MentionParts, at: int) -> Speaker | None:
        """ "the woman", "the man" right after a person the text does not name spoke: that person again (of the
        gender the noun tells, if the text tells theirs)."""
        if parts.text.split(" ", 1)[0].lower() != "the" or len(parts.text.split()) != 2:
            return None
        last = self.previous(at, person=True)
        gender = self.lex.gendered_words.get(parts.head)
        if last is None or not last.anonymous or (gender and self._unnamed_gender(at) not in (None, gender)):
            return None
        return last

    def _unnamed_gender(self, at: int) -> str | None:
        """The gender of the last pronoun before `at` ("…, who asked that her name not be used, said"), else None."""
        found = _GENDERED_PRONOUN.findall(self.text, max(0, at - _UNNAMED_REACH), at)
        return _PRONOUN_GENDERS[found[-1].lower()] if found else None

    def _ages(self, name: str) -> tuple[str, ...]:
        """The ages the text gives a person's surname in apposition ("Kowalchuk, 51,"), in text order."""
        surname = name.rsplit(" ", 1)[-1]
        return tuple(m[2] for m in _AGED_SURNAME.finditer(self.text) if m[1] == surname)

    def _kin(self, parts: MentionParts, at: int) -> Speaker | None:
        """ "His father", "her husband": the one person named before `at` who shares the surname of the person the
        pronoun stands for and is known to be of the gender the noun tells; None when none or several."""
        words = parts.text.split(",", 1)[0].split()  # "His father, who now coaches …"
        pronoun = _KIN_POSSESSORS.get(words[0].lower())
        if pronoun is None or len(words) != 2:
            return None
        owner = self._pronoun(pronoun, at)
        if owner is None or not owner.person or owner.anonymous or not owner.name or " " not in owner.name:
            return None
        surname, gender = owner.name.rsplit(" ", 1)[1], self.lex.gendered_words.get(parts.head)
        found = {
            occ.full: occ
            for occ in self._names_before(at, _ROLE_LOOKBACK)
            if (occ.full.endswith(" " + surname) or f" {surname}-" in occ.full)  # "Maria De Luca-Santoro" too
            and occ.full != owner.name
            and self.gender(Speaker(occ.full, False, None, None, None, True)) == gender  # not "Boulangerie Tremblay"
        }
        if len(found) != 1 or (titled := self._titled(occ := next(iter(found.values())))).name is None:
            return None
        return self._named(titled, occ.start)

    def _named_with_age(self, mention: str, at: int) -> Speaker | None:
        """The person last named before `at` with the age a mention gives ("Tyler Lachance, 17," or "Tyler
        Lachance (17)" for "the 17-year-old"), or None."""
        age = _AGE_NUMBER.search(mention)
        ages = (age[1],) if age else _TEEN_AGES if _TEEN_NOUN.search(mention) else ()  # "the teenager": 13 to 19
        after = tuple(f for n in ages for f in (f", {n},", f", {n}.", f" ({n})"))
        if not after:
            return None
        for occ in self._names_before(at, _ROLE_LOOKBACK):
            if self.text.startswith(after, occ.end) and (titled := self._titled(occ)).name:
                return self._named(titled, occ.start)
        # "Vanderkolk, 97, was made a knight" after "Harold Vanderkolk": the surname given the age, in full
        surname = None
        for m in _AGED_SURNAME.finditer(self.text, max(0, at - _AGED_REACH), at):
            if m[2] in ages:
                surname = m
        if surname is None:
            return None
        full = _latest(self._indexes()[1].get(_fold(surname[1]), ()), surname.start())
        return self._named(self._titled(full), full.start) if full and self._titled(full).name else None

    def _described(self, parts: MentionParts, at: int) -> Speaker | None:
        """ "the owner" is the person the article introduced as one ("Ingrid Solvang, the owner of …", "bakery
        owner Ingrid Solvang"); a lede's "the city's transit director told …" before any name is the person
        named as the speaker of the next paragraph ("Maureen Okafor said …"). Otherwise None: never a guess."""
        words = parts.text.split()
        head = (parts.head or "").lower()
        definite = words[0].lower() == "the" or words[0].lower().endswith(("'s", "’s"))
        # "The head of one of Canada's largest grocery chains": one person, whatever the "of" phrase counts
        plural = parts.plural and not (parts.role and len(words) > 2 and words[2].lower() == "of")
        person = parts.role or head.endswith(PERSON_SUFFIXES)
        if not definite or plural or not (person or self._person_noun(head)):
            return None  # "the court", "the website": no person to link to
        for occ in self._names_before(at, _ROLE_LOOKBACK) if not parts.role else ():  # titles: _introduced
            if head in self._described_as(occ, at, heads=not person) and (titled := self._titled(occ)).name is not None:
                return self._named(titled, occ.start)
        if not person or self.person_spoke or not (parts.role or any(w.endswith(("'s", "’s")) for w in words)):
            return None  # a noun met only as a description ("the nurse"); not a lede (someone spoke before), or a
            # bare "the operator" that may be a company
        named = self._next_paragraph_speaker(at)
        if named is None or _latest(self._indexes()[2].get(named.full, []), at) is not None:
            return None  # the next speaker was named before: not who the lede describes
        if (titled := self._titled(named)).name is None:
            return None  # a body's name, no person's: "a 2014 House Intelligence Committee report", "Northway Foods"
        speaker = self._named(titled, named.start + 1)
        # The lede's description tells what the name alone may not: "the city's transit director" → Winnipeg Transit.
        affiliation = (
            speaker.affiliation or parts.affiliation or self._owner_affiliation(parts.text, at) or parts.country
        )  # as the description alone would give it (the fallback in _speaker): "Qatar's lead mediator" → Qatar
        if (parts.role and not speaker.role) or affiliation != speaker.affiliation:
            speaker = Speaker(
                speaker.name, False, speaker.role or parts.role, affiliation, speaker.country or parts.country, True
            )
        return speaker

    def _person_noun(self, head: str) -> bool:
        """A noun for a person by trade or kin ("nurse", "mother"), not an unnamed source's ("official") nor a
        thing's or a body's that speaks ("poll", "campaign", "lawsuit", "the Post")."""
        lex = self.lex
        return (
            head in lex.person_nouns
            and head not in lex.source_nouns
            and head not in lex.document_nouns
            and head not in lex.issued_nouns
            and head not in lex.work_nouns
            and head not in lex.report_nouns
            and head not in lex.kind_words
            and head not in lex.collective_nouns
            and head not in lex.impersonal_nouns
            and head not in lex.media_anaphors
        )

    def _described_as(self, occ: NameOccurrence, at: int, heads: bool = False) -> set[str]:
        """The words that describe a name where it is introduced: its title ("bakery owner Ingrid Solvang") and
        an apposition after it ("Ingrid Solvang, the owner of …"), not reaching the mention at `at`; with `heads`, of
        the apposition only the nouns that end a phrase ("a retired nurse from …", not "a company spokeswoman")."""
        i = bisect_left(self.tokens, self._title_start(occ.start), key=token_start)
        title = [t.key for t in self.tokens[i : bisect_left(self.tokens, occ.start, key=token_start)]]
        j = bisect_left(self.tokens, occ.end, key=token_start)
        words = set(title[len(title) - title[::-1].index("of") :] if "of" in title else title)  # not "owner of X"
        if j + 3 < len(self.tokens) and self.tokens[j + 1].text.isdigit() and self.tokens[j + 2].text == ",":
            j += 2  # "Lise Bérubé, 78, a retired nurse": the description after the age
        k = j + 1 if j < len(self.tokens) and self.tokens[j].text == "," else j
        # "Annie Lachance, is a nurse at … and a mother of three.": a copula's whole sentence describes the name
        reach = _COPULA_WORDS if k < len(self.tokens) and self.tokens[k].key in ("is", "was") else _APPOSITION_WORDS
        if (k > j or reach == _COPULA_WORDS) and k < len(self.tokens) and not self.tokens[k].is_capitalized:
            toks = self.tokens[k : k + reach + 1]
            for m, t in enumerate(toks[:reach]):
                if not t.is_word or t.start >= at:
                    break
                if not heads or m + 1 == len(toks) or not toks[m + 1].is_word or toks[m + 1].key in _PHRASE_ENDS:
                    words.add(t.key)
        return words

    def _next_paragraph_speaker(self, at: int) -> NameOccurrence | None:
        """The name in the first speaker's mention of the paragraph after the one holding `at`."""
        end = self.text.find("\n", at)
        if end < 0:
            return None
        following = self.text.find("\n", _SPACE.match(self.text, end).end())
        following = len(self.text) if following < 0 else following
        k = bisect_left(self.mention_starts, end)
        if k == len(self.mentions) or self.mentions[k].start >= following:
            return None
        mention = self.mentions[k]
        inside = [o for o in self.names[bisect_left(self.name_starts, mention.start) :] if o.start < mention.end]
        # the longest, the last of equals: "Northway Foods chief executive Lydia Marchand" names her last
        return max(inside, key=lambda o: (len(o.full), o.start), default=None)

    def _owner_affiliation(self, mention: str, at: int) -> str | None:
        """ "Zelensky's office", "Netanyahu's office": a person's body speaks for what the person belongs to."""
        words = tokenize(mention)
        owner = next((w for w in words if w.key.endswith("'s")), None)
        if (
            owner is None
            or not owner.is_capitalized
            or words[-1].key not in self.lex.body_nouns
            or words[-1].key in _NOT_OFFICES
        ):
            return None
        name = self._full_name(owner.text[:-2], at)
        known = known_speaker(self.lex, name)
        earlier = next((s for _, s in reversed(self.history) if s.person and s.name == name), None)
        return (earlier and earlier.affiliation) or (known and known.affiliation) or None

    def _last_of_country(self, country: str, at: int) -> Speaker | None:
        for occ in self._names_before(at, _ROLE_LOOKBACK):
            titled = self._titled(occ)
            if titled.name and titled.country == country:
                return self._named(titled, occ.start)
        return None

    def _same_body(self, parts: MentionParts, at: int) -> Speaker | None:
        """The organisation that spoke before `at` whose name ends in the mention's head ("ministry", "delegation"),
        and holds its modifier if it has one ("the appeals court" is no "Supreme Court")."""
        head = (parts.head or "").lower()
        words = parts.text.lower().split()
        modifier = words[1] if len(words) == 3 else None
        return next(
            (
                s
                for pos, s in reversed(self.history)
                if pos <= at
                and not s.person
                and not s.anonymous  # "the official" after "US officials": an unnamed group is no organisation
                and s.name
                and s.name.split()[-1].lower() == head
                and (modifier is None or modifier in s.name.lower().split())
            ),
            None,
        )

    def _company(self, parts: MentionParts, at: int) -> Speaker | None:
        """ "the company", "the grocer": the company the article named last before `at` (a kind of organisation
        in data/organisation_nouns.txt after "the": "the Calgary-based company", "the oil company")."""
        head = (parts.head or "").lower()
        if parts.role or parts.plural or head not in self.lex.organisation_nouns:
            return None
        if parts.descriptor and (head in _GROUPS or not _OTHER_COMPANY.isdisjoint(parts.descriptor.lower().split())):
            return None  # "the rival company" is another one; "the terrorist group" is a kind of group
        if parts.text.split()[0].lower() != "the":
            return None
        body = self.bodies.last((head,), at)
        return Speaker(body.name, False, None, body.name, parts.country, False) if body and body.company else None

    def _named_body(self, parts: MentionParts, at: int) -> str | None:
        """ "the agency", "the court": the body the article named before with that word in its name ("the Nova
        Scotia Environment Agency", "Bristol Crown Court"), within the last few hundred words; not an outlet."""
        head = (parts.head or "").lower()
        if parts.text.split()[0].lower() != "the" or parts.plural or not head or head.endswith(PERSON_SUFFIXES):
            return None
        words = parts.text.split()
        modifier = words[1].lower() if len(words) == 3 else None  # "the weather agency", "the appeals court"
        toks = self.tokens
        heads = self.lex.french_heads.get(head) or (head,)  # "the university" after "Université de Moncton" too
        k = bisect_left(toks, at, key=token_start)
        for m in range(k - 1, max(-1, k - _BODY_LOOKBACK), -1):
            if toks[m].key not in heads or not toks[m].is_capitalized:
                continue
            lo, hi = m, m + 1
            while lo > 0 and toks[lo].start - toks[lo - 1].end < _LINE_GAP and _in_body_name(toks, lo - 1, self.lex):
                lo -= 1
            while (
                hi < len(toks) and toks[hi].start - toks[hi - 1].end < _LINE_GAP and _in_body_name(toks, hi, self.lex)
            ):
                hi += 1
            while lo < m and not toks[lo].is_capitalized:
                lo += 1  # a run starts with a capitalized word
            while hi > m + 1 and not toks[hi - 1].is_capitalized:
                hi -= 1
            run = toks[lo:hi]
            if self._in_headline(m):
                continue  # a title-cased headline's words are no body's name
            if any(self.lex.outlets.match_at(run, i) for i in range(len(run))):
                return None  # "Xinhua News Agency": the agency is an outlet, which the outlets' rules read
            if len(run) >= 2 and (modifier is None or any(t.key == modifier for t in run)):
                # one capitalized word is no name; "the appeals court" is a court of appeals, not any court
                return self.text[run[0].start : run[-1].end]
        if head in _STATE_BODY_HEADS:
            return self._listed_state_body(k)
        return None

    def _listed_state_body(self, k: int) -> str | None:
        """ "The agency said" after "Health Canada is recalling …": the government body named last before token k
        whose name does not hold the noun, when the list knows it as one."""
        toks, orgs = self.tokens, self.lex.organisations
        for m in range(k - 1, max(-1, k - _BODY_LOOKBACK), -1):
            if (
                toks[m].key in orgs.first_keys
                and toks[m].is_capitalized
                and (hit := orgs.match_at(toks, m))
                and hit[1].kind in _STATE_KINDS
                and not self._in_headline(m)
            ):
                return hit[1].name
        return None

    def _in_headline(self, m: int) -> bool:
        """Whether token m stands on a title-cased line ("Visa Program Up for Renewal Amid …")."""
        start = self.text.rfind("\n", 0, self.tokens[m].start) + 1
        end = self.text.find("\n", self.tokens[m].start)
        end = len(self.text) if end < 0 else end
        line = self.tokens[
            bisect_left(self.tokens, start, key=token_start) : bisect_left(self.tokens, end, key=token_start)
        ]
        return bool(line) and is_headline(line)

    def _names_before(self, at: int, n: int) -> list[NameOccurrence]:
        """The last n names before `at`, the nearest first."""
        k = bisect_left(self.name_starts, at)
        return self.names[max(0, k - n) : k][::-1]

    def _said(self, position: int) -> bool:
        """Whether `position` lies inside some statement's content."""
        n = bisect_right(self.content_starts, position)
        return n > 0 and self.content_reach[n - 1] > position

    def _titled(self, occ: NameOccurrence) -> MentionParts:
        """A name analysed with the words before it that may title it; role nouns look back over the same names."""
        if occ not in self.titled_names:
            first = occ.full.split(" ", 1)[0]
            if self.text.startswith((" (", " and "), occ.start + len(first)) and " " in occ.full:
                # "Robert (Bobby) Lachance", "Twins Linh and Bao Nguyen": a name the text writes apart
                self.titled_names[occ] = MentionParts(occ.full, name=occ.full, descriptor=occ.full.split()[0])
                return self.titled_names[occ]
            span = Span(self._title_start(occ.start), occ.end)
            self.titled_names[occ] = analyse(self.text, span, self.lex, self._tokens_in(span))
        return self.titled_names[occ]

    def _title_start(self, name_start: int) -> int:
        """Where the words before a name that may title it begin ("Turkish Foreign Minister Hakan Fidan")."""
        i = bisect_left(self.tokens, name_start, key=token_start)
        j = i
        while j > 0 and i - j < _TITLE_WORDS and self.tokens[j - 1].is_word:
            if self.lex.word_class(self.tokens[j - 1].key) is not None:
                break
            j -= 1
        return self.tokens[j].start if j < i else name_start

    def _named(self, parts: MentionParts, at: int) -> Speaker:
        """What the mention says first, then what the article said before, then the knowledge base."""
        full = self._full_name(self._name_within(parts, at) or parts.name, at)
        known = known_speaker(self.lex, full)  # the name the article gave first: "Bill Clinton", then "Clinton"
        name = known.name if known else full
        earlier = self.last_named.get(name)
        if not known and self._body_name(name, at):
            return Speaker(name, False, None, name, None, False)  # "Hanbit said" after "Hanbit Semiconductor will"
        if not known and " " not in name and name.isupper() and (body := self.bodies.spelled_out(name, at)):
            return Speaker(body, False, None, body, None, False)  # "The TSB said" after "Transportation Safety Board"
        if not (parts.affiliation or (earlier and earlier.affiliation) or (known and known.affiliation)):
            parts = self._introduction(name, at) or parts  # "Haldane said" after "Sen. Robert Haldane, a Republican"
            if not parts.affiliation and earlier is None and (lede := self._lede(name, at)) is not None:
                parts = replace(parts, affiliation=lede)

        if (
            known
            and known.affiliation
            and parts.affiliation
            and _possessed_within(parts.affiliation, known.affiliation)
        ):
            parts = replace(parts, affiliation=known.affiliation)  # "the President's Office": the lists' whole name

        def pick(field: str) -> str | None:
            return getattr(parts, field) or (earlier and getattr(earlier, field)) or (known and getattr(known, field))

        return Speaker(name, False, pick("role"), pick("affiliation"), pick("country"), True)

    def _name_within(self, parts: MentionParts, at: int) -> str | None:
        """ "Historian Lotte Brandt of the University …": the name the article reads inside the mention's longer
        one (a noun for a person before it, see name_occurrences) is the name."""
        end = at + len(parts.text)
        for o in self.names[bisect_left(self.name_starts, at) :]:
            if o.start >= end:
                break
            if parts.name and parts.name.endswith(" " + o.full):
                return o.full
        return None

    def _named_later(self, parts: MentionParts, at: int) -> Speaker | None:
        """The person a lede's first statement describes without a name, named in a later paragraph with the same
        noun right before the name ("its president announced …" then "president Denise Roy told …"): the first
        person the next paragraphs so name, in full."""
        noun = (parts.head or (parts.role or "").rsplit(" ", 1)[-1]).lower()
        if not noun or parts.pronoun or (noun not in self.lex.person_nouns and self.lex.titles.get(noun) is None):
            return None
        toks = self.tokens
        for occ in self.names[bisect_right(self.name_starts, at) :]:
            if occ.start - at > _LATER_NAME_REACH:
                break
            i = bisect_left(toks, occ.start, key=token_start)
            if i == 0 or toks[i - 1].key != noun or " " not in occ.full:
                continue
            titled = self._titled(occ)
            if parts.role and (titled.role or "").lower() != parts.role.lower():
                continue  # "the president" is not "Vice President Joe Biden"
            before = {t.key for t in toks[max(0, i - _LATER_TITLE_WORDS) : i]}
            if parts.descriptor and not set(parts.descriptor.lower().split()) <= before:
                continue  # "A lower court judge" is not "Circuit Court Judge David McKeague"
            return self._named(titled, occ.start)
        return None

    def _lede(self, name: str, mention: int) -> str | None:
        """The affiliation of a lede's description of the person the next statement names for the first time:
        "…, the head of Nordgrid's control room told a paper." then "Ivo Lund said …" (the wire's way)."""
        if not self.history or " " not in name:
            return None  # the wire names the person in full
        _, last = self.history[-1]
        if last.person or last.anonymous or not last.affiliation or not last.name:
            return None  # a person by name, an unnamed source
        if last.name[:1].isupper() and not re.match(r"\S+['’]s ", last.name):
            return None  # an organisation; "Qatar's lead mediator" is a description
        if any(o.start < mention for o in self._indexes()[2].get(name, ())) or self._title_start(mention) < mention:
            return None  # named before (someone else, or met already), or titled here: not the lede's person
        words = tokenize(last.name)
        if not any(self.lex.titles.match_at(words, k) or self.lex.names_someone(w.key) for k, w in enumerate(words)):
            return None  # "the ministry", "the bank's statement"
        return last.affiliation

    def _body_name(self, name: str, at: int) -> bool:
        """Whether a name is an organisation's: it ends in a company suffix or a body noun ("Hanbit
        Semiconductor"), or is one word the article gave an organisation earlier ("Lumora, the maker of …")."""
        last = name.rsplit(" ", 1)[-1].lower()
        if last in self.lex.company_suffixes or last in self.lex.body_nouns:
            return True
        return " " not in name and (body := self.bodies.named(name, at + 1)) is not None and body.name == name

    def _introduction(self, name: str, at: int) -> MentionParts | None:
        """What the article said of a person where it first named them, with a title before the name or a
        description in apposition, when that gives an affiliation."""
        first = next((o for o in self._indexes()[2].get(name, ()) if o.start <= at), None)
        if first is None:
            return None
        if first not in self.introductions:
            self.introductions[first] = self._introduce(first)
        return self.introductions[first]

    def _introduce(self, first: NameOccurrence) -> MentionParts | None:
        start = self._title_start(first.start)
        i = bisect_left(self.tokens, first.start, key=token_start)
        toks = self.tokens
        if start == first.start and i > 1 and toks[i - 1].text == "." and self.lex.titles.match_at(toks, i - 2):
            start = toks[i - 2].start  # "Sen. Robert Haldane": an abbreviated title
        span = Span(start, first.end)
        parts = complete(
            analyse(self.text, span, self.lex, self._tokens_in(span)), span, self.text, self.bodies, self.lex
        )
        return parts if parts.affiliation else None

    def _indexes(self) -> tuple[dict, dict, dict]:
        """The names by their first word, last word and whole spelling, each list in text order."""
        if self._by_words is None:
            by_first: dict[str, list[NameOccurrence]] = {}
            by_last: dict[str, list[NameOccurrence]] = {}
            by_full: dict[str, list[NameOccurrence]] = {}
            for o in self.names:
                words = o.full.split()
                by_first.setdefault(words[0], []).append(o)
                if words[0].lower() not in self.lex.body_nouns:  # "Trattoria De Luca" is no one "De Luca" names
                    by_last.setdefault(_fold(words[-1]), []).append(o)
                by_full.setdefault(o.full, []).append(o)
            self._by_words = by_first, by_last, by_full
        return self._by_words

    def _full_name(self, name: str, at: int) -> str:
        """A lone surname (or first name) becomes the full name introduced before it."""
        words = name.split()
        by_first, by_last, by_full = self._indexes()
        if len(words) > 1:
            if name not in self.longer:
                # "Van Dijk" opening a sentence is the "Marieke van Dijk" named before
                folded = " " + name.lower()
                upper = name.isupper()  # a transcript's "AGNES LEE:" is the Agnes Lee named before
                self.longer[name] = [
                    f
                    for f in by_full
                    if f != name
                    and (f.endswith(name) or f.lower().endswith(folded) or (upper and f.upper() == name))
                    and f.split(" ", 1)[0].lower() not in self.lex.body_nouns
                ]
            latest = max((o for f in self.longer[name] if (o := _latest(by_full[f], at))), key=start_of, default=None)
            return latest.full if latest else name
        # A surname before a first name: "Galuzin" is "Mikhail Galuzin", not a later "Galuzin Formula".
        full = _latest(by_last.get(_fold(name), ()), at) or _latest(by_first.get(name, ()), at)
        if full is None and name.isupper() and len(name) > 1:  # a transcript's "OKAFOR:" is the Okafor named before
            full = _latest(by_last.get(_fold(name.title()), ()), at)  # "WHITEHORSE-KAYE:", "O'BRIEN:"
        if full is not None:
            for pos, speaker in reversed(self.history):
                if pos < full.start:
                    break
                if (
                    speaker.person
                    and speaker.name
                    and speaker.name.endswith(" " + name)
                    and speaker.name.replace(".", "") != full.full.replace(".", "")
                    and not speaker.name.endswith(" " + full.full)  # "Star Norbert Leo Butz" is Norbert Leo Butz
                    and not full.full.endswith(" " + speaker.name)
                    and speaker.name.split(" ", 1)[0].lower() in self.lex.first_names
                ):  # "Lachance said" after "His father said" (Robert, named before Tyler Lachance): the nearest
                    return speaker.name
            return full.full
        for _, speaker in reversed(self.history):
            if speaker.person and speaker.name and speaker.name.split()[-1] == name:
                return speaker.name
        # "her son Eirik recalled" before "Eirik Halvorsen said": the one full name given later, a person's
        later = by_first.get(name, ()) if name.lower() in self.lex.first_names else ()
        if later and len({o.full for o in later}) == 1 and not _body_word(later[0].full.rsplit(" ", 1)[-1], self.lex):
            return later[0].full
        return name

    def _pronoun(self, pronoun: str, at: int) -> Speaker | None:
        if pronoun in ("he", "she", "i"):
            # "she" is never a man: the latest person of her gender (or of one the text does not tell).
            gender = self.lex.gendered_words.get(pronoun)
            if (subject := self._subject_since_last(at, gender)) is not None:
                return subject  # "Coach Brian Halloran was blunt. “We stopped skating,” he said."
            last = self.previous(at, person=True)
            if last is not None and last.anonymous and self._asker(last):
                # "When a reporter asked why …, she said …": the one asked answers, not the unnamed asker
                last = next((s for p, s in reversed(self.history) if p <= at and s.person and not self._asker(s)), None)
            if last is None or gender is None or self.gender(last) in (None, gender):
                return last or self._last_name_before(at, gender)
            # The last speaker is of the other gender: the nearest person named before who is known to be of
            # this one, spoken or not ("Trump attacked Ms. Clinton … she said"), else the last speaker who may be.
            named = self._last_name_at(at, gender, known=True)
            spoke = next(
                ((pos, s) for pos, s in reversed(self.history) if pos <= at and s.person and self.gender(s) == gender),
                None,
            )
            if named is None or spoke is None:
                return named[1] if named else self.previous(at, person=True, gender=gender)
            # "Gagnon said … Ouellet said … she added": the woman who spoke after the woman named last
            return spoke[1] if spoke[0] > named[0] else named[1]
        if pronoun == "who":
            return self._adjacent_name(at) or self._last_name_before(at) or self.previous(at)
        if pronoun in ("they", "we"):
            return self.previous(at, person=False) or self.previous(at)
        return self.previous(at, person=False)

    def _named_next(self, mention: Span, head: str) -> Speaker | None:
        """The person a description opening a paragraph ("A Halifax man says …", "Manitoba's education minister
        says …") turns out to be: a name soon after in the paragraph (or opening the next one when the description's
        sentence ends its paragraph) titled with the description's noun ("Education Minister Roberta Kaminski"), or
        for a man or a woman, opening the sentence with an age ("Darnell Whitlock, 44,")."""
        text = self.text
        head = head.lower()
        if head in self.lex.source_nouns:
            return None  # "A spokesperson said …": an unnamed source is left unnamed on purpose
        line = text.rfind("\n", 0, mention.start) + 1
        if not (
            (line + _LEDE_REACH >= mention.start and _LEDE_DESCRIPTION.match(text, line, mention.end))
            # "… reported record profit, but its chief executive warned …": the company's officer in its first sentence
            or (text.startswith("its ", mention.start) and not _SENTENCE_END.search(text, line, mention.start))
        ):
            return None
        stop = text.find("\n", mention.end)  # the paragraph's end
        stop = len(text) if stop < 0 else stop
        end = text.find(". ", mention.end, stop)
        if end >= 0:
            begin = end + 2  # the paragraph's next sentence
        else:  # the description's sentence ends its paragraph: the next one
            begin = _SPACE.match(text, stop).end()
            stop = text.find("\n", begin) % (len(text) + 1)
        stop = min(begin + _NEXT_REACH, stop)  # not far: a quotation's sentences may come before the name
        for k in range(bisect_left(self.name_starts, begin), len(self.names)):
            occ = self.names[k]
            if occ.start >= stop:
                return None
            opening = self._title_start(occ.start)
            if head in text[opening : occ.start].lower().split() or (
                head in _LEDE_PEOPLE and occ.start == begin and _AGE_AFTER.match(text, occ.end)
            ):
                break
        else:
            return None
        titled = self._titled(occ)
        if not titled.name:
            return None
        named = self._named(titled, occ.start)
        gender = self.lex.gendered_words.get(head)
        return named if gender is None or self.gender(named) in (None, gender) else None  # not "A man … Ann Lee, 44,"

    def _asker(self, speaker: Speaker) -> bool:
        """Whether an unnamed speaker is a reporter or a host, whose statements are the questions put."""
        head = (speaker.name or "").rsplit(" ", 1)[-1]
        return speaker.anonymous and (head in _ASKERS or head in self.lex.interviewer_nouns)

    def _subject_since_last(self, at: int, gender: str | None) -> Speaker | None:
        """The person a sentence since the last statement opens with, named there and not said by anyone
        ("Kodiaks coach Brian Halloran was blunt."): the pronoun's antecedent over the last speaker's."""
        since = self.history[-1][0] if self.history else 0
        lone = self._surname_opening(since, at)
        k = bisect_left(self.name_starts, at)
        while k > 0 and self.names[k - 1].start > since:
            k -= 1
            occ = self.names[k]
            if lone is not None and lone[0] > occ.start:
                break  # a later sentence opens with the surname alone
            if self._said(occ.start) or not (
                _opens_sentence(self.text, self._title_start(occ.start)) or _opening_appositive(self.text, occ)
            ):
                continue
            if self.lex.outlets.get(occ.full) is not None:
                # "RIA Novosti quoted her as saying": an outlet is nobody a pronoun stands for, but its journalist
                # named after its possessive is ("Fox News' Bret Baier noticed … He commented …")
                if (
                    k + 1 < len(self.names)
                    and self.names[k + 1].start < at
                    and _possessed_name(self.text, occ, self.names[k + 1])
                ):
                    occ = self.names[k + 1]
                else:
                    continue
            titled = self._titled(occ)
            if titled.name is None:
                return None  # "Maybe Mr. Brandt's sharpest line came later": a possessive opens, no person
            speaker = self._named(titled, occ.start)
            if speaker.person and (gender is None or self.gender(speaker) in (None, gender)):
                return speaker
            return None
        if lone is not None:
            full = lone[1].full
            listed = known_speaker(self.lex, full)
            speaker = self.last_named.get(full) or (
                Speaker(listed.name, False, listed.role, listed.affiliation, listed.country, True)
                if listed
                else Speaker(full, False, None, None, None, True)
            )
            if speaker.person and (gender is None or self.gender(speaker) in (None, gender)):
                return speaker
        return None

    def _surname_opening(self, since: int, at: int) -> tuple[int, NameOccurrence] | None:
        """The last sentence between `since` and `at` that opens with the surname alone of a person named before
        ("Trent Baylor … Baylor, speaking briefly, apologized."), with where it stands and the full name."""
        toks = self.tokens
        lo = bisect_left(toks, since, key=token_start)
        end = bisect_left(toks, at, lo=lo, key=token_start)
        by_last = None
        for i in reversed(list(compress(range(lo, end), map(capitalized_of, toks[lo:end])))):  # found in C
            tok = toks[i]
            if i + 1 == len(toks) or not _SURNAME_SUBJECT_NEXT.match(toks[i + 1].text):
                continue  # most words are no lone capitalised word before a comma or a lowercase verb
            if not _opens_sentence(self.text, tok.start) or self._said(tok.start):
                continue
            by_last = by_last or self._indexes()[1]
            full = _latest(by_last.get(_fold(tok.text), []), tok.start - 1)
            if full is not None and full.full != tok.text and full.full.count(" ") < _NAME_WORDS:
                return tok.start, full  # a person's name, not a title-cased headline's words
        return None

    def _adjacent_name(self, at: int) -> Speaker | None:
        """The name right before a "who" at `at`, even inside what someone said: "Zelensky said he had spoken with
        Erdogan, who told him that …" is Erdogan's."""
        k = bisect_left(self.name_starts, at)
        if not k:
            return None
        occ = self.names[k - 1]
        if self.text[occ.end : at].strip(" ,") or self.lex.outlets.get(occ.full) is not None:
            return None
        if k > 1 and _body_word(occ.full.rsplit(" ", 1)[-1], self.lex):
            # "Chen Jie, a visiting programmer from the Hong Kong International Film Festival, who said": the person
            # the description in apposition is about, not the body that ends it
            person = self.names[k - 2]
            between = self.text[person.end : occ.start]
            if between.startswith(", ") and "," not in between[2:] and "." not in between:
                return self._named(self._titled(person), person.start)
        listed = known_speaker(self.lex, occ.full)
        if listed:
            return Speaker(listed.name, False, listed.role, listed.affiliation, listed.country, True)
        return self.last_named.get(occ.full) or Speaker(occ.full, False, None, None, None, True)

    def _last_name_before(self, at: int, gender: str | None = None, known: bool = False) -> Speaker | None:
        """The last name before `at` outside what was said (of no other gender than asked; of that one if known)."""
        found = self._last_name_at(at, gender, known)
        return found[1] if found else None

    def _last_name_at(self, at: int, gender: str | None, known: bool) -> tuple[int, Speaker] | None:
        """_last_name_before's person, with where the name stands."""
        k = bisect_left(self.name_starts, at)
        stop = max(0, k - _ROLE_LOOKBACK) if gender else 0  # a gendered search looks back over a few names only
        while k > stop:
            full = self.names[k - 1].full
            k -= 1
            if (
                self._said(self.names[k].start)
                or self.lex.outlets.get(full) is not None
                or full.rsplit(" ", 1)[-1].lower() in self.lex.body_nouns
            ):
                continue  # an outlet or a body is nobody a pronoun stands for ("… to Radio Liberty. He said")
            listed = known_speaker(self.lex, full)
            if listed:
                speaker = Speaker(listed.name, False, listed.role, listed.affiliation, listed.country, True)
            else:
                speaker = Speaker(full, False, None, None, None, True)
            if gender is None or self.gender(speaker) in ((gender,) if known else (None, gender)):
                return self.names[k].start, speaker
        return None

    def _unnamed(self, parts: MentionParts) -> Speaker:
        head = parts.head.lower()
        singular = self.lex.singular(head) or (head[:-1] if parts.plural and head.endswith("s") else head)
        affiliation = parts.affiliation or parts.descriptor
        # "a presidential administration representative" after "Turkish presidential administration officials".
        if affiliation:
            words = set(affiliation.lower().split())
            fuller = next(
                (
                    s.affiliation
                    for _, s in reversed(self.history)
                    if s.anonymous and s.affiliation and words < set(s.affiliation.lower().split())
                ),
                None,
            )
            affiliation = fuller or affiliation
        elif parts.text.split()[0].lower() in ("the", "this", "that"):
            # "the source added" is the unnamed source met before (of that kind if any: "the diplomats" after
            # "two EU diplomats" and an EU Commission spokesperson); "a diplomatic source" is a new one.
            earlier = [s for _, s in reversed(self.history) if s.anonymous]
            same = next((s for s in earlier if s.name == f"unnamed {singular}"), earlier[0] if earlier else None)
            affiliation = same.affiliation if same else None
        # "A boatbuilding school in Maine asked him …": a body is no "he" or "she" a later pronoun stands for.
        person = not parts.plural and not _body_word(singular, self.lex)
        return Speaker(f"unnamed {singular}", True, parts.role, affiliation, parts.country, person)


_LATER_NAME_REACH = 1200  # characters after a lede's unnamed speaker where the name may come
_LATER_TITLE_WORDS = 6  # tokens before that name where the lede's description words must stand
_CREDIT_REACH = 30  # characters before a name on its line where a credit word may stand
_WORDS = re.compile(r"[\w'’]+")


def _credited(text: str, occ: NameOccurrence, lex: Lexicon) -> bool:
    """Whether a name is a credit: "CP Photo/Jane Doe", "Photo: Ann Lee", "THE CANADIAN PRESS/Ann Lee", "By Ann
    Lee", or a byline line of its own ("Ann Lee, The Canadian Press", "Ann Lee / Staff")."""
    at = occ.start
    line_start = text.rfind("\n", 0, at) + 1
    line = text[max(0, at - _CREDIT_REACH, line_start) : at]
    stripped = line.rstrip()
    if line_start + len(line) == at and stripped.lstrip().lower() == "by":
        return True  # a byline opening its line
    if stripped.endswith("/") and _CAPITALS_BEFORE_SLASH.search(stripped):
        return True  # an agency's credit in capitals: "THE CANADIAN PRESS/Ann Lee"
    if not text[line_start:at].strip() and _BYLINE_TAIL.match(text, occ.end):
        return True  # "Ann Lee, The Canadian Press" alone on its line
    if stripped[-1:] not in ("/", ":"):
        return False  # most names stand after no credit's slash or colon: their words are not looked at
    words = _WORDS.findall(line.lower())
    return bool(words) and any(w in lex.credit_words for w in words[-3:])


_CAPITALS_BEFORE_SLASH = re.compile(r"\b[A-Z]{2,}\s*/$")
# What may follow a name on a byline line: an outlet or a desk, capitalized, and nothing else.
_BYLINE_TAIL = re.compile(r"\s*[,/|]\s*(?:[A-Z][\w'’.&-]*\s*)+(?:\n|$)")


_BODY_MENTION_WORDS = (2, 3)  # "the agency", "the weather agency"
_STATE_BODY_HEADS = frozenset({"agency", "department", "ministry", "regulator"})
_STATE_KINDS = frozenset({"government", "ministry"})
_BODY_LOOKBACK = 400  # tokens looked back over for the body "the agency" refers to


def _in_body_name(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a token may stand inside a body's name: a capitalized word, or "of"/"and" between two."""
    t = toks[i]
    if t.is_word and t.is_capitalized:  # not a cue, a determiner nor a title ("Court Justice Frank Nervo")
        return not (lex.cues.match_at(toks, i) or lex.word_class(t.key) is not None or lex.titles.match_at(toks, i))
    return (
        (t.key in lex.inner_words or t.key in affiliations.BODY_INNER)  # "Université de Moncton"
        and 0 < i < len(toks) - 1
        and toks[i + 1].is_capitalized
    )


# "… who spoke to ", "… who talked with ", "… who asked ": a mention after this is the object of a relative clause.
_RELATIVE_OBJECT = re.compile(r"\s+who\s+(?:spoke|talked|asked|told|wrote)(?:\s+(?:to|with))?\s+$")
_RELATIVE_REACH = 30
_RELATIVE_SUBJECT_WORDS = 6
_SENTENCE_ENDS = (".", "!", "?", "\n", "“", "”", '"')
_MEMBER_LINK = re.compile(r"\s+(?:of|at|from|in)\s+$")  # "Karl Jensen of " before a mention
_WORD = re.compile(r"\w[\w'’-]*")
_MEMBER_LINK_REACH = 8  # characters: "Karl Jensen of " ends within them


def _body_of(parts: MentionParts, lex: Lexicon) -> str | None:
    """ "The Arizona Department of Water Resources": capitalized words, "of" and the capitalized words read as a
    name make up one body's name, not a person's."""
    if "of" not in parts.text:
        return None  # most mentions have no "of": no split
    text = re.split(r"\s*[,(]", parts.text, maxsplit=1)[0]
    at = text.rfind(parts.name)
    before = text[:at].rstrip().split()
    if at <= 0 or len(before) < 2 or before[-1] != "of" or not before[-2][:1].isupper():
        return None
    return _strip_determiner(text, lex)


# A word, then up to two capitalized words, right before a surname: "Ms. ", "Sir Owen ", "his wife Ann ".
# Possessive runs: what follows each is of another class, so giving characters back never makes a match (the
# same matches in half the time, searched from every offset of the window).
_BEFORE_NAME = re.compile(r"\b([A-Za-z]++)\.?(?:\s++[A-Z][\w'’-]*+){0,2}\s++$")
_BEFORE_NAME_REACH = 40  # characters before a surname looked at


# "HALDEN, Norway — ", "TRURO, N.S.—", "DOHA - ": a dateline opening the line, before the first sentence's subject.
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]+[A-Z.](?:,[^—–\n]{1,40}?)?(?:\s*[—–]\s*|\s+--?\s+)")


def _after_dateline(text: str, mention: Span) -> Span:
    """A mention without the dateline it is glued to ("HALDEN, Norway — Ingrid Solvang, who owns …")."""
    if mention.start and text[mention.start - 1] != "\n":
        return mention
    m = _DATELINE.match(text, mention.start, mention.end)
    return Span(m.end(), mention.end) if m and m.end() < mention.end else mention


def _body_word(word: str, lex: Lexicon) -> bool:
    """Whether a name's last word makes it a body's ("Columbia University Graduate School", "Bloomberg L.P.")."""
    key = word.lower()
    return key in lex.body_nouns or key in lex.company_suffixes or key in lex.organisation_nouns


_TITLE_OF = re.compile(r"\b([A-Z][a-z]+) of (?:the )?$")  # "Head of the " right before a mention
_TITLE_OF_REACH = 20


def _fold(surname: str) -> str:
    """A surname as looked up: "Al-Dosari" opening a sentence is the "al-Dosari" of "Mubarak al-Dosari"."""
    return surname[:1].lower() + surname[1:]


_SURNAME_SUBJECT_NEXT = re.compile(r",|[a-z]")  # "Baylor, speaking briefly, …", "Ames thanked …"
_NAME_WORDS = 4


def _latest(occurrences: list[NameOccurrence], at: int) -> NameOccurrence | None:
    """The last of some names (in text order) that starts at or before `at`."""
    k = bisect_right(occurrences, at, key=start_of)
    return occurrences[k - 1] if k else None


_ASIDE = re.compile(r"\s*[,(]")
# "a news release from the RCMP", "the statement issued by Health Canada": a document, then who issued it.
_ISSUED = re.compile(
    r"(?:(?:an?|the)\s+)?(\w+(?:\s\w+)??)\s+(?:(?:issued|released|published)\s+by|from|by)\s+(.+)$", re.IGNORECASE
)
# The parts of a body that speak for it: "the KHL press service", "the Finance Ministry's press office".
_SERVICES = frozenset({"service", "office", "department", "unit", "division", "secretariat", "bureau", "desk"})


def _service_owner(text: str, mention: str, at: int, lex: Lexicon) -> str | None:
    """The body whose service, office or department a mention names: the capitalized words before the lowercase
    ones that end in such a noun ("The KHL press service" → KHL, "the Finance Ministry's press office" → Finance
    Ministry); never a person ("Netanyahu's office" is no body's) nor a day."""
    words = tokenize(_ASIDE.split(mention, maxsplit=1)[0])
    if len(words) < 2 or words[-1].key not in _SERVICES or words[-1].is_capitalized:
        return None
    k = len(words) - 1
    while k > 0 and not words[k - 1].is_capitalized and words[k - 1].is_word:
        k -= 1  # "press", "media"
    owner = [w for w in words[:k] if lex.word_class(w.key) is None]  # not "the"
    if not owner or not all(w.is_capitalized for w in owner):
        return None  # "the city's finance department": no capitalized body
    name = " ".join(w.text for w in owner)
    possessive = name.endswith(("'s", "’s"))
    name = name[:-2] if possessive else name
    if possessive and not (name.split()[-1].lower() in lex.body_nouns or lex.organisations.get(name)):
        return None  # "Koval's office": a person's
    if not affiliations.plausible(text, name, at, lex, possessive=possessive):
        return None
    known = lex.organisations.get(name)
    return known.name if known else name


def _strip_determiner(text: str, lex: Lexicon) -> str:
    """The mention as a speaker's label: without its determiner, nor an aside after a comma or parenthesis
    ("The Foreign Ministry of Belarus, in turn," → "Foreign Ministry of Belarus")."""
    text = _ASIDE.split(text, maxsplit=1)[0]
    first, _, rest = text.partition(" ")
    if first.lower() == "those" and " " not in rest:
        return text  # "those surveyed", "those polled": the participle alone names nobody
    return rest if rest and lex.word_class(first.lower()) == "determiner" else text


def _adjective(parts: MentionParts, lex: Lexicon) -> str | None:
    """The adjective of the country a mention names ("Ukrainian"), or None."""
    country = lex.countries.get(parts.country or "")
    return country.adjective if country else None
