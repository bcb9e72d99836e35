"""Where the contents of a sentence's statements start and end (invented sentences, negatives included), session 13:
a time phrase between a cue's verb and its particle."""

from __future__ import annotations

import pytest

from attribution import extract


def _found(text: str) -> list[tuple[str, str | None]]:
    """Every statement as (content, the speaker's mention in the text)."""
    return [(s.text, s.speaker_span and text[s.speaker_span.start : s.speaker_span.end]) for s in extract(text, "t")]


# (text, every statement as (content, the speaker's mention)) — "called on Monday for talks": a time phrase right
# after the cue ("on Monday", "Monday", "last week") is not the content's start; the verb's particle after it ("for")
# is the cue's, and the content starts after it.
TIME_BEFORE_PARTICLE = [
    ("Moss called on Monday for talks with the union.", [("talks with the union", "Moss")]),
    ("Moss called Monday for talks with the union.", [("talks with the union", "Moss")]),
    ("The union called last week for a new vote.", [("a new vote", "The union")]),
    ("Moss called on Friday for the union to talk.", [("the union to talk", "Moss")]),
    ("Kemp urged on Tuesday that the port reopen.", [("that the port reopen", "Kemp")]),
    # … not "call on" someone, nor a time phrase the content goes on past, nor "for" that is not the verb's particle.
    ("Moss called on the union to talk.", [("the union to talk", "Moss")]),
    ("Moss said Monday for the first time that the port would shut.", [("that the port would shut", "Moss")]),
    ("Moss called for talks on Monday.", [("talks", "Moss")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TIME_BEFORE_PARTICLE)
def test_time_before_particle(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text) == expected


# (text, every statement's content) — "A slow winter, he said, “could be a good time …”": a cue clause between commas
# splits one sentence whose first words are unquoted and whose rest is the quotation after it; the content runs from
# the sentence's first words (the cue clause left out, as for an unquoted rest).
FRAGMENT_THEN_QUOTE = [
    ("The port was quiet. A slow winter, he said, “could be a good time to fix the pier.”",
     ["A slow winter … “could be a good time to fix the pier.”"]),
    ("No new levy, Moss added, “will pass this year.”", ["No new levy … “will pass this year.”"]),
    # … not a fronted phrase of place, time or circumstance, a sentence whose first words quote, nor a relative's cue.
    ("In Halden, she said, “the levy is over.”", ["“the levy is over.”"]),
    ("Minutes later, Moss said, “the levy is over.”", ["“the levy is over.”"]),
    ("Pressed for an answer, Moss said, “it will hold.”", ["“it will hold.”"]),
    ("Holding a map, Moss said, “the pier will hold.”", ["“the pier will hold.”"]),
    ("“A slow winter,” he said, “could be a good time to fix the pier.”",
     ["“A slow winter,” … “could be a good time to fix the pier.”"]),
    ("A slow winter, he said, “could be good,” and the levy would fall.", ["“could be good,”"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRAGMENT_THEN_QUOTE)
def test_fragment_then_quote(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, every statement's content) — after a document's participle ("a statement saying that …", "a lawsuit alleging
# that …") the complementizer opens the content, as it does after a finite cue ("said that …").
DOCUMENT_THAT = [
    ("The union issued a statement saying that the pier was safe.", ["that the pier was safe"]),
    ("The council filed a lawsuit alleging that the pier was unsafe.", ["that the pier was unsafe"]),
    ("Moss said that the pier was safe.", ["that the pier was safe"]),
    # … not without "that", nor before a quotation the participle takes itself.
    ("The union issued a statement saying the pier was safe.", ["the pier was safe"]),
    ("The union issued a statement saying “the pier is safe.”", ["“the pier is safe.”"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_THAT)
def test_document_that(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, every statement's content) — "a program called Harbour Promise": "called" with a name that ends the clause
# names what stands before it, no report; a report goes on to what someone or something was called.
NAMED_CALLED = [
    ("Moss now helps lead a program called Harbour Promise.", []),
    ("The resort, now called Halden Links, lost money.", []),
    ("Lia Moss runs a charity called Pier Watch, which feeds 40 families.", []),
    # … not what a speaker called someone or something.
    ("The senator called Moss a liar.", ["Moss a liar"]),
    ("Kemp called Moss reckless.", ["Moss reckless"]),
    ("Kemp called Moss “a liar.”", ["Moss “a liar.”"]),
    ("Kemp called Mrs. Moss “a liar.”", ["Mrs. Moss “a liar.”"]),
    ("Critics called the plan a disaster.", ["the plan a disaster"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMED_CALLED)
def test_named_called(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, every statement's content) — a credit or a teaser before a colon names no speaker (data/colon_labels.txt).
TEASER_LABELS = [
    ("Contributing: Ann Moss, Halden Daily", []),
    ("LOOK: Crowds fill the pier at dawn", []),
    ("REVEALED: The levy nobody wanted", []),
    # … a name before the colon speaks.
    ("Moss: The pier is safe.", ["The pier is safe"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TEASER_LABELS)
def test_teaser_labels(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, every statement's content) — words that look like a cue and report nothing: "found himself" (where one ended
# up), "helped found" (established), a programme's "show" after a medium, a kind of programme or an outlet.
NOT_REPORTS = [
    ("Moss found herself in a bind after the vote.", []),
    ("The council found itself short of money.", []),
    ("Moss helped found the Halden Party in 2008.", []),
    ("Moss hosts a radio show that airs at noon.", []),
    ("The TV show Harbour showing the pier was cancelled.", []),
    ("Ann Moss, star of the reality show “Pier Life,” said the levy was unfair.", ["the levy was unfair"]),
    # … what a person or a text found or shows.
    ("Moss found that the pier was unsafe.", ["that the pier was unsafe"]),
    ("The review found the pier unsafe.", ["the pier unsafe"]),
    ("Polls show that Moss leads.", ["that Moss leads"]),
    ("The data show that Moss leads.", ["that Moss leads"]),
    ("Records show Moss paid the levy.", ["Moss paid the levy"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NOT_REPORTS)
def test_not_reports(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected


# (text, every statement's content) — after a verb whose content is its noun-phrase object (endorse, criticize, praise:
# data/object_report_cues.txt), "in"/"at" a venue, a document or an interview says where it was said: no part of it.
OBJECT_THEN_VENUE = [
    ("Moss criticized the levy in a statement following the vote.", ["the levy"]),
    ("Moss praised Kemp at a rally in Halden on Friday.", ["Kemp"]),
    ("Moss endorsed Kemp in an interview with the Halden Courier.", ["Kemp"]),
    ("Moss defended her record in a lengthy Facebook post.", ["her record"]),
    # … not a place the object is in, nor after a verb that takes a clause.
    ("Moss criticized the levy in the harbour.", ["the levy in the harbour"]),
    ("Moss criticized the errors in a report of the inquiry.", ["the errors in a report of the inquiry"]),
    ("Moss said the levy was unfair in a statement.", ["the levy was unfair"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OBJECT_THEN_VENUE)
def test_object_then_venue(text: str, expected: list[str]) -> None:
    assert [s.text for s in extract(text, "t")] == expected
