"""Sentences as spans of the original text: abbreviations, initials and wire datelines."""

from __future__ import annotations

import pytest

from attribution import extract
from attribution.engine import lexicons
from attribution.engine.segmenting import sentences
from attribution.models import Span


def split(text: str) -> list[str]:
    return [s.of(text) for s in sentences(text, Span(0, len(text)), lexicons.load())]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Mr. Lee left. John G. Smith stayed.", ["Mr. Lee left.", "John G. Smith stayed."]),
        # A wire dateline is a segment of its own, so no statement starts with it.
        ("KYIV (Reuters) - “We will go,” he said.", ["KYIV (Reuters) -", "“We will go,” he said."]),
        ("MOSCOW, May 16 (TASS) — Talks resumed.", ["MOSCOW, May 16 (TASS) —", "Talks resumed."]),
        ("KYIV, Ukraine (AP) — Talks resumed.", ["KYIV, Ukraine (AP) —", "Talks resumed."]),
        ("WASHINGTON — Talks resumed.", ["WASHINGTON —", "Talks resumed."]),
        ("NEW YORK -- Talks resumed.", ["NEW YORK --", "Talks resumed."]),
        # Not datelines: a short capital word, a dash before lower case, a dash in mid-sentence.
        ("US - China talks resumed.", ["US - China talks resumed."]),
        ("NATO — the alliance — met.", ["NATO — the alliance — met."]),
        ("The talks (in Geneva) - finally - resumed.", ["The talks (in Geneva) - finally - resumed."]),
    ],
)
def test_sentences(text: str, parts: list[str]) -> None:
    assert split(text) == parts


def test_a_quote_after_a_dateline_is_the_statement_without_it() -> None:
    (found,) = extract("KYIV (Reuters) - “There is no military solution,” Ivan Petrov said.", "a")
    assert (found.text, found.speaker) == ("“There is no military solution,”", "Ivan Petrov")
