"""Speakers that are groups (issue 12, item 4; invented sentences, negatives included): a share or count of a group
keeps the text's words and is unnamed, a noun for a group that acts as one speaks, and two names joined by "and"
speak together.

Coordinated speakers: PolNeAR's annotators mark "Smith and Jones said" with one mention over both names (so does
its test split), so the engine gives one statement whose mention spans both and whose speaker is named by both
names, each resolved as alone ("Ann Kemp and Tom Moss"), a group: neither anonymous nor a person ("they" may stand
for it, "he" not)."""

from __future__ import annotations

import pytest

from attribution import extract


def _speakers(text: str) -> list[tuple[str | None, str | None, bool]]:
    """Every statement's speaker as (mention in the text, resolved name, anonymous)."""
    return [
        (s.speaker_span and text[s.speaker_span.start : s.speaker_span.end], s.speaker, s.anonymous)
        for s in extract(text, "t")
    ]


# (text, [(mention, name, anonymous)]) — a share or count of a group ("One in four voters", "Two of the three judges",
# "Most respondents", "Half of those polled", "A majority of members") is a many the text does not name: its name
# is the text's words, flagged unnamed (as "Several fishermen" is).
SHARES = [
    ("One in four said the ferry was late.", [("One in four", "One in four", True)]),
    ("One in four riders said the ferry was late.", [("One in four riders", "One in four riders", True)]),
    ("One in three said the ferry was late.", [("One in three", "One in three", True)]),
    ("Nine in 10 Halden tenants say rents are too high.",
     [("Nine in 10 Halden tenants", "Nine in 10 Halden tenants", True)]),
    ("Four out of 10 riders said the ferry was late.", [("Four out of 10 riders", "Four out of 10 riders", True)]),
    ("Two of the three judges said the levy was void.",
     [("Two of the three judges", "Two of the three judges", True)]),
    ("Most respondents said the ferry was late.", [("Most respondents", "Most respondents", True)]),
    ("Half of those polled said the ferry was late.", [("Half of those polled", "Half of those polled", True)]),
    ("A majority of members said the levy was fair.", [("A majority of members", "A majority of members", True)]),
    ("Most of the riders said the ferry was late.", [("Most of the riders", "Most of the riders", True)]),
    ("Twelve percent said the ferry was late.", [("Twelve percent", "Twelve percent", True)]),
    # … not one person of a group, nor a part of a group named before ("half of them": the group's own words).
    ("One of the judges said the levy was void.", [("One of the judges", "unnamed judge", True)]),
    ("Half of them said the ferry was late.", [("Half of them", "Half of them", False)]),
    ("Ann Kemp said the ferry was late.", [("Ann Kemp", "Ann Kemp", False)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_shares_of_groups(text: str, expected: list[tuple[str | None, str | None, bool]]) -> None:
    assert _speakers(text) == expected


# (text, [(mention, name, anonymous)]) — a noun for a group that acts as one ("the band", "the couple", "the choir";
# data/speaker_nouns.txt) heads a speaker's mention; the same word as a person's surname after a title stays a name.
GROUP_NOUNS = [
    ("The band said the tour was over.", [("The band", "band", False)]),
    ("The couple told reporters the tour was over.", [("The couple", "couple", False)]),
    ("The Halden choir said the tour was over.", [("The Halden choir", "Halden choir", False)]),
    ("The trio said the tour was over.", [("The trio", "trio", False)]),
    # … not a surname after a title or a first name.
    ("Mr. Band said the tour was over.", [("Mr. Band", "Band", False)]),
    ("Ms. Crew said the tour was over.", [("Ms. Crew", "Crew", False)]),
    ("Ann Band said the tour was over.", [("Ann Band", "Ann Band", False)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GROUP_NOUNS)
def test_group_nouns(text: str, expected: list[tuple[str | None, str | None, bool]]) -> None:
    assert _speakers(text) == expected


# (text, [(mention, name, anonymous)]) — two names joined by "and" that open the clause speak together (see the
# module's docstring for the convention).
COORDINATED = [
    ("Smith and Jones said the ferry was late.", [("Smith and Jones", "Smith and Jones", False)]),
    ("Canada and Norway called for talks.", [("Canada and Norway", "Canada and Norway", False)]),
    ("The ferry was late, Kemp and Moss said.", [("Kemp and Moss", "Kemp and Moss", False)]),
    ("Both Kemp and Moss said the ferry was late.", [("Both Kemp and Moss", "Kemp and Moss", False)]),
    ("Mr. Kemp and Ms. Moss said the ferry was late.", [("Mr. Kemp and Ms. Moss", "Kemp and Moss", False)]),
    ("Ann Kemp ran the port. Tom Moss ran the dock. Kemp and Moss said the ferry was late.",
     [("Kemp and Moss", "Ann Kemp and Tom Moss", False)]),
    # … not a name after a verb, nor one body's name with "and" inside.
    ("Lena Kemp met Smith and Jones said the ferry was late.", [("Jones", "Jones", False)]),
    ("The Trade and Industry Ministry said the ferry was late.",
     [("The Trade and Industry Ministry", "Trade and Industry Ministry", False)]),
    ("Trade and Industry Minister Ann Lee said the ferry was late.",
     [("Trade and Industry Minister Ann Lee", "Ann Lee", False)]),
    ("The ferry left Halden and Jones said it was late.", [("Jones", "Jones", False)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_speakers(text: str, expected: list[tuple[str | None, str | None, bool]]) -> None:
    assert _speakers(text) == expected


def test_coordinated_speakers_are_they() -> None:
    """Two names that spoke together are "they", not "he"."""
    text = "Ann Kemp and Tom Moss said the ferry was late. They added that the pier was safe."
    assert [s.speaker for s in extract(text, "t")] == ["Ann Kemp and Tom Moss", "Ann Kemp and Tom Moss"]
