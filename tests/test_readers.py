"""Readers: every supported format, and bad input reported by name without stopping the rest."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from attribution import readers

HTML = """<html><head><title>Talks resume</title>
<meta property="og:site_name" content="Example News">
<meta name="date" content="2025-05-28"></head>
<body><article><h1>Talks resume</h1>
<p>Russian Foreign Minister Sergey Lavrov announced that the delegation is prepared to present a memorandum.
This paragraph is long enough for the extractor to keep it as the main text of the page.</p>
<p>"We hope that Russia and Ukraine will engage in direct negotiations," Leavitt stated at the briefing today.</p>
</article></body></html>"""


def test_txt_keeps_text_exactly(tmp_path: Path) -> None:
    raw = "Line one.\r\n\r\n  “Quoted,” he said.\n"
    (tmp_path / "a.txt").write_bytes(raw.encode("utf-8"))
    (article,) = readers.read_path(tmp_path / "a.txt").articles
    assert article.id == "a" and article.text == raw


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "x1",
                "text": "Lavrov said the talks resume.",
                "publisher": "TASS",
                "date": "2025-05-28",
                "language": "en",
            }
        ),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Peskov said the talks resume.", "url": "https://example.org/2"}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    result = readers.read_path(tmp_path / "batch.jsonl")
    assert [a.id for a in result.articles] == ["x1", "https://example.org/2"]  # no id: the URL
    assert result.articles[0].published == date(2025, 5, 28) and result.articles[0].publisher == "TASS"
    assert [a.language for a in result.articles] == ["en", None]
    assert [e.path for e in result.errors] == [f"{tmp_path / 'batch.jsonl'}:2", f"{tmp_path / 'batch.jsonl'}:3"]
    assert "text" in result.errors[1].reason


def test_json_list(tmp_path: Path) -> None:
    (tmp_path / "two.json").write_text(json.dumps([{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}]))
    assert [a.id for a in readers.read_path(tmp_path / "two.json").articles] == ["a", "b"]


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (article,) = readers.read_path(tmp_path / "page.html").articles
    assert "Sergey Lavrov announced" in article.text and "<p>" not in article.text
    assert article.title == "Talks resume"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"  \n", "empty"),
        ("binary.txt", b"\x00\x01\x02abc", "binary"),
        ("latin1.txt", "café".encode("latin-1"), "not UTF-8"),
        ("broken.json", b"{", "not JSON"),
        ("notes.docx", b"PK", "unsupported"),
    ],
)
def test_bad_files_get_a_clear_error(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(content)
    result = readers.read_path(tmp_path / name)
    assert not result.articles
    (error,) = result.errors
    assert reason in error.reason and name in str(error)


def test_folder_batch_goes_on_past_bad_files(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Lavrov said the talks resume.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "also.txt").write_text("Peskov said so.", encoding="utf-8")
    result = readers.read_paths([tmp_path])
    assert sorted(a.id for a in result.articles) == ["good", "sub/also"]
    assert len(result.errors) == 1


def _write(root: Path, files: dict[str, bytes | str]) -> None:
    for name, content in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (root / name).write_bytes(data)


def _jsonl(*records: dict) -> str:
    return "\n".join(json.dumps(r) for r in records)


# (case, files in the folder read, ids read, errors' (file, words in the reason))
CLASHES = [
    ("same name in two folders", {"a/report.txt": "One.", "b/report.txt": "Two."}, ["a/report", "b/report"], []),
    ("same name, folder and top", {"a/report.txt": "One.", "report.json": json.dumps({"text": "Two."})},
     ["a/report", "report"], []),
    ("same stem, two types", {"report.txt": "One.", "report.json": json.dumps({"text": "Two."})}, ["report"],
     [("report.txt", "already used by")]),
    ("one id twice in a file", {"x.jsonl": _jsonl({"id": "a1", "text": "One."}, {"id": "a1", "text": "Two."})},
     ["a1"], [("x.jsonl:2", "used by record 1")]),
    ("id in two files", {"x.jsonl": _jsonl({"id": "a1", "text": "1"}), "y.jsonl": _jsonl({"id": "a1", "text": "2"})},
     ["a1"], [("y.jsonl", "already used by")]),
    ("the same record twice, no id", {"x.jsonl": _jsonl({"text": "One."}, {"text": "One."})}, ["sha-"],
     [("x.jsonl:2", "used by record 1")]),
    ("distinct ids", {"x.jsonl": _jsonl({"id": "a1", "text": "One."}, {"id": "a2", "text": "One."})}, ["a1", "a2"], []),
]  # fmt: skip


@pytest.mark.parametrize(("files", "ids", "errors"), [c[1:] for c in CLASHES], ids=[c[0] for c in CLASHES])
def test_clashing_article_ids_are_never_both_kept_silently(tmp_path: Path, files, ids, errors) -> None:
    _write(tmp_path, files)
    result = readers.read_paths([tmp_path])
    assert [a.id[:4] if i == "sha-" else a.id for a, i in zip(result.articles, ids, strict=True)] == ids
    assert [(e.path.removeprefix(f"{tmp_path}/"), any(w in e.reason for w in [w])) for e, (_, w) in
            zip(result.errors, errors, strict=True)] == [(f, True) for f, _ in errors]  # fmt: skip


def test_jsonl_ids_without_id_come_from_content_not_line_numbers(tmp_path: Path) -> None:
    records = [{"text": "Lavrov said the talks resume.", "title": "Talks"}, {"text": "Peskov said no.", "url": "https://e.org/p"},
               {"text": "Peskov said no."}]  # fmt: skip
    _write(tmp_path, {"batch.jsonl": _jsonl(*records)})
    before = [a.id for a in readers.read_paths([tmp_path]).articles]
    _write(tmp_path, {"batch.jsonl": _jsonl({"text": "A new first record."}, *records[::-1])})
    after = [a.id for a in readers.read_paths([tmp_path]).articles]
    assert before[1] == "https://e.org/p" and before[0].startswith("sha-") and len(set(before)) == 3
    assert len(after) == 4 and set(before) < set(after)  # a record added at the top moves no other's id
    title_only = readers.article_from_record({"text": "Lavrov said the talks resume.", "title": "Other"})
    assert title_only.id != before[0]  # title and text both count


NESTED = "[" * 5000 + "]" * 5000


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("deep.json", NESTED, "nested too deeply"),
        ("deep.jsonl", json.dumps({"text": "x"}) + "\n" + NESTED, "nested too deeply"),
        ("field.jsonl", '{"text": "Peskov said no.", "title": ' + NESTED + "}", "nested too deeply"),
        ("shallow.jsonl", json.dumps({"text": "Peskov said no.", "title": [["a"]]}), "'title' must be text"),
        ("meta.json", json.dumps({"text": "Peskov said no.", "url": {"href": "x"}}), "'url' must be text"),
    ],
)
def test_deeply_nested_json_is_an_error_of_its_file_alone(tmp_path: Path, name: str, content: str, reason: str) -> None:
    _write(tmp_path, {name: content, "good.txt": "Lavrov said the talks resume."})
    result = readers.read_paths([tmp_path])
    assert "good" in [a.id for a in result.articles]
    assert [e for e in result.errors if reason in e.reason and name in e.path]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-16-le", "\ufeff"),
        ("utf-16-be", "\ufeff"),
        ("utf-32-le", "\ufeff"),
        ("utf-32-be", "\ufeff"),
        ("utf-8", "\ufeff"),
    ],
)
def test_unicode_with_a_byte_order_mark_is_decoded(tmp_path: Path, encoding: str, bom: str) -> None:
    text = "«Мы готовы», — said Lavrov. “Café,” he added."
    (tmp_path / "a.txt").write_bytes((bom + text).encode(encoding))
    (article,) = readers.read_path(tmp_path / "a.txt").articles
    assert article.text == text


def test_utf16_without_a_byte_order_mark_is_still_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Lavrov said.".encode("utf-16-le"))
    (error,) = readers.read_path(tmp_path / "a.txt").errors
    assert "binary" in error.reason


def test_missing_paths_and_unreadable_folders_are_reported(tmp_path: Path, monkeypatch) -> None:
    import os

    _write(tmp_path, {"ok/a.txt": "Lavrov said.", "locked/b.txt": "Peskov said."})
    scandir = os.scandir

    def denied(path="."):  # as chmod 000 does for any user but root (the tests may run as root)
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", denied)
    result = readers.read_paths([tmp_path, tmp_path / "nope.txt", tmp_path / "nofolder"])
    assert [a.id for a in result.articles] == ["ok/a"]
    reasons = sorted((Path(e.path).name, e.reason.split(" (")[0]) for e in result.errors)
    assert reasons == [("locked", "cannot read the folder"), ("nofolder", "no such file or folder"),
                       ("nope.txt", "no such file or folder")]  # fmt: skip
    assert "no such file" in readers.read_path(tmp_path / "nope.txt").errors[0].reason


def _parquet(path: Path, rows: list[dict]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=2)


# (case, file name, writer, ids read, errors' (where, words of the reason))
STREAMED = [
    ("jsonl.gz", "a.jsonl.gz", lambda p: p.write_bytes(__import__("gzip").compress(
        _jsonl({"id": "g1", "text": "One."}, {"id": "g2", "text": ""}, {"id": "g3", "text": "Three."}).encode())),
     ["g1", "g3"], [("a.jsonl.gz:2", "no 'text'")]),
    ("truncated jsonl.gz", "t.jsonl.gz", lambda p: p.write_bytes(__import__("gzip").compress(
        _jsonl(*({"id": f"t{i}", "text": "x" * 50} for i in range(50))).encode())[:-30]),
     None, [("t.jsonl.gz", "cannot read the file past")]),
    ("parquet with metadata", "p.parquet", lambda p: _parquet(p, [
        {"id": "p1", "text": "One.", "publisher": "TASS", "published": date(2025, 5, 28)},
        {"id": "p2", "text": None, "publisher": None, "published": None},
        {"id": "p3", "text": "Three.", "publisher": None, "published": date(2025, 5, 29)}]),
     ["p1", "p3"], [("p.parquet:2", "no 'text'")]),
    ("parquet without text", "n.parquet", lambda p: _parquet(p, [{"body": "One."}]), [],
     [("n.parquet", "no 'text' column")]),
    ("not parquet", "x.parquet", lambda p: p.write_bytes(b"PAR1 nothing"), [],
     [("x.parquet", "not a readable Parquet")]),
    ("jsonl, a line not UTF-8", "u.jsonl", lambda p: p.write_bytes(
        b'{"id": "u1", "text": "One."}\n{"text": "caf\xe9"}\n'),
     ["u1"], [("u.jsonl:2", "not UTF-8")]),
    ("empty jsonl", "e.jsonl", lambda p: p.write_bytes(b"\n \n"), [], [("e.jsonl", "empty file")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "write", "ids", "errors"), [c[1:] for c in STREAMED], ids=[c[0] for c in STREAMED])
def test_streamed_formats_report_bad_records_by_line(tmp_path: Path, name, write, ids, errors) -> None:
    write(tmp_path / name)
    result = readers.read_paths([tmp_path])
    if ids is not None:
        assert [a.id for a in result.articles] == ids
    else:  # a damaged archive: what was read before the damage is kept
        assert result.articles and all(a.id.startswith("t") for a in result.articles)
    assert [(e.path.removeprefix(f"{tmp_path}/"), w in e.reason) for e, (_, w) in
            zip(result.errors, errors, strict=True)] == [(f, True) for f, _ in errors]  # fmt: skip
    if ids and name.endswith(".parquet"):
        assert (result.articles[0].publisher, result.articles[0].published) == ("TASS", date(2025, 5, 28))


@pytest.mark.parametrize("name", ["big.jsonl", "big.jsonl.gz", "big.parquet"])
def test_streaming_holds_a_batch_not_the_file(tmp_path: Path, name: str) -> None:
    """10 MB of records are read in far less memory than the file takes (they used to be read whole)."""
    import gzip
    import tracemalloc

    rows = [{"id": f"r{i}", "text": f"Record {i} said. " + "word " * 400} for i in range(5000)]
    if name.endswith(".parquet"):
        _parquet(tmp_path / name, rows)
    else:
        data = _jsonl(*rows).encode()
        (tmp_path / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    del rows
    tracemalloc.start()
    count = sum(1 for _ in readers.stream([tmp_path / name]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 5000 and peak < 4_000_000, peak
