"""Where a statement's content starts and ends, on constructions of political news (invented sentences): which
quotations join the statement before them, what "seems to", "appears to" and "sees X as" report, and where content
starts after a verb's particle."""

from __future__ import annotations

import pytest

from attribution import extract

# (text, every statement as (text, kind)) — the whole list, so that an extra statement fails as a missing one does
JOINS = [
    # A paraphrase with quoted words (or without), a cue clause after it and a quotation in the next sentence:
    # one statement that goes on in the quotation.
    ('The levy is "a mistake we will regret," Lia Moss said. "It will cost every family."',
     [('The levy is "a mistake we will regret," … "It will cost every family."', "mixed")]),
    ('The ferry will run again in May, Dana Pruitt said. "We owe the islanders that much."',
     [('The ferry will run again in May … "We owe the islanders that much."', "mixed")]),
    # … as a split quotation did already.
    ('"The levy is a mistake," Lia Moss said. "It will cost every family."',
     [('"The levy is a mistake," … "It will cost every family."', "direct")]),
    # … and in a quotation that opens the next paragraph, after a short cue clause that ends this one.
    ('"The levy is a mistake," Lia Moss told the council.\n\n"It will cost every family."',
     [('"The levy is a mistake," … "It will cost every family."', "direct")]),
    # … not after a long cue clause, nor after a paraphrase, nor after a quotation the cue comes before.
    ('"The levy is a mistake," Lia Moss told the council on Monday night in the crowded hall of the old school.'
     '\n\n"It will cost every family."',
     [('"The levy is a mistake,"', "direct"), ('"It will cost every family."', "direct")]),
    ('The levy is a mistake, Lia Moss told the council.\n\n"It will cost every family."',
     [("The levy is a mistake", "indirect"), ('"It will cost every family."', "direct")]),
    ('Lia Moss told the council: "The levy is a mistake."\n\n"It will cost every family."',
     [('"The levy is a mistake."', "direct"), ('"It will cost every family."', "direct")]),
    # … not a paraphrase whose cue comes first: the quotation is a statement of its own.
    ('Dana Pruitt said the ferry will run again in May. "We owe the islanders that much."',
     [("the ferry will run again in May", "indirect"), ('"We owe the islanders that much."', "direct")]),
    # … nor a quotation after a sentence that says more than the cue.
    ('The ferry will run again in May, Dana Pruitt said on Monday at a crowded meeting of the island council in '
     'the old school hall, where residents had waited for three hours in the cold to hear from the board, the port '
     'authority and both of the operators that share the busy route between the two harbours. '
     '"We owe the islanders that much."',
     [("The ferry will run again in May", "indirect"), ('"We owe the islanders that much."', "direct")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), JOINS)
def test_joined_quotations(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.text, s.kind.value) for s in extract(text, "t")] == expected


# (text, every statement as (text, speaker, speech)) — "SUBJECT seems/appears to …" is an impression nobody in the
# sentence holds: the subject and the infinitive, no speech act; a report in the infinitive is the subject's.
SEEMS = [
    ("The talks seem to have stalled.", [("The talks … to have stalled", None, False)]),
    ("Voters in the valley do not appear to care about the levy.",
     [("Voters in the valley … to care about the levy", None, False)]),
    ("The mayor now appears to be out of the race, ignoring the council.",
     [("The mayor … to be out of the race", None, False)]),
    ("It seems to be working.", [("It … to be working", None, False)]),
    ("The mayor seemed to suggest that the levy would fall.", [("that the levy would fall", "mayor", True)]),
    # … not a person seen by someone, a place appeared at, nor an impression inside someone's words.
    ("The senator appeared to the crowd as a hero.", []),
    ("Lia Moss appeared on television twice.", []),
    ("Lia Moss said the talks seem to have stalled.", [("the talks seem to have stalled", "Lia Moss", True)]),
    ('"The talks seem to have stalled," Lia Moss said.', [('"The talks seem to have stalled,"', "Lia Moss", True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SEEMS)
def test_seems_to(text: str, expected: list[tuple[str, str | None, bool]]) -> None:
    assert [(s.text, s.speaker, s.speech) for s in extract(text, "t")] == expected


# (text, every statement as (text, speaker, speech)) — "sees/views/regards X as Y" is a view: X as Y, no speech act.
VIEWS = [
    ("Karl Brandt sees the levy as a mistake.", [("the levy as a mistake", "Karl Brandt", False)]),
    ("Most voters view the mayor as honest.", [("the mayor as honest", "Most voters", False)]),  # a share: s13
    ("The council regards the ferry as essential.", [("the ferry as essential", "council", False)]),
    ("Voters saw that the mayor could win.", [("that the mayor could win", "Voters", False)]),
    # … not a passive, a thing seen, nor "see" without a clause or an object and "as".
    ("The plan is viewed by some as a gift to landlords.", []),
    ("Lia Moss saw the ferry leave.", []),
    ("Lia Moss will see the council on Monday.", []),
    ("See for yourself.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VIEWS)
def test_views(text: str, expected: list[tuple[str, str | None, bool]]) -> None:
    assert [(s.text, s.speaker, s.speech) for s in extract(text, "t")] == expected


# (text, every statement's text) — a preposition or particle right after the cue is the verb's ("cautioned against",
# "called out"), the content starts after it.
PARTICLES = [
    ("The treasurer cautioned against reading too much into the poll.", ["reading too much into the poll"]),
    ("Karl Brandt argued against raising the levy.", ["raising the levy"]),
    ("Lia Moss called out two councillors for their votes.", ["two councillors for their votes"]),
    # … not a time or place after the cue, nor a clause that follows one.
    ("Lia Moss said on Monday that the levy was fair.", ["that the levy was fair"]),
    ("Lia Moss confirmed on Facebook on Friday.", []),
    ("Lia Moss said about 300 people came to the meeting.", ["about 300 people came to the meeting"]),
    ('Karl Brandt said of the mayor: "She is honest."', ['"She is honest."']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTICLES)
def test_particles(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, every statement's text) — a cue clause set in the middle of a reported sentence: the sentence goes on
# after it, in a phrase that completes it ("…, Moss said, by the new schedule.").
PARENTHETICAL = [
    ("The plan would be helped, Lia Moss said, by the new ferry schedule.",
     ["The plan would be helped … by the new ferry schedule"]),
    ("It is her job, Lia Moss said, to talk to the council about the ferry.",
     ["It is her job … to talk to the council about the ferry"]),
    ("The council could not find a single buyer, Karl Brandt said, in the whole valley.",
     ["The council could not find a single buyer … in the whole valley"]),
        # … and around "according to X" set in the middle of the sentence.
    ("Fundraising, according to the campaign, is up this month.", ["Fundraising … is up this month"]),
    ("Over the long term, according to the budget office, the levy will fall.",
     ["Over the long term … the levy will fall"]),
    ("According to Lia Moss, the ferry will run in May.", ["the ferry will run in May"]),
    ("The ferry will run in May, according to Lia Moss.", ["The ferry will run in May"]),
    # … not a participle, a relative clause about the speaker, nor the terms the speaker spoke on.
    ("The levy is a mistake, Lia Moss said, adding that it will be repealed.",
     ["The levy is a mistake", "that it will be repealed"]),
    ("The levy is a mistake, said Lia Moss, who chairs the council.", ["The levy is a mistake"]),
    ("The levy is a mistake, Lia Moss said, on condition of anonymity.", ["The levy is a mistake"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARENTHETICAL)
def test_parenthetical_cue(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, every statement as (text, kind)) — a few words between the cue and a colon that opens a quotation say how
# or when it was said ("added warily:", "explained it this way:"): the quotation is the statement.
LEADS = [
    ('Lia Moss added warily: "There is always something."', [('"There is always something."', "direct")]),
    ('Karl Brandt explained it this way: "The ferry is a lifeline."', [('"The ferry is a lifeline."', "direct")]),
    ('Lia Moss said back in the spring of 2019: "The levy is a mistake."', [('"The levy is a mistake."', "direct")]),
    # … not a reported clause that introduces the quotation, nor a colon far from the cue.
    ('Lia Moss said that the plan had one flaw: "It costs too much."',
     [('that the plan had one flaw: "It costs too much."', "mixed")]),
    ('Lia Moss said the council would meet again next week in the old hall to decide: "Cut or borrow."',
     [('the council would meet again next week in the old hall to decide: "Cut or borrow."', "mixed")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LEADS)
def test_lead_words_before_a_quotation(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.text, s.kind.value) for s in extract(text, "t")] == expected


# (text, every statement's text) — "found a way" names a means, not a finding.
FINDINGS = [
    ("The council found a way to pay for the ferry.", []),
    ("Lia Moss has found ways to cut the levy.", []),
    ("Inspectors found no way around the rule.", []),
    # … a finding still is one.
    ("The study found the levy had failed.", ["the levy had failed"]),
    ("Inspectors found that the ferry was safe.", ["that the ferry was safe"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FINDINGS)
def test_found_a_way(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, every statement's text) — a dash after the quoted words of a paraphrase opens the writer's aside.
ASIDES = [
    ('Karl Brandt called the levy "a disgrace" -- a word he has used before.', ['the levy "a disgrace"']),
    ('Lia Moss said the plan was "dead on arrival" — and the council agreed.', ['the plan was "dead on arrival"']),
    # … not a dash before the quoted words, nor one between two quotations.
    ('Lia Moss said the levy — which passed in May — was "a mistake."',
     ['the levy — which passed in May — was "a mistake."']),
    ('Lia Moss said the levy was "a mistake" — "a costly one."', ['the levy was "a mistake" — "a costly one."']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_aside_after_quoted_words(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected
