"""Affiliations as the text names them, where the lists do not hold the body.

"Winnipeg Transit director Maureen Okafor", "Alpen Hypo's chief executive": the capitalized words written
before a title name the body the title belongs to. "Laura Pemberton of Montana": a place or body after a
name. Never a day ("Monday's meeting") nor a person ("Trump's adviser"), and a possessive's 's is not
part of the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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
BODY_INNER = frozenset({"of", "and", "for", "the", "&"})  # lower-case words inside a body's name
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
        if not words[k - 1].is_capitalized and not (words[k - 1].key in BODY_INNER and k > 1 and run):
            break
        run.insert(0, words[k - 1])  # "Bank of Ardia": lower-case words inside a name, between capitals
        k -= 1
    while run and not run[0].is_capitalized:
        run.pop(0)
    if not run or any(t.key.endswith("'s") for t in run[:-1]):
        return None  # "Trump's Indiana backers": a possessor inside the run is no body's name
    possessive = run[-1].key.endswith("'s")
    name = text[run[0].start : run[-1].end - (2 if possessive else 0)]
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
    if len(words) == 1 and not possessive and _opens_sentence(text, at):
        return any(text[m.start() - 1 : m.start()] in _MID_SENTENCE for m in _after_space(text, name))
    return True


def _after_space(text: str, name: str) -> Iterator[re.Match[str]]:
    """Where `name` stands as a whole word after a space (a literal search: fast on long texts)."""
    return (m for m in re.finditer(re.escape(" " + name), text) if not text[m.end() : m.end() + 1].isalnum())


def appositive_body(text: str, name: str, lex: Lexicon) -> str | None:
    """A body an appositive names ("…, who heads the Kirkholme library service"), its possessor if it has
    one ("who heads Nordbank's branch office" → Nordbank, without the 's); none when it is a day or a word
    of time ("at Monday's meeting") or a person's surname."""
    words = name.split()
    owner = next((k for k, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
    if owner is not None:  # "Nordbank's branch office" belongs to Nordbank
        words = [*words[:owner], words[owner][:-2]]
        name = " ".join(words)
    if not words or any(w.lower() in lex.time_words for w in words):
        return None
    if len(words) == 1 and _person(text, name, lex):
        return None
    return name


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
        if not toks[k].is_capitalized:
            continue
        if hit := lex.countries.match_at(toks, k):
            return hit[1]
        if (org := lex.organisations.match_at(toks, k)) and org[1].country:
            return lex.countries.get(org[1].country)
    return None
