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

from conftest import ANY_SPEAKER as ANY
from conftest import article_rows, check_found_once, check_mention, check_nothing_else, speech_acts_of, strict_xfail

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
    "transit": ["within the range we expected", "Riders can also call 311"],
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
    ("obituary", "a bit touched"): "'her son Eirik' then 'Eirik Halvorsen said': the first name is not completed "
    "by the full name met later",
    ("obituary", "she kept a drawer full of donated mittens"): "'A friend of Halvorsen's said': a possessive "
    "'of NAME's' after a relation noun ends the subject, and nothing is found",
    ("obituary", "look nice on the chalet wall"): "'she told a local reporter' in the obituary's own paragraph: "
    "the pronoun takes the last woman quoted, not the article's subject",
    ("housing", "open houses are busy but offers are slow"): "'Realtor Dev Parmar': an occupation noun before the "
    "name is kept in the name",
    ("housing", "People come through"): "'Realtor Dev Parmar': the occupation noun is kept in the name",
    ("launch", "For most people with mild to moderate"): "'\u201c…,\u201d co-founder and chief executive "
    "Priyanka Raman told the audience': an inverted 'told the audience' after a quote is not read as its cue",
    ("launch", "We built something you can buy"): "the quote's second part follows the missed 'told the audience'",
    ("launch", "uses a small on-board chip"): "'The company' is not linked back to 'Sonara Labs', named in the "
    "paragraph before as the subject of 'unveiled'",
    ("launch", "it has raised $28 million"): "'The company' is not linked back to 'Sonara Labs'",
    ("launch", "The Sonara One goes on sale next month"): "'the company' is not linked back to 'Sonara Labs'",
    ("transit", "her trip to a medical clinic"): "'Rider Elspeth Guinard': the noun before the name is kept",
    ("transit", "I used to get on one bus"): "'Rider Elspeth Guinard': the noun before the name is kept",
    ("immigration", "he has already started looking at jobs"): "'Another man at the rally, who said he drives a "
    "truck …, said he has …': the relative clause's own 'said' takes the sentence",
    ("space", "the measurements are impressive"): "'NAME of the University of Otago in New Zealand, who was not "
    "involved in the research, said': the place before the relative clause is taken as the speaker",
    ("restaurant", "about one in five independent restaurants"): "'said in a report last month that …, and that "
    "…': 'in a report' between the cue and 'that' loses the content",
    ("interview", "Not for a minute"): "'AGNES WHITEHORSE-KAYE:' a three-word upper-case label of a transcript is "
    "not read as a speaker's label",
    ("interview", "What happened is that you find out"): "a transcript answer's second paragraph has no label and "
    "is not carried over from the label before",
    ("interview", "The midwifery legislation"): "'WHITEHORSE-KAYE:' an upper-case surname label is not resolved "
    "to the full name the deck gives",
    ("interview", "I sat with women who'd done that"): "a label's paragraph holding a nested 'One of them told me' "
    "gives the nested quote, not the answer",
    ("interview", "Some of it was"): "'WHITEHORSE-KAYE:' the upper-case label is not resolved to the full name",
    ("interview", "Answer your phone"): "'WHITEHORSE-KAYE:' the upper-case label is not resolved to the full name",
}
EXTRA: dict[str, str] = {
    "obituary": "a 'Correction:' line is read as the story's statement; 'Asked … what the award meant to her' is "
    "read as a question's content",
    "housing": "the lede's 'the third monthly decline in a row' ends in a statement with 'third' as its speaker",
    "schoolboard": "the deck ('Board chair says …') and a 'Clarification:' line are read as statements",
    "transit": "the deck ('Transit says …; union says …') and 'Riders can also call 311' are read as statements",
    "immigration": "'the step that lets a province recommend someone' is read as the province's statement",
    "campaign": "'promised to remove …' and 'Asked which contracts' are read as speech acts",
    "letters": "'I called 311 four times' and 'I wondered which map she meant' are read as statements",
    "interview": "the interviewer's question lines ('PETER DRUMMOND: … ?') are read as statements",
}
WRONG_MENTION: dict[tuple[str, str], str] = {
    ("court", "they do not believe the incidents are connected"): "'according to police, who said': the mention "
    "is the relative pronoun, not 'police'",
    ("immigration", "she was afraid to give her name"): "'a woman who works as a personal care worker …': the "
    "mention is the relative clause's object",
    ("immigration", "the department does not comment"): "'A spokesperson for Immigration, Refugees and "
    "Citizenship Canada said': the commas of the body's name cut it, the last part taken as the speaker",
    ("immigration", "they plan to meet with members"): "'Organizers of the rally, the Island Migrant Workers "
    "Network, said': the appositive is taken, not the subject",
}
WRONG_UNNAMED: dict[tuple[str, str], str] = {
    ("immigration", "the department does not comment"): "'A spokesperson for Immigration, Refugees and "
    "Citizenship Canada': the body's last part is taken as a named speaker",
}


def _speech_acts(article: str):
    return speech_acts_of(ARTICLES / f"{article}.txt")


@pytest.mark.parametrize(("article", "fragment", "speaker"), article_rows(S11, 1, MISSED))
def test_s11_article_statement(article: str, fragment: str, speaker: object) -> None:
    check_found_once(_speech_acts(article)[1], fragment, speaker)


@pytest.mark.parametrize(("article", "fragment", "mention"), article_rows(S11, 2, WRONG_MENTION, skip=MISSED))
def test_s11_article_mention(article: str, fragment: str, mention: str) -> None:
    """The output mention is the one the cue's subject is written with."""
    check_mention(*_speech_acts(article), fragment, mention)


@pytest.mark.parametrize(
    ("article", "fragment"),
    [pytest.param(*key, id=f"{key[0]}:{key[1][:30]}", marks=strict_xfail(WRONG_UNNAMED, key))
     for key in sorted(UNNAMED - set(MISSED))],
)  # fmt: skip
def test_s11_unnamed_source_is_flagged(article: str, fragment: str) -> None:
    (s,) = [s for s in _speech_acts(article)[1] if fragment in s.text]
    assert s.anonymous


@pytest.mark.parametrize("article", [pytest.param(a, marks=strict_xfail(EXTRA, a)) for a in S11])
def test_s11_article_has_no_other_speech_act(article: str) -> None:
    """Headlines, decks, captions, timestamps, correction lines, an interviewer's questions, scare quotes, titles of
    works and a letter writer's own voice are no one's statements."""
    check_nothing_else(_speech_acts(article)[1], [f for f, _, _ in S11[article]] + OPTIONAL.get(article, []))
