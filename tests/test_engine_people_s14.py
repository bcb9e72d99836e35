"""General news, batch 6 (s14): who the speaker is (issue 12, item 4). Invented articles in three sets whose people
are hard to tell apart: two people sharing a surname (a couple, a father and son, sisters), speakers met by their
first name only, ages and hometowns in apposition, "the 17-year-old said", "the mother of three said", "the retired
nurse said", titles with surnames ("Dr. Patel", "Const. Lee", "Supt. Gagnon"), hyphenated and particle names
(Jean-François Lévesque, Marie-Ève St-Pierre, van der Berg, Ó Briain), East Asian names written surname first (Zhang
Wei, Kim Min-jun), a nickname in brackets, a speaker named only in the sentence after the quotation, quotations
continued across paragraphs, "she added" after a man was named in between, an unnamed source and then "the
source said", descriptions that point back to the named person ("the owner", "the councillor", "the coach"), and
captions (never antecedents). Each set was written and annotated before the engine was run on it, after the set
before it was fixed.

Conventions of the annotation:
- A bare surname that two people of the article share ("Tremblay said") is the one of them named or spoken of last
  before it (the nearest compatible antecedent); "the younger Tremblay" is the son.
- A speaker's full name is the name as first given, without a nickname in brackets ("Robert (Bobby) Lachance" is
  Robert Lachance), in the order the text writes it ("Zhang Wei", whose "Zhang said" is the surname); a person met
  by first name only ("Their older sister, Sarah, 23") is that name.
- The mention is the cue's subject as written; a quotation continued in a paragraph of its own with no cue is the
  previous speaker's, and its mention theirs.
- A caption ("Olivier Tremblay shapes baguettes … (Nicolas Gagnon/Le Rimouskois)") is no statement and never an
  antecedent. Signs and banners are no one's statements. Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ANY_SPEAKER as ANY
from conftest import (
    ArticleBatch,
    only_statement,
    speech_texts,
    strict_xfail,
)

ARTICLES = Path(__file__).parent / "news_s14_people"
# article → (fragment of each statement, speaker's full name, the mention the cue's subject is written with)
S14: dict[str, list[tuple[str, object, str]]] = {
    # set A
    "bakery": [
        ("The first year, we made no money at all", "Julie Tremblay", "Tremblay"),
        ("the bakery survived a fire in 1997", "Julie Tremblay", "She"),
        ("the secret was never changing the sourdough starter", "Marc Tremblay", "Marc Tremblay"),
        ("My uncle kept it in a crock", "Marc Tremblay", "Tremblay"),
        ("If the building burns again", "Marc Tremblay", "Tremblay"),
        ("the family has turned down three offers", "Marc Tremblay", "He"),
        ("My father still checks my croissants", "Olivier Tremblay", "the younger Tremblay"),
        ("she is the one who convinced him to come home", "Julie Tremblay", "His mother"),
        ("I told him the city had everything", "Julie Tremblay", "she"),
        ("They know my order before I open the door", "Lise Bérubé", "the retired nurse"),
        ("the bakery was part of the city's identity", "Nathalie Pelletier-Roy", "Mayor Nathalie Pelletier-Roy"),
        ("When people from away ask me", "Nathalie Pelletier-Roy", "the mayor"),
        ("he plans to keep working", "Marc Tremblay", "Marc Tremblay"),
        ("Retire? And do what?", "Marc Tremblay", "he"),
    ],
    "hockey": [
        ("I didn't sleep last night", "Tyler Lachance", "the 17-year-old"),
        ("When they called my name", "Tyler Lachance", "the 17-year-old"),
        ("he never pushed his son toward the game", "Robert Lachance", "His father"),
        ("He pushed me", "Robert Lachance", "Lachance"),
        ("My job was to drive", "Robert Lachance", "Lachance"),
        ("the hardest part was staying quiet", "Robert Lachance", "The coach"),
        ("You want to yell at the referee", "Robert Lachance", "he"),
        ("I'm the one who sewed his name bar", "Annie Lachance", "the mother of three"),
        ("the dryer shrank half of them", "Robert Lachance", "Her husband"),
        ("That's not true, and he knows it", "Annie Lachance", "she"),
        ("We drove to Moncton, Fredericton, Halifax", "Annie Lachance", "Annie Lachance"),
        ("his reading of the play made him an easy choice", "Danielle Côté", "Danielle Côté"),
        ("He's calm with the puck", "Danielle Côté", "Côté"),
        ("the team expects him to compete", "Danielle Côté", "She"),
        ("he hadn't decided", "Tyler Lachance", "Tyler Lachance"),
        ("He'd never let me forget it", "Tyler Lachance", "he"),
        ("he plans to finish high school", "Tyler Lachance", "The younger Lachance"),
    ],
    "crash": [
        ("were pronounced dead at the scene", "Ontario Provincial Police", "Ontario Provincial Police"),
        ("the highway was closed for about nine hours", "Jenny Lee", "Const. Jenny Lee"),
        ("Speed and weather are both being looked at", "Jenny Lee", "Lee"),
        ("Kayla was the glue", "Marlene Nolan", "the mother of three"),
        ("the two shared a bedroom", "Sarah", "Sarah"),
        ("They had their own rooms", "Sarah", "Sarah"),
        ("You'd walk past at midnight", "Sarah", "Sarah"),
        ("I keep texting Kayla's phone", "Sarah", "Sarah"),
        ("the community had opened its gym", "Wesley Cada", "Chief Wesley Cada"),
        ("Every family here knows these girls", "Wesley Cada", "Cada"),
        ("the road was covered in slush", ANY, "A firefighter"),
        ("Visibility was maybe 50 metres", ANY, "the source"),
        ("the family was praying for everyone involved", ANY, "his brother"),
        ("He keeps asking about the girls", ANY, "the brother"),
        ("he will lead a sacred fire", "Joseph Nolan", "Elder Joseph Nolan"),
        ("We'll keep it lit", "Joseph Nolan", "he"),
        ("the investigation could take several months", "Jenny Lee", "Lee"),
    ],
    "council": [
        ("the pilot project, which would run from June", "Jean-François Lévesque", "Mayor Jean-François Lévesque"),
        ("Streets full of people are good for business", "Jean-François Lévesque", "Lévesque"),
        ("merchants on the street were never properly consulted", "Marie-Ève St-Pierre", "She"),
        ("You can't ask a hardware store", "Marie-Ève St-Pierre", "St-Pierre"),
        ("he supported the idea but worried about delivery trucks", "Pieter van der Berg",
         "Coun. Pieter van der Berg"),
        ("Nobody wants a 53-foot trailer", "Pieter van der Berg", "van der Berg"),
        ("the amendment had support from the fire department", "Pieter van der Berg", "The councillor"),
        ("the amendment did not go far enough", "Marie-Ève St-Pierre", "St-Pierre"),
        ("it was a reasonable compromise", "Jean-François Lévesque", "Lévesque"),
        ("Compromise is a nice word", "Marie-Ève St-Pierre", "she"),
        ("31 of its members opposed the pilot", ANY, "The merchants' association"),
        ("Half my customers are over 70", "Hélène Ouimet", "Ouimet"),
        ("she would consider joining a legal challenge", "Hélène Ouimet", "The owner"),
        ("his patio business doubled", "Kwame Mensah", "Kwame Mensah"),
        ("The weekend they closed the street", "Kwame Mensah", "he"),
        ("she will ask staff for a full count", "Marie-Ève St-Pierre", "St-Pierre"),
        ("If the numbers are bad", "Marie-Ève St-Pierre", "she"),
        ("And if they are good", "Marie-Ève St-Pierre", "she"),
        ("The pilot must still be approved", "Jean-François Lévesque", "the mayor"),
    ],
    "clinic": [
        ("she could no longer find doctors", "Anjali Patel", "Dr. Anjali Patel"),
        ("I have advertised in four provinces", "Anjali Patel", "Dr. Patel"),
        ("rising rent and the cost of running", "Anjali Patel", "She"),
        ("she will join a hospital-based practice", "Siobhán Ó Briain", "Dr. Siobhán Ó Briain"),
        ("I came here for this community", "Siobhán Ó Briain", "Ó Briain"),
        ("Who will renew my prescriptions", "Zhang Wei", "Zhang"),
        ("the family had already called six clinics", "Linda Zhang", "Linda Zhang"),
        ("Every one of them said the same thing", "Linda Zhang", "she"),
        ("his son's asthma means the family needs", "Kim Min-jun", "Kim Min-jun"),
        ("We can't start from zero", "Kim Min-jun", "Kim"),
        ("the province had added 200 family doctors", "Rachel Osei", "B.C. Health Minister Rachel Osei"),
        ("We know that isn't much comfort", ANY, "the statement"),
        ("a team from Vancouver Coastal Health would contact", "Rachel Osei", "The minister"),
        ("officers had been called twice on Monday", "Daniel Gagnon", "Richmond RCMP Supt. Daniel Gagnon"),
        ("People are scared, not angry", "Daniel Gagnon", "Gagnon"),
        ("she would spend her last weeks", "Anjali Patel", "Dr. Patel"),
        ("Nine thousand letters", "Anjali Patel", "she"),
    ],
    # set B, written and annotated after set A was fixed, before the engine was run on it
    "camp": [
        ("Kids are natural scientists", "Ruth O'Brien", "O'Brien"),
        ("Mine went higher than Noah's", "Emma Liu", "Emma"),
        ("It did not. Hers went sideways", "Noah MacDonald", "the 10-year-old"),
        ("her favourite week is the one on bugs", "Linh Nguyen", "Linh"),
        ("We caught a beetle", "Linh Nguyen", "she"),
        ("that was not what happened", "Bao Nguyen", "Her brother"),
        ("I was surprised", "Bao Nguyen", "Bao"),
        ("he was once a camper himself", "Jacob Tanaka", "Jacob Tanaka"),
        ("I built the same volcano in 2014", "Jacob Tanaka", "Tanaka"),
        ("about a third of the spots are free", "Ruth O'Brien", "O'Brien"),
        ("No kid should miss out", "Ruth O'Brien", "the director"),
        ("her daughter talks about nothing else", "Grace Liu", "Grace Liu"),
        ("She's decided she wants to be a volcanologist", "Grace Liu", "Liu"),
    ],
    "ceremony": [
        ("I was 19. I didn't know enough", "Harold Vanderkolk", "the 97-year-old"),
        ("France does not forget", "Anne-Laure Dufresne", "she"),
        ("When you read about it in a book", "Denise Gallant", "Gallant"),
        ("half of the soldiers in the guard had volunteered", "Denise Gallant", "She"),
        ("her father rarely spoke about the war", "Joanne Vanderkolk", "Joanne Vanderkolk"),
        ("He'd talk about the food in England", "Joanne Vanderkolk", "Vanderkolk"),
        ("Then one day he started", "Joanne Vanderkolk", "Vanderkolk"),
        ("I might have patched him up", "Marguerite Cormier", "the former nurse"),
        ("We're going to have lunch next week", "Harold Vanderkolk", "he"),
        ("the unit plans to record", "Martin Boudreau", "Lt.-Col. Martin Boudreau"),
        ("Every story matters", "Martin Boudreau", "Boudreau"),
        ("It goes in the drawer", "Harold Vanderkolk", "he"),
    ],
    "police": [
        ("her officers are doing everything they can", "Mélanie Gagnon", "Sherbrooke's police chief"),
        ("86 vehicles had been stolen since January", "Mélanie Gagnon", "Chief Mélanie Gagnon"),
        ("These are not joyriders", "Mélanie Gagnon", "Chief Gagnon"),
        ("two men had been arrested in March", "Daniel Ouellet", "Insp. Daniel Ouellet"),
        ("We know who some of them are", "Daniel Ouellet", "he"),
        ("the force has asked the province for money", "Mélanie Gagnon", "Gagnon"),
        ("her husband's truck was taken", "Sylvie Roy", "Sylvie Roy"),
        ("We heard nothing", "Sylvie Roy", "Roy"),
        ("his truck was stolen twice in one year", "Patrick Lessard", "Patrick Lessard"),
        ("The second time, the police found it", "Patrick Lessard", "the retired mechanic"),
        ("residents should use steering wheel locks", "Mélanie Gagnon", "Gagnon"),
        ("his unit had handed out 300 locks", "Daniel Ouellet", "Ouellet"),
        ("It won't stop a professional", "Mélanie Gagnon", "she"),
        ("the vehicles are believed to be shipped overseas", ANY, "A police source"),
        ("Most of them end up in West Africa", ANY, "the source"),
        ("investigators had identified at least one garage", ANY, "The source"),
        ("People feel like nobody is listening", "Évelyne Beaudoin-Tardif", "the councillor"),
        ("she would return in the fall", "Mélanie Gagnon", "Gagnon"),
    ],
    "trapline": [
        ("Our kokum ran this line", "Bernice Okemaw", "Bernice Okemaw"),
        ("People think I'm crazy", "Doris Okemaw", "Okemaw"),
        ("the sisters trap mostly marten", "Doris Okemaw", "She"),
        ("The prices are a fraction", "Bernice Okemaw", "Bernice"),
        ("We don't do it for the money", "Bernice Okemaw", "she"),
        ("The first time, I couldn't even get the snowmobile", "Tyrell Okemaw", "the teenager"),
        ("He's fast. He's not faster", "Bernice Okemaw", "Bernice"),
        ("supports land-based programs", "Wilfred Muswagon", "Chief Wilfred Muswagon"),
        ("Our young people need to know this land", "Wilfred Muswagon", "the chief"),
        ("has fallen by more than half", "Ken Hrychuk", "Manitoba Trappers Association president Ken Hrychuk"),
        ("Every line that goes quiet", "Ken Hrychuk", "Hrychuk"),
        ("her son already talks about taking over", "Doris Okemaw", "Doris"),
        ("He says when we're too old", "Doris Okemaw", "she"),
        ("I told him that's the plan", "Doris Okemaw", "she"),
    ],
    "trattoria": [
        ("Our father opened this place", "Tony De Luca", "De Luca"),
        ("He'd be happy it's going to someone", "Tony De Luca", "De Luca"),
        ("I've seen three generations", "Maria De Luca-Santoro", "De Luca-Santoro"),
        ("Kids who sat in high chairs", "Maria De Luca-Santoro", "De Luca-Santoro"),
        ("the siblings had talked about selling", "Maria De Luca-Santoro", "She"),
        ("he never imagined owning the restaurant", "Park Jun-ho", "Park"),
        ("Tony told me on my first day", "Park Jun-ho", "Park"),
        ("the menu will not change", "Park Jun-ho", "The 43-year-old"),
        ("Maybe in five years", "Park Jun-ho", "he"),
        ("They asked me if I was sad", "Frank Iacobelli", "Iacobelli"),
        ("the street will miss the family", "Nadia Haddad", "Nadia Haddad"),
        ("Tony knows every person on this block", "Nadia Haddad", "Haddad"),
        ("he plans to travel to Calabria", "Tony De Luca", "De Luca"),
        ("We've been saying 'next year'", "Tony De Luca", "he"),
        ("she will keep her Tuesday shift", "Maria De Luca-Santoro", "His sister"),
        ("Somebody has to show him", "Maria De Luca-Santoro", "she"),
        ("He's only been here 27 years", "Maria De Luca-Santoro", "she"),
    ],
    # set C, written and annotated after set B was fixed, before the engine was run on it
    "coach": [
        ("the decision was hers alone", "Nadine Côté-Boucher", "General manager Nadine Côté-Boucher"),
        ("Brent is a good man and a good teacher", "Nadine Côté-Boucher", "Côté-Boucher"),
        ("assistant coach Liam Sato would run practice", "Nadine Côté-Boucher", "She"),
        ("he was disappointed but not surprised", "Brent Kowalchuk", "the coach"),
        ("When you lose nine in a row", "Brent Kowalchuk", "Kowalchuk"),
        ("We didn't give him enough", "Mikael van der Linden", "the 19-year-old"),
        ("the team had stopped playing for each other", "Mikael van der Linden", "Van der Linden"),
        ("I told Brent this morning", "Gilles Roy", "the elder Roy"),
        ("I'm not going to reinvent anything", "Liam Sato", "he"),
        ("The guys know what they have to do", "Liam Sato", "he"),
        ("If we play the way we did in November", "Liam Sato", "he"),
        ("a search for a permanent coach would begin", "Nadine Côté-Boucher", "Côté-Boucher"),
        ("I'd like Liam to take this job", "Nadine Côté-Boucher", "the GM"),
        ("Nothing would make me happier", "Nadine Côté-Boucher", "the GM"),
        ("the team should have acted a month ago", ANY, "One season ticket holder"),
        ("We've been watching this for weeks", ANY, "the woman"),
    ],
    "fire": [
        ("crews were called to the house", "Ravinder Gill", "Deputy Fire Chief Ravinder Gill"),
        ("The alarm did exactly what", "Ravinder Gill", "Gill"),
        ("the cause of the fire was under investigation", "Ravinder Gill", "The deputy chief"),
        ("she woke to the alarm", "Thi Hoa Nguyen", "Thi Hoa Nguyen"),
        ("I just grabbed the baby", "Thi Hoa Nguyen", "Nguyen"),
        ("We got out with our pyjamas", "Minh Nguyen", "Nguyen"),
        ("the family had lived in the house for nine years", "Minh Nguyen", "He"),
        ("My wife wanted the new alarm", "Minh Nguyen", "he"),
        ("She was right", "Minh Nguyen", "he"),
        ("the children were staying with her sister", "Thi Hoa Nguyen", "She"),
        ("The kids keep asking about the cat", "Thi Hoa Nguyen", "she"),
        ("was found hiding under a neighbour's porch", ANY, "The Nguyens"),
        ("she called 911", ANY, "A neighbour"),
        ("It was so fast", ANY, "the neighbour"),
        ("the city offers free smoke alarms", "Ravinder Gill", "Gill"),
        ("Test them once a month", "Ravinder Gill", "he"),
        ("had raised more than $22,000", "Joanne Bui", "organizer Joanne Bui"),
        ("People have brought clothes", "Joanne Bui", "Bui"),
    ],
    "festival": [
        ("I made this film for my grandmother", "Elisapie Qumaq", "Elisapie Qumaq"),
        ("Half the crew had never been on a film set", "Elisapie Qumaq", "she"),
        ("That mattered more", "Elisapie Qumaq", "she"),
        ("Siku was chosen from more than 200 submissions", "Daniel Whitehorse-Kaye", "Daniel Whitehorse-Kaye"),
        ("It's a quiet film", "Daniel Whitehorse-Kaye", "Whitehorse-Kaye"),
        ("raising money was the hardest part", "Wei Chen", "Chen"),
        ("Funders kept asking", "Wei Chen", "he"),
        ("she hopes to bring the film to Asia", "Chen Jie",
         "Chen Jie, a visiting programmer from the Hong Kong International Film Festival, who"),
        ("Audiences in Hong Kong are curious", "Chen Jie", "Chen"),
        ("She told me stories in Inuktitut", "Elisapie Qumaq", "the filmmaker"),
        ("attendance was on pace to break", "Marlene Crowfoot", "Executive director Marlene Crowfoot"),
        ("Five years ago people came to us", "Marlene Crowfoot", "Crowfoot"),
        ("she has already started writing her second film", "Elisapie Qumaq", "Qumaq"),
        ("Everyone expects us to be serious", "Elisapie Qumaq", "she"),
        ("We are very funny people", "Elisapie Qumaq", "she"),
    ],
    "sentencing": [
        ("Moores's remorse was genuine", "Marie-Claude Thériault", "Justice Marie-Claude Thériault"),
        ("Every person who drives after drinking", "Marie-Claude Thériault", "the judge"),
        ("the Crown would review the decision", "Declan O'Neill", "He"),
        ("Three years is within the range", "Declan O'Neill", "O'Neill"),
        ("her client had not had a drink", "Priya Raman-Walsh", "Defence lawyer Priya Raman-Walsh"),
        ("He will carry this for the rest of his life", "Priya Raman-Walsh", "Raman-Walsh"),
        ("I know that means nothing to you", "Kyle Moores", "the 23-year-old"),
        ("she still sets two places at the table", "Cathy Dunphy", "She"),
        ("Darren rode that road every morning", "Cathy Dunphy", "Dunphy"),
        ("she had been accepted to nursing school", "Amber", "Amber"),
        ("He was the one who drove me", "Amber", "Amber"),
        ("He never got to see me in scrubs", "Amber", "Amber"),
        ("she did not think the sentence was long enough", "Cathy Dunphy", "Cathy Dunphy"),
        ("I don't have to come back here", "Cathy Dunphy", "she"),
    ],
}  # fmt: skip
SETS: dict[str, list[str]] = {
    "A": ["bakery", "hockey", "crash", "council", "clinic"],
    "B": ["camp", "ceremony", "police", "trapline", "trattoria"],
    "C": ["coach", "fire", "festival", "sentencing"],
}
# The statements of people the text does not name: flagged anonymous.
UNNAMED: set[tuple[str, str]] = {
    ("crash", "the road was covered in slush"),
    ("crash", "Visibility was maybe 50 metres"),
    ("crash", "the family was praying for everyone involved"),
    ("crash", "He keeps asking about the girls"),
    ("police", "the vehicles are believed to be shipped overseas"),
    ("police", "Most of them end up in West Africa"),
    ("police", "investigators had identified at least one garage"),
    ("coach", "the team should have acted a month ago"),
    ("coach", "We've been watching this for weeks"),
    ("fire", "she called 911"),
    ("fire", "It was so fast"),
}
# The affiliation a reader gives the statement's speaker, where the text names one.
AFFILIATIONS: dict[tuple[str, str], str] = {
    ("hockey", "his reading of the play made him an easy choice"): "Saint John Sea Dogs",
    ("crash", "the highway was closed for about nine hours"): "Ontario Provincial Police",
    ("crash", "the community had opened its gym"): "Batchewana First Nation",
    ("council", "Half my customers are over 70"): "merchants' association",
    ("clinic", "she could no longer find doctors"): "Garden City Medical Clinic",
    ("clinic", "officers had been called twice on Monday"): "RCMP",
    ("trapline", "has fallen by more than half"): "Manitoba Trappers Association",
    ("camp", "Kids are natural scientists"): "Dalhousie University",
    ("festival", "she hopes to bring the film to Asia"): "Hong Kong International Film Festival",
    ("coach", "the decision was hers alone"): "Moose Jaw Warriors",
}
# Borderline: a reader may or may not annotate these; found or not, they count neither way.
OPTIONAL: dict[str, list[str]] = {
    "bakery": ["older than the bakery itself", "everything Montreal has"],
    # "Asked whether he would wear …": a question put to him (PolNeAR annotates a "when asked" question), first
    # annotated as no statement
    "hockey": ["whether he would wear his father's old number"],
    "crash": ["anyone with dashcam video"],
    "council": ["deliveries before 10 a.m"],
    "clinic": ["we're not taking new patients", "frustrated but peaceful"],
    "camp": [],
    "ceremony": ["what he would do with the medal"],
    "police": [],
    "trapline": ["he'll drive us up", "that's the plan"],
    "trattoria": ["If you break a plate", "if I was sad", "what he will do with his time"],
    "coach": [],
    "fire": ["the old one was fine"],
    "festival": ["who the audience was", "stories in Inuktitut every night"],
    "sentencing": ["four years", "to complete 200 hours", "impaired driving causing the death"],
}
# Known misses, kept failing until fixed.
MISSED: dict[tuple[str, str], str] = {
    ("hockey", "the dryer shrank half of them"): "'interrupted to say' is no cue",
    ("police", "the vehicles are believed to be shipped overseas"): "'A police source familiar with the "
    "investigation, who was not authorized …, said': a noun that is also a cue's ('investigation') ends no phrase "
    "before the relative clause, so the subject is not found",
    ("fire", "she called 911"): "'A neighbour who asked not to be identified because she did not want to be contacted "
    "by media said': the 'want' in the relative clause takes the main verb's report",
    ("festival", "I made this film for my grandmother"): "a speaker named only in the sentence after the quotation "
    "('That is how Elisapie Qumaq introduced …')",
}
WRONG_NAME: dict[tuple[str, str], str] = {
    ("hockey", "the hardest part was staying quiet"): "'The coach' after 'His father, who now coaches …': a verb's "
    "noun in a relative clause is no description",
    ("council", "she would consider joining a legal challenge"): "'The owner' after 'Hélène Ouimet, owns a flower "
    "shop': a verb's noun is no description",
    ("camp", "that was not what happened"): "'Her brother' after 'Twins Linh and Bao Nguyen': Bao's gender is not "
    "in the lists (Vietnamese gives it to both)",
    ("camp", "No kid should miss out"): "'the director' after '… is run by Dr. Ruth O'Brien': running is no title",
    ("ceremony", "It goes in the drawer"): "'Asked what he would do …, Vanderkolk did not hesitate.': a surname "
    "after a fronted clause is not read as the subject the next 'he' stands for",
    ("coach", "I'd like Liam to take this job"): "'the GM' is no title the lists hold (GM is also General Motors)",
    ("coach", "Nothing would make me happier"): "'the GM', as above",
    ("fire", "the cause of the fire was under investigation"): "'The deputy chief' after 'Deputy Fire Chief Ravinder "
    "Gill': the title is read as 'Fire Chief' with 'Deputy' before it",
    ("festival", "Audiences in Hong Kong are curious"): "a surname written first ('Chen Jie') is read as a first "
    "name: 'Chen said' is the Wei Chen named before",
    ("festival", "She told me stories in Inuktitut"): "'the filmmaker': only the headline calls Qumaq one",
}
WRONG_MENTION: dict[tuple[str, str], str] = {
    ("hockey", "We drove to Moncton, Fredericton, Halifax"): "a speaker named in the sentence after the quotation "
    "('That was how Annie Lachance summed up …') is read as the last speaker's 'she'",
    ("ceremony", "the unit plans to record"): "'Lt.-Col.' is no title the lists hold: the mention starts at the name",
}
UNFLAGGED: dict[tuple[str, str], str] = {
    ("crash", "the family was praying for everyone involved"): "a relative the text does not name ('his brother') is "
    "read as a description, not an unnamed person",
    ("crash", "He keeps asking about the girls"): "'the brother' after 'his brother': as above",
    ("police", "the vehicles are believed to be shipped overseas"): "not found (MISSED)",
    ("fire", "she called 911"): "not found (MISSED)",
    ("fire", "It was so fast"): "'the neighbour' after an unnamed neighbour who was not found (MISSED)",
}
WRONG_AFFILIATION: dict[tuple[str, str], str] = {
    ("hockey", "his reading of the play made him an easy choice"): "the text's 'Sea Dogs' is kept, not the team's "
    "full name met before ('Saint John Sea Dogs')",
    ("crash", "the highway was closed for about nine hours"): "'OPP' is kept: the lists hold no provincial police",
    ("crash", "the community had opened its gym"): "a chief's First Nation named only earlier in the article",
    ("council", "Half my customers are over 70"): "'Its president, Hélène Ouimet': 'its' is not read back to the "
    "association",
    ("clinic", "she could no longer find doctors"): "'who has run the clinic': a relative clause gives no affiliation",
    ("clinic", "officers had been called twice on Monday"): "'Richmond RCMP' is kept whole",
    ("coach", "the decision was hers alone"): "a general manager's team named only earlier ('The Moose Jaw Warriors "
    "fired …')",
    ("festival", "she hopes to bring the film to Asia"): "'Chen Jie, a visiting programmer from the … Festival, who "
    "said': the description's body is not read as the affiliation of a 'who'",
}
EXTRA: dict[str, str] = {
    "camp": "'The camp charges $180 a week' is read as an accusation ('charge' with a price)",
    "police": "'called the meeting after …' is read as a statement",
}


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
def test_s14_people_statement(article: str, fragment: str, speaker: object) -> None:
    BATCH.check_statement(article, fragment, speaker)


@pytest.mark.parametrize(("article", "fragment", "mention"), BATCH.mention_params())
def test_s14_people_mention(article: str, fragment: str, mention: str) -> None:
    BATCH.check_mention(article, fragment, mention)


@pytest.mark.parametrize(("article", "fragment"), BATCH.unnamed_params())
def test_s14_people_unnamed_is_flagged(article: str, fragment: str) -> None:
    assert BATCH.statement(article, fragment).anonymous


@pytest.mark.parametrize(
    ("article", "fragment", "affiliation"),
    [pytest.param(*key, aff, id=f"{key[0]}:{key[1][:30]}", marks=strict_xfail(WRONG_AFFILIATION, key))
     for key, aff in sorted(AFFILIATIONS.items())],
)  # fmt: skip
def test_s14_people_affiliation(article: str, fragment: str, affiliation: str) -> None:
    assert BATCH.statement(article, fragment).affiliation == affiliation


@pytest.mark.parametrize("article", BATCH.article_params())
def test_s14_people_no_other_speech_act(article: str) -> None:
    """Headlines, captions, banners and signs are no one's statements."""
    BATCH.check_nothing_else(article)


# -- set A's constructions -------------------------------------------------------------------------------------------
SET_A_SPEAKERS = [
    # (case, text, fragment, speaker)
    # "the mother of three said": a parent with the children's count is a speaker, the one introduced as one
    ("mother-of-three", "The girls' mother, Marlene Nolan, is a mother of three.\n\n\"She was the glue,\" the mother "
     "of three said.", "glue", "Marlene Nolan"),
    ("copula-sentence", "His mother, Annie Lachance, is a nurse at the Saint John Regional Hospital and a mother of "
     "three.\n\n\"I sewed every name bar,\" the mother of three said.", "name bar", "Annie Lachance"),
    ("father-of-digits", "\"We lost everything,\" a father of 2 said.", "lost everything", "unnamed father"),
    # "the 17-year-old said": the person given that age where named, not the league named last
    ("age-apposition", "Tyler Lachance, 17, was drafted by the Quebec Maritimes Junior Hockey League's Sea Dogs.\n\n"
     "\"I didn't sleep,\" the 17-year-old said.", "sleep", "Tyler Lachance"),
    ("age-of-two", "Ann Lee, 34, and Tom Roy, 61, found the dog.\n\n\"It was shaking,\" the 34-year-old said.",
     "shaking", "Ann Lee"),
    # "the retired nurse": the description after a name and its age
    ("age-then-description", "Lise Bérubé, 78, a retired nurse from Sainte-Luce, buys bread there.\n\n\"They know "
     "my order,\" the retired nurse said.", "my order", "Lise Bérubé"),
    ("nurse-described", "Ann Lee, a nurse at the clinic, was first in line.\n\nThe nurse said the wait was long.",
     "wait", "Ann Lee"),
    # "His father", "His mother": the one of the person's surname and of the noun's gender
    ("his-father", "Robert Lachance coached for years. Tyler Lachance, 17, was drafted.\n\n\"I didn't sleep,\" the "
     "17-year-old said.\n\nHis father said he never pushed his son.", "pushed", "Robert Lachance"),
    ("his-mother", "Marc Tremblay and his wife, Julie Tremblay, run the bakery. Their son, Olivier Tremblay, bakes."
     "\n\n\"My father checks my croissants,\" Olivier Tremblay said.\n\nHis mother said she convinced him to come "
     "home.", "convinced", "Julie Tremblay"),
    ("nickname", "Robert (Bobby) Lachance coached for years. Tyler Lachance, 17, was drafted.\n\n\"I didn't "
     "sleep,\" the 17-year-old said.\n\nHis father, who coaches, said he never pushed his son.", "pushed",
     "Robert Lachance"),
    # a surname two people share: the one spoken of last ("His father said … Lachance said")
    ("shared-surname", "Robert Lachance coached for years. Tyler Lachance, 17, was drafted.\n\nHis father said he "
     "never pushed his son.\n\n\"He pushed me,\" Lachance said.", "He pushed me", "Robert Lachance"),
    ("shared-surname-named", "Marc Tremblay bought the shop. His wife, Julie Tremblay, joined him.\n\n\"We made no "
     "money,\" Tremblay said.", "no money", "Julie Tremblay"),
    # titles written short: "Const.", "Coun.", "Supt." before a name (and a sentence goes on after them)
    ("const-after", "The road was closed, Const. Ann Lee said.", "road", "Ann Lee"),
    ("supt-title", "Richmond RCMP Supt. Daniel Gagnon said the crowd was calm.", "crowd", "Daniel Gagnon"),
    # "NAME of the BODY's unit": the person speaks for the body
    ("of-possessive-unit", "Const. Jenny Lee of the OPP's Algoma detachment said the road was closed.", "road",
     "Jenny Lee"),
    # "Their older sister, Sarah, 23, said": a first name alone, given an age
    ("first-name-aged", "Their older sister, Sarah, 23, said the two shared a bedroom.", "bedroom", "Sarah"),
    # negatives: a relative with no one of the surname, two of that gender, an official who is a source, an
    # unaged lone word, a name with no age
    ("his-brother-unnamed", "The driver, a 34-year-old man, was hurt.\n\nHis brother said the family was praying.",
     "praying", "brother"),
    ("her-husband-two", "Robert Lachance coached. Tyler Lachance, 17, was drafted. Annie Lachance sewed the name bars."
     "\n\nHer husband said the dryer shrank them.", "dryer", "husband"),
    ("official-not-described", "India has no objection to playing during the Asia Cup, a senior ministry official told "
     "The Hindu.\n\n\"There is no change,\" the official said.", "no change", "unnamed official"),
    ("plan-comma-word", "The plan, Sarah, is bad, the mayor said.", "plan", "mayor"),
    ("age-no-match", "Ann Lee, 34, found the dog.\n\n\"It was shaking,\" the 61-year-old said.", "shaking",
     "Ann Lee"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in SET_A_SPEAKERS],
                         ids=[c[0] for c in SET_A_SPEAKERS])  # fmt: skip
def test_set_a_speakers(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


def test_the_relatives_have_a_gender() -> None:
    """The nouns for relatives tell the gender they stand for (a row of gendered_words.csv once ran two together:
    "mothusband")."""
    from attribution.engine import lexicons

    lex = lexicons.load()
    assert {w: lex.gendered_words.get(w) for w in sorted(lex.kin_nouns) if lex.gendered_words.get(w) is None} == {}
    assert (lex.gendered_words["mother"], lex.gendered_words["husband"], lex.gendered_words["uncle"]) == ("f", "m", "m")


# -- a gender from the first name: hyphenated French names by their first part, names Faker's lists leave out ---------
FIRST_NAME_GENDER = [
    # (case, text, fragment, speaker)
    ("marie-eve", "Marie-Ève St-Pierre said the plan was rushed. Jean-François Lévesque said it was fine.\n\n"
     "\"Compromise is a nice word,\" she added.", "nice word", "Marie-Ève St-Pierre"),
    ("jean-sebastien", "Anne Lee said the plan was rushed. Jean-Sébastien Roy said it was fine.\n\n\"It is a "
     "nice word,\" she added.", "nice word", "Anne Lee"),
    ("emma", "Emma Roy said the plan was rushed. Tom Lee said it was fine.\n\n\"It is a nice word,\" she added.",
     "nice word", "Emma Roy"),
    ("tyler", "Anne Lee said the plan was rushed. Tyler Roy said it was fine.\n\n\"It is a nice word,\" she "
     "added.", "nice word", "Anne Lee"),
    # negatives: a name given to both genders stays unknown and agrees with either pronoun; a listed compound keeps
    # its row ("Jean-Marie" is a man's name, whatever its last part)
    ("jaspreet", "Tom Lee said the plan was rushed. Jaspreet Gill said it was fine.\n\n\"It is a nice word,\" she "
     "added.", "nice word", "Jaspreet Gill"),
    ("jean-marie", "Anne Lee said the plan was rushed. Jean-Marie Roy said it was fine.\n\n\"It is a nice word,\" "
     "she added.", "nice word", "Anne Lee"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in FIRST_NAME_GENDER],
                         ids=[c[0] for c in FIRST_NAME_GENDER])  # fmt: skip
def test_a_pronoun_agrees_with_the_first_names_gender(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


# -- set B's constructions -------------------------------------------------------------------------------------------
SET_B_SPEAKERS = [
    # (case, text, fragment, speaker)
    # "Trattoria De Luca", "Boulangerie Tremblay": a shop's name opened by its kind is nobody a surname stands for
    ("trattoria", "Siblings Tony De Luca and Maria Santoro are selling Trattoria De Luca.\n\n\"Our father opened "
     "it,\" De Luca said.", "father opened", "Tony De Luca"),
    ("boulangerie", "Marc Tremblay bought Boulangerie Tremblay in 1985.\n\n\"I was 24,\" Tremblay said.", "was 24",
     "Marc Tremblay"),
    # "His sister" with a double surname: "Maria De Luca-Santoro" shares Tony De Luca's
    ("double-surname", "Tony De Luca, 71, and Maria De Luca-Santoro, 68, sold the place.\n\n\"We are ready,\" "
     "Tony De Luca said.\n\nHis sister said she will keep her Tuesday shift.", "Tuesday", "Maria De Luca-Santoro"),
    # "she added" after a man spoke: the woman who spoke after the woman named last
    ("she-after-man", "Chief Mélanie Gagnon spoke first. Sylvie Roy said her truck was taken.\n\nGagnon said "
     "residents should use locks. Insp. Tom Ouellet said his unit had handed out 300.\n\n\"It won't stop a "
     "professional,\" she added.", "professional", "Mélanie Gagnon"),
    # "the 97-year-old" after "Vanderkolk, 97,": the surname given the age, in full
    ("aged-surname", "Harold Vanderkolk served with the North Nova Scotia Highlanders.\n\nVanderkolk, 97, was "
     "made a knight.\n\n\"I was 19,\" the 97-year-old said.", "was 19", "Harold Vanderkolk"),
    # "the teenager" after "Tyrell Okemaw, 15,"
    ("teenager", "The sisters teach Doris's son, Tyrell Okemaw, 15.\n\nBernice Okemaw spoke first.\n\n\"I can "
     "set a trap faster,\" the teenager said.", "trap faster", "Tyrell Okemaw"),
    # "Twins Linh and Bao Nguyen": Linh Nguyen
    ("shared-surname-pair", "Twins Linh and Bao Nguyen, 11, came back.\n\nLinh said her favourite week is bugs.",
     "bugs", "Linh Nguyen"),
    # negatives: a body named with its kind after the name, a teenager unnamed, two full names joined by "and"
    ("body-kind-after", "Marc Tremblay runs Tremblay Bakery.\n\n\"I was 24,\" Tremblay said.", "was 24",
     "Marc Tremblay"),
    ("a-teenager", "\"I can set a trap,\" a teenager said.", "set a trap", "unnamed teenager"),
    ("two-full-names", "Ann Lee and Tom Roy said the plan failed.", "plan", "Ann Lee and Tom Roy"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in SET_B_SPEAKERS],
                         ids=[c[0] for c in SET_B_SPEAKERS])  # fmt: skip
def test_set_b_speakers(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


SET_B_TEXTS = [
    # (case, text, the speech acts' texts)
    ("about-a-third", "The camp is full, but Ann Lee said about a third of the spots are free.",
     ["about a third of the spots are free"]),
    ("about-half", "Ann Lee said about half the staff quit.", ["about half the staff quit"]),
    # negatives: "about" a topic, "about" and a figure (read before)
    ("about-topic", "Ann Lee said about the plan that it was bad.", ["that it was bad"]),
    ("about-figure", "Ann Lee said about 4,000 runners took part.", ["about 4,000 runners took part"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in SET_B_TEXTS], ids=[c[0] for c in SET_B_TEXTS])
def test_set_b_texts(text: str, statements: list[str]) -> None:
    assert speech_texts(text) == statements


# -- set C's constructions -------------------------------------------------------------------------------------------
SET_C_SPEAKERS = [
    # (case, text, fragment, speaker)
    # "Mikael van der Linden": two particles; "Van der Linden" opening a sentence is he
    ("two-particles", "Defenceman Mikael van der Linden returned last week.\n\nVan der Linden, who is 19, said the "
     "team had stopped playing.", "stopped playing", "Mikael van der Linden"),
    # "the 19-year-old" is the person named since the last speaker, who was given another age
    ("age-not-speaker", "Kowalchuk, 51, was fired.\n\n\"I'm not bitter,\" Brent Kowalchuk said.\n\nDefenceman Mikael "
     "Lind returned last week.\n\n\"We didn't give him enough,\" the 19-year-old said.", "give him", "Mikael Lind"),
    # "Chen Jie, a visiting programmer from the … Festival, who said": the person, not the festival
    ("who-after-description", "Among those in the crowd was Chen Jie, a programmer from the Hong Kong International "
     "Film Festival, who said she hopes to bring the film to Asia.", "Asia", "Chen Jie"),
    # "the woman" right after an unnamed woman spoke
    ("the-woman-again", "One season ticket holder, who asked that her name not be used, said the team waited too long."
     "\n\n\"We've been watching this for weeks,\" the woman said.", "watching", "unnamed holder"),
    # negatives: a named speaker before "the woman", an unnamed man before "the woman", the age of the last speaker
    ("woman-after-named", "Ann Lee said the team waited.\n\n\"We watched,\" the woman said.", "watched", "woman"),
    ("woman-after-man", "One holder, who asked that his name not be used, said the team waited.\n\n\"We watched,\" the "
     "woman said.", "watched", "woman"),
    ("age-of-speaker", "Brent Kowalchuk, 51, was fired.\n\nDefenceman Mikael Lind returned.\n\n\"I'm not bitter,\" "
     "the 51-year-old said.", "bitter", "Brent Kowalchuk"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker"), [c[1:] for c in SET_C_SPEAKERS],
                         ids=[c[0] for c in SET_C_SPEAKERS])  # fmt: skip
def test_set_c_speakers(text: str, fragment: str, speaker: str) -> None:
    assert only_statement(text, fragment).speaker == speaker


SET_C_TEXTS = [
    # (case, text, the speech acts' texts)
    ("name-not-used", "One holder, who asked that her name not be used, said the team waited.", ["the team waited"]),
    ("last-name-not-published", "A nurse who asked that his last name not be published said the ward was full.",
     ["the ward was full"]),
    # negatives: a request that is a statement, a name asked for
    ("asked-that-moved", "Ann Lee asked that the meeting be moved.", ["that the meeting be moved"]),
    ("not-to-be-named", "A nurse who asked not to be named said the ward was full.", ["the ward was full"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "statements"), [c[1:] for c in SET_C_TEXTS], ids=[c[0] for c in SET_C_TEXTS])
def test_set_c_texts(text: str, statements: list[str]) -> None:
    assert speech_texts(text) == statements
