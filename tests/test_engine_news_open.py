"""General news outside diplomacy and US politics (issue 12, items 4 and 5): local government, courts and police,
sports, business, health, weather, arts, obituaries and lifestyle copy. Titles of that news, members of bodies
named in lower case, an organisation's press service, the subject a pronoun refers to, and page furniture that is
no one's statement. Invented sentences, negatives included."""

from __future__ import annotations

import pytest

from attribution import extract


def _statement(text: str, fragment: str):
    found = [s for s in extract(text, "t") if fragment in s.text]
    assert len(found) == 1, [(s.text, s.speaker) for s in extract(text, "t")]
    return found[0]


# (case, text, fragment of the statement, speaker, affiliation or ... for "not checked")
SPEAKERS = [
    # -- titles of general news: the title is no part of the name ------------------------------------------------
    ("premier", "Premier Dana Whitlock said the province would open warming centres.", "warming", "Dana Whitlock",
     ...),
    ("reeve", "Reeve Ada Kowalczyk said the township was ready.", "township", "Ada Kowalczyk", ...),
    ("sports-noun-opening", "Goaltender Mikko Aalto said the team had to be better.", "better", "Mikko Aalto", ...),
    ("crown-prosecutor", "Crown prosecutor Allison Park told the court the victim was hurt.", "victim",
     "Allison Park", ...),
    ("detective-inspector", "Det. Insp. Laura Whitfield said investigators wanted footage.", "footage",
     "Laura Whitfield", ...),
    ("staff-sergeant", "Staff Sgt. Evelyn Sato said the season came early.", "season", "Evelyn Sato", ...),
    # -- a title with a "for" portfolio: the portfolio is no part of the name --------------------------------------
    ("deputy-mayor-for", "Deputy Mayor for Transport Anna Berg wrote that the line would open in May.", "line",
     "Anna Berg", ...),
    ("minister-for-two-words", "Minister for Public Works Sam Olu said the bridge was safe.", "bridge", "Sam Olu",
     ...),
    ("for-without-title", "Money for Road Repairs Group said nothing new.", "nothing", "Road Repairs Group", ...),
    # -- NAME of a group: the person speaks, for the group -------------------------------------------------------
    ("of-lowercase-modifier", "Reeve Thomas Lindqvist of neighbouring Birch Township said he was watching.",
     "watching", "Thomas Lindqvist", "Birch Township"),
    ("of-lowercase-group", "Sgt. Kevin Doyle of the provincial police said the crash happened at dawn.", "crash",
     "Kevin Doyle", "provincial police"),
    ("of-lowercase-no-group", "Ruth Amsel of the quiet north end said the noise was new.", "noise", "Ruth Amsel",
     None),
    ("of-capitalized-body", "Kevin Doyle of the Halden Police Service said the road was icy.", "icy", "Kevin Doyle",
     "Halden Police Service"),
    # -- a body's name goes on over "of" after "according to" -----------------------------------------------------
    ("according-to-ministry-of", "The highway was closed for hours, according to the Ministry of Transportation.",
     "highway", "Ministry of Transportation", ...),
    ("according-to-university-of", "Enrolment fell, according to the University of Regina.", "Enrolment",
     "University of Regina", ...),
    ("according-to-name-of", "Enrolment fell, according to Ann Lee of the University of Regina.", "Enrolment",
     "Ann Lee", ...),
    # -- an organisation's press service, office or department speaks for the organisation ------------------------
    ("press-service", "The KHL press service told TASS that the match would be replayed.", "replayed",
     "KHL press service", "KHL"),
    ("possessive-press-office", "The Harbour Board's press office said the pier would reopen.", "pier",
     "Harbour Board's press office", "Harbour Board"),
    ("person-office-no-body", "Koval's office said the road would reopen.", "road", "Koval's office", None),
    ("lowercase-department", "The city's finance department said the tax would stay.", "tax",
     "city's finance department", None),
    ("day-is-no-owner", "Monday's press office said the tax would stay.", "tax", "Monday's press office", None),
    # -- he/she: the person a sentence since the last statement opens with ----------------------------------------
    ("pronoun-after-a-subject",
     "Mikko Aalto said the team had to be better.\n\nKodiaks coach Brian Halloran was blunt.\n\n"
     "“We stopped skating,” he said.", "stopped skating", "Brian Halloran", ...),
    ("pronoun-gender-skips-subject",
     "Mikko Aalto said the team had to be better.\n\nCoach Sandra Lévesque was blunt.\n\n“We stopped,” he said.",
     "We stopped", "Mikko Aalto", ...),
    ("object-is-no-subject",  # a name inside the sentence, not opening it
     "Mikko Aalto said the team had to be better.\n\nThe Kodiaks traded Brian Halloran.\n\n“We stopped,” he said.",
     "We stopped", "Mikko Aalto", ...),
    ("subject-inside-a-quote",  # a name in what someone said is not the antecedent
     "Mikko Aalto said it was hard. “Brian Halloran made it hard.\n\n“We stopped,” he said.", "We stopped",
     "Mikko Aalto", ...),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker", "affiliation"), [c[1:] for c in SPEAKERS],
                         ids=[c[0] for c in SPEAKERS])  # fmt: skip
def test_speakers_of_general_news(text: str, fragment: str, speaker: str, affiliation: object) -> None:
    s = _statement(text, fragment)
    assert s.speaker == speaker
    if affiliation is not ...:
        assert s.affiliation == affiliation


REQUESTS = [
    # "asked X for Y" asks for something and reports nothing; "asked X whether", "asked, “…”" report a question
    ("asked-for-advice", "We asked Maya Torres, owner of Greenhouse & Co., for her advice.", []),
    ("asked-for-options", "Council asked staff for options on the budget.", []),
    ("asked-bare-for", "Residents asked for a crosswalk near the school.", []),
    ("asked-whether", "Coun. Raymond Okafor asked staff whether the road could wait.", ["Raymond Okafor"]),
    ("asked-a-question", "“Where is the money going?” Raymond Okafor asked.", ["Raymond Okafor"]),
]


@pytest.mark.parametrize(("text", "speakers"), [c[1:] for c in REQUESTS], ids=[c[0] for c in REQUESTS])
def test_a_request_is_no_statement(text: str, speakers: list[str]) -> None:
    assert [s.speaker for s in extract(text, "t")] == speakers


# Lines of page furniture: a label before a colon that names no speaker.
FURNITURE = [
    ("posted", "Posted: Dec 3, 2026 6:14 PM ET | Last Updated: Dec 4, 2026"),
    ("up-next", "UP NEXT: Thunder host the Falcons on Tuesday night at home."),
    ("pull-quote-label", "PULL QUOTE: Most people kill their plants with kindness."),
    ("interviewer-question", "Q: Where did the book start for you, all those years ago?"),
    ("if-you-go", "If you go: The market runs every Saturday until the end of March."),
    ("tickets", "Tickets: Adults pay $20 and children under 12 get in for free."),
]


@pytest.mark.parametrize("text", [c[1] for c in FURNITURE], ids=[c[0] for c in FURNITURE])
def test_furniture_labels_are_no_speakers(text: str) -> None:
    assert [(s.speaker, s.text) for s in extract(text, "t")] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Halvorsen: With a ferry. I grew up watching the ferry leave in the dark.", "Halvorsen"),  # an answer
        ("OKAFOR: That is not a choice for this council at all.", "OKAFOR"),  # a transcript line
    ],
)
def test_speaker_labels_still_speak(text: str, speaker: str) -> None:
    assert [s.speaker for s in extract(text, "t")] == [speaker]
