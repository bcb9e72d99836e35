"""Affiliations as the text names them, where the lists do not hold the body.

"Winnipeg Transit director Maureen Okafor", "Alpen Hypo's chief executive": the capitalized words written
before a title name the body the title belongs to. "Laura Pemberton of Montana": a place or body after a
name. Never a day ("Monday's meeting") nor a person ("Trump's adviser"), and a possessive's 's is not
part of the name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .lexicons import Country, Lexicon
from .tokens import Token, tokenize

# Words that qualify a title rather than name a body: "Deputy Energy Minister", "Acting Director".
RANKS = frozenset({"vice", "deputy", "assistant", "acting", "former", "associate", "under", "senior", "lead",
                   "first", "chief", "head", "interim", "executive", "general", "managing", "presumptive",
                   "likely", "possible", "then", "longtime", "top", "veteran", "incoming", "outgoing",
                   "staff", "majority", "minority"})  # fmt: skip
# A last word with an adjective's ending qualifies rather than names: "Republican nominee", "U.S. Democratic
# senator"; a body's name ends in a noun.
_ADJECTIVE_ENDINGS = ("ican", "atic", "arian", "ist", "ive", "ish", "ese", "ian")
# lower-case words inside a body's name, French ones too ("Université de Montréal")
BODY_INNER = frozenset({"of", "and", "for", "the", "&", "de", "du", "des", "la"})
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+)$")
_MID_SENTENCE = frozenset("abcdefghijklmnopqrstuvwxyz,;")
_SENTENCE_MARKS = frozenset('.!?:;"“”»\n')


def before_title(text: str, words: list[Token], lex: Lexicon) -> str | None:
    """The body named by the capitalized words right before a title (`words`, in order, up to the title)."""
    k = len(words)
    while k > 0 and words[k - 1].is_capitalized and (words[k - 1].key in lex.portfolios or words[k - 1].key in RANKS):
        k -= 1  # "Deputy Energy Minister": the portfolio and rank belong to the title
    run: list[Token] = []
    while k > 0 and words[k - 1].is_word and words[k - 1].key not in RANKS:
        lower_body = not run and words[k - 1].key in lex.body_nouns and k > 1 and words[k - 2].is_capitalized
        if not (words[k - 1].is_capitalized or lower_body or (words[k - 1].key in BODY_INNER and k > 1 and run)):
            break  # "Finance ministry spokesman": a body noun in lower case after the capitalized words
        run.insert(0, words[k - 1])  # "Bank of Ardia": lower-case words inside a name, between capitals
        k -= 1
    while run and not run[0].is_capitalized:
        run.pop(0)
    if not run or any(t.key.endswith("'s") for t in run[:-1]):
        return None  # "Trump's Indiana backers": a possessor inside the run is no body's name
    possessive = run[-1].key.endswith("'s")
    name = text[run[0].start : run[-1].end - (2 if possessive else 0)]
    if len(run) > 1 and text[run[0].end : run[0].end + 2] in ("'s", "’s"):
        country = lex.countries.get(run[0].text)  # "Hungary's government spokesman": Hungarian government
        return country.adjective + name[len(run[0].text) + 2 :] if country else None
    return name if plausible(text, name, run[0].start, lex, possessive) else None


def plausible(text: str, name: str, at: int, lex: Lexicon, possessive: bool = False) -> bool:
    """Whether `name` (at offset `at`) can be a body: not a day or a word of time, not a person named in
    the text ("Donald Trump's" → Trump), and, when one word opens a sentence, a word the text capitalizes
    elsewhere too ("Tournament director" is a common noun, "Lumora chief executive" a company)."""
    words = name.split()
    if not words or any(w.lower().rstrip("'’s") in lex.time_words or w.lower() in lex.time_words for w in words):
        return False
    if lex.speakers.get(name) is not None or lex.word_class(words[0].lower()) is not None:
        return False
    if len(words) == 1 and _person(text, name, lex):
        return False  # a person's surname: "Donald Trump … Trump's adviser", "a Trump adviser"
    if words[-1].lower().endswith(_ADJECTIVE_ENDINGS):
        return False
    if len(words) == 1 and not possessive and _opens_sentence(text, at) and not _acronym(name):
        return any(text[m.start() - 1 : m.start()] in _MID_SENTENCE for m in _after_space(text, name))
    return True


def _acronym(word: str) -> bool:
    """ "JAXA", "PCB": capitals only, so no common noun even opening a sentence."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def _after_space(text: str, name: str) -> Iterator[re.Match[str]]:
    """Where `name` stands as a whole word after a space (a literal search: fast on long texts)."""
    return (m for m in re.finditer(re.escape(" " + name), text) if not text[m.end() : m.end() + 1].isalnum())


def appositive_body(text: str, name: str, lex: Lexicon) -> str | None:
    """A body an appositive names ("…, who heads the Kirkholme library service"), its possessor if it has
    one ("who heads Nordbank's branch office" → Nordbank, without the 's); none when it is a day or a word
    of time ("at Monday's meeting") or a person's surname."""
    words = name.split()
    owner = next((k for k, w in enumerate(words) if owns(w, lex)), None)
    if owner is not None and (national := _national_body(words, owner, lex)):
        return national
    if owner is not None:  # "Nordbank's branch office" belongs to Nordbank
        words = [*words[:owner], words[owner][:-2]]
        name = " ".join(words)
    if not words or any(w.lower() in lex.time_words for w in words):
        return None
    if len(words) == 1 and _person(text, name, lex):
        return None
    return name


def _national_body(words: list[str], owner: int, lex: Lexicon) -> str | None:
    """A country's named body after its possessive, as the lists name it ("Russia's Security Council" → Russian
    Security Council) or with the country's adjective ("Ukraine's Coordination Headquarters"): the body, not the
    country, is the affiliation."""
    rest = words[owner + 1 :]
    if owner or not rest or not all(w[:1].isupper() for w in rest):
        return None
    country = lex.countries.get(words[owner][:-2])
    if country is None or not country.adjective:
        return None
    name = " ".join([country.adjective, *rest])
    listed = lex.organisations.get(name)
    return listed.name if listed else name


def owns(word: str, lex: Lexicon) -> bool:
    """Whether a word is a possessive naming an owner: "Nordbank's", not the "Children's" of "Children's Hospital"."""
    return word.endswith(("'s", "’s")) and word[:-2].lower() not in lex.name_possessives


def _person(text: str, name: str, lex: Lexicon) -> bool:
    """Whether the text writes a first name before `name` somewhere ("Donald Trump"); an acronym or a
    lower-case word is no surname."""
    if not name[:1].isupper() or name.isupper():
        return False
    for m in _after_space(text, name):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        first = before.group(1)
        if (
            lex.word_class(first.lower()) is None
            and first.lower() not in lex.time_words
            and lex.titles.get(first) is None
            and lex.organisations.get(f"{first} {name}") is None  # "White House" is no person
            and lex.countries.get(first) is None
        ):
            return True
    return False


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 8) : at].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_MARKS


_COUNTRY_REACH = 2000  # characters looked back for the country a title without one belongs to


def country_before(text: str, at: int, lex: Lexicon) -> Country | None:
    """The country named last before offset `at` (by name, adjective or capital, or as a listed
    organisation's country), within a few paragraphs."""
    toks = tokenize(text, max(0, at - _COUNTRY_REACH), at)
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        if not tok.is_capitalized:
            continue
        if k > 0 and toks[k - 1].is_capitalized and lex.word_class(toks[k - 1].key) is None:
            continue  # "Latin America", "North Korea" (read from its first word): part of a longer name
        if tok.key.endswith("'s") and (country := lex.countries.get(tok.text[:-2])):
            return country  # "Russia's Finance Ministry"
        if hit := lex.countries.match_at(toks, k):
            return hit[1]
        if (org := lex.organisations.match_at(toks, k)) and org[1].country:
            return lex.countries.get(org[1].country)
    return None


@dataclass(frozen=True, slots=True)
class Body:
    start: int
    name: str  # as written, without a possessive's 's: "Kirkholme Borough Council"
    head: str  # the word that makes it a body, lower case: "council", "airlines", or "" (named by apposition)
    company: bool


_ACRONYM_LETTERS = (2, 6)  # "UN", "CUPE", "RCMP": an acronym's length
_INITIAL_GAP = r"[\w'’-]*\s+(?:(?:of|and|for|the|de|du|des|la)\s+)*"  # from one initial to the next word's
_APPOSITION_REACH = 6  # words from "the" to the kind of organisation: "Lumora, the California maker of …"
_AFTER_KIND = frozenset({",", ".", ";", "of", "that", "which", "based", "with", "in", "and", "whose", "—", "–"})


class Bodies:
    """The organisations an article names, in text order, found by shape on first use: a capitalized phrase
    ending in a body noun or a company suffix ("Kirkholme Borough Council", "Sonoran Valley Farms", "the
    University of Copenhagen"), a name after or before a kind of organisation ("Austrian lender Alpen Hypo",
    "Lumora, the California maker of cameras"), a listed organisation. What a generic noun ("the council's
    leader", "Company attorney"), a title without a body ("Chief Executive Ana Ruiz") or a short name
    ("Hanbit said" after "Hanbit Semiconductor") refers back to."""

    def __init__(self, text: str, tokens: list[Token], lex: Lexicon) -> None:
        self.text = text
        self.tokens = tokens
        self.lex = lex
        self._found: list[Body] | None = None
        self._by_head: dict[str | None, list[int]] | None = None

    @property
    def found(self) -> list[Body]:
        if self._found is None:
            self._found = _scan(self.text, self.tokens, self.lex)
        return self._found

    def last(self, kinds: tuple[str, ...], at: int) -> Body | None:
        """The body named last before `at` of one of `kinds` ("council" → "Kirkholme Borough Council"; a company
        noun such as "company", "airline" or "firm" → the last company)."""
        lex = self.lex
        company = any(k in lex.organisation_nouns or k in lex.company_suffixes for k in kinds)
        if self._by_head is None:  # the bodies' indexes by head, with and without a plural's s, and the companies'
            self._by_head = {}
            for n, body in enumerate(self.found):
                for head in {body.head, body.head.removesuffix("s")} | ({None} if body.company else set()):
                    self._by_head.setdefault(head, []).append(n)
        before = bisect_left(self.found, at, key=_start_of_body)  # in text order: those named before `at`
        lasts = []  # each kind's last body before `at`: a look-up in place of a pass over all the article's bodies
        for head in (*kinds, *([None] if company else [])):
            indexes = self._by_head.get(head, [])
            if k := bisect_left(indexes, before):
                lasts.append(indexes[k - 1])
        return self.found[max(lasts)] if lasts else None

    def named(self, name: str, at: int) -> Body | None:
        """The body named before `at` that `name` is or begins: "Hanbit" after "Hanbit Semiconductor"."""
        if self._found is None and " " not in name and not self._may_name_one_word(name):
            return None  # one word is a body only as a kind of organisation names it: not looked for in vain
        for body in reversed(self.found):
            if body.start < at and (body.name == name or body.name.startswith(name + " ")):
                return body
        return None

    def spelled_out(self, acronym: str, at: int) -> str | None:
        """The body named before `at` whose words' initials an acronym spells ("TSB" → "Transportation Safety
        Board of Canada"; the initials of a place after "of" may be left out), the latest if several."""
        if not (_ACRONYM_LETTERS[0] <= len(acronym) <= _ACRONYM_LETTERS[1] and acronym.isalpha()):
            return None
        # capitalized words with those initials before it, looked for in the text before the bodies are
        if re.search(r"\b" + _INITIAL_GAP.join(acronym) + r"\w", self.text[:at]) is None:
            return None
        for body in reversed(self.found):
            if body.start >= at or " " not in body.name:
                continue
            words = [w for w in body.name.split() if w not in BODY_INNER]
            initials = "".join(w[0] for w in words)
            if initials == acronym or (initials.startswith(acronym) and " of " in body.name):
                return body.name
        return None

    def _may_name_one_word(self, name: str) -> bool:
        """Whether one word stands somewhere in the text after a kind of organisation ("lender Ardia") or before
        a description ("Ardia, the …"), or is a listed organisation."""
        if self.lex.organisations.get(name) is not None:
            return True
        text = self.text
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if text.startswith((", the ", ", a ", ", an "), end):
                return True
            before = text[max(0, at - 20) : at].rsplit(None, 1)
            if before and text[at - 1 : at] == " " and before[-1] in self.lex.organisation_nouns:
                return True
            at = text.find(name, end)
        return False


def _scan(text: str, tokens: list[Token], lex: Lexicon) -> list[Body]:
    """The bodies of the runs of capitalized words that a trigger word touches (a body noun, a company suffix, a
    kind of organisation, of/for, an apposition's comma, a listed organisation's first word): most runs are
    people and places, never looked at."""
    triggers = _triggers(lex.body_nouns | lex.company_suffixes, lex.organisation_nouns, lex.organisations.first_keys)
    n = len(tokens)
    starts: set[int] = set()
    found: list[Body] = []
    for k in [k for k, t in enumerate(tokens) if t.key in triggers]:
        tok = tokens[k]
        if tok.key in ("of", "for") or (tok.key == "," and k + 1 < n and tokens[k + 1].key in ("the", "a", "an")):
            anchor = k - 1
        elif tok.key in lex.organisation_nouns and not tok.is_capitalized:
            anchor = k + 1  # "lender Alpen Hypo"
        else:
            anchor = k if tok.is_capitalized else k - 1  # "the Sumy region": the run before a lower-case body noun
        if not (0 <= anchor < n and tokens[anchor].is_capitalized and tokens[anchor].is_word):
            continue
        i = _run_start(tokens, anchor, lex)
        if i in starts:
            continue
        starts.add(i)
        j = _run_end(tokens, i, lex)
        body = _body_in(text, tokens, i, j, lex) if anchor < j else None
        if body is not None:
            found.append(body)
    found.sort(key=_start_of_body)
    return found


@cache
def _triggers(heads: frozenset[str], kinds: frozenset[str], first_keys: frozenset[str]) -> frozenset[str]:
    return heads | {h + "'s" for h in heads} | kinds | first_keys | {"of", "for", ","}


def _start_of_body(body: Body) -> int:
    return body.start


def _run_start(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """The first token of the run of capitalized words (with of/and between them) that holds tokens[k]."""
    i = k
    while i > 0:
        p = tokens[i - 1]
        if p.key.endswith("'s") or tokens[i].start - p.end > 1:
            break  # a possessive ends the run before, and so does a line break ("… 6:00 AM ET\n\nPrairie Paws")
        capital = p.is_word and p.is_capitalized
        inner = p.key in BODY_INNER and i > 1 and tokens[i - 2].is_capitalized and tokens[i - 2].is_word
        suffix = p.text == "." and i > 1 and len(tokens[i - 2].text) <= 4 and tokens[i - 2].key in lex.company_suffixes
        if not (capital or inner or suffix):  # "Department of Water", "Foods Inc."
            break
        i -= 1
    return i


def _run_end(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """The end of the run of capitalized words that starts at tokens[i]."""
    n = len(tokens)
    j = i + 1
    while j < n and not tokens[j - 1].key.endswith("'s"):  # a possessive ends the name
        t = tokens[j]
        if t.start - tokens[j - 1].end > 1:
            break  # a name does not go on over a line break
        if t.is_word and (t.is_capitalized or (t.key in BODY_INNER and j + 1 < n and tokens[j + 1].is_capitalized)):
            j += 1
        elif t.text == "." and len(tokens[j - 1].text) <= 4 and tokens[j - 1].key in lex.company_suffixes:
            j += 1  # "Inc.", "Corp."
        elif t.key.removesuffix("'s") in lex.body_nouns:
            j += 1  # "the Sumy region", "the Finance ministry": a body noun in lower case ends the name
            break
        else:
            break
    return j


def _body_in(text: str, tokens: list[Token], i: int, j: int, lex: Lexicon) -> Body | None:
    """The body a run of capitalized words tokens[i:j] names, if any."""
    last = j - 1 if tokens[j - 1].is_word else j - 2
    stem = tokens[last].key.removesuffix("'s")
    if not (
        stem in lex.body_nouns
        or stem in lex.company_suffixes
        or (i > 0 and tokens[i - 1].key in lex.organisation_nouns)
        or (j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].key in ("the", "a", "an"))
        or any(tokens[k].key in ("of", "for") or tokens[k].key in lex.organisations.first_keys for k in range(i, j))
    ):
        return None  # most capitalized runs are people and places: rejected before any look-up
    while i < j and (lex.word_class(tokens[i].key) is not None or lex.titles.match_at(tokens, i)):
        i += hit[0] if (hit := lex.titles.match_at(tokens, i)) else 1  # "The", "Deputy Mayor"
    if i > last:
        return None
    end = tokens[j - 1].end - (2 if tokens[last].key.endswith("'s") else 0)  # "Inc." keeps its dot
    head = ""
    if stem in lex.body_nouns or stem in lex.company_suffixes:
        head = stem
    else:  # "University of Copenhagen": a body noun, then of/for and its field or place
        for k in range(i, last):
            if tokens[k].key in lex.body_nouns and tokens[k + 1].key in ("of", "for"):
                head = tokens[k].key
                break
    if head and last == i and not tokens[i].key.isupper():
        head = ""  # "Company attorney": the kind alone names no body
    company = head in lex.company_suffixes
    if not head and (known := lex.organisations.match_at(tokens, i)) and i + known[0] > last:
        return Body(tokens[i].start, known[1].name, tokens[last].key, known[1].kind == "company")
    if not head:
        kind = _kind_of(tokens, i, j, lex)
        if kind is None:
            return None
        company = True
    name = text[tokens[i].start : end]
    if lex.outlets.get(name) is not None or lex.countries.get(name) is not None:
        return None  # "Yonhap News Agency" is an outlet
    if not head and (lex.speakers.get(name) or any(w.lower() in lex.time_words for w in name.split())):
        return None  # a kind of organisation names it: no common noun, but never a person or a day
    return Body(tokens[i].start, name, head, company)


def _kind_of(tokens: list[Token], i: int, j: int, lex: Lexicon) -> str | None:
    """The kind of organisation a name is given: just before it ("grocer Maple Harvest Foods") or in apposition
    after it ("Lumora, the California maker of smart home cameras")."""
    if i > 0 and tokens[i - 1].key in lex.organisation_nouns and not tokens[i - 1].is_capitalized:
        return tokens[i - 1].key
    if j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].key in ("the", "a", "an"):
        for k in range(j + 2, min(j + 2 + _APPOSITION_REACH, len(tokens))):
            t = tokens[k]
            if not t.is_word or lex.word_class(t.key) is not None or lex.titles.match_at(tokens, k):
                return None
            if t.key in lex.organisation_nouns and (k + 1 == len(tokens) or tokens[k + 1].text in _AFTER_KIND
                                                    or tokens[k + 1].key in _AFTER_KIND):  # fmt: skip
                return t.key
    return None
