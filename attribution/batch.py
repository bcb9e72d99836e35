"""Corpus scale: extract a large input on a Dask cluster into Parquet, a file per partition, resumable.

The input is cut into partitions without being read: JSONL by lines (byte offsets found by one scan), Parquet
by row groups, a .jsonl.gz file whole (it cannot be entered in the middle: give a large corpus as many files),
one-article files in groups. Each partition runs on a worker and writes `articles/`, `statements/` and `errors/`
files under the output folder, the statements last, each under a temporary name renamed when complete: a
partition whose statements file exists is done, and a re-run skips it. `manifest.json` records the input and
the partitions, so a re-run with another input is refused rather than mixed in. `python -m attribution ingest
DIR` loads the output into a store (attribution/store/bulk.py).
"""

from __future__ import annotations

import json
import os
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import readers
from .engine.lexicons import data_dir
from .errors import AttributionError, ReadError
from .export import statement_values
from .language import with_language
from .models import Article, Kind, Span, Statement

PARTITION = 2000  # articles (lines, rows, files) a partition
# A batch worker runs one long task at a time, which the chores of a Dask worker at their defaults slow down:
# its statistical profiler samples the task's stack every 10 ms, the event loop's health is ticked every 20 ms,
# memory read every 100 ms and the system every 0.5 s, in the worker and its nanny, each wake-up taking the
# GIL from the task. Set for the LocalCluster `batch` starts; a cluster's own workers take it from the
# environment (README).
WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}
MANIFEST = "manifest.json"
FORMAT = 1  # of the output folder; a loader refuses another

# Column order of the output; the statements' first columns are those of `extract`'s JSONL.
ARTICLE_COLUMNS = ("id", "title", "publisher", "published", "url", "language", "text", "content_hash",
                   "fingerprint", "wire", "source", "line")  # fmt: skip
STATEMENT_EXTRA = ("position", "topics", "check_score", "check_reasons")


class BatchError(AttributionError):
    """The batch cannot run or its output cannot be used (e.g. an output folder of another input)."""


@dataclass(frozen=True, slots=True)
class Part:
    """A slice of the input: some one-article files, lines of a JSONL file, or row groups of a Parquet file."""

    number: int
    kind: str  # "files", "jsonl" or "parquet"
    files: tuple[tuple[str, str], ...]  # (path, id of a one-article file); one path for jsonl and parquet
    offset: int = 0  # jsonl: byte where the first line starts
    first_line: int = 1
    lines: int | None = None  # jsonl: how many lines (None: to the end)
    row_groups: tuple[int, ...] = ()

    @property
    def name(self) -> str:
        return f"part-{self.number:06d}"


@dataclass(frozen=True, slots=True)
class PartResult:
    part: int
    articles: int
    statements: int
    errors: tuple[str, ...]  # "where: reason" of each bad record or article (also in errors/)


@dataclass
class BatchSummary:
    partitions: int = 0
    skipped: int = 0  # already written by an earlier run
    articles: int = 0
    statements: int = 0
    errors: list[str] = field(default_factory=list)  # bad inputs and records, engine failures
    failed_partitions: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # an article id written by two partitions (duplicate_ids)


def partition(paths: Iterable[Path | str], errors: list[ReadError], size: int = PARTITION) -> Iterator[Part]:
    """The partitions of the input, numbered in reading order; paths that cannot be read go to `errors`."""
    number = 0
    group: list[tuple[str, str]] = []
    for path, name in readers.sources(paths, errors):
        suffix = readers.suffix_of(path)
        if suffix == ".jsonl" and _utf8(path):
            for offset, first, lines in _line_ranges(path, size, errors):
                yield Part(number, "jsonl", ((str(path), name),), offset, first, lines)
                number += 1
        elif suffix == ".parquet" and (groups := _row_group_ranges(path, size)):
            for chosen in groups:
                yield Part(number, "parquet", ((str(path), name),), row_groups=chosen)
                number += 1
        elif suffix in (".jsonl", ".jsonl.gz", ".parquet"):  # whole: compressed, UTF-16/32, or unreadable
            yield Part(number, "jsonl" if suffix != ".parquet" else "parquet", ((str(path), name),))
            number += 1
        else:
            group.append((str(path), name))
            if len(group) == size:
                yield Part(number, "files", tuple(group))
                number, group = number + 1, []
    if group:
        yield Part(number, "files", tuple(group))


def _utf8(path: Path) -> bool:
    """Whether a JSONL file can be entered at a line's byte offset (UTF-8; UTF-16/32 are read whole)."""
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError:
        return False
    return not any(head.startswith(bom) for bom, enc in readers._BOMS if enc != "utf-8-sig")


def _line_ranges(path: Path, size: int, errors: list[ReadError]) -> Iterator[tuple[int, int, int | None]]:
    """(byte offset, first line number, lines) of each run of `size` lines, found by one scan of the file."""
    offset, line = 0, 1
    start, first = 0, 1
    try:
        with open(path, "rb") as f:
            for raw in f:
                offset += len(raw)
                line += 1
                if line - first == size:
                    yield start, first, size
                    start, first = offset, line
    except OSError as e:
        errors.append(ReadError(path, f"cannot read the file ({e.strerror})"))
        return
    if line > first or first == 1:  # the rest; an empty file is one partition, to be reported by its reader
        yield start, first, None


def _row_group_ranges(path: Path, size: int) -> list[tuple[int, ...]]:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
    except Exception:  # not Parquet: one partition, whose reader reports the file (pyarrow has no common error)
        return []
    ranges: list[tuple[int, ...]] = []
    chosen: list[int] = []
    rows = 0
    for g in range(meta.num_row_groups):
        chosen.append(g)
        rows += meta.row_group(g).num_rows
        if rows >= size:
            ranges.append(tuple(chosen))
            chosen, rows = [], 0
    if chosen:
        ranges.append(tuple(chosen))
    return ranges


def read_part(part: Part) -> Iterator[tuple[str, int, Article | ReadError]]:
    """(file, record number, article or error) of a partition, as `readers.stream` reads them (ids checked
    within the partition; across partitions, the loader refuses a second article with one id)."""
    seen = readers.Seen()
    for path, name in part.files:
        p = Path(path)
        if part.kind == "jsonl":
            items = _guarded(p, lambda p=p: readers.read_jsonl(p, part.offset, part.first_line, part.lines))
        elif part.kind == "parquet":
            items = _guarded(p, lambda p=p: readers.read_parquet(p, list(part.row_groups) or None))
        else:
            items = readers.read_file(p, name)
        for n, item in seen.numbered(p, items):
            yield path, n, item


def _guarded(path: Path, read: Callable[[], Iterator]) -> Iterator:
    try:
        yield from read()
    except ReadError as e:
        yield 0, e


def run_part(part: Part, out: str, data: str | None) -> PartResult:
    """Extract one partition and write its three files (runs on a worker)."""
    import pyarrow as pa

    from .store.ingest import IngestError, extract

    articles: list[dict] = []
    rows: list[dict] = []
    errors: list[str] = []
    for source, line, article in read_part(part):
        if isinstance(article, ReadError):
            errors.append(str(article))
            continue
        article = with_language(article)  # the declared or detected language, stored with the article
        found = extract((article, data))
        if isinstance(found, IngestError):
            errors.append(f"{source}:{line}: {found}")
            continue
        articles.append(dict(id=article.id, title=article.title, publisher=article.publisher,
                             published=article.published, url=article.url, language=article.language,
                             text=article.text,
                             content_hash=article.content_hash, fingerprint=found.fingerprint, wire=found.wire,
                             source=source, line=line))  # fmt: skip
        for position, (s, tags, (score, reasons)) in enumerate(
            zip(found.statements, found.topics, found.checks, strict=True)
        ):
            reasons = list(reasons) if score is not None else None
            rows.append((*statement_values(s), position, list(tags), score, reasons))
    root = Path(out)
    _write(root / "articles" / f"{part.name}.parquet", pa.Table.from_pylist(articles, schema=article_schema()))
    error_schema = pa.schema([("error", pa.string())])
    _write(root / "errors" / f"{part.name}.parquet", pa.Table.from_pylist([{"error": e} for e in errors], error_schema))
    _write(root / "statements" / f"{part.name}.parquet", _columns(rows, statement_schema()))
    return PartResult(part.number, len(articles), len(rows), tuple(errors))


def _columns(rows: list[tuple], schema):
    """A table of rows given as tuples in the schema's column order: turned into columns at once, it costs about
    half of building a dict a row for `Table.from_pylist` and that call (0.09 against 0.17 s for 28,091 statements)."""
    import pyarrow as pa

    if not rows:
        return schema.empty_table()
    columns = zip(*rows, strict=True)
    return pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(columns, schema, strict=True)], schema=schema)


def _write(path: Path, table) -> None:
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)  # atomic: a crash leaves no half-written partition


def article_schema():  # a function: pyarrow is imported only where Parquet is written or read
    import pyarrow as pa

    return pa.schema([("id", pa.string()), ("title", pa.string()), ("publisher", pa.string()),
                      ("published", pa.date32()), ("url", pa.string()), ("language", pa.string()),
                      ("text", pa.string()),
                      ("content_hash", pa.string()), ("fingerprint", pa.int64()), ("wire", pa.string()),
                      ("source", pa.string()), ("line", pa.int64())])  # fmt: skip


def statement_schema():
    import pyarrow as pa

    span = pa.list_(pa.int64())
    return pa.schema([("article", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                      ("spans", pa.list_(span)), ("kind", pa.string()), ("speaker", pa.string()),
                      ("speaker_start", pa.int64()), ("speaker_end", pa.int64()), ("anonymous", pa.bool_()),
                      ("role", pa.string()), ("affiliation", pa.string()), ("country", pa.string()),
                      ("outlet", pa.string()), ("cue", pa.string()), ("cue_start", pa.int64()),
                      ("cue_end", pa.int64()), ("confidence", pa.float64()), ("speech", pa.bool_()),
                      ("text", pa.string()),
                      ("position", pa.int64()), ("topics", pa.list_(pa.string())), ("check_score", pa.float64()),
                      ("check_reasons", pa.list_(pa.string()))])  # fmt: skip


def statement_of(row: dict) -> Statement:
    """A Statement again from a row of statements/ (the inverse of statement_record)."""

    def span(start, end):
        return Span(start, end) if start is not None else None

    return Statement(
        article_id=row["article"], spans=tuple(Span(a, b) for a, b in row["spans"]), text=row["text"],
        kind=Kind(row["kind"]), speaker=row["speaker"], speaker_span=span(row["speaker_start"], row["speaker_end"]),
        anonymous=row["anonymous"], role=row["role"], affiliation=row["affiliation"], country=row["country"],
        outlet=row["outlet"], cue=row["cue"], cue_span=span(row["cue_start"], row["cue_end"]),
        confidence=row["confidence"], speech=row["speech"],
    )  # fmt: skip


def is_output(path: Path | str) -> bool:
    """Whether a folder is a batch output (it holds a manifest)."""
    return (Path(path) / MANIFEST).is_file()


def done_parts(out: Path | str) -> set[str]:
    folder = Path(out) / "statements"
    return {p.stem for p in folder.glob("part-*.parquet")} if folder.is_dir() else set()


def manifest(out: Path | str) -> dict:
    try:
        found = json.loads((Path(out) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise BatchError(f"{out}: not a batch output ({e}); expected the folder `batch --out` wrote") from e
    if found.get("format") != FORMAT:
        raise BatchError(f"{out}: batch output format {found.get('format')}, expected {FORMAT}: run batch again")
    return found


def run(
    paths: Iterable[Path | str],
    out: Path | str,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    size: int = PARTITION,
    data: Path | None = None,
    on_start: Callable[[str, int, BatchSummary], None] | None = None,
    on_part: Callable[[PartResult | None], None] | None = None,
) -> BatchSummary:
    """Extract the input on a Dask cluster (the scheduler at `scheduler`, else a LocalCluster of `workers`
    processes) into `out`. `on_start(dashboard link, partitions to run, the summary so far: partitions, inputs
    that could not be read)`, then `on_part` after each partition (None for one that failed)."""
    from distributed import Client, as_completed

    from .store.ingest import engine_fingerprint

    out = Path(out)
    summary = BatchSummary()
    read_errors: list[ReadError] = []
    parts = list(partition(paths, read_errors, size))
    summary.errors += [str(e) for e in read_errors]
    summary.partitions = len(parts)
    engine = engine_fingerprint((data or data_dir()).resolve())
    described = {"format": FORMAT, "inputs": [str(Path(p).resolve()) for p in paths], "engine": engine,
                 "partitions": [asdict(p) for p in parts]}  # fmt: skip
    if (out / MANIFEST).exists():
        before = manifest(out)
        if {k: before.get(k) for k in ("inputs", "partitions")} != json.loads(
            json.dumps({k: described[k] for k in ("inputs", "partitions")})
        ):
            raise BatchError(f"{out} holds the output of another input; give a new --out (or delete it)")
        if before.get("engine") != engine:
            raise BatchError(f"{out} was written by another version of the engine or data; give a new --out")
    else:
        out.mkdir(parents=True, exist_ok=True)
        (out / MANIFEST).write_text(json.dumps(described, indent=1), encoding="utf-8")
    done = done_parts(out)
    todo = [p for p in parts if p.name not in done]
    summary.skipped = len(parts) - len(todo)
    if not todo:
        if on_start:
            on_start("", 0, summary)
        summary.duplicates = duplicate_ids(out)
        return summary
    cluster = local_cluster(workers or os.cpu_count() or 1) if scheduler is None else None
    try:
        with Client(cluster or scheduler) as client:
            if on_start:
                on_start(client.dashboard_link, len(todo), summary)
            futures = client.map(run_part, todo, out=str(out.resolve()), data=str(data) if data else None,
                                 pure=False)  # fmt: skip
            for future in as_completed(futures):
                try:
                    result: PartResult = future.result()
                except Exception as e:  # a worker lost or a disk full: the partition is run again by a re-run
                    summary.failed_partitions.append(f"{future.key}: {type(e).__name__}: {e}")
                    if on_part:
                        on_part(None)
                    continue
                summary.articles += result.articles
                summary.statements += result.statements
                summary.errors += result.errors
                if on_part:
                    on_part(result)
    finally:
        if cluster is not None:
            cluster.close()
    summary.duplicates = duplicate_ids(out)
    return summary


def local_cluster(workers: int):
    """A LocalCluster of `workers` processes of one thread each (the engine is pure Python), quiet (WORKER_CONFIG)."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(WORKER_CONFIG):  # the nannies pass it on to their workers
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")


def duplicate_ids(out: Path | str) -> list[str]:
    """One line for each article whose id a complete partition before it used already (each partition checks
    its own ids as it reads them; across partitions only the output shows them). The loader keeps the first.

    Reads the id column alone, keeping 12 bytes an article (a hash and a partition); the few ids whose hash
    repeats are then read with their file and line."""
    import numpy as np
    import pyarrow.parquet as pq

    parts = [p for p in sorted((Path(out) / "articles").glob("part-*.parquet")) if p.stem in done_parts(out)]
    hashes, owners = array("q"), array("l")
    for n, path in enumerate(parts):
        ids = pq.read_table(path, columns=["id"]).column("id").to_pylist()
        hashes.extend(hash(i) for i in ids)
        owners.extend([n] * len(ids))
    values, counts = np.unique(np.array(hashes, dtype=np.int64), return_counts=True)
    repeated = set(values[counts > 1].tolist())
    if not repeated:
        return []
    suspects = sorted({o for h, o in zip(hashes, owners, strict=True) if h in repeated})
    first: dict[str, str] = {}
    found = []
    for n in suspects:
        table = pq.read_table(parts[n], columns=["id", "source", "line"]).to_pylist()
        for row in table:
            if hash(row["id"]) not in repeated:
                continue
            where = f"{row['source']}:{row['line']} ({parts[n].stem})"
            if row["id"] in first:
                found.append(f"{where}: article id {row['id']!r} is already used by {first[row['id']]}; ingest of "
                             f"this output loads the first only: give the articles distinct ids (in the input, then "
                             f"batch to a new --out) if both are wanted")  # fmt: skip
            else:
                first[row["id"]] = where
    return found
