"""How names are folded before they are compared: case, accents and the transliteration variants of
data/name_folds.csv ("Sergei" and "Sergey", "Zelenskyy" and "Zelensky", "Erdoğan" and "Erdogan"). The engine looks
known speakers up by a folded name; attribution.canonical compares speakers across articles with it."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..errors import LexiconError
from .lexicons import KnownSpeaker, Lexicon, data_dir, read_rows


@dataclass(frozen=True, slots=True)
class _Folds:
    rules: tuple[tuple[re.Pattern[str], str], ...]
    suffixes: frozenset[str]
    particles: frozenset[str]


@cache
def _folds(path: Path) -> _Folds:
    rules, suffixes, particles = [], set(), set()
    for n, row in read_rows(path, ("kind", "pattern")):
        if row["kind"] == "fold":
            try:
                rules.append((re.compile(row["pattern"]), row.get("replacement", "")))
            except re.error as e:
                raise LexiconError(path, n, f"not a regular expression ({e})") from None
        elif row["kind"] in ("suffix", "particle"):
            (suffixes if row["kind"] == "suffix" else particles).add(row["pattern"].lower())
        else:
            raise LexiconError(path, n, f"kind must be fold, suffix or particle, got {row['kind']!r}")
    return _Folds(tuple(rules), frozenset(suffixes), frozenset(particles))


def folds_data() -> _Folds:
    """The folds of the data folder in use ($ATTRIBUTION_DATA or the project's data/)."""
    return _data_in(os.environ.get("ATTRIBUTION_DATA", ""))


@cache
def _data_in(_env: str) -> _Folds:  # keyed by $ATTRIBUTION_DATA: fold() runs per name, a path look-up per call is slow
    return _folds((data_dir() / "name_folds.csv").resolve())


def plain(text: str) -> str:
    """Lower case, accents removed, punctuation as spaces: "Recep Tayyip Erdoğan" → "recep tayyip erdogan"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s]|_", " ", bare).split())


@cache
def _transliteration(_env: str) -> dict[int, str]:
    path = data_dir() / "ru" / "transliteration.csv"
    return str.maketrans({row["cyrillic"]: row.get("latin", "") for _, row in read_rows(path, ("cyrillic",))})


def fold(name: str) -> str:
    """The look-up key of a name: plain, particles dropped, transliteration variants folded per word."""
    return _fold(name, os.environ.get("ATTRIBUTION_DATA", ""))


@lru_cache(maxsize=1 << 16)  # the same names are folded again and again (linking each statement of an ingest)
def _fold(name: str, env: str) -> str:
    data = _data_in(env)
    words = []
    for word in plain(name).translate(_transliteration(env)).split():
        if word in data.particles:
            continue
        for pattern, replacement in data.rules:
            word = pattern.sub(replacement, word)
        words.append(word)
    return " ".join(words)


# Per speakers table: (name as written → the listed speaker or None, folded name → the one listed speaker it names).
_KNOWN: dict[int, tuple[dict[str, KnownSpeaker | None], dict[str, KnownSpeaker | None]]] = {}
_MAX_SEEN = 1 << 16  # names remembered as looked up; a long batch starts again rather than grow without end


def known_speaker(lex: Lexicon, name: str) -> KnownSpeaker | None:
    """The listed speaker (data/speakers.csv) a name is: by name or alias as written ("Sergei Lavrov"), else by its
    folded form (data/name_folds.csv) where one listed speaker has it ("Dmitrii Peskov", "Yuriy Ushakov",
    "Zelenskyi"): every spelling resolves to the one full name the list gives."""
    cached = _KNOWN.get(id(lex.speakers))
    if cached is None:
        by_fold: dict[str, KnownSpeaker | None] = {}
        for phrase, listed in lex.speakers.items():
            key = fold(phrase)
            # two listed speakers folding alike name neither
            by_fold[key] = listed if by_fold.get(key, listed) is listed else None
        cached = _KNOWN[id(lex.speakers)] = ({}, by_fold)
    seen, by_fold = cached
    if name in seen:
        return seen[name]
    if len(seen) >= _MAX_SEEN:
        seen.clear()
    listed = seen[name] = lex.speakers.get(name) or by_fold.get(fold(name))
    return listed
