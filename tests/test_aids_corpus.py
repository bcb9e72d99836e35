"""The columnar corpus the aids read a whole store from: round trip, and the same aids as from records."""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
import pytest

from attribution.aids import AidStatement, ReviewedStatement, group_statements, match_claims
from attribution.aids.corpus import Corpus, CorpusBuilder, positions
from attribution.aids.similarity import normal_text, normalise, similar_pairs
from attribution.aids.thresholds import load as load_thresholds
from attribution.review import Verdict

THRESHOLDS = load_thresholds()
LONG = "There is no military solution to the conflict in the region."


@pytest.mark.parametrize(
    "statement",
    [
        AidStatement(1, 10, LONG),
        AidStatement(2, 20, f"“{LONG.upper()}”", "Ivan Petrov", 7, "RIA Novosti", "Daily Alpha", "ab" * 32, -5, "AFP"),
        AidStatement(3, 30, "Won't say.", "", None, "", "", None, 0, None),  # empty names stay empty, 0 stays 0
        AidStatement(4, 40, "", None, 0, None, None, "", None, None),  # an empty hash is no hash, as for sources
    ],
)
def test_a_statement_comes_back_with_its_text_in_normal_form(statement: AidStatement) -> None:
    corpus = Corpus.of([AidStatement(9, 90, "Something else.", "Other", publisher="Other"), statement])
    back = corpus.statement(1)
    assert back.text == normal_text(statement.text)
    assert (back.article_hash is None) == (not statement.article_hash)
    assert replace(back, text=statement.text, article_hash=statement.article_hash) == statement
    assert corpus.statements([1, 0, 1]) == [back, corpus.statement(0), back]  # many at once, the same


def test_article_hashes_come_back_as_codes_equal_where_the_hashes_are() -> None:
    corpus = Corpus.of([AidStatement(i, i, LONG, article_hash=h) for i, h in enumerate(["a" * 64, "b" * 64, "a" * 64])])
    codes = [corpus.statement(i).article_hash for i in range(3)]
    assert codes[0] == codes[2] != codes[1]


def test_each_normal_form_is_kept_once() -> None:
    corpus = Corpus.of([AidStatement(i, i, t) for i, t in enumerate([LONG, LONG.upper(), "Other words.", LONG])])
    assert len(corpus.normals) == 2
    assert corpus.normal_ids.tolist() == [0, 0, 1, 0]
    rows, starts = corpus.rows_of_normals()
    assert [rows[starts[t] : starts[t + 1]].tolist() for t in range(2)] == [[0, 1, 3], [2]]


@pytest.mark.parametrize(
    ("ids", "wanted", "expected"),
    [([5, 3, 9], [9, 3, 4], {9: 2, 3: 1}), ([], [1], {}), ([1, 2], [], {}), ([2], [3], {})],
)
def test_positions(ids: list[int], wanted: list[int], expected: dict[int, int]) -> None:
    assert positions(np.array(ids, dtype=np.int64), wanted) == expected


def _statements(seed: int, n: int = 300) -> list[AidStatement]:
    """Near-copies of a few statements, some given to another speaker, some to an entity, in random id order."""
    rng = random.Random(seed)
    words = ["".join(rng.choices("abcdefgh", k=rng.randint(2, 6))) for _ in range(40)] + ["not", "5", "five"]
    base = [[rng.choice(words) for _ in range(rng.randint(3, 12))] for _ in range(n // 5)]
    out = []
    for i in rng.sample(range(1, 10 * n), n):
        text = list(rng.choice(base))
        if rng.random() < 0.3:
            text[rng.randrange(len(text))] = rng.choice(words)
        speaker, entity = rng.choice([("Ana Lind", 1), ("ana lind", None), ("Ivan Petrov", 2), ("Ivan Petrov", None),
                                      (None, None)])  # fmt: skip
        out.append(AidStatement(i, rng.randint(1, n // 3), " ".join(text) + ".", speaker, entity,
                                publisher=rng.choice("ABCD"),
                                article_hash=rng.choice(["x", "y", None]), wire=rng.choice([None, "AFP"])))  # fmt: skip
    return out


@pytest.mark.parametrize("seed", range(4))
def test_the_same_aids_from_a_corpus_built_in_chunks_and_in_any_order(seed: int) -> None:
    statements = _statements(seed)
    pairs = [(s.id, t.id) for s, t in zip(statements[::7], statements[3::11], strict=False)]
    confirmed, rejected = pairs[: len(pairs) // 2], pairs[len(pairs) // 2 :]
    builder = CorpusBuilder()
    for s in statements:  # as the store streams them
        builder.add(s)
    expected = group_statements(statements, THRESHOLDS, confirmed=confirmed, rejected=rejected)
    assert expected.groups and expected.suggestions and expected.alerts, "the test must exercise every aid"
    assert group_statements(builder.build(), THRESHOLDS, confirmed=confirmed, rejected=rejected) == expected
    shuffled = random.Random(seed).sample(statements, len(statements))
    assert group_statements(shuffled, THRESHOLDS, confirmed=confirmed, rejected=rejected).groups == expected.groups
    reviewed = [ReviewedStatement(s, Verdict.CONFIRMED, None) for s in statements[::9]]
    matches = match_claims(statements, reviewed, THRESHOLDS)
    assert matches and match_claims(Corpus.of(shuffled), reviewed, THRESHOLDS) == matches


@pytest.mark.parametrize(
    ("a", "b", "grouped"),
    [
        # One spelling, different numbers: one text, scored with the numbers of the first (as records were).
        ("Shelling killed 1,000 people in the northern town.", "Shelling killed 1 000 people in the northern town.",
         True),
        ("Shelling killed 1,000 people in the northern town.", "Shelling killed 1,001 people in the northern town.",
         False),
    ],
)  # fmt: skip
def test_normal_forms_with_one_spelling_are_one_text(a: str, b: str, grouped: bool) -> None:
    statements = [AidStatement(1, 10, a, "Ana Lind", publisher="P"), AidStatement(2, 20, b, "Ana Lind", publisher="Q")]
    assert bool(group_statements(statements).groups) is grouped


@pytest.mark.parametrize("seed", range(3))
def test_counts_weigh_a_normal_form_as_that_many_copies(seed: int) -> None:
    statements = _statements(seed, 120)
    normals = [normalise(s.text) for s in statements]
    distinct = list(dict.fromkeys(normals))
    right = distinct[::5]
    expanded = {(distinct.index(normals[i]), j, s) for i, j, s in similar_pairs(normals, right, 60, THRESHOLDS)}
    counts = [normals.count(n) for n in distinct]
    assert max(counts) > 1
    assert set(similar_pairs(distinct, right, 60, THRESHOLDS, counts=counts)) == expanded
