"""Noun cues with a preposition after a possessor (invented sentences): "her attacks on the mayor", "his calls for a
recount", "their opposition to the tunnel" report what the possessor said or stands for; the object (or the clause
after "to": "her call to reopen the mill") is the content.
Without a possessor, with a time or a verb after the object, or inside a statement already found, nothing is added."""

from __future__ import annotations

import pytest

from attribution import extract

# (text, every statement's text) — the whole list, so that an extra statement fails as a missing one does
STATEMENTS = [
    ("Voters cheered Omar Haddad's attacks on the levy.", ["the levy"]),
    ("Dana Pruitt stepped up her attacks against the mayor.", ["the mayor"]),
    ("The vote was delayed by Karl Voss's opposition to the tunnel.", ["the tunnel"]),
    ("Ilse Marten renewed her calls for a recount.", ["a recount"]),
    ("Omar Haddad repeated his call for a new bridge across the river.", ["a new bridge across the river"]),
    ("Tomas Brill sharpened his critique of the budget.", ["the budget"]),
    ("The strike followed Dana Pruitt's demands for safer rail crossings.", ["safer rail crossings"]),
    ("Councillors posted their thoughts on the new bus routes.", ["the new bus routes"]),
    ("The board studied Ilse Marten's proposal for a ferry to the islands.", ["a ferry to the islands"]),
    # A "to" that opens what was said, as "that" does, is part of it.
    ("Dana Pruitt renewed her call to reopen the mill.", ["to reopen the mill"]),
    ("Voters remember Omar Haddad's vow to rebuild the pier.", ["to rebuild the pier"]),
    # Negatives: no possessor, no object, a time or a verb after the object, an object that is no topic.
    ("The criticism was unfair.", []),
    ("The journal issued a call for papers.", []),
    ("Engineers checked the support for the bridge piers.", []),
    ("The attacks on the convoy continued.", []),
    ("His attacks on the judge last week drew rebukes.", []),
    ("Her opposition to the plan is well known.", []),
    ("Her call for calm by phoning every family helped.", []),
    ("Karl Voss's attack was brief.", []),
    ("Her thoughts on Sunday were with the crew.", []),
    ("A proposal for a night ferry was tabled.", []),
    ("His promise to cut fares was popular.", []),  # a subject: where its clause ends is unknown
    ("The call to prayer sounded across the square.", []),
    ("Her promises to the voters were broken.", []),
    # Inside a statement already found, the noun phrase is part of it, no statement of its own.
    ("Dana Pruitt said voters remember his call for unity.", ["voters remember his call for unity"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_noun_cue_contents(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, speaker, whether a speech act) — the possessor speaks; an attack or opposition is a stance, a call a speech act
SPEAKERS = [
    ("Voters cheered Omar Haddad's attacks on the levy.", "Omar Haddad", False),
    ("The vote was delayed by Karl Voss's opposition to the tunnel.", "Karl Voss", False),
    ("The count was halted after Ilse Marten's calls for a recount.", "Ilse Marten", True),
]


@pytest.mark.parametrize(("text", "speaker", "speech"), SPEAKERS)
def test_noun_cue_speakers(text: str, speaker: str, speech: bool) -> None:
    assert [(s.speaker, s.speech) for s in extract(text, "t")] == [(speaker, speech)]


@pytest.mark.xfail(strict=True, reason="the object's end is not found when a verb follows without a boundary word")
def test_a_noun_phrase_subject_with_a_bare_verb() -> None:
    assert [s.text for s in extract("Omar Haddad's attacks on the judge stand out.", "t")] == []
