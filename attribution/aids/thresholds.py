"""Every threshold of the fact-check aids, read from one data file (data/aids_thresholds.csv)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path

from ..engine.lexicons import data_dir, read_rows
from ..errors import LexiconError


@dataclass(frozen=True, slots=True)
class Thresholds:
    group_auto: float  # rapidfuzz ratio, 0..100
    group_suggest: float
    misattribution: float
    claim_match: float
    claim_matches_per_statement: int
    min_words: int
    block_overlap: float  # 0..1, share of the longer statement's distinct words
    max_block: int
    article_simhash_bits: int  # 0..64
    wire_credit_chars: int

    def __post_init__(self) -> None:
        for name in ("group_auto", "group_suggest", "misattribution", "claim_match"):
            if not 0 <= getattr(self, name) <= 100:
                raise ValueError(f"{name} must be a score in 0..100, got {getattr(self, name)}")
        if self.group_suggest > self.group_auto:
            raise ValueError(f"group_suggest ({self.group_suggest}) must not exceed group_auto ({self.group_auto})")
        if not 0 < self.block_overlap <= 1:
            raise ValueError(f"block_overlap must be in (0, 1], got {self.block_overlap}")
        if not 0 <= self.article_simhash_bits <= 64:
            raise ValueError(f"article_simhash_bits must be in 0..64, got {self.article_simhash_bits}")
        for name in ("claim_matches_per_statement", "min_words", "max_block", "wire_credit_chars"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")


def load(directory: Path | None = None) -> Thresholds:
    """The thresholds of a data folder (default: $ATTRIBUTION_DATA or the project's data/), loaded once."""
    return _located(directory or data_dir())


@cache
def _located(directory: Path) -> Thresholds:  # resolving asks the file system: once per spelling, not per article
    return _load((Path(directory) / "aids_thresholds.csv").resolve())


@cache
def _load(path: Path) -> Thresholds:
    types = {f.name: f.type for f in fields(Thresholds)}
    values: dict[str, float | int] = {}
    for n, row in read_rows(path, ("name", "value")):
        name = row["name"]
        if name not in types:
            raise LexiconError(path, n, f"unknown threshold {name!r}; expected one of {', '.join(types)}")
        try:
            values[name] = int(row["value"]) if types[name] == "int" else float(row["value"])
        except ValueError:
            kind = "an integer" if types[name] == "int" else "a number"
            raise LexiconError(path, n, f"{name} must be {kind}, got {row['value']!r}") from None
    missing = [name for name in types if name not in values]
    if missing:
        raise LexiconError(path, 0, f"missing thresholds: {', '.join(missing)}")
    try:
        return Thresholds(**values)  # type: ignore[arg-type]
    except ValueError as e:
        raise LexiconError(path, 0, str(e)) from None
