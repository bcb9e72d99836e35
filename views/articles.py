"""Articles: the text as read, every statement highlighted and labelled with speaker and outlet (escaped)."""

from __future__ import annotations

import streamlit as st

from attribution import render
from attribution.store import StatementFilter
from views import common as c

PER_PAGE = 100
MAX_STATEMENTS = 2000  # an article with more is not news text; the rest are not drawn
TABLE = ["statement", "speaker", "role", "affiliation", "outlet", "kind", "status", "verdict"]


def focus_row() -> None:
    rows = st.session_state["art_table"].selection.rows
    if rows:
        st.session_state["art_focus"] = st.session_state["art_ids"][rows[0]]


st.title("Articles")
c.require_articles()
store = c.store()
ss = st.session_state

# A link (from Quotes, Review, a shared URL) opens its article, also when this session has another open.
linked = (c.int_param("article"), c.int_param("statement"))
if linked[0] is not None and linked != ss.get("art_linked"):
    ss["art_pick"], ss["art_focus"] = ss["art_linked"] = linked

with st.sidebar:
    st.subheader("Articles")
    # The store offers no article search yet: the list is paged, newest first; the picker filters by typing.
    page = st.number_input("List page", min_value=1, value=1, step=1, key="art_list_page",
                           help=f"{PER_PAGE} articles a page, newest first")  # fmt: skip
    listed = store.articles(limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    if not listed:
        st.caption("No more articles.")
    ids = [a.id for a in listed]
    titles = {a.id: f"{a.published or '----------'} · {a.title or a.key}" for a in listed}
    if ss.get("art_pick") is not None and ss["art_pick"] not in ids:
        ids.insert(0, ss["art_pick"])
    if ids:
        ss.setdefault("art_pick", ids[0])
        st.selectbox(
            "Article", ids, key="art_pick", format_func=lambda i: titles.get(i, f"article #{i}"),
            on_change=ss.pop, args=("art_focus", None),
        )  # fmt: skip

article_id = ss.get("art_pick")
if article_id is None:
    st.info("Pick an article in the sidebar.")
    st.stop()
article = store.article(article_id)
stmts = store.statements(StatementFilter(article_ids=(article_id,)), limit=MAX_STATEMENTS, order="position")
focus = ss.get("art_focus")
c.sync_url({"article": str(article_id), **({"statement": str(focus)} if focus else {})})
ss["art_linked"] = (article_id, focus)  # what the URL says now: a different one later is a new link

st.header(article.title or article.key)
meta = [article.publisher or "unknown publisher", f"{article.published:%Y-%m-%d}" if article.published else "undated"]
st.caption(" · ".join(meta) + f" · {len(stmts)} statements · id `{article.key}`")
if article.url:
    st.markdown(f"[Original article]({article.url})")

by_id = {s.id: s for s in stmts}
if focus in by_id:
    s = by_id[focus]
    with st.container(border=True):
        st.markdown(f"**Opened statement** — {render.label(s)}, {c.vocab_label(s.workflow)}"
                    + (f", verdict {c.vocab_label(s.verdict)}" if s.verdict else ""))  # fmt: skip
        st.html(render.context_html(article.text, s, window=0))
        links = st.columns(3)
        links[0].page_link(c.REVIEW_PAGE, label="Review this statement", icon=":material/fact_check:",
                           query_params={"open": str(s.id)})  # fmt: skip
        if s.speaker_id is not None:
            links[1].page_link(c.SPEAKERS_PAGE, label=f"About {s.speaker}", icon=":material/record_voice_over:",
                               query_params={"speaker": str(s.speaker_id)})  # fmt: skip

if stmts:
    st.html(render.legend_html(stmts))
st.html(render.article_html(article.text, stmts, focus_id=focus))

if stmts:
    st.subheader("Statements in this article")
    ss["art_ids"] = [s.id for s in stmts]
    st.dataframe(
        c.statement_frame(stmts, TABLE), hide_index=True, width="stretch", column_config=c.STATEMENT_COLUMNS,
        key="art_table", on_select=focus_row, selection_mode="single-row", height=c.table_height(len(stmts), cap=600),
    )  # fmt: skip
    st.caption("Select a row to mark its statement in the text.")
if len(stmts) == MAX_STATEMENTS:
    st.warning(f"Only the first {MAX_STATEMENTS:,} statements are drawn.")
