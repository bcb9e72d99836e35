"""Outlets as the text names them, one construction a table (invented sentences, negatives included).

Each case lists the outlet of every statement found, in reading order ("" for none)."""

from __future__ import annotations

import pytest

from attribution import extract


def outlets(text: str) -> list[str]:
    return [s.outlet or "" for s in extract(text, "t")]


# "the newspaper", "the agency": the outlet named just before, unless a body named with that noun is nearer.
ANAPHORS = [
    (
        'Bank chief Ole Brandt told Handelsblatt that 200 jobs would go. "We have no choice," Brandt told the paper.',
        ["Handelsblatt", "Handelsblatt"],
    ),
    (
        "Minister Ada Roon told Interfax that tariffs would stay. Roon added that talks would go on, the agency said.",
        ["Interfax", "Interfax"],
    ),
    (
        "Mayor Ines Halt told Reuters that the bridge would reopen. The National Rivers Agency issued a warning. "
        '"Levels are still rising," the agency said.',
        ["Reuters", ""],
    ),
    ('"Levels are still rising," the agency said.', [""]),  # no outlet named before
]

# An outlet written in lower case is named as written: "the dpa news agency".
LOWER_CASE = [
    ("Coach Timo Lenz said the striker would stay, the dpa news agency reported.", ["dpa"]),
    ("Coach Timo Lenz said the striker would stay, the news agency reported.", [""]),
]

# A relay that closes a paragraph covers the paragraph's statements: its own sentence or a tail after the
# last content. A statement given to an outlet in the closing sentence by someone else does not.
CLOSING = [
    (
        "Deputy minister Ivo Raskin said grain exports would rise. Raskin added that quotas would stay. "
        "Interfax reports this.",
        ["Interfax", "Interfax"],
    ),
    (
        "Deputy minister Ivo Raskin said grain exports would rise. He added that quotas would stay. "
        "This was reported by Reuters.",
        ["Reuters", "Reuters"],
    ),
    (
        "Ivo Raskin said exports would rise.\n\nOda Fenn said quotas would stay, Interfax reports.",
        ["", "Interfax"],
    ),
    ("Ivo Raskin said exports would rise. Two traders told Reuters that prices fell.", ["", "Reuters"]),
]

# An interview carries over to the same person's later statements until another venue is named; never to
# another speaker.
CARRY_OVER = [
    (
        'In an interview with Le Monde, Clara Voss said the plan was sound. "We will finish it," she said.\n\n'
        "Her rival Paul Imre said the plan was doomed.",
        ["Le Monde", "Le Monde", ""],
    ),
    (
        "Clara Voss told Le Monde that the plan was sound.\n\nAt a news conference on Friday, Voss said the "
        "costs had doubled.",
        ["Le Monde", ""],
    ),
    (
        "Clara Voss told Le Monde that the plan was sound.\n\nPaul Imre said the plan was doomed.\n\n"
        "Voss said the first stage would end in May.",
        ["Le Monde", "", "Le Monde"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ANAPHORS + LOWER_CASE + CLOSING + CARRY_OVER,
)
def test_outlets_as_the_text_names_them(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected
