"""How worth checking a statement is, with the reasons a reviewer sees; orders the review queue.

The cues are data (data/checkworthiness.csv): a user adds a phrase or a pattern without code.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from ..engine.lexicons import data_dir, read_rows
from ..engine.tokens import PhraseTable, tokenize
from ..errors import LexiconError


class MatchKind(StrEnum):
    PHRASE = "phrase"
    REGEX = "regex"


@dataclass(frozen=True, slots=True)
class CheckScore:
    value: float  # 0..1
    reasons: tuple[str, ...]  # human-readable, strongest first: "number", "absolute: 'never'"


@dataclass(frozen=True, slots=True)
class Cue:
    reason: str
    weight: float  # > 0 raises the score, < 0 lowers it
    show: bool  # quote the matched words in the reason


@dataclass(frozen=True, slots=True)
class Cues:
    phrases: PhraseTable[Cue]
    patterns: tuple[tuple[re.Pattern[str], Cue], ...]


def score(text: str, directory: Path | None = None) -> CheckScore:
    """Noisy-or of the strongest positive cue per reason, damped by each negative cue (opinion, question)."""
    cues = load(directory)
    hits: list[tuple[Cue, str]] = []
    claimed: list[tuple[int, int]] = []  # words an earlier cue matched: "Monday" is a date, not a named entity
    tokens = tokenize(text)
    for first, end, cue in cues.phrases.find_all(tokens):
        claimed.append((tokens[first].start, tokens[end - 1].end))
        hits.append((cue, text[slice(*claimed[-1])]))
    for pattern, cue in cues.patterns:
        for m in pattern.finditer(text):
            if not any(s <= m.start() and m.end() <= e for s, e in claimed):
                claimed.append(m.span())
                hits.append((cue, m.group()))
                break
    best: dict[str, tuple[Cue, str]] = {}
    for cue, words in hits:  # the strongest (largest |weight|) cue per reason, first in text on ties
        if cue.reason not in best or abs(cue.weight) > abs(best[cue.reason][0].weight):
            best[cue.reason] = (cue, words)
    missing = 1.0
    for cue, _ in best.values():
        if cue.weight > 0:
            missing *= 1.0 - cue.weight
    value = 1.0 - missing
    for cue, _ in best.values():
        if cue.weight < 0:
            value *= 1.0 + cue.weight
    ranked = sorted(best.values(), key=lambda h: -h[0].weight)
    reasons = tuple(f"{c.reason}: '{words.lower()}'" if c.show else c.reason for c, words in ranked)
    return CheckScore(round(value, 4), reasons)


def load(directory: Path | None = None) -> Cues:
    """The cues of a data folder (default: $ATTRIBUTION_DATA or the project's data/), loaded once."""
    if directory is None:  # score() runs per statement: no path built each time
        return _default(os.environ.get("ATTRIBUTION_DATA", ""))
    return _located(directory)


@cache
def _default(_env: str) -> Cues:
    return _located(data_dir())


@cache
def _located(directory: Path | str) -> Cues:  # resolving the path cost 0.6 ms a statement at ingest
    return _load((Path(directory) / "checkworthiness.csv").resolve())


@cache
def _load(path: Path) -> Cues:
    phrases: list[tuple[str, Cue]] = []
    patterns: list[tuple[re.Pattern[str], Cue]] = []
    for n, row in read_rows(path, ("reason", "match", "pattern", "weight")):
        try:
            weight = float(row["weight"])
        except ValueError:
            raise LexiconError(path, n, f"weight must be a number, got {row['weight']!r}") from None
        if not (-1.0 <= weight <= 1.0 and weight != 0.0):
            raise LexiconError(path, n, f"weight must be in [-1, 0) or (0, 1], got {weight}")
        if row.get("show", "").lower() not in ("yes", "no", ""):
            raise LexiconError(path, n, f"show must be yes, no or empty, got {row['show']!r}")
        cue = Cue(row["reason"], weight, row.get("show", "").lower() == "yes")
        if row["match"] == MatchKind.PHRASE:
            phrases += [(p.strip(), cue) for p in row["pattern"].split("|") if p.strip()]
        elif row["match"] == MatchKind.REGEX:
            try:
                patterns.append((re.compile(row["pattern"]), cue))
            except re.error as e:
                raise LexiconError(path, n, f"invalid regular expression {row['pattern']!r}: {e}") from None
        else:
            raise LexiconError(path, n, f"match must be phrase or regex, got {row['match']!r}")
    return Cues(PhraseTable(phrases), tuple(patterns))
