"""A person and the body they speak for: "NAME from BODY", and names of bodies that open with a possessive
("Children's Hospital", "Women's College Hospital", "People's Party"), which is part of the name, not an owner."""

from __future__ import annotations

import pytest

from attribution import extract

CASES = [
    # (text, speaker, affiliation)
    ("Tom Reyes from the Halifax Port Authority said ships would wait.", "Tom Reyes", "Halifax Port Authority"),
    (
        "Ann Lee from the provincial health ministry said the rules would change.",
        "Ann Lee",
        "provincial health ministry",
    ),
    ("Officials from the ministry said the rules would change.", "unnamed official", "ministry"),
    (
        "Dr. Ann Lee, a specialist at Children's Hospital of Eastern Ontario, said the wards were full.",
        "Ann Lee",
        "Children's Hospital of Eastern Ontario",
    ),
    (
        "“We are seeing more cases,” said Dr. Ann Lee, a specialist at Children's Hospital of Eastern Ontario.",
        "Ann Lee",
        "Children's Hospital of Eastern Ontario",
    ),
    (
        "A spokesperson for Women's College Hospital said the clinic would reopen.",
        "unnamed spokesperson",
        "Women's College Hospital",
    ),
    ("Paul Ng, who heads the People's Party of Ardia, said the vote was fair.", "Paul Ng", "People's Party of Ardia"),
    # negatives: a possessive of anything else still names the owner; a place after a role is no body
    ("Ola Berg, who heads Nordbank's branch office, said rates would rise.", "Ola Berg", "Nordbank"),
    ("Ola Berg, a manager at Nordbank's branch office, said rates would rise.", "Ola Berg", "Nordbank"),
    ("A source in the city's transport department said the buses were late.", "unnamed source", "transport department"),
    ("Officials at Monday's meeting said the plan was dead.", "unnamed official", None),
    ("Maria Ortiz, a lawyer from Sichuan, said the trial was unfair.", "Maria Ortiz", None),
    ("Tom Reyes of the Halifax Port Authority said ships would wait.", "Tom Reyes", "Halifax Port Authority"),
]


@pytest.mark.parametrize(("text", "speaker", "affiliation"), CASES)
def test_speaker_and_body(text: str, speaker: str, affiliation: str | None) -> None:
    (found,) = extract(text, "t")
    assert (found.speaker, found.affiliation) == (speaker, affiliation)


@pytest.mark.xfail(strict=True, reason="an inverted mention ends before 'from': the body after it is not read")
def test_inverted_name_from_body() -> None:
    (found,) = extract("“Ships will wait,” said Tom Reyes from the Halifax Port Authority.", "t")
    assert (found.speaker, found.affiliation) == ("Tom Reyes", "Halifax Port Authority")


@pytest.mark.xfail(strict=True, reason="'a lawyer from Sichuan' is read as a person named Sichuan")
def test_role_from_place_is_unnamed() -> None:
    (found,) = extract("A lawyer from Sichuan said the trial was unfair.", "t")
    assert found.speaker != "Sichuan"


@pytest.mark.parametrize(
    "text",
    [
        "If you need help, call 988.",
        "If your power is out, call 211 before noon.",
        "Anyone with information is asked to call 311.",
    ],
)
def test_an_imperative_and_a_number_report_nothing(text: str) -> None:  # a phone number after "call"
    assert extract(text, "t") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # negatives: numbers that count people, and names holding a digit, still speak
        ("“The vote was fair,” said 46 delegates in a letter.", "46 delegates"),
        ("The plan is sound, says 3M Canada.", "3M Canada"),
    ],
)
def test_a_count_or_a_name_with_digits_speaks(text: str, speaker: str) -> None:
    assert [s.speaker for s in extract(text, "t")] == [speaker]
