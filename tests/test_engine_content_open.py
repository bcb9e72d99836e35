"""Where a statement starts and ends, and what is no statement at all, on constructions met in wire copy
(invented sentences): asides about the speaker, declining to speak, relative clauses about a relay's source,
pronouns after "according to", posts with a "that" clause, and speakers named with "of"."""

from __future__ import annotations

import pytest

from attribution import extract

# (text, every statement's text) — the whole list, so that an extra statement fails as a missing one does
STATEMENTS = [
    # "…, SOURCE said, speaking on …": the participle and its preposition are about the speaker.
    ("The ferry will stop in March, one of the officials said, speaking on condition of anonymity.",
     ["The ferry will stop in March"]),
    ("The mill will close, a worker said, standing at the gate.", ["The mill will close"]),
    # "declined to comment", "asked not to be identified": nothing said on record.
    ("Harbourline Freight declined to comment.", []),
    ("The port authority declined to comment on the report.", []),
    ("The tolls will rise, said the people, who asked not to be identified because the plan is private.",
     ["The tolls will rise"]),
    ("The tolls will rise, said two people, who asked not to be named.", ["The tolls will rise"]),
    # "according to OUTLET, which cited …": the relative clause says where the outlet had it; it says nothing.
    ("Norvale is preparing to sell its bakery unit, according to the Ledger, which cited two people briefed on"
     " the talks.", ["Norvale is preparing to sell its bakery unit"]),
    ("According to the Ledger, which cited two people briefed on the talks, the sale could close in May.",
     ["the sale could close in May"]),
    # "According to her, …": "her" on its own is the speaker, not a determiner.
    ("Ilse Marten spoke to the paper. According to her, the canal will reopen in June.",
     ["the canal will reopen in June"]),
    # A verb that reports only a quotation reports a "that" clause too.
    ("Tomas Brill posted on X that the road would stay closed.", ["that the road would stay closed"]),
    ("Tomas Brill joked that the rain had followed him from home.", ["that the rain had followed him from home"]),
    # A speaker named with "of"/"for": "one of the …", "NAME of the ORGANISATION".
    ("The vote will be delayed, one of the organisers said.", ["The vote will be delayed"]),
    ("The harvest was poor, Karl Voss of the Institute of Soil Studies said.", ["The harvest was poor"]),
    # No run-on into a concession, nor into where the words were said.
    ("Dana Pruitt said the levy would pass, although the vote is weeks away.", ["the levy would pass"]),
    ("Dana Pruitt praised the new library in a statement on Thursday.", ["the new library"]),
    ("Omar Haddad criticised the fare rise on Twitter.", ["the fare rise"]),
    ("Dana Pruitt said the letter in her statement was forged.", ["the letter in her statement was forged"]),
    # A second speaker's report after ", and", also in the progressive; an adverb before "that".
    ("Omar Haddad vowed to keep the mill open, and Dana Pruitt is promising to retrain the workers.",
     ["to keep the mill open", "to retrain the workers"]),
    ("Shop owners complained bitterly that the rents were too high.", ["that the rents were too high"]),
    # A verb with an everyday sense reports an object followed by "as", not a bare object.
    ("Dana Pruitt labelled the levy as a tax grab.", ["the levy as a tax grab"]),
    ("Omar Haddad hailed the ruling as a victory for tenants.", ["the ruling as a victory for tenants"]),
    ("Omar Haddad hailed a cab and left.", []),
    # After "that", a fronted adverbial opens the reported clause; "that" alone with a time points back.
    ("The audit found that in the three largest wards the rolls were out of date.",
     ["that in the three largest wards the rolls were out of date"]),
    ("Dana Pruitt said that on Friday.", []),
    ("Omar Haddad went on to win that year in a landslide.", []),
    # A subject with a participle after it, and "has long said".
    ("A survey released last week found that most tenants back the levy.", ["that most tenants back the levy"]),
    ("Dana Pruitt has long said that the ferry loses money.", ["that the ferry loses money"]),
    ("Though she's heralded plans to cut fares, critics say the budget will not allow it.",
     ["the budget will not allow it"]),
    # A pronoun addressee is out of the content; "her" before a noun is a possessive.
    ("Omar Haddad told her the mill would stay open.", ["the mill would stay open"]),
    ('Dana Pruitt turned to the crowd before asking them, "Who will help?"', ['"Who will help?"']),
    ("Omar Haddad told her team the mill would stay open.", ["the mill would stay open"]),
    # Report nouns with a topic: "criticism of", "questions about", "concerns over" (after a possessor).
    ("The council ignored Omar Haddad's criticism of the fare rise.", ["the fare rise"]),
    ("Nobody answered her questions about the budget.", ["the budget"]),
    ("Dana Pruitt's claims of fraud were never proven.", []),  # a subject: its verb is not part of the claim
    ("His remarks on Saturday were brief.", []),
    ("The criticism of the plan grew.", []),  # nobody's
    # "thank … for" reports what the thanks are for.
    ("Dana Pruitt thanked the crews for clearing the roads.", ["the crews for clearing the roads"]),
    ("Dana Pruitt thanked the crews.", []),
    # Verbs the lexicon lacked: chant, yell and scream report a quotation; email a quotation or "that" clause;
    # encourage someone to do something.
    ('Protesters chanted "Keep the library open" outside the hall.', ['"Keep the library open"']),
    ('"Get off the road," Omar Haddad yelled.', ['"Get off the road,"']),
    ("Dana Pruitt emailed that the meeting was cancelled.", ["that the meeting was cancelled"]),
    ("Omar Haddad encouraged residents to sign up for the program.", ["residents to sign up for the program"]),
    ("Dana Pruitt screamed at the referee.", []),
    ("She checked her email before the meeting.", []),
    # A quotation that opens a longer reported clause is part of it; a whole quotation stays the statement.
    ('Omar Haddad said "new fees" and a grant from the province would pay for the pool.',
     ['"new fees" and a grant from the province would pay for the pool']),
    ('Dana Pruitt said "we will win" on Friday.', ['"we will win"']),
    ('Dana Pruitt said "the new levy" would pay for the pool.', ['"the new levy" would pay for the pool']),
    ('Guards shouted "Stop right there," until the van stopped.', ['"Stop right there,"']),
    # "seven of 10 residents say": a count of a group is the speaker.
    ("Seven of the residents say they were never asked.", ["they were never asked"]),
    # Negatives and controls.
    ("Omar Haddad said the mill would stay open, and the workers are leaving.",
     ["the mill would stay open, and the workers are leaving"]),
    ("Tomas Brill joked about the weather.", []),
    ("The station is closed, a spokeswoman said, pointing at the sign.", ["The station is closed"]),
    ("She said the council declined to act.", ["the council declined to act"]),
    ("Dana Pruitt said the plan would fail, adding that the money had run out.",
     ["the plan would fail", "that the money had run out"]),
    ("Replacing the bridge would cost millions, the engineer said, citing the survey.",
     ["Replacing the bridge would cost millions", "the survey"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_statement_boundaries(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, the speaker's name) — the mention takes in the words before "of"
SPEAKERS = [
    ("The vote will be delayed, one of the organisers said.", "unnamed organiser"),
    ("Karl Voss of the Institute of Soil Studies said the yields were low.", "Karl Voss"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_a_speaker_named_with_of(text: str, speaker: str) -> None:
    assert [s.speaker for s in extract(text, "t")] == [speaker]
