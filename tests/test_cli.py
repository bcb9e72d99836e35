"""The command line, run as a user runs it: a subprocess with `python -m attribution`."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEED, SEEDS


def run(*args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "attribution", *args] + (["--db", db] if db else [])
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_extract_jsonl_is_the_prediction_format() -> None:
    out = run("extract", str(SEED), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert records and all(r["article"] == SEED.stem for r in records)
    for r in records:
        assert {
            "start",
            "end",
            "spans",
            "kind",
            "speaker",
            "speaker_start",
            "speaker_end",
            "anonymous",
            "affiliation",
            "outlet",
            "cue",
            "role",
            "country",
            "cue_start",
            "cue_end",
            "confidence",
        } <= r.keys()


def test_extract_csv_and_table() -> None:
    out = run("extract", str(SEEDS), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert out.returncode == 0 and any(r["speaker"] == "Caroline Leavitt" for r in rows)
    table = run("extract", str(SEED), "--format", "table")
    assert table.returncode == 0 and "Leavitt" in table.stdout


def test_extract_reports_bad_files_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00")
    out = run("extract", str(tmp_path / "bad.txt"), str(SEED))
    assert out.returncode == 0 and "bad.txt" in out.stderr and out.stdout
    nothing = run("extract", str(tmp_path / "bad.txt"))
    assert nothing.returncode != 0 and "bad.txt" in nothing.stderr


def test_ingest_twice_then_export(sqlite_url: str) -> None:
    first = run("ingest", str(SEEDS), db=sqlite_url)
    assert first.returncode == 0 and "1 new" in first.stdout, first.stderr
    exported = run("export", "--format", "jsonl", db=sqlite_url).stdout.splitlines()
    second = run("ingest", str(SEEDS), db=sqlite_url)
    assert "1 unchanged" in second.stdout
    assert len(run("export", "--format", "jsonl", db=sqlite_url).stdout.splitlines()) == len(exported) > 0
    only_empty = run("ingest", str(SEEDS), "--only-if-empty", db=sqlite_url)
    assert "nothing ingested" in only_empty.stdout


def test_export_csv_filtered_by_speaker(seeded_url: str) -> None:
    out = run("export", "--format", "csv", "--speaker", "John Kelley", db=seeded_url)
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows and {r["speaker"] for r in rows} == {"John Kelley"}


def test_help_shows_an_example() -> None:
    for command in ("extract", "ingest", "export"):
        out = run(command, "--help")
        assert out.returncode == 0 and "example: python -m attribution" in out.stdout


def test_bad_database_url_is_a_clear_error() -> None:
    out = run("export", db="nonsense://")
    assert out.returncode == 2 and "database URL" in out.stderr
