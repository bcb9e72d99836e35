"""Which statements are found and where their content starts and ends, on constructions of political news
(invented sentences): headlines that end in a period, poll shares as speakers, beliefs and plans, which are no
speech acts."""

from __future__ import annotations

import pytest

from attribution import extract

_BODY = "\n\nThe council met on Monday."

# (text, every statement's text) — the whole list, so that an extra statement fails as a missing one does
STATEMENTS = [
    # A title-cased headline that ends in a period: its capitalized cue reports.
    ("Harbour Mayor Says Ferry Will Run Again." + _BODY, ["Ferry Will Run Again"]),
    ("New Survey Shows Small Lead For Dana Pruitt." + _BODY, ["Small Lead For Dana Pruitt"]),
    # … not a sentence that only names people: "Says" there is part of a title, "spoke" no headline's word.
    ("Lia Moss and Karl Brandt spoke." + _BODY, []),
    ("Simon Says Is A Game For Children!" + _BODY, []),
    # A poll's share of people speaks: "47% say", "six in 10 said", "40 percent say".
    ("On the levy, 47% say it should rise.", ["it should rise"]),
    ("Forty percent say the levy should rise.", ["the levy should rise"]),
    ("More than six in 10 said they were tired of the campaign.", ["they were tired of the campaign"]),
    ("About one in four said the party had ignored them.", ["the party had ignored them"]),
    ("52 percent support Dana Pruitt.", ["Dana Pruitt"]),
    # … and a quantity with its qualifier: the outer report, not the belief inside it.
    ("Almost half said they wanted a new mayor.", ["they wanted a new mayor"]),
    ("Nearly all say the levy is too high.", ["the levy is too high"]),
    ("She spent almost half the budget on roads.", []),
    # … not a share that is a noun phrase, nor a year after "in".
    ("The mayor has 85 percent support among residents.", []),
    ("Pruitt won six in 10 votes.", []),
    ("Karl Brandt in 2010 said the levy should rise.", ["the levy should rise"]),
    # "known" names or acquaints ("has known Moss for years", "known as Ghost"); "find" a job is no finding,
    # "maintain" a pace no claim: the base form "find" and every form of "maintain" report only a clause.
    ("The lawyer has known Lia Moss for two decades.", []),
    ("A hacker known as Ghost said the files were real.", ["the files were real"]),
    ("Lia Moss knows the plan will fail.", ["the plan will fail"]),
    ("The workers could not find jobs in the valley.", []),
    ("Inspectors find that the bridge is unsafe.", ["that the bridge is unsafe"]),
    ("The study found the levy had failed.", ["the levy had failed"]),
    ("Lia Moss maintained a brisk pace all day.", []),
    ("Lia Moss maintained that the levy was fair.", ["that the levy was fair"]),
    ('Lia Moss maintained: "The levy is fair."', ['"The levy is fair."']),
    # "SUBJECT is expected to …": the subject and what is expected of it, without "is expected", and no further
    # than a comma; "It is expected to …" is about the infinitive alone; a relative word stands for its noun.
    ("The House is expected to pass the bill this week.", ["The House … to pass the bill this week"]),
    ("But the ferry company is widely expected to raise its fares.", ["the ferry company … to raise its fares"]),
    ("It is expected to rise to 3 percent next year.", ["to rise to 3 percent next year"]),
    ("Lawmakers will vote on the bill, which is expected to pass easily.", ["which … to pass easily"]),
    ("The mayor is expected to sign the measure, potentially ending the strike.", ["The mayor … to sign the measure"]),
    # … not the active verb, nor an expected thing with no infinitive, nor a second verb's subject, nor an
    # expectation inside someone's words (which are the statement).
    ("Karl Brandt expected the levy to pass.", ["the levy to pass"]),
    ("Results are expected on Friday.", []),
    ("The levy was expected.", []),
    ("She is moving to Ardmore but is expected to stay on the board.", []),
    ("Dana Pruitt said the council is expected to vote on Monday.", ["the council is expected to vote on Monday"]),
    ("Ferry talks are expected to resume next week, officials told the Ledger.",
     ["Ferry talks are expected to resume next week"]),
    # "SUBJECT was praised by AGENT": what the agent said is about the subject, which is the content.
    ("Karl Brandt was attacked by Dana Pruitt at the rally.", ["Karl Brandt"]),
    ("The plan has been widely praised by economists.", ["The plan"]),
    ("The mayor, who was criticized by the council, resigned.", ["who"]),
    # … not a passive that says nothing of anyone's view, nor a question put, whose content follows.
    ("The ferry was built by a local yard.", []),
    ("The case was decided by a single vote.", []),
    ("Karl Brandt was asked by the host whether he would run.", ["whether he would run"]),
    # "went on to say", "continued to say": the report is the second verb's, its speaker the first verb's subject.
    ("Mia Lund went on to say she is confident the party will unite.", ["she is confident the party will unite"]),
    ("Karl Brandt went on to criticize the council for its failures.", ["the council for its failures"]),
    ("Lewandowski continued to say he had never touched her.", ["he had never touched her"]),
    ('Ivo Bryne then went on to say, "I know this to be true."', ['"I know this to be true."']),
    # … not where the second verb reports nothing.
    ("Karl Brandt went on to win the primary.", []),
    ("The talks continued to drag on.", []),
    # A particle makes a phrasal verb of another sense: "showed up", "backed down", "called off".
    ("The real mayor showed up at the debate.", []),
    ("Karl Brandt backed down from the plan.", []),
    ("Karl Brandt backed away from the plan.", []),
    # … not a word that only starts with one, nor a listed phrasal cue.
    ("Mia Lund said down-ballot races matter.", ["down-ballot races matter"]),
    ("Mia Lund pointed out the flaw in the plan.", ["the flaw in the plan"]),
    # A text says something itself: "issued a statement saying …", to the end of the participle's phrase.
    ("The council issued a statement saying the ferry will run.", ["the ferry will run"]),
    ("In a statement announcing the pick, the union called Mia Lund a champion.",
     ["the pick", "Mia Lund a champion"]),
    ('Mia Lund released a statement saying, "The plan is sound."', ['"The plan is sound."']),
    # … not people without a finite verb, nor a text that is the subject of a clause whose end is unknown.
    ("The officials saying the ferry will run were wrong.", []),
    ("New polls showing Mia Lund ahead alarmed the Brandt camp.", []),
    # A quotation that the words before it run into is part of their phrase, not more of a split quote.
    ('"The bridge will hold," said Ann Roe, a co-author of "Steel Rivers."', ['"The bridge will hold,"']),
    ('"The bridge will hold," she said as the mayor went on about "the cost of steel."',
     ['"The bridge will hold,"']),
    ('"You winning?" she asked, but he was drifting off as the mayor went on about "how the system is rigged."',
     ['"You winning?"']),
    # … after a comma, a period, the cue or a conjunction it is.
    ('"The bridge will hold," she said. "It was built to last."',
     ['"The bridge will hold," … "It was built to last."']),
    ('"The bridge will hold," she said, "and so will the dam."', ['"The bridge will hold," … "and so will the dam."']),
    ('"I like Karl," she said, but "when it comes to taxes, he has a record."',
     ['"I like Karl," … "when it comes to taxes, he has a record."']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STATEMENTS)
def test_statements(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, the speech flag of each statement) — beliefs, findings and plans are no speech acts
SPEECH = [
    ("Lia Moss knows the plan will fail.", [False]),
    ("Inspectors find that the bridge is unsafe.", [False]),
    ("52 percent support Dana Pruitt.", [False]),
    ("47% say the levy should rise.", [True]),
    ("Lia Moss maintained that the levy was fair.", [True]),
    ("The House is expected to pass the bill this week.", [False]),
]


@pytest.mark.parametrize(("text", "speech"), SPEECH)
def test_speech_acts_apart_from_beliefs(text: str, speech: list[bool]) -> None:
    assert [s.speech for s in extract(text, "t")] == speech


# (text, the speaker of each statement) — the agent of a passive report speaks; the subject of "went on to say"
PASSIVE_SPEAKERS = [
    ("Karl Brandt was attacked by Dana Pruitt at the rally.", ["Dana Pruitt"]),
    ("Karl Brandt was asked by Dana Pruitt whether he would run.", ["Dana Pruitt"]),
    ("Mia Lund went on to say she is confident the party will unite.", ["Mia Lund"]),
    ("The Harbour Council issued a statement saying the ferry will run.", ["Harbour Council"]),
]


@pytest.mark.parametrize(("text", "speakers"), PASSIVE_SPEAKERS)
def test_who_speaks(text: str, speakers: list[str]) -> None:
    assert [s.speaker for s in extract(text, "t")] == speakers
