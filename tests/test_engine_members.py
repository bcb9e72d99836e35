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
    ("Dr. Ann Lee from Lakeview General Hospital said the ward was full.", "Ann Lee", "Lakeview General Hospital"),
    # negatives: a possessive of anything else still names the owner; a place after a role is no body
    ("Ola Berg, who heads Nordbank's branch office, said rates would rise.", "Ola Berg", "Nordbank"),
    ("Ola Berg, a manager at Nordbank's branch office, said rates would rise.", "Ola Berg", "Nordbank"),
    ("A source in the city's transport department said the buses were late.", "unnamed source", "transport department"),
    ("Officials at Monday's meeting said the plan was dead.", "unnamed official", None),
    ("Maria Ortiz, a lawyer from Sichuan, said the trial was unfair.", "Maria Ortiz", None),
    ("Tom Reyes of the Halifax Port Authority said ships would wait.", "Tom Reyes", "Halifax Port Authority"),
    # a title that names its body, then "of" a place: the title's body, the person's name (the place was the name)
    ("Senator Ted Cruz of Texas said the bill was dead.", "Ted Cruz", "U.S. Senate"),
    ("Rep. Anna Lee of Ohio told reporters the vote would fail.", "Anna Lee", "U.S. House of Representatives"),
    ("“The bill is dead,” said Senator Ted Cruz of Texas.", "Ted Cruz", "U.S. Senate"),
    # negatives: a title with no body of its own takes the place; no name leaves the title's body alone
    ("Mayor Ann Lee of Halifax said the ferry would run.", "Ann Lee", "Halifax"),
    ("Senator Ted Cruz said the bill was dead.", "Ted Cruz", "U.S. Senate"),
]


@pytest.mark.parametrize(("text", "speaker", "affiliation"), CASES)
def test_speaker_and_body(text: str, speaker: str, affiliation: str | None) -> None:
    (found,) = extract(text, "t")
    assert (found.speaker, found.affiliation) == (speaker, affiliation)


INVERTED = [
    # (text, speaker, affiliation): after an inverted cue, "NAME from/of BODY" is read as it is before one
    ("“Ships will wait,” said Tom Reyes from the Halifax Port Authority.", "Tom Reyes", "Halifax Port Authority"),
    ("“Ships will wait,” said Tom Reyes of the Halifax Port Authority.", "Tom Reyes", "Halifax Port Authority"),
    ("“The ward is full,” said Dr. Ann Lee from Lakeview General Hospital.", "Ann Lee", "Lakeview General Hospital"),
    ("“We will appeal,” said Maya Singh of the Ontario Nurses Union on Tuesday.", "Maya Singh", "Ontario Nurses Union"),
    # negatives: one name alone, a body in lower case, a place after a role
    ("“It failed,” said Mr. Nevins of Showtime.", "Nevins", None),
    ("“It failed,” said Ann Lee from the start.", "Ann Lee", None),
    ("“It is unfair,” said a lawyer from Sichuan.", "unnamed lawyer", None),
]


@pytest.mark.parametrize(("text", "speaker", "affiliation"), INVERTED)
def test_inverted_name_and_body(text: str, speaker: str, affiliation: str | None) -> None:
    (found,) = extract(text, "t")
    assert (found.speaker, found.affiliation) == (speaker, affiliation)


ROLE_FROM = [
    # (text, speaker, anonymous, affiliation): a person noun and where the person is from is an unnamed speaker;
    # of the group only a body is kept, never a place
    ("A lawyer from Sichuan said the trial was unfair.", "unnamed lawyer", True, None),
    (
        "A nurse from Lakeview General Hospital said the ward was full.",
        "unnamed nurse",
        True,
        "Lakeview General Hospital",
    ),
    ("A teacher from Moncton said the schools were cold.", "unnamed teacher", True, None),
    # negatives: a named person keeps the name; an unnamed source keeps its group as before
    ("Maria Ortiz, a lawyer from Sichuan, said the trial was unfair.", "Maria Ortiz", False, None),
    ("Officials from the ministry said the rules would change.", "unnamed official", True, "ministry"),
]


@pytest.mark.parametrize(("text", "speaker", "anonymous", "affiliation"), ROLE_FROM)
def test_role_from_place_is_unnamed(text: str, speaker: str, anonymous: bool, affiliation: str | None) -> None:
    (found,) = extract(text, "t")
    assert (found.speaker, found.anonymous, found.affiliation) == (speaker, anonymous, affiliation)


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


REFUSALS = [
    # (text, statements found): "decline"/"refuse" with a thing as object refuse it and report nothing
    ("The Supreme Court declined it.", []),
    ("The Supreme Court declined them.", []),
    ("The board refused it, then adjourned.", []),
    ("The board refused them.", []),
    # negatives: an infinitive or a quotation still reports; "declined to comment" stays silent as before
    ("The minister declined to say whether the plan would pass.", ["to say whether the plan would pass"]),
    ("The union refused to say whether it would strike.", ["to say whether it would strike"]),
    ("The minister declined to comment.", []),
    ("“Not today,” she declined.", ["“Not today,”"]),
    ("The premier denied it.", ["it"]),  # a denial that something is so
]


@pytest.mark.parametrize(("text", "statements"), REFUSALS)
def test_a_thing_refused_is_no_statement(text: str, statements: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == statements


@pytest.mark.xfail(strict=True, reason="a refused noun object ('declined the appeal') is still read as a statement")
def test_a_refused_noun_is_no_statement() -> None:
    assert extract("The Supreme Court of Canada declined the appeal on Thursday.", "t") == []


ROLE_THEN_NAME = [
    # (text, speaker): after an inverted cue, a role and the name in apposition to it is the named person
    ("“We are ready,” said its president, Greg Thibodeau.", "Greg Thibodeau"),
    ("“We are ready,” said the union's president, Greg Thibodeau.", "Greg Thibodeau"),
    ("“The ruling stands,” said her lawyer, Dr. Ann Lee.", "Ann Lee"),
    ("“We will appeal,” said their lawyer, Raj Menon, on Monday.", "Raj Menon"),
    # negatives: a name already there, a role alone, a new clause after the comma
    ("“We are ready,” said Greg Thibodeau, its president.", "Greg Thibodeau"),
    ("“We are ready,” said the president.", "president"),
    ("“We are ready,” said the president, adding that talks would resume.", "president"),
]


@pytest.mark.parametrize(("text", "speaker"), ROLE_THEN_NAME)
def test_a_role_then_its_name_after_the_cue(text: str, speaker: str) -> None:
    assert [s.speaker for s in extract(text, "t")][:1] == [speaker]


ITS_BODY = "The Saskatoon Food Bank said demand was up. "
ITS = [
    # A mention opening its sentence with "Its" speaks for the body the sentence before named.
    ("Its president, Greg Thibodeau, said shelves were empty.", "Saskatoon Food Bank"),
    ("Its president Greg Thibodeau said shelves were empty.", "Saskatoon Food Bank"),
    ("Its spokeswoman said shelves were empty.", "Saskatoon Food Bank"),
    ("The bank's president, Greg Thibodeau, said shelves were empty.", "Saskatoon Food Bank"),  # as before
]


@pytest.mark.parametrize(("sentence", "affiliation"), ITS)
def test_its_title_speaks_for_the_body_named_before(sentence: str, affiliation: str) -> None:
    assert extract(ITS_BODY + sentence, "t")[-1].affiliation == affiliation


@pytest.mark.parametrize(
    "text",
    [  # negatives: no body before, or a sentence before that names none
        "Its spokeswoman said shelves were empty.",
        "Prices rose in May.\n\nIts spokeswoman said shelves were empty.",
    ],
)
def test_its_title_without_a_body_before_has_none(text: str) -> None:
    assert extract(text, "t")[-1].affiliation is None
