"""A new store is made at once (store/fresh.py) and stamped, not migrated step by step: it must equal a store the
migrations built from an empty database, on SQLite and on the test PostgreSQL server."""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from attribution import Article
from attribution.store import MIGRATIONS, Store
from attribution.store import schema as store_schema

_names = itertools.count()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_pair(request: pytest.FixtureRequest, tmp_path) -> Iterator[tuple[str, str]]:
    """Two empty databases of one kind: one for a new Store, one for the migrations."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'new.db'}", f"sqlite:///{tmp_path / 'migrated.db'}"
        return
    from pytest_postgresql.janitor import DatabaseJanitor

    server = request.getfixturevalue("postgres_server")
    names = [f"empty_{os.getpid()}_{next(_names)}" for _ in range(2)]
    janitors = [DatabaseJanitor(user=server.user, host=server.host, port=server.port, dbname=n) for n in names]
    for janitor in janitors:
        janitor.init()  # no template: an empty database, as a user creates one
    try:
        yield server.url(names[0]), server.url(names[1])
    finally:
        for janitor in janitors:
            janitor.drop()


def _config(conn) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def _migrate(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            command.upgrade(_config(conn), "head")
    finally:
        engine.dispose()


def _words(sql: str | None) -> str | None:
    return re.sub(r"\s+", " ", sql).strip() if sql else sql


def _all(conn, sql: str) -> list:
    return conn.execute(text(sql)).all()


_SQLITE_OBJECTS = (
    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' OR sql LIKE 'CREATE VIRTUAL%' "
    "OR (type = 'index' AND sql IS NOT NULL) ORDER BY name"
)
_POSTGRESQL_OBJECTS = {
    "triggers": "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname",
    "functions": "SELECT proname, pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
    "p.pronamespace WHERE n.nspname = 'public' AND p.prokind = 'f' ORDER BY 1, 2",
    "extensions": "SELECT extname FROM pg_extension ORDER BY 1",
    "indexes": "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1",
    "sequences": "SELECT sequencename, start_value, increment_by FROM pg_sequences WHERE schemaname = 'public' "
    "ORDER BY 1",
}


def _table(found, conn, t: str) -> dict:
    foreign = [
        (fk["name"] or "", fk["constrained_columns"], fk["referred_table"], fk["referred_columns"],
         sorted(fk["options"].items()))
        for fk in found.get_foreign_keys(t)
    ]  # fmt: skip
    return {
        # by name: a column a migration added comes last in its table, in schema.py's order in a new one
        "columns": sorted(
            (c["name"], str(c["type"]), c["nullable"], _words(c.get("default"))) for c in found.get_columns(t)
        ),
        "primary key": found.get_pk_constraint(t)["constrained_columns"],
        "foreign keys": sorted(foreign),
        "indexes": sorted((ix["name"], ix["column_names"], ix["unique"]) for ix in found.get_indexes(t)),
        "unique": sorted((u["name"] or "", u["column_names"]) for u in found.get_unique_constraints(t)),
        "checks": sorted(_words(c["sqltext"]) for c in found.get_check_constraints(t)),
        "rows": sorted(map(repr, _all(conn, f'SELECT * FROM "{t}"'))),
    }


def _schema(url: str) -> dict:
    """Everything a store's schema holds, in a comparable form: each table's columns, keys, indexes, constraints
    and rows (the migrations seed some); SQLite's triggers, virtual tables and indexes' SQL, PostgreSQL's triggers,
    functions, extensions, index definitions (the search indexes are expressions SQLAlchemy does not reflect) and
    sequences."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            found = inspect(conn)
            out: dict = {t: _table(found, conn, t) for t in found.get_table_names()}
            if conn.dialect.name == "sqlite":
                out["objects"] = _all(conn, _SQLITE_OBJECTS)
            else:
                out["objects"] = {name: _all(conn, sql) for name, sql in _POSTGRESQL_OBJECTS.items()}
            return out
    finally:
        engine.dispose()


def test_a_new_store_equals_one_the_migrations_built(empty_pair: tuple[str, str]) -> None:
    new, migrated = empty_pair
    Store(new).close()
    _migrate(migrated)
    expected, got = _schema(migrated), _schema(new)
    assert len(expected) > 20 and expected["alembic_version"]["rows"] and expected["objects"]
    for name in sorted(expected.keys() | got.keys()):
        assert got.get(name) == expected.get(name), name
    engine = create_engine(migrated)
    try:
        with engine.connect() as conn:  # and the migrations still build exactly schema.py
            context = MigrationContext.configure(conn, opts={"include_name": store_schema.include_name})
            assert compare_metadata(context, store_schema.metadata) == []
    finally:
        engine.dispose()


def test_a_new_store_is_not_migrated_step_by_step(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("a new store ran the migrations")

    monkeypatch.setattr(command, "upgrade", refuse)
    with Store(sqlite_url) as store:
        store.ingest([Article("a1", 'Minister Anna Berg said: "The talks resume on Monday."')])
        assert store.count_statements() == 1
    engine = create_engine(sqlite_url)
    try:
        with engine.connect() as conn:
            head = ScriptDirectory.from_config(_config(conn)).get_current_head()
            assert MigrationContext.configure(conn).get_current_revision() == head
    finally:
        engine.dispose()
