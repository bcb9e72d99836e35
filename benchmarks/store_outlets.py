"""What outlet merges cost the store's reads: the Outlets page's list, the outlet filter's count (one outlet with a
variant merged in, and the plain column test it replaced), the outlet chart and a page of statements, on a
synthetic store (benchmarks/store_synthetic.py). Medians of REPEATS runs, in ms; prints JSON.

    python -m benchmarks.store_outlets --statements 200000 [--db postgresql://…]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from attribution.store import StatementFilter, Store
from attribution.store.schema import statements
from benchmarks.store_synthetic import OUTLETS, fill

REPEATS = 7


def timed(call) -> float:
    runs = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        call()
        runs.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(runs), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--statements", type=int, default=200_000)
    parser.add_argument("--db", help="a store URL to fill (default: a new SQLite file)")
    args = parser.parse_args()
    url = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'quotes.db'}"
    fill(url, args.statements)
    with Store(url) as store:
        store.refresh_outlet_suggestions()  # registers the outlets the filler wrote without rows
        keep, variant = OUTLETS[0], OUTLETS[1]
        store.merge_outlets(store.outlet_id(keep), store.outlet_id(variant), "bench")
        merged = StatementFilter(outlets=(keep,), speech=True)

        def plain() -> int:  # the same statements by the column alone, both names given (as before merges existed)
            with store.engine.connect() as conn:
                names = statements.c.outlet.in_((keep, variant))
                where = (names, statements.c.retired.is_(False), statements.c.speech.is_(True))
                return conn.execute(select(func.count()).where(*where)).scalar_one()

        result = {
            "dialect": store.dialect,
            "statements": args.statements,
            "outlets_page_ms": timed(lambda: store.outlets(limit=50)),
            "outlets_count_ms": timed(store.count_outlets),
            "outlet_filter_count_ms": timed(lambda: store.count_statements(merged)),
            "plain_column_count_ms": timed(plain),
            "outlet_chart_ms": timed(lambda: store.facet_counts(StatementFilter(speech=True), "outlet")),
            "statements_page_ms": timed(lambda: store.statements(merged, limit=50)),
            "merged_statements": store.count_statements(merged),
        }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
