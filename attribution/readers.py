"""Read articles from .txt, .jsonl / .json and saved .html files. The text is kept exactly as read.

A bad file or record becomes a ReadError in the result; it never stops the others.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import ReadError
from .models import Article

SUFFIXES = (".txt", ".jsonl", ".json", ".html", ".htm")


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
                found += [Path(folder) / n for n in names if Path(n).suffix.lower() in SUFFIXES]
            for file in sorted(found):
                yield file, file.relative_to(path).with_suffix("").as_posix()
        elif not path.exists() and not path.is_symlink():
            errors.append(ReadError(path, "no such file or folder"))
        else:
            yield path, path.stem


def _unreadable(e: OSError) -> ReadError:
    return ReadError(e.filename, f"cannot read the folder ({e.strerror}); its files were not read")


def read_paths(paths: Iterable[Path | str]) -> ReadResult:
    """Every article of the files and folders named. Two articles with one id are never both kept under it (one
    would overwrite the other in the store): the later one is an error naming where the id was first read."""
    result = ReadResult()
    first: dict[str, Path] = {}
    for path, name in _files(paths, result.errors):
        one = read_path(path, name)
        result.errors += one.errors
        for article in one.articles:
            if article.id in first:
                reason = (
                    f"article id {article.id!r} is already used by {first[article.id]}; not read: give the articles "
                )
                result.errors.append(ReadError(path, reason + "distinct ids (or file names)"))
                continue
            first[article.id] = path
            result.articles.append(article)
    return result


def read_path(path: Path | str, name: str | None = None) -> ReadResult:
    """The articles of one file; `name` is the id of a one-article file (default: the file's stem)."""
    path = Path(path)
    name = name or path.stem
    suffix = path.suffix.lower()
    try:
        if not path.exists() and not path.is_symlink():
            raise ReadError(path, "no such file or folder")
        if suffix not in SUFFIXES:
            raise ReadError(path, f"unsupported file type {suffix or '(none)'}; expected one of {', '.join(SUFFIXES)}")
        raw = _text_of(path)
        if suffix == ".txt":
            return ReadResult([Article(name, raw)])
        if suffix in (".html", ".htm"):
            return ReadResult([_from_html(path, raw, name)])
        return _from_json(path, raw, name)
    except ReadError as e:
        return ReadResult(errors=[e])


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


def _from_json(path: Path, raw: str, name: str) -> ReadResult:
    result = ReadResult()
    if path.suffix.lower() == ".jsonl":
        lines = [(n, line) for n, line in enumerate(raw.splitlines(), 1) if line.strip()]
        records = []
        for n, line in lines:
            try:
                records.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                result.errors.append(
                    ReadError(f"{path}:{n}", f"not JSON ({e.msg}); expected one article object a line")
                )
            except RecursionError:
                result.errors.append(ReadError(f"{path}:{n}", _TOO_DEEP))
    else:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as e:
            raise ReadError(path, f"not JSON ({e.msg} at line {e.lineno}); expected an article object or a list") from e
        except RecursionError:
            raise ReadError(path, _TOO_DEEP) from None
        records = list(enumerate(data if isinstance(data, list) else [data], 1))
    one = len(records) == 1 and path.suffix.lower() == ".json"  # a file that is one article: named like the file
    first: dict[str, int] = {}
    for n, record in records:
        try:
            article = article_from_record(record, name if one else None)
        except ReadError as e:
            result.errors.append(ReadError(f"{path}:{n}", e.reason))
            continue
        if article.id in first:
            reason = f"id {article.id!r} is used by record {first[article.id]}; not read: give each record an id"
            result.errors.append(ReadError(f"{path}:{n}", reason))
            continue
        first[article.id] = n
        result.articles.append(article)
    return result


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
