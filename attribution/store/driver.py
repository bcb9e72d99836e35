"""Rows handed to the database driver in bulk, as SQLAlchemy would bind them but without its per-row work."""

from __future__ import annotations

import json
from functools import lru_cache
from operator import itemgetter

from sqlalchemy import JSON, Connection, Table
from sqlalchemy.exc import DBAPIError


def write_rows(conn: Connection, table: Table, rows: list[dict], ids: list[int] | None = None) -> None:
    """Insert rows (each with the keys of the first; `ids`, when given, go to the id column) in one round trip,
    reading nothing back: COPY on PostgreSQL; on SQLite one executemany of the driver's cursor, each value through
    its column type's own conversion (SQLAlchemy's executemany, with RETURNING a statement a row, spent more time
    building each row's parameters than SQLite spent inserting it). Server defaults fill the columns left out."""
    if not rows:
        return
    names = list(rows[0])
    columns = ["id", *names] if ids is not None else names
    quoted = ", ".join(f'"{c}"' for c in columns)  # "end" is a reserved word
    dialect, dbapi = conn.dialect, conn.dialect.loaded_dbapi
    cursor = conn.connection.driver_connection.cursor()
    as_json = {c.name for c in table.c if isinstance(c.type, JSON)}
    if dialect.name == "postgresql":
        convert = [(lambda v: None if v is None else to_json(v)) if c in as_json else None for c in names]
        sql = f"COPY {table.name} ({quoted}) FROM STDIN"
    else:  # SQLAlchemy's JSON type on SQLite writes None as 'null', as to_json does
        convert = [to_json if c in as_json else table.c[c].type.dialect_impl(dialect).bind_processor(dialect)
                   for c in names]  # fmt: skip
        sql = f"INSERT INTO {table.name} ({quoted}) VALUES ({', '.join('?' for _ in columns)})"
    # Column by column, each taken from the rows and converted by map() in C: a row's list built in Python, value
    # by value, cost more than SQLite's insert of a statement's row (its ten indexes and all).
    data = [list(map(itemgetter(c), rows)) for c in names]  # a row without one of the names: KeyError, as before
    data = [list(map(f, column)) if f else column for f, column in zip(convert, data, strict=True)]
    if ids is not None:
        if len(ids) != len(rows):
            raise ValueError(f"one id a row expected, got {len(ids)} ids for {len(rows)} rows")
        data.insert(0, ids)
    values = zip(*data, strict=True)
    try:
        if dialect.name == "postgresql":
            with cursor.copy(sql) as copy:
                for row in values:
                    copy.write_row(row)
        else:
            cursor.executemany(sql, values)
    except dbapi.Error as e:  # as SQLAlchemy would raise it (IntegrityError for a key taken meanwhile)
        raise DBAPIError.instance(sql, None, e, dbapi.Error) from e
    finally:
        cursor.close()


def to_json(value) -> str:
    """json.dumps(value), as SQLAlchemy's JSON type writes it; the values rows hold most are written without the
    encoder's set-up for each value (which cost more than the writing: three values a statement): a list of
    [int, int] pairs (spans) and a list of strings (check-worthiness reasons, evidence addresses), remembered."""
    if type(value) is list:
        if not value:
            return "[]"
        if all(type(p) is list and len(p) == 2 and type(p[0]) is int and type(p[1]) is int for p in value):
            return "[" + ", ".join([f"[{a}, {b}]" for a, b in value]) + "]"
        if all(type(v) is str for v in value):
            return _strings_json(tuple(value))
    return json.dumps(value)


@lru_cache(maxsize=4096)
def _strings_json(values: tuple[str, ...]) -> str:
    return json.dumps(values)
