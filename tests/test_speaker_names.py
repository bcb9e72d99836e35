"""Speakers' names as the text writes them (invented sentences, negatives included).

Each case lists the speaker of every statement found, in reading order."""

from __future__ import annotations

import pytest

from attribution import extract

CASES = [
    # A surname led by a glued particle is part of the name, and opening a sentence it is still that name.
    (
        "Envoy Karim al-Hadi said the talks would resume. Al-Hadi added that drafts were ready.",
        ["Karim al-Hadi", "Karim al-Hadi"],
    ),
    ('"We are hopeful," Samir el-Rashid said.', ["Samir el-Rashid"]),
    (
        'Samir el-Rashid told Al Jazeera that talks would resume. "We are hopeful," El-Rashid said.',
        ["Samir el-Rashid", "Samir el-Rashid"],
    ),
    # Negatives: plain surnames as before; a prefix such as "pro-" glues no name.
    ("Rana Idris said the plan was fair. Idris added that costs were low.", ["Rana Idris", "Rana Idris"]),
    ("A pro-Tariff group said prices would rise.", ["unnamed group"]),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_speakers_as_the_text_names_them(text: str, speakers: list[str]) -> None:
    assert [s.speaker for s in extract(text, "t")] == speakers
