"""Claim matching: a statement similar to one that already has a verdict gets that verdict as a suggestion."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .grouping import same_speaker
from .records import AidStatement, ClaimMatch, ReviewedStatement
from .similarity import load as load_claim_words
from .similarity import normalise, similar_pairs
from .thresholds import Thresholds
from .thresholds import load as load_thresholds


def match_claims(
    statements: Sequence[AidStatement], reviewed: Sequence[ReviewedStatement], thresholds: Thresholds | None = None
) -> tuple[ClaimMatch, ...]:
    """For each statement, the best earlier reviews (up to claim_matches_per_statement) scoring claim_match.

    A statement is never matched with its own review; matches are suggestions, the store applies none.
    """
    thresholds = thresholds or load_thresholds()
    claim_words = load_claim_words()
    with_verdict = [r for r in reviewed if r.verdict is not None or r.rating is not None]
    found: defaultdict[int, list[ClaimMatch]] = defaultdict(list)
    for i, j, score in similar_pairs(
        [normalise(s.text, claim_words) for s in statements],
        [normalise(r.statement.text, claim_words) for r in with_verdict],
        thresholds.claim_match,
        thresholds,
    ):
        s, r = statements[i], with_verdict[j]
        if s.id != r.statement.id:
            found[s.id].append(
                ClaimMatch(s.id, r.statement.id, r.verdict, r.rating, round(score, 2), same_speaker(s, r.statement))
            )
    return tuple(
        m
        for sid in sorted(found)
        for m in sorted(found[sid], key=lambda m: (-m.score, m.reviewed_statement_id))[
            : thresholds.claim_matches_per_statement
        ]
    )
