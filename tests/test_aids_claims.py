"""Claim matching (earlier verdicts as suggestions) and word-level diffs between versions of a quote."""

from __future__ import annotations

from dataclasses import replace

import pytest

from attribution.aids import AidStatement, ClaimMatch, DiffKind, DiffOp, ReviewedStatement, match_claims, quote_diff
from attribution.aids.thresholds import load as load_thresholds
from attribution.review import Rating, Verdict

CLAIM = "Shelling killed 50 people in the northern town on Monday, the governor said."
REVIEWED = ReviewedStatement(AidStatement(1, 10, CLAIM, "Ana Lind"), Verdict.CONFIRMED, Rating.MOSTLY_TRUE)


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        (CLAIM, "Ana Lind", [ClaimMatch(2, 1, Verdict.CONFIRMED, Rating.MOSTLY_TRUE, 100.0, True)]),
        ("Shelling killed 50 people in the northern town on Monday.", "Ana Lind", [(2, 1, True)]),
        (CLAIM, "Ivan Petrov", [(2, 1, False)]),  # a content rating may carry over; the UI says whose words
        (CLAIM, None, [(2, 1, False)]),
        # Near-misses: no suggestion.
        (CLAIM.replace("50", "5"), "Ana Lind", []),
        (CLAIM.replace("killed", "did not kill"), "Ana Lind", []),
        ("The governor said the northern town was calm on Monday.", "Ana Lind", []),
        ("Monday.", "Ana Lind", []),
    ],
)
def test_match(text: str, speaker: str | None, expected: list) -> None:
    found = match_claims([AidStatement(2, 20, text, speaker)], [REVIEWED])
    if expected and isinstance(expected[0], ClaimMatch):
        assert list(found) == expected
    else:
        assert [(m.statement_id, m.reviewed_statement_id, m.same_speaker) for m in found] == expected


def test_never_its_own_review_and_never_without_a_verdict() -> None:
    unrated = ReviewedStatement(AidStatement(3, 30, CLAIM, "Ana Lind"), None, None)
    assert match_claims([REVIEWED.statement], [REVIEWED, unrated]) == ()


def test_best_matches_first_and_limited() -> None:
    limit = load_thresholds().claim_matches_per_statement
    reviewed = [
        ReviewedStatement(AidStatement(100 + n, 100 + n, CLAIM + " " * n, "Ana Lind"), Verdict.CORROBORATED, None)
        for n in range(limit + 2)
    ]
    reviewed.append(
        ReviewedStatement(
            replace(REVIEWED.statement, id=99, text=CLAIM.replace("the governor", "a governor")), Verdict.ALTERED, None
        )
    )
    found = match_claims([AidStatement(2, 20, CLAIM, "Ana Lind")], reviewed)
    assert [m.reviewed_statement_id for m in found] == list(range(100, 100 + limit))
    assert all(m.verdict is Verdict.CORROBORATED for m in found)


E, R, INS, D = DiffKind.EQUAL, DiffKind.REPLACE, DiffKind.INSERT, DiffKind.DELETE


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("There is no military solution.", "There is no military solution.",
         [DiffOp(E, "There is no military solution.", "There is no military solution.")]),
        ("There is no military solution.", "“There is NO military solution”",
         [DiffOp(E, "There is no military solution.", "“There is NO military solution”")]),
        ("There is no military solution to the conflict.", "There is no military solution to this conflict.",
         [DiffOp(E, "There is no military solution to", "There is no military solution to"),
          DiffOp(R, "the", "this"), DiffOp(E, "conflict.", "conflict.")]),
        ("We will attend.", "We will not attend.",
         [DiffOp(E, "We will", "We will"), DiffOp(INS, "", "not"), DiffOp(E, "attend.", "attend.")]),
        ("Shelling killed 50 people today.", "Shelling killed 50 people.",
         [DiffOp(E, "Shelling killed 50 people", "Shelling killed 50 people."), DiffOp(D, "today.", "")]),
        ("We never said that, believe me.", "We never said that.",
         [DiffOp(E, "We never said that,", "We never said that."), DiffOp(D, "believe me.", "")]),
        ("", "Something new.", [DiffOp(INS, "", "Something new.")]),
        ("Something old.", "", [DiffOp(D, "Something old.", "")]),
    ],
)  # fmt: skip
def test_quote_diff(old: str, new: str, expected: list[DiffOp]) -> None:
    assert list(quote_diff(old, new)) == expected
