"""Streamlit dashboard over the quote store. Run with `make run`; it reads the store through `attribution`."""

from __future__ import annotations

import math

import altair as alt
import pandas as pd
import streamlit as st

from attribution.store import StatementFilter, Store, database_url

PAGE_SIZE = 50
TABLE_COLUMNS = ["text", "speaker", "role", "affiliation", "outlet", "kind", "publisher", "published", "article"]


@st.cache_resource
def open_store(url: str) -> Store:
    return Store(url)


def quotes_page(store: Store) -> None:
    st.title("Quotes")
    if store.is_empty():
        st.info(
            "The store holds no articles yet. Add some with "
            "`python -m attribution ingest PATH…` (txt, jsonl or html files or folders), then reload."
        )
        return

    speakers = st.sidebar.multiselect("Speaker", store.speakers(), key="speaker", placeholder="All speakers")
    flt = StatementFilter(speakers=tuple(speakers))
    total = store.count_statements(flt)
    st.metric("Statements", total)

    counts = pd.DataFrame(store.speaker_counts(flt), columns=["speaker", "statements"])
    if not counts.empty:
        chart = (
            alt.Chart(counts.head(30), title="Statements per speaker")
            .mark_bar()
            .encode(
                x=alt.X("statements:Q", title="statements"),
                y=alt.Y("speaker:N", sort="-x", title=None),
                tooltip=["speaker", "statements"],
            )
        )
        st.altair_chart(chart, use_container_width=True)

    pages = max(1, math.ceil(total / PAGE_SIZE))
    page = st.number_input("Page", min_value=1, max_value=pages, value=1, step=1, key="page") if pages > 1 else 1
    rows = pd.DataFrame(store.statements(flt, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE))
    st.caption(f"Page {page} of {pages}")
    if rows.empty:
        st.write("No statements match the filters.")
        return
    st.dataframe(
        rows[TABLE_COLUMNS],
        hide_index=True,
        use_container_width=True,
        column_config={"text": st.column_config.TextColumn("statement", width="large")},
        key="statements",
    )


def main() -> None:
    st.set_page_config(page_title="Quote attribution", layout="wide")
    quotes_page(open_store(database_url()))


main()
