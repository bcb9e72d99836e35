"""Topic tags for statements from keyword lists in data/topics.csv (user-extendable without code)."""

from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .engine.lexicons import data_dir, read_rows


@dataclass(frozen=True, slots=True)
class Topic:
    """A topic and its keywords as one pattern."""

    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class _Topics:
    """A data folder's topics, and which of them a word may start a keyword of: a statement's words are looked up
    once, and only the patterns of topics one of them names are asked (a search per topic and statement was a
    quarter of an ingest worker's time; asking each topic whether the words hold one of its keywords, a tenth)."""

    topics: tuple[Topic, ...]
    always: frozenset[int]  # topics with a keyword no word tells ("$", "İstanbul"): always asked
    firsts: dict[str, frozenset[int]]  # a keyword's first word, lower-cased (an acronym's as written) -> topics
    stems: dict[int, dict[str, frozenset[int]]]  # stem length -> a one-word wildcard keyword's stem -> topics
    seen: dict[str, frozenset[int]]  # word -> the topics it may start a keyword of (filled as words come)

    def named_by(self, word: str) -> frozenset[int]:
        """The topics a keyword of which may start with this word, as written or lower-cased."""
        found = self.seen.get(word)
        if found is None:
            if len(self.seen) >= _SEEN_MAX:  # bounded however many distinct words an ingest meets
                self.seen.clear()
            found = frozenset().union(*(self._named(w) for w in {word, word.lower()}))
            self.seen[word] = found
        return found

    def _named(self, word: str) -> frozenset[int]:
        found = set(self.firsts.get(word, ()))
        for length, stems in self.stems.items():
            found.update(stems.get(word[:length], ()))  # a word shorter than a stem finds none of that length
        return frozenset(found)


_SEEN_MAX = 200_000
_WORD = re.compile(r"\w+")


def _keyword_pattern(keyword: str) -> str:
    # Words are matched whole; a trailing * lets the last word end in any letters; inner spaces match any
    # run of spaces or hyphens ("cease fire", "cease-fire").
    stem, wildcard = (keyword[:-1], r"\w*") if keyword.endswith("*") else (keyword, "")
    words = [re.escape(w) for w in re.split(r"[\s\-]+", stem.strip()) if w]
    return r"(?<!\w)" + r"[\s\-]+".join(words) + wildcard + r"(?!\w)"


@cache
def _load(path: Path) -> _Topics:
    topics, always, firsts, stems = [], set(), defaultdict(set), defaultdict(lambda: defaultdict(set))
    for _, row in read_rows(path, ("topic", "keywords")):
        keywords = [k.strip() for k in row["keywords"].split("|") if k.strip()]
        # All-caps keywords (AI, GDP, LNG) are acronyms: match them case-sensitively, so "ai" and "aid" differ.
        acronyms = [_keyword_pattern(k) for k in keywords if k.rstrip("*").isupper()]
        words = [_keyword_pattern(k) for k in keywords if not k.rstrip("*").isupper()]
        parts = [f"(?i:{'|'.join(words)})"] if words else []
        parts += acronyms
        index = len(topics)
        topics.append(Topic(row["topic"], re.compile("|".join(parts))))
        for keyword in keywords:
            match _first_word(keyword):
                case None:
                    always.add(index)
                case (word, True):
                    stems[len(word)][word].add(index)
                case (word, False):
                    firsts[word].add(index)
    return _Topics(
        tuple(topics), frozenset(always), {w: frozenset(ts) for w, ts in firsts.items()},
        {n: {w: frozenset(ts) for w, ts in by.items()} for n, by in stems.items()}, {},
    )  # fmt: skip


def _first_word(keyword: str) -> tuple[str, bool] | None:
    """The word a match of the keyword starts with, whole, or its stem when that word is all the keyword and ends
    in * (True); None when no word tells: it opens with a sign, or with a word not in ASCII (whose case-blind
    match, "İ" for "i", lower() does not foretell). Acronyms keep their case; the rest are lower-cased."""
    stem = keyword.removesuffix("*")
    first = _WORD.match(stem.strip())
    if first is None or not first.group().isascii():
        return None
    whole = stem.strip() if stem.isupper() else stem.strip().lower()
    word = first.group() if stem.isupper() else first.group().lower()
    return word, keyword.endswith("*") and word == whole


def topics(directory: Path | None = None) -> tuple[Topic, ...]:
    """The topics of a data folder (default: $ATTRIBUTION_DATA or the project's data/), loaded once."""
    return _topics(directory).topics


def _topics(directory: Path | None) -> _Topics:
    if directory is None:  # tag() runs per statement: no path look-up each time
        return _default(os.environ.get("ATTRIBUTION_DATA", ""))
    return _load((Path(directory) / "topics.csv").resolve())


@cache
def _default(_env: str) -> _Topics:
    return _load((data_dir() / "topics.csv").resolve())


def tag(text: str, directory: Path | None = None) -> tuple[str, ...]:
    """The topics whose keywords occur in `text`, in data-file order."""
    found = _topics(directory)
    words = set(_WORD.findall(text))
    if not text.isascii() and not all(map(str.isascii, words)):
        # lower() and the pattern's case-blindness may differ ("İ", "Σ"): the patterns alone decide
        return tuple(t.name for t in found.topics if t.pattern.search(text))
    named = found.always.union(*map(found.named_by, words))
    return tuple(found.topics[i].name for i in sorted(named) if found.topics[i].pattern.search(text))


__all__ = ["Topic", "tag", "topics"]
