"""General news of the sections the earlier invented batches covered least (issue 12): sports after the game, an
arts review, quarterly earnings with analysts' notes, a court's ruling, an ice storm, a tribute, an opinion column
with letters, a health study and a council budget. Written and annotated before the engine was changed for them,
the way a reader following the Gender Gap Tracker's conventions would: speech statements with a cue or "according
to", bodies included; no headlines, decks, bylines, captions, READ MORE lines, score lines, a columnist's or a
critic's own voice or letters to the editor. Then the general constructions their misses showed, each with invented
cases and negatives. Invented text throughout."""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution import extract
from conftest import ANY_SPEAKER as ANY
from conftest import (
    article_rows,
    check_found_once,
    check_mention,
    check_nothing_else,
    only_statement,
    speech_acts_of,
    strict_xfail,
)

ARTICLES = Path(__file__).parent / "news_s10"
# article → (fragment of each statement, speaker's full name, the mention the cue's subject is written with)
S10: dict[str, list[tuple[str, object, str]]] = {
    "hockey": [
        ("I saw the lane and just put it on net", "Elias Nordqvist", "Nordqvist"),
        ("her team showed patience", "Renée Castonguay", "Renée Castonguay"),
        ("We didn't panic", "Renée Castonguay", "Castonguay"),
        ("kept the team in the game", "Renée Castonguay", "She"),
        ("That's a penalty every night", "Yannick Morel", "Morel"),
        ("his team would review the video", "Yannick Morel", "Morel"),
        ("That's my job", "Mathis Tremblay", "he"),
        ("women's team will play", "Lia Moss", "Lia Moss"),
    ],
    "gallery": [
        ("I wanted to paint what it feels like", "Joanna Hartley", "Hartley"),
        ("she worked mostly at dawn", "Joanna Hartley", "She"),
        ("If a painting doesn't surprise me", "Joanna Hartley", "She"),  # no cue: the last speaker's mention
        ("the gallery had been trying", "Adebayo Okafor", "Adebayo Okafor"),
        ("Joanna is one of the most important", "Adebayo Okafor", "Okafor"),
    ],
    "earnings": [
        ("its third-quarter profit fell 18 per cent", "Maple Harbour Foods Inc.", "Maple Harbour Foods Inc."),
        ("it earned $212 million", "Maple Harbour Foods Inc.", "grocer"),
        ("stretching every dollar", "Priya Venkataraman", "Priya Venkataraman"),
        ("Customers are still coming through", "Priya Venkataraman", "Venkataraman"),
        ("the company expects costs to ease", "Priya Venkataraman", "She"),
        ("The results fell short", "LSEG Data & Analytics", "LSEG Data & Analytics"),
        ("noisier than it should have been", "Jordan Whitlaw", "Jordan Whitlaw"),
        ("competition from discount chains", "Chantal Robitaille", "Chantal Robitaille"),
        ("it would open 12 discount stores", "Maple Harbour Foods Inc.", "The company"),
        ("Slurpee sales at convenience stores rose", "7-Eleven", "7-Eleven"),
        ("its coffee sales were flat", "Circle K", "Circle K"),
        ("Demand for industrial adhesives", "3M", "3M"),
    ],
    "court": [
        ("would not reflect the seriousness", "Hélène Marchildon", "Hélène Marchildon"),
        ("The money was meant for children", "Hélène Marchildon", "the judge"),
        ("the fraud went on for four years", "Ravi Dhaliwal", "He"),
        ("her client had no criminal record", "Colette Brandon", "Colette Brandon"),
        ("She is deeply ashamed", "Colette Brandon", "Brandon"),
        ("general deterrence had to come first", "Hélène Marchildon", "Marchildon"),
        ("her client was considering an appeal", "Colette Brandon", "Brandon"),
        ("the department has since added audits", ANY, "A spokesperson"),
    ],
    "storm": [
        ("crews were working around the clock", "Hydro Ottawa", "Hydro Ottawa"),
        ("some customers may not have power restored", "Hydro Ottawa", "Hydro Ottawa"),
        ("This is the most significant ice damage", "Kirsten Falk", "Kirsten Falk"),
        ("another five to ten millimetres", "Environment Canada", "Environment Canada"),
        ("the cold air trapped near the ground", "Anil Chaudhry", "Anil Chaudhry"),
        ("The rain is falling through", "Anil Chaudhry", "he"),
        ("her family had been without heat", "Brenda Osei", "Brenda Osei"),
        ("We have a wood stove", "Brenda Osei", "Osei"),
        ("several roads remain closed", ANY, "Ottawa police"),
        ("Dozens of trees came down", ANY, "12 of the 15 rangers"),
    ],
    "tribute": [
        ("he died peacefully Sunday", "Mairi MacIsaac-Boyd", "Mairi MacIsaac-Boyd"),
        ("He played for us on Saturday night", "Mairi MacIsaac-Boyd", "she"),
        ("He never charged a child", "Colin Rankin-Doucet", "Rankin-Doucet"),
        ("carried the music of Cape Breton", "Tim Halloran", "Tim Halloran"),
        ("it would hold a tribute concert", "Celtic Music Interpretive Centre", "Celtic Music Interpretive Centre"),
    ],
    "column": [
        ("the money will pay for snow clearing", "Derek Aldous", "Derek Aldous"),
        ("Parking has been underpriced", "Derek Aldous", "Aldous"),
        ("her staff already spend an hour's wage", "Tess Mbeki", "Tess Mbeki"),
        ("They're not going to take a bus", "Tess Mbeki", "she"),
        ("only 14 per cent of downtown spaces", ANY, "The city"),
    ],
    "study": [
        ("nearly twice as likely to report symptoms", "University of Calgary", "University of Calgary"),
        ("What surprised us", "Farah Qureshi", "Farah Qureshi"),
        ("screen use after 10 p.m.", ANY, "The study"),
        ("schools could help by starting classes later", "Farah Qureshi", "Qureshi"),
        ("Phones out of the bedroom", "Farah Qureshi", "she"),
        ("the findings matched what he sees", "Martin Ouellet", "Martin Ouellet"),
        ("the study relied on students' own reports", "Martin Ouellet", "He"),
        ("a growing mental health crisis", "Karl Brandt", "Karl Brandt"),
    ],
    "council": [
        ("The increase will add about $138", ANY, "city administration"),
        ("council had cut $11 million", "Colleen Fairweather", "Colleen Fairweather"),
        ("Nobody on this council wanted to be here", "Colleen Fairweather", "Fairweather"),
        ("Our reserves are already at their floor", "Nadia Pryor", "The treasurer"),
        ("she supports the new water plant but wants council to find savings", "Lisa Kwan", "Lisa Kwan"),
        ("I told residents I would not support", "Lisa Kwan", "Kwan"),
        ("the increase would push them out", ANY, "Some residents"),
        ("her taxes had risen $600", "Doris Lapointe", "Doris Lapointe"),
        ("it would cut Sunday hours", "Regina Public Library", "Regina Public Library"),
        ("the cut saves $400,000", "Greg Thibodeau", "Greg Thibodeau"),
        ("would pay for 12 new officers", "Anita Reimer", "Anita Reimer"),
        ("$2 million for snow clearing", ANY, "the city's finance director"),
    ],
}
# A second batch in web shapes (a CBC byline and caption, a wire story's closing lines, a Q&A, a council story),
# written after the first batch's fixes and measured before any fix of its own (see the commit).
ARTICLES_B = Path(__file__).parent / "news_s10b"
S10B: dict[str, list[tuple[str, object, str]]] = {
    "recall": [
        ("at least 40 dogs in Manitoba and Saskatchewan", ANY, "CFIA"),
        ("Pet owners should stop feeding", ANY, "the agency"),
        ("no human illnesses have been reported", ANY, "The agency"),
        ("it had stopped production at its plant", "Prairie Paws Pet Foods", "company"),
        ("We are heartbroken", "Raymond Fehr", "Raymond Fehr"),
        ("she has treated six dogs", "Ines Cardoso", "Ines Cardoso"),
        ("Most of them bounced back", "Ines Cardoso", "Cardoso"),
        ("his two-year-old Labrador spent a night", "Joel Arseneault", "Joel Arseneault"),
        ("It cost me $1,400", "Joel Arseneault", "he"),
    ],
    "trade": [
        ("Canada Soccer has hired Dutch coach", "Canada Soccer", "federation"),
        ("She is a proven winner", "Daniel Okoro", "Daniel Okoro"),
        ("she had watched Canada for years", "Marieke van Dijk", "Van Dijk"),
        ("There is so much talent here", "Marieke van Dijk", "she"),
        ("she would not dwell on it", "Marieke van Dijk", "van Dijk"),
        ("We met her last month", "Jessie Fleming", "Fleming"),
    ],
    "interview": [
        ("the book started as a binder", "Devin Marsh", "Devin Marsh"),
        ("Aoife kept writing things down", "Devin Marsh", "Marsh"),
    ],
    "bylaw": [
        ("idling cars near schools were a safety", "Hilary Brandt", "Hilary Brandt"),
        ("Kids are walking through exhaust", "Hilary Brandt", "Brandt"),
        ("the ban would hurt businesses", "Troy Kuznetsov", "Troy Kuznetsov"),
        ("This is a solution in search", "Troy Kuznetsov", "Kuznetsov"),
        ("it was disappointed by the decision", "Saskatoon Chamber of Commerce", "Saskatoon Chamber of Commerce"),
        ("members had not been properly consulted", "Anika Bhatt", "Anika Bhatt"),
        ("the bylaw does not affect existing", "Cynthia Block", "Cynthia Block"),
        ("If you have a drive-thru today", "Cynthia Block", "she"),
        ("idling near schools had increased", ANY, "A city report"),
        ("Parents at one east-side school had pushed", "Colleen Ramsay", "Colleen Ramsay"),
    ],
}
# Borderline: a reader may or may not annotate these; found or not, they count neither way.
OPTIONAL: dict[str, list[str]] = {
    "recall": ["We will find out what went wrong", "call their vet"],
    "trade": ["We will not sit back", "the team's poor showing", "welcomed the hire"],
    "interview": ["It's cheap", "Eat it fresh"],
    "hockey": ["tickets would go on sale"],
    "earnings": ["Analysts had expected"],
    "court": ["a sentence of three years", "Dyck's remorse"],
    "storm": ["check on elderly neighbours", "avoid non-essential travel"],
    "tribute": ["a teacher first", "donations be made"],
    "study": ["eight to 10 hours of sleep"],
    "council": ["could cover part of the increase"],
}
# Known misses, kept failing until fixed.
MISSED: dict[tuple[str, str], str] = {
    ("earnings", "it earned $212 million"): "'The Mississauga, Ont.-based grocer': the mention stops at the "
    "hyphen after 'Ont.', and the place before the comma is lost",
    ("trade", "Canada Soccer has hired Dutch coach"): "'the federation' is not 'Canada Soccer', a body's name with no "
    "body noun in it",
}
EXTRA: dict[str, str] = {}  # articles where a speech act no reader would annotate is still found
WRONG_MENTION: dict[tuple[str, str], str] = {}  # known wrong mentions, kept failing until fixed


ALL = S10 | S10B


def _speech_acts(article: str):
    return speech_acts_of((ARTICLES if article in S10 else ARTICLES_B) / f"{article}.txt")


STATEMENTS = article_rows(ALL, 1, MISSED)


@pytest.mark.parametrize(("article", "fragment", "speaker"), STATEMENTS)
def test_s10_article_statement(article: str, fragment: str, speaker: object) -> None:
    check_found_once(_speech_acts(article)[1], fragment, speaker)


MENTIONS = article_rows(ALL, 2, WRONG_MENTION, skip=MISSED)


@pytest.mark.parametrize(("article", "fragment", "mention"), MENTIONS)
def test_s10_article_mention(article: str, fragment: str, mention: str) -> None:
    """The output mention is the one the cue's subject is written with."""
    check_mention(*_speech_acts(article), fragment, mention)


@pytest.mark.parametrize("article", [pytest.param(a, marks=strict_xfail(EXTRA, a)) for a in ALL])
def test_s10_article_has_no_other_speech_act(article: str) -> None:
    """Headlines, decks, bylines, captions, READ MORE lines, a column's or a review's own voice and letters to the
    editor are no one's statements."""
    check_nothing_else(_speech_acts(article)[1], [f for f, _, _ in ALL[article]] + OPTIONAL.get(article, []))


# -- names that open with a number or hold "&", inverted or after "according to" -----------------------------------
NAMES = [
    # (case, text, fragment, speaker)
    ("number-hyphen", "Slurpee sales rose, according to 7-Eleven.", "Slurpee", "7-Eleven"),
    ("number-letter-end", "Demand for adhesives has cooled, says 3M.", "adhesives", "3M"),
    ("ampersand-right", "The results fell short, according to LSEG Data & Analytics.", "results",
     "LSEG Data & Analytics"),
    ("ampersand-left", "Procter & Gamble said sales rose.", "sales", "Procter & Gamble"),
    ("count-of-group", "Dozens of trees came down, say 12 of the 15 rangers on duty.", "trees", "12 of the 15 rangers"),
    ("count-of-named", "The vote was fair, said 40 of the observers.", "vote", "40 of the observers"),
    # negatives: an initial's dot, a number before a name of its own
    ("initial", "Demand has cooled, said Ann E. Lee.", "Demand", "Ann E. Lee"),
    ("digits-and-name", "The plan is sound, says 3M Canada.", "plan", "3M Canada"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_names_with_numbers_and_ampersands(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


def test_a_phone_number_after_an_imperative_still_says_nothing() -> None:
    assert extract("If you need help, call 988.", "t") == []


# -- "NAME, its TITLE,": the body the sentence or the one before is about -------------------------------------------
ITS_APPOSITIVE = [
    ("subject", "The Saskatoon Food Bank said demand was up. Greg Thibodeau, its president, said shelves were empty.",
     "shelves", "Saskatoon Food Bank"),
    ("inverted", "The Saskatoon Food Bank said demand was up. “Shelves are empty,” said Greg Thibodeau, its "
     "president.", "Shelves", "Saskatoon Food Bank"),
    ("lowercase-body", "The union met on Monday. Ann Lee, its president, said talks would resume.", "talks", "union"),
    # negatives: no body before; a possessive of a person
    ("no-body", "Prices rose. Greg Thibodeau, its president, said shelves were empty.", "shelves", None),
    ("his-adviser", "Ann Lee won. Greg Thibodeau, his adviser, said shelves were empty.", "shelves", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "affiliation"), [c[1:] for c in ITS_APPOSITIVE],
                         ids=[c[0] for c in ITS_APPOSITIVE])  # fmt: skip
def test_its_title_in_apposition_speaks_for_the_body(text: str, fragment: str, affiliation: str | None) -> None:
    assert only_statement(text, fragment).affiliation == affiliation


# -- what reports nothing: a passive accusation, "All told", a reference, a letter's "Re:" line ----------------------
NOTHING = [
    ("accused-of-relative", "The coach, accused of bullying players, resigned."),
    ("was-accused-of", "He has been accused of lying to the committee."),
    ("charged-with", "The woman, charged with theft, was released."),
    ("all-told", "All told, 40 homes were damaged."),
    ("letter-re", "Re: Council's parking plan (Column, Jan. 22)"),
]  # fmt: skip


@pytest.mark.parametrize("text", [c[1] for c in NOTHING], ids=[c[0] for c in NOTHING])
def test_no_speech_act(text: str) -> None:
    assert [s.text for s in extract(text, "t") if s.speech] == []


SUBJECTS = [
    # (case, text, fragment, cue): the accused speak through the verb after the modifier
    ("accused-told", "A man accused of fraud told the court he was innocent.", "innocent", "told"),
    ("charged-said", "A woman charged with theft said she was sorry.", "sorry", "said"),
    # negatives: an active accusation and "charged that" report
    ("accused-active", "The union accused the city of lying.", "city", "accused"),
    ("charged-that", "The mayor charged that the plan was a sham.", "sham", "charged"),
    ("all-told-reporters", "Ann Lee told reporters the plan was fine.", "plan", "told"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "cue"), [c[1:] for c in SUBJECTS], ids=[c[0] for c in SUBJECTS])
def test_the_verb_after_a_passive_modifier_reports(text: str, fragment: str, cue: str) -> None:
    assert only_statement(text, fragment).cue == cue


SPEECH = [
    # (case, text, fragment, speech): talking about, discussing, referring to a thing is no speech act
    ("referring-to", "Morel was angry, referring to a hook on his captain.", "hook", False),
    ("discussed", "The council discussed the budget for three hours.", "budget", False),
    ("talked-about", "The mayor talked about the new arena.", "arena", False),
    # negatives: speaking of it, warning of it
    ("spoke-of", "The mayor spoke of a difficult year.", "difficult", True),
    ("warned-of", "Karl Brandt warned of a long recession.", "recession", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speech"), [c[1:] for c in SPEECH], ids=[c[0] for c in SPEECH])
def test_talk_about_a_thing_is_no_speech_act(text: str, fragment: str, speech: bool) -> None:
    assert only_statement(text, fragment).speech is speech


# -- where a statement ends ----------------------------------------------------------------------------------------
BOUNDS = [
    # (case, text, the statements' texts)
    ("present-wish-in-past-report", "Lisa Kwan said she supports the plant but wants savings first.",
     ["she supports the plant but wants savings first"]),
    ("present-belief-in-past-report", "Ann Lee said the plan works and hopes council agrees.",
     ["the plan works and hopes council agrees"]),
    ("according-to-and-clause", "Sales rose, according to Loblaw, and the rival Circle K said its sales were flat.",
     ["Sales rose", "its sales were flat"]),
    # negatives: a second past verb is the speaker's, "according to X," inside the sentence goes on
    ("past-second-report", "Ann Lee said the plan works and warned that costs would rise.",
     ["the plan works", "that costs would rise"]),
    ("according-to-inside", "Fundraising, according to Ann Lee, is up.", ["Fundraising … is up"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in BOUNDS], ids=[c[0] for c in BOUNDS])
def test_where_a_statement_ends(text: str, statements: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == statements


# -- who speaks: a colon after a stance verb or a short sentence, "the judge", "the company" ------------------------
SPEAKERS = [
    # (case, text, fragment, speaker)
    ("disagreed-colon", "Omar Haidari said the plan was fine. City treasurer Nadia Pryor was there.\n\nThe treasurer "
     "disagreed: “We cannot afford it.”", "afford", "Nadia Pryor"),
    ("objected-colon", "Omar Haidari said the plan was fine. Nadia Pryor objected: “We cannot afford it.”", "afford",
     "Nadia Pryor"),
    ("countered-that", "Omar Haidari said the plan was fine. Nadia Pryor countered that it was not.", "not",
     "Nadia Pryor"),
    ("subject-before-colon", "Omar Haidari said the plan was fine.\n\nAnn Lee shrugged: “It is my job to stop it.”",
     "my job", "Ann Lee"),
    ("title-name-before-colon", "Ann Lee said the plan was fine.\n\nClub president Uwe Sandner posted on Facebook: "
     "“Nobody sells our best player now.”", "Nobody", "Uwe Sandner"),
    ("the-judge-justice", "Justice Ann Holt said the sentence was fit. Lawyer Tom Fehr said it was harsh.\n\n“It "
     "stands,” the judge said.", "stands", "Ann Holt"),
    ("the-company", "Northfield Energy Inc. reported a loss.\n\nThe company said prices were low.", "prices",
     "Northfield Energy Inc."),
    ("the-based-company", "Northfield Energy Inc. reported a loss.\n\nThe Calgary-based company said prices were "
     "low.", "prices", "Northfield Energy Inc."),
    ("company-suffix-kept", "Northfield Energy Inc. said prices were low.", "prices", "Northfield Energy Inc."),
    # negatives: no subject before the colon, a thing as its subject, an unnamed judge, another company, a kind of
    # group, a person's suffix
    ("it-before-colon", "Omar Haidari said the plan was fine.\n\nIt was simple: “We will be back next year.”",
     "back", "Omar Haidari"),
    ("thing-before-colon", "Omar Haidari said the plan was fine.\n\nThe message from Ann Lee was simple: “We will be "
     "back next year.”", "back", "Omar Haidari"),
    ("unnamed-judge", "Lawyer Tom Fehr said it was harsh.\n\n“It stands,” the judge said.", "stands", "judge"),
    ("rival-company", "Northfield Energy Inc. reported a loss.\n\nThe rival company said prices were low.", "prices",
     "rival company"),
    ("terrorist-group", "SITE Intelligence Group tracks the posts.\n\nThe terrorist group said it was behind it.",
     "behind", "terrorist group"),
    ("person-suffix", "Joseph R. Biden Jr. said it was fine.", "fine", "Joseph R. Biden"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_who_speaks(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


PARTICIPLES = [
    # (case, text, the statements' texts): a cue with no words of its own reports what its participle says
    ("said-adding", "Lia Moss said, adding that the team would return next year.",
     ["that the team would return next year"]),
    ("said-day-adding", "Lia Moss said Tuesday, adding that the team would return next year.",
     ["that the team would return next year"]),
    ("telling-addressee", "Patti Davis lashed out, telling reporters that words have power.",
     ["that words have power"]),
    # negatives: content before the cue keeps the participle's report apart; a source cited is no content
    ("content-then-adding", "That is what the team needs, Lia Moss said, adding that it would return.",
     ["That is what the team needs", "that it would return"]),
    ("citing", "Handelsblatt reported, citing people close to the board, that the bank studied a deal.",
     ["that the bank studied a deal"]),
    ("adding-after-that", "Ann Lee added that praising the plan was wrong.", ["that praising the plan was wrong"]),
    # a prepositional phrase opening the sentence is no content
    ("opening-phrase", "In the book, Atwood writes about her childhood.", []),
    ("after-the-game", "After the game, Nordqvist said.", []),
    ("fronted-clause", "Without help, we will close, she said.", ["Without help, we will close"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in PARTICIPLES], ids=[c[0] for c in PARTICIPLES])
def test_what_a_bare_cue_reports(text: str, statements: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == statements


NEGATED = [
    ("did-not-say", "He did not say how much the project would cost.", False),
    ("didnt-say", "The minister didn't say when a vote would be held.", False),
    ("would-not-confirm", "Police would not confirm the name of the victim.", False),
    # negatives: a negation inside the content, a cue that is not negated
    ("not-in-content", "She said it was not fine.", True),
    ("said-never", "Ann Lee said the city never paid.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speech"), [c[1:] for c in NEGATED], ids=[c[0] for c in NEGATED])
def test_a_negated_cue_is_no_speech_act(text: str, speech: bool) -> None:
    assert [s.speech for s in extract(text, "t")] == [speech]


GROUP_SPEAKERS = [
    # (case, text, speaker): nouns for people and bodies that general news gives as speakers
    ("the-family", "In a statement, the family said she was loved.", "family"),
    ("her-family", "Her family said she was loved.", "family"),
    ("family-of-name", "The family of Ann Lee said in a statement that she was loved.", "family of Ann Lee"),
    ("the-corporation", "The corporation says the ferry will sail.", "corporation"),
    ("the-association", "The association said fees would rise.", "association"),
    ("the-principal", "The principal said classes would resume Monday.", "principal"),
    ("the-crew", "The crew said the fire was out.", "crew"),
    # negatives: a person of a body, an adverb in "-ly" before the verb, a surname that is a word
    ("name-of-body", "Kevin Doyle of the Halden Police Service said the road was icy.", "Kevin Doyle"),
    ("adverb-ly", "Ann Lee clearly said it was fine.", "Ann Lee"),
    ("surname-band", "Doug Band wrote the memo. Band said the meeting mattered.", "Doug Band"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in GROUP_SPEAKERS], ids=[c[0] for c in GROUP_SPEAKERS])
def test_nouns_for_speakers_of_general_news(text: str, speaker: str) -> None:
    assert extract(text, "t")[-1].speaker == speaker


CAPTIONS = [
    # (case, caption paragraph after a story's sentence, statements found in it)
    ("name-slash-outlet", "Mayor Ann Lee says the plan is fine. (Ben Nelms/CBC)", 0),
    ("body-says", "Hydro Ottawa says crews are working around the clock. (Giacomo Panico/CBC)", 0),
    ("submitted-by", "Police say the crash happened just after 2 a.m. (Submitted by Ottawa Police Service)", 0),
    ("agency-capitals", "Ann Lee says she will not run again. (Jeff McIntosh/THE CANADIAN PRESS)", 0),
    ("social-credit", "Ann Lee says she will not run again. (Twitter/@annlee)", 0),
    # negatives: a wire's credit after the story's words, an aside in parentheses
    ("wire-credit", "Ann Lee says she will not run again. (AFP)", 1),
    ("aside", "Ann Lee says she will not run again (she has served two terms).", 1),
]  # fmt: skip


@pytest.mark.parametrize(("caption", "found"), [c[1:] for c in CAPTIONS], ids=[c[0] for c in CAPTIONS])
def test_a_photo_caption_says_nothing(caption: str, found: int) -> None:
    statements = extract("Omar Haidari said the plan was sound.\n\n" + caption, "t")
    assert len(statements) == 1 + found


OBJECTS = [
    # (case, text, speech): a reaction to a thing or an act named by a noun phrase is no speech act
    ("welcomed", "The mayor welcomed the decision.", False),
    ("announced-fund", "The province announced a $5-million fund for rural clinics.", False),
    ("announced-signing", "The Senators announced the signing of forward Jake Lind.", False),
    ("promised-hospital", "The premier promised a new hospital for Surrey.", False),
    ("proposed-tax", "The councillor proposed a new tax on vacant homes.", False),
    # negatives: a clause, an infinitive, a quotation, a pronoun standing for a claim
    ("announced-that", "The minister announced that the plant would close.", True),
    ("announced-clause", "Ottawa announced Tuesday it will spend $2 billion on housing.", True),
    ("promised-to", "The premier promised to build a hospital.", True),
    ("praised-quote", "The coach praised the “gritty” win.", True),
    ("thanked-for", "The mayor thanked volunteers for their work.", True),  # praise and blame say something of it
    ("denied-it", "The premier denied it.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speech"), [c[1:] for c in OBJECTS], ids=[c[0] for c in OBJECTS])
def test_a_reaction_to_a_thing_is_no_speech_act(text: str, speech: bool) -> None:
    assert [s.speech for s in extract(text, "t")] == [speech]


SECOND_BATCH = [
    # (case, text, fragment, speaker): what the second batch's misses showed
    ("at-least-number", "The CFIA said in a notice posted Wednesday that at least 40 dogs had become sick.", "40 dogs",
     "Canadian Food Inspection Agency"),
    ("up-to-number", "Police said up to 12 cars were damaged.", "12 cars", "Police"),
    ("the-federation", "Hiring is up, the federation announced.", "Hiring", "federation"),
    ("body-not-over-line", "Tamara Lindqvist · CBC News · Posted: Sep 18, 2026 6:00 AM ET\n\nPrairie Paws Pet Foods is "
     "recalling dog food.\n\nThe Brandon-based company said it had stopped production.", "stopped",
     "Prairie Paws Pet Foods"),
    ("particle-surname-opening", "Marieke van Dijk won three titles.\n\nVan Dijk said she had watched Canada.",
     "watched", "Marieke van Dijk"),
    ("particle-surname-inside", "Marieke van Dijk won three titles.\n\nAsked about it, van Dijk said she would not "
     "dwell on it.", "dwell", "Marieke van Dijk"),
    ("chamber-of-commerce", "The Saskatoon Chamber of Commerce said it was disappointed.", "disappointed",
     "Saskatoon Chamber of Commerce"),
    ("according-to-role-name", "Parents had pushed for it, according to the board chair, Colleen Ramsay.", "Parents",
     "Colleen Ramsay"),
    ("report-found", "A city report found idling near schools had increased.", "idling", "unnamed report"),
    # negatives: a place after "at", a two-word name opening with a particle's letters, a poll's finding
    ("said-at-place", "Ann Lee said at the meeting that the plan was fine.", "plan", "Ann Lee"),
    ("al-gore", "Al Gore spoke.\n\nGore said it was premature.", "premature", "Al Gore"),
    ("according-to-role-who", "Parents had pushed for it, according to the board chair, who spoke Tuesday.",
     "Parents", "board chair"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in SECOND_BATCH],
                         ids=[c[0] for c in SECOND_BATCH])  # fmt: skip
def test_second_batch_constructions(text: str, fragment: str, speaker: str) -> None:
    (s,) = [s for s in extract(text, "t") if fragment in s.text and s.speech]
    assert s.speaker == speaker


QUESTIONS_AND_FINDINGS = [
    # (case, text, speech acts found)
    ("you-question", "What do you say to people who find it too fishy?", []),
    ("you-think-question", "Do you think the plan will work?", []),
    ("study-found", "The study found that screen use was the strongest predictor.",
     ["that screen use was the strongest predictor"]),
    # negatives: "you" in a statement, a poll's figures, a negated finding
    ("you-statement", "You said the plan would work.", ["the plan would work"]),
    ("poll-found", "The poll found 62 per cent support the plan.", []),
    ("poll-aside-found", "The poll, released Thursday, found that most voters were undecided.", []),
    ("report-did-not-find", "The report did not find that the mayor lied.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in QUESTIONS_AND_FINDINGS],
                         ids=[c[0] for c in QUESTIONS_AND_FINDINGS])  # fmt: skip
def test_questions_to_you_and_what_reports_find(text: str, statements: list[str]) -> None:
    assert [s.text for s in extract(text, "t") if s.speech] == statements


COURTS_AND_ASIDES = [
    # (case, text, speakers of the speech acts found)
    ("bc-supreme-court", "The search was legal, a B.C. Supreme Court judge ruled.", ["unnamed judge"]),
    ("ns-has-ruled", "The search was legal, a N.S. Supreme Court judge has ruled.", ["unnamed judge"]),
    ("question-aside-no-answer", "Tremblay, asked about his saves, shrugged.", []),
    ("when-asked-aside", "Tremblay, when asked about his saves, laughed.", []),
    # negatives: a dateline's province, an answer after the aside, an active "asked" with its object, an opening
    # question put to the speaker (PolNeAR's convention)
    ("dateline-province", "KELOWNA, B.C. — Police said the search was legal.", ["Police"]),
    ("aside-then-said", "Tremblay, asked about his saves, said it was his job.", [None, "Tremblay"]),
    ("asked-the-crowd", "Smith, delivering the speech, asked the crowd “Why vote for her?”", ["Smith"]),
    ("opening-asked", "Asked whether he would run, Smith said he had not decided.", [None, "Smith"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speakers"), [c[1:] for c in COURTS_AND_ASIDES],
                         ids=[c[0] for c in COURTS_AND_ASIDES])  # fmt: skip
def test_province_abbreviations_and_question_asides(text: str, speakers: list[str | None]) -> None:
    assert [s.speaker for s in extract(text, "t") if s.speech] == speakers


AUTHORITIES_AND_ADDRESSEES = [
    # (case, text, fragment, speaker)
    ("health-authority", "The health authority said they were sick.", "sick", "health authority"),
    ("warning-people-who", "The health authority is warning people who passed through the airport last week that "
     "they may have been exposed.", "exposed", "health authority"),
    ("told-people-who", "She told the people who live there that the road would close.", "road", None),
    ("report-aside-found", "The report, released Thursday, found that the average rent rose.", "rent", "report"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in AUTHORITIES_AND_ADDRESSEES],
                         ids=[c[0] for c in AUTHORITIES_AND_ADDRESSEES])  # fmt: skip
def test_authorities_addressees_and_findings(text: str, fragment: str, speaker: str | None) -> None:
    (s,) = [s for s in extract(text, "t") if fragment in s.text and s.speech]
    assert s.speaker == speaker


def test_an_addressee_relative_clause_is_no_content() -> None:
    assert [s.text for s in extract("She told the people who live there that the road would close.", "t")] == [
        "that the road would close"
    ]
