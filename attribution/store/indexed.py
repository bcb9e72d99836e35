"""Queries shaped for the indexes of migrations 0004 and 0006, so they stay fast at a million statements.

- `search_words(search)` and `words_in_text(dialect, words)`: the article search's word match, through the
  word index of migration 0006 (each word a prefix, all required).
- `substring(text)`: the case-insensitive substring filter. On PostgreSQL it is text ILIKE, which the
  pg_trgm index serves. On SQLite the FTS5 trigram table first narrows to the statements whose text holds
  the query as a phrase of trigrams (a superset: FTS5 folds all of Unicode's case, LIKE only ASCII's), then
  the LIKE decides, so the answer is LIKE's alone. A query under 3 characters has no trigram: a scan.
- `distinct_values`: the distinct values of an indexed column by skipping through its index, one seek
  per value (a loose index scan), instead of reading every row.
- `speaker_named(names)`: the speaker filter, in a form each database answers through an index.
- `refresh_statistics`: SQLite chooses between indexes from statistics that only ANALYZE gathers.
- `in_date_order(matching, stored, wanted)` and `articles_first`: a page of a filter that many statements
  match is read by walking the date index until it is full, not by sorting every match (SQLite's planner
  takes any IN (subquery) for 25 rows, so it always sorts).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Engine,
    Select,
    and_,
    any_,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import Grouping
from sqlalchemy.sql.selectable import Join
from sqlalchemy.sql.visitors import InternalTraversal

from .schema import ARTICLE_SEARCH_TABLE, SEARCH_TABLE, article_words, articles, speakers, statements, store_meta
from .speakers import _set_meta

TRIGRAM = 3  # characters: shorter queries cannot use a trigram index
STATISTICS_FROM = 10_000  # statements: smaller stores plan well without statistics
_FTS = table(SEARCH_TABLE, column("rowid"))  # SQLite only (migration 0004)
_ARTICLE_FTS = table(ARTICLE_SEARCH_TABLE, column("rowid"))  # SQLite only (migration 0006)
_WORD = re.compile(r"[^\W_]+")  # letters and digits: what both engines' tokenizers keep ("_" separates in FTS5)


class _PerDialect(ColumnElement[bool]):
    """One condition written for a database's planner: `variants[dialect]` there, `default` elsewhere. Every
    variant must select the same rows."""

    type = Boolean()
    inherit_cache = True
    _is_implicitly_boolean = True  # a condition as it is: no "= 1" after it on SQLite
    _traverse_internals: ClassVar = [
        ("default", InternalTraversal.dp_clauseelement),
        ("dialects", InternalTraversal.dp_string_list),
        ("variants", InternalTraversal.dp_clauseelement_tuple),
    ]

    def __init__(self, default: ColumnElement[bool], **variants: ColumnElement[bool]) -> None:
        self.default = default
        self.dialects = list(variants)
        self.variants = tuple(variants.values())

    def self_group(self, against=None) -> ColumnElement:
        return self if against is operators.and_ else Grouping(self)


@compiles(_PerDialect)
def _compile_per_dialect(element: _PerDialect, compiler, **kw) -> str:
    chosen = dict(zip(element.dialects, element.variants, strict=True)).get(compiler.dialect.name, element.default)
    return compiler.process(chosen.self_group(against=operators.and_), **kw)  # an OR keeps its parentheses


def substring(text: str) -> ColumnElement[bool]:
    """Statements whose text contains `text`, case-insensitively (LIKE's case folding: ASCII on SQLite)."""
    exact = statements.c.text.icontains(text, autoescape=True)
    if len(text) < TRIGRAM:
        return exact
    phrase = '"' + text.replace('"', '""') + '"'  # an FTS5 string: every character literal
    hits = select(_FTS.c.rowid).where(literal_column(SEARCH_TABLE).op("MATCH")(literal(phrase)))
    return _PerDialect(exact, sqlite=and_(statements.c.id.in_(hits), exact))


def search_words(search: str) -> tuple[str, ...]:
    """The words of a search, as the word indexes split text: punctuation, quotes and FTS operators' symbols
    separate words and are dropped, so user text can never be query syntax."""
    return tuple(_WORD.findall(unicodedata.normalize("NFC", search)))


def words_in_text(dialect: str, words: tuple[str, ...]) -> ColumnElement[bool]:
    """Articles whose text holds a word starting with each of `words` (non-empty), case-insensitively; on
    SQLite accent-insensitively too. Each word is quoted (FTS5) or holds only letters and digits (tsquery),
    so "AND", "NOT" or "OR" are words like any other."""
    if dialect == "sqlite":
        query = " ".join(f'"{w}"*' for w in words)
        hits = select(_ARTICLE_FTS.c.rowid).where(literal_column(ARTICLE_SEARCH_TABLE).op("MATCH")(literal(query)))
        return articles.c.id.in_(hits)
    query = func.to_tsquery(literal_column("'simple'"), literal(" & ".join(f"{w}:*" for w in words)))
    # the matching ids from the index, once: as one more OR term, each article's words would be parsed instead
    found = articles.alias("by_words")
    return articles.c.id.in_(select(found.c.id).where(article_words(found.c.text).op("@@")(query)))


def speaker_named(names: tuple[str, ...]) -> ColumnElement[bool]:
    """Statements whose speaker is one of `names`: an entity's name, or the engine's name when no entity.
    Asked as an OR of the two, SQLite may walk every article (a timeline of one speaker took half a second)
    and PostgreSQL filters every statement with the subquery: SQLite gets the union of the two kinds' ids,
    each read through an index, and PostgreSQL the entity ids as an array, which its index can take (a
    union there is fast for a few speakers and slow for the 30 rows of a topic grid)."""
    named = select(speakers.c.id).where(speakers.c.name.in_(names))
    unlinked = and_(statements.c.speaker_id.is_(None), statements.c.speaker.in_(names))
    s = statements.alias("by_speaker")
    union = union_all(
        select(s.c.id).where(s.c.speaker_id.in_(named)),
        select(s.c.id).where(s.c.speaker_id.is_(None), s.c.speaker.in_(names)),
    )
    return _PerDialect(
        statements.c.id.in_(union),
        postgresql=or_(statements.c.speaker_id == any_(func.array(named.scalar_subquery())), unlinked),
    )


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


def in_date_order(matching: int, stored: int, wanted: int) -> bool:
    """Whether the first `wanted` of `matching` statements (out of `stored`) are best found by reading
    statements newest first and checking the filter on each, about wanted × stored / matching of them,
    rather than by finding all `matching` and sorting them: at 1M, a topic's first page (125k matches) takes
    40 ms instead of 390, a speaker's (3k) stays sorted (a walk would read 17k statements for it)."""
    return matching * matching > wanted * stored


class _ArticlesFirst(Join):
    """articles JOIN statements, read in that order on SQLite (CROSS JOIN: the planner keeps the order), so a
    page ordered by date walks the date index and stops when full."""

    inherit_cache = True


@compiles(_ArticlesFirst, "sqlite")
def _compile_articles_first(element: _ArticlesFirst, compiler, **kw) -> str:
    return compiler.visit_join(element, **kw).replace(" JOIN ", " CROSS JOIN ", 1)  # the left is one table


def articles_first() -> Join:
    return _ArticlesFirst(articles, statements, statements.c.article_id == articles.c.id)


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


__all__ = [
    "STATISTICS_FROM",
    "TRIGRAM",
    "articles_first",
    "distinct_values",
    "in_date_order",
    "refresh_statistics",
    "search_words",
    "speaker_named",
    "substring",
    "words_in_text",
]
