"""General news, batch 6, in sections and formats the earlier invented batches did not cover (issue 12). Set A: a
public inquiry's testimony (a transcript's "Q."/"A." exchange), a Commons committee hearing (MPs questioning
officials, a quote "said in French" with its translation), a wire roundup of short items with a "By the numbers" box,
an awards night, a refugee family's story told "through an interpreter" and a page of furniture (weather,
horoscope, crossword, quote of the day, an editor's note, a letters policy: nearly no one's statements). Each set
was written and annotated before the engine was run on it, after the set before it was fixed (speech statements with
a cue or "according to", bodies included; no headlines, decks, bylines, captions, credits, READ MORE / WATCH lines,
titles of works, nicknames, a study's title, horoscopes, a correction's retracted words). Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ANY_SPEAKER as ANY
from conftest import (
    ArticleBatch,
    only_statement,
    speech_texts,
)

ARTICLES = Path(__file__).parent / "news_s14"
# article → (fragment of each statement, speaker's full name, the mention the cue's subject is written with)
S14: dict[str, list[tuple[str, object, str]]] = {
    # set A
    "inquiry": [
        ("ambulance crews routinely waited more than 40 minutes", "Colleen Abernathy-Price",
         "A former charge nurse at Lakeshore General Hospital"),
        ("staff had warned hospital management", "Colleen Abernathy-Price", "Colleen Abernathy-Price"),
        ("We were a hallway with a roof. That is not", "Colleen Abernathy-Price", "Abernathy-Price"),
        ("There were nights when I had 30 patients", "Colleen Abernathy-Price", "Abernathy-Price"),
        ("she had filed an incident report", "Colleen Abernathy-Price", "Abernathy-Price"),
        ("Not to me. I heard later", "Colleen Abernathy-Price", "A"),
        ("No. I never saw it again", "Colleen Abernathy-Price", "A"),
        ("Some did. Not like ours", "Colleen Abernathy-Price", "Abernathy-Price"),
        ("continues to co-operate fully with the commission", ANY, "a spokesperson for the hospital"),
        ("My father was a patient man", "Abena Osei-Mensah", "she"),
        ("He should not have had to wait for that", "Abena Osei-Mensah", "she"),
        ("to find facts, not to find fault", "Harold Linklater", "Linklater"),
    ],
    "committee": [
        ("they cannot say precisely how many people", ANY,
         "Senior officials from the Canada Border Services Agency"),
        ("the agency's database tracks removal orders", "Geneviève Lacombe-Hart", "Geneviève Lacombe-Hart"),
        ("We know who we removed", "Geneviève Lacombe-Hart", "Lacombe-Hart"),
        ("astonishing", "Brent Kowalchuk", "Brent Kowalchuk"),
        ("You can tell me how many parking tickets", "Brent Kowalchuk", "Kowalchuk"),
        ("the agency had asked for funding in 2022", "Geneviève Lacombe-Hart", "Lacombe-Hart"),
        ("C'est la question que les gens", "Martine Desrochers", "Desrochers"),
        ("about 2,900 of the cases involved a criminal record", "Paul Nkemelu", "Paul Nkemelu"),
        ("it had removed more people in 2024", "Sandeep Gill", "Sandeep Gill"),
        ("Let's not pretend this problem started", "Sandeep Gill", "Gill"),
        ("We don't work to a quota", "Paul Nkemelu", "Nkemelu"),
        ("We work to the law", "Paul Nkemelu", "Nkemelu"),
    ],
    "roundup": [
        ("crews were working to repair the line", "Department of Community and Government Services",
         "Department of Community and Government Services"),
        ("We're asking everyone to check on elders", "Lootie Akpalialuk", "Lootie Akpalialuk"),
        ("he plans to buy a house", "Darnell Whitlock", "A Halifax man"),
        ("he bought the ticket at a gas station", "Darnell Whitlock", "Darnell Whitlock"),
        ("I thought it said $2,000", "Darnell Whitlock", "he"),
        ("the province will review every school bus contract", "Roberta Kaminski", "Manitoba's education minister"),
        ("Parents need to know", "Roberta Kaminski", "Roberta Kaminski"),
        ("it had suspended him", "Prairie Coach Lines", "Prairie Coach Lines"),
        ("Kerri put this town on the map", "Greg Wenzel", "Greg Wenzel"),
        ("completely floored", "Kerri Sawatzky", "Sawatzky"),
        ("a dry winter has left parts of the Interior", "BC Wildfire Service", "BC Wildfire Service"),
        ("snowpack in the southern Interior was at 61", "Kyra Baptiste", "Kyra Baptiste"),
        ("It's not a prediction", "Kyra Baptiste", "she"),
    ],
    "awards": [
        ("I made this record in my parents' basement", "Marie-Ève Cloutier", "Cloutier"),
        ("So this is for every kid in a basement", "Marie-Ève Cloutier", "Cloutier"),
        ("she had almost quit music in 2022", "Marie-Ève Cloutier", "she"),
        ("I'm glad I listened to him", "Marie-Ève Cloutier", "she"),
        ("to see that our languages belong on this stage", "Jalen Moosomin", "Moosomin"),
        ("My kokum is watching at home", "Jalen Moosomin", "he"),
        ("Minus 34 and you all came out", "Farah Qureshi", "Qureshi"),
        ("Thank you. Now let's play", "Angus Lachance", "he"),
        ("more than 2,300 people attended the gala", ANY, "Organizers"),
    ],
    "refugee": [
        ("I called my sister in Cairo", "Amira Abdelrahman", "Abdelrahman"),
        ("he is grateful for the job", "Yousif Hamid", "He"),
        ("In Sudan I did the books", "Yousif Hamid", "he"),
        ("My parents make me translate the mail", ANY, "she"),
        ("Even the junk mail", ANY, "she"),
        ("it has helped resettle more than 400 refugees", "Multicultural Association of the Greater Moncton Area",
         "Multicultural Association of the Greater Moncton Area"),
        ("the biggest barrier for newcomers is not language", "Luc Arsenault-Diallo", "Luc Arsenault-Diallo"),
        ("Families are ready to work", "Luc Arsenault-Diallo", "Arsenault-Diallo"),
        ("working with provinces and regulators", "Immigration, Refugees and Citizenship Canada",
         "Immigration, Refugees and Citizenship Canada"),
        ("Everyone says my English is good", "Amira Abdelrahman", "she"),
        ("They are being polite", "Amira Abdelrahman", "she"),
        ("My mother's voice", "Amira Abdelrahman", "she"),
    ],
    "inside": [
        ("the humidity would ease by Sunday", "Terri-Lynn Pascoe", "Terri-Lynn Pascoe"),
    ],
    # set B, written and annotated after set A was fixed, before the engine was run on it
    "budget": [
        ("Nova Scotia will run a $1.2-billion deficit next year", "Allison Corkum-Reid",
         "Finance Minister Allison Corkum-Reid"),
        ("This is a budget for people who are tired of waiting", "Allison Corkum-Reid", "Corkum-Reid"),
        ("the deficit was", "Allison Corkum-Reid", "She"),
        ("the largest in the province's history", "Tom Bezanson", "Liberal finance critic Tom Bezanson"),
        ("They promised discipline", "Tom Bezanson", "Bezanson"),
        ("won't build a single unit this year", "Marguerite Oduya", "NDP Leader Marguerite Oduya"),
        ("Ninety-five million dollars sounds like a lot", "Marguerite Oduya", "Oduya"),
        ("appears optimistic", "Atlantic Provinces Economic Council", "The Atlantic Provinces Economic Council"),
        ("have nothing left to give", "Jordi Fontaine", "Its Atlantic vice-president, Jordi Fontaine"),
    ],
    "appeal": [
        ("The charge to the jury on self-defence was incomplete", "Miriam Kalinowski",
         "Justice Miriam Kalinowski"),
        ("A properly instructed jury may well have reached", "Miriam Kalinowski", "Justice Miriam Kalinowski"),
        ("the trial judge did not explain that the jury", "Court of Appeal for Saskatchewan", "The court"),
        ("he acted in self-defence", "Dwayne Cardinal-Fisher", "Cardinal-Fisher"),
        ("Ostrowski pulled a knife first", "Dwayne Cardinal-Fisher", "he"),
        ("relieved but exhausted", "Naomi Wuttunee", "His lawyer, Naomi Wuttunee"),
        ("He has spent three years in custody", "Naomi Wuttunee", "Wuttunee"),
        ("any error in the instructions was harmless", ANY, "The Crown"),
        ("We cannot say with confidence", "Miriam Kalinowski", "Kalinowski"),
        ("it was reviewing the decision", "Saskatchewan Public Prosecutions", "Saskatchewan Public Prosecutions"),
        ("she was devastated by the ruling", "Brenda Ostrowski", "Ostrowski's mother, Brenda Ostrowski"),
        ("We sat through that trial once", "Brenda Ostrowski", "she"),
    ],
    "column": [
        ("We're not looking at the standings", "Mattias Lindqvist", "defenceman Mattias Lindqvist"),
        ("Yeah. Every game", "Jordan Beauchemin", "Beauchemin"),
        ("That's on me", "Pekka Rautiainen", "he"),
        ("The guys played well enough to win", "Pekka Rautiainen", "he"),
        ("he would not change goalies", "Dale Whitcombe", "Head coach Dale Whitcombe"),
        ("Pekka's been our best player", "Dale Whitcombe", "Whitcombe"),
        ("winger Ty Akiwenzie", "Dale Whitcombe", "Whitcombe"),
        ("the room is calm", "Mattias Lindqvist", "Lindqvist"),
        ("Nobody's panicking", "Mattias Lindqvist", "he"),
        ("Ask me again in a week", "Mattias Lindqvist", "he"),
    ],
    "science": [
        ("have become measurably smaller over four decades", ANY,
         "a new study led by researchers at the University of Manitoba"),
        ("were on average 11 per cent shorter", ANY, "the researchers"),
        ("What surprised us was how consistent", "Hannah Okpik-Sørensen",
         "lead author Dr. Hannah Okpik-Sørensen"),
        ("warmer water speeds up the metabolism", "Rafael Quintero",
         "Co-author Rafael Quintero of Fisheries and Oceans Canada"),
        ("It's a bit like running a furnace", "Rafael Quintero", "Quintero"),
        ("elders had been talking about smaller fish", "Joseph Anavilok",
         "Kugluktuk Hunters and Trappers Organization chair Joseph Anavilok"),
        ("Science is catching up", "Joseph Anavilok", "Anavilok"),
        ("But it's good to have it written down", "Joseph Anavilok", "Anavilok"),
        ("that would be the focus of the team's next project", "Hannah Okpik-Sørensen", "Okpik-Sørensen"),
    ],
    "rcmpconf": [
        ("Human remains found last week in a wooded area", "RCMP", "RCMP"),
        ("her death is considered suspicious", "Renée Dufresne-Yellowhorn",
         "Cpl. Renée Dufresne-Yellowhorn"),
        ("Our thoughts are with Shayla's family", "Renée Dufresne-Yellowhorn", "Dufresne-Yellowhorn"),
        ("investigators with the North District Major Crime Unit", "Renée Dufresne-Yellowhorn", "She"),
        ("no information at this time", "Renée Dufresne-Yellowhorn", "Dufresne-Yellowhorn"),
        ("the remains had to be examined", "Renée Dufresne-Yellowhorn", "she"),
        ("I know that's hard to hear", "Renée Dufresne-Yellowhorn", "she"),
        ("We told them in October", "Aileen Prince", "she"),
        ("Nobody listened until it was too late", "Aileen Prince", "she"),
        ("an independent review of the initial", "Aileen Prince", "The chief"),
        ("welcomes any review that helps families", "RCMP", "The RCMP"),
    ],
    # set C, written and annotated after set B was fixed, before the engine was run on it
    "election": [
        ("Tonight, the whole city won. Not me", "Irene Kowalczyk", "Kowalczyk"),
        ("her first priority would be the city's aging water mains", "Irene Kowalczyk", "She"),
        ("he would not rule out asking for a recount", "Darren Pelto", "Pelto"),
        ("Three hundred and forty-two votes is not a lot", "Darren Pelto", "he"),
        ("he was proud of the campaign", "Samuel Keesick", "Keesick"),
        ("I've lost elections before", "Samuel Keesick", "he"),
        ("turnout was 41 per cent", "Melanie Ruusila", "City clerk Melanie Ruusila"),
        ("A recount is automatic only if the margin", ANY, "the city's election bylaw"),
        ("he chose Kowalczyk because", "Ahmed Farouk", "Voter Ahmed Farouk"),
    ],
    "earnings": [
        ("a smaller grain harvest would weigh on volumes", "Gordon Mbeki-Laurin", "its chief executive"),
        ("We delivered the best quarter in our history", "Gordon Mbeki-Laurin",
         "chief executive Gordon Mbeki-Laurin"),
        ("But I'd be misleading you", "Gordon Mbeki-Laurin", "chief executive Gordon Mbeki-Laurin"),
        ("Not today", "Gordon Mbeki-Laurin", "Mbeki-Laurin"),
        ("We'll have a much better read in January", "Gordon Mbeki-Laurin", "Mbeki-Laurin"),
        ("the railway expects to spend $1.1 billion", "Li Wen Tsao", "Chief financial officer Li Wen Tsao"),
        ("The contract is fair", "Li Wen Tsao", "Tsao"),
        ("That's worth something in this industry", "Li Wen Tsao", "Tsao"),
        ("a clean beat with a cloudy outlook", "Mark Desrosiers", "Desrosiers"),
    ],
    "trial": [
        ("he had changed his story to protect a friend", "Gurpreet Dhaliwal",
         "A witness in the trial of a man accused of assaulting a gas station clerk"),
        ("he saw the accused, Tyler Brennan, punch the clerk", "Gurpreet Dhaliwal", "Gurpreet Dhaliwal"),
        ("he had told police a different version", "Margaret Osei-Bonsu", "defence lawyer Margaret Osei-Bonsu"),
        ("I was scared. I said what I said", "Gurpreet Dhaliwal", "Dhaliwal"),
        ("he and Brennan had argued over money", "Margaret Osei-Bonsu", "Osei-Bonsu"),
        ("That is not true", "Gurpreet Dhaliwal", "Dhaliwal"),
        ("the Crown expects to call two more witnesses", "Neil Vasquez-Hart", "Crown prosecutor Neil Vasquez-Hart"),
        ("is not the person they're describing", "Diane Brennan", "Brennan's mother, Diane Brennan"),
        ("He's made mistakes", "Diane Brennan", "she"),
    ],
    "social": [
        ("the Hollis Street bike lane was", "Trevor Boutilier", "Coun. Trevor Boutilier"),
        ("his choice of words was", "Trevor Boutilier", "Boutilier"),
        ("I let my frustration get the better of me", "Trevor Boutilier", "he"),
        ("the apology was", "Jasmine Nakamura-Ross", "Cycling advocate Jasmine Nakamura-Ross"),
        ("What would really show respect", "Jasmine Nakamura-Ross", "she"),
        ("held to a higher standard, online and off", "Carla Devereaux", "Mayor Carla Devereaux"),
    ],
    "whatson": [
        ("It's a book about inheritance", "Beatrice Holloway", "Holloway"),
        ("Bring your charger and your passwords", "Keith Varga", "organizer Keith Varga"),
        ("the first cherries of the season should arrive", ANY, "Vendors"),
    ],
}  # fmt: skip
# The statements of unnamed sources: flagged anonymous.
UNNAMED: set[tuple[str, str]] = {
    ("inquiry", "continues to co-operate fully with the commission"),
    ("committee", "they cannot say precisely how many people"),
    ("awards", "more than 2,300 people attended the gala"),
    ("whatson", "the first cherries of the season should arrive"),
}
# Borderline: a reader may or may not annotate these; found or not, they count neither way.
OPTIONAL: dict[str, list[str]] = {
    "inquiry": ["Isn't it true that every hospital", "under review", "is expected to testify"],
    "committee": ["how many of the outstanding cases", "whether the agency had a target",
                  "That is the question people back home are asking"],
    "roundup": [],
    "awards": ["Give it one more year"],
    "refugee": ["my English is good"],
    "inside": ["something you've been waiting to hear"],
    "budget": ["welcomed the decision not to raise taxes"],
    "appeal": ["the trial judge gave the jury flawed instructions"],
    "column": ["whether the team was in must-win territory", "took the blame"],
    "science": [],
    "rcmpconf": ["the woman as Shayla Prince", "whether police believe the public is at risk",
                 "why it took police two weeks", "Anyone with information is asked"],
    "election": ["his volunteers"],
    "earnings": ["record third-quarter profit", "the western wheat crop would be about nine per cent smaller",
                 "whether the company would cut its full-year guidance", "executives on labour costs"],
    "trial": ["In your statement that night", "you did not see who threw the first punch", "not guilty",
              "is expected to testify"],
    "social": ["cyclists on a downtown bike lane", "for a social media post",
               "The Hollis St. bike lane is a monument"],
    "whatson": [],
}  # fmt: skip
# Known misses, kept failing until fixed.
MISSED: dict[tuple[str, str], str] = {
    ("science", "were on average 11 per cent shorter"): "researchers' 'found' is read as a perception, no speech act "
    "(PolNeAR's reading: reading it as speech cost a PolNeAR dev statement)",
}
UNFLAGGED: dict[tuple[str, str], str] = {}
EXTRA: dict[str, str] = {
    "inquiry": "a transcript's question 'Did anyone from management respond to that report?' is read as a statement "
    "('respond' with its object), and 'questioned whether the delays were unusual' too (PolNeAR annotates questions "
    "put as statements)",
    "committee": "'defended the agency, saying …' gives 'the agency' as a statement of its own (PolNeAR annotates a "
    "politician's 'defended his record')",
    "column": "a columnist's 'which is what players say when they have looked at the standings' is read as a "
    "statement of players",
    "refugee": "a reporter's 'Asked what she misses most about Sudan, she was quiet' is read as a statement with no "
    "speaker (PolNeAR annotates a fronted 'Asked …' question so)",
}
WRONG_NAME: dict[tuple[str, str], str] = {
    ("inquiry", "ambulance crews routinely waited more than 40 minutes"): "a lede's description ('A former charge "
    "nurse at Lakeshore General Hospital told …') is not linked to the name the next paragraph gives",
    ("earnings", "a smaller grain harvest would weigh on volumes"): "'its chief executive warned analysts …' is not "
    "linked to 'chief executive Gordon Mbeki-Laurin' in the next paragraph",
    ("trial", "he had changed his story to protect a friend"): "the lede's 'A witness in the trial of a man accused of "
    "assaulting a gas station clerk' is read from its last noun ('unnamed clerk'), and its name comes a paragraph "
    "later",
    ("roundup", "completely floored"): "the full name is met only inside a park's quoted name ('\"Kerri Sawatzky "
    "Commons\"') and as 'Kerri' alone",
}
WRONG_MENTION: dict[tuple[str, str], str] = {}


BATCH = ArticleBatch(
    ARTICLES,
    S14,
    missed=MISSED,
    wrong_name=WRONG_NAME,
    wrong_mention=WRONG_MENTION,
    unnamed=frozenset(UNNAMED),
    unflagged=UNFLAGGED,
    extra=EXTRA,
    optional=OPTIONAL,
)


@pytest.mark.parametrize(("article", "fragment", "speaker"), BATCH.statement_params())
def test_s14_article_statement(article: str, fragment: str, speaker: object) -> None:
    BATCH.check_statement(article, fragment, speaker)


@pytest.mark.parametrize(("article", "fragment", "mention"), BATCH.mention_params())
def test_s14_article_mention(article: str, fragment: str, mention: str) -> None:
    BATCH.check_mention(article, fragment, mention)


@pytest.mark.parametrize(("article", "fragment"), BATCH.unnamed_params())
def test_s14_unnamed_source_is_flagged(article: str, fragment: str) -> None:
    assert BATCH.statement(article, fragment).anonymous


@pytest.mark.parametrize("article", BATCH.article_params())
def test_s14_article_has_no_other_speech_act(article: str) -> None:
    """Headlines, bylines, captions, credits, page furniture, titles of works, nicknames, horoscopes and a
    correction's retracted words are no one's statements."""
    BATCH.check_nothing_else(article)


# -- set A's constructions: who speaks --------------------------------------------------------------------------------
SET_A_SPEAKERS = [
    # (case, text, fragment, speaker)
    # a title's abbreviation ends no sentence: "Coun.", "Cst.", "Supt."
    ("coun", 'Council met Tuesday. "It put us on the map," Coun. Greg Wenzel said.', "on the map", "Greg Wenzel"),
    ("cst", "Police were called at noon. Cst. Ann Lee said the driver was sober.", "sober", "Ann Lee"),
    ("supt", "Supt. Ann Lee said the road would reopen.", "reopen", "Ann Lee"),
    # a quoted nickname between a first name and a surname is no part of the name
    ("nickname-surname", 'Rapper Jalen "Big Sky" Moosomin won. Moosomin said he wanted "to see our languages here."',
     "languages", "Jalen Moosomin"),
    ("nickname-pronoun", 'Fiddler Angus "Gus" Lachance received the award.\n\n"Thank you. Now let us play," he '
     "said.", "let us play", "Angus Lachance"),
    ("nickname-curly", "Boxer Ann “The Hammer” Lee won. Lee said the fight was hard.", "fight", "Ann Lee"),
    # a body's name with "of the" or "of … and …" after its body noun, a listed body's name holding a comma
    ("of-the-body", "The Multicultural Association of the Greater Moncton Area says it has helped 400 refugees.",
     "helped", "Multicultural Association of the Greater Moncton Area"),
    ("of-and-body", "The territory's Department of Community and Government Services said crews were working.",
     "crews", "Department of Community and Government Services"),
    ("fisheries-oceans", "The Department of Fisheries and Oceans said the stock is low.", "stock",
     "Department of Fisheries and Oceans"),
    ("comma-body", "Immigration, Refugees and Citizenship Canada said in an email that it is working.", "working",
     "Immigration, Refugees and Citizenship Canada"),
    # a position over a lowercase portfolio before the name
    ("portfolio-name", "CBSA vice-president of enforcement Geneviève Lacombe-Hart said the database tracks orders.",
     "database", "Geneviève Lacombe-Hart"),
    ("head-of-name", "The head of communications Ann Lee said the plan failed.", "plan", "Ann Lee"),
    # a court transcript's "A." answers for the witness the introduction names
    ("transcript-answer", "Colleen Abernathy-Price testified Tuesday.\n\nQ. Did anyone respond?\n\nA. Not to me. I "
     "heard nothing.", "Not to me", "Colleen Abernathy-Price"),
    # negatives: a person after a body's "and", a body after "the head of the", a listed body after a comma, a
    # quotation after the name
    ("person-after-and", "The head of the Department of Health and Ann Lee said it failed.", "failed", "Ann Lee"),
    ("head-of-the-body", "The head of the Moncton Area Food Bank said it was empty.", "empty",
     "head of the Moncton Area Food Bank"),
    ("comma-not-body", "Ann Lee, Health Canada said it is working.", "working", "Health Canada"),
    ("quoted-after-name", 'Ann Lee sang "Prairie Static" on Tuesday, Lee said.', "Prairie", "Ann Lee"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in SET_A_SPEAKERS],
                         ids=[c[0] for c in SET_A_SPEAKERS])  # fmt: skip
def test_set_a_speakers(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


# -- set A's constructions: what is no one's statement, and where a statement starts ---------------------------------
SET_A_TEXTS = [
    # (case, text, the speech acts' texts)
    ("editors-note", "Editor's note\n\nAn article on Page A3 on Thursday incorrectly said the city had approved a "
     "budget. Council has not voted.", []),
    ("correction-wrongly", "Correction: A story on Page A3 wrongly reported that the pool would open in May.", []),
    ("roundup-headline", "Ann Lee said the vote was lost.\n\nB.C. wildfire service warns of early season\n\nKAMLOOPS, "
     "B.C. — The BC Wildfire Service says a dry winter has left the Interior at risk.",
     ["the vote was lost", "a dry winter has left the Interior at risk"]),
    ("cannot-alone", "Ann Lee cannot say the plan failed.", []),
    ("cannot-say", "Officials told a House of Commons committee Thursday they cannot say how many people left.",
     ["they cannot say how many people left"]),
    ("commons-committee", "Ann Lee told the House of Commons committee that the plan failed.",
     ["that the plan failed"]),
    ("answer-after-q", "Ann Lee testified.\n\nQ. Did you file a report?\n\nA. Yes, I filed it that night.",
     ["Yes, I filed it that night"]),
    # negatives: a report a correction makes of someone, an unpunctuated line with no dateline below, a line
    # opening with an initial and no question before, a negation elsewhere, a "Correction" with nothing retracted
    ("correction-report", "Correction: An earlier version misspelled Ann Lee's name. Lee said the plan failed.",
     ["the plan failed"]),
    ("no-dateline", "Ann Lee said the vote was lost.\n\nShe will run again\n\nLee said she would run again.",
     ["the vote was lost", "she would run again"]),
    ("initial", "A. Smith said the vote was lost.", ["the vote was lost"]),
    ("can-say", "Ann Lee can say the plan failed.", ["the plan failed"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in SET_A_TEXTS], ids=[c[0] for c in SET_A_TEXTS])
def test_set_a_texts(text: str, statements: list[str]) -> None:
    assert speech_texts(text) == statements


# -- set B's constructions: who speaks --------------------------------------------------------------------------------
SET_B_SPEAKERS = [
    # (case, text, fragment, speaker)
    # "Co-author Ann Lee" opening a sentence: a person's noun with "co-"
    ("co-author", "Co-author Rafael Quintero of Fisheries and Oceans Canada said warm water speeds metabolism.",
     "metabolism", "Rafael Quintero"),
    ("co-founder", "Co-founder Ann Lee said the shop would close.", "shop", "Ann Lee"),
    # a news conference: the unnamed reporter who asks is not who "she" is
    ("reporter-asks", "Cpl. Ann Lee spoke at the detachment.\n\nWhen a reporter asked why it took two weeks, she said "
     "the remains had to be examined.", "remains", "Ann Lee"),
    # a lede's description, named soon after in its paragraph
    ("lede-man-age", "HALIFAX — A Halifax man says he plans to buy a house. Darnell Whitlock, 44, said he bought the "
     "ticket at a gas station.", "buy a house", "Darnell Whitlock"),
    ("lede-minister", "WINNIPEG — Manitoba's education minister says the province will review contracts. \"Parents "
     "need to know,\" Education Minister Roberta Kaminski told reporters.", "review contracts", "Roberta Kaminski"),
    # "charge nurse" is no cue: the nurse speaks
    ("charge-nurse", "A former charge nurse told the inquiry that crews waited for hours.", "crews", "unnamed nurse"),
    # the description's sentence ends its paragraph: the next one names it; a company's "its chief executive"
    ("lede-next-paragraph", "A Halifax man says he plans to buy a house.\n\nDarnell Whitlock, 44, said he bought it.",
     "buy a house", "Darnell Whitlock"),
    ("lede-its-officer", "CALGARY — Prairie Northern Railway Ltd. reported record profit, but its chief executive "
     "warned that a smaller harvest would weigh on volumes.\n\n\"We delivered,\" chief executive Gordon Mbeki-Laurin "
     "said.", "smaller harvest", "Gordon Mbeki-Laurin"),
    ("lede-nato", "NATO's secretary general, meanwhile, called on the regime to abandon its weapons.\n\n\"The test "
     "undermines security,\" NATO Secretary General Jens Stoltenberg said.", "abandon", "Jens Stoltenberg"),
    # negatives: a woman's name after "a man", a name with another title, an unnamed source, a name not opening
    # the next paragraph's sentence
    ("lede-other-gender", "A man said the fire started at noon. Ann Lee, 44, said she saw smoke.", "noon",
     "unnamed man"),
    ("lede-other-title", "A government official said the talks failed. Foreign Minister Ann Lee said they would "
     "resume.", "talks failed", "unnamed official"),
    ("lede-source", "An official said the talks failed.\n\nAn official, Ann Lee, 44, said they would resume.",
     "talks failed", "unnamed official"),
    ("lede-police-said", "A Halifax man says he plans to buy a house.\n\nPolice said Darnell Whitlock, 44, bought "
     "it.", "buy a house", "unnamed man"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in SET_B_SPEAKERS],
                         ids=[c[0] for c in SET_B_SPEAKERS])  # fmt: skip
def test_set_b_speakers(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


SET_B_TEXTS = [
    # (case, text, the speech acts' texts)
    # a court's or a tribunal's finding
    ("court-found", "The court found that the trial judge erred.", ["that the trial judge erred"]),
    ("a-court-found", "A Quebec court found that the contract was void.", ["that the contract was void"]),
    # "has always maintained he acted …": a subject pronoun opens the clause after a verb read mostly with an object
    ("always-maintained", "Ann Lee has always maintained he acted in self-defence.", ["he acted in self-defence"]),
    ("always-said", "Ann Lee always said he acted alone.", ["he acted alone"]),
    # a clause of time after the cue: the content is before the comma
    ("as-she-tabled", "Nova Scotia will run a deficit, Finance Minister Ann Lee announced Tuesday as she tabled the "
     "budget.", ["Nova Scotia will run a deficit"]),
    ("while-he-toured", "The plant will close, Ann Lee said while he toured it.", ["The plant will close"]),
    # a pull quote found inside a longer quotation, and "reported missing"
    ("pull-quote-inside", '"They promised discipline. What they delivered is a credit card with no limit," Tom Roy '
     'said.\n\n"A credit card with no limit." — Tom Roy, Liberal critic', ['"They promised discipline. What they '
     'delivered is a credit card with no limit,"']),
    ("reported-missing", "The remains are those of a woman reported missing in October, RCMP confirmed Friday.",
     ["The remains are those of a woman reported missing in October"]),
    # negatives: a verdict, a person's finding, an article before the noun, a fronted phrase of place, a clause after
    # "as" with its "that", a signed quotation said nowhere else
    ("found-guilty", "The court found him not guilty.", []),
    ("person-found", "Ann Lee found that the plan worked.", []),
    ("researchers-found", "The fish were smaller, the researchers found.", []),
    ("panel-found", "An arbitration panel found the United States was in breach.", []),
    ("state-she-represents", "In the state she represents, people are poor.", []),
    ("place-then-when", "In Halifax, Ann Lee said when she arrived the plan failed.",
     ["when she arrived the plan failed"]),
    ("as-then-that", "Ann Lee said as she left that the plan failed.", ["that the plan failed"]),
    ("signed-only", "Ann Lee spoke first.\n\n\"We will fight this to the end.\" — Tom Roy, Liberal critic",
     ['"We will fight this to the end."']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in SET_B_TEXTS], ids=[c[0] for c in SET_B_TEXTS])
def test_set_b_texts(text: str, statements: list[str]) -> None:
    assert speech_texts(text) == statements


# -- set C's constructions --------------------------------------------------------------------------------------------
SET_C_SPEAKERS = [
    # (case, text, fragment, speaker)
    # a fronted place before the speaker's appositives is no name
    ("outside-court", "Outside court, Brennan's mother, Diane Brennan, said her son \"is not the person they are "
     "describing.\"", "describing", "Diane Brennan"),
    ("outside-his-mother", "Outside court, his mother, Diane Brennan, said he is innocent.", "innocent",
     "Diane Brennan"),
    ("inside-hall", "Inside the hall, its organizer, Ann Lee, said the vote was close.", "vote", "Ann Lee"),
    # negatives: the first name of the chain speaks, "outside" as an adjective
    ("name-first", "Diane Brennan, his mother, said he is innocent.", "innocent", "Diane Brennan"),
    ("outside-group", "Ann Lee told an outside group that she is innocent.", "innocent", "Ann Lee"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in SET_C_SPEAKERS],
                         ids=[c[0] for c in SET_C_SPEAKERS])  # fmt: skip
def test_set_c_speakers(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


SET_C_TEXTS = [
    # (case, text, the speech acts' texts)
    # a crowd's chant is no speech act (PolNeAR reads most so)
    ("chant", 'Ann Lee took the stage as the crowd chanted "Irene! Irene!"', []),
    ("chanted-slogan", 'Protesters chanted "No deal, no peace" outside the hotel.', []),
    # "conceded shortly after 11:30 p.m.": a time, no content
    ("shortly-after", "Pelto conceded shortly after 11:30 p.m. but said he would not rule out a recount.",
     ["he would not rule out a recount"]),
    # an events listing's category label is no speaker
    ("film-label", 'Film: "Summer Lake" (2024, PG). 7 p.m., Rotary Centre. Director Nadine Okafor will take '
     "questions.", []),
    ("concert-label", "Concerts: The Barrel Boys play the Legion, 8 p.m., tickets at the door.", []),
    # negatives: a speaker's label, a chant reported as someone's words, a time after "that"
    ("speaker-label", "Okafor: The film took four years to make, and it shows.",
     ["The film took four years to make, and it shows"]),
    ("said-shortly", "Ann Lee said shortly after noon that the vote was close.", ["that the vote was close"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in SET_C_TEXTS], ids=[c[0] for c in SET_C_TEXTS])
def test_set_c_texts(text: str, statements: list[str]) -> None:
    assert speech_texts(text) == statements
