"""A partitive speaker ("One of the judges", "one of the Turkish diplomats"): one unnamed member of the group, whose
affiliation is what describes the group, never the partitive's "of the" (the engine gave "of the" and "of the
Turkish" as affiliations, and a later unnamed speaker inherited them). Invented sentences."""

from __future__ import annotations

import pytest

from attribution import extract

# (text, [(speaker, anonymous, affiliation)])
PARTITIVES = [
    ("One of the judges said the levy was void.", [("unnamed judge", True, None)]),
    ("One of the Kremlin officials said the talks would resume.", [("unnamed official", True, "Kremlin")]),
    ("One of the Turkish diplomats said the meeting went well.", [("unnamed diplomat", True, "Turkish")]),
    ("One of the diplomats said the meeting went well. An engineer at the site said the bridge was safe.",
     [("unnamed diplomat", True, None), ("unnamed engineer", True, None)]),
    ("One of Nordgrid's engineers said the line was safe.", [("unnamed engineer", True, "Nordgrid")]),
    ("One of the 25 delegates said the vote was rigged.", [("unnamed delegate", True, None)]),
    # negatives: the link of a body or a title is no partitive
    ("A spokeswoman for Ukrenergo said the line was safe.", [("unnamed spokeswoman", True, "Ukrenergo")]),
    ("Two of the three judges said the levy was void.", [("Two of the three judges", True, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTITIVES)
def test_partitive_speaker(text: str, expected: list[tuple[str | None, bool, str | None]]) -> None:
    assert [(s.speaker, s.anonymous, s.affiliation) for s in extract(text, "t")] == expected


# (text, [(speaker, anonymous)]) — "neither/both/none/each/all of the X" is a many the text does not name, as "two of
# the three judges" is: the text's words, unnamed (before: "of the senators", not unnamed)
GROUP_PARTITIVES = [
    ("Neither of the senators said the bill was dead.", [("Neither of the senators", True)]),
    ("Both of the senators said the bill was dead.", [("Both of the senators", True)]),
    ("None of the riders said the ferry was late.", [("None of the riders", True)]),
    ("Each of the judges said the levy was void.", [("Each of the judges", True)]),
    ("All of the mayors said the levy was fair.", [("All of the mayors", True)]),
    # negatives: one member, a named group
    ("One of the mayors said the levy was fair.", [("unnamed mayor", True)]),
    ("All of Halden's mayors said the levy was fair.", [("All of Halden's mayors", True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GROUP_PARTITIVES)
def test_group_partitive_speaker(text: str, expected: list[tuple[str | None, bool]]) -> None:
    assert [(s.speaker, s.anonymous) for s in extract(text, "t")] == expected
