"""Read articles from .txt, .jsonl / .json and saved .html files. The text is kept exactly as read.

A bad file or record becomes a ReadError in the result; it never stops the others.
"""

from __future__ import annotations

import json
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


def expand(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files named, and the readable files inside folders named (recursively, sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def read_paths(paths: Iterable[Path | str]) -> ReadResult:
    result = ReadResult()
    for path in expand(paths):
        one = read_path(path)
        result.articles += one.articles
        result.errors += one.errors
    return result


def read_path(path: Path | str) -> ReadResult:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix not in SUFFIXES:
            raise ReadError(path, f"unsupported file type {suffix or '(none)'}; expected one of {', '.join(SUFFIXES)}")
        raw = _text_of(path)
        if suffix == ".txt":
            return ReadResult([Article(path.stem, raw)])
        if suffix in (".html", ".htm"):
            return ReadResult([_from_html(path, raw)])
        return _from_json(path, raw)
    except ReadError as e:
        return ReadResult(errors=[e])


def _text_of(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ReadError(path, f"cannot open the file ({e.strerror})") from e
    if b"\x00" in data:
        raise ReadError(path, "binary data (NUL bytes); expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ReadError(path, f"not UTF-8 text (invalid byte at offset {e.start}); save it as UTF-8") from e
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ReadError(path, "empty file; expected article text")
    return text


def _from_json(path: Path, raw: str) -> ReadResult:
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
    else:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as e:
            raise ReadError(path, f"not JSON ({e.msg} at line {e.lineno}); expected an article object or a list") from e
        records = list(enumerate(data if isinstance(data, list) else [data], 1))
    for n, record in records:
        try:
            result.articles.append(article_from_record(record, f"{path.stem}-{n}" if len(records) > 1 else path.stem))
        except ReadError as e:
            result.errors.append(ReadError(f"{path}:{n}", e.reason))
    return result


def article_from_record(record: object, default_id: str) -> Article:
    """An Article from a dict with text (required), id, title, publisher, published or date, url."""
    if not isinstance(record, dict):
        raise ReadError(default_id, f"expected an object with a 'text' field, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(default_id, "the record has no 'text' (a non-empty string is required)")
    published = record.get("published") or record.get("date")
    return Article(
        id=str(record.get("id") or default_id),
        text=text,
        title=_opt(record.get("title")),
        publisher=_opt(record.get("publisher")),
        published=parse_date(published, default_id) if published else None,
        url=_opt(record.get("url")),
        language=_opt(record.get("language")),
    )


def parse_date(value: object, where: str) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as e:
        raise ReadError(where, f"date {value!r} is not an ISO date (YYYY-MM-DD)") from e


def _opt(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _from_html(path: Path, raw: str) -> Article:
    import trafilatura  # heavy import, needed only for saved web pages

    extracted = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    doc = extracted.as_dict() if extracted is not None else {}
    if not (doc.get("text") or "").strip():
        raise ReadError(path, "no article text found in the HTML page")
    published = doc.get("date")
    return Article(
        id=path.stem,
        text=doc["text"],
        title=_opt(doc.get("title")),
        publisher=_opt(doc.get("sitename") or doc.get("hostname")),
        published=parse_date(published, str(path)) if published else None,
        url=_opt(doc.get("url")),
    )
