"""Claim matching: a statement similar to one that already has a verdict gets that verdict as a suggestion."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

from .corpus import Corpus
from .grouping import same_speaker
from .records import AidStatement, ClaimMatch, ReviewedStatement
from .similarity import load as load_claim_words
from .similarity import normalise, similar_pairs
from .thresholds import Thresholds
from .thresholds import load as load_thresholds


def match_claims(
    statements: Sequence[AidStatement] | Corpus,
    reviewed: Sequence[ReviewedStatement],
    thresholds: Thresholds | None = None,
    *,
    df: Counter[str] | None = None,
) -> tuple[ClaimMatch, ...]:
    """For each statement, the best earlier reviews (up to claim_matches_per_statement) scoring claim_match.

    A statement is never matched with its own review; matches are suggestions, the store applies none.
    `df`: word frequencies over all the statements and the reviewed ones, when these are a partition of them.
    """
    with_verdict = [r for r in reviewed if r.verdict is not None or r.rating is not None]
    if not with_verdict:  # nothing to match: the statements are not even blocked (a quarter of a small refresh)
        return ()
    thresholds = thresholds or load_thresholds()
    claim_words = load_claim_words()
    corpus = statements if isinstance(statements, Corpus) else Corpus.of(statements, claim_words)
    rows, starts = corpus.rows_of_normals()
    found: defaultdict[int, list[ClaimMatch]] = defaultdict(list)
    for t, j, score in similar_pairs(
        corpus.normals,
        [normalise(r.statement.text, claim_words) for r in with_verdict],
        thresholds.claim_match,
        thresholds,
        counts=np.diff(starts).tolist(),  # each normal form once, its words counted once per statement
        df=df,
    ):
        r = with_verdict[j]
        for s in corpus.statements(rows[starts[t] : starts[t + 1]]):
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
