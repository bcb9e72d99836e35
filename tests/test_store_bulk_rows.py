"""write_rows (store/driver.py): the bulk loader's and ingest's fast insert (COPY on PostgreSQL, the driver's
executemany on SQLite) stores what SQLAlchemy's insert() stores, read back the same on both databases; and a load
leaves the garbage collector as it found it."""

from __future__ import annotations

import gc
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from attribution.store import Store, bulk
from attribution.store.driver import write_rows
from attribution.store.ingest import insert_rows
from attribution.store.schema import articles, reviews, statement_topics, statements

AT = datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=UTC)


def _article(key: str, **values) -> dict:
    row = dict(key=key, title="Talks", publisher="Harbour Gazette", published=date(2025, 2, 3), url=None,
               language="en", text="Body.", content_hash="h" + key, engine="e", fingerprint=-(2**62), wire=None,
               ingested_at=AT, added_by=None)  # fmt: skip
    return row | values


def _statement(article_id: int, key: str, **values) -> dict:
    row = dict(article_id=article_id, key=key, position=0, start=0, end=5, spans=[[0, 2], [3, 5]], text="Words.",
               kind="direct", speaker="Tavo Relkin", speaker_start=None, speaker_end=None, anonymous=False,
               role=None, affiliation=None, country=None, outlet=None, cue="said", cue_start=7, cue_end=11,
               confidence=0.9, speech=True, speaker_id=None, speaker_mention=None, check_score=None,
               check_reasons=None, retired=False)  # fmt: skip
    return row | values


ARTICLE_CASES = {
    "plain": {},
    "no date, a url": {"published": None, "url": "https://news.example.org/1"},
    "text with quotes, tab, newline, backslash": {"text": "“Yes,” she said.\tNext\nline \\N end"},
    "wire and a positive fingerprint": {"wire": "Lantern Wire", "fingerprint": 2**62},
}
STATEMENT_CASES = {
    "plain": {},
    "check reasons": {"check_score": 0.75, "check_reasons": ["number", "comparison"]},
    "empty reasons": {"check_score": 0.0, "check_reasons": []},
    "speaker span, unicode": {"speaker": "Ysolde Ø’Brien", "speaker_start": 1, "speaker_end": 9, "role": "spokeswoman"},
    "retired, not a speech act": {"retired": True, "speech": False, "anonymous": True, "speaker": None},
    "one span": {"spans": [[4, 40]], "outlet": "Radio Meridian"},
}


def _read(conn, table, ids: list[int]) -> list[dict]:
    rows = conn.execute(select(table).where(table.c.id.in_(ids)).order_by(table.c.id)).mappings().all()
    return [{k: v for k, v in r.items() if k not in ("id", "key", "article_id", "content_hash")} for r in rows]


@pytest.mark.parametrize("case", ARTICLE_CASES)
def test_articles_read_back_as_insert_stores_them(store_url: str, case: str) -> None:
    with Store(store_url) as store, store.engine.begin() as conn:
        given = conn.execute(insert(articles).returning(articles.c.id), [_article("a", **ARTICLE_CASES[case])])
        fast = insert_rows(conn, articles, [_article("b", **ARTICLE_CASES[case])])
        assert _read(conn, articles, fast) == _read(conn, articles, [given.scalar_one()])


@pytest.mark.parametrize("case", STATEMENT_CASES)
def test_statements_read_back_as_insert_stores_them(store_url: str, case: str) -> None:
    with Store(store_url) as store, store.engine.begin() as conn:
        (article,) = insert_rows(conn, articles, [_article("a")])
        values = STATEMENT_CASES[case]
        given = conn.execute(insert(statements).returning(statements.c.id), [_statement(article, "s1", **values)])
        fast = insert_rows(conn, statements, [_statement(article, "s2", **values), _statement(article, "s3", **values)])
        assert fast == [fast[0], fast[0] + 1]
        expected = _read(conn, statements, [given.scalar_one()])
        assert _read(conn, statements, fast) == expected * 2


def test_server_defaults_fill_the_columns_left_out(store_url: str) -> None:
    with Store(store_url) as store, store.engine.begin() as conn:
        (article,) = insert_rows(conn, articles, [_article("a")])
        ids = insert_rows(conn, statements, [_statement(article, "s1"), _statement(article, "s2")])
        write_rows(conn, reviews, [{"statement_id": i, "evidence_urls": []} for i in ids])
        write_rows(conn, statement_topics, [{"statement_id": ids[0], "topic": "energy"}])
        write_rows(conn, statement_topics, [])  # nothing to write: no round trip, no error
        got = conn.execute(select(reviews.c.workflow, reviews.c.version, reviews.c.note, reviews.c.evidence_urls,
                                  reviews.c.verdict).order_by(reviews.c.statement_id)).all()  # fmt: skip
        assert got == [("unstarted", 0, "", [], None)] * 2
        assert conn.execute(select(statement_topics.c.topic)).scalars().all() == ["energy"]


@pytest.mark.parametrize("table", ["articles", "statements"])
def test_a_key_taken_raises_integrity_error(store_url: str, table: str) -> None:
    """What _write_new catches to fall back to one article at a time (an ingest beside it stored the same)."""
    with Store(store_url) as store, store.engine.connect() as conn, conn.begin():
        (article,) = insert_rows(conn, articles, [_article("a")])
        rows = {"articles": (articles, [_article("a")]), "statements": (statements, [_statement(article, "s")] * 2)}
        with pytest.raises(IntegrityError), conn.begin_nested():
            insert_rows(conn, *rows[table])


@pytest.mark.parametrize("fails", [False, True])
def test_a_load_collects_garbage_less_often_and_restores_the_threshold(monkeypatch, fails: bool) -> None:
    before = gc.get_threshold()
    seen = []

    def load():
        with bulk.fewer_collections():
            seen.append(gc.get_threshold()[0])
            if fails:
                raise OSError("disk full")

    if fails:
        with pytest.raises(OSError):
            load()
    else:
        load()
    assert seen == [bulk.GC_THRESHOLD] and gc.get_threshold() == before
