"""Read articles from .txt, .jsonl (.jsonl.gz) / .json, Parquet and saved .html files. The text is kept exactly
as read.

A bad file or record becomes a ReadError in the result; it never stops the others. `stream` reads lazily: JSONL a
line at a time and Parquet a batch of rows at a time, so memory stays flat however large the input.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import ReadError
from .models import Article

SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".json", ".parquet", ".html", ".htm")
PARQUET_BATCH = 1000  # rows decoded at a time
RECORD_FIELDS = ("id", "title", "publisher", "url", "published", "date")  # optional, beside the required text


@dataclass
class ReadResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)


def expand(paths: Iterable[Path | str], errors: list[ReadError] | None = None) -> Iterator[Path]:
    """Files named, and the readable files inside folders named (recursively, sorted). A folder that cannot be
    read and a path that does not exist go to `errors` (when given) instead of being skipped silently."""
    for path, _ in _files(paths, [] if errors is None else errors):
        yield path


def _files(paths: Iterable[Path | str], errors: list[ReadError]) -> Iterator[tuple[Path, str]]:
    """(file, article id of a one-article file): the path relative to the folder named, without its suffix
    ("a/report" and "b/report" stay two articles); a file named itself, or at a folder's top, its stem."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for folder, dirs, names in os.walk(path, onerror=lambda e: errors.append(_unreadable(e))):
                dirs.sort()
                found += [Path(folder) / n for n in names if suffix_of(n) in SUFFIXES]
            for file in sorted(found):
                yield file, file.relative_to(path).with_suffix("").as_posix()
        elif not path.exists() and not path.is_symlink():
            errors.append(ReadError(path, "no such file or folder"))
        else:
            yield path, path.stem


def sources(paths: Iterable[Path | str], errors: list[ReadError]) -> Iterator[tuple[Path, str]]:
    """(file, id of a one-article file) of the files and folders named, in `stream`'s order: for partitioning."""
    return _files(paths, errors)


def _unreadable(e: OSError) -> ReadError:
    return ReadError(e.filename, f"cannot read the folder ({e.strerror}); its files were not read")


def suffix_of(path: Path | str) -> str:
    """The suffix that says how a file is read (".jsonl.gz" counts as one)."""
    name = Path(path).name.lower()
    return ".jsonl.gz" if name.endswith(".jsonl.gz") else Path(name).suffix


def read_paths(paths: Iterable[Path | str]) -> ReadResult:
    """Every article of the files and folders named, in a list (see `stream` for reading without holding them)."""
    result = ReadResult()
    for item in stream(paths):
        (result.errors if isinstance(item, ReadError) else result.articles).append(item)
    return result


def stream(paths: Iterable[Path | str]) -> Iterator[Article | ReadError]:
    """The articles of the files and folders named, and the errors met, one at a time in reading order. Two
    articles with one id are never both kept under it (one would overwrite the other in the store): the later
    one is an error naming where the id was first read. Only the ids read are held, not the articles."""
    errors: list[ReadError] = []
    seen = Seen()
    for path, name in _files(paths, errors):
        yield from errors
        errors.clear()
        yield from seen.check(path, read_file(path, name))
    yield from errors


def read_articles(paths: Iterable[Path | str], on_error: Callable[[ReadError], None]) -> Iterator[Article]:
    """`stream`'s articles; each error goes to `on_error` as it is met."""
    for item in stream(paths):
        if isinstance(item, ReadError):
            on_error(item)
        else:
            yield item


class Seen:
    """The ids read so far and where (file number, record number), to refuse a second article with one id."""

    def __init__(self) -> None:
        self.files: list[Path] = []
        self.ids: dict[str, int] = {}

    def check(self, path: Path, items: Iterable[tuple[int, Article | ReadError]]) -> Iterator[Article | ReadError]:
        for _, item in self.numbered(path, items):
            yield item

    def numbered(
        self, path: Path, items: Iterable[tuple[int, Article | ReadError]]
    ) -> Iterator[tuple[int, Article | ReadError]]:
        """The items of one file, in order, with their record numbers; an article whose id was read is an error."""
        self.files.append(path)
        file_no = len(self.files) - 1
        for n, item in items:
            if isinstance(item, ReadError):
                yield n, item
                continue
            where = self.ids.get(item.id)
            if where is None:
                self.ids[item.id] = (file_no << 32) | n
                yield n, item
            elif where >> 32 == file_no:  # the same file: a record given twice, or two records without an id alike
                reason = f"id {item.id!r} is used by record {where & 0xFFFFFFFF}; not read: give each record an id"
                yield n, ReadError(f"{path}:{n}", reason)
            else:
                reason = f"article id {item.id!r} is already used by {self.files[where >> 32]}; not read: give the "
                yield n, ReadError(path, reason + "articles distinct ids (or file names)")


def read_path(path: Path | str, name: str | None = None) -> ReadResult:
    """The articles of one file; `name` is the id of a one-article file (default: the file's stem)."""
    result = ReadResult()
    for item in Seen().check(Path(path), read_file(path, name)):
        (result.errors if isinstance(item, ReadError) else result.articles).append(item)
    return result


def read_file(path: Path | str, name: str | None = None) -> Iterator[tuple[int, Article | ReadError]]:
    """(record number, article or error) of one file, lazily; a one-article file is record 1."""
    path = Path(path)
    name = name or path.stem
    suffix = suffix_of(path)
    try:
        if not path.exists() and not path.is_symlink():
            raise ReadError(path, "no such file or folder")
        if suffix not in SUFFIXES:
            raise ReadError(path, f"unsupported file type {suffix or '(none)'}; expected one of {', '.join(SUFFIXES)}")
        if suffix in (".jsonl", ".jsonl.gz"):
            yield from read_jsonl(path)
            return
        if suffix == ".parquet":
            yield from read_parquet(path)
            return
        raw = _text_of(path)
        if suffix == ".txt":
            yield 1, Article(name, raw)
        elif suffix in (".html", ".htm"):
            yield 1, _from_html(path, raw, name)
        else:
            yield from _from_json(path, raw, name)
    except ReadError as e:
        yield 0, e


# Byte order marks, longest first (UTF-32 LE's begins with UTF-16 LE's): text in these encodings is read as such
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


def _text_of(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ReadError(path, f"cannot open the file ({e.strerror})") from e
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data:
        raise ReadError(path, "binary data (NUL bytes); expected UTF-8 text (or UTF-16/32 with a byte order mark)")
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as e:
        raise ReadError(
            path, f"not {encoding or 'UTF-8'} text (invalid byte at offset {e.start}); save it as UTF-8"
        ) from e
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ReadError(path, "empty file; expected article text")
    return text


_TOO_DEEP = "nested too deeply (arrays or objects inside each other past Python's limit); expected article objects"


def _from_json(path: Path, raw: str, name: str) -> Iterator[tuple[int, Article | ReadError]]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise ReadError(path, f"not JSON ({e.msg} at line {e.lineno}); expected an article object or a list") from e
    except RecursionError:
        raise ReadError(path, _TOO_DEEP) from None
    records = data if isinstance(data, list) else [data]
    one = len(records) == 1  # a file that is one article: named like the file
    for n, record in enumerate(records, 1):
        yield n, _record(path, n, record, name if one else None)


def _record(path: Path, n: int, record: object, default_id: str | None = None) -> Article | ReadError:
    try:
        return article_from_record(record, default_id)
    except ReadError as e:
        return ReadError(f"{path}:{n}", e.reason)


def read_jsonl(
    path: Path, offset: int = 0, first_line: int = 1, lines: int | None = None
) -> Iterator[tuple[int, Article | ReadError]]:
    """(line number, article or error) of a JSONL file (gzip-compressed when named .gz), a line at a time: from
    byte `offset` (numbered `first_line`; in a compressed file the lines before are decompressed and skipped),
    `lines` of them or to the end."""
    compressed = path.name.lower().endswith(".gz")
    try:
        raw = gzip.open(path, "rb") if compressed else open(path, "rb")  # noqa: SIM115 (closed below)
    except OSError as e:
        raise ReadError(path, f"cannot open the file ({e.strerror})") from e
    with raw:
        try:
            head = raw.peek(4)[:4] if offset == 0 else b""
            if not compressed and offset:
                raw.seek(offset)
            encoding = next((enc for bom, enc in _BOMS if head.startswith(bom)), "utf-8-sig")
            source = raw if encoding == "utf-8-sig" else io.TextIOWrapper(raw, encoding=encoding, newline="\n")
            end = None if lines is None else first_line + lines
            read = 0
            for n, line in enumerate(source, 1 if compressed else first_line):
                if compressed and n < first_line:
                    continue
                if end is not None and n >= end:
                    break
                if isinstance(line, bytes):
                    try:
                        line = line.decode("utf-8-sig" if n == 1 else "utf-8")
                    except UnicodeDecodeError as e:
                        yield n, ReadError(f"{path}:{n}", f"not UTF-8 text (invalid byte at offset {e.start} of the "
                                           "line); save it as UTF-8")  # fmt: skip
                        continue
                if not line.strip():
                    continue
                read += 1
                yield n, _jsonl_line(path, n, line)
        except (OSError, EOFError, gzip.BadGzipFile) as e:  # a truncated or corrupt archive: what was read stays
            raise ReadError(path, f"cannot read the file past what was read ({e})") from e
        except UnicodeDecodeError as e:
            raise ReadError(path, f"not {encoding} text (invalid byte); save it as UTF-8") from e
    if not read and offset == 0 and first_line == 1:
        raise ReadError(path, "empty file; expected article records, one JSON object a line")


def _jsonl_line(path: Path, n: int, line: str) -> Article | ReadError:
    if "\x00" in line:
        return ReadError(f"{path}:{n}", "binary data (NUL bytes); expected one article object a line")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        return ReadError(f"{path}:{n}", f"not JSON ({e.msg}); expected one article object a line")
    except RecursionError:
        return ReadError(f"{path}:{n}", _TOO_DEEP)
    return _record(path, n, record)


def read_parquet(path: Path, row_groups: list[int] | None = None) -> Iterator[tuple[int, Article | ReadError]]:
    """(row number, article or error) of a Parquet file with a `text` column (and any of RECORD_FIELDS), a batch
    of rows at a time; `row_groups` limits it to those row groups."""
    import pyarrow.parquet as pq

    try:
        file = pq.ParquetFile(path)
        names = set(file.schema_arrow.names)
        if "text" not in names:
            raise ReadError(path, f"no 'text' column (columns: {', '.join(sorted(names))}); expected article text")
        groups = list(range(file.num_row_groups)) if row_groups is None else row_groups
        columns = ["text", *(f for f in RECORD_FIELDS if f in names)]
        for group in groups:
            n = sum(file.metadata.row_group(g).num_rows for g in range(group))
            for batch in file.iter_batches(PARQUET_BATCH, row_groups=[group], columns=columns):
                for record in batch.to_pylist():
                    n += 1
                    yield n, _record(path, n, record)
    except ReadError:
        raise
    except Exception as e:  # pyarrow's errors for a file that is not Parquet or is damaged have no common base
        raise ReadError(path, f"not a readable Parquet file ({type(e).__name__}: {e})") from e


def article_from_record(record: object, default_id: str | None = None) -> Article:
    """An Article from a dict with text (required), id, title, publisher, published or date, url.

    Without an id: `default_id`, else one from stable content (content_id), never from the record's position."""
    if not isinstance(record, dict):
        raise ReadError(default_id or "record", f"expected an object with a 'text' field, got {type(record).__name__}")
    where = default_id or "record"
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(where, "the record has no 'text' (a non-empty string is required)")
    fields = {
        f: _opt(record.get(f), f, where) for f in ("id", "title", "publisher", "url", "published", "date", "language")
    }
    published = fields["published"] or fields["date"]
    return Article(
        id=fields["id"] or default_id or content_id(fields["url"], fields["title"], text),
        text=text,
        title=fields["title"],
        publisher=fields["publisher"],
        published=parse_date(published, where) if published else None,
        url=fields["url"],
        language=fields["language"],
    )


def content_id(url: str | None, title: str | None, text: str) -> str:
    """A record's id when it has none: its URL (short enough for a key), else a hash of its title and text, so
    adding or moving records never changes another's id."""
    if url and len(url) <= 300:
        return url
    return "sha-" + hashlib.sha256(f"{url or ''}\x1f{title or ''}\x1f{text}".encode()).hexdigest()[:24]


def parse_date(value: object, where: str) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as e:
        raise ReadError(where, f"date {value!r} is not an ISO date (YYYY-MM-DD)") from e


def _opt(value: object, field: str = "value", where: str = "record") -> str | None:
    if isinstance(value, (dict, list)):  # never str() of a structure (a deep one exceeds the recursion limit)
        raise ReadError(
            where, f"'{field}' must be text or a number, got {'an object' if isinstance(value, dict) else 'a list'}"
        )
    return str(value) if value not in (None, "") else None


def _from_html(path: Path, raw: str, name: str) -> Article:
    import trafilatura  # heavy import, needed only for saved web pages

    extracted = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    doc = extracted.as_dict() if extracted is not None else {}
    if not (doc.get("text") or "").strip():
        raise ReadError(path, "no article text found in the HTML page")
    published = doc.get("date")
    return Article(
        id=name,
        text=doc["text"],
        title=_opt(doc.get("title")),
        publisher=_opt(doc.get("sitename") or doc.get("hostname")),
        published=parse_date(published, str(path)) if published else None,
        url=_opt(doc.get("url")),
    )
