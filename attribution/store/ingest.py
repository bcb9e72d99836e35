"""Ingest: extract articles (in worker processes when asked) and write them a batch per transaction.

Re-ingesting is safe: an article whose text, metadata and engine are unchanged is skipped; a changed one
is re-extracted and its statements are matched to the stored ones by key (article + words + repeat) and
then by similar text, so a statement keeps its id, and with it its review, when spans move or words
change a little.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from itertools import islice
from pathlib import Path

from rapidfuzz import fuzz
from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from .. import language, topics
from ..aids import article_fingerprint, checkworthiness, wire_credit
from ..engine import extract_article, lexicons
from ..engine.lexicons import PROJECT_ROOT, Lexicon
from ..errors import AttributionError, UnsupportedLanguageError
from ..language import with_language
from ..models import Article, Statement, pickled_by_fields
from ..review import INGEST_REVIEWER, Workflow
from .aids import log_article, log_statements
from .driver import write_rows
from .indexed import refresh_statistics
from .keys import statement_keys, statement_words
from .records import IngestSummary
from .schema import articles, review_history, reviews, statement_topics, statements
from .speakers import Linker

BATCH = 50  # articles per chunk: extracted and linked together, each in a savepoint of its own
GROUP = 4  # chunks per write transaction (see `run`)
SEND = 5  # articles per message to a worker (fewer messages; still 10 a chunk to share among the workers)
AHEAD = 2  # chunks sent to the workers beyond those of the transaction being written
RETRIES = 3  # an article that collides with a concurrent ingest is written again
RELINK = 80.0  # text similarity (0–100) at which a changed statement is taken for its stored version

Progress = Callable[[int, int | None], None]  # (articles done, articles in all when known)

# Modules whose changes can change what is stored for an article; data files count too.
_ENGINE_SOURCES = ("segmenting", "quotes", "cues", "roles", "speakers", "outlets", "pipeline", "lexicons", "tokens",
                   "models", "topics", "canonical", "aids/checkworthiness", "aids/sources", "language", "ru/engine",
                   "ru/lexicon", "ru/morph")  # fmt: skip


class IngestError(AttributionError):
    """An article the engine failed on; the other articles of the batch are stored."""

    def __init__(self, article_id: str, reason: str) -> None:
        self.article_id, self.reason = article_id, reason
        super().__init__(f"{article_id}: {reason}")

    def __reduce__(self):  # sent back by a worker: rebuilt from its parts (from its message it broke the pool)
        return type(self), (self.article_id, self.reason)


class WorkersBroken(AttributionError):
    """A process extracting articles died; the articles written before are stored. A pool kept must be replaced."""


@cache
def engine_fingerprint(data: Path) -> str:
    """Changes when the engine's code or data change, so re-ingesting re-extracts what it stored."""
    h = hashlib.sha256()
    for name in _ENGINE_SOURCES:
        source = PROJECT_ROOT / "attribution" / f"{name}.py"
        if source.exists():
            h.update(name.encode() + source.read_bytes())
    for path in sorted([*data.glob("*"), *data.glob("ru/*")]):
        if path.suffix in (".csv", ".txt"):
            h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:32]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Extracted:
    statements: tuple[Statement, ...]
    topics: tuple[tuple[str, ...], ...]  # per statement
    checks: tuple[tuple[float | None, tuple[str, ...]], ...]  # check-worthiness per statement
    fingerprint: int  # the article's text fingerprint and credited wire (fact-check aids: wire copies)
    wire: str | None
    unread: str | None = None  # why no engine read the article (its language), which is stored all the same
    keys: tuple[str, ...] | None = None  # statement_keys of the statements, when the workers found them
    language: str | None = None  # the article's language, when detected with them (an article new to the store)


def extract(job: tuple[Article, str | None]) -> Extracted | IngestError:
    """One article through the engine, topics and check-worthiness (runs in a worker process)."""
    article, data = job
    article = with_language(article)  # stored with the article: the declared or detected language
    try:
        lex = lexicons.load(Path(data) if data else None)
        found = tuple(extract_article(article, lex))
        checks = tuple((c.value, c.reasons) for c in (checkworthiness.score(s.text) for s in found))
        return Extracted(found, tuple(topics.tag(s.text) for s in found), checks, article_fingerprint(article.text),
                         wire_credit(article.text, directory=Path(data) if data else None),
                         language=article.language)  # fmt: skip
    except UnsupportedLanguageError as e:  # stored and shown with its language, marked as not read
        return Extracted((), (), (), article_fingerprint(article.text), None, str(e), language=article.language)
    except Exception as e:  # an engine bug on one article must not stop the batch; it is reported by name
        return IngestError(article.id, f"the engine failed ({type(e).__name__}: {e})")


def extract_all(jobs: list[tuple[Article, str | None]]) -> list[Extracted | IngestError]:
    """A few articles sent to a worker at once: the pool's queues cost per message, as much as a short article's
    extraction. The statements' keys are found here too, off the process that writes them."""
    out = []
    for job in jobs:
        found = extract(job)
        if isinstance(found, Extracted):
            found = replace(found, keys=tuple(statement_keys(job[0].id, (s.text for s in found.statements))))
        out.append(found)
    return out


@dataclass(frozen=True, slots=True)
class _Sent:
    """An article being extracted by a worker: its place in the list `future` returns."""

    future: Future
    index: int


Extraction = tuple[Article, Extracted]  # an article extracted beforehand (a batch output: store/bulk.py)


def _chunks(items: Iterable[Article | Extraction], size: int) -> Iterator[list[Article | Extraction]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def run(
    engine,
    begin_write: Callable[[], object],
    batch: Iterable[Article | Extraction],
    *,
    workers: int = 1,
    progress: Progress | None = None,
    lexicon: Lexicon | None = None,
    data: Path | None = None,
    batch_size: int = BATCH,
    pool: Executor | None = None,
    fingerprint: str | None = None,
    added_by: str | None = None,
    group: int | None = None,
) -> IngestSummary:
    """Store articles (`Article`s are extracted here; `(Article, Extracted)` pairs were extracted beforehand, by
    the engine `fingerprint` names), `batch_size` a chunk and `group` chunks (default GROUP) a transaction."""
    from .speakers import sync_known_speakers

    forks = pool is None and workers > 1  # our own workers, forked at the first article sent to them
    lex = lexicon or lexicons.load(data)
    fingerprint = fingerprint or engine_fingerprint((data or lexicons.data_dir()).resolve())
    total = len(batch) if isinstance(batch, Sequence) else None
    counts = dict(new=0, updated=0, unchanged=0, failed=0, statements=0, relinked=0, retired=0)
    errors: list[str] = []
    unread: list[str] = []
    executor: Executor | None = pool  # the caller's pool (a server's, kept across calls) is the caller's to shut
    if forks:  # fork: children need no re-import and never touch the database
        executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))

    def prepare(chunk: list[Article | Extraction] | None):
        """Look up which articles of a chunk changed and start extracting them (in the workers, if any)."""
        if chunk is None:
            return None
        pairs = [c if isinstance(c, tuple) else (c, None) for c in chunk]
        with engine.connect() as conn:
            keys = [a.id for a, _ in pairs]
            state = {r.key: r for r in conn.execute(select(*_ARTICLE_STATE).where(articles.c.key.in_(keys)))}
        job = str(data) if data else None
        todo: list[Article] = []
        results: list = []  # per article of todo: a clash refused before extraction, an Extracted, or a _Sent
        sent: list[int] = []  # indexes in results of the articles for the workers
        for a, found in pairs:
            # Stored with the article: the declared or detected language. Compared here with a stored article's;
            # an article new to the store is told it by `extract` (in the workers, if any).
            if a.id in state or found is not None:
                a = with_language(a)
            clash = _clash(given, a)
            if clash is None and _unchanged(state.get(a.id), a, fingerprint):
                continue
            todo.append(a)
            if clash is not None or found is not None:
                results.append(clash or found)
            else:
                results.append((a, job) if executor else extract((a, job)))
                sent += [len(results) - 1] if executor else []
        if forks and sent and not forked:
            # The language model (~0.5 s of CPU) is loaded here before the fork when an article of the first chunk
            # sent needs it, so that the workers share it instead of loading it each; an input the function words
            # tell (all English) or that declares its languages does without it (a later article that needs it
            # has it loaded by the worker that meets it).
            if any(not results[i][0].language and language.needs_model(results[i][0].text) for i in sent):
                language.preload()
            language.ready()
            forked.append(True)
        for group in _chunks(sent, SEND):
            future = executor.submit(extract_all, [results[i] for i in group])
            for k, i in enumerate(group):
                results[i] = _Sent(future, k)
        return len(chunk), todo, results, {a.id for a in todo if a.id not in state}

    given: dict[str, tuple] = {}  # article id -> what it was first given as in this run
    forked: list[bool] = []  # the workers started (at the first articles sent to them)
    chunks = _chunks(batch, batch_size)
    done = 0
    try:
        # The workers start on the first chunks before this process reads the speakers, and extract the next ones
        # while a transaction's chunks are written: two more than it holds, so that none waits for the slowest of a
        # chunk's articles.
        group = group or GROUP
        pending = deque(prepare(next(chunks, None)) for _ in range(group + AHEAD if executor else 1))
        with begin_write() as conn:
            sync_known_speakers(conn)
        with engine.connect() as conn:
            linker = Linker.load(conn, lex)
        while pending[0] is not None:
            # A transaction holds up to `group` chunks, written one after the other as one would be alone (a savepoint
            # each, the linker taking in at each one's start what was stored before it): on SQLite a transaction
            # of 200 articles cost 17 % less CPU than four of 50 (fewer commits, and the word indexes take a
            # transaction's rows as one segment). The chunks are all extracted before it starts, so the write lock
            # is never held while waiting for the workers; once the input is all read, what is left is written a
            # chunk at a time as the workers finish it, so that little is written after them.
            ready = []
            while pending[0] is not None and len(ready) < group:
                size, todo, results, new = pending.popleft()
                if executor:
                    results = [r.future.result()[r.index] if isinstance(r, _Sent) else r for r in results]
                pending.append(prepare(next(chunks, None)))
                ready.append((size, todo, results, new))
                if pending[-1] is None:
                    break
            written = []
            with begin_write() as conn:
                for size, todo, results, new in ready:
                    written.append((size, *_write_chunk(conn, todo, results, new, fingerprint, linker, lex, added_by)))
            for size, todo, results, outcomes in written:
                for outcome in outcomes:
                    for k, v in outcome.items():
                        counts[k] += v
                counts["unchanged"] += size - len(todo)
                unread += [r.unread for r in results if isinstance(r, Extracted) and r.unread]
                failures = [str(r) for r in results if isinstance(r, IngestError)]
                counts["failed"] += len(failures)
                errors += failures
                done += size
                if progress:
                    progress(done, total)
    except BrokenExecutor as e:  # a worker died (killed, out of memory): the chunks written before are stored
        raise WorkersBroken(f"the extraction workers stopped ({e}); the first {done} articles were stored") from e
    finally:
        if executor and pool is None:
            executor.shutdown(cancel_futures=True)
    refresh_statistics(engine, begin_write)
    return IngestSummary(**counts, errors=tuple(errors), unread=tuple(unread))


def _write_chunk(conn: Connection, todo: list[Article], results: list, new: set[str], fingerprint: str,
                 linker: Linker, lex, added_by: str | None) -> tuple[list[Article], list, list[dict]]:  # fmt: skip
    """A chunk's articles in the write transaction: the new ones together, the others (and the new ones again when
    that fails) each in its own savepoint, so that a failure costs that article alone. (todo, results, outcomes)"""
    todo = [replace(a, language=r.language) if isinstance(r, Extracted) and r.language and not a.language else a
            for a, r in zip(todo, results, strict=True)]  # fmt: skip
    linker.begin(conn)
    fresh = [i for i, (a, r) in enumerate(zip(todo, results, strict=True))
             if a.id in new and not isinstance(r, IngestError)]  # fmt: skip
    outcome = _write_new(conn, [(todo[i], results[i]) for i in fresh], fingerprint, linker, lex, added_by)
    written = set(fresh) if outcome else set()
    outcomes = [outcome] if outcome else []
    for i, (article, result) in enumerate(zip(todo, results, strict=True)):
        if i not in written and not isinstance(result, IngestError):
            outcome = _write_one(conn, article, result, fingerprint, linker, lex, added_by)
            if isinstance(outcome, IngestError):
                results[i] = outcome
            else:
                outcomes.append(outcome)
    return todo, results, outcomes


def _clash(given: dict[str, tuple], a: Article) -> IngestError | None:
    """A second, different article under an id given earlier in this run would overwrite the first: refused."""
    state = (a.content_hash, a.title, a.publisher, a.published, a.url)
    if given.setdefault(a.id, state) == state:
        return None
    return IngestError(a.id, "not stored: another article was given this id earlier in the run; ids must be unique")


def _write_one(conn: Connection, a: Article, found: Extracted, fingerprint: str, linker: Linker, lex,
               added_by: str | None = None):  # fmt: skip
    """One article in a savepoint of the batch's transaction: if it fails, it alone is rolled back and reported
    (an IngestError). A clash with a concurrent ingest of the same article (a unique key taken meanwhile) is
    tried again: the article is then found stored."""
    for attempt in range(RETRIES):
        try:
            with conn.begin_nested():
                return _write_article(conn, a, found, fingerprint, linker, lex, added_by)
        except (IntegrityError, DBAPIError, AttributionError) as e:  # e.g. a value the database refuses
            linker.reset(conn)  # entities of the rolled-back savepoint are gone
            if not isinstance(e, IntegrityError) or attempt == RETRIES - 1:
                return IngestError(a.id, f"not stored ({type(e).__name__}: {_one_line(e)})")
    raise AssertionError("unreachable")


def _write_new(conn: Connection, found: list[Extraction], fingerprint: str, linker: Linker, lex,
               added_by: str | None = None) -> dict | None:  # fmt: skip
    """Articles not stored yet, all at once: a few statements for the lot instead of a few for each article
    (the store's time was in the round trips). None when any of them fails (e.g. an ingest running beside this
    one stored it meanwhile): nothing of them is kept and they are written one by one."""
    if not found:
        return None
    now = datetime.now(UTC)
    try:
        with conn.begin_nested():
            rows = [dict(_metadata(a), key=a.id, text=a.text, content_hash=a.content_hash, engine=fingerprint,
                         fingerprint=f.fingerprint, wire=f.wire, ingested_at=now, added_by=added_by)
                    for a, f in found]  # fmt: skip
            article_ids = insert_rows(conn, articles, rows)
            linker.prepare(conn, ((s.speaker, s.affiliation, s.country) for _, f in found for s in f.statements
                                  if s.speaker and not s.anonymous))  # fmt: skip
            new_rows, topic_rows = [], []
            for article_id, (a, f) in zip(article_ids, found, strict=True):
                new_rows += _statement_rows(conn, article_id, a, f, linker, lex)
                topic_rows += f.topics
            linker.flush(conn)
            ids = insert_statements(conn, new_rows)
            return {"new": len(found), "statements": len(new_rows)} | _new_statements(conn, ids, topic_rows)
    except (IntegrityError, DBAPIError, AttributionError):
        linker.reset(conn)  # entities of the rolled-back savepoint are gone
        return None


def insert_statements(conn: Connection, rows: list[dict]) -> list[int]:
    """Insert new statements; their ids in the order given."""
    return insert_rows(conn, statements, rows)


def insert_rows(conn: Connection, table: Table, rows: list[dict]) -> list[int]:
    """Insert rows in one round trip whatever their number, ids in the order given: the ids are taken first (from
    the table's sequence on PostgreSQL, after the highest on SQLite, whose write lock the transaction holds), then
    the rows go in through write_rows."""
    if not rows:
        return []
    if conn.dialect.name != "postgresql":
        first = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
        ids = list(range(first, first + len(rows)))
        with _search_indexed_after(conn, table, first, ids[-1], len(rows)):
            write_rows(conn, table, rows, ids)
        return ids
    allocate = text(
        f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) FROM generate_series(1, :n) ORDER BY 1"
    )
    ids = list(conn.execute(allocate, {"n": len(rows)}).scalars().all())
    write_rows(conn, table, rows, ids)
    return ids


SEARCH_BATCH = 20  # rows from which an insert into SQLite fills the word index after them, not row by row


@contextmanager
def _search_indexed_after(conn: Connection, table: Table, first: int, last: int, n: int) -> Iterator[None]:
    """SQLite: the rows inserted in the block (ids first..last) enter the table's FTS5 word index in one statement
    after it, instead of one by one through its insert trigger (which took three quarters of a statement's insert).
    The trigger is set aside for the block and put back as it was, inside the caller's transaction (a rollback
    restores it too); the index then holds what the trigger would have put in it, so searches, and later edits and
    deletes through the other triggers, see no difference. Without the trigger (a bulk load has set it aside,
    store/bulk.py) the rows are left to that load's rebuild."""
    trigger = f"{table.name}_fts_insert"
    sql = None
    if table.name in _SEARCHED and n >= SEARCH_BATCH:
        found = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,))
        sql = found.scalar()
    if sql:
        conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
    yield
    if sql:
        conn.exec_driver_sql(f"INSERT INTO {table.name}_fts(rowid, text) SELECT id, text FROM {table.name} "
                             "WHERE id BETWEEN ? AND ? ORDER BY id", (first, last))  # fmt: skip
        conn.exec_driver_sql(sql)


_SEARCHED = ("statements", "articles")  # the tables with an FTS5 word index on SQLite (migrations 0004, 0006)


def _new_statements(conn: Connection, ids: list[int], topic_rows: list[tuple[str, ...]]) -> dict:
    """The empty reviews, topics and aids log entries of newly inserted statements."""
    if ids:
        write_rows(conn, reviews, [{"statement_id": i, "evidence_urls": []} for i in ids])
        log_statements(conn, ids)
    write_rows(
        conn,
        statement_topics,
        [{"statement_id": sid, "topic": t} for sid, ts in zip(ids, topic_rows, strict=True) for t in ts],
    )
    return {}


def _one_line(e: Exception) -> str:
    return " ".join(str(getattr(e, "orig", None) or e).split())


_ARTICLE_STATE = (articles.c.id, articles.c.key, articles.c.content_hash, articles.c.engine, articles.c.title,
                  articles.c.publisher, articles.c.published, articles.c.url, articles.c.language)  # fmt: skip


def _metadata(a: Article) -> dict:
    return dict(title=a.title, publisher=a.publisher, published=a.published, url=a.url, language=a.language)


def _unchanged(row, a: Article, fingerprint: str) -> bool:
    return (
        row is not None
        and row.content_hash == a.content_hash
        and row.engine == fingerprint
        and (row.title, row.publisher, row.published, row.url, row.language)
        == (a.title, a.publisher, a.published, a.url, a.language)
    )


def _write_article(conn: Connection, a: Article, found: Extracted, fingerprint: str, linker: Linker, lex,
                   added_by: str | None = None) -> dict:  # fmt: skip
    row = conn.execute(select(*_ARTICLE_STATE).where(articles.c.key == a.id)).first()
    if _unchanged(row, a, fingerprint):  # the same article twice in one run, or stored meanwhile
        return {"unchanged": 1}
    values = dict(_metadata(a), text=a.text, content_hash=a.content_hash, engine=fingerprint,
                  fingerprint=found.fingerprint, wire=found.wire, ingested_at=datetime.now(UTC),
                  added_by=added_by)  # fmt: skip
    if row is None:
        article_id = conn.execute(insert(articles).values(key=a.id, **values)).inserted_primary_key[0]
    else:
        article_id = row.id
        conn.execute(update(articles).where(articles.c.id == article_id).values(**values))
        same_reading = row.content_hash == a.content_hash and row.engine == fingerprint and row.language == a.language
        if same_reading:  # only the metadata changed (a new language is read by another engine: re-extracted)
            log_article(conn, article_id)  # the publisher is a source of the aids
            return {"updated": 1}
    new_rows = _statement_rows(conn, article_id, a, found, linker, lex)
    linker.flush(conn)
    relinked, retired = _store_statements(conn, article_id, new_rows, found.topics)
    return {"new" if row is None else "updated": 1, "statements": len(new_rows), "relinked": relinked,
            "retired": retired}  # fmt: skip


def _statement_rows(conn: Connection, article_id: int, a: Article, found: Extracted, linker: Linker, lex) -> list[dict]:
    rows = []
    keys = found.keys or statement_keys(a.id, (s.text for s in found.statements))
    for position, (s, key, (check, reasons)) in enumerate(zip(found.statements, keys, found.checks, strict=True)):
        speaker_id = None
        if s.speaker and not s.anonymous:
            speaker_id = linker.entity_for(conn, s.speaker, s.affiliation, s.country, s.role)
        if s.outlet:
            linker.remember_outlet(conn, s.outlet)
        # Each span read once (its truth is its length: an empty one counts as none, as it always has)
        spans, said, cue = s.spans, s.speaker_span or None, s.cue_span or None
        rows.append(dict(
            article_id=article_id, key=key, position=position,
            start=spans[0].start, end=spans[-1].end, spans=[[p.start, p.end] for p in spans], text=s.text,
            kind=s.kind.value, speaker=s.speaker, speaker_start=said and said.start, speaker_end=said and said.end,
            anonymous=s.anonymous, role=s.role, affiliation=s.affiliation, country=s.country, outlet=s.outlet,
            cue=s.cue, cue_start=cue and cue.start, cue_end=cue and cue.end, confidence=s.confidence,
            speech=s.speech, speaker_id=speaker_id, speaker_mention=said and a.text[said.start : said.end],
            check_score=check, check_reasons=list(reasons) if check is not None else None, retired=False,
        ))  # fmt: skip
    return rows


def _store_statements(
    conn: Connection, article_id: int, new_rows: list[dict], topic_rows: tuple[tuple[str, ...], ...]
) -> tuple[int, int]:
    """Replace an article's statements, keeping the id (and review) of each one found again. (relinked, retired)"""
    old = {r.key: r for r in conn.execute(
        select(statements.c.id, statements.c.key, statements.c.text, statements.c.speaker, statements.c.outlet,
               reviews.c.version, reviews.c.workflow)
        .join(reviews, reviews.c.statement_id == statements.c.id, isouter=True)
        .where(statements.c.article_id == article_id)
    )}  # fmt: skip
    before = {o.id: o for o in old.values()}
    ids: list[int | None] = [old.pop(r["key"]).id if r["key"] in old else None for r in new_rows]
    relinked = 0
    # Words changed (a newer engine, an edited article): pair the rest by similar text, most similar first.
    pairs = sorted(
        (
            (fuzz.ratio(o.text, r["text"]), o.key, i)
            for o in old.values()
            for i, r in enumerate(new_rows)
            if ids[i] is None
        ),
        reverse=True,
    )
    for score, key, i in pairs:
        if score < RELINK:
            break
        if key in old and ids[i] is None:
            o = old.pop(key)
            ids[i] = o.id
            relinked += bool(o.version)
    retired = 0
    log_statements(conn, [o.id for o in old.values()])  # the fact-check aids take them out
    for o in old.values():  # no longer found: a reviewed statement stays, retired, with its review
        if o.version or _has_history(conn, o.id):
            conn.execute(update(statements).where(statements.c.id == o.id).values(retired=True))
            retired += 1
        else:
            conn.execute(delete(statements).where(statements.c.id == o.id))
    is_new = [i is None for i in ids]
    fresh = [r for r, n in zip(new_rows, is_new, strict=True) if n]
    if fresh:  # one round trip for all new statements, ids in the order given
        inserted = iter(insert_statements(conn, fresh))
        ids = [next(inserted) if n else i for i, n in zip(ids, is_new, strict=True)]
        write_rows(
            conn, reviews, [{"statement_id": i, "evidence_urls": []} for i, n in zip(ids, is_new, strict=True) if n]
        )
    kept = [dict(r, _id=i) for i, r, n in zip(ids, new_rows, is_new, strict=True) if not n]
    if kept:
        conn.execute(update(statements).where(statements.c.id == bindparam("_id")), kept)
        _recheck(conn, [(before[r["_id"]], r) for r in kept if before[r["_id"]].version])
    log_statements(conn, ids)
    if ids:
        conn.execute(delete(statement_topics).where(statement_topics.c.statement_id.in_(ids)))
    tags = [{"statement_id": sid, "topic": t} for sid, ts in zip(ids, topic_rows, strict=True) for t in ts]
    write_rows(conn, statement_topics, tags)
    return relinked, retired


def _recheck(conn: Connection, pairs: list[tuple]) -> None:
    """Reviewed statements whose words, speaker or outlet the re-extraction changed: the review keeps what it was
    made on (reviews.reviewed_*), the change enters its history, and it goes back to a person (needs_recheck; the
    version moves on, so a save based on the old statement is refused as a conflict)."""
    now = datetime.now(UTC)
    note = "re-extracted: the statement changed since it was reviewed; check the review again"
    history = []
    for o, r in pairs:
        changes = [(f, a, b) for f, a, b, differ in (
            ("statement", o.text, r["text"], statement_words(o.text) != statement_words(r["text"])),  # not punctuation
            ("speaker", o.speaker, r["speaker"], o.speaker != r["speaker"]),
            ("outlet", o.outlet, r["outlet"], o.outlet != r["outlet"]),
        ) if differ]  # fmt: skip
        if not changes:
            continue
        if o.workflow != Workflow.NEEDS_RECHECK:
            changes.append(("workflow", o.workflow, Workflow.NEEDS_RECHECK.value))
        history += [dict(statement_id=o.id, field=f, old=a, new=b, reviewer=INGEST_REVIEWER, at=now, note=note)
                    for f, a, b in changes]  # fmt: skip
        conn.execute(
            update(reviews)
            .where(reviews.c.statement_id == o.id)
            .values(
                workflow=Workflow.NEEDS_RECHECK.value, updated_at=now, version=reviews.c.version + 1,
                reviewed_text=func.coalesce(reviews.c.reviewed_text, o.text),
                reviewed_speaker=func.coalesce(reviews.c.reviewed_speaker, o.speaker),
                reviewed_outlet=func.coalesce(reviews.c.reviewed_outlet, o.outlet),
            )
        )  # fmt: skip
    if history:
        conn.execute(insert(review_history), history)


def _has_history(conn: Connection, statement_id: int) -> bool:
    return (
        conn.execute(select(review_history.c.id).where(review_history.c.statement_id == statement_id).limit(1)).first()
        is not None
    )
