"""Compare positions: what two or more speakers (or affiliations) said on a topic or phrase, side by side in
time order, and a speaker × topic grid of counts whose cells open their statements.
"""

from __future__ import annotations

from dataclasses import replace

import altair as alt
import pandas as pd
import streamlit as st

from attribution import render
from attribution import topics as topic_data
from attribution.store import StatementFilter
from views import common as c

BY = {"speaker": "Speakers", "affiliation": "Affiliations"}
ATTR = {"speaker": "speakers", "affiliation": "affiliations"}
PER_COLUMN = 30
MAX_COMPARED = 6
GRID_ROWS = 15
CELL = ["open", "statement", "speaker", "outlet", "publisher", "date", "verdict"]


def pick_cell() -> None:
    """A click on a grid cell opens that cell's statements below."""
    picked = st.session_state["cmp_grid"].selection.get("cell") or []
    if picked:
        st.session_state["cmp_cell_row"] = picked[0].get("row")
        st.session_state["cmp_cell_topic"] = picked[0].get("topic")


def seed_from_url() -> None:
    """A shared link opens the same comparison (once per session; widgets own the state afterwards)."""
    if st.session_state.get("cmp_seeded"):
        return
    q = st.query_params
    if q.get("by") in BY:
        st.session_state["cmp_by"] = q["by"]
    if who := q.get_all("who"):
        st.session_state["cmp_who"] = who
    st.session_state["cmp_topic"] = q.get("topic", "")
    st.session_state["cmp_phrase"] = q.get("phrase", "")
    st.session_state["cmp_seeded"] = True


def statement_card(s) -> None:
    with st.container(border=True):
        where = c.md(s.outlet or s.publisher or "unknown outlet")
        when = f"{s.published:%Y-%m-%d}" if s.published else "undated"
        verdict = f" · **{c.vocab_label(s.verdict)}**" if s.verdict else ""
        st.caption(f"{when} · {where}{verdict}")
        st.html(render.quote_html(s.text))
        st.page_link(c.ARTICLES_PAGE, label="in its article", icon=":material/article:",
                     query_params={"article": str(s.article_id), "statement": str(s.id)})  # fmt: skip


st.title("Compare positions")
c.require_articles()
seed_from_url()
store, u, ss = c.store(), c.url(), st.session_state

by = st.segmented_control("Compare", list(BY), format_func=BY.get, key="cmp_by", default="speaker") or "speaker"
chosen = ss.get("cmp_who", [])
options = c.facet_values(u, by)
options = options + [w for w in chosen if w not in options]
top, mid, low = st.columns([3, 1, 1])
who = top.multiselect(f"{BY[by]} to compare (two or more)", options, key="cmp_who", max_selections=MAX_COMPARED)
known_topics = [t.name for t in topic_data.topics()]
topic_options = ["", *known_topics, *(t for t in c.facet_values(u, "topic") if t not in known_topics)]
topic = mid.selectbox("Topic", topic_options, key="cmp_topic", format_func=lambda t: t or "any topic")
phrase = low.text_input("or a phrase", key="cmp_phrase", placeholder="e.g. security guarantees").strip()
speech = c.speech_toggle(st, "cmp_speech_all")
c.sync_url({"by": by, "who": list(who), "topic": topic, "phrase": phrase, "speech": c.speech_param(speech)})

base = StatementFilter(topics=(topic,) if topic else (), text=phrase, speech=speech)
if len(who) < 2:
    st.info(f"Pick at least two {BY[by].lower()} to see their statements side by side.")
else:
    filters = [replace(base, **{ATTR[by]: (name,)}) for name in who]

    def counted_page(f: StatementFilter) -> tuple[int, list]:
        n = c.count(u, f)  # first: how many match tells the store how to read the page (Store.statements)
        return n, store.statements(f, limit=PER_COLUMN, order="published_asc", matching=n)

    found = c.parallel(*(lambda f=f: counted_page(f) for f in filters))
    for column, name, (n, stmts) in zip(st.columns(len(who)), who, found, strict=True):
        with column:
            st.markdown(f"#### {c.md(name)}")
            st.caption(f"{n:,} statements" + (f", the first {PER_COLUMN} shown" if n > PER_COLUMN else ""))
            for s in stmts:
                statement_card(s)

st.subheader(f"{BY[by][:-1]} × topic")
rows = list(who) or [v for v, _ in c.facet_counts(u, replace(base, topics=()), by, limit=GRID_ROWS) if v]
grid_flt = replace(base, topics=(), **{ATTR[by]: tuple(rows)})
grid = pd.DataFrame(store.topic_grid(grid_flt, by=by, topics=None), columns=["row", "topic", "statements"])
if grid.empty:
    st.caption("No topic-tagged statements for these choices.")
else:
    cells = alt.Chart(grid).encode(
        x=alt.X("topic:N", title=None, axis=alt.Axis(labelAngle=-30, labelLimit=200, labelOverlap=False)),
        y=alt.Y("row:N", title=None, axis=alt.Axis(labelLimit=220, labelOverlap=False)),
    )
    heat = (
        cells.mark_rect()
        .encode(
            color=alt.Color("statements:Q", scale=alt.Scale(scheme="blues"), title="statements"),
            tooltip=[alt.Tooltip("row:N", title=by), "topic:N", alt.Tooltip("statements:Q", format=",")],
        )
        .add_params(alt.selection_point(fields=["row", "topic"], name="cell"))
    )
    dark = alt.datum.statements > grid["statements"].max() / 2  # white numbers on the darker cells
    counts = cells.mark_text(baseline="middle").encode(
        text="statements:Q", color=alt.condition(dark, alt.value("white"), alt.value("#111827"))
    )
    chart = (heat + counts).properties(height=alt.Step(26))  # a fixed band per row: every label shows
    st.altair_chart(chart, width="stretch", key="cmp_grid", on_select=pick_cell)
    st.caption("Click a cell (or pick it below) to read its statements.")
    r, t = st.columns(2)
    row_options = ["", *sorted(grid["row"].unique())]
    topic_cells = ["", *sorted(grid["topic"].unique())]
    for key, opts in (("cmp_cell_row", row_options), ("cmp_cell_topic", topic_cells)):
        if ss.get(key) not in opts:
            ss[key] = ""
    cell_row = r.selectbox(by.title(), row_options, key="cmp_cell_row", format_func=lambda v: v or "—")
    cell_topic = t.selectbox("Topic ", topic_cells, key="cmp_cell_topic", format_func=lambda v: v or "—")
    if cell_row and cell_topic:
        cell = replace(base, topics=(cell_topic,), **{ATTR[by]: (cell_row,)})
        found = store.statements(cell, limit=100, order="published_asc")
        st.dataframe(c.statement_frame(found, CELL), hide_index=True, width="stretch",
                     column_config=c.STATEMENT_COLUMNS, key="cmp_cell_table")  # fmt: skip
