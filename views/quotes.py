"""Quotes: filter every statement in the store, see counts and charts, open a statement in its article."""

from __future__ import annotations

import streamlit as st

from views import common as c

ORDERS = {"published_desc": "Newest first", "published_asc": "Oldest first", "check_score_desc": "Most check-worthy"}
VIEWS = {"table": "Table", "charts": "Charts"}
CHARTED = {
    "speaker": "Statements per speaker",
    "affiliation": "Statements per affiliation",
    "outlet": "Statements per relay outlet",
    "workflow": "Review status",
}
TABLE = ["open", "statement", "speaker", "aids", "sources", "role", "affiliation", "outlet", "publisher", "date",
         "status", "verdict"]  # fmt: skip


def add_to_filter(chart_key: str, field: str) -> None:
    """A click on a bar adds its value to the matching filter."""
    picked = st.session_state[chart_key].selection.get("pick") or []
    facet = next(f for f in c.FACETS if f.field == field)
    chosen = list(st.session_state.get(facet.key, []))
    chosen += [p["value"] for p in picked if p.get("value") and p["value"] not in chosen]
    st.session_state[facet.key] = chosen


def open_row() -> None:
    rows = st.session_state["quotes_table"].selection.rows
    if rows:
        st.session_state["open_statement"] = st.session_state["quotes_rows"][rows[0]]


st.title("Quotes")
c.require_articles()
c.aids_notice("quotes_refresh_aids")
flt = c.filter_sidebar("quotes")
u = c.url()
store = c.store()

st.session_state.setdefault(
    "quotes_view", st.query_params.get("view") if st.query_params.get("view") in VIEWS else "table"
)
if "page_no" not in st.session_state and (linked_page := c.page_param("p")):
    st.session_state["page_no"] = linked_page

# Everything this view needs loads at once, with the widget values of this run (widgets are drawn after).
view = st.session_state["quotes_view"] or "table"
order = st.session_state.get("quotes_order", "published_desc")
freq = st.session_state.get("quotes_freq", "week")
limit, offset = c.requested_page()
if view == "charts":
    total, matching, *aggregates, points = c.parallel(
        lambda: c.count(u, c.EMPTY),
        lambda: c.count(u, flt),
        *(lambda f=f: c.facet_counts(u, flt, f) for f in CHARTED),
        lambda: c.timeline(u, flt, freq),
    )
else:  # counted first: how many match tells the store how to read the page (Store.statements)
    total, matching = c.parallel(lambda: c.count(u, c.EMPTY), lambda: c.count(u, flt))
    rows = store.statements(flt, limit=limit, offset=offset, order=order, matching=matching)

m1, m2, m3 = st.columns(3)
m1.metric("Matching statements", f"{matching:,}")
m2.metric("In the store", f"{total:,}")
m3.metric("Active filters", c.active_filters(flt))
st.segmented_control("View", list(VIEWS), format_func=VIEWS.get, key="quotes_view", label_visibility="collapsed")

if view == "charts":
    left, right = st.columns(2)
    for i, ((field, title), pairs) in enumerate(zip(CHARTED.items(), aggregates, strict=True)):
        with left if i % 2 == 0 else right:
            c.bar_chart(
                pairs, field, title, key=f"chart_{field}",
                on_select=lambda k=f"chart_{field}", f=field: add_to_filter(k, f),
            )  # fmt: skip
    st.radio("Timeline by", ("day", "week", "month"), index=1, key="quotes_freq", horizontal=True)
    c.timeline_chart(points, freq)
    st.caption("Click a bar to add it to the filters.")
    c.sync_url({**c.query_params(flt), "view": "charts"})
else:
    cols = st.columns([2, 1, 1, 3], vertical_alignment="bottom")
    cols[0].selectbox(
        "Order", list(ORDERS), format_func=ORDERS.get, key="quotes_order", disabled=bool(flt.fuzzy and flt.text),
        help="A fuzzy search is ordered by similarity",
    )  # fmt: skip
    if c.pager(matching, columns=cols[1:]) != (limit, offset):  # the page asked for is past the last one
        limit, offset = c.requested_page()
        rows = store.statements(flt, limit=limit, offset=offset, order=order, matching=matching)
    if not rows:
        st.info("No statements match these filters. Loosen or clear them in the sidebar.")
    else:
        st.session_state["quotes_rows"] = [(s.article_id, s.id) for s in rows]
        st.dataframe(
            c.statement_frame(rows, TABLE),
            hide_index=True,
            width="stretch",
            column_config=c.STATEMENT_COLUMNS,
            key="quotes_table",
            on_select=open_row,
            selection_mode="single-row",
            height=c.table_height(len(rows)),
        )
        st.caption("Select a row (or follow *open*) to read the statement in its article.")
    page_no = st.session_state.get("page_no", 1)
    c.sync_url({**c.query_params(flt), **({"p": str(page_no)} if page_no > 1 else {})})

if target := st.session_state.pop("open_statement", None):
    st.switch_page(c.ARTICLES_PAGE, query_params={"article": str(target[0]), "statement": str(target[1])})
