"""Articles: the text as read, every statement highlighted and labelled with speaker and outlet (escaped)."""

from __future__ import annotations

import math

import streamlit as st

from attribution import language, render
from attribution.errors import AttributionError
from attribution.store import StatementFilter
from views import common as c

PER_PAGE = 100
MAX_STATEMENTS = 2000  # an article with more is not news text; the rest are not drawn
TABLE = ["statement", "speaker", "role", "affiliation", "outlet", "kind", "status", "verdict"]


SEARCH_PARAMS = ("q", "publisher", "from", "to", "lang")  # the list's URL parameters, named as the statement filter's
WIDGETS = {"q": "art_q", "publisher": "art_publisher", "from": "art_from", "to": "art_to", "lang": "art_language"}


def focus_row() -> None:
    rows = st.session_state["art_table"].selection.rows
    if rows:
        st.session_state["art_focus"] = st.session_state["art_ids"][rows[0]]


def seed_search() -> None:
    """Fill the search widgets from the URL when the page is drawn anew (a link, a reload, a page switch)."""
    if all(key in ss for key in WIDGETS.values()):
        return
    try:
        flt = StatementFilter.from_query_params({k: st.query_params.get_all(k) for k in SEARCH_PARAMS})
    except AttributionError as e:
        st.warning(f"The link's article search could not be read and was dropped: {c.md(e)}")
        flt = StatementFilter()
    ss["art_q"] = flt.text
    ss["art_publisher"] = flt.publishers[0] if flt.publishers else None
    ss["art_language"] = flt.languages[0] if flt.languages else None
    ss["art_from"], ss["art_to"] = flt.date_from, flt.date_to
    ss.setdefault("art_list_page", max(1, c.page_param("page") or 1))


def new_search() -> None:
    ss["art_list_page"] = 1
    ss["art_new_search"] = True


st.title("Articles")
c.require_articles()
store = c.store()
ss = st.session_state
u = c.url()

# A link (from Quotes, Review, a shared URL) opens its article, also when this session has another open.
linked = (c.id_param("article", "article"), c.id_param("statement", "statement"))
if linked[0] is not None and linked != ss.get("art_linked"):
    ss["art_pick"], ss["art_focus"] = ss["art_linked"] = linked

seed_search()
with st.sidebar:
    st.subheader("Find an article")
    st.text_input("Search", key="art_q", on_change=new_search, placeholder="title, publisher, key, URL or text",
                  help="Words of the text (word beginnings, all required: 'Lavr talk' finds 'Lavrov … talks'), or part "
                       "of the title, publisher, key or URL; case-insensitive")  # fmt: skip
    publishers = c.facet_values(u, "publisher")
    chosen = ss.get("art_publisher")
    st.selectbox("Publisher", publishers + ([chosen] if chosen and chosen not in publishers else []),
                 key="art_publisher", index=None, placeholder="All", on_change=new_search)  # fmt: skip
    languages = c.article_languages(u)
    chosen = ss.get("art_language")
    st.selectbox("Language", languages + ([chosen] if chosen and chosen not in languages else []),
                 key="art_language", index=None, placeholder="All", on_change=new_search,
                 format_func=language.label)  # fmt: skip
    left, right = st.columns(2)
    left.date_input("Published from", key="art_from", value=None, format="YYYY-MM-DD", on_change=new_search)
    right.date_input("to", key="art_to", value=None, format="YYYY-MM-DD", on_change=new_search)
    search = {"search": (ss["art_q"] or "").strip(), "publisher": ss["art_publisher"],
              "date_from": ss["art_from"], "date_to": ss["art_to"], "language": ss["art_language"]}  # fmt: skip
    try:
        StatementFilter(date_from=search["date_from"], date_to=search["date_to"])
    except AttributionError as e:  # an empty date range: search without the dates
        st.error(f"{c.md(e)}. The dates are left out.", icon=":material/error:")
        search.update(date_from=None, date_to=None)
    total = c.count_articles(u, **search)
    pages = max(1, math.ceil(total / PER_PAGE))
    ss["art_list_page"] = min(ss.get("art_list_page", 1), pages)
    page = st.number_input(f"List page (of {pages:,})", min_value=1, max_value=pages, step=1, key="art_list_page",
                           help=f"{PER_PAGE} articles a page, newest first")  # fmt: skip
    listed = c.articles(u, **search, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    first = (page - 1) * PER_PAGE
    st.caption(f"{first + 1:,}–{first + len(listed):,} of {total:,} articles" if listed else "No article matches.")
    ids = [a.id for a in listed]
    titles = {a.id: f"{a.published or '----------'} · {a.title or a.key}" for a in listed}
    if ss.pop("art_new_search", False) and ids:  # a search the reader typed opens its first article
        ss["art_pick"] = ids[0]
        ss.pop("art_focus", None)
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
c.sync_url({
    "q": search["search"], "publisher": search["publisher"], "from": search["date_from"], "to": search["date_to"],
    "lang": search["language"], "page": str(page) if page > 1 else "", "article": str(article_id),
    **({"statement": str(focus)} if focus else {}),
})  # fmt: skip
ss["art_linked"] = (article_id, focus)  # what the URL says now: a different one later is a new link

st.header(c.md(article.title or article.key))
meta = [article.publisher or "unknown publisher", f"{article.published:%Y-%m-%d}" if article.published else "undated",
        language.label(article.language)]  # fmt: skip
st.caption(" · ".join(map(c.md, meta)) + f" · {len(stmts)} statements · id {c.md(article.key)}")
if article.url:  # a link only to a web address; anything else (javascript:, a path) is shown as words
    st.markdown(c.web_link("Original article", article.url) or f"Address given, not a web link: {c.md(article.url)}")
if article.language and article.language not in language.SUPPORTED:
    st.info(f"This article is in {c.md(language.label(article.language).removesuffix(' (not read)'))}, which no "
            f"engine reads yet ({', '.join(language.SUPPORTED)} are read): it is stored and searchable, without "
            "statements.", icon=":material/translate:")  # fmt: skip

by_id = {s.id: s for s in stmts}
if focus in by_id:
    s = by_id[focus]
    with st.container(border=True):
        st.markdown(f"**Opened statement** — {c.md(render.label(s))}, {c.vocab_label(s.workflow)}"
                    + (f", verdict {c.vocab_label(s.verdict)}" if s.verdict else ""))  # fmt: skip
        st.html(render.context_html(article.text, s, window=0))
        links = st.columns(3)
        links[0].page_link(c.REVIEW_PAGE, label="Review this statement", icon=":material/fact_check:",
                           query_params={"open": str(s.id)})  # fmt: skip
        if s.speaker_id is not None:
            links[1].page_link(c.SPEAKERS_PAGE, label=f"About {c.md(s.speaker)}", icon=":material/record_voice_over:",
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
