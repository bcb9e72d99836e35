"""Content boundaries (issue 12, item 7; invented sentences, negatives included): a gerund that opens the content of
"According to X," is its subject ("talking about it is pointless"), no reporting participle that continues the
report, so the content is the whole clause; a participle after a report's own content still continues it."""

from __future__ import annotations

import pytest

from attribution import extract


def _statements(text: str) -> list[tuple[str | None, str]]:
    """Every statement as (cue, content)."""
    return [(s.cue, " | ".join(text[p.start : p.end] for p in s.spans)) for s in extract(text, "t")]


# (text, [(cue, content)])
GERUND_SUBJECTS = [
    ("According to Maric, talking about a second quay is premature.",
     [("According to", "talking about a second quay is premature")]),
    ("According to Ivo Maric, saying no to the levy was a mistake.",
     [("According to", "saying no to the levy was a mistake")]),
    ("According to Lena Hart, arguing about the levy wastes everyone's time.",
     [("According to", "arguing about the levy wastes everyone's time")]),
    # … negatives: a participle after the report's content continues it
    ("According to Ivo Maric, the ferry was late, adding that the levy was unfair.",
     [("According to", "the ferry was late"), ("adding", "that the levy was unfair")]),
    ("The ferry was late, Ivo Maric said, noting that the levy was unfair.",
     [("said", "The ferry was late"), ("noting", "that the levy was unfair")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GERUND_SUBJECTS)
def test_gerund_subject_after_according_to(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _statements(text) == expected


# (text, [(cue, content)]) — a pronoun glued to its verb opens the reported clause after the cue's time or place
# phrase as a bare pronoun does ("said for weeks he's …"), and a progressive cue after "and" is the subject's ("runs
# the quay and is saying …"); not the "be" of "are said to be urging".
PAST_THE_PHRASE = [
    ("Lena Hart has said for months she's the only one who can fix the quay.",
     [("said", "she's the only one who can fix the quay")]),
    ("Lena Hart said in the interview they'd sold the quay.", [("said", "they'd sold the quay")]),
    ("Lena Hart runs the quay and is saying she won't sell it.", [("saying", "she won't sell it")]),
    ("Lena Hart runs the quay and is also warning that she won't sell it.",
     [("warning", "that she won't sell it")]),
    # … negatives: a bare pronoun as before; a possessive is no pronoun; a progressive with no subject to share
    ("Lena Hart said on Friday she would sell the quay.", [("said", "she would sell the quay")]),
    ("Lena Hart commented on Ivo's plan.", []),
    ("The quay is saying nothing.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PAST_THE_PHRASE)
def test_clause_past_the_phrase(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _statements(text) == expected


# (text, [(cue, content)]) — a quotation that opens the reported words without closing the sentence ("said “…” every
# time …", "“…” of the season", "cited “…” policies") goes on to the end of the clause; a quotation that ends with its
# own punctuation, or after which a subordinate clause, a pronoun's clause or the writer's phrase follows, is whole.
QUOTE_THEN_MORE = [
    ("Lena Hart said “it makes me angry” every time the ferry is late.",
     [("said", "“it makes me angry” every time the ferry is late")]),
    ("Lena Hart said “the fog is worse than ever” between the two islands.",
     [("said", "“the fog is worse than ever” between the two islands")]),
    ("Lena Hart blamed “lazy” contractors for the delays.", [("blamed", "“lazy” contractors for the delays")]),
    # … negatives
    ("Lena Hart said “Yes” when the ferry docked.", [("said", "“Yes”")]),
    ("Lena Hart said “the fog is worse than ever” on Friday.", [("said", "“the fog is worse than ever”")]),
    ("Protesters chanted “Keep the quay open” outside the hall.", [("chanted", "“Keep the quay open”")]),
    ("Lena Hart said “the fog is worse than ever,” pointing at the crossing.",
     [("said", "“the fog is worse than ever,”")]),
    ("Lena Hart said “the fog is worse than ever” despite the new lights.",
     [("said", "“the fog is worse than ever”")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), QUOTE_THEN_MORE)
def test_quote_then_more(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _statements(text) == expected


# (text, [(cue, content)]) — a request's content takes in whom it asks ("asked the crowd to stand", as PolNeAR marks
# it); a question asked of someone keeps only the question, and an inverted cue's addressee is no content.
REQUESTS = [
    ("Lena Hart asked the crowd to stand for the anthem.", [("asked", "the crowd to stand for the anthem")]),
    ("Lena Hart has asked the Moss campaign to stop using the logo.",
     [("asked", "the Moss campaign to stop using the logo")]),
    ("Lena Hart asked them to leave the quay.", [("asked", "them to leave the quay")]),
    # … negatives
    ("Lena Hart asked reporters whether the quay was safe.", [("asked", "whether the quay was safe")]),
    ("“Stand up,” Lena Hart asked the crowd.", [("asked", "“Stand up,”")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REQUESTS)
def test_requests_take_in_whom_they_ask(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _statements(text) == expected


# (text, [(cue, content)]) — a poll's share of people before "saying" reports what it said ("with 30 percent of
# riders saying they …"), though "saying" has no finite verb; other nouns before a bare participle still report
# nothing, and a share's other participles are no speech.
POLLED_SAYING = [
    ("Hart has improved her standing, with 30 percent of riders saying they like her.",
     [("saying", "they like her")]),
    ("Many shrugged, with three in 10 saying the choice would not matter.",
     [("saying", "the choice would not matter")]),
    # … negatives
    ("The officials saying the quay was safe were wrong.", []),
    ("With 100% of the precincts reporting, the race was close.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POLLED_SAYING)
def test_polled_share_saying(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _statements(text) == expected
