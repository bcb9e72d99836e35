"""Affiliations as the text names them, not only from the lists (invented sentences, negatives included).

Each case gives the affiliation of the first statement found (None for none)."""

from __future__ import annotations

import pytest

from attribution import extract

CASES = [
    # The capitalized words before a title name the body it belongs to.
    ("Harbour Transit director Lena Moss said fares would rise.", "Harbour Transit"),
    ("Kestrel Mutual chief executive Ana Pires said the merger was off.", "Kestrel Mutual"),
    ("Vale County Superior Court Judge Omar Reyes said the ruling stood.", "Vale County Superior Court"),
    ("Deputy Energy Minister Ola Berg said the grid was stable.", None),  # a rank and a portfolio, no body
    # A possessive names the body without its 's; a person's or a day's possessive never does.
    ("Nordbank's chief executive, Ivo Stern, said profits fell.", "Nordbank"),
    ("Donald Trump backed the plan. Trump's adviser Kay Lum said the plan was sound.", None),
    ("Monday's speaker Kay Lum said the plan was sound.", None),
    ("Kay Lum, who spoke at Monday's forum, said the plan was sound.", None),
    ("Kay Lum, who heads Nordbank's branch office, said the plan was sound.", "Nordbank"),
    # How senior or what sort of source ("lead", "veteran") is no part of whose: never "Norway lead".
    ("Talks will resume in May, Norway's lead negotiator said.", "Norway"),
    ("Talks will resume in May, a veteran Chilean diplomat said.", "Chilean"),  # as "a senior Chilean diplomat"
    # One capitalized word opening a sentence is a common noun unless the text capitalizes it elsewhere.
    ("Tournament director Pia Holm said tickets sold out.", None),
    ("Fans love Lumora. Lumora director Pia Holm said tickets sold out.", "Lumora"),
    # A minister's title without a country serves the country the text named last before.
    (
        "Norway is ready to resume the talks, Deputy Foreign Minister Ivo Brandt told reporters.",
        "Norwegian Foreign Ministry",
    ),
    ("Chile will raise the levy. Finance Minister Rosa Vidal said the budget was balanced.", "Chilean government"),
    ("Deputy Foreign Minister Ivo Brandt told reporters the talks would resume.", None),  # no country named
    ("Norway hosted the summit. President Ola Berg said the talks went well.", None),  # not a president
    # A person, or an office, of/for/at a body.
    ("Gov. Rita Hale of Montana said aid would come.", "Montana"),
    ("Karl Voss of the Institute of Soil Studies said the yields were low.", "Institute of Soil Studies"),
    ("A spokeswoman for Ostgrid said power was back.", "Ostgrid"),
    ("Secretary of State Ann Lowe said the talks went well.", "U.S. State Department"),  # the link is the title's
    ("Bank of Ardia CEO Tom Reyes said rates would stay.", "Bank of Ardia"),  # not "Bank" as a person's name
]


@pytest.mark.parametrize(("text", "affiliation"), CASES)
def test_affiliations_as_the_text_names_them(text: str, affiliation: str | None) -> None:
    found = extract(text, "t")
    assert found, "no statement found"
    assert found[-1].affiliation == affiliation
