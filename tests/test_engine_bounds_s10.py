"""Which statements a sentence of political news holds and where their contents start and end (invented
sentences): a second reporting verb that shares the first one's subject."""

from __future__ import annotations

import pytest

from attribution import extract

# (text, every statement as (content, speaker)) — the whole list, so that an extra statement fails as a missing one
# does. A second verb joined by "and" reports for the subject the first verb's report found, where the sentence's
# start shows none (an opening phrase, "But", an adverb before the verb).
SHARED_SUBJECT = [
    ("The league strongly denounced the remarks and said it would return his donations.",
     [("the remarks", "league"), ("it would return his donations", "league")]),
    ("At the harbour the mayor praised the crews and said the port would reopen in May.",
     [("the crews", "mayor"), ("the port would reopen in May", "mayor")]),
    ("But Moreau said the mill was not closing and said the workers were safe.",
     [("the mill was not closing", "Moreau"), ("the workers were safe", "Moreau")]),
    ("After the vote on the levy Lia Moss claimed victory and argued that the fee would fall.",
     [("victory", "Lia Moss"), ("that the fee would fall", "Lia Moss")]),
    # … not when the second verb has a subject of its own, nor when the first report's speaker follows its cue.
    ("Moreau praised the crews of the night ferry and the mayor said the port would reopen.",
     [("the crews of the night ferry", "Moreau"), ("the port would reopen", "mayor")]),
    ("\"The port will reopen,\" said Moreau on Monday.",
     [("\"The port will reopen,\"", "Moreau")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARED_SUBJECT)
def test_shared_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.text, s.speaker) for s in extract(text, "t")] == expected


# (text, every statement's content) — a report in an aside about the sentence's subject ends at the comma that closes
# the aside, when the main clause's verb follows; a report in the main clause after it is a statement of its own.
RELATIVE_ASIDE = [
    ("The governor, who opposes the levy, vetoed the bill because she said it was unfair.",
     ["the levy", "it was unfair"]),
    ("Kemp, who has said the levy is unfair, voted for it on Tuesday.", ["the levy is unfair", "it"]),
    ("The pilot, who said the runway was icy, landed anyway.", ["the runway was icy"]),
    ("The union, which has repeatedly argued that wages are too low, walked off the job.",
     ["that wages are too low"]),
    ("The pilot, who said that the runway, the taxiway and the apron were icy, landed anyway.",
     ["that the runway, the taxiway and the apron were icy"]),
    # … not an aside about an object, nor at a comma that opens a phrase going on inside it.
    ("Moss defeated Kemp, who said he would use the levy only sparingly, in emergencies.",
     ["he would use the levy only sparingly, in emergencies"]),
    ("The pilot, who said the runway was icy, in the dark and in the rain, was calm.",
     ["the runway was icy, in the dark and in the rain"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIVE_ASIDE)
def test_relative_aside(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, every statement's content) — a report in a clause fronted by "while", "although", "when", "even as" … ends
# at the comma where the main clause opens with its subject; a report in the main clause is a statement of its own.
FRONTED = [
    ("While only 9 percent said they were unsure, 31 percent of those who picked a party said they could change "
     "their vote.", ["they were unsure", "they could change their vote"]),
    ("Although the mayor has said the levy is fair, the council voted against it.", ["the levy is fair", "it"]),
    ("Even as the union warned that wages were too low, the board raised its fees.", ["that wages were too low"]),
    ("When Moss said that the ferry would run in May, Kemp laughed.", ["that the ferry would run in May"]),
    ("Because Kemp argued that the fee was unfair, he voted against it.", ["that the fee was unfair", "it"]),
    ("Unless the council says the fee is fair, Kemp will vote against it.", ["the fee is fair"]),
    # … not at a comma that goes on inside the fronted clause, nor after a fronted clause that holds no report.
    ("When Moss said that the fee, which is high, would fall, Kemp laughed.",
     ["that the fee, which is high, would fall"]),
    ("While Moss said the fee was high, in May and in June, Kemp was away.", ["the fee was high, in May and in June"]),
    ("As Lavrov put it, the talks, which began in May, have stalled.", ["the talks, which began in May, have stalled"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRONTED)
def test_fronted_clause(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, every statement's content) — after "…, according to X," the words that describe X or comment on the report
# are no part of the content; the words that finish a sentence the cue interrupted are.
ACCORDING_ASIDE = [
    ("Not every council requires members to sign the pledge, according to Lia Moss, a city strategist.",
     ["Not every council requires members to sign the pledge"]),
    ("The mayor's private view of the levy is a different story, according to Senator Ann Kemp, D-Ore.",
     ["The mayor's private view of the levy is a different story"]),
    ("The ferry carried 40,000 people last year, according to the port authority, which counts every ticket.",
     ["The ferry carried 40,000 people last year"]),
    ("The ferry carried 40,000 people last year, according to the port, although the count is disputed.",
     ["The ferry carried 40,000 people last year"]),
    ("The union has signed a new contract, according to the labour ministry, ending a long strike.",
     ["The union has signed a new contract"]),
    ("While the boats were old, most of them were sold in the spring, according to Lia Moss, the harbour master.",
     ["While the boats were old, most of them were sold in the spring"]),
    # … the sentence goes on after a short opening, a fronted clause or a conjunction.
    ("Fundraising, according to the campaign, is up.", ["Fundraising … is up"]),
    ("While most of the boats were sold in the spring, according to the ledger, two were kept.",
     ["While most of the boats were sold in the spring … two were kept"]),
    ("The ferry ran late for three weeks after, according to the port, a crane broke.",
     ["The ferry ran late for three weeks after … a crane broke"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ACCORDING_ASIDE)
def test_according_to_aside(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, every statement as (content, speaker)) — common nouns that head a speaker's mention (data/speaker_nouns.txt):
# without them the whole statement was lost. A crowd or an audience spoken to is still no speaker.
SPEAKER_HEADS = [
    ("The fees had two goals, the admiral said.", [("The fees had two goals", "admiral")]),
    ("Several delegates said the vote had been rushed.", [("the vote had been rushed", "Several delegates")]),
    ("Most attendees said they would return next year.", [("they would return next year", "Most attendees")]),  # share
    ("The crowd chanted \"Open the gates!\" as the mayor spoke.", [("\"Open the gates!\"", "crowd")]),
    ("Her staff said the schedule had changed.", [("the schedule had changed", "staff")]),
    ("The real estate mogul said he would not sell the tower.", [("he would not sell the tower", "real estate mogul")]),
    ("Moss told the crowd that the port would reopen.", [("that the port would reopen", "Moss")]),
    ("Kemp thanked the audience and said the levy would fall.", [("the levy would fall", "Kemp")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SPEAKER_HEADS)
def test_speaker_heads(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.text, s.speaker) for s in extract(text, "t")] == expected


# (text, every statement as (content, speaker)) — the people a poll asked ("those surveyed", "voters polled") speak;
# a participle after a thing names nobody.
POLLED = [
    ("Those surveyed said the mayor was best able to handle the floods.",
     [("the mayor was best able to handle the floods", "Those surveyed")]),
    ("Most voters polled said the levy was too high.", [("the levy was too high", "Most voters")]),  # a share (s13)
    ("Residents interviewed said the harbour was too small.", [("the harbour was too small", "Residents")]),
    ("The plan surveyed said nothing.", []),
    ("Those officials said the port was shut.", [("the port was shut", "unnamed official")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POLLED)
def test_polled(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.text, s.speaker) for s in extract(text, "t")] == expected


# (text, every statement as (content, speaker)) — a report in a restrictive relative clause on a speaker ends before
# the main clause's reporting verb, whose speaker is the phrase before "who" or "that" (not the relative's object).
RESTRICTIVE = [
    ("Dock workers who want a raise said the new contract was unfair.",
     [("a raise", None), ("the new contract was unfair", "Dock workers")]),
    ("Residents who oppose the tower say the council ignored them.",
     [("the tower", None), ("the council ignored them", "Residents")]),
    ("Voters who said they liked the plan told the council it was fair.",
     [("they liked the plan", None), ("it was fair", "Voters")]),
    # … not a verb the relative's report holds ("to say", "would say"), nor a relative after a comma.
    ("Residents who want the council to say sorry said they would wait.",
     [("the council to say sorry", None), ("they would wait", "Residents")]),
    ("Residents, who oppose the tower, say the council ignored them.",
     [("the tower", None), ("the council ignored them", "Residents")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RESTRICTIVE)
def test_restrictive_relative(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(s.text, s.speaker) for s in extract(text, "t")] == expected


# (text, every statement as (content, speaker)) — a participle or a second verb after a clause whose verb reports
# nothing is the sentence subject's, found even when the subject's phrase runs on over that verb or after "But".
SENTENCE_SUBJECT = [
    ("His chief aide doubled down on attacks on the mayor, saying she had no plan.",
     [("she had no plan", "unnamed aide")]),
    ("The judge sounded off on the council, saying she did not want a delay.",
     [("she did not want a delay", "judge")]),
    ("But Moss raised the fee and said it would fall.", [("it would fall", "Moss")]),
    # … never a lone determiner, nor a thing.
    ("The harbour flooded on Monday, showing the walls were too low.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SENTENCE_SUBJECT)
def test_sentence_subject(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(s.text, s.speaker) for s in extract(text, "t")] == expected


# (text, every statement as (content, speaker)) — "according to" names its source whatever the source is called: up
# to the comma before the content when it opens the sentence (after "But" too), or to the sentence's end after it.
ACCORDING_SOURCE = [
    ("But according to interviews with a dozen of her aides, she wants to run again.",
     [("she wants to run again", "unnamed aide")]),
    ("According to some on the council, the mayor was absent.", [("the mayor was absent", "unnamed council")]),
    ("The plan would cost five million a year, according to the \"Harbour for all\" document he released.",
     [("The plan would cost five million a year", "\"Harbour for all\" document he released")]),
    # … not a long clause after the cue that names no source.
    ("The boat sank in minutes, according to what they had heard from the crew on the night of the great storm "
     "last year in the old port.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ACCORDING_SOURCE)
def test_according_to_source(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(s.text, s.speaker) for s in extract(text, "t")] == expected


# (text, every statement's content) — "to" before a quotation that opens with a verb is the reported infinitive's,
# as it is without quotation marks; not "to" before a quoted title or phrase.
QUOTED_INFINITIVE = [
    ("Moss vowed to “take the fight” to every harbour in the province.",
     ["to “take the fight” to every harbour in the province"]),
    ("Moss promised to “fix the ferry” by May.", ["to “fix the ferry” by May"]),
    ("Moss pledged to ''retire'' the harbour debt.", ["to ''retire'' the harbour debt"]),
    ("Moss vowed to take the fight to every harbour.", ["to take the fight to every harbour"]),
    ("Kemp spoke to “Face the Nation” about the levy.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), QUOTED_INFINITIVE)
def test_quoted_infinitive(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, every statement's content) — after a fronted clause or phrase inside the content ("that if …, ", "that
# even if …, ", "that despite …, ", "that in a race between …, "), the comma opens the content's main clause, which
# goes on even when it holds a reporting verb ("she would advise …"); a plain "…, she said" still ends the content.
FRONTED_INSIDE = [
    ("Moss said that if the port were a stock, she would advise buying it.",
     ["that if the port were a stock, she would advise buying it"]),
    ("Moss said that even if the ferry stopped, she would not change her position.",
     ["that even if the ferry stopped, she would not change her position"]),
    ("Moss said that in a race between Kemp and Lind, she would support the former.",
     ["that in a race between Kemp and Lind, she would support the former"]),
    ("Kemp argued that despite the storm, he would announce the results on time.",
     ["that despite the storm, he would announce the results on time"]),
    ("If the port were a stock, she would buy it, Moss said.", ["If the port were a stock, she would buy it"]),
    ("Moss plans to reopen the port in May, a spokesman announced on Monday.",
     ["Moss plans to reopen the port in May", "to reopen the port in May"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRONTED_INSIDE)
def test_fronted_inside_content(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected
