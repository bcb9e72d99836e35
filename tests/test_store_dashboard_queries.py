"""The dashboard's queries at scale answer exactly as the plain ones: a count with a "not in" aid flag, taken
as a difference of two counts, is the number of statements listed; a page read in date order (when a caller
says many statements match) is the page sorted. On a small synthetic store with aids rows, on both databases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import event

from attribution.store import StatementFilter, Store, indexed
from attribution.store.filters import complement
from benchmarks.store_synthetic import fill
from tests.conftest import fresh_postgresql

STATEMENTS = 3000

F = StatementFilter
FILTERS = [
    F(),
    F(single_source=True),
    F(single_source=False),
    F(misattributed=False),
    F(misattributed=True),
    F(has_claim_match=False),
    F(single_source=True, misattributed=False, has_claim_match=False),
    F(single_source=True, has_claim_match=True),
    F(topics=("energy",), single_source=True),
    F(topics=("sanctions", "trade")),
    F(text="the summit", misattributed=False),
    F(workflows=("unstarted",), has_claim_match=False, date_from=date(2024, 6, 1)),
    F(speakers=("Tavo Relkin", "Sefa Brisco")),
    F(publishers=("Harbour Gazette",), outlets=("Lantern Wire",)),
    F(speech=True),  # the dashboard's default view
    F(speech=True, single_source=True, topics=("energy",)),
    F(speech=False),
]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    url = f"sqlite:///{tmp_path_factory.mktemp('synthetic') / 'quotes.db'}"
    fill(url, STATEMENTS)
    with Store(url) as store:
        yield store


@pytest.fixture(scope="module")
def synthetic_pg(postgres_server) -> Iterator[Store]:
    with fresh_postgresql(postgres_server) as url:
        fill(url, STATEMENTS)
        with Store(url) as store:
            yield store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest) -> Store:
    return request.getfixturevalue("synthetic" if request.param == "sqlite" else "synthetic_pg")


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: str(f.to_query_params()) or "everything")
def test_a_count_is_the_number_of_statements_listed(store: Store, flt: StatementFilter) -> None:
    listed = store.statements(flt, limit=None)
    assert store.count_statements(flt) == len(listed) > 0


@pytest.mark.parametrize(
    ("flt", "parts"),
    [
        (F(), None),
        (F(single_source=False, misattributed=True, has_claim_match=True), None),  # every flag asks for a set
        (F(single_source=True), (F(), F(single_source=False))),
        (F(misattributed=False, kinds=("direct",)), (F(kinds=("direct",)), F(misattributed=True, kinds=("direct",)))),
        (F(has_claim_match=False, single_source=False), (F(single_source=False), F(single_source=False,
                                                                                     has_claim_match=True))),
    ],
)  # fmt: skip
def test_complement_splits_off_one_not_in_flag(flt: StatementFilter, parts) -> None:
    assert complement(flt) == parts


@pytest.mark.parametrize("order", ["published_desc", "published_asc", "position"])
@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: str(f.to_query_params()) or "everything")
def test_a_page_read_in_date_order_is_the_sorted_page(store: Store, flt: StatementFilter, order: str) -> None:
    n = store.count_statements(flt)
    for limit, offset in ((50, 0), (25, 100)):
        sorted_page = [s.id for s in store.statements(flt, limit=limit, offset=offset, order=order)]
        for matching in (n, 10**9):  # a count is a hint for the plan only: the largest walks for certain
            walked = store.statements(flt, limit=limit, offset=offset, order=order, matching=matching)
            assert [s.id for s in walked] == sorted_page


@pytest.mark.parametrize(
    ("matching", "stored", "wanted", "walk"),
    [
        (125_000, 1_000_000, 50, True),  # a topic: 1 in 8 match, 400 statements read for a page
        (2_849, 1_000_000, 50, False),  # a speaker: sorting 3k beats reading 17k
        (125_000, 1_000_000, 5_000, True),  # page 100
        (20, 1_000_000, 50, False),
        (0, 0, 50, False),
        (40, 40, 50, False),  # a small store: nothing to gain
        (1_000_000, 1_000_000, 50, True),
    ],
)
def test_a_page_is_walked_in_date_order_when_many_match(matching: int, stored: int, wanted: int, walk: bool) -> None:
    assert indexed.in_date_order(matching, stored, wanted) is walk


@pytest.mark.parametrize(("matching", "walked"), [(None, False), (10**9, True)])
def test_sqlite_walks_the_date_index_without_a_sort_only_when_told(synthetic: Store, matching, walked: bool) -> None:
    statement, parameters = _ids_query(synthetic, F(topics=("energy",)), matching)
    with synthetic.engine.connect() as conn:
        plan = " / ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
    assert ("CROSS JOIN" in statement) is walked
    if walked:
        assert "ix_articles_published" in plan and "TEMP B-TREE" not in plan, plan


def _ids_query(store: Store, flt: StatementFilter, matching: int | None) -> tuple[str, tuple]:
    """The SQL and parameters of the query that finds a page's ids (the first the store sends)."""
    sent: list[tuple[str, tuple]] = []

    def capture(conn, cursor, statement, parameters, *args) -> None:
        sent.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        store.statements(flt, matching=matching)
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)
    return next((q, p) for q, p in sent if q.lstrip().startswith("SELECT statements.id"))
