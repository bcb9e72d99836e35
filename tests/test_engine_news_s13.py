"""General news, batch 5, in sections and shapes the earlier invented batches did not cover (issue 12). Set A: an
election night live blog with timestamps, a numbered listicle, a backcountry rescue, a Remembrance Day ceremony, a
golf final round and an advice column (letters and the columnist's own voice: mostly no one's statements); set B: a
Q&A with "Q:"/"A:" labels, a labour board ruling, a zoo's newborns, a lobster fishery dispute and a takeover; set C: a
lottery winner, a church's last Mass, a title fight, an avalanche death and a poetry reading. Each set was written
and annotated before the engine was run on it, after the set before it was fixed (speech statements with a cue or
"according to", bodies included; no headlines, decks, bylines, timestamps, captions, credits, READ MORE / RELATED /
WATCH lines, pull quotes, chants, slogans, signs, petition titles, scare quotes, titles of works, poems or the
columnist's advice). Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ANY_SPEAKER as ANY
from conftest import (
    ArticleBatch,
    only_statement,
    speech_texts,
)

ARTICLES = Path(__file__).parent / "news_s13"
# article → (fragment of each statement, speaker's full name, the mention the cue's subject is written with)
S13: dict[str, list[tuple[str, object, str]]] = {
    # set A
    "liveblog": [
        ("Saskatchewan has spoken, and I am humbled", "Gordon Heppner", "Heppner"),
        ("his first call on Monday would be to the mayors", "Gordon Heppner", "He"),
        ("won the argument on health care", "Amrita Sandhu-Kerr", "Amrita Sandhu-Kerr"),
        ("We picked up seats in every part", "Amrita Sandhu-Kerr", "Sandhu-Kerr"),
        ("cautiously optimistic", "Renata Yuzik", "Renata Yuzik"),
        ("We've been here before", "Renata Yuzik", "she"),
        ("turnout appeared to be higher than in 2020", "Elections Saskatchewan", "Elections Saskatchewan"),
        ("smoothly across the province", "Dianne Kubica", "Dianne Kubica"),
        ("the early results point to", "Jim Fehr", "Jim Fehr"),
        ("The cities are moving", "Jim Fehr", "Fehr"),
    ],
    "listicle": [
        ("the city has mailed a", "Bjorn Halvorsen", "Bjorn Halvorsen"),
        ("If you take one thing away from this", "Bjorn Halvorsen", "Halvorsen"),
        ("a fare review is planned for the spring", "Evelyn Dumas-Reid", "Evelyn Dumas-Reid"),
        ("that is his biggest worry", "Marcus Oyelaran", "Marcus Oyelaran"),
        ("For someone using a walker", "Marcus Oyelaran", "Oyelaran"),
        ("would add 20 vehicles this winter", "Bjorn Halvorsen", "Halvorsen"),
        ("the Portage Avenue route had carried her", "Loretta Kuzyk", "Loretta Kuzyk"),
        ("They keep telling me the new one is better", "Loretta Kuzyk", "Kuzyk"),
        ("the 11's riders will be served", ANY, "The city"),
        ("delete and reinstall if the map looks weird", "Pixelgrain Studio", "Pixelgrain Studio"),
    ],
    "rescue": [
        ("were found alive Wednesday morning", "North Shore Rescue", "North Shore Rescue"),
        ("a ground team heard a whistle", "Dwight Calloway", "Dwight Calloway"),
        ("They did almost everything right", "Dwight Calloway", "Calloway"),
        ("What they did wrong was the first part", "Dwight Calloway", "Calloway"),
        ("they had wrapped themselves in a single space blanket", "Dwight Calloway", "Calloway"),
        ("she had not slept since Sunday", "Leticia Moreno-Vance", "Leticia Moreno-Vance"),
        ("When the phone rang this morning", "Leticia Moreno-Vance", "she"),
        ("they were in stable condition", ANY, "A Vancouver Coastal Health spokesperson"),
        ("unsustainable for a volunteer team", "Priya Raghunathan", "Priya Raghunathan"),
        ("We'll go every time", "Priya Raghunathan", "she"),
    ],
    "remembrance": [
        ("is believed to be the last Korean War veteran", "Royal Canadian Legion", "Royal Canadian Legion"),
        ("I'm not the last one", "Angus MacEachern", "he"),
        ("I think about the boys who didn't come home", "Angus MacEachern", "he"),
        ("she had practised the poem", "Aaliyah Boudreau-Jacobs", "She"),
        ("I was nervous, but then I looked at the veterans", "Aaliyah Boudreau-Jacobs", "the 11-year-old"),
        ("is not a duty we finish", "Margaret Lindsay-Fraser", "Margaret Lindsay-Fraser"),
        ("Every generation has to decide for itself", "Margaret Lindsay-Fraser", "she"),
        ("poppy sales in the city were up", "Ray Comeau", "Ray Comeau"),
        ("We were worried people don't carry coins", "Ray Comeau", "Comeau"),
        ("My kids have heard the stories", "Chris Oickle", "Oickle"),
    ],
    "golf": [
        ("I've played this hole in my head", "Corbin Aldous", "Aldous"),
        ("had been in the gallery all week", "Corbin Aldous", "Aldous"),
        ("He walked all 72 holes", "Corbin Aldous", "Aldous"),
        ("I hit two bad shots at the wrong time", "Nils Ekström", "Ekström"),
        ("a moment for every kid hitting balls", "Laura Pettigrew", "Laura Pettigrew"),
        ("the pair had talked about the winning putt's line", "Dev Mahabir", "Dev Mahabir"),
        ("If it comes down to 18", "Dev Mahabir", "Mahabir"),
        ("he would spend Monday at home", "Corbin Aldous", "He"),
        ("I'm going to mow my lawn", "Corbin Aldous", "he"),
    ],
    "advice": [
        ("You forgot the simplest fix of all", ANY, "A reader"),
    ],
    # set B, written and annotated after set A was fixed, before the engine was run on it
    "qa": [  # the answers' mention is their label, as PolNeAR marks a transcript's (first annotated as the name)
        ("Not anymore, and that's the uncomfortable part", "Nadia Okonkwo-Bell", "A"),
        ("It's a ridge of high pressure", "Nadia Okonkwo-Bell", "A"),
        ("I'd retire that phrase", "Nadia Okonkwo-Bell", "A"),
        ("Check on your neighbours", "Nadia Okonkwo-Bell", "A"),
        ("daytime highs of 33 to 36 degrees", "Environment and Climate Change Canada",
         "Environment and Climate Change Canada"),
        ("22 cooling centres would stay open", "City of Vancouver", "City of Vancouver"),
    ],
    "tribunal": [
        ("A Moncton bakery must pay a former employee", "New Brunswick Labour and Employment Board",
         "New Brunswick Labour and Employment Board"),
        ("had discriminated against Samira Haddad", "Gilles Arsenault", "Gilles Arsenault"),
        ("An employer is not required to accept undue hardship", "Gilles Arsenault", "Arsenault"),
        ("she asked her supervisor in March 2023", "Samira Haddad", "She"),
        ("We don't do special treatment here", ANY, "the supervisor"),
        ("she had been let go for lateness", ANY, "The bakery"),
        ("the company produced no attendance records", "Gilles Arsenault", "Arsenault"),
        ("she had not expected to win", "Samira Haddad", "Haddad"),
        ("I thought, who is going to believe me", "Samira Haddad", "she"),
        ("a clear message to small employers", "Rebecca Thibodeau-Walsh", "Rebecca Thibodeau-Walsh"),
        ("he disagreed with the decision", "Martin Gaudet", "Martin Gaudet"),
    ],
    "zoo": [
        ("two red panda cubs born in June are healthy", "Wilder Institute/Calgary Zoo",
         "Wilder Institute/Calgary Zoo"),
        ("weighed about 110 grams each at birth", "Holly Brandvold", "Holly Brandvold"),
        ("For the first few weeks, you barely see them", "Holly Brandvold", "Brandvold"),
        ("Staff have been calling the twins", "Holly Brandvold", "Brandvold"),
        ("the cubs' first checkups went well", "Amrit Chahal", "Amrit Chahal"),
        ("They're feisty", "Amrit Chahal", "she"),
        ("Fewer than 10,000 red pandas are believed to remain", "International Union for Conservation of Nature",
         "International Union for Conservation of Nature"),
        ("every birth in the program matters", "Clément Fortier-Bauer", "Clément Fortier-Bauer"),
        ("Two cubs is a very good year", "Clément Fortier-Bauer", "he"),
        ("We'll just have to come back in September", "Joanne Kwasny", "she"),
    ],
    "lobster": [
        ("about 40 officers were in the area", "RCMP", "RCMP"),
        ("the band's fishery is a treaty right", "Della Marr", "Della Marr"),
        ("We are fishing 350 traps", "Della Marr", "Marr"),
        ("lobster caught out of season", "Gerald d'Entremont", "Gerald d'Entremont"),
        ("This isn't about who anybody is", "Gerald d'Entremont", "d'Entremont"),
        ("remains committed to implementing the treaty right", "Fisheries and Oceans Canada",
         "Fisheries and Oceans Canada"),
        ("talks with the band were continuing", "Pauline Arseneau", "Pauline Arseneau"),
        ("We are at the table", "Pauline Arseneau", "she"),
        ("she had heard that before", "Della Marr", "Marr"),
        ("They've been at the table for 25 years", "Della Marr", "she"),
        ("he had been fishing since he was 12", ANY, "A Mi'kmaw fisher"),  # left out of the first annotation
        ("My grandfather fished this bay", ANY, "he"),
    ],
    "merger": [
        ("has agreed to be bought by Quebec's Provimart", ANY, "the companies"),
        ("Harbourview has been part of Atlantic Canadian life", "Sophie Lavallée-Morin", "Sophie Lavallée-Morin"),
        ("the board had considered", "Neil MacKinnon", "Neil MacKinnon"),
        ("We have a good business", "Neil MacKinnon", "he"),
        ("it does not comment on specific transactions", ANY, "A bureau spokesperson"),
        ("she expected the deal to be approved", "Priyanka Sethi", "Priyanka Sethi"),
        ("There is very little overlap", "Priyanka Sethi", "Sethi"),
        ("it wanted written guarantees on jobs", ANY, "The United Food and Commercial Workers union"),
        ("We've heard 'nothing is going to change' before", "Kerri-Ann Boudreau", "Kerri-Ann Boudreau"),
        ("As long as they keep the bakery", "Ed Whalen", "Ed Whalen"),
    ],
    # set C, written and annotated after set B was fixed, before the engine was run on it
    "lottery": [
        ("won $5 million", "Ontario Lottery and Gaming Corporation", "Ontario Lottery and Gaming Corporation"),
        ("I checked it six times", "Rosalind Pelletier", "Pelletier"),
        ("she has played the same numbers", "Rosalind Pelletier", "She"),
        ("My kids used to tease me", "Rosalind Pelletier", "she"),
        ("she plans to pay off her house", "Rosalind Pelletier", "Pelletier"),
        ("I like my coworkers", "Rosalind Pelletier", "she"),
        ("She called me at 7 in the morning", "Monique Pelletier-Gagnon", "Pelletier-Gagnon"),
        ("The retailer receives a bonus of $50,000", "Tony Bitonti", "Tony Bitonti"),
        ("winners usually take a few weeks", "Tony Bitonti", "Bitonti"),
        ("That is exactly what we recommend", "Tony Bitonti", "he"),
        ("the odds of winning the Lotto 6/49 jackpot", "Ontario Lottery and Gaming Corporation", "OLG"),
    ],
    "church": [
        ("St. Brendan's would close", "Archdiocese of Halifax-Yarmouth", "Archdiocese of Halifax-Yarmouth"),
        ("its people, not its walls", "Patrick MacIsaac", "Patrick MacIsaac"),
        ("You will take St. Brendan's with you", "Patrick MacIsaac", "he"),
        ("the decision had been painful", "Patrick MacIsaac", "he"),
        ("The roof alone would cost $600,000", "Patrick MacIsaac", "MacIsaac"),
        ("I thought mine would be too", "Mary Catherine Chisholm", "she"),
        ("they would drive to the church in Antigonish", ANY, "Several parishioners"),
        ("they were not sure they would go to Mass", ANY, "Others"),
        ("It won't be the same", "Angus Beaton", "Angus Beaton"),
        ("the building would be offered for sale", "Archdiocese of Halifax-Yarmouth", "the archdiocese"),
        ("he shared the community's grief", "Brian Dunn", "Brian Dunn"),
        ("Closing a church is never a decision made lightly", ANY, "the letter"),
    ],
    "boxing": [
        ("He was strong, stronger than I expected", "Jean-Baptiste Kabongo", "Kabongo"),
        ("That's a simplified version", "Marc-André Tessier", "Tessier"),
        ("he felt fine and wanted a rematch", "Ricardo Salcedo", "Salcedo"),
        ("I came to Canada to win", ANY, "the statement"),
        ("the stoppage was premature", "Alejandro Ruiz-Montaño", "Alejandro Ruiz-Montaño"),
        ("Ricardo was hurt, yes", "Alejandro Ruiz-Montaño", "Ruiz-Montaño"),
        ("The man was down twice in 40 seconds", "Yvon Michaud-Lévesque", "he"),
        ("he wants to fight the WBA champion", "Jean-Baptiste Kabongo", "Kabongo"),
        ("Danny, I know you're watching", "Jean-Baptiste Kabongo", "he"),
        ("Nice work, Hammer", "Danny Fairbrother", "Fairbrother"),
    ],
    "avalanche": [
        ("A backcountry skier from Alberta died Saturday", "Parks Canada", "Parks Canada"),
        ("was skiing with two others", "Parks Canada", "the agency"),
        ("His companions dug him out", "B.C. Coroners Service", "B.C. Coroners Service"),
        ("a layer of surface hoar buried in early January", "Karl Vinderhoek", "Karl Vinderhoek"),
        ("It's what we call a persistent weak layer", "Karl Vinderhoek", "Vinderhoek"),
        ("People see blue skies and fresh snow", "Karl Vinderhoek", "Vinderhoek"),
        ("the group appeared to have had the right equipment", "Karl Vinderhoek", "He"),
        ("They did what they were supposed to do", "Karl Vinderhoek", "he"),
        ("the slope where the avalanche occurred is popular", "Jenna Okafor", "Jenna Okafor"),
        ("This is a tragedy for the family", "Jenna Okafor", "Okafor"),
        ("he had seen more people heading into the backcountry", "Dale Sorensen", "Dale Sorensen"),
        ("We sell them the gear", "Dale Sorensen", "he"),
    ],
    "poetry": [
        ("I didn't expect that", "Odessa Blackwater-Hill", "Blackwater-Hill"),
        ("most of the collection was written during", "Odessa Blackwater-Hill", "She"),
        ("She told me stories every night", "Odessa Blackwater-Hill", "she"),
        ("the festival sold out the reading", "Charlene Diakow", "Charlene Diakow"),
        ("There's a hunger for this right now", "Charlene Diakow", "Diakow"),
        ("I'll buy the book", "Aaron Friesen", "he"),
        ("was chosen before Blackwater-Hill won the Griffin", "Charlene Diakow", "Diakow"),
        ("We got lucky", "Charlene Diakow", "she"),
        ("she is working on a fourth collection", "Odessa Blackwater-Hill", "She"),
    ],
}  # fmt: skip
# The statements of unnamed sources: flagged anonymous.
UNNAMED: set[tuple[str, str]] = {
    ("rescue", "they were in stable condition"),
    ("advice", "You forgot the simplest fix of all"),
    ("tribunal", "We don't do special treatment here"),
    ("merger", "it does not comment on specific transactions"),
    ("church", "they would drive to the church in Antigonish"),
    ("church", "they were not sure they would go to Mass"),
}
# Borderline: a reader may or may not annotate these; found or not, they count neither way.
OPTIONAL: dict[str, list[str]] = {
    "liveblog": ["whether she would stay on as leader", "projected a majority"],
    "listicle": [],
    "rescue": ["They're walking", "to carry the so-called"],
    "remembrance": [],
    "golf": [],
    "advice": ["Hope you didn't need it", "I'm making a big deal out of nothing", "midlife crisis"],
    "qa": ["The century is getting shorter"],
    "tribunal": ["reliable"],
    "zoo": [],
    "lobster": [],
    "merger": ["expect the deal to close"],
    "lottery": ["Mom, you're throwing away money"],
    "church": [],
    "boxing": ["Stop thinking", "the complaint"],
    "avalanche": ["had rated the danger", "touchy conditions", "encourages anyone heading"],
    "poetry": [],
}
# Known misses, kept failing until fixed.
MISSED: dict[tuple[str, str], str] = {
    ("tribunal", "had discriminated against Samira Haddad"): "a person's 'found that' (an adjudicator's finding) is "
    "read as no speech act: only a report's findings are",
}
UNFLAGGED: dict[tuple[str, str], str] = {
    ("tribunal", "We don't do special treatment here"): "'the supervisor' after 'her supervisor' is read as a "
    "person met before, not an unnamed source",
}
EXTRA: dict[str, str] = {
    "boxing": "'defended his WBC light-heavyweight title' and 'laughed when asked about it' are read as statements "
    "(PolNeAR annotates a politician's 'defended his record' and a 'when asked' question as statements)",
    "qa": "a question's 'Some people call these \"once-in-a-century\" events' is read as a statement (a question's "
    "report of someone is one: PolNeAR annotates them)",
    "tribunal": "'rejected that explanation' is read as a statement (PolNeAR annotates a court's rejection of a "
    "request as one)",
    "advice": "the columnist's '\"it's nothing\" is what people say when …' and 'unless you've said yes' are read as "
    "statements ('you' taken for the husband)",
}
WRONG_NAME: dict[tuple[str, str], str] = {
    ("lottery", "the odds of winning the Lotto 6/49 jackpot"): "'OLG' is read as the 'OLG Prize Centre' named "
    "before, not as the corporation whose initials it is without 'Corporation'",
    ("qa", "daytime highs of 33 to 36 degrees"): "the lists name the department by its former name, Environment Canada",
    ("zoo", "two red panda cubs born in June are healthy"): "a body's name with a slash ('Wilder Institute/Calgary "
    "Zoo') keeps only its last part",
}
WRONG_MENTION: dict[tuple[str, str], str] = {}


BATCH = ArticleBatch(
    ARTICLES,
    S13,
    missed=MISSED,
    wrong_name=WRONG_NAME,
    wrong_mention=WRONG_MENTION,
    unnamed=frozenset(UNNAMED),
    unflagged=UNFLAGGED,
    extra=EXTRA,
    optional=OPTIONAL,
)


@pytest.mark.parametrize(("article", "fragment", "speaker"), BATCH.statement_params())
def test_s13_article_statement(article: str, fragment: str, speaker: object) -> None:
    BATCH.check_statement(article, fragment, speaker)


@pytest.mark.parametrize(("article", "fragment", "mention"), BATCH.mention_params())
def test_s13_article_mention(article: str, fragment: str, mention: str) -> None:
    BATCH.check_mention(article, fragment, mention)


@pytest.mark.parametrize(("article", "fragment"), BATCH.unnamed_params())
def test_s13_unnamed_source_is_flagged(article: str, fragment: str) -> None:
    assert BATCH.statement(article, fragment).anonymous


@pytest.mark.parametrize("article", BATCH.article_params())
def test_s13_article_has_no_other_speech_act(article: str) -> None:
    """Headlines, bylines, timestamps, captions, page furniture, chants, signs, titles, scare quotes and a
    columnist's own voice are no one's statements."""
    BATCH.check_nothing_else(article)


# -- a body's name with capitalized words before its country adjective ("the Royal Canadian Legion") ----------------
ROYAL = [
    # (case, text, fragment, speaker)
    ("according-to-legion", "He is the last veteran, according to the Royal Canadian Legion.", "last veteran",
     "Royal Canadian Legion"),
    ("air-force-said", "The Royal Canadian Air Force said the jet landed safely.", "jet", "Royal Canadian Air Force"),
    ("regiment-said", "The Royal Canadian Regiment said the march would go ahead.", "march",
     "Royal Canadian Regiment"),
    # negatives: the adjective opens the body's name, a listed body
    ("adjective-first", "The Chinese Foreign Ministry said the talks went well.", "talks", "Chinese Foreign Ministry"),
    ("no-adjective", "The Winnipeg Humane Society said the shelter was full.", "shelter", "Winnipeg Humane Society"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in ROYAL], ids=[c[0] for c in ROYAL])
def test_a_body_keeps_the_words_before_its_country_adjective(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


# -- "he"/"she" never stand for a body's name met in a run of capitalized words --------------------------------------
PRONOUN_NOT_BODY = [
    # (case, text, fragment, speaker)
    ("legion", "Korean War veteran Angus MacEachern laid a wreath. He is the last one, according to the Royal "
     "Canadian Legion.\n\n\"I'm not the last one,\" he said.", "not the last", "Angus MacEachern"),
    ("society", "Retired nurse Ann Lee adopted a dog from the Winnipeg Humane Society.\n\n\"He sleeps all day,\" "
     "she said.", "sleeps", "Ann Lee"),
    # negatives: a person named after the body, no body at all
    ("person-after", "The Winnipeg Humane Society hired Ann Lee.\n\n\"I love dogs,\" she said.", "love dogs",
     "Ann Lee"),
    ("no-body", "Retired nurse Ann Lee adopted a dog.\n\n\"He sleeps all day,\" she said.", "sleeps", "Ann Lee"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"), [c[1:] for c in PRONOUN_NOT_BODY], ids=[c[0] for c in PRONOUN_NOT_BODY]
)
def test_a_pronoun_never_stands_for_a_body(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


# -- "Its organizer, retired teacher Loretta Kuzyk, said": the name after a description in apposition ---------------
DESCRIBED_APPOSITIVE = [
    # (case, text, fragment, speaker)
    ("its-organizer", "Its organizer, retired teacher Loretta Kuzyk, said the route was vital.", "route",
     "Loretta Kuzyk"),
    ("her-lawyer", "Her lawyer, veteran defence counsel Marcus Oyelowo, said the ruling was wrong.", "ruling",
     "Marcus Oyelowo"),
    ("group-founder", "The group's founder, retired nurse Ann Lee, said the clinic would close.", "clinic", "Ann Lee"),
    # negatives: the bare name (read before), a description with no name
    ("bare-name", "Its organizer, Loretta Kuzyk, said the route was vital.", "route", "Loretta Kuzyk"),
    ("no-name", "Its organizer, a retired teacher, said the route was vital.", "route", "organizer"),
    ("including", "Critics of the program, including Senator Marta Quill, say the program is a mess.", "mess",
     "Critics of the program"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"), [c[1:] for c in DESCRIBED_APPOSITIVE], ids=[c[0] for c in DESCRIBED_APPOSITIVE]
)
def test_the_name_after_a_description_in_apposition(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


# -- an advice column: a letter's salutation and "Something like:" are no speakers -----------------------------------
COLUMN_LABELS = [
    # (case, text, the speech acts' texts)
    ("dear-salutation", "Dear Parked: You are not making a big deal out of nothing.", []),
    ("dear-two-words", "Dear Worried Mom: Your son will be fine at camp.", []),
    ("something-like", 'My husband says it is nothing.\n\nThen tell her. Something like: "Please ask me before you '
     'take the car."', ["it is nothing"]),
    ("like-this", 'Ann Lee spoke first.\n\nTry something like: "I am glad you have the key, but ask me first."',
     []),
    # negatives: a speaker's label, a quotation after "said:", a floating quotation after a statement
    ("speaker-label", "Lavrov: Moscow is ready to talk now.", ["Moscow is ready to talk now"]),
    ("said-colon", 'Ann Lee said: "We lost the vote."', ['"We lost the vote."']),
    ("floating", 'Ann Lee said the vote was lost.\n\n"We will be back in four years, and we will win."',
     ["the vote was lost", '"We will be back in four years, and we will win."']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in COLUMN_LABELS], ids=[c[0] for c in COLUMN_LABELS])
def test_no_speaker_in_a_columns_salutation(text: str, statements: list[str]) -> None:
    assert speech_texts(text) == statements


# -- "conceded in Regina but said her party had “…”": the quotation belongs to the later cue that holds it ----------
SKIPPED_TO = [
    # (case, text, the speech acts' texts)
    ("conceded-but-said", 'Ann Lee conceded on Monday but said her party had "won the argument."',
     ['her party had "won the argument."']),
    ("conceded-in-place", 'Ann Lee conceded in Regina but said her party had "won the argument, even if we lost."',
     ['her party had "won the argument, even if we lost."']),
    # negatives: each cue with its own content, a quotation after the later cue's clause
    ("two-contents", "Ann Lee conceded defeat and said her party would regroup.",
     ["defeat", "her party would regroup"]),
    ("own-quote", 'Ann Lee conceded, "We lost," and said the party would regroup.',
     ['"We lost,"', "the party would regroup"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in SKIPPED_TO], ids=[c[0] for c in SKIPPED_TO])
def test_a_quotation_inside_a_later_cues_content_is_its_own(text: str, statements: list[str]) -> None:
    assert speech_texts(text) == statements


# -- set B's constructions: who speaks ---------------------------------------------------------------------------------
SET_B_SPEAKERS = [
    # (case, text, fragment, speaker)
    # a surname with an elided particle ("d'Entremont"), alone after the full name
    ("particle-full", "Gerald d'Entremont said lobster caught out of season hurts stocks.", "stocks",
     "Gerald d'Entremont"),
    ("particle-alone", "Gerald d'Entremont spoke first.\n\n\"It's about when you fish,\" d'Entremont said.", "fish",
     "Gerald d'Entremont"),
    ("particle-curly", "Marc d’Amour said the plan is bad.", "plan", "Marc d’Amour"),
    # a Q&A's "A:" is the answer of the person the introduction names
    ("qa-answer", "We asked Nadia Okonkwo-Bell, a climate scientist, what is going on.\n\nQ: Is this summer "
     "unusual?\n\nA: Not anymore, and that is the uncomfortable part.", "uncomfortable", "Nadia Okonkwo-Bell"),
    # a shop or a bakery speaks for itself
    ("bakery-told", "The bakery told the board she had been let go for lateness.", "lateness", "bakery"),
    ("restaurant-said", "The restaurant said the patio would reopen in May.", "patio", "restaurant"),
    # a body's name across its "and", before a lowercase body noun; a body's name across "for"
    ("board-and", "A bakery must pay a worker $18,000, the New Brunswick Labour and Employment Board has ruled.",
     "bakery", "New Brunswick Labour and Employment Board"),
    ("union-and", "The United Food and Commercial Workers union, which represents 9,000 workers, said it wanted "
     "guarantees.", "guarantees", "United Food and Commercial Workers union"),
    ("union-for", "Fewer pandas remain, according to the International Union for Conservation of Nature.",
     "pandas", "International Union for Conservation of Nature"),
    ("centre-for", "Rents rose 9 per cent, according to the Canadian Centre for Policy Alternatives.", "Rents",
     "Canadian Centre for Policy Alternatives"),
    # a decision records what someone said: the one who said it speaks
    ("decision-relays", "According to the decision, the supervisor replied in a text message: \"We don't do that "
     "here.\"", "We don't", "supervisor"),
    # negatives: an Arabic particle, a family named by its surname, a person and a body, "for" after a person's noun,
    # a decision's own finding, a transcript's named label, a person who walked to a store
    ("al-particle", "Mubarak al-Dosari spoke. Later al-Dosari said the plan is bad.", "plan", "Mubarak al-Dosari"),
    ("particle-family", "The d'Entremont family said the plan is bad.", "plan", "d'Entremont family"),
    ("party-and", "The plan is dead, Justice and Development Party spokesperson Omer Celik said.", "dead",
     "Omer Celik"),
    ("spokesperson-for", "Fewer pandas remain, according to a spokesperson for Parks Canada.", "pandas",
     "unnamed spokesperson"),
    ("decision-itself", "According to the decision, the bakery must pay $18,000.", "must pay", "decision"),
    ("named-label", "LEE: We lost the vote, and we will be back.", "vote", "LEE"),
    ("qa-no-name", "Q: Is this summer unusual?\n\nA: Not anymore, and that is the uncomfortable part.", "Not anymore",
     "A"),
    ("walked-to-store", "Ann Lee walked to the store and said she was late.", "late", "Ann Lee"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in SET_B_SPEAKERS],
                         ids=[c[0] for c in SET_B_SPEAKERS])  # fmt: skip
def test_set_b_speakers(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


# -- set B's constructions: what is no one's statement -----------------------------------------------------------------
SET_B_NOTHING = [
    # (case, text, the speech acts' texts)
    ("qa-question-report", "We spoke with Ann Lee, a forecaster.\n\nQ: The mayor says the heat will break Friday. "
     "Is that right?\n\nA: I would not count on it, not this week.",
     ["the heat will break Friday", "I would not count on it, not this week"]),

    ("nobody-tells", "A cooling centre does not help if nobody tells you it exists.", []),
    ("no-one-said", "No one said the plan was dead.", []),
    ("fronted-as", "As the storm hit the coast, we asked Ann Lee, a forecaster, what she would do.", []),
    ("nickname-call", 'Residents call the park "Dog Hill."', []),
    ("nickname-twins", 'Staff have been calling the twins "Salt" and "Pepper" for their colouring.', []),
    ("welcomed-that", "Arsenault welcomed that decision.", []),
    # negatives: a fronted condition with its main clause, a fronted cause, what something is called, a clause
    ("fronted-if", "If the levy passes, prices will rise, Ann Lee said.", ["If the levy passes, prices will rise"]),
    ("fronted-because", "Because the plant is old it must close, Ann Lee said.",
     ["Because the plant is old it must close"]),
    ("after-that-said", "After that, he said, he does not know.", ["After that … he does not know"]),
    ("called-jibe", 'Ann Lee called Bob Roy "Little Bob" twice.', ['Bob Roy "Little Bob" twice']),
    ("called-to-stage", 'The band leader called the crowd to the stage, singing "Our Time."',
     ['the crowd to the stage, singing "Our Time."']),
    ("called-a-disaster", 'Ann Lee called the plan "a disaster."', ['the plan "a disaster."']),
    ("welcomed-saying", "Ann Lee welcomed that, saying the plan was sound.", ["the plan was sound"]),
    ("announced-that", "Ann Lee announced that prices rise.", ["that prices rise"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in SET_B_NOTHING], ids=[c[0] for c in SET_B_NOTHING])
def test_set_b_no_ones_statement(text: str, statements: list[str]) -> None:
    assert speech_texts(text) == statements


# -- set C's constructions ---------------------------------------------------------------------------------------------
SET_C_SPEAKERS = [
    # (case, text, fragment, speaker)
    ("corporation-and", "The cleaner won $5 million, the Ontario Lottery and Gaming Corporation announced Monday.",
     "cleaner", "Ontario Lottery and Gaming Corporation"),
    ("archdiocese", "In a statement, the archdiocese said the building would be offered for sale.", "building",
     "archdiocese"),
    ("promoter", "Promoter Yvon Michaud-Lévesque spoke first.\n\n\"The man was down twice,\" he said.", "down twice",
     "Yvon Michaud-Lévesque"),
    # negative: a body noun without "and"
    ("corporation-alone", "The cleaner won $5 million, the Ontario Gaming Corporation announced Monday.", "cleaner",
     "Ontario Gaming Corporation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in SET_C_SPEAKERS],
                         ids=[c[0] for c in SET_C_SPEAKERS])  # fmt: skip
def test_set_c_speakers(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


SET_C_TEXTS = [
    # (case, text, the speech acts' texts)
    ("said-and-wanted", "Salcedo said that he felt fine and wanted a rematch.",
     ["that he felt fine and wanted a rematch"]),
    ("said-and-hoped", "Ann Lee said she did not condone violence and hoped for calm.",
     ["she did not condone violence and hoped for calm"]),
    ("fronted-announced", "The cleaner won $5 million, the lottery corporation announced Monday.",
     ["The cleaner won $5 million"]),
    ("sign-read", "Ann Lee said the plan failed.\n\nA handwritten sign taped to the door read: \"Thank you, St. "
     "Brendan's, for everything.\"", ["the plan failed"]),
    # negatives: a second report after "and", a tweet's words, an announced thing
    ("claimed-and-said", "Ann Lee claimed vast wealth and said it was hers.", ["vast wealth", "it was hers"]),
    ("said-and-added", "Ann Lee said the plan failed and added that she would resign.",
     ["the plan failed", "that she would resign"]),
    ("tweet-read", "Ann Lee said the plan failed.\n\nHer tweet read: \"We will win this fight, no matter what.\"",
     ["the plan failed", '"We will win this fight, no matter what."']),
    ("announced-fund", "Ann Lee announced a new fund.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in SET_C_TEXTS], ids=[c[0] for c in SET_C_TEXTS])
def test_set_c_texts(text: str, statements: list[str]) -> None:
    assert speech_texts(text) == statements
