"""A speaker mention is the whole subject as written: a person noun and the phrase after it ("A nurse at the
hospital said", "Officials with the city say", "The 27-year-old from Moose Jaw said") is the person's, never the
object of the preposition; of that phrase only a body is kept as the affiliation, never a place."""

from __future__ import annotations

import pytest

from attribution import extract

MENTIONS = [
    # (case, text, mention, speaker, anonymous, affiliation)
    ("nurse-at-body", "A nurse at the hospital said the ward was full.",
     "A nurse at the hospital", "unnamed nurse", True, "hospital"),
    ("nurse-at-named-body", "A nurse at Lakeview General Hospital said the ward was full.",
     "A nurse at Lakeview General Hospital", "unnamed nurse", True, "Lakeview General Hospital"),
    ("officials-with", "Officials with the city say the road will reopen.",
     "Officials with the city", "unnamed official", True, "city"),
    ("officials-with-named", "Officials with the City of Regina say the road will reopen.",
     "Officials with the City of Regina", "unnamed official", True, "City of Regina"),
    ("judge-with", "A judge with the provincial court ruled that the search was illegal.",
     "A judge with the provincial court", "unnamed judge", True, "provincial court"),
    ("lawyer-for", "A lawyer for the family said the family would appeal.",
     "A lawyer for the family", "unnamed lawyer", True, None),
    ("head-of", "The head of the agency said the budget was cut.",
     "The head of the agency", "head of the agency", False, "agency"),
    ("aged-from", "The 27-year-old from Moose Jaw said she was scared.",
     "The 27-year-old from Moose Jaw", None, False, None),
    ("aged-indefinite", "A 27-year-old from Moose Jaw said she was scared.",
     "A 27-year-old from Moose Jaw", "unnamed 27-year-old", True, None),
    ("aged-alone", "The 27-year-old said she was scared.", "The 27-year-old", None, False, None),
    ("scientists-at", "Scientists at the Brackwater Institute of Soil Studies say the yield fell.",
     "Scientists at the Brackwater Institute of Soil Studies", "Scientists at the Brackwater Institute of Soil Studies",
     True, "Brackwater Institute of Soil Studies"),
    ("members-of-coordinated", "Members of the union voted to strike and said talks had failed.",
     "Members of the union", "unnamed member", True, "union"),
    ("spokesperson-for", "A spokesperson for the ministry said the rules would change.",
     "A spokesperson for the ministry", "unnamed spokesperson", True, "ministry"),
    ("residents-of", "Residents of the street say the noise is constant.",
     "Residents of the street", "Residents of the street", True, None),
    ("count-of-possessive", "Two of the victims' relatives said they were angry.",
     "Two of the victims' relatives", "Two of the victims' relatives", True, None),
    ("plural-possessive", "The workers' union said the talks failed.", "The workers' union", "workers' union", False,
     None),
    ("mother-of", "The mother of the boy said he was safe.", "The mother of the boy", "mother of the boy", False, None),
    ("appositive-name", "A nurse at the hospital, Ann Lee, said the ward was full.", "Ann Lee", "Ann Lee", False, None),
    ("police-in-place", "Police in Halifax said the road was closed.",
     "Police in Halifax", "Police in Halifax", False, None),
    ("others-in", "Others in the crowd said they would vote.",
     "Others in the crowd", "Others in the crowd", True, None),
    ("inverted-at", "“The ward is full,” said a nurse at the hospital.",
     "a nurse at the hospital", "unnamed nurse", True, "hospital"),
    ("inverted-with", "“It is over,” said officials with the city.",
     "officials with the city", "unnamed official", True, "city"),
    # negatives: a place or a count is no person noun ("the city of …", "a number of …"); an inverted source keeps
    # its own link ("familiar with"); a title's own "of" keeps its place; a named person keeps the name; a place
    # after "in"/"from" is not a speaker nor an affiliation; a venue after the verb is no part of the mention
    ("mayor-of-place", "The mayor of Halifax said the budget was fine.",
     "The mayor of Halifax", "mayor of Halifax", False, "Halifax"),
    ("name-of-body", "Ann Lee of the union said the talks failed.", "Ann Lee of the union", "Ann Lee", False, "union"),
    ("teacher-in-place", "A teacher in Moncton said the schools were cold.",
     "A teacher in Moncton", "unnamed teacher", True, None),
    ("lawyer-from-place", "A lawyer from Sichuan said the trial was unfair.",
     "A lawyer from Sichuan", "unnamed lawyer", True, None),
    ("said-at-venue", "Ann Lee said at the hospital that the ward was full.", "Ann Lee", "Ann Lee", False, None),
    ("title-of-name", "Secretary of State Ann Lowe said the talks failed.",
     "Secretary of State Ann Lowe", "Ann Lowe", False, "U.S. State Department"),
    ("lawyer-for-person", "A lawyer for Ann Lee said she would appeal.",
     "A lawyer for Ann Lee", "unnamed lawyer", True, None),
    ("spokesman-for-person", "A spokesman for Ann Lee said she would appeal.",
     "A spokesman for Ann Lee", "unnamed spokesman", True, None),
    ("spokesman-for-company", "A spokesman for Kevin Doyle Construction said the site was safe.",
     "A spokesman for Kevin Doyle Construction", "unnamed spokesman", True, "Kevin Doyle Construction"),
    ("number-of", "A number of experts said the plan failed.", "A number of experts", "unnamed expert", True,
     None),  # a kind of group ending on "of" is no affiliation (tests/test_engine_speakers_s14.py)
    ("inverted-familiar", "“It is over,” said officials familiar with the talks.",
     "officials familiar with the talks", "unnamed official", True, None),
    ("city-of-name", "The city of Brackwater said the road would reopen.",
     "The city of Brackwater", "Brackwater", False, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "mention", "speaker", "anonymous", "affiliation"), [c[1:] for c in MENTIONS], ids=[c[0] for c in MENTIONS]
)
def test_the_mention_is_the_whole_subject(
    text: str, mention: str, speaker: str | None, anonymous: bool, affiliation: str | None
) -> None:
    (found,) = extract(text, "t")
    said = found.speaker_span.of(text) if found.speaker_span else None
    assert (said, found.speaker, found.anonymous, found.affiliation) == (mention, speaker, anonymous, affiliation)


LINKED = [
    # (case, text, speaker of the last statement): a description with its place links back to the person named
    ("aged-from", "Kim Lee, 27, was driving home. The 27-year-old from Moose Jaw said she was scared.", "Kim Lee"),
    ("aged-alone", "Kim Lee, 27, was driving home. The 27-year-old said she was scared.", "Kim Lee"),
    # negative: an indefinite description is someone else, unnamed
    ("aged-indefinite", "Kim Lee, 27, was driving home. A 30-year-old man from Regina said he was scared.",
     "unnamed man"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in LINKED], ids=[c[0] for c in LINKED])
def test_a_description_links_back_to_the_person(text: str, speaker: str) -> None:
    assert extract(text, "t")[-1].speaker == speaker


NEGATED = [
    # (case, text, speech): a negation before an adverb in "-ly" negates the cue as it does right before it
    ("not-immediately", "A lawyer for Ann Lee did not immediately say whether she would appeal.", False),
    ("never-publicly", "The ministry has never publicly said the plan failed.", False),
    # negatives: an adverb alone, a negation inside the content
    ("only-said", "Ann Lee only said the plan failed.", True),
    ("not-in-content", "Ann Lee publicly said the plan did not fail.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speech"), [c[1:] for c in NEGATED], ids=[c[0] for c in NEGATED])
def test_a_negation_before_an_adverb_is_no_speech_act(text: str, speech: bool) -> None:
    assert [s.speech for s in extract(text, "t")] == [speech]


MENTION_ONLY = [
    # (case, text, mention): a place inside the phrase is no person noun, the person before it heads the mention
    ("mayors-of-cities-in", "The mayors of the largest cities in the province said the plan failed.",
     "The mayors of the largest cities in the province"),
    # negatives: the object of "told" with its place is the addressee, not the speaker
    ("told-officials-at", "Ann Lee told officials at the ministry that she would run.", "Ann Lee"),
    ("venue-before-verb", "A nurse in a statement said the ward was full.", "A nurse"),
    ("inverted-venue", "“The vote was fair,” said two delegates in a letter.", "two delegates"),
    ("said-venue", "“It is over,” Ann Lee said at the hospital.", "Ann Lee"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "mention"), [c[1:] for c in MENTION_ONLY], ids=[c[0] for c in MENTION_ONLY])
def test_the_mention_as_written(text: str, mention: str) -> None:
    (found,) = extract(text, "t")
    assert found.speaker_span.of(text) == mention
