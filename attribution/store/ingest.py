"""Ingest: extract articles (in worker processes when asked) and write them a batch per transaction.

Re-ingesting is safe: an article whose text, metadata and engine are unchanged is skipped; a changed one
is re-extracted and its statements are matched to the stored ones by key (article + words + repeat) and
then by similar text, so a statement keeps its id, and with it its review, when spans move or words
change a little.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from itertools import islice
from pathlib import Path

from rapidfuzz import fuzz
from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from .. import lexicons, topics
from ..aids import article_fingerprint, checkworthiness, wire_credit
from ..errors import AttributionError, UnsupportedLanguageError
from ..language import with_language
from ..lexicons import PROJECT_ROOT, Lexicon
from ..models import Article, Statement
from ..pipeline import extract_article
from .aids import log_article, log_statements
from .indexed import refresh_statistics
from .keys import statement_key
from .records import IngestSummary
from .schema import articles, review_history, reviews, statement_topics, statements
from .speakers import Linker

BATCH = 50  # articles per transaction
RETRIES = 3  # a batch that collides with a concurrent ingest is written again
RELINK = 80.0  # text similarity (0–100) at which a changed statement is taken for its stored version

Progress = Callable[[int, int | None], None]  # (articles done, articles in all when known)

# Modules whose changes can change what is stored for an article; data files count too.
_ENGINE_SOURCES = ("segmenting", "quotes", "cues", "roles", "speakers", "outlets", "pipeline", "lexicons", "tokens",
                   "models", "topics", "canonical", "aids/checkworthiness", "aids/sources", "language", "ru/engine",
                   "ru/lexicon", "ru/morph")  # fmt: skip


class IngestError(AttributionError):
    """An article the engine failed on; the other articles of the batch are stored."""

    def __init__(self, article_id: str, reason: str) -> None:
        self.article_id = article_id
        super().__init__(f"{article_id}: {reason}")


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


@dataclass(frozen=True, slots=True)
class Extracted:
    statements: tuple[Statement, ...]
    topics: tuple[tuple[str, ...], ...]  # per statement
    checks: tuple[tuple[float | None, tuple[str, ...]], ...]  # check-worthiness per statement
    fingerprint: int  # the article's text fingerprint and credited wire (fact-check aids: wire copies)
    wire: str | None
    unread: str | None = None  # why no engine read the article (its language), which is stored all the same


def extract(job: tuple[Article, str | None]) -> Extracted | IngestError:
    """One article through the engine, topics and check-worthiness (runs in a worker process)."""
    article, data = job
    try:
        lex = lexicons.load(Path(data) if data else None)
        found = tuple(extract_article(article, lex))
        checks = tuple((c.value, c.reasons) for c in (checkworthiness.score(s.text) for s in found))
        return Extracted(found, tuple(topics.tag(s.text) for s in found), checks, article_fingerprint(article.text),
                         wire_credit(article.text, directory=Path(data) if data else None))  # fmt: skip
    except UnsupportedLanguageError as e:  # stored and shown with its language, marked as not read
        return Extracted((), (), (), article_fingerprint(article.text), None, str(e))
    except Exception as e:  # an engine bug on one article must not stop the batch; it is reported by name
        return IngestError(article.id, f"the engine failed ({type(e).__name__}: {e})")


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def run(
    engine,
    begin_write: Callable[[], object],
    batch: Iterable[Article],
    *,
    workers: int = 1,
    progress: Progress | None = None,
    lexicon: Lexicon | None = None,
    data: Path | None = None,
    batch_size: int = BATCH,
) -> IngestSummary:
    from .speakers import load_matcher, sync_known_speakers

    lex = lexicon or lexicons.load(data)
    fingerprint = engine_fingerprint((data or lexicons.data_dir()).resolve())
    total = len(batch) if isinstance(batch, Sequence) else None
    counts = dict(new=0, updated=0, unchanged=0, failed=0, statements=0, relinked=0, retired=0)
    errors: list[str] = []
    unread: list[str] = []
    with begin_write() as conn:
        sync_known_speakers(conn)
    with engine.connect() as conn:
        linker = Linker(load_matcher(conn, lex), lex)
    executor: Executor | None = None
    if workers > 1:  # fork: children need no re-import and never touch the database
        executor = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))

    def prepare(chunk: list[Article] | None):
        """Look up which articles of a chunk changed and start extracting them (in the workers, if any)."""
        if chunk is None:
            return None
        chunk = [with_language(a) for a in chunk]  # stored with the article: the declared or detected language
        with engine.connect() as conn:
            keys = [a.id for a in chunk]
            stored = {r.key: r for r in conn.execute(select(*_ARTICLE_STATE).where(articles.c.key.in_(keys)))}
        todo = [a for a in chunk if not _unchanged(stored.get(a.id), a, fingerprint)]
        jobs = [(a, str(data) if data else None) for a in todo]
        results = [executor.submit(extract, job) for job in jobs] if executor else list(map(extract, jobs))
        return chunk, todo, results

    chunks = _chunks(batch, batch_size)
    done = 0
    try:
        pending = prepare(next(chunks, None))
        while pending is not None:
            chunk, todo, results = pending
            if executor:  # the workers extract the next chunk while this one is written
                results = [f.result() for f in results]
                pending = prepare(next(chunks, None))
            counts["unchanged"] += len(chunk) - len(todo)
            for attempt in range(RETRIES):
                try:
                    with begin_write() as conn:
                        outcomes = [
                            _write_article(conn, article, result, fingerprint, linker, lex)
                            for article, result in zip(todo, results, strict=True)
                            if not isinstance(result, IngestError)
                        ]
                    break
                except IntegrityError:  # another ingest stored the same article first: look again
                    if attempt == RETRIES - 1:
                        raise
                    with engine.connect() as conn:
                        linker = Linker(load_matcher(conn, lex), lex)  # forget entities rolled back
            for outcome in outcomes:
                for k, v in outcome.items():
                    counts[k] += v
            unread += [r.unread for r in results if isinstance(r, Extracted) and r.unread]
            failures = [str(r) for r in results if isinstance(r, IngestError)]
            counts["failed"] += len(failures)
            errors += failures
            done += len(chunk)
            if progress:
                progress(done, total)
            if not executor:
                pending = prepare(next(chunks, None))
    finally:
        if executor:
            executor.shutdown(cancel_futures=True)
    refresh_statistics(engine, begin_write)
    return IngestSummary(**counts, errors=tuple(errors), unread=tuple(unread))


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


def _write_article(conn: Connection, a: Article, found: Extracted, fingerprint: str, linker: Linker, lex) -> dict:
    row = conn.execute(select(*_ARTICLE_STATE).where(articles.c.key == a.id)).first()
    if _unchanged(row, a, fingerprint):  # the same article twice in one run, or stored meanwhile
        return {"unchanged": 1}
    values = dict(_metadata(a), text=a.text, content_hash=a.content_hash, engine=fingerprint,
                  fingerprint=found.fingerprint, wire=found.wire, ingested_at=datetime.now(UTC))  # fmt: skip
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
    relinked, retired = _store_statements(conn, article_id, new_rows, found.topics)
    return {"new" if row is None else "updated": 1, "statements": len(new_rows), "relinked": relinked,
            "retired": retired}  # fmt: skip


def _statement_rows(conn: Connection, article_id: int, a: Article, found: Extracted, linker: Linker, lex) -> list[dict]:
    seen: dict[str, int] = {}
    rows = []
    for position, (s, (check, reasons)) in enumerate(zip(found.statements, found.checks, strict=True)):
        occurrence = seen.get(s.text, 0)
        seen[s.text] = occurrence + 1
        speaker_id = None
        if s.speaker and not s.anonymous:
            speaker_id = linker.entity_for(conn, s.speaker, s.affiliation, s.country, s.role)
        if s.outlet:
            linker.remember_outlet(conn, s.outlet)
        rows.append(dict(
            article_id=article_id, key=statement_key(a.id, s.text, occurrence), position=position,
            start=s.start, end=s.end, spans=[[p.start, p.end] for p in s.spans], text=s.text, kind=s.kind.value,
            speaker=s.speaker, speaker_start=s.speaker_span.start if s.speaker_span else None,
            speaker_end=s.speaker_span.end if s.speaker_span else None, anonymous=s.anonymous, role=s.role,
            affiliation=s.affiliation, country=s.country, outlet=s.outlet, cue=s.cue,
            cue_start=s.cue_span.start if s.cue_span else None, cue_end=s.cue_span.end if s.cue_span else None,
            confidence=s.confidence, speaker_id=speaker_id,
            speaker_mention=s.speaker_span.of(a.text) if s.speaker_span else None,
            check_score=check, check_reasons=list(reasons) if check is not None else None, retired=False,
        ))  # fmt: skip
    return rows


def _store_statements(
    conn: Connection, article_id: int, new_rows: list[dict], topic_rows: tuple[tuple[str, ...], ...]
) -> tuple[int, int]:
    """Replace an article's statements, keeping the id (and review) of each one found again. (relinked, retired)"""
    old = {r.key: r for r in conn.execute(
        select(statements.c.id, statements.c.key, statements.c.text, reviews.c.version)
        .join(reviews, reviews.c.statement_id == statements.c.id, isouter=True)
        .where(statements.c.article_id == article_id)
    )}  # fmt: skip
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
        query = insert(statements).returning(statements.c.id, sort_by_parameter_order=True)
        inserted = iter(conn.execute(query, fresh).scalars().all())
        ids = [next(inserted) if n else i for i, n in zip(ids, is_new, strict=True)]
        conn.execute(
            insert(reviews), [{"statement_id": i, "evidence_urls": []} for i, n in zip(ids, is_new, strict=True) if n]
        )
    kept = [dict(r, _id=i) for i, r, n in zip(ids, new_rows, is_new, strict=True) if not n]
    if kept:
        conn.execute(update(statements).where(statements.c.id == bindparam("_id")), kept)
    log_statements(conn, ids)
    if ids:
        conn.execute(delete(statement_topics).where(statement_topics.c.statement_id.in_(ids)))
    tags = [{"statement_id": sid, "topic": t} for sid, ts in zip(ids, topic_rows, strict=True) for t in ts]
    if tags:
        conn.execute(insert(statement_topics), tags)
    return relinked, retired


def _has_history(conn: Connection, statement_id: int) -> bool:
    return (
        conn.execute(select(review_history.c.id).where(review_history.c.statement_id == statement_id).limit(1)).first()
        is not None
    )
