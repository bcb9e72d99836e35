"""Outlets the lists do not hold, recognised by the shape of their names and the words around them; the media
of a country as a relay; an outlet never the speaker of what it relays. Tables of invented sentences, negatives
included. Each case lists the outlet of every statement found, in reading order ("" for none)."""

from __future__ import annotations

import pytest

from attribution import extract
from attribution.engine import lexicons
from attribution.engine.outlets import is_outlet_mention
from attribution.engine.tokens import tokenize


def outlets(text: str) -> list[str]:
    return [s.outlet or "" for s in extract(text, "t")]


def speakers(text: str) -> list[str]:
    return [s.speaker or "" for s in extract(text, "t")]


# A name shaped like an outlet's: an outlet's word last or first, a web address; told, interviewed or cited.
SHAPED = [
    ("Mayor Ilse Brand told the Halden Courier that the ferry would run again.", ["Halden Courier"]),
    ("Mayor Ilse Brand told Tamsin TV that the ferry would run again.", ["Tamsin TV"]),
    ("Mayor Ilse Brand told the Orrin Valley Daily Herald that the ferry would run.", ["Orrin Valley Daily Herald"]),
    ("In an interview with Radio Tamsin, Mayor Ilse Brand said the ferry would run again.", ["Radio Tamsin"]),
    ("Mayor Ilse Brand told Ekspress.ru that the ferry would run again.", ["Ekspress.ru"]),
    ("Mayor Ilse Brand said the ferry would run again, the Tamsin Gazette reported.", ["Tamsin Gazette"]),
    ("The ferry would run again, writes the Tamsin Gazette.", ["Tamsin Gazette"]),
    ("Mayor Ilse Brand told Ukrainian Pravda that the ferry would run again.", ["Ukrainska Pravda"]),
    ("Mayor Ilse Brand told the Ostrava News Agency that the ferry would run again.", ["Ostrava News Agency"]),
    # negatives: a body, a building, people
    ("Mayor Ilse Brand told the Environment Agency that the ferry would run again.", [""]),
    ("Mayor Ilse Brand, standing outside the Tamsin Times building, said the ferry would run.", [""]),
    ("Mayor Ilse Brand told reporters that the ferry would run again.", [""]),
    ("Mayor Ilse Brand told journalists at a news conference that the ferry would run again.", [""]),
]

# A bare one-word name told, interviewed, cited or closing a report, that the article never gives a person.
BARE = [
    ("Mayor Ilse Brand told Nordvision that the ferry would run again.", ["Nordvision"]),
    ("Speaking to Nordvision, Mayor Ilse Brand said the ferry would run again.", ["Nordvision"]),
    ("Mayor Ilse Brand said in a statement to Nordposten that the ferry would run again.", ["Nordposten"]),
    ("Mayor Ilse Brand said the ferry would run again, Nordvision reported.", ["Nordvision"]),
    ("Mayor Ilse Brand said the ferry would run again. This was reported by Nordvision.", ["Nordvision"]),
    ("According to Nordvision, Mayor Ilse Brand said the ferry would run again.", ["Nordvision"]),
    # negatives: a person the article names in full or with a title, a listed body, a country, an abbreviation
    ("Harbour master Piet Smith met the crews. Mayor Ilse Brand told Smith that the ferry would run.", [""]),
    ("Mr. Smith met the crews. Mayor Ilse Brand told Smith that the ferry would run again.", [""]),
    ("Mayor Ilse Brand told Congress that the ferry would run again.", [""]),
    ("Mayor Ilse Brand told Russia that the ferry would run again.", [""]),
    ("Mayor Ilse Brand told Gov. Ola Berg that the ferry would run again.", [""]),
]

# Outlets named like a word or a person: read as one only where told or cited.
IN_CONTEXT = [
    ("Port chief Amir Lodhi told Dawn that the berths would be dredged.", ["Dawn"]),
    ("Port chief Amir Lodhi said the berths would be dredged, according to Dawn.", ["Dawn"]),
    ("At dawn, port chief Amir Lodhi said the berths would be dredged.", [""]),
    ("Dawn Okoro, the port chief, said the berths would be dredged.", [""]),
]

# A possessive outlet before its programme gives the outlet; the programme is no reporting verb.
PROGRAMMES = [
    ("Speaking to Nordvision's morning show, Mayor Ilse Brand said the ferry would run again.", ["Nordvision"]),
    ("Mayor Ilse Brand said on Match TV's Sunday show that the ferry would run again.", ["Match TV"]),
    ("Mayor Ilse Brand said on Radio Tamsin's late programme that the ferry would run again.", ["Radio Tamsin"]),
]

# The media of a country or kind relay what they report; never the bare "the media".
MEDIA = [
    ("Mayor Ilse Brand said the ferry would run again, according to Chilean media.", ["Chilean media"]),
    ("The ferry will run again, Russian state media reported, citing Mayor Ilse Brand.", ["Russian state media"]),
    ("Mayor Ilse Brand said the ferry would run again, local media reported.", ["local media"]),
    ("Mayor Ilse Brand told the Russian media outlet Tamsin24 that the ferry would run.", ["Tamsin24"]),
    ("Mayor Ilse Brand told the media that the ferry would run again.", [""]),
]


@pytest.mark.parametrize(("text", "expected"), SHAPED + BARE + IN_CONTEXT + PROGRAMMES + MEDIA)
def test_outlets_the_lists_do_not_hold(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


# An outlet that relays a statement is never its speaker.
NOT_SPEAKER = [
    ("According to Interfax, Mayor Ilse Brand said the ferry would run again.", ["Ilse Brand"]),
    ("According to the Tamsin Gazette, Mayor Ilse Brand said the ferry would run again.", ["Ilse Brand"]),
    ("According to Chilean media, Mayor Ilse Brand said the ferry would run again.", ["Ilse Brand"]),
    ("Speaking to Nordvision's morning show, Mayor Ilse Brand said the ferry would run again.", ["Ilse Brand"]),
    ("Mayor Ilse Brand said the ferry would run again, Nordvision reported.", ["Ilse Brand"]),
    # negative: an outlet's own report stays the outlet's
    ("The Tamsin Gazette reported that the ferry would run again.", ["Tamsin Gazette"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SPEAKER)
def test_an_outlet_is_not_the_speaker_it_relays(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


MENTIONS = [
    ("the Halden Courier", True),
    ("Radio Tamsin", True),
    ("Kaktus.media", True),
    ("Chilean media", True),
    ("Russian state television", True),
    ("Interfax", True),
    ("the newspaper", True),
    ("Ilse Brand", False),
    ("the Environment Agency", False),
    ("the media", False),
    ("the minister", False),
]


@pytest.mark.parametrize(("mention", "expected"), MENTIONS)
def test_is_outlet_mention(mention: str, expected: bool) -> None:
    assert is_outlet_mention(tokenize(mention), lexicons.load()) is expected


# A relay closing a paragraph is named before an interview carries over, so it carries on to the same speaker's
# next statements; an outlet a speaker names later in a paragraph covers their statement before it, unless
# that one names its own venue or whom it was told to. "the daily" before a noun is no outlet.
CARRIED = [
    (
        "Port chief Lena Moss said the quay would reopen. Interfax reports this.\n\n"
        "According to Moss, the cranes were repaired.",
        ["Interfax", "Interfax"],
    ),
    (
        "Port chief Lena Moss said the quay would reopen. She told the Halden Courier that cranes were fixed.",
        ["Halden Courier", "Halden Courier"],
    ),
    (
        "Port chief Lena Moss said at a news conference that the quay would reopen. She later told Reuters "
        "that cranes were fixed.",
        ["", "Reuters"],
    ),
    (
        "Port chief Lena Moss told the council that the quay would reopen. She later told Reuters that cranes "
        "were fixed.",
        ["", "Reuters"],
    ),
    (
        "Port chief Lena Moss told Reuters that the quay would reopen.\n\n"
        "Mayor Ivo Lind said at the daily briefing that the cranes were fixed.",
        ["Reuters", ""],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED)
def test_outlets_carried_in_a_paragraph(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


# People whose names sit before a programme or are told something are not outlets.
NOT_OUTLETS = [
    ("Chef Tom Lanner said on Tom Lanner's cooking show that the ferry would run again.", [""]),
    ("Chef Ada Q. Lanner said on Lanner's cooking show that the ferry would run again.", [""]),
    ("The mayor told Icelanders on Monday that the ferry would run again.", [""]),
    ("Mayor Ilse Brand told The Halden Courier that the ferry would run again.", ["Halden Courier"]),
    ("Mayor Ilse Brand told The Washington Post that the ferry would run again.", ["The Washington Post"]),
    ("Mayor Ilse Brand told Ferrand residents that the ferry would run again.", [""]),
    ("The ministry told Ada Quist that the ferry would run again. Ada was pleased.", [""]),
    ("The agency's housing program, Mayor Ilse Brand said, would run again.", [""]),
    ("As the Tamsin Gazette reported, Mayor Ilse Brand said the ferry would run again.", ["Tamsin Gazette"]),
    (
        "The Washington Post's columnist Ada Quist said on Tamsin TV that the ferry would run again.",
        ["Tamsin TV"],
    ),
    # a tail's "according to" names the speaker, not an outlet
    ("The ferry would run again, according to Quist.", [""]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_OUTLETS)
def test_people_are_not_outlets(text: str, expected: list[str]) -> None:
    assert outlets(text) == expected


# Whoever quotes only relays; the one quoted speaks, named with a description and an apposition too.
QUOTED = [
    ("Xinhua quoted the farm envoy, Ana Lobo Reis, as saying that cargoes could leave by March.", ["Ana Lobo Reis"]),
    ("The Tamsin Gazette quoted Ana Lobo Reis as saying that cargoes could leave by March.", ["Ana Lobo Reis"]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_the_quoted_speak(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


# An outlet's documentary or series is a title, no statement, and the outlet that made it relays nothing.
WORKS = [
    (
        'Asked about the Nordvision documentary "Cold Wards", Mayor Ivo Lind said he had not yet watched it.',
        [("Ivo Lind", "")],
    ),
    ('Asked about the BBC documentary "Cold Wards", Mayor Ivo Lind said he had not seen it.', [("Ivo Lind", "")]),
    ("Mayor Ivo Lind said on the BBC programme Newsnight that the wards were full.", [("Ivo Lind", "BBC")]),
]


@pytest.mark.parametrize(("text", "expected"), WORKS)
def test_an_outlets_work_is_no_statement(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.speaker or "", s.outlet or "") for s in extract(text, "t")] == expected
