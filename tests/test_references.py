"""A cue whose content is only "this" refers back to what was reported: no new statement (invented cases).

Each case lists the text of every statement found."""

from __future__ import annotations

import pytest

from attribution import extract

CASES = [
    (
        "Rosa Vidal said the levy would rise. She said this at a news conference in Lima.",
        ["the levy would rise"],
    ),
    ("Rosa Vidal said the levy would rise. Vidal said this on Monday.", ["the levy would rise"]),
    # Negatives: "this" that opens a clause of its own is content.
    (
        "Rosa Vidal said this year would be hard.",
        ["this year would be hard"],
    ),
    ("Rosa Vidal said this was the last chance.", ["this was the last chance"]),
]


@pytest.mark.parametrize(("text", "statements"), CASES)
def test_this_refers_back(text: str, statements: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == statements
