"""The command line, run as a user runs it: a subprocess with `python -m attribution`."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

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


def test_ingest_twice_then_export(store_url: str) -> None:
    first = run("ingest", str(SEEDS), "--workers", "2", db=store_url)
    assert first.returncode == 0 and "1 new" in first.stdout, first.stderr
    exported = run("export", "--format", "jsonl", db=store_url).stdout.splitlines()
    second = run("ingest", str(SEEDS), db=store_url)
    assert "1 unchanged" in second.stdout
    assert len(run("export", "--format", "jsonl", db=store_url).stdout.splitlines()) == len(exported) > 0
    only_empty = run("ingest", str(SEEDS), "--only-if-empty", db=store_url)
    assert "nothing ingested" in only_empty.stdout


def test_ingest_names_bad_files_and_counts_them_failed(sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00")
    (tmp_path / "good.txt").write_text("Sergey Lavrov said that the talks would resume.", encoding="utf-8")
    out = run("ingest", str(tmp_path), db=sqlite_url)
    assert out.returncode == 0 and "bad.txt" in out.stderr
    assert "1 new, 0 updated, 0 unchanged, 1 failed; statements stored: 1" in out.stdout
    nothing = run("ingest", str(tmp_path / "bad.txt"), db=sqlite_url)
    assert nothing.returncode == 1 and "1 failed" in nothing.stdout


@pytest.mark.parametrize(
    ("filters", "check"),
    [
        (["--speaker", "John Kelley"], lambda rows: {r["speaker"] for r in rows} == {"John Kelley"} and len(rows) == 4),
        (["--speaker", "John Kelley", "--speaker", "Sergey Lavrov"], lambda rows: len(rows) == 5),
        (["--affiliation", "White House"], lambda rows: {r["speaker"] for r in rows} == {"Caroline Leavitt"}),
        (["--kind", "direct"], lambda rows: {r["kind"] for r in rows} == {"direct"}),
        (["--outlet", "RIA Novosti"], lambda rows: {r["outlet"] for r in rows} == {"RIA Novosti"}),
        (["--workflow", "done"], lambda rows: rows == []),
        (["--workflow", "unstarted", "--text", "military solution"], lambda rows: len(rows) == 2),
        (["--topic", "sanctions"], lambda rows: all("sanctions" in json.loads(r["topics"]) for r in rows) and rows),
        (["--from", "2030-01-01"], lambda rows: rows == []),  # the seed has no date
        (
            ["--speech", "no"],
            lambda rows: {(r["cue"], r["speech"]) for r in rows} == {("expects", "False"), ("anticipates", "False")},
        ),
        (["--speech", "yes"], lambda rows: {r["speech"] for r in rows} == {"True"} and len(rows) == 18),
        ([], lambda rows: len(rows) == 20),  # both by default
    ],
)
def test_export_csv_with_the_dashboard_filters(seeded_url: str, filters: list[str], check) -> None:
    out = run("export", "--format", "csv", *filters, db=seeded_url)
    assert out.returncode == 0, out.stderr
    assert check(list(csv.DictReader(io.StringIO(out.stdout))))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--workflow", "finished"], "not a workflow"),
        (["--from", "yesterday"], "expected a date"),
        (["--format", "claimreview"], "--org-name and --org-url"),
        (["--speech", "maybe"], "invalid choice: 'maybe'"),
    ],
)
def test_export_bad_options_are_clear_errors(seeded_url: str, args: list[str], message: str) -> None:
    out = run("export", *args, db=seeded_url)
    assert out.returncode == 2 and message in out.stderr


def _first_id(db: str, *filters: str) -> int:
    return json.loads(run("export", *filters, db=db).stdout.splitlines()[0])["id"]


def test_review_set_show_history_and_conflict(seeded_url: str) -> None:
    sid = str(_first_id(seeded_url, "--speaker", "John Kelley"))
    shown = json.loads(run("review", "show", sid, db=seeded_url).stdout)
    assert shown["review"]["version"] == 0 and shown["statement"]["speaker"] == "John Kelley"
    saved = run("review", "set", sid, "--expected-version", "0", "--reviewer", "ann", "--workflow", "done",
                "--verdict", "confirmed", "--rating", "mostly true", "--evidence", "https://example.org/un",
                "--comment", "UN transcript", db=seeded_url)  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    assert json.loads(saved.stdout)["version"] == 1
    stale = run("review", "set", sid, "--expected-version", "0", "--reviewer", "bob", "--verdict", "fabricated",
                db=seeded_url)  # fmt: skip
    assert stale.returncode == 3 and "saved by ann" in stale.stderr
    history = run("review", "history", sid, db=seeded_url).stdout.splitlines()
    assert len(history) == 4 and "ann: verdict None → 'confirmed'  (UN transcript)" in history[1]
    bad = run("review", "set", sid, "--expected-version", "1", "--reviewer", "ann", "--verdict", "maybe", db=seeded_url)
    assert bad.returncode == 2 and "not a verdict" in bad.stderr
    missing = run("review", "show", "99999", db=seeded_url)
    assert missing.returncode == 2 and "no statement with id 99999" in missing.stderr
    reviews = json.loads(run("export", "--format", "claimreview", "--org-name", "Example Checks", "--org-url",
                             "https://checks.example.org", db=seeded_url).stdout)  # fmt: skip
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["Accurately attributed", "Mostly true"]


def test_review_bulk(seeded_url: str) -> None:
    out = run("review", "bulk", "--workflow", "needs second review", "--reviewer", "lead", "--speaker",
              "Caroline Leavitt", "--comment", "second look", db=seeded_url)  # fmt: skip
    assert out.returncode == 0 and "workflow set on 4 statements" in out.stdout
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--workflow", "needs second review",
                                               db=seeded_url).stdout)))  # fmt: skip
    assert len(rows) == 4
    again = run("review", "bulk", "--workflow", "done", "--reviewer", "lead", "--from-workflow", "unstarted",
                "--speaker", "Caroline Leavitt", db=seeded_url)  # fmt: skip
    assert "workflow set on 0 statements" in again.stdout


def test_speakers_commands(sqlite_url: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Tavo Relkin said that the border is closed.\nTavo Relkyn said that the border would reopen.\n"
        "Sergei Lavrov said that the talks would resume.", encoding="utf-8",
    )  # fmt: skip
    assert run("ingest", str(tmp_path), db=sqlite_url).returncode == 0
    listed = run("speakers", "list", "--search", "lavrov", db=sqlite_url)
    assert listed.returncode == 0 and "Sergey Lavrov" in listed.stdout
    suggestions = run("speakers", "suggestions", db=sqlite_url).stdout.splitlines()
    assert len(suggestions) == 1 and "Tavo Relkin" in suggestions[0] and "Tavo Relkyn" in suggestions[0]
    suggestion_id = suggestions[0].split(":")[0]
    no_name = run("speakers", "accept", suggestion_id, db=sqlite_url)
    assert no_name.returncode == 2 and "--reviewer" in no_name.stderr
    accepted = run("speakers", "accept", suggestion_id, "--reviewer", "ann", db=sqlite_url)
    assert accepted.returncode == 0 and "merged into Tavo" in accepted.stdout
    assert "accepted by ann" in run("speakers", "suggestions", "--status", "all", db=sqlite_url).stdout
    again = run("speakers", "reject", suggestion_id, "--reviewer", "ann", db=sqlite_url)
    assert again.returncode == 2 and "already accepted" in again.stderr
    reconciled = run("speakers", "reconcile", db=sqlite_url)
    assert reconciled.returncode == 0 and "merged 0 speakers" in reconciled.stdout
    bad = run("speakers", "merge", "1", "1", db=sqlite_url)
    assert bad.returncode == 2 and "with itself" in bad.stderr


AIDS_FILES = {  # one statement across outlets (a, b), the same words given to another speaker (c), a suggestion (d, e)
    "a.txt": "“There is no military solution to the conflict in the region,” Ivan Petrov said.\n"
             "Farmers in the south began the harvest early because of the dry summer.",
    "b.txt": "“There is no military solution to this conflict in the region,” Ivan Petrov said.\n"
             "The national football team lost its opening match on Sunday after a late goal.",
    "c.txt": "“There is no military solution to the conflict in the region,” Maria Olsen said.\n"
             "A new bridge over the river will open to traffic in March, two years late.",
    "d.txt": "“Our troops will stay in the region until the job is done,” Ana Lind said.\n"
             "Heavy snow closed several mountain roads overnight and delayed trains.",
    "e.txt": "“Our troops will stay in the area until the work is done,” Ana Lind said.\n"
             "Interest rates stayed at four percent for the third month in a row.",
}  # fmt: skip


def test_aids_commands(sqlite_url: str, tmp_path: Path) -> None:
    for name, text in AIDS_FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert run("ingest", str(tmp_path), db=sqlite_url).returncode == 0
    ids = {r["article"]: r["id"] for r in map(json.loads, run("export", db=sqlite_url).stdout.splitlines())}
    a, b, c, d, e = (str(ids[k]) for k in "abcde")
    assert run("aids", "status", db=sqlite_url).stdout.startswith("up to date")
    refreshed = run("aids", "refresh", db=sqlite_url)
    assert (
        refreshed.returncode == 0
        and "full update" in refreshed.stdout
        and "1 groups, 1 suggestions, 1 misattribution alerts" in refreshed.stdout
    )
    assert run("aids", "refresh", "--incremental", db=sqlite_url).stdout.strip() == "nothing pending"
    groups = run("aids", "groups", db=sqlite_url).stdout
    assert "Ivan Petrov" in groups and "Ana Lind" not in groups
    group = run("aids", "groups", "--statement", b, db=sqlite_url).stdout
    assert "2 independent sources" in group and "[-the-]" in group and "{+this+}" in group
    assert "#" + c in run("aids", "alerts", "--statement", a, db=sqlite_url).stdout
    assert "Maria Olsen" in run("aids", "alerts", db=sqlite_url).stdout
    suggestions = run("aids", "suggestions", db=sqlite_url).stdout
    assert "open" in suggestions and "#" + d in suggestions and "#" + e in suggestions
    rejected = run("aids", "reject", e, d, "--reviewer", "ann", db=sqlite_url)
    assert rejected.returncode == 0 and "will not be grouped" in rejected.stdout
    assert "no open suggestions" in run("aids", "suggestions", db=sqlite_url).stdout
    assert "rejected by ann" in run("aids", "suggestions", "--status", "all", db=sqlite_url).stdout
    assert run("aids", "refresh", db=sqlite_url).returncode == 0  # a person's decision outlives a full refresh
    assert "no open suggestions" in run("aids", "suggestions", db=sqlite_url).stdout
    assert "rejected by ann" in run("aids", "suggestions", "--status", "rejected", db=sqlite_url).stdout
    accepted = run("aids", "accept", d, e, "--reviewer", "bob", db=sqlite_url)
    assert accepted.returncode == 0 and f"group {d}" in accepted.stdout
    assert run("review", "set", a, "--expected-version", "0", "--reviewer", "ann", "--verdict", "confirmed",
               db=sqlite_url).returncode == 0  # fmt: skip
    claims = run("aids", "claims", c, db=sqlite_url).stdout
    assert "#" + a in claims and "confirmed" in claims
    assert "confirmed" not in run("review", "show", c, db=sqlite_url).stdout  # shown, never applied


@pytest.mark.parametrize(("deferred", "hint"), [(False, False), (True, True)])
def test_ingest_says_when_the_aids_wait_for_a_refresh(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    deferred: bool, hint: bool,
) -> None:  # fmt: skip
    from attribution import cli
    from attribution.store import aids as store_aids

    (tmp_path / "a.txt").write_text(AIDS_FILES["a.txt"], encoding="utf-8")
    assert cli.main(["ingest", str(tmp_path / "a.txt"), "--db", sqlite_url]) == 0
    if deferred:  # as on a large store: too many changes for an automatic update
        for limit, value in (("INCREMENTAL_MAX", 1), ("SYNC_FULL_MAX", 1), ("FULL_SHARE", 1.0)):
            monkeypatch.setattr(store_aids, limit, value)
    for name in "bc":
        (tmp_path / f"{name}.txt").write_text(AIDS_FILES[f"{name}.txt"], encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["ingest", str(tmp_path), "--db", sqlite_url]) == 0
    assert ("python -m attribution aids refresh" in capsys.readouterr().out) is hint


@pytest.mark.parametrize(
    ("args", "locked", "expected"),
    [
        (["--no-wait"], True, "another process is updating the aids"),
        (["--no-wait"], False, "full update in"),
        ([], False, "full update in"),
    ],
)
def test_aids_refresh_leaves_the_store_to_a_running_update(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], args: list[str], locked: bool, expected: str
) -> None:
    from attribution import cli
    from attribution.store import Store
    from attribution.store import aids as store_aids

    with Store(sqlite_url) as store, store_aids._lock(store, wait=True) if locked else contextlib.nullcontext():
        assert cli.main(["aids", "refresh", *args, "--db", sqlite_url]) == 0
    assert expected in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["accept", "1", "1", "--reviewer", "ann"], "with itself"),
        (["reject", "1", "999", "--reviewer", "ann"], "no statement with id 999"),
        (["accept", "1", "2"], "--reviewer"),
        (["groups", "--statement", "999"], "no statement with id 999"),
        (["alerts", "--statement", "999"], "no statement with id 999"),
        (["claims", "999"], "no statement with id 999"),
        (["suggestions", "--status", "maybe"], "invalid choice"),
    ],
)
def test_aids_bad_requests_are_clear_errors(seeded_url: str, args: list[str], message: str) -> None:
    out = run("aids", *args, db=seeded_url)
    assert out.returncode == 2 and message in out.stderr and not out.stdout


@pytest.mark.parametrize(
    "command",
    ["extract", "ingest", "export", "review", "speakers", "review set", "speakers accept", "aids", "aids accept"],
)
def test_help_shows_an_example(command: str) -> None:
    out = run(*command.split(), "--help")
    assert out.returncode == 0 and ("python -m attribution" in out.stdout)


def test_bad_database_url_is_a_clear_error() -> None:
    out = run("export", db="nonsense://")
    assert out.returncode == 2 and "database URL" in out.stderr


def test_a_database_failure_mid_command_is_one_clear_line(
    seeded_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy.exc import OperationalError

    from attribution import cli
    from attribution.store import Store

    def server_gone(*args, **kwargs):
        raise OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly\n\tretry later"))

    monkeypatch.setattr(Store, "review", server_gone)
    assert cli.main(["review", "show", "1", "--db", seeded_url]) == 2
    out = capsys.readouterr()
    said = "error: the store failed (OperationalError): server closed the connection unexpectedly retry later\n"
    assert out.err == said
    assert "Traceback" not in out.err
