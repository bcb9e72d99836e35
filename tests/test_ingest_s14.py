"""Ingest's rows, built and written faster (session 14): write_rows takes the rows column by column (each value stays
with its row, on SQLite and PostgreSQL), and a statement's row reads each span once (an offset of 0 is kept, an empty
span counts as none, as before)."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from attribution.models import Article, Kind, Span, Statement
from attribution.store import Store
from attribution.store.ingest import Extracted, _statement_rows, insert_rows
from attribution.store.schema import articles, statements
from tests.test_store_bulk_rows import STATEMENT_CASES, _article, _read, _statement


def test_rows_of_different_values_keep_each_value_with_its_row(store_url: str) -> None:
    """One write of rows that differ in every column the cases vary (JSON lists and None, booleans, spans, names):
    each row reads back as SQLAlchemy's insert of that row alone stores it."""
    with Store(store_url) as store, store.engine.begin() as conn:
        (article,) = insert_rows(conn, articles, [_article("a")])
        cases = list(STATEMENT_CASES.values())
        given = [conn.execute(insert(statements).returning(statements.c.id), [_statement(article, f"g{i}", **v)])
                 .scalar_one() for i, v in enumerate(cases)]  # fmt: skip
        fast = insert_rows(conn, statements, [_statement(article, f"f{i}", **v) for i, v in enumerate(cases)])
        assert _read(conn, statements, fast) == _read(conn, statements, given)
        assert len({str(r) for r in _read(conn, statements, fast)}) == len(cases)  # the cases do differ


@pytest.mark.parametrize(
    ("ids", "rows", "error"),
    [
        ([1], 2, ValueError),  # fewer ids than rows
        ([1, 2, 3], 2, ValueError),  # more
        (None, "a row without a column", KeyError),
    ],
)
def test_rows_that_do_not_fit_are_refused_before_anything_is_written(store_url: str, ids, rows, error) -> None:
    from attribution.store.driver import write_rows

    with Store(store_url) as store, store.engine.connect() as conn, conn.begin():
        (article,) = insert_rows(conn, articles, [_article("a")])
        given = [_statement(article, "s1"), _statement(article, "s2")]
        if rows == "a row without a column":
            given[1].pop("text")
        with pytest.raises(error):
            write_rows(conn, statements, given, [i + 1000 for i in ids] if ids else None)
        assert conn.execute(select(statements.c.id)).all() == []


TEXT = "Mara Velk said the ferry would run. An aide added nothing."


@pytest.mark.parametrize(
    ("speaker_span", "cue_span", "expected"),
    [
        (
            Span(0, 9),
            Span(10, 14),
            dict(speaker_start=0, speaker_end=9, speaker_mention="Mara Velk", cue_start=10, cue_end=14),
        ),
        (None, None, dict(speaker_start=None, speaker_end=None, speaker_mention=None, cue_start=None, cue_end=None)),
        (
            Span(5, 5),
            Span(0, 0),
            dict(speaker_start=None, speaker_end=None, speaker_mention=None, cue_start=None, cue_end=None),
        ),  # empty spans count as none
        (
            Span(36, 43),
            Span(44, 49),
            dict(speaker_start=36, speaker_end=43, speaker_mention="An aide", cue_start=44, cue_end=49),
        ),
    ],
)
def test_a_statements_row_reads_its_spans(speaker_span, cue_span, expected: dict) -> None:
    article = Article("a1", TEXT)
    s = Statement("a1", (Span(15, 34), Span(36, 38)), "the ferry would run … An", Kind.INDIRECT, speaker="Mara Velk",
                  speaker_span=speaker_span, anonymous=True, cue="said", cue_span=cue_span, confidence=0.75,
                  speech=False)  # fmt: skip
    found = Extracted((s,), ((),), ((0.5, ("number",)),), 0, None, keys=("k1",))
    (row,) = _statement_rows(None, 7, article, found, linker=None, lex=None)  # anonymous, no outlet: no look-ups
    assert row == dict(article_id=7, key="k1", position=0, start=15, end=38, spans=[[15, 34], [36, 38]],
                       text="the ferry would run … An", kind="indirect", speaker="Mara Velk", anonymous=True,
                       role=None, affiliation=None, country=None, outlet=None, cue="said", confidence=0.75,
                       speech=False, speaker_id=None, check_score=0.5, check_reasons=["number"], retired=False,
                       **expected)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ('The mayor said the bridge would open in May. "We are ready," she added.', False),  # function words
        ("Der Bürgermeister sagte am Montag, dass die neue Brücke im Mai eröffnet werde. " * 4, True),
        ("Le maire a déclaré lundi que le nouveau pont ouvrirait en mai prochain. " * 4, True),
        ("Мэр заявил в понедельник, что мост откроют в мае.", False),  # short: the script tells it
        ("Brücke Montag", False),  # too few letters: no language
        ("", False),
    ],
)
def test_needs_model_says_when_detect_asks_the_model(text: str, needs: bool, monkeypatch) -> None:
    """What an ingest decides from whether to load the language model before forking its workers."""
    from attribution import language

    asked = []
    real = language.ready
    monkeypatch.setattr(language, "ready", lambda: (asked.append(True), real()))
    assert language.needs_model(text) is needs
    language.detect(text)
    assert bool(asked) is needs
