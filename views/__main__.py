"""`python -m views [streamlit run options]`: serve dashboard.py with what its pages need already loaded.

Streamlit imports a page's modules in the first session that runs it. At a million statements that made the first
visitor after a start wait ~0.8 s longer than the next ones (pandas, PyArrow, SQLAlchemy, the engine), and the first
chart ~1.5 s longer (Altair loads and compiles the Vega-Lite schema). Loading them here, before the server listens,
moves that cost to the start, as a preloading web server does.
"""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

import altair as alt
import pandas as pd
import pyarrow  # noqa: F401 - Streamlit's dataframe serialisation, imported on a first table otherwise
from sqlalchemy.exc import SQLAlchemyError
from streamlit.web import cli

from attribution.errors import AttributionError
from attribution.store import Store

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"


def warm_up() -> None:
    """Load what a first session would: one chart validated against the Vega-Lite schema, and the store opened
    once (its migration check imports Alembic). A store that cannot be opened is reported; the pages say so too."""
    # The pages' shared module (pandas, SQLAlchemy, the store, the engine). Outside a running server each cached
    # function warns "No runtime found" as it is defined; its storage is only picked at its first call, inside
    # the server, so here the warning is noise.
    caching_log = logging.getLogger("streamlit.runtime.caching.cache_data_api")
    level = caching_log.level
    caching_log.setLevel(logging.ERROR)
    try:
        import views.common  # noqa: F401
    finally:
        caching_log.setLevel(level)
    alt.Chart(pd.DataFrame({"value": ["a"], "statements": [1]})).mark_bar().encode(x="statements", y="value").to_dict()
    try:
        Store().close()
    except (AttributionError, SQLAlchemyError, OSError) as e:
        print(f"warning: {e}", file=sys.stderr)


def main(argv: list[str]) -> int:
    warm_up()
    # What is loaded now lives as long as the server. Out of the collector's sight, it is no longer rescanned by
    # each full collection during page runs: at 1M statements, 8 sessions changing filters cost the server 43 ms
    # of CPU per page run instead of 106-128 (`streamlit run` without the preloading), p50 0.29 s instead of 0.7-0.9.
    gc.freeze()
    sys.argv = ["streamlit", "run", str(DASHBOARD), *argv]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
