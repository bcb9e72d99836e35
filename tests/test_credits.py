"""Photo credits and bylines are never speakers nor what a pronoun stands for (invented, negatives included).

Each case lists the speaker of every statement found."""

from __future__ import annotations

import pytest

from attribution import extract

CASES = [
    ("The bridge reopened on Monday. (CP Photo/Jane Doe)\n\nShe said the repairs had cost $2 million.", [None]),
    ("Workers repair the deck. Getty Images/Tom Reed\n\nHe said the deck was safe.", [None]),
    ("Photo: Ann Lee\n\nShe said the deck was safe.", [None]),
    ('By Anna Kowal\n\n"It is open," she said.', [None]),
    # Negatives: a speaker named in the text stays the antecedent; "by" inside a sentence is no byline.
    (
        "By Anna Kowal\n\nMayor Lena Moss said the bridge would reopen. She said the cost was high.",
        ["Lena Moss", "Lena Moss"],
    ),
    ("Ann Lee said by Friday the bridge would open. She said it was safe.", ["Ann Lee", "Ann Lee"]),
    ("The plan was drafted by Ann Lee.\n\nShe said it was safe.", ["Ann Lee"]),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_credits_name_no_speaker(text: str, speakers: list[str | None]) -> None:
    assert [s.speaker for s in extract(text, "t")] == speakers
