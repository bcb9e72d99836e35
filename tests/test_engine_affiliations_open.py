"""Affiliations of organisations the lists do not hold, found by the text's own constructions (issue 12, item 2).

Invented sentences only, one table per construction, negatives included. Each case gives the affiliation of the
last statement found (None for none)."""

from __future__ import annotations

import pytest

from attribution import extract

# An organisation's name, then a title, then the person.
BEFORE_TITLE = [
    ("NORDA project manager Kai Lund said the probe would launch late.", "NORDA"),  # an acronym opens the sentence
    ("Finance ministry spokesman Jon Kale said the ministry would look at it.", "Finance ministry"),
    (
        "A State Department official spoke first. Justice Department spokeswoman Nina Nav said the case was closed.",
        "Justice Department",  # the title the role is, not the earlier "Justice"; no body named before
    ),
    (
        "Christian Democrat lawmaker Uwe Brand told a broadcaster that the plan was a gift.",
        "Christian Democratic Union",
    ),
    ("Tournament director Pia Holm said tickets sold out.", None),  # a common noun opening a sentence
]

# A title, then for/at/of/with and the body; the possessor of a unit; a body noun in lower case ends the phrase.
TITLE_OF_BODY = [
    ("Power would return by Friday, the head of Nordgrid's control room told reporters.", "Nordgrid"),
    ("Power would return by Friday, the head of Monday's meeting told reporters.", None),  # a day
    ("Donald Trump spoke first. Power would return, the head of Trump's campaign told reporters.", None),  # a person
    ("Jeff Trim, a senior official with the Harbour Board of Trade, said the loss hurt.", "Harbour Board of Trade"),
    ("Dan Price, who chairs the public works committee, said riders were angry.", "public works committee"),
    ("Ann Rao, who has worked for years in public service, said riders were angry.", None),
    (
        "Ann Rao, chair of the surgeons' committee at the Royal Medical Guild Association, said beds were full.",
        "Royal Medical Guild Association",  # the named body, not the committee inside it
    ),
    (
        "Vic Cho, a former director of the National Security Council under President Bush, said the loss hurt.",
        "National Security Council",  # the name stops where the clause goes on
    ),
]

# Bodies the article named before: a generic noun or a title without a body of its own refers back to them.
REFERRED_BACK = [
    (
        "Eastmoor Borough Council will shut two pools, the council's leader told a local paper.",
        "Eastmoor Borough Council",
    ),
    ("Eastmoor Borough Council will shut two pools. Cllr Jo Hart said there was no money.", "Eastmoor Borough Council"),
    (
        "Eastmoor Borough Council will shut two pools. A council spokesman said staff would move.",
        "Eastmoor Borough Council",
    ),
    (
        "A judge ordered Greenfield Valley Farms to stop pumping. Company attorney Rob Lang told the judge the farm"
        " would lose its crop.",
        "Greenfield Valley Farms",
    ),
    ("Company attorney Rob Lang told the judge the farm would lose its crop.", None),  # no company named
    (
        "Cedar Foods Inc. will cut jobs, people said. Chief Executive Mia Holt said the plan was sound.",
        "Cedar Foods Inc.",
    ),
    (
        "Lumex, the Oregon maker of door cameras, will cut jobs, a report said. Chief Executive Dana Wirth told staff"
        " the company needed focus.",
        "Lumex",
    ),
    (
        'Scientists at the Lakeshore Institute of Soil Research say the wheat needs less water. "It works," lead'
        " researcher Ana Wolf said.",
        "Lakeshore Institute of Soil Research",
    ),
    (
        "Chilean carrier Andes Airlines will buy jets. Clara Riva, who heads the airline's pilots' union, said pilots"
        " want a say.",
        "Andes Airlines",
    ),
    (
        'Korvel Semiconductor will build a plant. "Demand grew," the company\'s chief operating officer, Min Park,'
        " said.",
        "Korvel Semiconductor",
    ),
    (
        "The Vale Election Commission rejected the list. The commission checked every signature, its spokeswoman"
        " Aida Sul said.",
        "Vale Election Commission",
    ),
    ("The commission checked every signature, its spokeswoman Aida Sul said.", "commission"),  # as the text names it
]

# A description in commas around a name that the speaker's mention leaves out.
APPOSITION = [
    ("The head of the Lakeshore Metro, Yuri Orlov, said trains would run every three minutes.", "Lakeshore Metro"),
    ("The cuts look small, said Gil Moss, an analyst at Brightwater Capital.", "Brightwater Capital"),
    ("Greta Lind, a Christian Democrat, said the plan was a gift.", "Christian Democratic Union"),
    (
        "Angela Brun, a Boston-based developer and spokeswoman for the Granite Investment Coalition, said she agreed.",
        "Granite Investment Coalition",  # "developer" here is her trade, not a company
    ),
    # A clause after a name is no description of it.
    (
        "Poland will open a crossing, Piotr Zal said. According to Zal, the new crossing at Dolhob will run all day.",
        None,
    ),
    ("Another source, in the government, said the plan was shelved.", "government"),
    ("“We chase every request,” said Matt Bor, chairman of the Dovra Farmers Party.", "Dovra Farmers Party"),
    ("“We chase every request,” said Matt Bor, who predicted a third of the Dovra vote would come early.", None),
    ("“We chase every request,” said Matt Bor, a lawyer from the southern province of Dovra.", None),
    ("Bret Stan, who, after trading insults with Mr. Hann over the deal, said the paper erred.", None),
    (
        "“The sooner the better,” said Fred Gold, a former Harbour Revenue Service commissioner.",
        "Harbour Revenue Service",
    ),
    ("“The sooner the better,” said Fred Gold, a Dovra lawyer.", None),  # a place, not a body
    ("“Ties are strong,” said Ann Ellis, the nominee for ambassador to Dovrania.", None),  # where she is sent
    ("“Ties are strong,” said Ann Ellis, who ran for the Senate in 2008.", None),
    (
        "Some Democrats fear a repeat. Mr. Buch, who had failed to win his party's nomination, said war was coming.",
        None,  # his own party, not the one the article named
    ),
]

# An organisation as the speaker is its own affiliation.
ORGANISATION_SPEAKS = [
    (
        "The Vale Department of Coastal Works said in a statement that it would appeal.",
        "Vale Department of Coastal Works",
    ),
    ("The University of Lund said the figures were good.", "University of Lund"),
    ("The farmers' union FNAG said it welcomed the research.", "FNAG"),
    ("Austrian lender Alpen Kredit said it was not for sale.", "Alpen Kredit"),
    (
        "Korvel Semiconductor will build a plant. Korvel said in a filing that its board approved it.",
        "Korvel Semiconductor",
    ),
]

# A minister's country: the one named last before, read through a possessive, never a region's name.
COUNTRY = [
    (
        "Chile's Finance Ministry is weighing a levy, a paper said. Deputy Finance Minister Ivo Gran said no tax was"
        " planned.",
        "Chilean government",
    ),
    (
        "Peru is keen to buy more from Latin America, an official said. Vice Minister Lin Tao said the rules were"
        " close.",
        "Peruvian government",
    ),
    ("Hungary's government said it would not block the tranche.", "Hungarian government"),
    ("Hungary's government spokesman Zoltan Kov said the tranche was fine.", "Hungarian government"),
    ("The government said it would act.", None),  # no country named
]

# Never a day nor a person; a possessive's 's is never part of the name.
POSSESSIVES = [
    ("Officials at Monday’s meeting said the plan was sound.", None),
    ("Monday’s officials said the plan was sound.", None),
    ("Donald Trump spoke first. Trump's spokesman said the plan was sound.", None),
    ("Nordbank's officials said the plan was sound.", "Nordbank"),
    ("A source in the city’s transport department said the plan was late.", "transport department"),
]

# A lede's description of someone the next statement names for the first time (the wire's way).
LEDE = [
    (
        "Power cuts will ease by the weekend, the head of Nordgrid's control room told a paper. Ivo Lund said crews"
        " had restored most lines.",
        "Nordgrid",
    ),
    (
        "Talks will resume in Doha, Qatar's lead mediator told a broadcaster. Mubarak al-Dosa said the teams had met.",
        "Qatar",
    ),
    (
        "Ivo Lund toured the site. Power cuts will ease, the head of Nordgrid's control room told a paper. Ivo Lund"
        " said crews had restored most lines.",
        None,  # named before the description: someone else
    ),
    ("Talks will resume, the Kestrel Bank said. Mubarak al-Dosa said the teams had met.", None),  # a body spoke
]

# A governor's region, named before.
REGION = [
    (
        "Crews fixed a substation in the Dovra region, an engineer said. Regional governor Ihor Kov said two villages"
        " were dark.",
        "Dovra region",
    ),
    ("Regional governor Ihor Kov said two villages were dark.", None),
]

# What the article said of a person once carries to the person's later statements.
CARRIED = [
    (
        "Asked by Sen. Rob Hale, a Republican from Ohio, about the reforms, Ann Ellis said she had no plans. Hale said"
        " on a podcast that he would vote yes.",
        "U.S. Senate",
    ),
    (
        "The head of the Lakeshore Metro, Yuri Orlov, said trains would run often. Orlov added that fares would stay.",
        "Lakeshore Metro",
    ),
]


@pytest.mark.parametrize(
    ("text", "affiliation"),
    BEFORE_TITLE
    + TITLE_OF_BODY
    + REFERRED_BACK
    + APPOSITION
    + ORGANISATION_SPEAKS
    + COUNTRY
    + POSSESSIVES
    + LEDE
    + REGION
    + CARRIED,
)
def test_affiliation_from_the_text(text: str, affiliation: str | None) -> None:
    found = extract(text, "t")
    assert found, "no statement found"
    assert found[-1].affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Vale Department of Coastal Works said in a statement that it would appeal.",
            "Vale Department of Coastal Works",
        ),
        (
            "Korvel Semiconductor will build a plant. Korvel said in a filing that its board approved it.",
            "Korvel Semiconductor",
        ),
        ("Angela Brun, a Boston-based developer and spokeswoman for a coalition, said she agreed.", "Angela Brun"),
        ("Karl Voss of the Institute of Soil Studies said the yields were low.", "Karl Voss"),
    ],
)
def test_organisation_or_person_speaks(text: str, speaker: str) -> None:
    assert extract(text, "t")[-1].speaker == speaker
