"""Check-worthiness: which cues fire, what a reviewer reads, and how statements order."""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution.aids.checkworthiness import CheckScore, score
from attribution.errors import LexiconError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There is no military solution to this conflict.", {"absolute: 'no military solution'"}),
        ("Shelling killed 50 people.", {"number"}),
        ("Half of the villages were destroyed.", {"number"}),
        ("The talks took place in 2023.", {"number", "date"}),
        ("We met them on Monday.", {"date"}),
        ("The vote is on 9 May in the capital.", {"number", "date"}),
        ("Exports were higher than ever.", {"comparison"}),
        ("This is the largest aid package.", {"comparison"}),
        ("Sanctions will fail.", {"prediction"}),
        ("We never attacked civilians.", {"absolute: 'never'"}),
        ("We discussed it with Borovsky yesterday.", {"named entity", "date"}),
        ("the NATO summit was calm", {"named entity"}),
        ("I think sanctions will fail.", {"prediction", "opinion: 'i think'"}),
        ("Is this acceptable?", {"question"}),
        # Near-misses: none of these may fire.
        ("We may talk to them.", set()),  # the modal verb, not the month
        ("Thank you for coming.", set()),
        ("Sunflowers grow slowly.", set()),  # capitalised only at the sentence start
    ],
)
def test_reasons(text: str, expected: set[str]) -> None:
    assert set(score(text).reasons) == expected


@pytest.mark.parametrize(
    ("higher", "lower"),
    [
        ("Shelling killed 50 people in Kharkiv on Monday.", "Shelling killed people."),
        ("There is no military solution.", "There is a military solution."),
        ("Sanctions will fail.", "I think sanctions will fail."),
        ("Prices rose by 20 percent.", "Did prices rise by 20 percent?"),
        ("We will win.", "Thank you."),
    ],
)
def test_order(higher: str, lower: str) -> None:
    assert score(higher).value > score(lower).value


@pytest.mark.parametrize(
    "text",
    ["", "Thank you.", "Shelling killed 50 people in Kharkiv on Monday, more than ever, and it will never stop."],
)
def test_value_in_range(text: str) -> None:
    result = score(text)
    assert isinstance(result, CheckScore)
    assert 0.0 <= result.value <= 1.0


def test_strongest_reason_first() -> None:
    assert score("Shelling killed 50 people in Kharkiv.").reasons == ("number", "named entity")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("number,regex,\\d,heavy,", "weight must be a number"),
        ("number,regex,\\d,2,", "weight must be in"),
        ("number,regex,\\d,0,", "weight must be in"),
        ("number,regex,(,0.3,", "invalid regular expression"),
        ("number,glob,*,0.3,", "match must be phrase or regex"),
        ("number,phrase,ten,0.3,maybe", "show must be yes, no or empty"),
        (",phrase,ten,0.3,", "'reason' must not be empty"),
    ],
)
def test_bad_data_file_is_named(tmp_path: Path, row: str, message: str) -> None:
    (tmp_path / "checkworthiness.csv").write_text(f"reason,match,pattern,weight,show\n{row}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        score("42", tmp_path)


def test_users_extend_cues_without_code(tmp_path: Path) -> None:
    (tmp_path / "checkworthiness.csv").write_text(
        "reason,match,pattern,weight,show\nsanctions,phrase,sanctions|embargo,0.5,yes\n", encoding="utf-8"
    )
    assert score("The embargo stays.", tmp_path) == CheckScore(0.5, ("sanctions: 'embargo'",))
