"""Rows handed to the database driver in bulk, as SQLAlchemy would bind them but without its per-row work."""

from __future__ import annotations

import json

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
    if dialect.name == "postgresql":
        as_json = {c.name for c in table.c if isinstance(c.type, JSON)}
        convert = [(lambda v: None if v is None else json.dumps(v)) if c in as_json else None for c in names]
        sql = f"COPY {table.name} ({quoted}) FROM STDIN"
    else:
        convert = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in names]
        sql = f"INSERT INTO {table.name} ({quoted}) VALUES ({', '.join('?' for _ in columns)})"
    values = ([f(row[c]) if f else row[c] for f, c in zip(convert, names, strict=True)] for row in rows)
    if ids is not None:
        values = ([i, *v] for i, v in zip(ids, values, strict=True))
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
