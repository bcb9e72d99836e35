"""Stable statement keys."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

_WORD = re.compile(r"\w+")


def statement_words(text: str) -> str:
    """The words a key is made of: case, punctuation and spacing left out (’ and ' make the same key)."""
    return " ".join(_WORD.findall(text.lower()))


def statement_key(article_key: str, text: str, occurrence: int) -> str:
    """Stable across engine upgrades that move spans: the article, the words, and which repeat of them."""
    return _key(article_key, statement_words(text), occurrence)


def _key(article_key: str, words: str, occurrence: int) -> str:
    return hashlib.sha256(f"{article_key}\x1f{words}\x1f{occurrence}".encode()).hexdigest()[:32]


def statement_keys(article_key: str, texts: Iterable[str]) -> list[str]:
    """The keys of an article's statements in order: a repeat is counted by its words, as the key reads them, so
    two statements differing only in punctuation get occurrences 0 and 1, never one key twice."""
    seen: dict[str, int] = {}
    keys = []
    for text in texts:
        words = statement_words(text)
        keys.append(_key(article_key, words, seen.get(words, 0)))  # the words read once (a bulk load's keys)
        seen[words] = seen.get(words, 0) + 1
    return keys
