"""The command line, run as a user runs it: a subprocess with `python -m attribution`."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
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
    assert out.returncode == 1 and "bad.txt" in out.stderr and out.stdout  # the good one printed, the failure seen
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
    assert out.returncode == 1 and "bad.txt" in out.stderr
    assert "1 new, 0 updated, 0 unchanged, 1 failed; statements stored: 1" in out.stdout
    nothing = run("ingest", str(tmp_path / "bad.txt"), db=sqlite_url)
    assert nothing.returncode == 1 and "no article could be read" in nothing.stderr


# (case, files, paths given (relative to the folder), exit code, words on stderr)
RUNS = [
    ("all good", {"a.txt": "Sergey Lavrov said that the talks would resume."}, ["."], 0, ""),
    ("empty folder", {}, ["."], 1, "no article found"),
    ("only other files", {"notes.docx": "x"}, ["."], 1, "no article found"),
    ("missing path", {"a.txt": "Lavrov said so."}, [".", "nope.txt"], 1, "nope.txt: no such file or folder"),
    ("UTF-16 with a BOM", {"a.txt": "\ufeffSergey Lavrov said that the talks would resume.".encode("utf-16")}, ["."], 0,
     ""),
    ("one bad of two", {"a.txt": "Lavrov said so.", "b.json": "[" * 3000}, ["."], 1, "b.json: nested too deeply"),
    ("clashing ids", {"a.txt": "Lavrov said so.", "a.json": '{"text": "Peskov said so."}'}, ["."], 1,
     "already used by"),
]  # fmt: skip


@pytest.mark.parametrize("command", ["extract", "ingest"])
@pytest.mark.parametrize(("files", "paths", "code", "message"), [r[1:] for r in RUNS], ids=[r[0] for r in RUNS])
def test_exit_code_is_non_zero_when_anything_failed(sqlite_url: str, tmp_path: Path, command, files, paths, code,
                                                    message) -> None:  # fmt: skip
    folder = tmp_path / "in"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    out = run(command, *(str(folder / p) for p in paths), db=sqlite_url if command == "ingest" else None)
    assert out.returncode == code, out.stderr
    assert message in out.stderr


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
        (["--kind", "weird"], "'weird' is not a kind; expected one of direct, indirect, mixed"),
        (["--from", "yesterday"], "expected a date"),
        (["--format", "claimreview"], "--org-name and --org-url"),
        (
            ["--format", "claimreview", "--org-name", "C", "--org-url", "javascript:alert(1)"],
            "web address must be an http(s):// address",
        ),
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


# -- ids and numbers are read at the edge: a clear message, never an OverflowError ----------------------------

HUGE = "99999999999999999999999"
TOP = "2147483647"  # the largest id a record can have (INTEGER on PostgreSQL): looked up, not found
OVER = "2147483648"  # refused at the edge, in the same words
LIMIT = "9223372036854775807"  # the largest limit or offset SQLite and PostgreSQL bind


@pytest.mark.parametrize(
    ("args", "rc", "said"),
    [
        (["review", "show", HUGE], 2, "no statement with id 99999999999999999999…"),
        (["review", "show", TOP], 2, f"no statement with id {TOP}"),
        (["review", "show", OVER], 2, f"no statement with id {OVER}"),
        (["speakers", "merge", "1", OVER], 2, f"no speaker with id {OVER}"),
        (["review", "show", "0"], 2, "no statement with id 0"),
        (["review", "show", "-4"], 2, "no statement with id -4"),
        (["review", "show", "1e3"], 2, "expected a whole number, got '1e3'"),
        (["review", "show", "١٢"], 2, "expected a whole number, got '١٢'"),
        (["review", "history", HUGE], 2, "no statement with id 9999"),
        (["review", "set", HUGE, "--expected-version", "0", "--reviewer", "ann"], 2, "no statement with id 9999"),
        (["review", "set", "1", "--expected-version", HUGE, "--reviewer", "ann"], 2,
         "--expected-version: expected a whole number from 0 to 2147483647, got 9999"),
        (["review", "set", "1", "--expected-version", "-1", "--reviewer", "ann"], 2, "from 0 to"),
        (["speakers", "merge", "1", HUGE], 2, "no speaker with id 9999"),
        (["speakers", "merge", HUGE, "1"], 2, "no speaker with id 9999"),
        (["speakers", "merge", TOP, "1"], 2, f"no speaker with id {TOP}"),
        (["speakers", "list", "--limit", HUGE], 2, "--limit: expected a whole number from 1 to"),
        (["speakers", "list", "--limit", "0"], 2, "--limit: expected a whole number from 1 to"),
        (["speakers", "list", "--limit", LIMIT], 0, ""),
        (["speakers", "accept", HUGE, "--reviewer", "ann"], 2, "no merge suggestion with id 9999"),
        (["speakers", "reject", TOP, "--reviewer", "ann"], 2, f"no merge suggestion with id {TOP}"),
        (["aids", "groups", "--offset", HUGE], 2, "--offset: expected a whole number from 0 to"),
        (["aids", "groups", "--offset", "-5"], 2, "--offset: expected a whole number from 0 to"),
        (["aids", "groups", "--limit", HUGE], 2, "--limit: expected a whole number from 1 to"),
        (["aids", "groups", "--offset", LIMIT, "--limit", LIMIT], 0, ""),
        (["aids", "groups", "--statement", HUGE], 2, "no statement with id 9999"),
        (["aids", "groups", "--statement", TOP], 2, f"no statement with id {TOP}"),
        (["aids", "alerts", "--statement", TOP], 2, f"no statement with id {TOP}"),
        (["aids", "alerts", "--offset", HUGE], 2, "--offset: expected a whole number"),
        (["aids", "alerts", "--offset", LIMIT, "--limit", LIMIT], 0, ""),
        (["aids", "suggestions", "--offset", LIMIT, "--limit", LIMIT], 0, ""),
        (["aids", "suggestions", "--offset", "x"], 2, "--offset: expected a whole number, got 'x'"),
        (["aids", "claims", HUGE], 2, "no statement with id 9999"),
        (["aids", "claims", TOP], 2, f"no statement with id {TOP}"),
        (["aids", "accept", HUGE, "1", "--reviewer", "ann"], 2, "no statement with id 9999"),
        (["aids", "reject", "1", TOP, "--reviewer", "ann"], 2, "no statement with id"),
        (["ingest", str(SEED), "--workers", HUGE], 2, "--workers: expected a whole number from 1 to 64"),
        (["ingest", str(SEED), "--workers", "0"], 2, "--workers: expected a whole number from 1 to 64"),
    ],
)  # fmt: skip
def test_ids_and_numbers_out_of_range_are_clear_errors(
    store_url: str, capsys: pytest.CaptureFixture[str], args: list[str], rc: int, said: str
) -> None:
    from attribution import cli

    try:
        code = cli.main([*args, "--db", store_url])
    except SystemExit as e:  # argparse refuses the argument, with the usage
        code = e.code
    err = capsys.readouterr().err
    assert code == rc, err
    assert said in err and "Traceback" not in err and "Overflow" not in err


# -- text from articles and people is never Rich markup, emoji codes or terminal control ---------------------

MARKUP = "[/bold] There is no [link=https://evil.example/x]military[/link] solution :smiley: to {} conflict [red]"
HOSTILE_FILES = {  # one statement across outlets (a, b), the same words given to another speaker (c)
    "a.txt": f"“{MARKUP.format('the')},” Ivan Petrov said.\nFarmers began the harvest early this year.",
    "b.txt": f"“{MARKUP.format('this')},” Ivan Petrov said.\nThe football team lost its opening match.",
    "c.txt": f"“{MARKUP.format('the')},” Maria Olsen said.\nA new bridge will open to traffic in March.",
}
ESC_LINK = "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"  # a hidden terminal hyperlink (OSC 8)


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str], Path]:
    folder = tmp_path_factory.mktemp("hostile")
    for name, text in HOSTILE_FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = f"sqlite:///{folder / 'quotes.db'}"
    assert run("ingest", str(folder), db=db).returncode == 0
    ids = {r["article"]: str(r["id"]) for r in map(json.loads, run("export", db=db).stdout.splitlines())}
    assert run("aids", "refresh", db=db).returncode == 0
    note = f"[link=https://evil.example]see[/link] {ESC_LINK} \x9b31m"  # C1 CSI: a colour on some terminals
    saved = run("review", "set", ids["a"], "--expected-version", "0", "--reviewer", f"ann[bold]{ESC_LINK}",
                "--verdict", "confirmed", "--note", note, db=db)  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    return db, ids, folder


@pytest.mark.parametrize(
    ("command", "shows"),
    [
        (["extract", "{folder}/a.txt", "--format", "table"], "[link=https://evil.example/x]military[/link]"),
        (["aids", "groups"], "[/bold] There is no [link=https://evil.example/x]"),
        (["aids", "groups", "--statement", "{a}"], "[link=https://evil.example/x]military[/link]"),
        (["aids", "alerts"], ":smiley:"),
        (["aids", "claims", "{c}"], "ann[bold]\\x1b]8;;https://evil.example/\\x1b\\click"),
        (["review", "history", "{a}"], "\\x1b]8;;https://evil.example/\\x1b\\click"),
    ],
)
def test_text_is_printed_as_written_never_as_markup(hostile_store, command: list[str], shows: str) -> None:
    db, ids, folder = hostile_store
    args = [a.format(folder=folder, **ids) for a in command]
    cmd = [sys.executable, "-m", "attribution", *args] + ([] if args[0] == "extract" else ["--db", db])
    env = {**os.environ, "FORCE_COLOR": "1", "COLUMNS": "1000"}  # as in a terminal, where Rich draws links
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert shows in out.stdout
    assert "\x1b]8;" not in out.stdout and "😃" not in out.stdout  # no hyperlink, no emoji from the text


def test_review_show_json_has_no_raw_control_character(hostile_store) -> None:
    db, ids, _ = hostile_store
    out = run("review", "show", ids["a"], db=db)
    assert out.returncode == 0, out.stderr
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", out.stdout)
    assert "\\u009b31m" in out.stdout  # escaped, and JSON reads it back as written
    assert "\x9b31m" in json.dumps(json.loads(out.stdout), ensure_ascii=False)


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--db", "bogus\x1b]8;;https://evil.example/\x1b\\://x"),
        ("review", "show", "1\x1b[2J", "--db", "sqlite:///{tmp}/q.db"),  # argparse's own error line
    ],
)
def test_error_lines_never_send_control_characters(tmp_path: Path, args: tuple[str, ...]) -> None:
    out = run(*(a.format(tmp=tmp_path) for a in args))
    assert out.returncode == 2 and "error: " in out.stderr, out.stderr
    assert "\\x1b" in out.stderr and not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", out.stderr)


@pytest.mark.parametrize(
    ("command", "column", "cell"),
    [
        (["extract", "{folder}/@SUM(A1).txt", "--format", "csv"], "article", "'@SUM(A1)"),
        (["extract", "{folder}/-2+3.txt", "--format", "csv"], "article", "'-2+3"),
        (["export", "--format", "csv"], "title", '\'=HYPERLINK("https://evil.example","x")'),
        (["export", "--format", "csv"], "publisher", "'+cmd|' /C calc'!A0"),
        (["export", "--format", "csv"], "speaker", "Ivan Petrov"),  # a cell that starts no formula is as it was
    ],
)
def test_csv_output_never_starts_a_formula(tmp_path: Path, command: list[str], column: str, cell: str) -> None:
    text = HOSTILE_FILES["a.txt"]
    for name in ("@SUM(A1).txt", "-2+3.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    record = {"id": "x1", "title": '=HYPERLINK("https://evil.example","x")', "publisher": "+cmd|' /C calc'!A0",
              "text": text}  # fmt: skip
    (tmp_path / "records.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'quotes.db'}"
    if command[0] == "export":
        assert run("ingest", str(tmp_path / "records.jsonl"), db=db).returncode == 0
    out = run(*(a.format(folder=tmp_path) for a in command), db=db if command[0] == "export" else None)
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout, newline="")))
    assert rows and all(r[column] == cell for r in rows), [r[column] for r in rows]
