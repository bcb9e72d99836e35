from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from attribution.engine import lexicons
from attribution.store import Store
from attribution.store.schema import (
    claim_matches,
    group_links,
    misattribution_alerts,
    statement_group_members,
    statement_groups,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_44a803021078d49a.txt"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
# Team mode's roles file in the tests: the editors by a groups claim, a reviewer by e-mail, viewers by domain.
TEAM_ROLES = """
unknown = "refuse"

[editor]
groups = ["fc-editors"]

[reviewer]
emails = ["rita@desk.example.org"]

[viewer]
domains = ["desk.example.org"]
"""


@pytest.fixture(scope="session")
def lexicon() -> lexicons.Lexicon:
    return lexicons.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    with open(SEED, encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'quotes.db'}"


@pytest.fixture
def seeded_url(sqlite_url: str) -> str:
    """A fresh SQLite store holding the seed articles."""
    from attribution import readers

    with Store(sqlite_url) as store:
        store.ingest(readers.read_paths([SEEDS]).articles)
    return sqlite_url


# -- a real PostgreSQL server for the session -----------------------------------------------------------


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str
    template: str  # a database already migrated to the newest schema

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"


def _pg_bin() -> Path:
    if (PG_BIN / "pg_ctl").exists():
        return PG_BIN
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        pytest.fail(
            "PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin; "
            "install the Debian package postgresql (.ci/run does)"
        )
    return Path(found[-1]).parent


def _as_server_user() -> tuple[list[str], str | None]:
    """initdb and postgres refuse to run as root: as root, run them as the postgres (or nobody) user."""
    if os.geteuid() != 0:
        return [], None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return ["runuser", "-u", name, "--"], name
    pytest.fail("running as root, but there is neither a postgres nor a nobody user to run PostgreSQL as")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """initdb + pg_ctl start from the installed binaries, in a temporary folder; stopped at the end."""
    bindir = _pg_bin()
    prefix, user = _as_server_user()
    root = Path(tempfile.mkdtemp(prefix="attribution-pg-"))
    if user:
        info = pwd.getpwnam(user)
        os.chown(root, info.pw_uid, info.pw_gid)
    data, port = root / "data", _free_port()

    def run(*cmd: str) -> None:
        done = subprocess.run([*prefix, *cmd], capture_output=True, text=True, timeout=120, cwd=root)
        if done.returncode != 0:
            log = (root / "server.log").read_text() if (root / "server.log").exists() else ""
            pytest.fail(f"{' '.join(cmd)} failed:\n{done.stdout}\n{done.stderr}\n{log}")

    run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C",
        "--no-sync")  # fmt: skip
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "server.log"), "-w", "start")
    server = PostgresServer("127.0.0.1", port, "postgres", "attribution_template")
    try:
        from pytest_postgresql.janitor import DatabaseJanitor

        DatabaseJanitor(user=server.user, host=server.host, port=port, dbname=server.template).init()
        Store(server.url(server.template)).close()  # migrate once; each test copies the template
        yield server
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60, cwd=root)  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


_databases = itertools.count()


@contextmanager
def fresh_postgresql(server: PostgresServer) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database, dropped after the block."""
    from pytest_postgresql.janitor import DatabaseJanitor

    name = f"test_{os.getpid()}_{next(_databases)}"
    janitor = DatabaseJanitor(user=server.user, host=server.host, port=server.port, dbname=name,
                              template_dbname=server.template)  # fmt: skip
    with janitor:
        yield server.url(name)


@pytest.fixture
def postgresql_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for one test, dropped after it."""
    with fresh_postgresql(postgres_server) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest) -> str:
    """The same test on a fresh SQLite file and on a fresh database of a real PostgreSQL server."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgresql_url")


def derived_aids(store: Store, decisions: bool = False) -> dict[str, set]:
    """Every row the aids derived, without surrogate keys: groups, members, alerts, open suggestions and claim
    matches (with decisions=True also a person's decided links, which no update may change)."""
    m, g, a, c, links = statement_group_members, statement_groups, misattribution_alerts, claim_matches, group_links
    link = (links.c.a_id, links.c.b_id, links.c.a_group_id, links.c.b_group_id, links.c.score)
    with store.engine.connect() as conn:
        out = {
            "groups": {(*r[:6], tuple(r.sources)) for r in conn.execute(
                select(g.c.id, g.c.canonical_id, g.c.size, g.c.wordings, g.c.speaker, g.c.source_count, g.c.sources))},
            "members": set(conn.execute(select(m.c.statement_id, m.c.group_id)).all()),
            "alerts": set(conn.execute(select(*[col for col in a.c if col.name != "id"])).all()),
            "suggestions": set(conn.execute(select(*link).where(links.c.status == "open")).all()),
            "claims": set(conn.execute(select(c)).all()),
        }  # fmt: skip
        if decisions:
            out["decisions"] = set(conn.execute(select(*link, links.c.status).where(links.c.status != "open")).all())
    return out


def count_calls(run: Callable[[], object]) -> tuple[int, object]:
    """How many Python functions `run` calls (a measure of work that does not depend on the machine's load), and
    what it returns."""
    count = 0

    def profile(frame, event, arg) -> None:
        nonlocal count
        count += event == "call"

    sys.setprofile(profile)
    try:
        result = run()
    finally:
        sys.setprofile(None)
    return count, result


# -- invented articles annotated by hand (tests/news_*/): shared by the files that hold their tables ------------------
ANY_SPEAKER = object()  # a speech act that must be found, its speaker not checked


def speech_acts_of(path: Path) -> tuple[str, list]:
    """An invented article's text and the speech acts the engine finds in it."""
    from attribution import extract

    text = path.read_text(encoding="utf-8")
    return text, [s for s in extract(text, path.stem) if s.speech]


def only_statement(text: str, fragment: str):
    """The one statement (speech act or not) of `text` whose content holds the fragment."""
    from attribution import extract

    found = [s for s in extract(text, "t") if fragment in s.text]
    assert len(found) == 1, [(s.text, s.speaker) for s in extract(text, "t")]
    return found[0]


def speech_texts(text: str) -> list[str]:
    """The contents of the speech acts the engine finds in `text`."""
    from attribution import extract

    return [s.text for s in extract(text, "t") if s.speech]


def strict_xfail(table: dict, key: object) -> list:
    """The strict xfail mark of a known miss (its reason in `table`), or none."""
    return [pytest.mark.xfail(strict=True, reason=table[key])] if key in table else []


def check_found_once(found: list, fragment: str, speaker: object) -> None:
    """One speech act holds the fragment, spoken by `speaker` (unless ANY_SPEAKER)."""
    found = [s for s in found if fragment in s.text]
    assert len(found) == 1
    if speaker is not ANY_SPEAKER:
        assert found[0].speaker == speaker


def check_nothing_else(found: list, fragments: list[str]) -> None:
    """No speech act but those the table lists (or marks optional) is found."""
    assert [s.text for s in found if not any(f in s.text for f in fragments)] == []


def article_rows(tables: dict, column: int, known: dict, skip: dict | None = None) -> list:
    """The params (article, fragment, the row's `column`: 1 the speaker, 2 the mention) of every statement of the
    tables, each known miss in `known` marked as a strict xfail, those in `skip` left out."""
    return [
        pytest.param(article, row[0], row[column], id=f"{article}:{row[0][:30]}",
                     marks=strict_xfail(known, (article, row[0])))
        for article, rows in tables.items()
        for row in rows
        if skip is None or (article, row[0]) not in skip
    ]  # fmt: skip


def check_mention(text: str, found: list, fragment: str, mention: str) -> str:
    """The speech act holding the fragment has a mention, the annotated one or within it (or around it); returned."""
    (s,) = [s for s in found if fragment in s.text]
    assert s.speaker_span is not None
    got = text[s.speaker_span.start : s.speaker_span.end]
    assert mention in got or got in mention, got
    return got


@dataclass(frozen=True)
class ArticleBatch:
    """A batch of invented articles and their hand annotations, read the same way by each batch's tests: `table`
    maps an article to its statements (fragment, speaker's full name, the mention); the dicts hold the known misses
    (key → reason, each test's rows marked as strict xfails), `unnamed` the statements of unnamed sources, `optional`
    the fragments an article may or may not yield."""

    folder: Path
    table: dict[str, list[tuple]]
    missed: dict = field(default_factory=dict)  # not found at all
    wrong_name: dict = field(default_factory=dict)
    wrong_mention: dict = field(default_factory=dict)
    unnamed: frozenset = frozenset()
    unflagged: dict = field(default_factory=dict)  # unnamed sources not flagged
    extra: dict = field(default_factory=dict)  # articles yielding a statement no one made
    optional: dict = field(default_factory=dict)

    def speech_acts(self, article: str) -> tuple[str, list]:
        return speech_acts_of(self.folder / f"{article}.txt")

    def statement_params(self) -> list:
        return article_rows(self.table, 1, {**self.missed, **self.wrong_name})

    def mention_params(self) -> list:
        return article_rows(self.table, 2, self.wrong_mention, skip=self.missed)

    def unnamed_params(self) -> list:
        return [
            pytest.param(*key, id=f"{key[0]}:{key[1][:30]}", marks=strict_xfail(self.unflagged, key))
            for key in sorted(self.unnamed)
        ]

    def article_params(self) -> list:
        return [pytest.param(a, marks=strict_xfail(self.extra, a)) for a in self.table]

    def check_statement(self, article: str, fragment: str, speaker: object) -> None:
        check_found_once(self.speech_acts(article)[1], fragment, speaker)

    def check_mention(self, article: str, fragment: str, mention: str) -> None:
        """The output mention is the one the cue's subject is written with."""
        check_mention(*self.speech_acts(article), fragment, mention)

    def statement(self, article: str, fragment: str):
        """The one speech act of the article holding the fragment."""
        (s,) = [s for s in self.speech_acts(article)[1] if fragment in s.text]
        return s

    def check_nothing_else(self, article: str) -> None:
        check_nothing_else(
            self.speech_acts(article)[1], [row[0] for row in self.table[article]] + self.optional.get(article, [])
        )
