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
    name: str
    pattern: re.Pattern[str]


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
        topics.append(Topic(row["topic"], re.compile("|".join(parts))))
    return tuple(topics)


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
    return tuple(t.name for t in topics(directory) if t.pattern.search(text))


__all__ = ["Topic", "tag", "topics"]
