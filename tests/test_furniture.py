"""Page furniture is not speech: "READ MORE: …", "WATCH: …", "PHOTO: …" lines (invented, negatives included).

Each case lists the text of every statement found."""

from __future__ import annotations

import pytest

from attribution import extract

CASES = [
    ("READ MORE: Residents say the bridge will stay shut all winter", []),
    ("WATCH: Council says the budget is balanced", []),
    ("Photo: Workers said to be repairing the bridge deck", []),
    ('Related: "We will fight this," mayor says', []),
    (
        "Mayor Lena Moss said the bridge would reopen.\n\nWATCH: Residents say they were never asked\n\n"
        '"We will be ready," Moss said.',
        ["the bridge would reopen", '"We will be ready,"'],
    ),
    # Negatives: a speaker's label, an update line and a colon later in the line keep their statements.
    ("Moss: The bridge will reopen in May, on time.", ["The bridge will reopen in May, on time"]),
    ("Update: Mayor Lena Moss said the bridge would reopen.", ["the bridge would reopen"]),
    ("Mayor Lena Moss said one thing: the bridge would reopen.", ["one thing: the bridge would reopen"]),
]


@pytest.mark.parametrize(("text", "statements"), CASES)
def test_page_furniture_is_not_speech(text: str, statements: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == statements
