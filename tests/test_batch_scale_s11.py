"""Corpus scale, session 11: the statements' Parquet columns built from tuples, and the quiet LocalCluster."""

from __future__ import annotations

import pytest

from attribution import batch, export
from attribution.models import Kind, Span, Statement

QUOTE = Statement(
    article_id="a1", spans=(Span(0, 20), Span(40, 61)), text='"We will," she said "not yet."', kind=Kind.DIRECT,
    speaker="Anna Berg", speaker_span=Span(22, 31), role="Foreign Minister", affiliation="Government",
    country="Norvania", outlet="Radio Meridian", cue="said", cue_span=Span(32, 36), confidence=0.9,
)  # fmt: skip
UNNAMED = Statement(article_id="a2", spans=(Span(5, 9),), text="soon", kind=Kind.INDIRECT, anonymous=True,
                    speech=False)  # fmt: skip


@pytest.mark.parametrize("statement", [QUOTE, UNNAMED], ids=["named, two spans, cue", "unnamed, no spans"])
def test_statement_record_is_the_extract_jsonl_record(statement: Statement) -> None:
    record = export.statement_record(statement)
    speaker, cue = statement.speaker_span, statement.cue_span
    assert record == {
        "article": statement.article_id, "start": statement.spans[0].start, "end": statement.spans[-1].end,
        "spans": [[s.start, s.end] for s in statement.spans], "kind": statement.kind.value,
        "speaker": statement.speaker, "speaker_start": speaker and speaker.start,
        "speaker_end": speaker and speaker.end,
        "anonymous": statement.anonymous, "role": statement.role, "affiliation": statement.affiliation,
        "country": statement.country, "outlet": statement.outlet, "cue": statement.cue,
        "cue_start": cue and cue.start, "cue_end": cue and cue.end, "confidence": statement.confidence,
        "speech": statement.speech, "text": statement.text,
    }  # fmt: skip
    assert list(record) == list(export.FIELDS)


def _row_dict(s: Statement, position: int, topics: tuple[str, ...], score: float | None, reasons: tuple) -> dict:
    check = {"check_score": score, "check_reasons": list(reasons) if score is not None else None}
    return export.statement_record(s) | {"position": position, "topics": list(topics), **check}


@pytest.mark.parametrize(
    "rows",
    [
        [(QUOTE, 0, ("diplomacy", "economy"), 0.75, ("number", "claim verb")), (UNNAMED, 1, (), None, ())],
        [(UNNAMED, 3, ("energy",), 0.0, ())],
        [],
    ],
    ids=["two statements", "one without reasons", "none"],
)
def test_statement_columns_equal_a_table_of_dict_rows(rows: list) -> None:
    import pyarrow as pa

    schema = batch.statement_schema()
    assert tuple(schema.names) == export.FIELDS + batch.STATEMENT_EXTRA
    tuples = [
        (*export.statement_values(s), position, list(topics), score, list(reasons) if score is not None else None)
        for s, position, topics, score, reasons in rows
    ]
    got = batch._columns(tuples, schema)
    assert got.schema == schema
    assert got.equals(pa.Table.from_pylist([_row_dict(*r) for r in rows], schema=schema))


def test_the_local_cluster_s_workers_run_without_the_chores_that_slow_the_engine() -> None:
    import dask
    from distributed import Client

    def worker_state(dask_worker) -> dict:  # Client.run passes the worker by this name
        return {"config": {k: dask.config.get(k) for k in batch.WORKER_CONFIG},
                "profiling": "profile" in dask_worker.periodic_callbacks,
                "threads": dask_worker.state.nthreads}  # fmt: skip

    with batch.local_cluster(1) as cluster, Client(cluster) as client:
        (state,) = client.run(worker_state).values()
    assert state == {"config": batch.WORKER_CONFIG, "profiling": False, "threads": 1}
