"""The Russian engine's domain knowledge, read once from data/ru/ (and the shared data/outlets.csv names)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..engine.lexicons import _words, data_dir, read_rows
from ..errors import LexiconError
from . import morph


@dataclass(frozen=True, slots=True)
class RuLexicon:
    cue_speech: dict[str, bool]  # lower-case word form or fixed phrase → speech act (False: belief or plan)
    cue_pattern: re.Pattern[str]  # any cue, longest first, as whole words
    outlet_names: dict[str, str]  # a form as written ("Коммерсанту") → the outlet's name in data/outlets.csv
    outlet_pattern: re.Pattern[str]  # any outlet form, optionally in «» or "" quotes
    generic_outlets: frozenset[str]  # "агентству", "издания": the outlet named last
    media_words: frozenset[str]  # "беседе", "корреспонденту": about the outlet, no part of a mention
    venues: tuple[str, ...]  # "журналистам", "в телеграме": a venue that is no outlet
    source_nouns: frozenset[str]
    anaphors: tuple[str, ...]
    legal_forms: frozenset[str]
    body_nouns: frozenset[str]
    titles: tuple[tuple[str, str], ...]  # (lower-case title, affiliation template), longest first
    group_nouns: frozenset[str]
    adverbs: tuple[str, ...]  # longest first


def load(directory: Path | None = None) -> RuLexicon:
    return _load(Path(directory or data_dir()).resolve())


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(i) for i in sorted(set(items), key=len, reverse=True))


@cache
def _load(directory: Path) -> RuLexicon:
    ru = directory / "ru"
    speech: dict[str, bool] = {}
    path = ru / "cues.csv"
    for n, row in read_rows(path, ("lemma", "speech", "kind")):
        flag = row["speech"].strip().lower() in ("yes", "true", "1")
        lemma = row["lemma"].strip().lower()
        if row["kind"] == "phrase":
            speech[lemma] = flag
        elif row["kind"] == "verb":
            forms = morph.reporting_forms(lemma)
            if not forms:
                raise LexiconError(path, n, f"{lemma!r} is not a verb pymorphy3 knows; give an infinitive")
            for form in forms:
                speech.setdefault(form, flag)
        else:
            raise LexiconError(path, n, f"kind must be verb or phrase, got {row['kind']!r}")
    cue_pattern = re.compile(rf"(?<![\w-])(?:{_alternation(list(speech))})(?![\w-])", re.IGNORECASE)

    known = {row["name"] for _, row in read_rows(directory / "outlets.csv", ("name",))}
    outlet_names: dict[str, str] = {}
    path = ru / "outlets.csv"
    for n, row in read_rows(path, ("name", "forms")):
        if row["name"] not in known:
            raise LexiconError(path, n, f"{row['name']!r} is not an outlet in data/outlets.csv; add it there first")
        for form in row["forms"].split("|"):
            outlet_names.setdefault(form.strip(), row["name"])
    forms = _alternation(list(outlet_names))
    outlet_pattern = re.compile(rf"(?<![\w-])[«\"„]?(?P<form>{forms})[»\"“]?(?![\w-])")

    titles = []
    for _, row in read_rows(ru / "titles.csv", ("title", "affiliation")):
        titles.append((row["title"].strip().lower(), row["affiliation"].strip()))
    return RuLexicon(
        cue_speech=speech,
        cue_pattern=cue_pattern,
        outlet_names=outlet_names,
        outlet_pattern=outlet_pattern,
        generic_outlets=frozenset(w.lower() for w in _words(ru / "generic_outlets.txt")),
        media_words=frozenset(w.lower() for w in _words(ru / "media_words.txt")),
        venues=tuple(sorted((w.lower() for w in _words(ru / "venues.txt")), key=len, reverse=True)),
        source_nouns=frozenset(w.lower() for w in _words(ru / "source_nouns.txt")),
        anaphors=tuple(sorted((w.lower() for w in _words(ru / "anaphors.txt")), key=len, reverse=True)),
        legal_forms=frozenset(_words(ru / "legal_forms.txt")),
        body_nouns=frozenset(w.lower() for w in _words(ru / "body_nouns.txt")),
        titles=tuple(sorted(titles, key=lambda t: len(t[0]), reverse=True)),
        group_nouns=frozenset(w.lower() for w in _words(ru / "group_nouns.txt")),
        adverbs=tuple(sorted((w.lower() for w in _words(ru / "adverbs.txt")), key=len, reverse=True)),
    )
