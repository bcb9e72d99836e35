"""Which person a name names: a sentence-opening word before a surname, several people of one surname (invented
cases)."""

from __future__ import annotations

import pytest

from conftest import only_statement

NAMESAKES = [
    # (case, text, fragment, speaker)
    # neither quoted yet: the lone surname is the one named last (tests/test_engine_people_s14.py's convention)
    (
        "none-quoted",
        'Marc Tremblay runs the farm. His wife, Julie Tremblay, keeps the books.\n\n"We never close," Tremblay said.',
        "never close",
        "Julie Tremblay",
    ),
    # the speaker named last is the one quoted
    (
        "last-quoted",
        'Marc Tremblay runs the farm. His wife, Julie Tremblay, said "we never close."\n\n'
        '"Not even at Christmas," Tremblay said.',
        "Christmas",
        "Julie Tremblay",
    ),
    pytest.param(
        "relative-named-later",
        'Senator Dale Okonjo said he would not back the bill. "I will vote no," Okonjo said. Critics had mocked his '
        'wife, Ruth Okonjo, in a radio ad.\n\n"I do not forgive attacks on my family," Okonjo said in July.',
        "forgive",
        "Dale Okonjo",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a lone surname goes to the namesake named last (Ruth), not to the one the text has been quoting; "
            "preferring the namesake already quoted was measured on PolNeAR train and moved the speakers of hundreds "
            "of statements both ways "
            "(names with headline words before them such as 'Conservative Icon X' spread to every later mention)",
        ),
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "fragment", "speaker"),
    NAMESAKES,
    ids=[c.values[0] if hasattr(c, "values") else c[0] for c in NAMESAKES],
)
def test_a_lone_surname_names_one_namesake(case: str, text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


OPENERS = [
    # (case, text, fragment, speaker): a capitalised word opening a sentence is no part of the name after it
    (
        "neither",
        'Gary Lund and Ada Stein were left off the ballot. Neither Lund nor Stein qualified.\n\n"We will '
        'appeal," Lund said.',
        "appeal",
        "Gary Lund",
    ),
    (
        "like",
        'Senator Bob Harker voted no. Like Harker, most members wanted more time.\n\n"It is rushed," Harker said.',
        "rushed",
        "Bob Harker",
    ),
    (
        "yet",
        'Mayor Irene Vasko lost the vote. Yet Vasko kept her seat.\n\n"I am staying," Vasko said.',
        "staying",
        "Irene Vasko",
    ),
    (
        "without",
        'Dana Meyer left the team in May. Without Meyer the club lost six games.\n\n"I miss it," Meyer said.',
        "miss it",
        "Dana Meyer",
    ),
    (
        "against",
        'Omar Reyes ran for mayor. Against Reyes stood two councillors.\n\n"Bring them on," Reyes said.',
        "Bring them on",
        "Omar Reyes",
    ),
    # negatives: a first name that is also such a word, and a body whose name holds one
    ("name-not-opener", '"We are ready," said Yet Lin, the team\'s captain.', "ready", "Yet Lin"),
    ("body-name", '"We will march," said Tina Ruiz of Mothers Against Drunk Driving.', "march", "Tina Ruiz"),
]


@pytest.mark.parametrize(("case", "text", "fragment", "speaker"), OPENERS, ids=[c[0] for c in OPENERS])
def test_a_sentence_opening_word_is_no_part_of_a_name(case: str, text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker
