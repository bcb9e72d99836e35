"""Reporting verbs and their forms: the inflection rule, the verbs a news reader meets, speech acts apart from
beliefs and plans, and words that look like reporting verbs but are not one here (invented sentences)."""

from __future__ import annotations

import pytest

from attribution import extract
from attribution.engine import lexicons
from attribution.engine.inflection import phrase_forms, verb_forms

# (verb, every form) — doubling, British spellings, -ie, -ee, -y, -e, -o, -c and sibilant endings
INFLECTIONS = [
    ("quip", ["quip", "quips", "quipped", "quipping"]),  # one syllable, one vowel, one consonant: doubled
    ("stop", ["stop", "stops", "stopped", "stopping"]),
    ("brag", ["brag", "brags", "bragged", "bragging"]),
    ("quiz", ["quiz", "quizzes", "quizzed", "quizzing"]),
    ("signal", ["signal", "signals", "signaled", "signalled", "signaling", "signalling"]),  # American and British
    ("label", ["label", "labels", "labeled", "labelled", "labeling", "labelling"]),
    ("travel", ["travel", "travels", "traveled", "travelled", "traveling", "travelling"]),
    ("admit", ["admit", "admits", "admitted", "admitting"]),  # stressed last syllable (data/final_stress.txt)
    ("control", ["control", "controls", "controlled", "controlling"]),
    ("visit", ["visit", "visits", "visited", "visiting"]),  # unstressed: not doubled
    ("trumpet", ["trumpet", "trumpets", "trumpeted", "trumpeting"]),
    ("hammer", ["hammer", "hammers", "hammered", "hammering"]),
    ("appeal", ["appeal", "appeals", "appealed", "appealing"]),  # two vowels before the l: not doubled
    ("knock", ["knock", "knocks", "knocked", "knocking"]),
    ("crow", ["crow", "crows", "crowed", "crowing"]),  # w, x, y never double
    ("sigh", ["sigh", "sighs", "sighed", "sighing"]),
    ("lash", ["lash", "lashes", "lashed", "lashing"]),
    ("echo", ["echo", "echoes", "echoed", "echoing"]),
    ("deny", ["deny", "denies", "denied", "denying"]),
    ("convey", ["convey", "conveys", "conveyed", "conveying"]),
    ("lie", ["lie", "lies", "lied", "lying"]),
    ("agree", ["agree", "agrees", "agreed", "agreeing"]),
    ("deride", ["deride", "derides", "derided", "deriding"]),
    ("panic", ["panic", "panics", "panicked", "panicking"]),
]


@pytest.mark.parametrize(("verb", "forms"), INFLECTIONS)
def test_a_verb_inflects_by_the_rule(verb: str, forms: list[str]) -> None:
    assert verb_forms(verb, {"admit", "control"}) == forms


def test_a_phrase_inflects_its_first_word() -> None:
    assert phrase_forms("brush off") == ["brush off", "brushes off", "brushed off", "brushing off"]
    assert phrase_forms("blurt out") == ["blurt out", "blurts out", "blurted out", "blurting out"]


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("quipped", "quip"), ("signalled", "signal"), ("signaled", "signal"), ("labelled", "label"),
     ("admitted", "admit"), ("went on", "go on"), ("pled", "plead"), ("pleaded", "plead"),
     ("spoke out about", "speak out about"), ("brushed off", "brush off")],
)  # fmt: skip
def test_the_lexicon_holds_the_inflected_forms(form: str, lemma: str) -> None:
    cue = lexicons.load().cues.get(form)
    assert cue is not None and cue.lemma == lemma


# (sentence, the cue found, the statement's text) — one a verb the lexicon lacked, or a form it missed
REPORTED = [
    ('"We are not moving the office," Dana Pruitt quipped.', "quipped", '"We are not moving the office,"'),
    ('"Nobody asked us," Dana Pruitt shouted.', "shouted", '"Nobody asked us,"'),
    ("Mayor Dana Pruitt advised residents that the bridge would stay shut.", "advised",
     "that the bridge would stay shut"),
    ('"The fare will rise," Dana Pruitt blurted out.', "blurted out", '"The fare will rise,"'),
    ("Judge Dana Pruitt ruled that the permit was invalid.", "ruled", "that the permit was invalid"),
    ("Omar Haddad admonished the players that the season was not over.", "admonished",
     "that the season was not over"),
    ("Dana Pruitt recounted that the ferry had left without them.", "recounted",
     "that the ferry had left without them"),
    ("Dana Pruitt hailed the agreement as a turning point.", "hailed", "the agreement as a turning point"),
    ("Dana Pruitt derided the report as guesswork.", "derided", "the report as guesswork"),
    ("Dana Pruitt bemoaned that the library had closed.", "bemoaned", "that the library had closed"),
    ("Councillor Omar Haddad applauded the decision to reopen the pool.", "applauded",
     "the decision to reopen the pool"),
    ("Dana Pruitt bragged that her team had finished first.", "bragged", "that her team had finished first"),
    ("Omar Haddad crowed that the vote had gone his way.", "crowed", "that the vote had gone his way"),
    ("Omar Haddad rebuked the board for delaying the vote.", "rebuked", "the board for delaying the vote"),
    ("Dana Pruitt pleaded that the shelter stay open.", "pleaded", "that the shelter stay open"),
    ("Omar Haddad hinted that he would run again.", "hinted", "that he would run again"),
    ("Dana Pruitt speculated that the mill would close by spring.", "speculated",
     "that the mill would close by spring"),
    ("Omar Haddad trumpeted the new budget as a win for families.", "trumpeted",
     "the new budget as a win for families"),
    ('"We have waited long enough," Dana Pruitt exclaimed.', "exclaimed", '"We have waited long enough,"'),
    ('"It is what it is," Omar Haddad sighed.', "sighed", '"It is what it is,"'),
    ("Omar Haddad signalled that the talks could resume.", "signalled", "that the talks could resume"),
    ('"The roof leaks," Dana Pruitt went on.', "went on", '"The roof leaks,"'),
    ("Omar Haddad hammered that the plan was reckless.", "hammered", "that the plan was reckless"),
    ("Dana Pruitt labelled the levy a tax grab.", None, None),  # clause_only: no "that", colon or quote
    ("Critics knocked that the plan came too late.", "knocked", "that the plan came too late"),
    ("Dana Pruitt brushed off that the vote was close.", "brushed off", "that the vote was close"),
    ("Omar Haddad thanked the volunteers for their work.", "thanked", "the volunteers for their work"),
    ('"The permit is void, and the work must stop at once," said the ruling.', "said",
     '"The permit is void, and the work must stop at once,"'),  # "ruling", a noun here, is not a second cue
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "cue", "content"), REPORTED)
def test_a_reporting_verb_is_found(sentence: str, cue: str, content: str) -> None:
    found = [(s.cue, s.text, s.speech) for s in extract(sentence, "t")]
    assert (cue, content, True) in found if cue else found == [], found


# The same words not reporting anything: no statement.
NOT_REPORTED = [
    "A knock on the door woke the whole street.",
    "She left the hammer on the porch.",
    "The label on the jar was torn.",
    "Heavy hail damaged the orchards.",
    "Omar Haddad knocked on the door twice.",
    "The new rules take effect in June.",
    "A crow landed on the fence.",
    "The ruling surprised the lawyers on both sides.",
    "Omar Haddad hammered the nail into the wall.",  # verbs with an everyday sense report only a clause or quote
    "Dana Pruitt lashed the boat to the dock.",
    "Omar Haddad brushed off the dust.",
    "The clerk labelled the jars by hand.",
    "Omar Haddad went on to win the race.",  # "go on" reports only a quotation
    "Omar Haddad thanked the crowd.",  # "thank" reports only with what the thanks are for
    "The bypass, dubbed “the road to nowhere” by locals, opened in May.",  # "dub" names; it is not a cue
    pytest.param(
        "He signalled left and pulled over.",  # "signalled its willingness to …" reports: the object decides
        marks=pytest.mark.xfail(strict=True, reason="an object after a reporting verb is taken as its content"),
    ),
    "Dana Pruitt hailed a taxi outside the station.",  # "hail" reports a clause, a quotation or "OBJECT as …"
    "The hail hammered the roofs as the storm passed.",
]


@pytest.mark.parametrize("sentence", NOT_REPORTED)
def test_a_look_alike_word_reports_nothing(sentence: str) -> None:
    assert [s.text for s in extract(sentence, "t")] == []


# (sentence, the statement's text, speech) — speech acts apart from beliefs, wishes, plans and perceptions
SPEECH = [
    ("Mayor Dana Pruitt said the bridge would reopen.", "the bridge would reopen", True),
    ("Dana Pruitt told reporters the bridge would reopen.", "the bridge would reopen", True),
    ("According to Dana Pruitt, the bridge will reopen.", "the bridge will reopen", True),
    ("Dana Pruitt thinks the bridge will reopen.", "the bridge will reopen", False),
    ("Dana Pruitt believes the bridge will reopen.", "the bridge will reopen", False),
    ("Dana Pruitt wants the bridge to reopen.", "the bridge to reopen", False),
    ("Dana Pruitt plans to reopen the bridge.", "to reopen the bridge", False),
    ("Dana Pruitt knows the bridge will reopen.", "the bridge will reopen", False),
    ("Dana Pruitt hopes the bridge will reopen.", "the bridge will reopen", False),
    ("Dana Pruitt expects the bridge to reopen.", "the bridge to reopen", False),
    ("Polls show the mayor is ahead.", "the mayor is ahead", False),
    ("Dana Pruitt refused to reopen the bridge.", "to reopen the bridge", False),
    ("Nobody shares Dana Pruitt's belief that the bridge will reopen.", "that the bridge will reopen", False),
    ("Nobody heeded Dana Pruitt's warning that the bridge would close.", "that the bridge would close", True),
    ("Nobody answered Dana Pruitt's criticism that the budget was padded.", "that the budget was padded", True),
    ("Nobody answered Omar Haddad's accusations that the vote was rigged.", "that the vote was rigged", True),
    ("Nobody shares Omar Haddad's hopes that the mill will reopen.", "that the mill will reopen", False),
]


@pytest.mark.parametrize(("sentence", "content", "speech"), SPEECH)
def test_a_statement_says_whether_it_is_a_speech_act(sentence: str, content: str, speech: bool) -> None:
    found = {s.text: s.speech for s in extract(sentence, "t")}
    assert found.get(content) is speech, found
