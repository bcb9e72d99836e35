"""Fuzzy text search: statements ranked by their similarity to a phrase (rapidfuzz partial_ratio, typos allowed).

Comparing a phrase with every statement costs over two seconds per million statements (reading the texts is most
of it), too slow for a filter change; so a fuzzy search compares the newest SCAN statements among those the other
filters keep, and says whether that was all of them: narrowing the other filters (dates, speaker, topic) reaches
older ones. An exact text search (no fuzzy) still reads every statement. A ranking is kept a little while, so a
page's count, rows, charts and next pages compare once.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from sqlalchemy import Connection, func, select

from . import indexed
from .filters import StatementFilter, conditions, joined
from .schema import articles, review_history, statements

CUTOFF = 75.0  # partial_ratio (0–100) a statement needs to match
SCAN = 10_000  # statements compared at most: ~0.1–0.25 s with its count at a million statements
MAX = 10_000  # matches kept, best first (nobody pages further)
TTL = 30.0  # seconds a ranking is reused; a new statement or review makes a new one at once
KEPT = 32  # rankings kept

NEWEST_FIRST = (articles.c.published.desc().nulls_last(), articles.c.id.desc(), statements.c.position)


def is_fuzzy(flt: StatementFilter) -> bool:
    return flt.fuzzy and bool(flt.text.strip())


@dataclass(frozen=True, slots=True)
class FuzzyRanking:
    """The statements matching a fuzzy search, best first; `complete` is False when more statements matched the
    other filters than were compared (the oldest of them were not)."""

    ids: tuple[int, ...]
    compared: int
    complete: bool


def rank(conn: Connection, flt: StatementFilter, matching: int, stored: int) -> FuzzyRanking:
    """Compare flt.text with the newest SCAN of the `matching` statements (of `stored`) that the rest of `flt`
    keeps (conditions() leaves a fuzzy text out); ties go to the older id, so a ranking is the same every time."""
    query = select(statements.c.id, statements.c.text).where(*conditions(flt))
    if matching > SCAN:  # the newest: by walking the date index when many match, else by sorting them
        walk = indexed.in_date_order(matching, stored, SCAN)
        query = query.select_from(joined("articles", flt=flt, articles_first=walk)).order_by(*NEWEST_FIRST)
    else:
        query = query.select_from(joined(flt=flt))
    window = conn.execute(query.limit(SCAN)).all()
    if not window:
        return FuzzyRanking((), 0, True)
    ids = np.fromiter((r.id for r in window), dtype=np.int64, count=len(window))
    # One row per statement, so both cores share the work (cdist runs rows in parallel); below the cutoff scores 0.
    scores = process.cdist(
        [r.text for r in window], [flt.text.strip()], scorer=fuzz.partial_ratio, processor=str.lower,
        score_cutoff=CUTOFF, workers=-1,
    )[:, 0]  # fmt: skip
    hits = np.flatnonzero(scores >= CUTOFF)
    best = hits[np.lexsort((ids[hits], -scores[hits]))][:MAX]
    return FuzzyRanking(tuple(ids[best].tolist()), len(window), matching <= SCAN)


class RankingCache:
    """Recent rankings, by filter and by the store's last statement and review (so a new one of either shows at
    once; other changes, such as a speaker merge, within TTL). One ranking is computed at a time: the parallel
    queries of one page wait for the first instead of each comparing the same statements."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: OrderedDict[tuple, tuple[float, FuzzyRanking]] = OrderedDict()

    def get(self, conn: Connection, flt: StatementFilter, compute: Callable[[], FuzzyRanking]) -> FuzzyRanking:
        state = conn.execute(select(select(func.max(statements.c.id)).scalar_subquery(),
                                    select(func.max(review_history.c.id)).scalar_subquery())).one()  # fmt: skip
        key = (flt, tuple(state))
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None and time.monotonic() - kept[0] < TTL:
                self._kept.move_to_end(key)
                return kept[1]
            ranking = compute()
            self._kept[key] = (time.monotonic(), ranking)
            self._kept.move_to_end(key)
            while len(self._kept) > KEPT:
                self._kept.popitem(last=False)
            return ranking
