"""Page furniture is not speech: "READ MORE: …", "WATCH | …", "PHOTO: …" lines, and a label alone above the
headline it links to (invented, negatives included).

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
    # Other separators, a label that goes on before its colon, and a label alone above the line it links to.
    ("READ MORE | Residents say the bridge will stay shut", []),
    ("WATCH — Council says the budget is balanced", []),
    ("Watch the video: Residents say they were never asked", []),
    ("Read the full report: Auditors say the levy was misspent", []),
    (
        "Mayor Lena Moss said the bridge would reopen.\n\nREAD MORE\n\nResidents say the bridge will stay shut all "
        'winter\n\n"We will be ready," Moss said.',
        ["the bridge would reopen", '"We will be ready,"'],
    ),
    # Negatives: a speaker's label, an update line and a colon later in the line keep their statements.
    ("READ MORE\n\nResidents said the bridge would stay shut all winter.", ["the bridge would stay shut all winter"]),
    ("Watching the river rise: residents say the town was not warned", ["the town was not warned"]),
    ("Mayor Lena Moss | City council says the budget is balanced", ["the budget is balanced"]),
    ("Moss: The bridge will reopen in May, on time.", ["The bridge will reopen in May, on time"]),
    ("Update: Mayor Lena Moss said the bridge would reopen.", ["the bridge would reopen"]),
    ("Mayor Lena Moss said one thing: the bridge would reopen.", ["one thing: the bridge would reopen"]),
]


@pytest.mark.parametrize(("text", "statements"), CASES)
def test_page_furniture_is_not_speech(text: str, statements: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == statements
