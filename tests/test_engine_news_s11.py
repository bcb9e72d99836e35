"""General news of the sections and shapes the earlier invented batches covered least (issue 12): an obituary with a
correction line, a housing market report, a technology launch quoting a press release and social media, a wildfire's
live-updates page with timestamps, a school board vote with a clarification line, a transit committee meeting, a
crime brief with police statements and a court appearance, an immigration feature with named and unnamed people, an
election campaign day with many speakers and pronouns, a space science result, a restaurant's closing, letters to the
editor with rhetorical and scare quotes, and a radio interview transcript with long multi-paragraph answers.
Written and annotated before the engine was run on them, the way the earlier batches were (speech statements with a
cue or "according to", bodies included; no headlines, decks, bylines, captions, READ MORE or WATCH lines,
timestamps, correction lines, an interviewer's questions, scare quotes, titles of works, or a letter writer's own
voice). Invented text throughout."""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution import extract
from conftest import ANY_SPEAKER as ANY
from conftest import (
    ArticleBatch,
    only_statement,
    speech_texts,
)

ARTICLES = Path(__file__).parent / "news_s11"
# article → (fragment of each statement, speaker's full name, the mention the cue's subject is written with)
S11: dict[str, list[tuple[str, object, str]]] = {
    "obituary": [
        ("no intention of staying more than a winter", ANY, "her daughter"),
        ("her mother died after a short illness", "Kari Halvorsen-Blake", "Kari Halvorsen-Blake"),
        ("She asked for the troll stories", "Kari Halvorsen-Blake", "Halvorsen-Blake"),
        ("She was laughing until the last day", "Kari Halvorsen-Blake", "Halvorsen-Blake"),
        ("a bit touched", "Eirik Halvorsen", "her son Eirik"),
        ("People would stop their cars", "Eirik Halvorsen", "Eirik Halvorsen"),
        ("Then their kids started showing up", "Eirik Halvorsen", "Eirik Halvorsen"),
        ("Halvorsen never cared much about medals", "Danielle Roux", "Roux"),
        ("She cared whether you came back", "Danielle Roux", "Roux"),
        ("I think half of northern Ontario", "Danielle Roux", "Roux"),
        ("she kept a drawer full of donated mittens", ANY, "A friend of Halvorsen's"),
        ("Nobody ever went home cold", "Lorraine Pitre", "Lorraine Pitre"),
        ("She'd knit through the whole race", "Lorraine Pitre", "Lorraine Pitre"),
        ("the board voted last week to rename", "Owen Kasprzak", "Owen Kasprzak"),
        ("It was the easiest vote", "Owen Kasprzak", "he"),
        ("look nice on the chalet wall", "Margit Halvorsen", "she"),
    ],
    "housing": [
        ("412 homes changed hands", "Nova Scotia Association of Realtors", "Nova Scotia Association of Realtors"),
        ("New listings, meanwhile, rose 22 per cent", "Nova Scotia Association of Realtors", "the association"),
        ("Buyers have more choice", "Colleen MacAskill", "Colleen MacAskill"),
        ("open houses are busy but offers are slow", "Dev Parmar", "Dev Parmar"),
        ("People come through", "Dev Parmar", "he"),
        ("the slowdown is healthy", "Rachel Thibault", "Rachel Thibault"),
        ("A flat market is not a crash", "Rachel Thibault", "Thibault"),
        ("the bigger problem is that the region", "Rachel Thibault", "She"),
        ("The average asking rent", ANY, "a report"),
        ("they gave up on buying this year", "Jasmine Okoye", "Jasmine Okoye"),
        ("We were pre-approved in March", "Jasmine Okoye", "she"),
        ("her landlord raised the rent by $150", "Jasmine Okoye", "Okoye"),
        ("its cap on rent increases will stay", ANY, "The province"),
        ("looking at every tool", "Brad Cormier", "Brad Cormier"),
        ("the government has had years to act", "Leanne Whitford", "Leanne Whitford"),
        ("They keep announcing studies", "Leanne Whitford", "Whitford"),
    ],
    "launch": [
        ("its new over-the-counter hearing aid can do most", ANY, "A Waterloo startup"),
        ("For most people with mild to moderate", "Priyanka Raman", "Priyanka Raman"),
        ("We built something you can buy", "Priyanka Raman", "Priyanka Raman"),
        ("uses a small on-board chip", "Sonara Labs", "The company"),
        ("Your conversations never leave your ears", ANY, "the release"),
        ("He wasn't going deaf", "Arjun Raman", "Arjun Raman"),
        ("That's what we're trying to fix", "Arjun Raman", "Arjun Raman"),
        ("it has raised $28 million", "Sonara Labs", "The company"),
        ("over-the-counter devices can help some people", "Marie-Claude Bérubé", "Marie-Claude Bérubé"),
        ("Hearing loss is sometimes a symptom", "Marie-Claude Bérubé", "she"),
        ("she had not tried the Sonara One", "Marie-Claude Bérubé", "Bérubé"),
        ("the Sonara One was licensed as a Class II", ANY, "A spokesperson"),
        ("Finally a hearing aid", ANY, "one user"),
        ("exactly the kind of hardware Canada should", "Greg Halloway", "Greg Halloway"),
        ("the real test will come in a year", "Simone Achebe", "Simone Achebe"),
        ("Launch day is easy", "Simone Achebe", "she"),
        ("The Sonara One goes on sale next month", "Sonara Labs", "the company"),
    ],
    "evacuation": [
        ("If you are in the order area", "Shauna Villeneuve", "Shauna Villeneuve"),
        ("buses are waiting at the Kettle Bend arena", "Shauna Villeneuve", "She"),
        ("the Kettle Creek fire has grown", "BC Wildfire Service", "BC Wildfire Service"),
        ("gusts of up to 60 km/h pushed the fire", "Rajan Sidhu", "Rajan Sidhu"),
        ("We saw extreme fire behaviour", "Rajan Sidhu", "Sidhu"),
        ("Crews had to pull back", "Rajan Sidhu", "Sidhu"),
        ("84 firefighters, six helicopters", "Rajan Sidhu", "He"),
        ("Highway 5 is closed in both directions", "DriveBC", "DriveBC"),
        ("the closure is expected to last", ANY, "Officials"),
        ("she could see flames on the ridge", "Denise Ahenakew", "Denise Ahenakew"),
        ("The sky went orange", "Denise Ahenakew", "she"),
        ("they had registered more than 600 people", ANY, "Volunteers"),
        ("ready to support Kettle Bend", "Colin Deschamps", "Colin Deschamps"),
        ("the province has asked Ottawa for help", "Tara Lindgren", "Tara Lindgren"),
        ("it is going door to door", "Kettle Bend Volunteer Fire Department", "Kettle Bend Volunteer Fire Department"),
        ("most residents had already left", "Morley Danyluk", "Morley Danyluk"),
        ("There are always a few who want to stay", "Morley Danyluk", "he"),
        ("Smoke can be harmful", "Environment Canada", "the agency"),
    ],
    "schoolboard": [
        ("enrolment at the two schools had fallen", "Gwen Tkachuk", "Gwen Tkachuk"),
        ("Nobody on this board ran for office", "Gwen Tkachuk", "Tkachuk"),
        ("the division did not consider other options", "Harold Weibe", "Harold Weibe"),
        ("We're told this is about money", "Harold Weibe", "he"),
        ("the board had spent two years consulting", "Ama Boateng", "She"),
        ("I have sat in those gyms", "Ama Boateng", "Boateng"),
        ("the bus ride is too long", "Lacey Sorensen", "Lacey Sorensen"),
        ("My five-year-old will be on a bus", "Lacey Sorensen", "she"),
        ("a group of parents has hired a lawyer", "Lacey Sorensen", "Sorensen"),
        ("the group is still reviewing", "Marcus Delorme", "Marcus Delorme"),
        ("the school is the last public building", "Ruth Danforth", "Ruth Danforth"),
        ("When the school goes", "Ruth Danforth", "Danforth"),
        ("decisions about school closures rest", "Ministry of Education", "Ministry of Education"),
        ("small rural schools across the province", "Nolan Reimer", "Nolan Reimer"),
        ("staff at both schools will be offered", "Imelda Fox", "Imelda Fox"),
    ],
    "transit": [
        ("ridership in the first two weeks was down", "Maureen Okafor", "Maureen Okafor"),
        ("Every major network redesign", "Maureen Okafor", "Okafor"),
        ("the department has already added buses", "Maureen Okafor", "She"),
        ("her trip to a medical clinic", "Elspeth Guinard", "Elspeth Guinard"),
        ("I used to get on one bus", "Elspeth Guinard", "Guinard"),
        ("the new frequent routes are", ANY, "rider"),
        ("council supported the redesign", "Bartholomew Lévesque", "Bartholomew Lévesque"),
        ("I'm not going to throw out", "Bartholomew Lévesque", "he"),
        ("she had received more than 300 emails", "Irina Kowalczuk", "Irina Kowalczuk"),
        ("It's our oldest riders", "Irina Kowalczuk", "she"),
        ("operators were being yelled at", "Ray Castellano", "Ray Castellano"),
        ("Our members are taking the heat", "Ray Castellano", "Castellano"),
        ("an online trip planner", ANY, "Officials"),
        ("he had asked Transit for weekly updates", "Dan Koroluk", "Dan Koroluk"),
    ],
    "court": [
        ("A man faces several charges", ANY, "police"),
        ("officers were called to a convenience store", "Regina Police Service", "Regina Police Service"),
        ("was taken to hospital with a serious injury", ANY, "police"),
        ("The suspect entered the store", "Corinne Fadden", "Corinne Fadden"),
        ("officers found the suspect hiding", "Corinne Fadden", "Fadden"),
        ("Ackerman will stay in custody", ANY, "A judge"),
        ("the clerk is his cousin", "Harjit Sandhu", "Harjit Sandhu"),
        ("He called me from the ambulance", "Harjit Sandhu", "Sandhu"),
        ("he plans to install a second panic button", "Harjit Sandhu", "Sandhu"),
        ("It is the third robbery", ANY, "police"),
        ("they do not believe the incidents are connected", ANY, "police"),
        ("residents are tired of hearing about violence", "Priya Lafond", "Priya Lafond"),
        ("Our neighbourhood gets talked about", "Priya Lafond", "Lafond"),
        ("the woman had taken advantage", "Laurent Okonkwo", "Laurent Okonkwo"),
    ],
    "immigration": [
        ("We did everything right", "Rahul Menon", "Menon"),
        ("their daughter does not understand", ANY, "Anjali"),
        ("She asks if we are going back", ANY, "she"),
        ("the cut is meant to ease pressure", ANY, "The province"),
        ("We have to grow at a pace", "Gilbert Arsenault", "Gilbert Arsenault"),
        ("the province would focus nominations", "Gilbert Arsenault", "He"),
        ("it is worried about losing trained workers", "Blue Harbour Seafoods", "Blue Harbour Seafoods"),
        ("about 30 of the plant's 180 workers", "Delphine Gallant", "Delphine Gallant"),
        ("These aren't temporary people", "Delphine Gallant", "Gallant"),
        ("she was afraid to give her name", ANY, "a woman"),
        ("I bathe people's mothers", ANY, "she"),
        ("he has already started looking at jobs", ANY, "Another man"),
        ("many newcomers were encouraged", "Beatriz Salgado", "Beatriz Salgado"),
        ("People were sold a story", "Beatriz Salgado", "Salgado"),
        ("she has advised clients", "Beatriz Salgado", "She"),
        ("the department does not comment", ANY, "A spokesperson"),
        ("they plan to meet with members", ANY, "Organizers"),
        ("keep its word", "Tenzin Dolma", "Tenzin Dolma"),
        ("Nobody's asking for special treatment", "Tenzin Dolma", "Dolma"),
        ("he will keep working until his permit", "Rahul Menon", "Menon"),
        ("he does not know", "Rahul Menon", "he"),
    ],
    "campaign": [
        ("When a family of four walks out", "Douglas Farrow", "Farrow"),
        ("We're going to fix the part", "Douglas Farrow", "Farrow"),
        ("the plan would cost about $900 million", "Douglas Farrow", "He"),
        ("his team would release details", "Douglas Farrow", "he"),
        ("a coupon, not a policy", "Shireen Abbas", "Shireen Abbas"),
        ("He's had seven years", "Shireen Abbas", "she"),
        ("an NDP government would create", "Shireen Abbas", "Abbas"),
        ("expand school breakfast programs", "Shireen Abbas", "She"),
        ("both of his rivals were making promises", "Tomás Ferreira", "Tomás Ferreira"),
        ("Mr. Farrow wants to cut a tax", "Tomás Ferreira", "he"),
        ("a Liberal government would work with farmers", "Tomás Ferreira", "He"),
        ("should spend less time filming vegetables", "Kendra Boulanger", "Kendra Boulanger"),
        ("he liked the tax cut", "Gurpreet Sandhu", "Gurpreet Sandhu"),
        ("The stores will just keep the difference", "Gurpreet Sandhu", "he"),
        ("she has voted NDP her whole life", "Janet Kowalski", "Janet Kowalski"),
        ("She talks like somebody", "Janet Kowalski", "Kowalski"),
        ("the focus on food prices shows", "Emeka Obi", "Emeka Obi"),
        ("In week one we were talking", "Emeka Obi", "he"),
        ("polls suggest the PCs still lead", "Emeka Obi", "He"),
    ],
    "space": [
        ("We were looking into places", "Hana Kowalchuk", "Hana Kowalchuk"),
        ("ice makes up as much as five per cent", ANY, "The study"),
        ("that is enough to be useful", "Hana Kowalchuk", "Kowalchuk"),
        ("Water on the moon is drinking water", "Hana Kowalchuk", "she"),
        ("punch above its weight", "Canadian Space Agency", "Canadian Space Agency"),
        ("a big deal for anyone who hopes", "Jeremy Lachance", "Jeremy Lachance"),
        ("I'd like to think some of the water", "Jeremy Lachance", "Lachance"),
        ("the measurements are impressive", "Thomas Ngata", "Thomas Ngata"),
        ("Reflected light from a crater floor", "Thomas Ngata", "Ngata"),
        ("she agrees that more data is needed", "Hana Kowalchuk", "Kowalchuk"),
        ("it has hired 35 people", "Aurora Optics", "Aurora Optics"),
        ("This is what happens when you let", "Vikram Seth-Lalonde", "Vikram Seth-Lalonde"),
        ("it welcomes the results", "NASA", "NASA"),
    ],
    "restaurant": [
        ("rising rent and a shortage of cooks", "Lucie Brisebois", "Lucie Brisebois"),
        ("The rent went from $3,800", "Lucie Brisebois", "Brisebois"),
        ("she made the decision in October", "Lucie Brisebois", "She"),
        ("Some of these girls have been here", "Lucie Brisebois", "she"),
        ("she has served three generations", "Ginette Lavoie", "She"),
        ("I served the grandfather", "Ginette Lavoie", "Lavoie"),
        ("It will be the most expensive poutine", "Marc-André Pilon", "he"),
        ("about one in five independent restaurants", "Association Restauration Québec",
         "Association Restauration Québec"),
        ("diners like Chez Rita matter more", "Camille Oyelaran", "Camille Oyelaran"),
        ("These places are where a neighbourhood", "Camille Oyelaran", "she"),
        ("she has been offered money", "Lucie Brisebois", "Brisebois"),
        ("My grandmother said you never give away", "Lucie Brisebois", "she"),
        ("will go to the Écomusée", ANY, "the museum"),
    ],
    "letters": [
        ("will put us on the map", "Patricia Ng", "Patricia Ng"),
        ("A painted line did not invent traffic", "Marco Baptiste", "Marco Baptiste"),
        ("doing more than any government in history", "Ellen Corrigan", "Ellen Corrigan"),
    ],
    "interview": [
        ("Not for a minute", "Agnes Whitehorse-Kaye", "AGNES WHITEHORSE-KAYE"),
        ("What happened is that you find out", "Agnes Whitehorse-Kaye", "WHITEHORSE-KAYE"),
        ("The midwifery legislation", "Agnes Whitehorse-Kaye", "WHITEHORSE-KAYE"),
        ("I sat with women who'd done that", "Agnes Whitehorse-Kaye", "WHITEHORSE-KAYE"),
        ("Some of it was", "Agnes Whitehorse-Kaye", "WHITEHORSE-KAYE"),
        ("Answer your phone", "Agnes Whitehorse-Kaye", "WHITEHORSE-KAYE"),
        ("she plans to return to part-time nursing", "Agnes Whitehorse-Kaye", "Whitehorse-Kaye"),
        ("will be quieter, and worse off", "Lewis Tremblay", "Lewis Tremblay"),
    ],
}  # fmt: skip
# The statements of unnamed sources: flagged anonymous.
UNNAMED: set[tuple[str, str]] = {
    ("launch", "the Sonara One was licensed as a Class II"),
    ("launch", "Finally a hearing aid"),
    ("evacuation", "the closure is expected to last"),
    ("evacuation", "they had registered more than 600 people"),
    ("transit", "the new frequent routes are"),
    ("transit", "an online trip planner"),
    ("court", "Ackerman will stay in custody"),
    ("immigration", "she was afraid to give her name"),
    ("immigration", "I bathe people's mothers"),
    ("immigration", "he has already started looking at jobs"),
    ("immigration", "the department does not comment"),
}
# Borderline: a reader may or may not annotate these; found or not, they count neither way.
OPTIONAL: dict[str, list[str]] = {
    "obituary": ["donations be made"],
    "housing": ["Housing starts in Halifax", "Several economists expect"],
    "launch": ["a lot of slow-motion shots"],
    "evacuation": [],
    "transit": ["within the range we expected", "their commutes have doubled"],
    "court": ["put over to next week", "Police ask anyone", "Sorry about the mess"],
    "immigration": ["he drives a truck", "Sorry, the rules changed"],
    "campaign": ["Still waiting for the Farrow discount", "put the PCs at 38 per cent"],
    "space": ["clearest evidence yet"],
    "restaurant": ["a religious experience", "ninth or tenth", "he has eaten breakfast"],
    "letters": ["assess the situation", "world-class city", "didn't mind the ending"],
    "interview": ["I had my first baby among strangers"],
}
# Known misses, kept failing until fixed.
MISSED: dict[tuple[str, str], str] = {
    ("obituary", "look nice on the chalet wall"): "'she told a local reporter' in the obituary's own paragraph: "
    "the pronoun takes the last woman quoted, not the article's subject",
    ("launch", "The Sonara One goes on sale next month"): "'the company' takes the last body named, the investor "
    "'Northgrove Ventures' ('the Ontario-based fund'), not the company that has spoken all along",
    ("immigration", "he has already started looking at jobs"): "'Another man at the rally, who said he drives a "
    "truck …, said he has …': 'the rally' is no plausible speaker phrase, so no subject is found before the aside "
    "and the main verb reports nothing",
    ("interview", "What happened is that you find out"): "a transcript answer's second paragraph has no label and "
    "is not carried over from the label before",
    ("interview", "I sat with women who'd done that"): "a label's paragraph holding a nested 'One of them told me' "
    "gives the nested quote, not the answer",
}
EXTRA: dict[str, str] = {
    "obituary": "'Asked at the time what the award meant to her' is read as a question's content (kept: PolNeAR "
    "annotates such questions, 91 of the engine's 103 in train)",
    "housing": "the lede's 'the third monthly decline in a row' ends in a statement with 'third' as its speaker",
    "immigration": "'the step that lets a province recommend someone' is read as the province's statement",
    "campaign": "'promised to remove …' and 'Asked which contracts' are read as speech acts (PolNeAR annotates "
    "both kinds)",
    "letters": "'I wondered which map she meant': a letter writer's wondering is read as a statement, its 'she' "
    "taken as the speaker",
}
WRONG_MENTION: dict[tuple[str, str], str] = {
    ("court", "they do not believe the incidents are connected"): "'according to police, who said': the mention "
    "is the relative pronoun, not 'police' (kept: PolNeAR marks 'who' itself as the source, 33 times in dev)",
    ("immigration", "they plan to meet with members"): "'Organizers of the rally, the Island Migrant Workers "
    "Network, said': the name in apposition is taken as the mention, as the engine does for 'A nurse at the "
    "hospital, Ann Lee, said'",
}
WRONG_UNNAMED: dict[tuple[str, str], str] = {}


BATCH = ArticleBatch(
    ARTICLES,
    S11,
    missed=MISSED,
    wrong_mention=WRONG_MENTION,
    unnamed=frozenset(UNNAMED - set(MISSED)),
    unflagged=WRONG_UNNAMED,
    extra=EXTRA,
    optional=OPTIONAL,
)


@pytest.mark.parametrize(("article", "fragment", "speaker"), BATCH.statement_params())
def test_s11_article_statement(article: str, fragment: str, speaker: object) -> None:
    BATCH.check_statement(article, fragment, speaker)


@pytest.mark.parametrize(("article", "fragment", "mention"), BATCH.mention_params())
def test_s11_article_mention(article: str, fragment: str, mention: str) -> None:
    BATCH.check_mention(article, fragment, mention)


@pytest.mark.parametrize(("article", "fragment"), BATCH.unnamed_params())
def test_s11_unnamed_source_is_flagged(article: str, fragment: str) -> None:
    assert BATCH.statement(article, fragment).anonymous


@pytest.mark.parametrize("article", BATCH.article_params())
def test_s11_article_has_no_other_speech_act(article: str) -> None:
    """Headlines, decks, captions, timestamps, correction lines, an interviewer's questions, scare quotes, titles of
    works and a letter writer's own voice are no one's statements."""
    BATCH.check_nothing_else(article)


# -- correction lines: what the publication's own text said is retracted, no one's statement -------------------------
CORRECTIONS = [
    # (case, text, the speech acts' texts)
    ("correction-story", "Ann Lee said the plan works.\n\nCorrection: An earlier version of this story said the "
     "mayor was 54. She is 45.", ["the plan works"]),
    ("clarification-article", "Ann Lee said the plan works.\n\nClarification: This article said the vote was on "
     "Monday. It was on Tuesday.", ["the plan works"]),
    ("upper-case-label", "Ann Lee said the plan works.\n\nCORRECTION: A previous version of this report said the "
     "fee was $40.", ["the plan works"]),
    # negatives: a person reported in a correction line, a correction elsewhere in a sentence, a person's label
    ("person-in-correction", "Clarification: The story has been updated to reflect that Ann Lee said the plan was "
     "delayed, not cancelled.", ["the plan was delayed, not cancelled"]),
    ("correction-officers", "Correction officers said the jail was full.", ["the jail was full"]),
    ("correction-in-body", "A correction was issued after Ann Lee said the fee was wrong.", ["the fee was wrong"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in CORRECTIONS], ids=[c[0] for c in CORRECTIONS])
def test_a_correction_line_retracts_the_publications_own_text(text: str, statements: list[str]) -> None:
    assert speech_texts(text) == statements


# -- a headline's or a deck's shape: a line ending in a quotation whose words do not end a sentence ----------------
DECKS = [
    ("deck-single-quotes", "Schools to close\n\nBoard chair says declining enrolment left 'no good options'\n\n"
     "Ann Lee said the vote was hard.", ["the vote was hard"]),
    ("deck-curly-quotes", "Buses late\n\nUnion says drivers are ‘taking the heat’\n\nAnn Lee said buses were late.",
     ["buses were late"]),
    ("headline-double-quotes", "Mayor calls plaza \"a gift\"\n\nAnn Lee said the plaza was a gift.",
     ["the plaza was a gift"]),
    # negatives: a quotation ending a sentence, a story line ending in a quoted sentence
    ("sentence-quote", "Schools to close\n\nThe chair said, \"We had no good options.\"\n\nAnn Lee said it was hard.",
     ["We had no good options.", "it was hard"]),
    ("period-inside", "Schools to close\n\nThe chair said the board had \"no good options.\"\n\nAnn Lee said it was "
     "hard.", ['the board had "no good options.', "it was hard"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in DECKS], ids=[c[0] for c in DECKS])
def test_a_line_ending_in_an_unfinished_quotation_is_a_headline(text: str, statements: list[str]) -> None:
    assert [t.strip('“”"') for t in speech_texts(text)] == statements


# -- transcripts: the questions of the named host are put, not stated; labels in capitals are the names met before -----
HOST = "Agnes Kaye spoke with host Peter Drummond. It has been edited.\n\n"
TRANSCRIPTS = [
    # (case, text, [(fragment, speaker)] of every speech act)
    ("host-question", HOST + "PETER DRUMMOND: Twenty years. Did you think you would stay that long?\n\nAGNES KAYE: "
     "Not for a minute. I was a nurse in Dawson.", [("Not for a minute", "Agnes Kaye")]),
    ("surname-host-question", HOST + "DRUMMOND: What are you proudest of in the end?\n\nKAYE: The midwifery law, "
     "which took nine years.", [("midwifery", "Agnes Kaye")]),
    ("answer-with-beliefs", HOST + "AGNES KAYE: I ran because nobody seemed to notice. I thought I would do one term.",
     [("I ran because", "Agnes Kaye")]),
    ("hyphenated-surname", "Agnes Whitehorse-Kaye is leaving.\n\nWHITEHORSE-KAYE: Answer your phone, that is all.",
     [("Answer your phone", "Agnes Whitehorse-Kaye")]),
    ("apostrophe-surname", "Ann O'Brien is leaving.\n\nO'BRIEN: Answer your phone, that is all.",
     [("Answer your phone", "Ann O'Brien")]),
    # negatives: with no host named the questions stay (PolNeAR annotates them), an answer ending in a question,
    # a guest's question
    ("no-host-named", "Agnes Kaye spoke on Sunday.\n\nWALLACE: Do you really see those two as equal?\n\nKAYE: Yes, "
     "I do see them that way.", [("Do you really", "WALLACE"), ("Yes, I do", "Agnes Kaye")]),
    ("guest-question", HOST + "AGNES KAYE: Who else was going to do it, if not me?",
     [("Who else", "Agnes Kaye")]),
    ("host-statement", HOST + "PETER DRUMMOND: You were a nurse in Dawson for years.",
     [("You were a nurse", "Peter Drummond")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), [c[1:] for c in TRANSCRIPTS], ids=[c[0] for c in TRANSCRIPTS])
def test_a_transcript_line(text: str, found: list[tuple[str, str]]) -> None:
    got = [s for s in extract(text, "t") if s.speech]
    assert [(f, s.speaker) for (f, _), s in zip(found, got, strict=False)] == found
    assert len(got) == len(found) and all(f in s.text for (f, _), s in zip(found, got, strict=True))


# -- who speaks: an occupation before a name, "a friend of NAME's", a relative -------------------------------------
SPEAKERS = [
    # (case, text, fragment, speaker)
    ("realtor", "Realtor Dev Parmar said open houses are busy.", "open houses", "Dev Parmar"),
    ("rider-relative", "Rider Elspeth Guinard, who uses a walker, told the committee her trip is long.", "her trip",
     "Elspeth Guinard"),
    ("teammate", "Teammate Lia Moss said the team was tired.", "tired", "Lia Moss"),
    ("astronaut", "Astronaut Jeremy Lachance said the find was big.", "find", "Jeremy Lachance"),
    ("friend-of-possessive", "A friend of Ann Lee's said she had been worried for weeks.", "worried", "unnamed friend"),
    ("colleague-of-surname-possessive", "Ann Lee died. A longtime colleague of Lee's told reporters she was kind.",
     "kind", "unnamed colleague"),
    ("cousin-of", "A cousin of the victim said the family was devastated.", "devastated", "unnamed cousin"),
    # negatives: a first name that is a word, a possessive before a noun, a report of a possessive
    ("first-name-word", "Hope Solo said the team was tired.", "tired", "Hope Solo"),
    ("double-first-name", "Mary Ann Lee said the team was tired.", "tired", "Mary Ann Lee"),
    ("possessive-noun-verb", "A fan of Lee's work said it was moving.", "moving", "unnamed fan"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_who_speaks(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


POSSESSIVE_NOUNS = [
    # a possessive before a report noun or a document is still its owner's, no verb's subject
    ("report-of-claims", "A report of Trump's claims appeared on Monday."),
    ("supporter-claims", "A supporter of Trump's claims appeared on Monday."),
    ("editors-note", "Editor's note: this story was updated."),
]  # fmt: skip


@pytest.mark.parametrize("text", [c[1] for c in POSSESSIVE_NOUNS], ids=[c[0] for c in POSSESSIVE_NOUNS])
def test_a_possessive_before_a_noun_reports_nothing(text: str) -> None:
    assert speech_texts(text) == []


# -- "with"/"for" a body the lists keep out of body nouns: a city, a court ---------------------------------------------
AFFILIATIONS = [
    # (case, text, fragment, affiliation)
    ("judge-with-court", "A judge with the provincial court said the delay was unacceptable.", "delay",
     "provincial court"),
    ("judge-with-named-court", "A judge with the Ontario Court of Justice said the delay was long.", "delay",
     "Ontario Court of Justice"),
    ("officials-with-city", "Officials with the city said the road would reopen Friday.", "road", "city"),
    ("spokesperson-for-city", "A spokesperson for the city said the road was closed.", "road", "city"),
    ("with-named-body", "An official with Hydro Ottawa said crews were busy.", "crews", "Hydro Ottawa"),
    # negatives: a person served, a time, a place one is from, "close to"
    ("for-person", "A spokesperson for Ann Lee said she was fine.", "fine", None),
    ("for-years", "Officials for years said the road was fine.", "road", None),
    ("from-city", "A lawyer from Kansas City said the road was fine.", "road", None),
    ("close-to-city", "Sources close to the city said the road was fine.", "road", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "affiliation"), [c[1:] for c in AFFILIATIONS],
                         ids=[c[0] for c in AFFILIATIONS])  # fmt: skip
def test_the_body_a_person_works_with(text: str, fragment: str, affiliation: str | None) -> None:
    assert only_statement(text, fragment).affiliation == affiliation


# -- a restrictive "who" clause before the verb: its antecedent speaks ----------------------------------------------
WHO_CLAUSES = [
    # (case, text, fragment, speaker, mention)
    ("lives-nearby", "A man who lives nearby said he heard shots.", "shots", "unnamed man", "A man"),
    ("lives-on-street", "Residents who live on the street say the road floods.", "floods", "Residents", "Residents"),
    ("was-at-scene", "A woman who was at the scene told police she heard shots.", "shots", "unnamed woman", "A woman"),
    ("clause-object", "On Saturday, a woman who works as a care worker in a long-term care home said she was "
     "afraid.", "afraid", "unnamed woman", "a woman"),
    ("asked-not-named", "A neighbour who asked not to be named said he heard shots.", "shots", "unnamed neighbour",
     "A neighbour"),
    ("did-not-want-named", "A neighbour who did not want to be named said he heard shots.", "shots",
     "unnamed neighbour", "A neighbour"),
    ("declined-identified", "A neighbour who declined to be identified said he heard shots.", "shots",
     "unnamed neighbour", "A neighbour"),
    # negatives: an aside between commas, a "who" after the verb
    ("aside", "Ann Lee, who lives nearby, said she heard shots.", "shots", "Ann Lee", "Ann Lee"),
    ("who-after-verb", "Ann Lee told reporters who asked that she was fine.", "fine", "Ann Lee", "Ann Lee"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker", "mention"), [c[1:] for c in WHO_CLAUSES],
                         ids=[c[0] for c in WHO_CLAUSES])  # fmt: skip
def test_the_antecedent_of_a_who_clause_speaks(text: str, fragment: str, speaker: str, mention: str) -> None:
    s = only_statement(text, fragment)
    assert s.speaker == speaker
    assert text[s.speaker_span.start : s.speaker_span.end].startswith(mention)


# -- one person's titles joined by "and"; a company named by a trade's suffix --------------------------------------
TITLES = [
    # (case, text, fragment, speaker)
    ("co-founder-and-ceo", "“It is cost,” co-founder and chief executive Priyanka Raman told the audience.", "cost",
     "Priyanka Raman"),
    ("body-cofounder-and-ceo", "“It is cost,” Sonara co-founder and chief executive Priyanka Raman said.", "cost",
     "Priyanka Raman"),
    ("owner-and-chef", "“It is fresh,” owner and chef Marco Rossi said.", "fresh", "Marco Rossi"),
    ("labs-company", "Sonara Labs unveiled a hearing aid.\n\nThe company said it uses a chip.", "chip", "Sonara Labs"),
    ("systems-company", "Kestrel Systems lost a contract.\n\nThe company said it would appeal.", "appeal",
     "Kestrel Systems"),
    # negatives: two people joined, two groups joined
    ("two-people", "Ann Lee and chief executive Bob Smith said it was fine.", "fine", "Bob Smith"),
    ("two-groups", "Some supporters and party officials said it was fine.", "fine", "unnamed official"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in TITLES], ids=[c[0] for c in TITLES])
def test_titles_joined_and_companies(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


NO_SPEECH = [
    # a number dialled is nothing named
    ("called-311", "I called 311 four times."),
    ("call-311-for-help", "Riders can also call 311 for help planning a trip."),
    ("call-988", "If you need help, call 988."),
]  # fmt: skip


@pytest.mark.parametrize("text", [c[1] for c in NO_SPEECH], ids=[c[0] for c in NO_SPEECH])
def test_a_number_dialled_is_no_statement(text: str) -> None:
    assert speech_texts(text) == []


def test_a_year_called_something_is_named() -> None:
    assert speech_texts("Ann Lee called 2024 a lost year.") == ["2024 a lost year"]


# -- "said in a report that about one in five …": "that" after the cue's adverbial opens the clause ------------------
THAT_AFTER_ADVERBIAL = [
    # (case, text, the statements' texts)
    ("report-about", "Ann Lee said in a report last month that about one in five restaurants was losing money.",
     ["that about one in five restaurants was losing money"]),
    ("statement-about-half", "Ann Lee said in a statement that about half of the roads were closed.",
     ["that about half of the roads were closed"]),
    # negatives: "that" pointing back, an infinitive's "that"
    ("that-points-back", "Ann Lee said on Monday that on Friday.", []),
    ("found-fronted", "Ann Lee found that in the largest counties voters stayed home.",
     ["that in the largest counties voters stayed home"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in THAT_AFTER_ADVERBIAL],
                         ids=[c[0] for c in THAT_AFTER_ADVERBIAL])  # fmt: skip
def test_that_after_the_cues_adverbial_opens_the_clause(text: str, statements: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == statements


# -- a first name alone before the full name; a listed body's name with commas -------------------------------------
LATER_NAMES = [
    # (case, text, fragment, speaker)
    ("first-name-then-full", "Neighbours thought she was odd, her son Eirik recalled.\n\n“People stopped,” Eirik "
     "Halvorsen said.", "Neighbours", "Eirik Halvorsen"),
    ("listed-body-commas", "A spokesperson for Immigration, Refugees and Citizenship Canada said the department "
     "does not comment.", "department", "unnamed spokesperson"),
    ("body-in-place", "Thomas Ngata of Otago University in Dunedin said the data is good.", "data", "Thomas Ngata"),
    ("body-in-place-aside", "Thomas Ngata of the University of Otago in New Zealand, who was not involved, said the "
     "data is good.", "data", "Thomas Ngata"),
    ("the-body-in-place", "The University of Otago in Dunedin said the data is good.", "data", "University of Otago"),
    # negatives: two full names of that first name, a body named after a word that is also a first name, a
    # surname alone, a group where it is
    ("group-in-place", "Farmers in Manitoba said the crop was poor.", "crop", "Farmers in Manitoba"),
    ("two-full-names", "Her son Eirik said she was odd.\n\nEirik Halvorsen and Eirik Dahl said nothing more.", "odd",
     "Eirik"),
    ("body-first-name", "Columbia defended the articles.\n\nThe Columbia University Graduate School said it was "
     "proud.", "articles", "Columbia"),
    ("surname-alone", "Halvorsen urged skiers to come, Halvorsen said.\n\nThe Halvorsen Foundation said it was "
     "closing.", "urged", "Halvorsen"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in LATER_NAMES],
                         ids=[c[0] for c in LATER_NAMES])  # fmt: skip
def test_names_given_later_or_with_commas(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


def test_a_listed_body_with_commas_is_the_affiliation() -> None:
    s = only_statement(
        "A spokesperson for Immigration, Refugees and Citizenship Canada said it does not comment.", "comment"
    )
    assert (s.anonymous, s.affiliation) == (True, "Immigration, Refugees and Citizenship Canada")


# -- an unnamed person where or with whom, then an aside: the person speaks, the aside names no one -----------------
ASIDES = [
    # (case, text, fragment, speaker, affiliation)
    ("nurse-at-aside", "A nurse at the hospital, who asked not to be named, said the ward was full.", "ward",
     "unnamed nurse", "hospital"),
    ("officials-with-aside", "Officials with the city, who met on Monday, said the road would reopen.", "road",
     "unnamed official", "city"),
    ("executives-for-aside", "Executives for Mondelez, who run the plant, said jobs would go.", "jobs",
     "Executives for Mondelez", None),
    # negatives: a name in apposition speaks, a named segment before the name
    ("name-in-apposition", "A nurse at the hospital, Ann Lee, said the ward was full.", "ward", "Ann Lee", None),
    ("partner-at-named", "His former business partner at Lenox, Ann Lee, called him a master.", "master", "Ann Lee",
     None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker", "affiliation"), [c[1:] for c in ASIDES],
                         ids=[c[0] for c in ASIDES])  # fmt: skip
def test_an_unnamed_person_before_an_aside(text: str, fragment: str, speaker: str, affiliation: str | None) -> None:
    s = only_statement(text, fragment)
    assert (s.speaker, s.affiliation) == (speaker, affiliation)


# -- a union local's number ends its name, no year between subject and verb -----------------------------------------
LOCALS = [
    # (case, text, fragment, speaker)
    ("local-says", "CUPE Local 79 says its members voted to strike.", "strike", "CUPE Local 79"),
    ("local-in-apposition", "The union representing the workers, CUPE Local 79, says its members voted 85 per cent "
     "in favour of a strike.", "in favour", "CUPE Local 79"),
    ("long-local", "Amalgamated Transit Union Local 1505 says operators were yelled at.", "operators",
     "Amalgamated Transit Union Local 1505"),
    # negatives: a year between the subject and its verb, a title after the local
    ("year-between", "Ann Lee in 2010 said the plan was fine.", "plan", "Ann Lee"),
    ("local-president", "Unifor Local 444 president Dave Cassidy said the deal was good.", "deal", "Dave Cassidy"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in LOCALS], ids=[c[0] for c in LOCALS])
def test_a_union_locals_number_is_its_name(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker
