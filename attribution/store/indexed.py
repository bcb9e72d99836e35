"""Queries shaped for the indexes of migration 0003, so they stay fast at a million statements.

- `substring(text)`: the case-insensitive substring filter. On PostgreSQL it is text ILIKE, which the
  pg_trgm index serves. On SQLite the FTS5 trigram table first narrows to the statements whose text holds
  the query as a phrase of trigrams (a superset: FTS5 folds all of Unicode's case, LIKE only ASCII's), then
  the LIKE decides, so the answer is LIKE's alone. A query under 3 characters has no trigram: a scan.
- `distinct_values`: the distinct values of an indexed column by skipping through its index, one seek
  per value (a loose index scan), instead of reading every row.
- `refresh_statistics`: SQLite chooses between indexes from statistics that only ANALYZE gathers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from sqlalchemy import Boolean, ColumnElement, Engine, Select, func, literal, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import Grouping
from sqlalchemy.sql.visitors import InternalTraversal

from .schema import SEARCH_TABLE, statements, store_meta
from .speakers import _set_meta

TRIGRAM = 3  # characters: shorter queries cannot use a trigram index
STATISTICS_FROM = 10_000  # statements: smaller stores plan well without statistics


class _Narrowed(ColumnElement[bool]):
    """`exact`, which on SQLite first keeps only the statements whose text the FTS5 table matches `phrase`."""

    type = Boolean()
    inherit_cache = True
    _is_implicitly_boolean = True  # a condition as it is: no "= 1" after it on SQLite
    _traverse_internals: ClassVar = [
        ("exact", InternalTraversal.dp_clauseelement),
        ("phrase", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, exact: ColumnElement[bool], phrase: ColumnElement) -> None:
        self.exact = exact
        self.phrase = phrase

    def self_group(self, against=None) -> ColumnElement:
        return self if against is operators.and_ else Grouping(self)  # it compiles to an AND on SQLite


@compiles(_Narrowed)
def _exact_only(element: _Narrowed, compiler, **kw) -> str:
    return compiler.process(element.exact, **kw)


@compiles(_Narrowed, "sqlite")
def _fts_then_exact(element: _Narrowed, compiler, **kw) -> str:
    hits = f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH {compiler.process(element.phrase, **kw)}"
    return f"{compiler.process(statements.c.id, **kw)} IN ({hits}) AND {compiler.process(element.exact, **kw)}"


def substring(text: str) -> ColumnElement[bool]:
    """Statements whose text contains `text`, case-insensitively (LIKE's case folding: ASCII on SQLite)."""
    exact = statements.c.text.icontains(text, autoescape=True)
    if len(text) < TRIGRAM:
        return exact
    phrase = '"' + text.replace('"', '""') + '"'  # an FTS5 string: every character literal
    return _Narrowed(exact, literal(phrase))


def distinct_values(
    column, *where: ColumnElement[bool], present: Callable[[ColumnElement], ColumnElement[bool]] | None = None
) -> Select:
    """The distinct non-null values of `column` among rows matching `where` (one column, "value"), by a loose
    index scan: with an index on (where's equality columns…, column) each value costs one seek, however many
    rows hold it. `present(value)` keeps a value only when it holds (e.g. an EXISTS: checked once per value,
    not once per row)."""
    first = select(func.min(column).label("value")).where(column.is_not(None), *where).cte("skip", recursive=True)
    following = select(func.min(column)).where(column > first.c.value, *where).scalar_subquery()
    skip = first.union_all(select(following).where(first.c.value.is_not(None)))
    query = select(skip.c.value).where(skip.c.value.is_not(None))
    return query if present is None else query.where(present(skip.c.value))


def refresh_statistics(engine: Engine, begin_write: Callable) -> bool:
    """Gather SQLite's planner statistics (ANALYZE: about a second at a million statements) when the
    statements have doubled or halved since they were last gathered. Without them SQLite sorts every
    statement to show the newest 50 instead of walking the date index. (Sampled statistics, PRAGMA
    analysis_limit, miss how common a review status is, and plans suffer.) PostgreSQL's autovacuum
    analyzes by itself. Returns whether it gathered them."""
    if engine.dialect.name != "sqlite":
        return False
    with engine.connect() as conn:
        size = conn.execute(select(func.max(statements.c.id))).scalar() or 0
        last = int(conn.execute(select(store_meta.c.value).where(store_meta.c.key == "statistics")).scalar() or 0)
    if size < STATISTICS_FROM or last // 2 <= size <= last * 2:
        return False
    with begin_write() as conn:
        conn.exec_driver_sql("ANALYZE")
        _set_meta(conn, "statistics", str(size))
    return True


__all__ = ["STATISTICS_FROM", "TRIGRAM", "distinct_values", "refresh_statistics", "substring"]
