"""Speakers of unnamed and named groups (issue 12, item 4; invented sentences, negatives included): a body named
after "called", "named" or "known as" keeps its whole name, a group's descriptor ends on a noun or a name, never on
a function word, a count or an adjective whose noun is the speaker's, and a share of a group keeps the group's
affiliation."""

from __future__ import annotations

import pytest

from attribution import extract


def _speakers(text: str) -> list[tuple[str | None, str | None, bool, str | None]]:
    """Every statement's speaker as (mention in the text, resolved name, anonymous, affiliation)."""
    return [
        (s.speaker_span and text[s.speaker_span.start : s.speaker_span.end], s.speaker, s.anonymous, s.affiliation)
        for s in extract(text, "t")
    ]


# (text, [(mention, name, anonymous, affiliation)]) — the name a body is given ("a group called …", "a charity named
# …", "a club known as …") is the speaker's whole name, "of the …" and all; a person so named stays a person.
NAMED_BODIES = [
    ("A group called Friends of the Quay said the ferry was late.",
     [("Friends of the Quay", "Friends of the Quay", False, "Friends of the Quay")]),
    ("A charity named Friends of Tarn Harbour said the ferry was late.",
     [("Friends of Tarn Harbour", "Friends of Tarn Harbour", False, "Friends of Tarn Harbour")]),
    ("A club known as Friends of the Slipway told the council the ferry was late.",
     [("Friends of the Slipway", "Friends of the Slipway", False, "Friends of the Slipway")]),
    ("The newly named Tarn Ferry Authority said the ferry was late.",
     [("Tarn Ferry Authority", "Tarn Ferry Authority", False, "Tarn Ferry Authority")]),
    # … negatives: a name given a person, a name after no naming word, a report that calls someone something
    ("A boatman named Ivo Maric said the ferry was late.", [("Ivo Maric", "Ivo Maric", False, None)]),
    ("A group called Quay Watch said the ferry was late.", [("Quay Watch", "Quay Watch", False, None)]),
    ("Ivo Maric called Friends of the Quay dreamers.", [("Ivo Maric", "Ivo Maric", False, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMED_BODIES)
def test_named_bodies(text: str, expected: list[tuple[str | None, str | None, bool, str | None]]) -> None:
    assert _speakers(text) == expected


# (text, [(mention, name, anonymous, affiliation)]) — the words before an unnamed group's head describe it only as
# far as they end on a noun or a name: a count or function word ("a coalition of nearly 30 unions"), an adjective
# whose noun is the head ("a group of South Asian writers") and the kind of group left before their "of" ("group",
# "number") are no affiliation; a body the group is of is ("a group of Tarn Ferry Authority pilots").
DESCRIPTORS = [
    ("A coalition of nearly 30 unions said the levy was unfair.",
     [("A coalition of nearly 30 unions", "unnamed union", True, None)]),
    ("A coalition of nearly forty unions said the levy was unfair.",
     [("A coalition of nearly forty unions", "unnamed union", True, None)]),
    ("A group of South Asian writers said the levy was unfair.",
     [("A group of South Asian writers", "unnamed writer", True, None)]),
    ("A growing number of Liberal senators said the levy was unfair.",
     [("A growing number of Liberal senators", "unnamed senator", True, None)]),
    ("A coalition of civil liberties groups said the levy was unfair.",
     [("A coalition of civil liberties groups", "unnamed group", True, None)]),
    ("A group of Tarn Ferry Authority pilots said the levy was unfair.",
     [("A group of Tarn Ferry Authority pilots", "unnamed pilot", True, "Tarn Ferry Authority")]),
    # … negatives: a descriptor that ends on a noun or a name stays whole
    ("Four Kremlin officials said the levy was unfair.",
     [("Four Kremlin officials", "unnamed official", True, "Kremlin")]),
    ("Senior harbour administration officials said the levy was unfair.",
     [("Senior harbour administration officials", "unnamed official", True, "harbour administration")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DESCRIPTORS)
def test_group_descriptors(text: str, expected: list[tuple[str | None, str | None, bool, str | None]]) -> None:
    assert _speakers(text) == expected


# (text, [(mention, name, anonymous, affiliation)]) — a share or count of a group keeps the text's words, unnamed,
# and the body the group belongs to ("GOP" is the Republican Party); a share of a group with no body has none.
SHARES = [
    ("All of the GOP senators said the levy was unfair.",
     [("All of the GOP senators", "All of the GOP senators", True, "Republican Party")]),
    ("Most Republican governors said the levy was unfair.",
     [("Most Republican governors", "Most Republican governors", True, "Republican Party")]),
    ("Two of the Kremlin officials said the levy was unfair.",
     [("Two of the Kremlin officials", "Two of the Kremlin officials", True, "Kremlin")]),
    ("61 percent of Democrats said the levy was unfair.",
     [("61 percent of Democrats", "61 percent of Democrats", True, "Democratic Party")]),
    # … negatives: no body in the share
    ("Most respondents said the levy was unfair.", [("Most respondents", "Most respondents", True, None)]),
    ("Nine in 10 Tarn tenants said the levy was unfair.",
     [("Nine in 10 Tarn tenants", "Nine in 10 Tarn tenants", True, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_shares_keep_affiliation(text: str, expected: list[tuple[str | None, str | None, bool, str | None]]) -> None:
    assert _speakers(text) == expected


# (text, [(mention, name, anonymous, affiliation)]) — before "…, said NAME" a comma segment that is a clause of its own
# ("the race will be tight,", "but it is under pressure,") is what was said, so the name after the cue speaks, not a
# name before it read as the subject of an appositive; appositives and relative clauses keep their subject.
INVERTED_AFTER_CLAUSE = [
    ("In Tarn, the ferry line is holding on, but it is under pressure, said Lena Hart, a harbour analyst.",
     [("Lena Hart", "Lena Hart", False, None)]),
    ("Even as the race moves to Tarn, a town she hoped to carry, the race will be tight, said Ivo Maric.",
     [("Ivo Maric", "Ivo Maric", False, None)]),
    # … negatives
    ("Lena Hart, the mayor who was elected in 2010, said the quay is safe.",
     [("Lena Hart, the mayor who was elected in 2010", "Lena Hart", False, None)]),
    ("Lena Hart, who has run the quay for years, said it is safe.",
     [("Lena Hart, who has run the quay for years", "Lena Hart", False, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), INVERTED_AFTER_CLAUSE)
def test_inverted_after_a_clause(text: str, expected: list[tuple[str | None, str | None, bool, str | None]]) -> None:
    assert _speakers(text)[:1] == expected  # the report of the whole sentence comes first
