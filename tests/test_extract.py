"""The extractor, one sentence pattern a row: what is found, who said it, in what capacity, via which outlet."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from attribution import Kind, extract
from attribution.engine import lexicons
from attribution.errors import LexiconError


def only(text: str):
    found = extract(text, "t")
    assert len(found) == 1, [s.text for s in found]
    return found[0]


# (text, statement text, speaker, kind)
FOUND = [
    ('"We will go," Leavitt stated.', '"We will go,"', "Caroline Leavitt", Kind.DIRECT),
    ("“We will go,” said Pat Caddell.", "“We will go,”", "Pat Caddell", Kind.DIRECT),
    ("“We will go,” she said. Caroline Leavitt left.", "“We will go,”", None, Kind.DIRECT),
    (
        "«Nous irons», a déclaré Macron. Emmanuel Macron said: «Nous irons».",
        "«Nous irons»",
        "Emmanuel Macron",
        Kind.DIRECT,
    ),
    (
        "Russian Foreign Minister Sergey Lavrov announced that the delegation is ready.",
        "that the delegation is ready",  # the complementizer belongs to the reported clause
        "Sergey Lavrov",
        Kind.INDIRECT,
    ),
    (
        "White House Press Secretary Caroline Leavitt expressed hope that talks resume next week.",
        "that talks resume next week",
        "Caroline Leavitt",
        Kind.INDIRECT,
    ),
    (
        "The United States will not send a delegation, according to Sergei Lavrov.",
        "The United States will not send a delegation",
        "Sergey Lavrov",
        Kind.INDIRECT,
    ),
    ("According to Lavrov, the talks will resume.", "the talks will resume", "Sergey Lavrov", Kind.INDIRECT),
    # A long source before the comma; a noun form of a cue inside it ("state law").
    (
        "According to early results of the exit poll conducted by Edison Research for the networks, Clinton led.",
        "Clinton led",
        None,
        Kind.INDIRECT,
    ),
    (
        "According to state law, no one may campaign near a polling place.",
        "no one may campaign near a polling place",
        None,
        Kind.INDIRECT,
    ),
    (
        "Talks will resume in June, Erdogan said on Thursday.",
        "Talks will resume in June",
        "Recep Tayyip Erdoğan",
        Kind.INDIRECT,
    ),
    (
        "The Kremlin confirmed Russia has not yet received a response.",
        "Russia has not yet received a response",
        "Kremlin",
        Kind.INDIRECT,
    ),
    (
        "Lavrov said on Thursday that the talks would be “difficult but necessary.”",
        "that the talks would be “difficult but necessary.”",
        "Sergey Lavrov",
        Kind.MIXED,
    ),
    # Coordinated and participial reports take the sentence's subject.
    (
        "Cruz urged delegates to vote their conscience and said he stood on principle.",
        "he stood on principle",
        "Cruz",
        Kind.INDIRECT,
    ),
    (
        "Trump revised his plan, promising to focus on average Americans.",
        "to focus on average Americans",
        "Donald Trump",
        Kind.INDIRECT,
    ),
    ("This week, the president declined to threaten Moscow.", "to threaten Moscow", None, Kind.INDIRECT),
    # An adverbial between the cue and the reported clause is not part of it.
    (
        "Trump said after the convention he would not accept the endorsement.",
        "he would not accept the endorsement",
        "Donald Trump",
        Kind.INDIRECT,
    ),
    ("Authorities announced on Friday the arrest of a man.", "the arrest of a man", None, Kind.INDIRECT),
    # A parenthetical cue inside the reported sentence: one statement, both sides.
    (
        "The walk-ins were the third time, the union said, it had organised such an event.",
        "The walk-ins were the third time … it had organised such an event",
        None,
        Kind.INDIRECT,
    ),
    # A report nested in a relative clause is its own statement.
    (
        "He attacked rivals for their donations, which he said were accompanied by favors.",
        "which … were accompanied by favors",
        None,
        Kind.INDIRECT,
    ),
    # Headline and transcript forms.
    (
        "Lavrov: Moscow is ready to resume the talks",
        "Moscow is ready to resume the talks",
        "Sergey Lavrov",
        Kind.INDIRECT,
    ),
    (
        '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.',
        "Gennifer Flowers will not be attending the debate tomorrow night",
        "Mike Pence",
        Kind.DIRECT,
    ),
    (
        "Obama Says Museum Will Tell of Suffering and Delight",
        "Museum Will Tell of Suffering and Delight",
        "Barack Obama",
        Kind.INDIRECT,
    ),
    (
        "“Maybe we can build a wall around him.” ― Steve Quinlan.",
        "“Maybe we can build a wall around him.”",
        "Steve Quinlan",
        Kind.DIRECT,
    ),
    # Quantities name their people: "52 percent of registered voters".
    (
        "Only 52 percent of registered voters agreed that she is healthy enough to serve.",
        "that she is healthy enough to serve",
        None,
        Kind.INDIRECT,
    ),
    # A possessor and a reporting noun: "Trump's claim that …".
    (
        "Politifact checked Donald Trump’s claim that there were thousands of shootings, and found it true.",
        "that there were thousands of shootings",
        "Donald Trump",
        Kind.INDIRECT,
    ),
    # A parenthetical after the name, an adverb before the verb, a quantity after it.
    (
        "Sen. David Perdue (R-Ga.) said he did not believe the claims.",
        "he did not believe the claims",
        "David Perdue",
        Kind.INDIRECT,
    ),
    ("Clinton now says she opposes the deal.", "she opposes the deal", "Hillary Clinton", Kind.INDIRECT),
    (
        "McAuliffe has said about 20 people have shown interest.",
        "about 20 people have shown interest",
        "McAuliffe",
        Kind.INDIRECT,
    ),
    # A head noun before its modifier, and a second report joined by "and he noted".
    (
        "Experts on North Korea and nuclear nonproliferation said the test could change that.",
        "the test could change that",
        None,
        Kind.INDIRECT,
    ),
    (
        "But Fowler said the politics would be more intense — and he noted that any change would come later.",
        "the politics would be more intense",
        "Fowler",
        Kind.INDIRECT,
    ),
    ("The network said it would send her to Crimea.", "it would send her to Crimea", None, Kind.INDIRECT),
    ("Twelve percent indicated that they were not sure.", "that they were not sure", None, Kind.INDIRECT),
    # "X added:" and a paragraph without quotation marks: a block quote.
    (
        "Limbaugh added:\n\nFrom a front-runner, this reeks of fear.\n\nThe debate began.",
        "From a front-runner, this reeks of fear",
        "Limbaugh",
        Kind.DIRECT,
    ),
    # A split quote whose cue clause carries a long appositive is still one statement.
    (
        "“It is more tinkering,” said Alan Cole, an economist at the Tax Foundation's policy center. "
        "“It is not reform.”",
        "“It is more tinkering,” … “It is not reform.”",
        "Alan Cole",
        Kind.DIRECT,
    ),
    ("Caddell continued:\n“The health issue is partisan.”", "“The health issue is partisan.”", "Caddell", Kind.DIRECT),
    # Where a reported object ends: before a relative clause about it, but a reported clause keeps its own.
    ("Officials cited the new rule, which took effect in May.", "the new rule", None, Kind.INDIRECT),
    ("The voters backed Hillary Clinton, who won the state.", "Hillary Clinton", None, Kind.INDIRECT),
    (
        "Opponents said the decision, which struck down the rules, illustrates the stakes.",
        "the decision, which struck down the rules, illustrates the stakes",
        None,
        Kind.INDIRECT,
    ),
    # ", and he …": a coordinated clause with a new subject is not part of the content.
    (
        "Rubio said the real extremist is Clinton, and he railed at the moderators.",
        "the real extremist is Clinton",
        "Marco Rubio",
        Kind.INDIRECT,
    ),
    # A name suffix before the cue.
    (
        "Vice President Joseph R. Biden Jr. said the remarks were dangerous.",
        "the remarks were dangerous",
        "Joseph R. Biden",
        Kind.INDIRECT,
    ),
    (
        "The mayor said that the plan failed, which surprised nobody.",
        "that the plan failed, which surprised nobody",
        None,
        Kind.INDIRECT,
    ),
    # Only a reporting participle starts a new report; "including" continues the content.
    (
        "Warren criticized the banks, including Wells Fargo.",
        "the banks, including Wells Fargo",
        "Warren",
        Kind.INDIRECT,
    ),
    ("The senator praised the bill, adding that it would pass.", "the bill", None, Kind.INDIRECT),
    # A fronted clause's comma does not end the content at the pronoun that follows it.
    (
        "He told voters that if taxes rose, he would veto the bill.",
        "that if taxes rose, he would veto the bill",
        None,
        Kind.INDIRECT,
    ),
    # "said that “…”": the complementizer makes a reported clause that quotes.
    ("The mayor said that “the budget is balanced.”", "that “the budget is balanced.”", None, Kind.MIXED),
    # An inverted speaker with an appositive ends the content before it.
    (
        "The budget is balanced, said Jane Doe, who chairs the finance committee.",
        "The budget is balanced",
        "Jane Doe",
        Kind.INDIRECT,
    ),
    (
        "The budget is balanced, said Jane Doe, the committee chair.",
        "The budget is balanced",
        "Jane Doe",
        Kind.INDIRECT,
    ),
    # Cue forms that news mostly uses as nouns report only before "that", a colon or a quotation.
    ("They state that the rules are clear.", "that the rules are clear", None, Kind.INDIRECT),
    ("It states: “No dogs allowed.”", "“No dogs allowed.”", None, Kind.DIRECT),
    # A progressive cue is finite ("is demanding"); a subject glued to its auxiliary ("He's said") speaks.
    ("The mayor is demanding that the council resign.", "that the council resign", None, Kind.INDIRECT),
    ("Pat Smith spoke. He's said that the plan is fair.", "that the plan is fair", "Pat Smith", Kind.INDIRECT),
    # A cue word after a determiner can be the speaker ("the report said").
    ("The report said the budget grew.", "the budget grew", None, Kind.INDIRECT),
    # A bare verb joined to the content's verb is not a new report; a joined phrase that cannot speak
    # ("and accepting support") is not a trailing reporting clause.
    (
        "The manager argued that the club should not sign him and instead support the youth team.",
        "that the club should not sign him and instead support the youth team",
        None,
        Kind.INDIRECT,
    ),
    (
        "Warren questioned her judgment in backing the war and accepting support from donors.",
        "her judgment in backing the war and accepting support from donors",
        "Warren",
        Kind.INDIRECT,
    ),
    ("The mayor praised the plan and said it would work.", "it would work", None, Kind.INDIRECT),
    # An appositive that closes the sentence describes the last noun; a list item or an aside does not end it.
    (
        "Warren said he did not support Mr. Trump, the presumed nominee.",
        "he did not support Mr. Trump",
        "Warren",
        Kind.INDIRECT,
    ),
    (
        "He said he and Trump differ on Israel, the Iranian deal and the courts.",
        "he and Trump differ on Israel, the Iranian deal and the courts",
        None,
        Kind.INDIRECT,
    ),
    (
        "She said that Terris, the Post reporter, saw the incident.",
        "that Terris, the Post reporter, saw the incident",
        None,
        Kind.INDIRECT,
    ),
    # Speakers described before the cue: the leftmost name of a comma chain, a name between dashes.
    (
        "Ann Reed, 59, of Dover, Del., who watched the parade, said the event brought back memories.",
        "the event brought back memories",
        "Ann Reed",
        Kind.INDIRECT,
    ),
    (
        "A lawyer for the paper, Dan Ortiz, said no decision had been made.",
        "no decision had been made",
        "Dan Ortiz",
        Kind.INDIRECT,
    ),
    (
        "Kall -- co-editor of a book on the debates -- said the candidate liked announcements.",
        "the candidate liked announcements",
        "Kall",
        Kind.INDIRECT,
    ),
    ("The mayor’s team says she will run again.", "she will run again", None, Kind.INDIRECT),
    (
        "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders has pushed her.",
        "Sanders has pushed her",
        "Claire McCaskill",
        Kind.INDIRECT,
    ),
    # Quantities speak on their own ("Some said", "most said"); "overall" may stand before the cue.
    ("Some said they have cringed at the remarks.", "they have cringed at the remarks", None, Kind.INDIRECT),
    (
        "Eight in 10 Democratic voters overall said they have made up their minds.",
        "they have made up their minds",
        None,
        Kind.INDIRECT,
    ),
    # A phrase after the cue that leads into a clause with its own subject is part of the content.
    (
        "Pence said in politics it takes time to build trust.",
        "in politics it takes time to build trust",
        "Mike Pence",
        Kind.INDIRECT,
    ),
    # Glued abbreviation dots ("R-S.C.") do not end the speaker's description; an aside about the
    # speaker may report ("…, now saying …"); a main-clause cue after a relative clause ends its content.
    (
        "Sen. Lindsey Graham, R-S.C., a presidential candidate, said the plan is failing.",
        "the plan is failing",
        "Lindsey Graham",
        Kind.INDIRECT,
    ),
    (
        "Some senators, such as Bob Corker, R-Tenn., now saying they think it should be changed.",
        "they think it should be changed",
        None,
        Kind.INDIRECT,
    ),
    (
        "Mr. Lee, who estimated that a third of members backed him, said he voted for Obama.",
        "that a third of members backed him",
        None,
        Kind.INDIRECT,
    ),
    (
        "Mr. Lee, who estimated that a third of members backed him, said he voted for Obama.",
        "he voted for Obama",
        None,
        Kind.INDIRECT,
    ),
    # A question put to someone ("Asked whether …", "when asked by a reporter if …") is a statement.
    (
        "Asked if the comments had rattled allies, he said no.",
        "if the comments had rattled allies",
        None,
        Kind.INDIRECT,
    ),
    (
        "Sanders said “Absolutely” when asked by a reporter if that remains his view.",
        "if that remains his view",
        None,
        Kind.INDIRECT,
    ),
    ("Trump asked whether the vote was rigged.", "whether the vote was rigged", "Donald Trump", Kind.INDIRECT),
    ("Asked about his paid speeches, Clinton said nothing.", "his paid speeches", None, Kind.INDIRECT),
    # The person asked is not part of the question.
    ("Matt Lauer asked Clinton about her email scandal.", "her email scandal", "Matt Lauer", Kind.INDIRECT),
    (
        "Hannity asked Trump if he would deport all immigrants.",
        "if he would deport all immigrants",
        "Hannity",
        Kind.INDIRECT,
    ),
    # Initials inside an inverted name; "said of X," before the quotation it introduces.
    (
        "The stations closed in 2005, said Jeffrey N. Trimble, a former official.",
        "The stations closed in 2005",
        "Jeffrey N. Trimble",
        Kind.INDIRECT,
    ),
    ('Burman said of the plan, "It is more tinkering."', '"It is more tinkering."', "Burman", Kind.DIRECT),
    (
        "“It is responsible,” Leonard E. Burman, a professor at Syracuse, said of the plan. “It is sound.”",
        "“It is responsible,” … “It is sound.”",
        "Leonard E. Burman",
        Kind.DIRECT,
    ),
    (
        "Spokeswoman Jessica Ditto said via email that, “Of course he will defend himself” against the attacks.",
        "that, “Of course he will defend himself” against the attacks",
        "Jessica Ditto",
        Kind.MIXED,
    ),
    # A belief verb joined in the content with a preposition after it is not a new report.
    (
        "He said he had watched the museum rise and thought of his father.",
        "he had watched the museum rise and thought of his father",
        None,
        Kind.INDIRECT,
    ),
    # A conjunction and a new speaker with a reporting verb start another report; two joined subjects do not.
    (
        "Republicans said the agency mishandled the inquiry and Democrats accused the GOP of stoking it.",
        "the agency mishandled the inquiry",
        None,
        Kind.INDIRECT,
    ),
    (
        'The chief said the footage was not "definitive evidence," but he said that it supports their account.',
        'the footage was not "definitive evidence,"',
        None,
        Kind.MIXED,
    ),
    (
        'Only 52 percent agreed that she is "healthy enough," while 73 percent said the same of Trump.',
        'that she is "healthy enough,"',
        None,
        Kind.MIXED,
    ),
    (
        "Officials said that Moscow and Kyiv agreed to present their vision.",
        "that Moscow and Kyiv agreed to present their vision",
        None,
        Kind.INDIRECT,
    ),
    # A quotation before the cue is the statement only if it opens the sentence; else it is part of one.
    (
        "In an interview on “Face the Nation,” Ryan said the protests demand “more listening.”",
        "the protests demand “more listening.”",
        "Ryan",
        Kind.MIXED,
    ),
    ("It was “a disaster,” she said.", "It was “a disaster,”", None, Kind.MIXED),
    # A time phrase between the speaker and the cue.
    ("Trump last week said the plan was dead.", "the plan was dead", "Donald Trump", Kind.INDIRECT),
    ("It was Mr. Lee who in 2010 said the goal was to win.", "the goal was to win", None, Kind.INDIRECT),
    # A quotation after a cue clause with a participial aside continues the statement; a question or
    # exclamation that ends its sentence before the cue clause is still its statement.
    (
        "“This is in their heads,” said Caddell, speaking of the health issue. “It is worrying them.”",
        "“This is in their heads,” … “It is worrying them.”",
        "Caddell",
        Kind.DIRECT,
    ),
    (
        "Graham spoke.\n\n“Does anybody know what the platform is?” Graham asked. “Neither do I.”",
        "“Does anybody know what the platform is?” … “Neither do I.”",
        "Graham",
        Kind.DIRECT,
    ),
    ("He left. “We will win.” Smith said the plan was fine.", "the plan was fine", "Smith", Kind.INDIRECT),
    # … and so does one after a relative clause about the speaker, which never takes the quote before it.
    (
        '"Do they read papers?" said Bob Lee, a delegate who has accused rivals of lying. "Are they reading emails?"',
        '"Do they read papers?" … "Are they reading emails?"',
        "Bob Lee",
        Kind.DIRECT,
    ),
    (
        '"He tried to intimidate me," said O\'Donnell, who wrote about the visit in a book. "Thank goodness."',
        '"He tried to intimidate me," … "Thank goodness."',
        "O'Donnell",
        Kind.DIRECT,
    ),
    # An inverted speaker with an "of" phrase.
    ('"It is irresistible," said Mr. Nevins of Showtime.', '"It is irresistible,"', "Nevins", Kind.DIRECT),
    # The same boundaries hold when the comma sits inside a closing quotation mark.
    ('He said the plan was "bold," adding that it would pass.', 'the plan was "bold,"', None, Kind.MIXED),
    # A semicolon starts a new clause.
    ("The mayor said taxes will fall; the council disagreed.", "taxes will fall", None, Kind.INDIRECT),
    # A parenthetical cue with its own adverbial.
    (
        "The plan, the mayor explained at the hearing, was never funded.",
        "The plan … was never funded",
        None,
        Kind.INDIRECT,
    ),
]


@pytest.mark.parametrize(("text", "statement", "speaker", "kind"), FOUND)
def test_found(text: str, statement: str, speaker: str | None, kind: Kind) -> None:
    found = extract(text, "t")
    match = [s for s in found if s.text == statement]
    assert match, [s.text for s in found]
    if speaker is not None:
        assert match[0].speaker == speaker
    assert match[0].kind is kind


def test_split_quote_is_one_statement_with_two_spans() -> None:
    text = "“We hope so,” she said, “and we believe it.” Leavitt left."
    s = only("Caroline Leavitt spoke. " + text)
    assert [p.of("Caroline Leavitt spoke. " + text) for p in s.spans] == ["“We hope so,”", "“and we believe it.”"]
    assert s.speaker == "Caroline Leavitt"


def test_pronoun_resolves_to_the_person_introduced() -> None:
    text = (
        "White House Press Secretary Caroline Leavitt expressed hope that talks resume.\n"
        "“We will let you know,” she added."
    )
    found = extract(text, "t")
    assert [s.speaker for s in found] == ["Caroline Leavitt", "Caroline Leavitt"]
    assert found[1].affiliation == "White House" and found[1].role == "Press Secretary"


def test_unnamed_source_with_outlet_and_inheritance() -> None:
    text = (
        "Talks will resume next week, Turkish presidential administration officials told the Russian "
        "media outlet RIA Novosti.\n"
        "“Our doors are open,” a presidential administration representative stated."
    )
    first, second = extract(text, "t")
    assert first.anonymous and first.speaker == "unnamed official"
    assert first.affiliation == "Turkish presidential administration" and first.outlet == "RIA Novosti"
    assert second.anonymous and second.affiliation == "Turkish presidential administration"
    assert second.outlet == "RIA Novosti"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Lavrov told TASS that the talks would resume.", "TASS"),
        ("Speaking to RIA Novosti, Peskov said the talks would resume.", "RIA Novosti"),
        ("In an interview with CBS, Rubio said the talks would resume.", "CBS"),
        ("Peskov told the Kommersant newspaper that the talks would resume.", "Kommersant"),
        ("Peskov said at a press conference that the talks would resume.", None),
        ("Peskov said on X that the talks would resume.", None),  # a channel, not an outlet
        ("Peskov said the talks would resume, citing TASS.", "TASS"),
        ("Peskov said the talks would resume, as reported by the BBC Russian service.", "BBC"),
        ("“We will go,” Peskov told reporters, according to Interfax.", "Interfax"),
        ("Zelensky told The Washington Post that the talks would resume.", "The Washington Post"),
        ("The talks will resume, TASS reported.", "TASS"),
    ],
)
def test_relay_outlet(text: str, outlet: str | None) -> None:
    """One statement each: the outlet that relays it is not a second speaker."""
    assert only(text).outlet == outlet


@pytest.mark.parametrize(
    ("text", "speaker", "anonymous"),
    [
        ("An economist said the talks stalled.", "unnamed economist", True),
        ("A senior Western diplomat told Reuters the talks stalled.", "unnamed diplomat", True),
        ("The economist Paul Krugman said the talks stalled.", "Paul Krugman", False),
        ("The talks stalled, as Lavrov put it.", "Sergey Lavrov", False),
        ("As Lavrov put it, the talks stalled.", "Sergey Lavrov", False),
    ],
)
def test_who_said_it(text: str, speaker: str, anonymous: bool) -> None:
    found = only(text)
    assert (found.speaker, found.anonymous) == (speaker, anonymous)


def test_title_gives_role_affiliation_and_country() -> None:
    s = only("U.S. Deputy U.N. Representative John Kelley warned Russia of additional sanctions.")
    assert (s.speaker, s.role, s.affiliation, s.country) == (
        "John Kelley",
        "Deputy U.N. Representative",
        "U.S. Mission to the United Nations",
        "United States",
    )


# Quotation marks and cue words that are not statements.
NOT_STATEMENTS = [
    "The talks ended with a prisoner exchange following a “1,000 for 1,000” formula.",  # formula
    "The so-called “peace plan” was published on Monday.",  # scare quotes
    "She starred in “The Crown” and “Succession” last year.",  # titles
    "Russia-Ukraine peace talks expected to resume in Istanbul",  # a headline without a cue
    "The United States will host the summit.",  # "States" is a name, not a verb
    "The report was published in the state newspaper.",  # cue words used as nouns
    "The Russia-Ukraine peace talks in Istanbul represent continued diplomatic efforts.",  # adjective
    "The president spoke in a cottage in his home state, Hawaii.",  # "state" after a noun is a noun
    "The Democratic nominee sits at 85 percent support among black voters.",  # "support" is a noun
    "He entered each debate with a game plan and executed it.",  # "plan" is a noun
    "Battleground state Florida is nearly 3% Polish American.",  # "state" is a noun
    "The attacks on the capital killed dozens.",  # so is "attacks"
    "Readers left comments on the website.",  # and "comments"
    "Would you vote for a man who said and did the same things?",  # a cue coordinated with another verb
    "Editor's note: This story has been updated with new figures.",  # a colon label, not a speaker
    "The previous round of talks took place on May 16 and concluded with agreements on prisoner exchange.",
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_not_statements(text: str) -> None:
    assert extract(text, "t") == []


def test_offsets_index_the_original_text() -> None:
    text = "Intro.\r\n\r\n  “Tabs\tand  spaces,”  said   Lavrov.\n"
    for s in extract(text, "t"):
        assert all(span.of(text) in s.text for span in s.spans)
        assert s.speaker_span.of(text) == "Lavrov"


# Who, in what capacity, through which outlet: (text, speaker, role, affiliation, anonymous, outlet)
ATTRIBUTES = [
    (
        "Kremlin spokesman Dmitry Peskov told reporters on Tuesday that Moscow had no proposals.",
        "Dmitry Peskov",
        "Spokesman",
        "Kremlin",
        False,
        None,
    ),
    (
        "According to a source in the Ukrainian delegation, the talks could resume next week.",
        "unnamed source",
        None,
        "Ukrainian delegation",
        True,
        None,
    ),
    (
        "A senior U.S. State Department official, speaking to CNN, said Washington supported the process.",
        "unnamed official",
        None,
        "U.S. State Department",
        True,
        "CNN",
    ),
    (
        "Chinese Foreign Ministry spokeswoman Mao Ning urged all parties to exercise restraint.",
        "Mao Ning",
        "Foreign Ministry Spokeswoman",
        "Chinese Foreign Ministry",
        False,
        None,
    ),
    (
        "EU foreign policy chief Kaja Kallas, in an interview with Politico, called the proposal a trap.",
        "Kaja Kallas",
        "Foreign Policy Chief",
        "European Union",
        False,
        "Politico",
    ),
    # A portfolio before the title is part of the role, never of the name (data/portfolios.txt).
    ("Economy Minister Anna Berg said growth would slow.", "Anna Berg", "Economy Minister", None, False, None),
    (
        "Ukrainian Energy Minister Anna Berg said the grid held.",
        "Anna Berg",
        "Energy Minister",
        "Ukrainian government",
        False,
        None,
    ),
    (
        "Homeland Security Secretary Kim Lane told Reuters the border was closed.",
        "Kim Lane",
        "Homeland Security Secretary",
        None,
        False,
        "Reuters",
    ),
    ("Deputy Prime Minister Ola Dahl said no deal was near.", "Ola Dahl", "Deputy Prime Minister", None, False, None),
    # Other capitalized words are not a portfolio; a title that ends a name is a surname.
    ("A Trump adviser said the deal was near.", "unnamed adviser", "Adviser", "Trump", True, None),
    ("Senator Angus King said no deal was near.", "Angus King", "Senator", "U.S. Senate", False, None),
    ("Martin Luther King said he had a dream.", "Martin Luther King", None, None, False, None),
]


@pytest.mark.parametrize(("text", "speaker", "role", "affiliation", "anonymous", "outlet"), ATTRIBUTES)
def test_attributes(text: str, speaker: str, role: str | None, affiliation: str, anonymous: bool, outlet: str | None):
    s = only(text)
    assert (s.speaker, s.role, s.affiliation, s.anonymous, s.outlet) == (speaker, role, affiliation, anonymous, outlet)


def test_a_surname_after_a_portfolio_title_resolves_to_the_name_without_it() -> None:
    found = extract("Economy Minister Anna Berg said growth would slow. Berg added that exports fell.", "a")
    assert [s.speaker for s in found] == ["Anna Berg", "Anna Berg"]


def test_outlet_relaying_a_quoted_statement_is_not_a_second_speaker() -> None:
    s = only('The Kremlin dismissed the report as "fake news," TASS reported.')
    assert (s.speaker, s.outlet) == ("Kremlin", "TASS")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("state,yes,,,,state|stately", r"noun_forms \['stately'\] are not forms of 'state'"),
        ("state,maybe,,,,", "speech must be yes, no or empty"),
    ],
)
def test_bad_cue_row_is_named(tmp_path: Path, row: str, message: str) -> None:
    shutil.copytree(lexicons.DEFAULT_DATA_DIR, tmp_path, dirs_exist_ok=True)
    cues = tmp_path / "reporting_cues.csv"
    text = cues.read_text(encoding="utf-8")
    assert "\nstate,yes,,,,state|states\n" in text
    cues.write_text(text.replace("\nstate,yes,,,,state|states\n", f"\n{row}\n"), encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        lexicons.load(tmp_path)
