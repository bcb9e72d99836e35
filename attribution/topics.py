"""Topic tags for statements from keyword lists in data/topics.csv (user-extendable without code)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .engine.lexicons import data_dir, read_rows


@dataclass(frozen=True, slots=True)
class Topic:
    """A topic's keywords as one pattern, and what a text must hold for the pattern to find one of them: the
    pattern alone was a quarter of an ingest worker's time (a search per topic and statement)."""

    name: str
    pattern: re.Pattern[str]
    first_words: frozenset[str] | None  # each keyword's first word, lower-cased (an acronym's as written); None:
    # a keyword opens with a sign ("$"), so no word tells
    stems: tuple[str, ...]  # the stems of one-word wildcard keywords ("negotiat*"), lower-cased but an acronym's

    def may_occur(self, words: set[str], lowered: set[str]) -> bool:
        """Whether a text of these words (and lower-cased words) may hold a keyword: False only when none can."""
        return (
            self.first_words is None
            or not self.first_words.isdisjoint(lowered)
            or not self.first_words.isdisjoint(words)
            or (bool(self.stems) and any(w.startswith(self.stems) for w in (*lowered, *words)))
        )


_WORD = re.compile(r"\w+")


def _keyword_pattern(keyword: str) -> str:
    # Words are matched whole; a trailing * lets the last word end in any letters; inner spaces match any
    # run of spaces or hyphens ("cease fire", "cease-fire").
    stem, wildcard = (keyword[:-1], r"\w*") if keyword.endswith("*") else (keyword, "")
    words = [re.escape(w) for w in re.split(r"[\s\-]+", stem.strip()) if w]
    return r"(?<!\w)" + r"[\s\-]+".join(words) + wildcard + r"(?!\w)"


@cache
def _load(path: Path) -> tuple[Topic, ...]:
    topics = []
    for _, row in read_rows(path, ("topic", "keywords")):
        keywords = [k.strip() for k in row["keywords"].split("|") if k.strip()]
        # All-caps keywords (AI, GDP, LNG) are acronyms: match them case-sensitively, so "ai" and "aid" differ.
        acronyms = [_keyword_pattern(k) for k in keywords if k.rstrip("*").isupper()]
        words = [_keyword_pattern(k) for k in keywords if not k.rstrip("*").isupper()]
        parts = [f"(?i:{'|'.join(words)})"] if words else []
        parts += acronyms
        first_words, stems = _first_words(keywords)
        topics.append(Topic(row["topic"], re.compile("|".join(parts)), first_words, stems))
    return tuple(topics)


def _first_words(keywords: list[str]) -> tuple[frozenset[str] | None, tuple[str, ...]]:
    """Each keyword's first word (a match starts with it as a whole word), or its stem when that word is all the
    keyword and ends in *. Acronyms keep their case; the rest are lower-cased."""
    firsts, stems = set(), []
    for keyword in keywords:
        stem = keyword.removesuffix("*")
        first = _WORD.match(stem.strip())
        if first is None:
            return None, ()
        whole = stem.strip() if stem.isupper() else stem.strip().lower()
        word = first.group() if stem.isupper() else first.group().lower()
        if keyword.endswith("*") and word == whole:
            stems.append(word)
        else:
            firsts.add(word)
    return frozenset(firsts), tuple(stems)


def topics(directory: Path | None = None) -> tuple[Topic, ...]:
    """The topics of a data folder (default: $ATTRIBUTION_DATA or the project's data/), loaded once."""
    if directory is None:  # tag() runs per statement: no path look-up each time
        return _default(os.environ.get("ATTRIBUTION_DATA", ""))
    return _load((Path(directory) / "topics.csv").resolve())


@cache
def _default(_env: str) -> tuple[Topic, ...]:
    return _load((data_dir() / "topics.csv").resolve())


def tag(text: str, directory: Path | None = None) -> tuple[str, ...]:
    """The topics whose keywords occur in `text`, in data-file order."""
    words = set(_WORD.findall(text))
    if not all(w.isascii() for w in words):  # lower() and the pattern's case-blindness may differ ("İ", "Σ")
        return tuple(t.name for t in topics(directory) if t.pattern.search(text))
    lowered = {w.lower() for w in words}
    return tuple(t.name for t in topics(directory) if t.may_occur(words, lowered) and t.pattern.search(text))


__all__ = ["Topic", "tag", "topics"]
