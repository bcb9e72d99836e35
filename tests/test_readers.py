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
    assert [a.id for a in result.articles] == ["x1", "batch-4"]
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
    assert sorted(a.id for a in result.articles) == ["also", "good"]
    assert len(result.errors) == 1
