"""Rows handed to the database driver in bulk, as SQLAlchemy would bind them but without its per-row work."""

from __future__ import annotations

import json

from sqlalchemy import JSON, Boolean, Connection, Float, Integer, String, Table, insert


def executemany(conn: Connection, table: Table, rows: list[dict], ids: list[int] | None = None) -> None:
    """Insert rows (dicts with the same keys; `ids`: their ids, when given apart). On SQLite the values go to the
    driver as SQLAlchemy would bind them (JSON as json.dumps text, None included), without its per-row parameter
    processing (a third of the insert's time); a table with a column SQLAlchemy converts otherwise (dates) goes
    through SQLAlchemy."""
    if not rows:
        return
    columns = ["id", *rows[0]] if ids else list(rows[0])
    types = [table.c[c].type for c in columns]
    if conn.dialect.name != "sqlite" or not all(isinstance(t, _PLAIN) for t in types):
        conn.execute(insert(table), [dict(r, id=i) for i, r in zip(ids, rows, strict=True)] if ids else rows)
        return
    as_json = [i for i, t in enumerate(types) if isinstance(t, JSON)]
    values = [[i, *r.values()] for i, r in zip(ids, rows, strict=True)] if ids else [list(r.values()) for r in rows]
    for v in values:
        for i in as_json:
            v[i] = json.dumps(v[i])
    quoted = ", ".join(f'"{c}"' for c in columns)
    conn.exec_driver_sql(
        f"INSERT INTO {table.name} ({quoted}) VALUES ({', '.join('?' for _ in columns)})", [tuple(v) for v in values]
    )


_PLAIN = (Integer, String, Float, Boolean, JSON)  # the driver takes their Python values as SQLAlchemy binds them
