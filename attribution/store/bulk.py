"""Load a batch output (attribution/batch.py: Parquet under articles/ and statements/) into the store.

The articles go through ingest's write path (store/ingest.py) with the statements the batch found: the same
keys, the same speaker linking, and an article stored before is skipped when unchanged (a second load adds
nothing) or re-matched statement by statement when changed, so reviews and merges made in the store survive a
reload. New articles are written a batch at a time in large transactions (COPY on PostgreSQL). A partition at a
time is read, so memory stays flat.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from sqlalchemy import Connection, delete, select

from .. import batch
from ..errors import ReadError
from ..models import Article
from .ingest import Extracted, Extraction
from .schema import store_meta
from .speakers import _set_meta

LOAD_BATCH = 1000  # articles a transaction
DEFER_SEARCH = 20_000  # statements from which a load into SQLite rebuilds the word indexes once, after it
_SEARCH = ("statements", "articles")  # the FTS5 word indexes (migrations 0004, 0006), kept by insert triggers
_DEFERRED = "deferred search triggers"  # store_meta: the triggers set aside by a load not finished yet
GC_THRESHOLD = 50_000  # allocations between the garbage collector's young collections during a load (Python: 700)


def extractions(out: Path | str, on_error: Callable[[ReadError], None]) -> Iterator[Extraction]:
    """(article, what the batch found in it) of every complete partition, in partition order. A partition
    without its statements file (a batch still running, or crashed) and a second article with an id read
    before (in another partition) are reported to `on_error` and not loaded."""
    import pyarrow.parquet as pq

    out = Path(out)
    first: dict[str, str] = {}
    for part in sorted((out / "articles").glob("part-*.parquet")):
        statements_file = out / "statements" / part.name
        if not statements_file.exists():
            on_error(ReadError(part, "partition not complete (no statements file): run the batch again to finish it"))
            continue
        found: dict[str, list[dict]] = {}
        for row in pq.read_table(statements_file).to_pylist():
            found.setdefault(row["article"], []).append(row)
        for a in pq.read_table(part).to_pylist():
            where = f"{a['source']}:{a['line']} ({part.stem})"
            if a["id"] in first:
                reason = (f"article id {a['id']!r} is already used by {first[a['id']]}; not loaded: give the articles "
                          f"distinct ids in the input and run batch to a new --out to load both")  # fmt: skip
                on_error(ReadError(where, reason))
                continue
            first[a["id"]] = where
            rows = sorted(found.get(a["id"], ()), key=lambda r: r["position"])
            article = Article(a["id"], a["text"], a["title"], a["publisher"], a["published"], a["url"], a["language"])
            yield (
                article,
                Extracted(
                    tuple(batch.statement_of(r) for r in rows),
                    tuple(tuple(r["topics"] or ()) for r in rows),
                    tuple((r["check_score"], tuple(r["check_reasons"] or ())) for r in rows),
                    a["fingerprint"],
                    a["wire"],
                ),
            )


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect garbage less often while loading: a load allocates millions of short-lived rows, and with Python's
    default threshold the collector ran every 700 of them, each full collection walking every object the
    process holds (a third of the load's CPU at 100,000 statements). Cycles are still collected: peak memory
    was unchanged."""
    before = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def statement_count(out: Path | str) -> int:
    """The statements of a batch output, from the Parquet footers (nothing else read)."""
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(f).metadata.num_rows for f in Path(out).glob("statements/part-*.parquet"))


def defer_search_index(conn: Connection) -> None:
    """SQLite: set the word indexes' insert triggers aside for a large load (they took a third of its time); their
    SQL is kept in store_meta, so that `restore_search_index` (at the end of the load, or when a store whose load
    crashed is opened again) rebuilds the indexes and puts the triggers back. Searches meanwhile miss the rows
    being loaded, never find wrong ones."""
    names = [f"{t}_fts_insert" for t in _SEARCH]
    found = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({', '.join('?' for _ in names)})",
        tuple(names),
    ).all()
    if not found:  # set aside already (by a load that did not finish): its saved SQL stays
        return
    _set_meta(conn, _DEFERRED, json.dumps(dict(found)))
    for name, _ in found:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")


def restore_search_index(write: Callable[[], AbstractContextManager[Connection]]) -> None:
    """Rebuild the word indexes and put their insert triggers back, if a load set them aside."""
    with write() as conn:
        saved = conn.execute(select(store_meta.c.value).where(store_meta.c.key == _DEFERRED)).scalar()
        if saved is None:
            return
        for table in _SEARCH:
            conn.exec_driver_sql(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
        for sql in json.loads(saved).values():
            conn.exec_driver_sql(sql)
        conn.execute(delete(store_meta).where(store_meta.c.key == _DEFERRED))
