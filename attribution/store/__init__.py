"""The quote store: articles, statements, canonical speakers and reviews in SQL.

SQLite by default; PostgreSQL (psycopg 3) for a team.

The schema is upgraded by the Alembic migrations in migrations/ whenever a Store opens; a new store's is made at
once as they would leave it (fresh.py) and stamped at the newest revision.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Integer,
    Select,
    cast,
    create_engine,
    desc,
    event,
    func,
    insert,
    inspect,
    or_,
    select,
    text,
    union,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from .. import untrusted
from ..access import Identity, recorded
from ..engine.lexicons import PROJECT_ROOT, Lexicon
from ..engine.lexicons import load as load_lexicon
from ..errors import AttributionError, StoreError
from ..models import Article, Kind, Span
from ..review import HistoryEntry, Rating, Review, ReviewConflict, ReviewError, Verdict, Workflow, parse
from . import aids as _aids
from . import fresh, fuzzy, indexed
from . import ingest as _ingest
from . import outlets as _outlets
from . import speakers as _speakers
from .aids import AidsError
from .filters import (
    FACET_TABLES,
    FACETS,
    RECORD,
    SPEAKER_NAME,
    FilterError,
    StatementFilter,
    complement,
    conditions,
    joined,
)
from .fuzzy import FuzzyRanking
from .ingest import BATCH, IngestError, Progress, WorkersBroken
from .keys import statement_key
from .outlets import OutletConflict, OutletMerge, OutletSuggestion, StoredOutlet
from .records import (
    AidsMode,
    AidsStatus,
    AidsSummary,
    GroupLink,
    GroupVersion,
    IngestSummary,
    LinkStatus,
    MergeSuggestion,
    SpeakerEntity,
    StoredAlert,
    StoredArticle,
    StoredClaimMatch,
    StoredGroup,
    StoredStatement,
)
from .schema import articles, outlets, review_history, reviews, speakers, statement_topics, statements
from .speakers import NotFound

DEFAULT_URL = f"sqlite:///{PROJECT_ROOT / 'data' / 'quotes.db'}"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
ORDERS = ("published_desc", "published_asc", "check_score_desc", "position")
FREQUENCIES = ("day", "week", "month")
CONNECT_TIMEOUT = 10  # seconds a PostgreSQL server may take to answer (the URL's ?connect_timeout= wins)


EVERYTHING = StatementFilter()


def database_url(url: str | None = None) -> str:
    """The URL given, else $DATABASE_URL, else the project's data/quotes.db."""
    return url or os.environ.get("DATABASE_URL") or DEFAULT_URL


class Store:
    """One store, shared safely by threads, processes and reviewers; every write is one transaction."""

    def __init__(self, url: str | None = None) -> None:
        self.url = database_url(url)
        self.engine = _engine(self.url)
        self.dialect = self.engine.dialect.name
        try:
            _migrate(self.url)
        except DBAPIError as e:  # unreachable server, wrong password, no such database, not a database file
            self.engine.dispose()
            reason = " ".join(str(e.orig).split())  # one line: the drivers' messages span several
            raise StoreError(f"cannot open the store at {_safe(self.url)}: {reason}; {_HINT[self.dialect]}") from e
        indexed.refresh_statistics(self.engine, self._write)  # e.g. a store filled by another program
        if self.dialect == "sqlite":  # a bulk load that crashed left its word indexes to rebuild
            from . import bulk

            bulk.restore_search_index(self._write)
        self._rankings = fuzzy.RankingCache()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A write transaction. On SQLite it takes the write lock at once, so two writers queue instead of failing."""
        with self.engine.connect() as conn:
            conn.execution_options(sqlite_immediate=True)
            with conn.begin():
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    # -- ingest ----------------------------------------------------------------------------------------

    def ingest(
        self,
        batch: Iterable[Article],
        workers: int = 1,
        progress: Progress | None = None,
        *,
        lexicon: Lexicon | None = None,
        batch_size: int = BATCH,
        pool: Executor | None = None,
        added_by: Identity | None = None,
    ) -> IngestSummary:
        """Store articles and their statements, `batch_size` articles a transaction; see store/ingest.py.
        `added_by`: the person adding them (the dashboard's signed-in editor), kept on each article stored.

        `pool`: processes to extract in (workers is then theirs), e.g. a server's kept across calls, so that a
        long article does not hold this process (its other threads, other users). The fact-check aids are brought
        up to date afterwards (see store/aids.py for when and how)."""
        if workers < 1:
            raise StoreError(f"workers must be 1 or more, got {workers}")
        from . import bulk

        # As a bulk load: the rows, the workers' results and the aids' records are short-lived objects by the
        # hundred thousand, and the collector walked the whole process (the lexicons, the linker) every few of its
        # runs (0.3-1.1 s of its ~11 s of CPU on 5,040 articles; workers forked meanwhile collect less often too).
        with bulk.fewer_collections():
            summary = _ingest.run(self.engine, self._write, batch, workers=workers, progress=progress,
                                  lexicon=lexicon, batch_size=batch_size, pool=pool,
                                  added_by=added_by.label if added_by else None)  # fmt: skip
            _aids.update(self)
        return summary

    def load_batch(
        self,
        out: Path | str,
        progress: Progress | None = None,
        on_error: Callable[[AttributionError], None] | None = None,
    ) -> IngestSummary:
        """Store the output of `python -m attribution batch` (see store/bulk.py): what `ingest` of the same input
        stores, without extracting again. Bad rows go to `on_error`."""
        from .. import batch
        from . import bulk

        found = batch.manifest(out)  # refuses what is not a batch output
        if self.dialect == "sqlite" and bulk.statement_count(out) >= bulk.DEFER_SEARCH:
            with self._write() as conn:
                bulk.defer_search_index(conn)
        try:
            with bulk.fewer_collections():
                summary = _ingest.run(
                    self.engine, self._write, bulk.extractions(out, on_error or (lambda e: None)), progress=progress,
                    batch_size=bulk.LOAD_BATCH, fingerprint=found["engine"], group=1,
                )  # fmt: skip
        finally:
            if self.dialect == "sqlite":
                bulk.restore_search_index(self._write)
        _aids.update(self)
        return summary

    # -- statements ------------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        with self._read() as conn:
            return conn.execute(select(articles.c.id).limit(1)).first() is None

    def count_statements(self, flt: StatementFilter = EVERYTHING) -> int:
        with self._read() as conn:
            if fuzzy.is_fuzzy(flt):
                return len(self._fuzzy(conn, flt).ids)
            return _count(conn, flt)

    def statements(
        self,
        flt: StatementFilter = EVERYTHING,
        *,
        limit: int | None = 50,
        offset: int = 0,
        order: str = "published_desc",
        matching: int | None = None,
    ) -> list[StoredStatement]:
        """A page of statements; `order` is one of ORDERS (a fuzzy search is ranked by similarity instead).
        matching: how many statements match `flt`, when the caller knows (it counted them): when many do, the
        page is read in date order until full instead of sorting them all (indexed.in_date_order)."""
        if order not in ORDERS:
            raise StoreError(f"order must be one of {', '.join(ORDERS)}, got {order!r}")
        with self._read() as conn:
            if fuzzy.is_fuzzy(flt):
                page = list(self._fuzzy(conn, flt).ids[offset : None if limit is None else offset + limit])
            else:  # the page's ids first, through as few joins as the filter and order need; then its rows
                need = ("articles",) if order.startswith("published") or order == "position" else ()
                walk = (
                    order in _DATE_WALKS
                    and matching is not None
                    and limit is not None
                    and indexed.in_date_order(matching, self._size(conn), offset + limit)
                )
                ids = (
                    select(statements.c.id)
                    .select_from(joined(*need, flt=flt, articles_first=walk))
                    .where(*conditions(flt))
                    .order_by(*_ORDER_BY[order])
                    .limit(limit)
                    .offset(offset)
                )
                page = list(conn.execute(ids).scalars())
            return self._by_ids(conn, page)

    def iter_statements(
        self, flt: StatementFilter = EVERYTHING, *, order: str = "published_desc", page: int = 1000
    ) -> Iterator[StoredStatement]:
        """Every matching statement, a page at a time (for export: never a million rows in memory)."""
        offset = 0
        while batch := self.statements(flt, limit=page, offset=offset, order=order):
            yield from batch
            offset += len(batch)

    def _size(self, conn: Connection) -> int:
        """About how many statements the store holds (ids are not reused): an index's last entry, no count."""
        return conn.execute(select(func.max(statements.c.id))).scalar() or 0

    def statement(self, statement_id: int) -> StoredStatement:
        """One statement by id, retired ones included."""
        with self._read() as conn:
            found = self._by_ids(conn, [statement_id])
        if not found:
            raise NotFound(f"no statement with id {statement_id}")
        return found[0]

    def fuzzy_ranking(self, flt: StatementFilter) -> fuzzy.FuzzyRanking:
        """What a fuzzy search compared and found (fuzzy.rank); `complete` says whether it reached every statement
        the other filters keep. Raises StoreError for a filter that is not a fuzzy search."""
        if not fuzzy.is_fuzzy(flt):
            raise StoreError("a fuzzy ranking needs a filter with fuzzy=True and some text")
        with self._read() as conn:
            return self._fuzzy(conn, flt)

    def _fuzzy(self, conn: Connection, flt: StatementFilter) -> fuzzy.FuzzyRanking:
        return self._rankings.get(conn, flt, lambda: fuzzy.rank(conn, flt, _count(conn, flt), self._size(conn)))

    def _narrowed(self, conn: Connection, query, flt: StatementFilter):
        """An aggregate query restricted to a fuzzy search's hits, when the filter is fuzzy."""
        return query.where(statements.c.id.in_(self._fuzzy(conn, flt).ids)) if fuzzy.is_fuzzy(flt) else query

    def _by_ids(self, conn: Connection, ids: list[int]) -> list[StoredStatement]:
        """Full records, in the order of `ids`."""
        if not ids:
            return []
        relayed = _outlets.with_relay(joined(*RECORD))
        query = select(*_STATEMENT_COLUMNS).select_from(relayed).where(statements.c.id.in_(ids))
        rows = {r.id: r for r in conn.execute(query)}
        aids = _aids.flags(conn, ids)
        tags: dict[int, list[str]] = {}
        for r in conn.execute(
            select(statement_topics.c.statement_id, statement_topics.c.topic)
            .where(statement_topics.c.statement_id.in_(ids))
            .order_by(statement_topics.c.topic)
        ):
            tags.setdefault(r.statement_id, []).append(r.topic)
        return [_stored_statement(rows[i], tuple(tags.get(i, ())), aids.get(i, {})) for i in ids if i in rows]

    # -- aggregates for charts and filter widgets ------------------------------------------------------

    def facet_counts(self, flt: StatementFilter, field: str, limit: int | None = 20) -> list[tuple[str, int]]:
        """(value, statements) for one field, most first; statements with no value are left out."""
        column = _facet(field)
        n = func.count().label("n")
        with self._read() as conn:
            if replace(flt, speech=None) == EVERYTHING and FACET_TABLES.get(field) == "reviews":
                return _review_facet(conn, column, limit, flt.speech)
            if field == "speaker":
                counted = select(*_SPEAKER_KEYS, n).select_from(joined(flt=flt)).where(*conditions(flt))
                query = _named(self._narrowed(conn, counted, flt)).order_by(desc("n"), "value").limit(limit)
            elif field == "outlet":  # counted per engine's name (its index), then merged variants add up
                counted = select(statements.c.outlet, n).select_from(joined(flt=flt))
                counted = counted.where(*conditions(flt), statements.c.outlet.is_not(None))
                query = _relayed(self._narrowed(conn, counted, flt)).order_by(desc("n"), "value").limit(limit)
            else:
                query = (
                    select(column.label("value"), n)
                    .select_from(joined(*_tables(field), flt=flt))
                    .where(*conditions(flt), column.is_not(None))
                    .group_by(column)
                    .order_by(n.desc(), column)
                    .limit(limit)
                )
                query = self._narrowed(conn, query, flt)
            return [(r.value, r.n) for r in conn.execute(query)]

    def languages(self) -> list[str]:
        """Every language of a stored article, those with no statements (no engine reads them) included."""
        with self._read() as conn:
            return list(conn.execute(indexed.distinct_values(articles.c.language).order_by("value")).scalars())

    def facet_values(self, field: str) -> list[str]:
        """Every value a filter widget can offer for `field` (a closed vocabulary lists all its values)."""
        vocabulary = {"workflow": Workflow, "verdict": Verdict, "rating": Rating, "kind": Kind}.get(field)
        if vocabulary is not None:
            return [m.value for m in vocabulary]
        column = _facet(field)
        current = statements.c.retired.is_(False)
        if field == "speaker":  # entities with statements, and the engine's names of statements with no entity
            linked = select(speakers.c.name.label("value")).where(
                select(statements.c.id).where(statements.c.speaker_id == speakers.c.id, current).exists()
            )
            unlinked = indexed.distinct_values(statements.c.speaker, statements.c.speaker_id.is_(None), current)
            names = union(linked, unlinked).subquery()  # UNION drops repeats
            query = select(names.c.value).order_by(names.c.value)
        else:  # one index seek per value, and one look for a current statement with it
            query = indexed.distinct_values(
                column,
                present=lambda value: (
                    select(statements.c.id)
                    .select_from(joined(*_tables(field)))
                    .where(column == value, current)
                    .exists()
                ),
            ).order_by("value")
        with self._read() as conn:
            values = list(conn.execute(query).scalars())
            if field == "outlet":  # a merged variant is offered as its outlet
                names = _outlets.canonical_names(conn, values)
                values = sorted({names.get(v, v) for v in values})
            return values

    def timeline(self, flt: StatementFilter = EVERYTHING, freq: str = "week") -> list[tuple[date, int]]:
        """(first day of the period, statements) by the article's published date; undated articles left out.

        Counted per day in SQL (an index walk), then summed into weeks (from Monday) or months here.
        """
        if freq not in FREQUENCIES:
            raise StoreError(f"freq must be one of {', '.join(FREQUENCIES)}, got {freq!r}")
        n = func.count().label("n")
        query = (
            select(articles.c.published, n)
            .select_from(joined("articles", flt=flt))
            .where(*conditions(flt), articles.c.published.is_not(None))
            .group_by(articles.c.published)
        )
        periods: dict[date, int] = {}
        with self._read() as conn:
            for day, count in conn.execute(self._narrowed(conn, query, flt)):
                start = _period_start(day, freq)
                periods[start] = periods.get(start, 0) + count
        return sorted(periods.items())

    def topic_grid(
        self,
        flt: StatementFilter = EVERYTHING,
        by: str = "speaker",
        topics: Iterable[str] | None = None,
        *,
        limit: int | None = 30,
    ) -> list[tuple[str, str, int]]:
        """(row, topic, statements) for the `limit` rows (speakers or affiliations) with most statements."""
        if by not in ("speaker", "affiliation"):
            raise StoreError(f"by must be speaker or affiliation, got {by!r}")
        top = tuple(v for v, _ in self.facet_counts(flt, by, limit=limit))
        if not top:
            return []
        flt = replace(flt, **{_ROW_FILTER[by]: top})  # the statements of the top rows, found through an index
        keys = _SPEAKER_KEYS if by == "speaker" else (FACETS[by].label("value"),)
        query = select(*keys, statement_topics.c.topic, func.count().label("n")).select_from(joined("topics", flt=flt))
        query = query.where(*conditions(flt))
        if topics is not None:
            query = query.where(statement_topics.c.topic.in_(tuple(topics)))
        with self._read() as conn:
            query = self._narrowed(conn, query, flt)
            query = _named(query, "topic") if by == "speaker" else query.group_by("value", statement_topics.c.topic)
            return [(r.value, r.topic, r.n) for r in conn.execute(query.order_by("value", "topic"))]

    # -- articles --------------------------------------------------------------------------------------

    def article(self, article_id: int) -> StoredArticle:
        return self._one_article(articles.c.id == article_id, f"id {article_id}")

    def article_by_key(self, key: str) -> StoredArticle:
        """One article by its key (the id it was ingested with)."""
        return self._one_article(articles.c.key == key, f"key {key!r}")

    def _one_article(self, where: ColumnElement[bool], named: str) -> StoredArticle:
        with self._read() as conn:
            row = conn.execute(select(*_ARTICLE_COLUMNS).where(where)).first()
        if row is None:
            raise NotFound(f"no article with {named}")
        return StoredArticle(*row)

    def articles(
        self,
        search: str = "",
        *,
        limit: int | None = 50,
        offset: int = 0,
        publisher: str | Iterable[str] | None = None,
        date_from: date | str | None = None,
        date_to: date | str | None = None,
        language: str | Iterable[str] | None = None,
    ) -> list[StoredArticle]:
        """Articles, newest published first. `search` matches a case-insensitive substring of the title,
        publisher, key or URL, or the words of the text: each word of the search begins a word of the text, all
        of them required ("Lavr talk" finds "Lavrov … talks"), case-insensitively, and on SQLite
        accent-insensitively too; through a word index (migration 0006)."""
        newest = (articles.c.published.desc().nulls_last(), articles.c.id.desc())
        page = (  # the page's ids first: on SQLite from ix_articles_listed alone, not from the articles' large rows
            select(articles.c.id)
            .where(*_article_conditions(self.dialect, search, publisher, date_from, date_to, language))
            .order_by(*newest)
            .limit(limit)
            .offset(offset)
        )
        query = select(*_ARTICLE_COLUMNS).where(articles.c.id.in_(page)).order_by(*newest)
        with self._read() as conn:
            return [StoredArticle(*r) for r in conn.execute(query)]

    def count_articles(
        self,
        search: str = "",
        *,
        publisher: str | Iterable[str] | None = None,
        date_from: date | str | None = None,
        date_to: date | str | None = None,
        language: str | Iterable[str] | None = None,
    ) -> int:
        """How many articles `articles` with the same arguments pages through."""
        query = select(func.count()).select_from(articles)
        with self._read() as conn:
            where = _article_conditions(self.dialect, search, publisher, date_from, date_to, language)
            return conn.execute(query.where(*where)).scalar_one()

    # -- reviews ---------------------------------------------------------------------------------------

    def review(self, statement_id: int) -> Review:
        with self._read() as conn:
            return _review(conn, statement_id)

    def save_review(
        self,
        statement_id: int,
        *,
        expected_version: int,
        reviewer: Identity | str,
        workflow: Workflow | str | None = None,
        verdict: Verdict | str | None = None,
        rating: Rating | str | None = None,
        note: str | None = None,
        evidence_urls: Iterable[str] | None = None,
        comment: str = "",
    ) -> Review:
        """Save the fields given (None leaves a field as it is; "" clears a verdict or rating).

        `expected_version` is the version the reviewer saw; if someone saved since, ReviewConflict is raised
        and nothing changes. Each changed field is appended to the history with `comment`. `reviewer` is the
        signed-in Identity (team mode, recorded as "Name <email>") or a name typed on a single-user store.
        """
        reviewer = _reviewer(reviewer)
        wanted: dict[str, object] = {}
        if workflow is not None:
            wanted["workflow"] = parse(Workflow, workflow)
        if verdict is not None:
            wanted["verdict"] = parse(Verdict, verdict) if verdict != "" else None
        if rating is not None:
            wanted["rating"] = parse(Rating, rating) if rating != "" else None
        if note is not None:
            wanted["note"] = note.strip()
        if evidence_urls is not None:
            wanted["evidence_urls"] = _urls(evidence_urls)
        with self._write() as conn:
            current = _review(conn, statement_id)
            if current.version != expected_version:
                raise ReviewConflict(statement_id, expected_version, current)
            changed = {k: v for k, v in wanted.items() if getattr(current, k) != v}
            if not changed:
                return current
            now = datetime.now(UTC)
            values = {k: (list(v) if k == "evidence_urls" else v) for k, v in changed.items()}
            basis = conn.execute(  # a person saved it on what the statement says now
                select(statements.c.text, statements.c.speaker, statements.c.outlet).where(
                    statements.c.id == statement_id
                )
            ).one()
            saved = conn.execute(
                update(reviews)
                .where(reviews.c.statement_id == statement_id, reviews.c.version == expected_version)
                .values(**values, reviewer=reviewer, updated_at=now, version=expected_version + 1,
                        reviewed_text=basis.text, reviewed_speaker=basis.speaker, reviewed_outlet=basis.outlet)
            ).rowcount  # fmt: skip
            if saved != 1:  # another transaction saved between our read and write (PostgreSQL)
                raise ReviewConflict(statement_id, expected_version, _review(conn, statement_id))
            _append_history(conn, [(statement_id, k, getattr(current, k), v) for k, v in changed.items()],
                            reviewer, now, comment)  # fmt: skip
            saved = _review(conn, statement_id)
            matchable = _has_verdict(saved) != _has_verdict(current)  # claim matches point at statements with one
            if matchable:
                _aids.log_statements(conn, [statement_id], "review")
        if matchable:
            _aids.update(self)
        return saved

    def review_history(self, statement_id: int) -> list[HistoryEntry]:
        """Every change to a statement's review, oldest first."""
        query = (
            select(review_history)
            .where(review_history.c.statement_id == statement_id)
            .order_by(review_history.c.at, review_history.c.id)
        )
        with self._read() as conn:
            return [
                HistoryEntry(r.statement_id, r.field, r.old, r.new, r.reviewer, _aware(r.at), r.note)
                for r in conn.execute(query)
            ]

    def bulk_set_workflow(
        self, flt: StatementFilter, workflow: Workflow | str, *, reviewer: Identity | str, note: str = ""
    ) -> int:
        """Set the workflow of every matching statement (one transaction, each change in the history)."""
        reviewer = _reviewer(reviewer)
        target = parse(Workflow, workflow)
        with self._write() as conn:
            query = (
                select(reviews.c.statement_id, reviews.c.workflow)
                .select_from(joined("reviews", flt=flt))
                .where(*conditions(flt), reviews.c.workflow != target.value)
            )
            rows = conn.execute(self._narrowed(conn, query, flt)).all()
            now = datetime.now(UTC)
            for chunk in (rows[i : i + 500] for i in range(0, len(rows), 500)):
                conn.execute(
                    update(reviews)
                    .where(reviews.c.statement_id.in_([r.statement_id for r in chunk]))
                    .values(workflow=target.value, reviewer=reviewer, updated_at=now, version=reviews.c.version + 1)
                )
                _append_history(conn, [(r.statement_id, "workflow", r.workflow, target) for r in chunk], reviewer,
                                now, note)  # fmt: skip
            return len(rows)

    # -- canonical speakers ----------------------------------------------------------------------------

    def speaker_entities(self, search: str = "", limit: int | None = 100) -> list[SpeakerEntity]:
        """Canonical speakers, most statements first; `search` matches names and aliases, accents ignored."""
        with self._read() as conn:
            return _speakers.entities(conn, search=search, limit=limit)

    def speaker_entity(self, entity_id: int) -> SpeakerEntity:
        with self._read() as conn:
            return _speakers.entity(conn, entity_id)

    def merge_suggestions(self, status: str | None = "open") -> list[MergeSuggestion]:
        """Pairs of speakers that may be one person, best first; status None lists all."""
        with self._read() as conn:
            return _speakers.suggestions(conn, status)

    def accept_merge(self, suggestion_id: int, reviewer: Identity | str) -> SpeakerEntity:
        """Merge the pair; returns the entity kept (the knowledge base's, else the one with more statements)."""
        with self._write() as conn:
            _speakers.decide(conn, suggestion_id, reviewer, accept=True)
            s = _speakers.suggestions(conn, None, ids=(suggestion_id,))[0]
            kept = s.a.id if _is_active(conn, s.a.id) else s.b.id
            _aids.log_speakers(conn, [kept])
            entity = _speakers.entity(conn, kept)
        _aids.update(self)
        return entity

    def reject_merge(self, suggestion_id: int, reviewer: Identity | str) -> None:
        """The pair are two speakers; it is never suggested again."""
        with self._write() as conn:
            _speakers.decide(conn, suggestion_id, reviewer, accept=False)

    def merge_speakers(self, keep: int, drop: int) -> SpeakerEntity:
        """Merge two speakers a person knows are one (no suggestion needed); `drop` points to `keep` after."""
        with self._write() as conn:
            _speakers.merge(conn, keep, drop)
            _aids.log_speakers(conn, [keep])
            entity = _speakers.entity(conn, keep)
        _aids.update(self)
        return entity

    def reconcile_speakers(self, lexicon: Lexicon | None = None) -> tuple[int, int]:
        """Re-compare all speakers (after editing data/speakers.csv): (merged, suggested)."""
        merged_into = select(speakers.c.id, speakers.c.merged_into).where(speakers.c.merged_into.is_not(None))
        with self._write() as conn:
            before = set(conn.execute(merged_into).all())
            _speakers.sync_known_speakers(conn)
            result = _speakers.reconcile(conn, lexicon or load_lexicon())
            _aids.log_speakers(conn, {keep for _, keep in set(conn.execute(merged_into).all()) - before})
        _aids.update(self)
        return result

    # -- relay outlets (store/outlets.py) --------------------------------------------------------------

    def outlets(
        self,
        search: str = "",
        *,
        country: str | None = None,
        kind: str | None = None,
        listed: bool | None = None,
        order: str = "statements",
        limit: int | None = 50,
        offset: int = 0,
    ) -> list[StoredOutlet]:
        """Canonical outlets with their statements (variants included), first and last seen; `search` matches
        names and variants (case and accents ignored); listed: in data/outlets.csv (True) or met only in text."""
        with self._read() as conn:
            return _outlets.listing(conn, load_lexicon(), search=search, country=country, kind=kind, listed=listed,
                                    order=order, limit=limit, offset=offset)  # fmt: skip

    def count_outlets(
        self, search: str = "", *, country: str | None = None, kind: str | None = None, listed: bool | None = None
    ) -> int:
        with self._read() as conn:
            return _outlets.count(conn, load_lexicon(), search=search, country=country, kind=kind, listed=listed)

    def outlet(self, outlet_id: int) -> StoredOutlet:
        with self._read() as conn:
            return _outlets.outlet(conn, load_lexicon(), outlet_id)

    def outlet_named(self, name: str) -> StoredOutlet:
        """The outlet that stands for a name now (a merged variant's outlet)."""
        with self._read() as conn:
            return _outlets.outlet(conn, load_lexicon(), _outlets.by_name(conn, name))

    def outlet_id(self, name: str, *, canonical: bool = True) -> int:
        """The id of the outlet that stands for a name now, or (canonical=False) of the name's own row, merged or
        not: the one to merge away or unmerge."""
        with self._read() as conn:
            return _outlets.by_name(conn, name, canonical=canonical)

    def outlet_countries(self) -> list[str]:
        with self._read() as conn:
            return _outlets.countries(conn)

    def merge_outlets(self, keep: int, drop: int, by: Identity | str) -> StoredOutlet:
        """Merge outlet `drop` (with its variants) into `keep`; statements keep the engine's words, reads give the
        kept name. OutletConflict when either was merged meanwhile."""
        with self._write() as conn:
            _outlets.merge(conn, keep, drop, by)
            _log_outlet(conn, keep)  # the aids count the merged names as one source now
            kept = _outlets.outlet(conn, load_lexicon(), keep)
        _aids.update(self)
        return kept

    def unmerge_outlet(self, outlet_id: int, by: Identity | str) -> StoredOutlet:
        """Undo the merge of an outlet into another; returns it, standing for itself again."""
        with self._write() as conn:
            _log_outlet(conn, outlet_id)  # before: the family it leaves
            _outlets.unmerge(conn, outlet_id, by)
            alone = _outlets.outlet(conn, load_lexicon(), outlet_id)
        _aids.update(self)
        return alone

    def edit_outlet(self, outlet_id: int, by: Identity | str, *, country: str | None, kind: str | None) -> StoredOutlet:
        with self._write() as conn:
            _outlets.edit(conn, outlet_id, by, country=country, kind=kind)
            return _outlets.outlet(conn, load_lexicon(), outlet_id)

    def refresh_outlet_suggestions(self) -> int:
        """Compare the outlets again for merge suggestions; returns how many are new."""
        with self._write() as conn:
            return _outlets.refresh_suggestions(conn, load_lexicon())

    def outlet_suggestions(self, status: str | None = "open") -> list[OutletSuggestion]:
        """Pairs of outlets that may be one, best first; status None lists all."""
        with self._read() as conn:
            return _outlets.suggestions(conn, load_lexicon(), status)

    def accept_outlet_merge(self, suggestion_id: int, by: Identity | str) -> StoredOutlet:
        """Merge the pair: the listed outlet stays, else the one with more statements."""
        with self._write() as conn:
            kept_id = _outlets.decide(conn, load_lexicon(), suggestion_id, by, accept=True)
            _log_outlet(conn, kept_id)  # type: ignore[arg-type]
            kept = _outlets.outlet(conn, load_lexicon(), kept_id)  # type: ignore[arg-type]
        _aids.update(self)
        return kept

    def reject_outlet_merge(self, suggestion_id: int, by: Identity | str) -> None:
        with self._write() as conn:
            _outlets.decide(conn, load_lexicon(), suggestion_id, by, accept=False)

    def outlet_merges(self, outlet_id: int | None = None, limit: int | None = 50) -> list[OutletMerge]:
        """Merges made (and undone), latest first; of one outlet: its own and those into it."""
        with self._read() as conn:
            return _outlets.history(conn, outlet_id, limit)

    # -- fact-check aids (store/aids.py) ---------------------------------------------------------------

    def refresh_aids(self, *, full: bool = True, wait: bool = True, partition: int | None = None) -> AidsSummary:
        """Recompute the aids over all live statements (full), or take in the changes logged since the last
        update (full=False: what ingest and save_review do). Waits for another process updating them, unless
        wait=False: then returns BUSY at once (that process takes the changes in). `partition`: statements a
        partition of a full refresh holds, bounding its memory (0: all at once; None: by the store's size)."""
        return _aids.update(self, full=full, wait=wait, partition=partition)

    def aids_status(self) -> AidsStatus:
        """How many logged changes the aids do not reflect yet, and when they were last refreshed."""
        return _aids.status(self)

    def statement_group(self, statement_id: int) -> StoredGroup:
        """The statement with every report of the same words: sources, wordings and diffs to the canonical one."""
        return _aids.statement_group(self, statement_id)

    def statement_groups(self, *, limit: int | None = 50, offset: int = 0) -> list[StoredGroup]:
        """Groups of two or more statements, largest first."""
        return _aids.statement_groups_page(self, limit, offset)

    def misattribution_alerts(
        self, statement_id: int | None = None, *, limit: int | None = 50, offset: int = 0
    ) -> list[StoredAlert]:
        """The alerts on a statement's group (its side first), or every alert when statement_id is None."""
        return _aids.alerts_of(self, statement_id, limit, offset)

    def claim_match(self, statement_id: int) -> list[StoredClaimMatch]:
        """Earlier reviews of similar statements, best first: suggestions only, never written into a review."""
        return _aids.claim_matches_of(self, statement_id)

    def group_suggestions(
        self, status: LinkStatus | str | None = "open", *, limit: int | None = 50, offset: int = 0
    ) -> list[GroupLink]:
        """Pairs of statements that may be one (open), or a person's decisions (accepted, rejected; None: all)."""
        return _aids.links(self, status, limit, offset)

    def decide_group_link(self, a: int, b: int, accept: bool, reviewer: Identity | str) -> GroupLink:
        """A person's decision that statements a and b are one statement (accept) or not; no recomputation
        replaces it. Any two statements can be linked, suggested or not."""
        return _aids.decide(self, a, b, accept, reviewer)


# -- helpers -------------------------------------------------------------------------------------------

# A statement's outlet as the store names it now (merged variants give their outlet's name), and the engine's words
_STATEMENT_COLUMNS = (
    statements.c.id, statements.c.key, statements.c.article_id, articles.c.key.label("article_key"),
    articles.c.title.label("article_title"), articles.c.publisher, articles.c.published, articles.c.url,
    statements.c.text, statements.c.kind, statements.c.spans, SPEAKER_NAME.label("speaker_display"),
    statements.c.speaker_id, statements.c.speaker_mention, statements.c.speaker_start, statements.c.speaker_end,
    statements.c.anonymous, statements.c.role, statements.c.affiliation, statements.c.country,
    _outlets.RELAY_NAME.label("outlet"), statements.c.cue, statements.c.cue_start,
    statements.c.cue_end, statements.c.confidence, statements.c.speech,
    statements.c.check_score, statements.c.check_reasons, reviews.c.workflow, reviews.c.verdict, reviews.c.rating,
    reviews.c.note, reviews.c.evidence_urls, reviews.c.reviewer, reviews.c.updated_at, reviews.c.version,
    statements.c.position, statements.c.retired, reviews.c.reviewed_text, reviews.c.reviewed_speaker,
    reviews.c.reviewed_outlet, statements.c.speaker.label("extracted_speaker"),
    statements.c.outlet.label("extracted_outlet"),
)  # fmt: skip

_ARTICLE_COLUMNS = (articles.c.id, articles.c.key, articles.c.title, articles.c.publisher, articles.c.published,
                    articles.c.url, articles.c.text, articles.c.content_hash, articles.c.language,
                    articles.c.added_by)  # fmt: skip

_SUBSTRING_SEARCHED = (articles.c.title, articles.c.publisher, articles.c.key, articles.c.url)

_ORDER_BY = {
    "published_desc": (articles.c.published.desc().nulls_last(), articles.c.id.desc(), statements.c.position),
    "published_asc": (articles.c.published.asc().nulls_last(), articles.c.id, statements.c.position),
    "check_score_desc": (statements.c.check_score.desc().nulls_last(), statements.c.id),
    "position": (articles.c.id, statements.c.position),
}


# Orders an index of articles serves (published, or the primary key): a walk reads them without a sort.
_DATE_WALKS = ("published_desc", "published_asc", "position")


def _count(conn: Connection, flt: StatementFilter) -> int:
    if (parts := complement(flt)) is not None:
        without, inside = parts
        return _count(conn, without) - _count(conn, inside)
    return conn.execute(select(func.count()).select_from(joined(flt=flt)).where(*conditions(flt))).scalar_one()


# Counts per speaker: counted per entity id and engine's name (in the order of ix_statements_speaker_entity, no
# sort), then named: a join with speakers per group, not per statement. Entities with the same name add up.
_SPEAKER_KEYS = (statements.c.speaker_id, statements.c.speaker)
_ROW_FILTER = {"speaker": "speakers", "affiliation": "affiliations"}


def _named(counted: Select, *others: str) -> Select:
    """(value: the speaker's name, *others, n) from `counted`: (speaker_id, speaker, *others, n) not yet grouped."""
    per_id = counted.group_by(*_SPEAKER_KEYS, *others).subquery()
    name = func.coalesce(speakers.c.name, per_id.c.speaker)
    return (
        select(name.label("value"), *(per_id.c[o] for o in others), cast(func.sum(per_id.c.n), Integer).label("n"))
        .select_from(per_id.outerjoin(speakers, speakers.c.id == per_id.c.speaker_id))
        .where(name.is_not(None))
        .group_by(name, *(per_id.c[o] for o in others))
    )


def _log_outlet(conn: Connection, outlet_id: int) -> None:
    """Log for the aids the statements relayed by an outlet and every name merged with it."""
    _aids.log_outlets(conn, conn.execute(select(outlets.c.name).where(outlets.c.id == outlet_id)).scalars())


def _relayed(counted: Select) -> Select:
    """(value: the outlet's canonical name, n) from `counted`: (outlet, n) not yet grouped."""
    per_name = counted.group_by(statements.c.outlet).subquery()
    relay, root = outlets.alias(), outlets.alias()
    name = func.coalesce(root.c.name, per_name.c.outlet)
    joined_ = per_name.outerjoin(relay, relay.c.name == per_name.c.outlet).outerjoin(
        root, root.c.id == relay.c.canonical_id
    )
    return select(name.label("value"), cast(func.sum(per_name.c.n), Integer).label("n")).select_from(
        joined_).group_by(name)  # fmt: skip


def _article_conditions(
    dialect: str, search: str, publisher, date_from, date_to, language=None
) -> list[ColumnElement[bool]]:
    """WHERE clauses of an article search; publisher, dates and language are read as StatementFilter reads them."""
    if not isinstance(search, str):  # articles(50) meant articles(limit=50) before search came first
        raise StoreError(f"search must be text, got {search!r}; pass limit= and offset= by name")
    flt = StatementFilter(publishers=publisher or (), date_from=date_from, date_to=date_to, languages=language or ())
    where: list[ColumnElement[bool]] = []
    if flt.publishers:
        where.append(articles.c.publisher.in_(flt.publishers))
    if flt.languages:
        where.append(articles.c.language.in_(flt.languages))
    if flt.date_from:
        where.append(articles.c.published >= flt.date_from)
    if flt.date_to:
        where.append(articles.c.published <= flt.date_to)
    if words := indexed.search_words(search):  # none in a punctuation-only search: no filter
        text = search.strip()
        match = "contains" if dialect == "sqlite" else "icontains"  # ILIKE on PostgreSQL; SQLite's LIKE ignores
        # ASCII case by itself. Short columns: their substring is cheap. The text: by words, through its index.
        where.append(or_(*(getattr(column, match)(text, autoescape=True) for column in _SUBSTRING_SEARCHED),
                         indexed.words_in_text(dialect, words)))  # fmt: skip
    return where


def _stored_statement(r, topics: tuple[str, ...], aids: dict) -> StoredStatement:
    return StoredStatement(
        id=r.id, key=r.key, article_id=r.article_id, article_key=r.article_key, article_title=r.article_title,
        publisher=r.publisher, published=r.published, url=r.url, text=r.text, kind=Kind(r.kind),
        spans=tuple(Span(a, b) for a, b in r.spans), speaker=r.speaker_display, speaker_id=r.speaker_id,
        speaker_mention=r.speaker_mention, speaker_start=r.speaker_start, speaker_end=r.speaker_end,
        anonymous=bool(r.anonymous), role=r.role, affiliation=r.affiliation, country=r.country, outlet=r.outlet,
        cue=r.cue, cue_start=r.cue_start, cue_end=r.cue_end, confidence=r.confidence, speech=bool(r.speech),
        topics=topics,
        check_score=r.check_score, check_reasons=tuple(r.check_reasons or ()), workflow=Workflow(r.workflow),
        verdict=Verdict(r.verdict) if r.verdict else None, rating=Rating(r.rating) if r.rating else None,
        note=r.note, evidence_urls=tuple(r.evidence_urls or ()), reviewer=r.reviewer,
        reviewed_at=_aware(r.updated_at), review_version=r.version, position=r.position, retired=bool(r.retired),
        reviewed_text=r.reviewed_text, reviewed_speaker=r.reviewed_speaker, reviewed_outlet=r.reviewed_outlet,
        extracted_speaker=r.extracted_speaker, extracted_outlet=r.extracted_outlet, **aids,
    )  # fmt: skip


def _review_facet(conn: Connection, column, limit: int | None, speech: bool | None) -> list[tuple[str, int]]:
    """A review field over every statement (or every speech act, or every other): the reviews' own counts (their
    column's index alone) less those of retired statements (few) and of the statements `speech` leaves out (read
    from ix_statements_retired), instead of a look-up in statements for each review — at 1M statements the
    Review status chart of an unfiltered view 0.32 s → 0.05 s."""
    counted = select(column, func.count()).where(column.is_not(None)).group_by(column)
    left_out = statements.c.retired.is_(True)
    if speech is not None:
        left_out = or_(left_out, statements.c.speech.is_(not speech))
    retired = select(statements.c.id).where(left_out)
    totals = dict(conn.execute(counted).all())
    for value, n in conn.execute(counted.where(reviews.c.statement_id.in_(retired))):
        totals[value] -= n
    ranked = sorted(((v, n) for v, n in totals.items() if n > 0), key=lambda vn: (-vn[1], vn[0]))
    return ranked if limit is None else ranked[:limit]


def _facet(field: str):
    if field not in FACETS:
        raise StoreError(f"field must be one of {', '.join(FACETS)}, got {field!r}")
    return FACETS[field]


def _tables(field: str) -> tuple[str, ...]:
    return (FACET_TABLES[field],) if field in FACET_TABLES else ()


def _period_start(day: date, freq: str) -> date:
    if freq == "week":
        return day - timedelta(days=day.weekday())  # Monday, as ISO weeks
    return day.replace(day=1) if freq == "month" else day


def _aware(value: datetime | None) -> datetime | None:
    """SQLite gives naive datetimes back; every time the store writes is UTC."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def _reviewer(who: Identity | str) -> str:
    return recorded(who, ReviewError)


def _urls(urls: Iterable[str]) -> tuple[str, ...]:
    if isinstance(urls, str):
        urls = urls.split()
    out = []
    for url in (u.strip() for u in urls):
        if not url:
            continue
        if untrusted.web_url(url) is None:
            raise ReviewError(f"evidence URL {url!r} is not a web address; expected http(s)://…")
        if url not in out:
            out.append(url)
    return tuple(out)


def _review(conn: Connection, statement_id: int) -> Review:
    row = conn.execute(select(reviews).where(reviews.c.statement_id == statement_id)).first()
    if row is None:
        if conn.execute(select(statements.c.id).where(statements.c.id == statement_id)).first() is None:
            raise NotFound(f"no statement with id {statement_id}")
        return Review(statement_id)
    return Review(
        statement_id=statement_id,
        workflow=Workflow(row.workflow),
        verdict=Verdict(row.verdict) if row.verdict else None,
        rating=Rating(row.rating) if row.rating else None,
        note=row.note,
        evidence_urls=tuple(row.evidence_urls or ()),
        reviewer=row.reviewer,
        updated_at=_aware(row.updated_at),
        version=row.version,
        reviewed_text=row.reviewed_text,
        reviewed_speaker=row.reviewed_speaker,
        reviewed_outlet=row.reviewed_outlet,
    )


def _history_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        return "\n".join(value) or None
    return str(value)


def _append_history(conn: Connection, changes: list[tuple[int, str, object, object]], reviewer: str, at: datetime,
                    note: str) -> None:  # fmt: skip
    conn.execute(
        insert(review_history),
        [dict(statement_id=sid, field=field, old=_history_text(old), new=_history_text(new), reviewer=reviewer, at=at,
              note=note) for sid, field, old, new in changes],
    )  # fmt: skip


def _has_verdict(review: Review) -> bool:
    return review.verdict is not None or review.rating is not None


def _is_active(conn: Connection, entity_id: int) -> bool:
    return conn.execute(select(speakers.c.merged_into).where(speakers.c.id == entity_id)).scalar() is None


# -- engine and migrations -----------------------------------------------------------------------------


def _engine(url: str, *, foreign_keys: bool = True) -> Engine:
    try:
        parsed = make_url(url)
        backend = parsed.get_backend_name()
        parsed.get_dialect()
    except (ArgumentError, NoSuchModuleError, ValueError) as e:
        raise StoreError(f"not a usable database URL: {_masked(url)}; expected e.g. {_EXAMPLES}") from e
    if backend not in _HINT:
        raise StoreError(f"the store runs on SQLite or PostgreSQL, not {backend}: {_safe(url)}; use e.g. {_EXAMPLES}")
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _sqlite_folder(url, parsed.database)
        engine = create_engine(parsed, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_connect(foreign_keys))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.drivername == "postgresql":  # the driver this project installs
        parsed = parsed.set(drivername="postgresql+psycopg")
    connect_args = {} if "connect_timeout" in parsed.query else {"connect_timeout": CONNECT_TIMEOUT}
    try:
        return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    except ImportError as e:  # e.g. postgresql+psycopg2:// without psycopg2 installed
        raise StoreError(f"no driver for {_safe(url)} ({e}); use postgresql+psycopg://… (psycopg 3)") from e


def _sqlite_folder(url: str, database: str) -> None:
    """The folder of a SQLite file must exist: made for the default store, else a typo must not make one."""
    folder = Path(database).resolve().parent
    if url == DEFAULT_URL:
        folder.mkdir(parents=True, exist_ok=True)
    elif not folder.is_dir():
        problem = "is not a folder" if folder.exists() else f"does not exist; create it (mkdir -p {folder})"
        raise StoreError(
            f"cannot open the store at {_safe(url)}: the folder {folder} {problem} or give another store path "
            "with --db or DATABASE_URL"
        )


def _sqlite_connect(foreign_keys: bool) -> Callable:
    def connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event emits BEGIN itself (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    return connect


def _sqlite_begin(conn: Connection) -> None:
    # A writer takes the lock at BEGIN; a deferred transaction that upgrades to write later can fail at once
    # with "database is locked" when another writer got there first, whatever the busy timeout.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("sqlite_immediate") else "BEGIN")


def _migrate(url: str) -> None:
    """Bring the schema to the newest revision; a store made by the walking skeleton is adopted at 0001."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    engine = _engine(url, foreign_keys=False)  # SQLite alters a table by copying it; foreign keys must wait
    try:
        with engine.connect() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
        with engine.connect() as conn:
            conn.execution_options(sqlite_immediate=True)
            with conn.begin():
                if conn.dialect.name == "postgresql":  # one migrator at a time; the others wait, then see head
                    conn.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
                tables = set(inspect(conn).get_table_names())
                config.attributes["connection"] = conn
                if not tables:  # a new store: its schema at once (a third of the CPU of the migrations' steps)
                    fresh.create(conn)
                    command.stamp(config, "head")
                    return
                if "articles" in tables and "alembic_version" not in tables:
                    command.stamp(config, "0001")
                command.upgrade(config, "head")
    finally:
        engine.dispose()


def _safe(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _masked(url: str) -> str:
    """A URL SQLAlchemy could not parse, with anything that looks like a password hidden."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


_EXAMPLES = "sqlite:///data/quotes.db or postgresql+psycopg://user:password@host:5432/dbname"
_HINT = {  # what to check when a store does not open, per database
    "sqlite": "check that the path is a SQLite file (or a new one) in a folder you may write",
    "postgresql": "check that the server is running and reachable, and the URL's host, port, user, password and "
    "database name (DATABASE_URL or --db)",
}


__all__ = [
    "DEFAULT_URL",
    "FREQUENCIES",
    "ORDERS",
    "AidsError",
    "AidsMode",
    "AidsStatus",
    "AidsSummary",
    "FilterError",
    "FuzzyRanking",
    "GroupLink",
    "GroupVersion",
    "IngestError",
    "IngestSummary",
    "LinkStatus",
    "MergeSuggestion",
    "NotFound",
    "OutletConflict",
    "OutletMerge",
    "OutletSuggestion",
    "SpeakerEntity",
    "StatementFilter",
    "Store",
    "StoredAlert",
    "StoredArticle",
    "StoredClaimMatch",
    "StoredGroup",
    "StoredOutlet",
    "StoredStatement",
    "WorkersBroken",
    "database_url",
    "statement_key",
]
