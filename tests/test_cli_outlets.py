"""`python -m attribution outlets …`, run as a user runs it: list, merge by name or id, unmerge, suggest, accept,
reject, edit, history, and the clear errors of each."""

from __future__ import annotations

import pytest
from test_cli import run
from test_store_outlets import ARTICLES

from attribution.store import StatementFilter, Store


@pytest.fixture
def db(sqlite_url: str) -> str:
    with Store(sqlite_url) as s:
        s.ingest(ARTICLES)
    return sqlite_url


def test_list_merge_unmerge_and_history(db: str) -> None:
    listed = run("outlets", "list", "--listed", "no", db=db)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].endswith("also the Halden Courier") and "Halden Courier (met in text), 3 statements" in lines[0]
    assert "2025-03-01 to 2025-04-02" in lines[0] and "3 outlets" in listed.stderr
    merged = run("outlets", "merge", "Halden Courier", "Halden Kurier", "--reviewer", "ann", db=db)
    assert merged.returncode == 0, merged.stderr
    assert "merged: " in merged.stdout and "4 statements" in merged.stdout
    with Store(db) as s:
        assert s.count_statements(StatementFilter(outlets=("Halden Kurier",))) == 4
    again = run("outlets", "merge", "Kommersant", "Halden Kurier", "--reviewer", "bob", db=db)
    assert again.returncode == 2 and "was merged into 'Halden Courier'" in again.stderr and "by ann" in again.stderr
    history = run("outlets", "history", "Halden Courier", db=db).stdout
    assert "ann: Halden Kurier into Halden Courier (merged by a person)" in history
    assert "ingest: the Halden Courier into Halden Courier" in history
    undone = run("outlets", "unmerge", "Halden Kurier", "--reviewer", "cy", db=db)
    assert undone.returncode == 0 and "Halden Kurier (met in text), 1 statements" in undone.stdout
    assert "undone by cy" in run("outlets", "history", db=db).stdout


def test_suggest_accept_reject_and_edit(db: str) -> None:
    suggested = run("outlets", "suggest", db=db)
    assert suggested.returncode == 0, suggested.stderr
    ids = {line.split(":")[0]: line for line in suggested.stdout.splitlines()}
    [spelled] = [i for i, line in ids.items() if "Fraance-Presse" in line]
    [kurier] = [i for i, line in ids.items() if "Halden Kurier" in line]
    assert "similar spelling to 'France-Presse'" in ids[spelled]
    no_name = run("outlets", "accept", spelled, db=db)
    assert no_name.returncode == 2 and "--reviewer" in no_name.stderr
    accepted = run("outlets", "accept", spelled, "--reviewer", "ann", db=db)
    assert accepted.returncode == 0 and "Agence France-Presse (listed), 2 statements" in accepted.stdout
    assert run("outlets", "reject", kurier, "--reviewer", "ann", db=db).returncode == 0
    assert run("outlets", "suggest", db=db).stdout == ""
    decided = run("outlets", "suggest", "--status", "all", db=db).stdout
    assert "[accepted by ann]" in decided and "[rejected by ann]" in decided
    twice = run("outlets", "reject", spelled, "--reviewer", "bob", db=db)
    assert twice.returncode == 2 and "already accepted" in twice.stderr
    edited = run("outlets", "edit", "the halden courier", "--country", "Norway", "--kind", "newspaper",
                 "--reviewer", "ann", db=db)  # fmt: skip
    assert edited.returncode == 0 and "Halden Courier" in edited.stdout and "Norway, newspaper" in edited.stdout
    kept = run("outlets", "edit", "Halden Courier", "--kind", "", "--reviewer", "ann", db=db)
    assert "; Norway; also the Halden Courier" in kept.stdout  # the country kept, the kind cleared
    assert "Halden Courier" in run("outlets", "list", "--country", "Norway", db=db).stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["merge", "Nowhere Gazette", "Kommersant", "--reviewer", "a"], "no outlet named 'Nowhere Gazette'"),
        (["merge", "1", "99999999999999999999999", "--reviewer", "a"], "no outlet with id 9999"),
        (["merge", "1", "1", "--reviewer", "a"], "with itself"),
        (["merge", "1", "", "--reviewer", "a"], "expected an outlet's id or name"),
        (["unmerge", "Kommersant", "--reviewer", "a"], "is not merged"),
        (["accept", "12345", "--reviewer", "a"], "no merge suggestion with id 12345"),
        (["edit", "Kommersant", "--kind", "blog", "--reviewer", "a"], "invalid choice"),
        (["list", "--order", "size"], "invalid choice"),
        (["list", "--limit", "0"], "--limit: expected a whole number from 1"),
    ],
)
def test_bad_requests_are_clear_errors(db: str, args: list[str], message: str) -> None:
    out = run("outlets", *args, db=db)
    assert out.returncode == 2 and message in out.stderr and not out.stdout


def test_help_shows_examples() -> None:
    out = run("outlets", "--help")
    assert out.returncode == 0 and "python -m attribution outlets merge" in out.stdout
