"""Load a batch output (attribution/batch.py: Parquet under articles/ and statements/) into the store.

The articles go through ingest's write path (store/ingest.py) with the statements the batch found: the same
keys, the same speaker linking, and an article stored before is skipped when unchanged (a second load adds
nothing) or re-matched statement by statement when changed, so reviews and merges made in the store survive a
reload. New articles are written a batch at a time in large transactions (COPY on PostgreSQL). A partition at a
time is read, so memory stays flat.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from .. import batch
from ..errors import ReadError
from ..models import Article
from .ingest import Extracted, Extraction

LOAD_BATCH = 1000  # articles a transaction


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
            where = f"{a['source']}:{a['line']}"
            if a["id"] in first:
                reason = f"article id {a['id']!r} is already used by {first[a['id']]}; not loaded: give the articles "
                on_error(ReadError(where, reason + "distinct ids"))
                continue
            first[a["id"]] = where
            rows = sorted(found.get(a["id"], ()), key=lambda r: r["position"])
            article = Article(a["id"], a["text"], a["title"], a["publisher"], a["published"], a["url"])
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
