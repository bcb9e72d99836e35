"""Word tokens with offsets, and phrase tables that find lexicon phrases in token runs in linear time."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Generic, NamedTuple, TypeVar

from ..models import Span

# Acronyms with dots (U.S., U.N.), words with inner apostrophes or hyphens (Russia's, Russia-Ukraine),
# numbers with separators (1,000), a run of one repeated punctuation character ("...", "!!!", "----"),
# else one punctuation character. Written as a first character, then what may follow it given what it was (looked
# at behind): a pattern that opens with a character class lets the regex engine skip white space in C instead of
# trying every alternative there. Possessive: nothing follows a token's pattern, so giving back characters never
# makes another match. The same tokens as the plain alternation (?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*|\w+(?:['’\-]\w+)*
# |([^\w\s])\1*, in a third fewer instructions (callgrind).
_TOKEN = re.compile(
    r"(\S)(?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)++|(?<=\d)\d*+(?:[.,]\d++)*+|(?<=\w)\w*+(?:['’\-]\w++)*+|\1*+)"
)

V = TypeVar("V")


class Token(NamedTuple):
    """A word or punctuation token; a named tuple because articles have hundreds of thousands of them."""

    start: int
    end: int
    text: str
    key: str  # case- and apostrophe-insensitive form used for lexicon look-ups
    is_word: bool
    is_capitalized: bool

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


# Arabic and similar articles glued to a surname; "pro-Trump", "ex-Senator" are no names. French and Italian
# particles elided before a vowel: "d'Entremont", "l'Heureux", "dell'Orto".
_PARTICLE_NAME = re.compile(r"(?:(?:al|el|ad|ar|as|at|az|ash|bin|ibn|abu|ul|ud)-|(?:d|l|dell)['’])[A-Z]")


def particle_name(tok: Token) -> bool:
    """A surname led by a lower-case particle and a hyphen or an apostrophe: "al-Dosari", "el-Amin", "d'Amour"."""
    head = tok.text[1:5]
    return ("-" in head or "'" in head or "’" in head) and _PARTICLE_NAME.match(tok.text) is not None


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of text[start:end]. No token spans white space, so each run between white space is tokenized on
    its own (str.split and the pattern's \\S agree on what white space is): a run of letters alone, most of an
    article's words, is one word token as the pattern would find it, without a match object, and so are letters
    with one mark after them ("said,"); any other run is matched by the pattern (a third of the instructions of
    matching every token, callgrind)."""
    tokens = []
    at = start
    for chunk in text[start:end].split():
        while text[at].isspace():
            at += 1
        n = len(chunk)
        if chunk.isalpha():  # no apostrophe in it: the key is the lowered word
            tokens.append(_new_token(Token, (at, at + n, chunk, chunk.lower(), True, chunk[0].isupper())))
        elif n > 1 and not ((mark := chunk[n - 1]).isalnum() or mark == "_") and (word := chunk[: n - 1]).isalpha():
            # letters and a mark after them that no word goes on over (\w is a letter, digit or underscore):
            # "said," "Trump." are two tokens, as the pattern finds them
            tokens.append(_new_token(Token, (at, at + n - 1, word, word.lower(), True, word[0].isupper())))
            key = mark.lower().replace("’", "'")
            tokens.append(_new_token(Token, (at + n - 1, at + n, mark, key, False, mark.isupper())))
        else:
            for m in _TOKEN.finditer(text, at, at + n):
                t = m[0]  # the match's text by subscript: no method looked up
                key = t.lower().replace("’", "'")
                tokens.append(_new_token(Token, (m.start(), m.end(), t, key, t[0].isalnum(), t[0].isupper())))
        at += n
    return tokens


# Builds a token without the named tuple's Python-level __new__: an article has thousands of tokens.
_new_token = tuple.__new__


# Getters written in C: bisection by offset and scans of a token list call them often. A token's own fields are
# taken by position (an item of the tuple, where a field's name is looked up on the class each time); start_of
# serves spans too, token_start tokens only.
key_of = itemgetter(Token._fields.index("key"))
start_of = attrgetter("start")
token_start = itemgetter(Token._fields.index("start"))
end_of = itemgetter(Token._fields.index("end"))


def capitalized_words(tokens: list[Token]) -> list[int]:
    """The indexes of the capitalized words (a name search looks at no others): half the time of a scan in C with
    map() and itemgetter (3.11 calls an itemgetter with a tuple of arguments), as Python and compiled. Not by the
    flags' positions (t[4]): compiled, an item of a named tuple is taken through its class's generic sq_item slot
    (__getitem__ called by name with a tuple of arguments), dearer than the field by name."""
    return [i for i, t in enumerate(tokens) if t.is_capitalized and t.is_word]


capitalized_of = itemgetter(Token._fields.index("is_capitalized"))
word_of = itemgetter(Token._fields.index("is_word"))


@lru_cache(maxsize=4096)
def phrase_key(phrase: str) -> tuple[str, ...]:
    """A phrase's look-up key; cached, since the names an article looks up (PhraseTable.get) recur."""
    return tuple(t.key for t in tokenize(phrase))


class PhraseTable(Generic[V]):
    """Phrases (token sequences, case-insensitive) mapped to values; longest match wins."""

    def __init__(self, items: Iterable[tuple[str, V]]) -> None:
        self._entries: dict[tuple[str, ...], V] = {}
        for phrase, value in items:
            key = phrase_key(phrase)
            if key:
                self._entries.setdefault(key, value)
        # The longest phrase starting with each key: most words start none, and a match tries few lengths.
        self._longest_from: dict[str, int] = {}
        for key in self._entries:
            self._longest_from[key[0]] = max(len(key), self._longest_from.get(key[0], 0))
        self.first_keys = frozenset(self._longest_from)
        # Every beginning of two words or more of a phrase: a match grows word by word while one goes on.
        self._beginnings = frozenset(key[:n] for key in self._entries for n in range(2, len(key) + 1))
        # Words inside a phrase ("of" in "secretary of state"): where a phrase may go on over a lowercase word.
        self.inner_keys = frozenset(k for key in self._entries for k in key[1:])

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, phrase: str) -> bool:
        return phrase_key(phrase) in self._entries

    def get(self, phrase: str) -> V | None:
        return self._entries.get(phrase_key(phrase))

    def items(self) -> Iterator[tuple[str, V]]:
        """Each phrase (its lower-case words joined by spaces) and its value."""
        return ((" ".join(key), value) for key, value in self._entries.items())

    def match_at(self, tokens: list[Token], i: int) -> tuple[int, V] | None:
        """The longest phrase starting at tokens[i], as (number of tokens, value)."""
        if i >= len(tokens):
            return None
        key = tokens[i].key
        longest = self._longest_from.get(key)
        if longest is None:
            return None  # most words start no phrase
        phrase = (key,)
        value = self._entries.get(phrase)
        found = None if value is None else (1, value)
        if longest == 1:
            return found  # most cues are one word: no loop to set up
        # Longer phrases only while the words so far begin one ("the" + "minister" begins none: one look-up).
        for n in range(2, min(longest, len(tokens) - i) + 1):
            phrase += (tokens[i + n - 1].key,)
            if phrase not in self._beginnings:
                break
            value = self._entries.get(phrase)
            if value is not None:
                found = n, value
        return found

    def find_all(self, tokens: list[Token]) -> list[tuple[int, int, V]]:
        """Non-overlapping longest matches, left to right, as (first token, end token, value)."""
        out, i = [], 0
        while i < len(tokens):
            hit = self.match_at(tokens, i)
            if hit:
                out.append((i, i + hit[0], hit[1]))
                i += hit[0]
            else:
                i += 1
        return out
