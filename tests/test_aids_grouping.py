"""One statement across outlets: grouping, suggestions, misattribution alerts, independent sources."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

import pytest

from attribution.aids import AidStatement, Grouping, article_fingerprint, group_statements, similarity, wire_credit
from attribution.aids.similarity import normal_text, normalise, score, similar_pairs
from attribution.aids.sources import independent_sources
from attribution.aids.thresholds import load as load_thresholds

THRESHOLDS = load_thresholds()
LONG = "There is no military solution to the conflict in the region."


def outcome(a: str, a_speaker: str | None, b: str, b_speaker: str | None) -> str:
    """What grouping makes of two statements from two articles of two publishers."""
    grouping = group_statements(
        [
            AidStatement(1, 10, a, a_speaker, publisher="Daily Alpha"),
            AidStatement(2, 20, b, b_speaker, publisher="Morning Beta"),
        ]
    )
    kinds = [
        kind
        for kind, found in (("group", grouping.groups), ("suggest", grouping.suggestions), ("alert", grouping.alerts))
        if found
    ]
    assert len(kinds) <= 1, grouping
    return kinds[0] if kinds else "none"


@pytest.mark.parametrize(
    ("a", "a_speaker", "b", "b_speaker", "expected"),
    [
        (LONG, "Ivan Petrov", LONG, "Ivan Petrov", "group"),
        (LONG, "Ivan Petrov", f"“{LONG.upper()}”", "ivan petrov", "group"),  # case and quote marks
        (LONG, "Ivan Petrov", LONG.replace("the conflict", "this conflict"), "Ivan Petrov", "group"),
        ("We will not attend the summit in Geneva next week.", "Ana Lind",
         "We won't attend the summit in Geneva next week.", "Ana Lind", "group"),
        ("Shelling killed five people in the town, the governor said.", "Ana Lind",
         "Shelling killed 5 people in the town, the governor said.", "Ana Lind", "group"),
        ("Our troops will stay in the region until the job is done.", "Ana Lind",
         "Our troops will stay in the area until the work is done.", "Ana Lind", "suggest"),
        (LONG, "Ivan Petrov", LONG, "Maria Olsen", "alert"),
        (LONG, "Ivan Petrov", LONG.replace("the conflict", "this conflict"), "Maria Olsen", "alert"),
        # Near-misses that must not be grouped.
        ("Shelling killed 5 people in the northern town on Monday.", "Ana Lind",
         "Shelling killed 50 people in the northern town on Monday.", "Ana Lind", "none"),
        ("Shelling killed 5,000 people in the northern town.", "Ana Lind",
         "Shelling killed 5,001 people in the northern town.", "Ana Lind", "none"),
        ("We will attend the summit in Geneva next week.", "Ana Lind",
         "We will not attend the summit in Geneva next week.", "Ana Lind", "none"),
        ("We will attend the summit in Geneva next week.", "Ana Lind",
         "We will never attend the summit in Geneva next week.", "Ana Lind", "none"),
        ("That is not true.", "Ivan Petrov", "That is not true.", "Maria Olsen", "none"),  # said by many
        ("We will see.", "Ivan Petrov", "We will see.", "Ivan Petrov", "none"),  # too short to tell
        (LONG, None, LONG, "Maria Olsen", "none"),  # an unknown speaker is no misattribution
        (LONG, "Ivan Petrov", "Our troops will stay in the region until the job is done.", "Ivan Petrov", "none"),
        # Same words with the roles swapped: at most a suggestion for a person, never automatic.
        ("Russia attacked Ukraine first and started this terrible war.", "Ana Lind",
         "Ukraine attacked Russia first and started this terrible war.", "Ana Lind", "suggest"),
    ],
)  # fmt: skip
def test_pair(a: str, a_speaker: str | None, b: str, b_speaker: str | None, expected: str) -> None:
    assert outcome(a, a_speaker, b, b_speaker) == expected


def test_speaker_entity_wins_over_name() -> None:
    """Two people of the same name are told apart by their canonical entity."""
    grouping = group_statements(
        [
            AidStatement(1, 10, LONG, "John Smith", speaker_id=1, publisher="Daily Alpha"),
            AidStatement(2, 20, LONG, "John Smith", speaker_id=2, publisher="Morning Beta"),
            AidStatement(3, 30, LONG, "John Smith", speaker_id=1, publisher="Evening Gamma"),
        ]
    )
    assert [g.statement_ids for g in grouping.groups] == [(1, 3)]
    assert [(a.group_id, a.other_group_id) for a in grouping.alerts] == [(1, 2)]


def test_no_alert_within_one_article() -> None:
    statements = [AidStatement(1, 10, LONG, "Ivan Petrov"), AidStatement(2, 10, LONG, "Maria Olsen")]
    assert group_statements(statements).alerts == ()


def test_group_record() -> None:
    altered = LONG.replace("the conflict", "this conflict")
    grouping = group_statements(
        [
            AidStatement(7, 70, altered, "Ivan Petrov", publisher="Daily Alpha"),
            AidStatement(3, 30, LONG, "Ivan Petrov", publisher="Morning Beta"),
            AidStatement(5, 50, LONG + " ", "Ivan Petrov", publisher="Evening Gamma"),
            AidStatement(9, 90, "Something else entirely was said here today.", "Ivan Petrov", publisher="Daily Alpha"),
        ]
    )
    (group,) = grouping.groups
    assert group.id == 3
    assert group.statement_ids == (3, 5, 7)
    assert group.canonical_id == 3  # the most common wording
    assert group.wordings == 2
    assert group.speaker == "Ivan Petrov"
    assert group.sources == ("Daily Alpha", "Evening Gamma", "Morning Beta")
    assert not group.single_source


def test_person_decisions_come_back() -> None:
    a = "Our troops will stay in the region until the job is done."
    b = "Our troops will stay in the area until the work is done."
    c = "Our soldiers will remain in the region until the job is finished."  # below group_suggest
    statements = [AidStatement(i, i * 10, t, "Ana Lind", publisher=f"P{i}") for i, t in ((1, a), (2, b), (3, c))]
    assert [(s.statement_id, s.other_statement_id) for s in group_statements(statements).suggestions] == [(1, 2)]
    confirmed = group_statements(statements, confirmed=[(1, 2), (2, 3)])
    assert [g.statement_ids for g in confirmed.groups] == [(1, 2, 3)]
    assert not confirmed.suggestions
    rejected = group_statements(statements, rejected=[(2, 1)])
    assert not rejected.suggestions
    assert not rejected.groups


def test_short_statements_only_join_by_a_person() -> None:
    statements = [AidStatement(i, i * 10, "We will see.", "Ana Lind", publisher=f"P{i}") for i in (1, 2, 3)]
    assert group_statements(statements) == Grouping((), (), ())
    assert [g.statement_ids for g in group_statements(statements, confirmed=[(3, 1)]).groups] == [(1, 3)]


M = AidStatement(0, 0, LONG, "Ivan Petrov")
_BODY = " ".join(f"word{i % 97} token{i % 13}" for i in range(300))
_OTHER_BODY = " ".join(f"other{i % 89} thing{i % 7}" for i in range(300))


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        ([replace(M, article_id=1, publisher="Daily Alpha"), replace(M, article_id=2, publisher="Morning Beta")],
         ("Daily Alpha", "Morning Beta")),
        ([replace(M, article_id=1, publisher="Daily Alpha", wire="Reuters"),
          replace(M, article_id=2, publisher="Morning Beta", wire="Reuters")], ("Reuters",)),
        ([replace(M, article_id=1, publisher="Daily Alpha", wire="AP"),
          replace(M, article_id=2, publisher="Morning Beta", wire="Associated Press")], ("Associated Press",)),
        ([replace(M, article_id=1, publisher="Daily Alpha", outlet="RIA Novosti"),
          replace(M, article_id=2, publisher="Morning Beta", outlet="RIA"),
          replace(M, article_id=3, publisher="RIA Novosti")], ("RIA Novosti",)),
        ([replace(M, article_id=1, publisher="Daily Alpha", article_hash="abc"),
          replace(M, article_id=2, publisher="Morning Beta", article_hash="abc")], ("Daily Alpha",)),
        ([replace(M, article_id=1, publisher="Daily Alpha", article_fingerprint=article_fingerprint(_BODY)),
          replace(M, article_id=2, publisher="Morning Beta",
                  article_fingerprint=article_fingerprint("Our own headline\n" + _BODY + "\nAll rights reserved."))],
         ("Daily Alpha",)),
        ([replace(M, article_id=1, publisher="Daily Alpha", article_fingerprint=article_fingerprint(_BODY)),
          replace(M, article_id=2, publisher="Morning Beta", article_fingerprint=article_fingerprint(_OTHER_BODY))],
         ("Daily Alpha", "Morning Beta")),
        ([replace(M, article_id=1, publisher="Daily Alpha"), replace(M, article_id=2, publisher="Daily Alpha")],
         ("Daily Alpha",)),
        ([replace(M, article_id=1), replace(M, article_id=2)], ("article 1", "article 2")),
        ([replace(M, id=1, article_id=1), replace(M, id=2, article_id=1)], ("article 1",)),
    ],
)  # fmt: skip
def test_independent_sources(members: list[AidStatement], expected: tuple[str, ...]) -> None:
    assert independent_sources(members, THRESHOLDS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KYIV (Reuters) - Officials said on Monday...", "Reuters"),
        ("LONDON, June 3 (AP) — The minister said...", "Associated Press"),
        ("MOSCOW, March 1 /TASS/. The minister said...", "TASS"),
        ("AFP - The minister said...", "Agence France-Presse"),
        ("The minister said the talks would go on.\n— AFP", "Agence France-Presse"),
        ("The minister said so. Reuters contributed to this report.", "Reuters"),
        # Near-misses: a relay citation or a lower-case word is not a wire credit.
        ("The minister told RIA Novosti that the talks would go on.", None),
        ("The minister said the talks would go on, according to Reuters.", None),
        ("The ap (apple) harvest was good.", None),
        ("x" * 400 + " (Reuters) -", None),  # far from the start
    ],
)
def test_wire_credit(text: str, expected: str | None) -> None:
    assert wire_credit(text) == expected


@pytest.mark.parametrize(("seed", "pair_block"), [(0, 1), (1, 7), (2, 1000), (3, similarity.PAIR_BLOCK), (4, 50)])
def test_blocking_finds_every_pair_it_promises(seed: int, pair_block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocked comparison finds the same pairs as comparing all pairs, wherever the pair shares at least
    block_overlap of the longer text's distinct word pairs (the blocking guarantee), however many candidate pairs
    are expanded at once."""
    monkeypatch.setattr(similarity, "PAIR_BLOCK", pair_block)
    rng = random.Random(seed)
    vocabulary = ["".join(rng.choices("abcdefgh", k=rng.randint(2, 6))) for _ in range(60)]
    base = [" ".join(rng.choices(vocabulary, k=rng.randint(4, 12))) for _ in range(40)]
    texts = base + [_edit(rng, t, vocabulary) for t in base for _ in range(2)]
    normals = [normalise(t) for t in texts]
    cutoff = 60.0
    found = {(i, j) for i, j, _ in similar_pairs(normals, None, cutoff, THRESHOLDS)}
    expected = set()
    for i, a in enumerate(normals):
        for j in range(i + 1, len(normals)):
            b = normals[j]
            if min(len(a.words), len(b.words)) < THRESHOLDS.min_words:
                continue
            ga, gb = _bigrams(a.words), _bigrams(b.words)
            promised = len(ga & gb) >= THRESHOLDS.block_overlap * max(len(ga), len(gb))
            if promised and score(a, b, cutoff) >= cutoff:
                expected.add((i, j))
    assert expected, "the corpus must contain similar pairs for the test to mean anything"
    assert expected <= found


def _bigrams(words: tuple[str, ...]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(words))


def _edit(rng: random.Random, text: str, vocabulary: list[str]) -> str:
    words = text.split()
    words[rng.randrange(len(words))] = rng.choice(vocabulary)
    return " ".join(words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("“We won't attend,” she said.", "we wo not attend she said"),  # negations count alike: "won't" / "will not"
        ("DON’T  SHOOT — NOW!", "do not shoot now"),
        ("isn't it; wasn't it", "is not it was not it"),
        ("5,000 (AP) – x", "5 000 ap x"),
        ("  ", ""),
        ("Can'tstop", "can tstop"),  # no word boundary after n't: an apostrophe, not a negation
    ],
)
def test_the_words_similarity_compares(text: str, words: str) -> None:
    assert normal_text(text) == words == normalise(text).text
