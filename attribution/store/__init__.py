"""The quote store: articles and their statements in a SQL database (SQLite by default, PostgreSQL for teams)."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, create_engine, event, func, insert, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from ..errors import StoreError
from ..lexicons import PROJECT_ROOT, Lexicon
from ..models import Article, Statement
from ..pipeline import extract_article
from . import schema
from .schema import articles, statements

DEFAULT_URL = f"sqlite:///{PROJECT_ROOT / 'data' / 'quotes.db'}"


def database_url(url: str | None = None) -> str:
    """The URL given, else $DATABASE_URL, else the project's data/quotes.db."""
    return url or os.environ.get("DATABASE_URL") or DEFAULT_URL


@dataclass(frozen=True, slots=True)
class StatementFilter:
    """What the dashboard and `export` narrow statements by; empty means everything."""

    speakers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IngestSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    statements: int = 0


def statement_key(article_key: str, text: str, occurrence: int) -> str:
    """Stable across engine upgrades that move spans: the article, the words, and which repeat of them."""
    words = " ".join(re.findall(r"\w+", text.lower()))
    return hashlib.sha256(f"{article_key}\x1f{words}\x1f{occurrence}".encode()).hexdigest()[:32]


class Store:
    def __init__(self, url: str | None = None) -> None:
        self.url = database_url(url)
        self.engine = _engine(self.url)
        try:
            schema.metadata.create_all(self.engine)
        except OperationalError as e:
            raise StoreError(f"cannot open the store at {_safe(self.url)}: {e.orig}") from e

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------------

    def ingest(self, batch: Iterable[Article], lexicon: Lexicon | None = None) -> IngestSummary:
        """Store articles and their statements in one transaction; an article already stored is not repeated."""
        new = updated = unchanged = stored = 0
        with self.engine.begin() as conn:
            for article in batch:
                row = conn.execute(
                    select(articles.c.id, articles.c.content_hash).where(articles.c.key == article.id)
                ).first()
                if row is not None and row.content_hash == article.content_hash:
                    unchanged += 1
                    continue
                values = dict(
                    title=article.title,
                    publisher=article.publisher,
                    published=article.published,
                    url=article.url,
                    text=article.text,
                    content_hash=article.content_hash,
                    ingested_at=datetime.now(UTC),
                )
                if row is None:
                    article_id = conn.execute(insert(articles).values(key=article.id, **values)).inserted_primary_key[0]
                    new += 1
                else:
                    article_id = row.id
                    conn.execute(articles.update().where(articles.c.id == article_id).values(**values))
                    conn.execute(statements.delete().where(statements.c.article_id == article_id))
                    updated += 1
                rows = _statement_rows(article_id, article.id, extract_article(article, lexicon))
                if rows:
                    conn.execute(insert(statements), rows)
                stored += len(rows)
        return IngestSummary(new, updated, unchanged, stored)

    # -- reading ---------------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.id).limit(1)).first() is None

    def count_statements(self, flt: StatementFilter = StatementFilter()) -> int:
        with self.engine.connect() as conn:
            return conn.execute(_filtered(select(func.count()).select_from(_joined()), flt)).scalar_one()

    def statements(
        self, flt: StatementFilter = StatementFilter(), limit: int | None = None, offset: int = 0
    ) -> list[dict]:
        """Statement records with their article's metadata, in article and reading order."""
        query = (
            _filtered(select(*_STATEMENT_COLUMNS).select_from(_joined()), flt)
            .order_by(articles.c.key, statements.c.position)
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def speaker_counts(self, flt: StatementFilter = StatementFilter()) -> list[tuple[str, int]]:
        """Statements per speaker, most first; unattributed statements are left out."""
        n = func.count().label("n")
        query = (
            _filtered(select(statements.c.speaker, n).select_from(_joined()), flt)
            .where(statements.c.speaker.is_not(None))
            .group_by(statements.c.speaker)
            .order_by(n.desc(), statements.c.speaker)
        )
        with self.engine.connect() as conn:
            return [(r.speaker, r.n) for r in conn.execute(query)]

    def speakers(self) -> list[str]:
        query = (
            select(statements.c.speaker)
            .where(statements.c.speaker.is_not(None))
            .distinct()
            .order_by(statements.c.speaker)
        )
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())


_STATEMENT_COLUMNS = (
    statements.c.id, articles.c.key.label("article"), statements.c.start, statements.c.end, statements.c.spans,
    statements.c.kind, statements.c.speaker, statements.c.speaker_start, statements.c.speaker_end,
    statements.c.anonymous, statements.c.role, statements.c.affiliation, statements.c.country,
    statements.c.outlet, statements.c.cue, statements.c.cue_start, statements.c.cue_end,
    statements.c.confidence, statements.c.text, articles.c.title, articles.c.publisher, articles.c.published,
    articles.c.url,
)  # fmt: skip


def _joined():
    return statements.join(articles, statements.c.article_id == articles.c.id)


def _filtered(query, flt: StatementFilter):
    if flt.speakers:
        query = query.where(statements.c.speaker.in_(flt.speakers))
    return query


def _statement_rows(article_id: int, article_key: str, found: list[Statement]) -> list[dict]:
    seen: dict[str, int] = {}
    rows = []
    for position, s in enumerate(found):
        occurrence = seen.get(s.text, 0)
        seen[s.text] = occurrence + 1
        rows.append(dict(
            article_id=article_id, key=statement_key(article_key, s.text, occurrence), position=position,
            start=s.start, end=s.end, spans=[[p.start, p.end] for p in s.spans], text=s.text, kind=s.kind.value,
            speaker=s.speaker, speaker_start=s.speaker_span.start if s.speaker_span else None,
            speaker_end=s.speaker_span.end if s.speaker_span else None, anonymous=s.anonymous, role=s.role,
            affiliation=s.affiliation, country=s.country, outlet=s.outlet, cue=s.cue,
            cue_start=s.cue_span.start if s.cue_span else None, cue_end=s.cue_span.end if s.cue_span else None,
            confidence=s.confidence,
        ))  # fmt: skip
    return rows


def _engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
        parsed.get_dialect()
    except (ArgumentError, NoSuchModuleError) as e:
        raise StoreError(f"not a usable database URL: {url!r}; expected e.g. sqlite:///data/quotes.db") from e
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            os.makedirs(os.path.dirname(os.path.abspath(parsed.database)), exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _safe(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


__all__ = ["DEFAULT_URL", "IngestSummary", "StatementFilter", "Store", "database_url", "statement_key"]
