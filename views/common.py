"""What every dashboard page shares: the store, cached aggregates, the filter sidebar kept in the URL,
the reviewer's name, tables and charts. Pages stay thin: they call `attribution` and lay out the answer.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

from attribution import language, untrusted
from attribution.access import Role
from attribution.errors import AttributionError
from attribution.models import Kind
from attribution.review import Rating, Verdict, Workflow
from attribution.store import AidsMode, StatementFilter, Store, database_url
from attribution.store.fuzzy import SCAN as FUZZY_SCAN
from views import auth

PAGE_SIZES = (25, 50, 100)
MAX_PAGE = untrusted.MAX_NUMBER // 1000  # a page number in a link: its offset still fits a 64-bit integer
CACHE_TTL = 300  # seconds: writes from this server clear the caches at once; others' (CLI ingest) show within 5 min
AIDS_TTL = 30  # seconds: how soon a page notices that another process left the aids behind
VALUES_TTL = 600  # seconds: the values a filter offers change slowly and cost a full scan at a million statements
CHART_BARS = 15
PARALLEL = 4  # store queries one page run makes at once
FILTER = "filter"  # session key of the current StatementFilter, shared by the pages that filter
PAGE_KEYS = ("page_no", "rv_page")  # page numbers that a new filter sends back to page one
REVIEWER = auth.REVIEWER
AIDS_FLASH = "aids_flash"
REFRESH_POLL = 5  # seconds between looks at a full refresh running in its own process
WEB_SAFE = "/:?#[]@!$&'*+,;=%~"  # kept as they are in a link's address; < > ( ) \ " ` and the rest percent-encoded

ARTICLES_PAGE = "views/articles.py"
REVIEW_PAGE = "views/review.py"
SPEAKERS_PAGE = "views/speakers.py"
ADD_PAGE = "views/add.py"
QUOTES_PAGE = "views/quotes.py"
GROUPS_PAGE = "views/groups.py"


@dataclass(frozen=True, slots=True)
class Facet:
    """One multi-choice filter: its StatementFilter field, the store's facet name, its label and vocabulary."""

    attr: str
    field: str
    label: str
    vocabulary: type[StrEnum] | None = None

    @property
    def key(self) -> str:
        return f"f_{self.attr}"


FACETS = (
    Facet("speakers", "speaker", "Speaker"),
    Facet("affiliations", "affiliation", "Affiliation"),
    Facet("countries", "country", "Country"),
    Facet("outlets", "outlet", "Relay outlet"),
    Facet("publishers", "publisher", "Publisher"),
    Facet("kinds", "kind", "Kind", Kind),
    Facet("topics", "topic", "Topic"),
    Facet("workflows", "workflow", "Review workflow", Workflow),
    Facet("exclude_workflows", "workflow", "Review workflow is not", Workflow),  # after workflows: charts add there
    Facet("verdicts", "verdict", "Attribution verdict", Verdict),
    Facet("ratings", "rating", "Content rating", Rating),
    Facet("languages", "language", "Language"),
)
SCALAR_KEYS = {"date_from": "f_date_from", "date_to": "f_date_to", "text": "f_text", "fuzzy": "f_fuzzy"}


@dataclass(frozen=True, slots=True)
class Flag:
    """A fact-check aid's yes/no filter (None: either), drawn as Any / Yes / No."""

    attr: str
    label: str
    help: str

    @property
    def key(self) -> str:
        return f"f_{self.attr}"


FLAGS = (
    Flag("single_source", "Single source", "Fewer than two independent sources: wire copies and relays count once"),
    Flag("misattributed", "Misattribution alert", "The same words are given to another speaker elsewhere"),
    Flag("has_claim_match", "Claim match", "A similar statement already has a verdict or rating"),
)
FLAG_CHOICES = {"any": None, "yes": True, "no": False}  # widget value → filter value (a selectbox shows None as empty)
EMPTY = StatementFilter()
# What the pages show until asked otherwise: speech acts, not beliefs, plans or perceptions ("thinks", "plans").
DEFAULT = StatementFilter(speech=True)
SPEECH_TOGGLE = "f_speech_all"  # on: beliefs, plans and perceptions too
SPEECH_LABEL = "Beliefs and plans too"
SPEECH_HELP = (
    "Speech acts (said, told, according to) are shown; this adds what people think, want, plan or know, and "
    "what polls show"
)


# -- the store and cached aggregates ---------------------------------------------------------------------


@st.cache_resource(show_spinner=False)
def _open_store(url: str) -> Store:
    return Store(url)


def store() -> Store:
    """The store named by $DATABASE_URL (or data/quotes.db), one per server process, shared by sessions."""
    return _open_store(database_url())


@st.cache_resource(show_spinner=False)
def extraction_pool() -> ProcessPoolExecutor:
    """Where Add articles extracts: processes of their own, so a long article never holds the server's GIL while
    other users wait. Forkserver: a fork of this threaded server could copy a lock some thread holds."""
    return ProcessPoolExecutor(max(1, (os.cpu_count() or 2) // 2), mp_context=multiprocessing.get_context("forkserver"))


def data_changed() -> None:
    """After a write, drop cached aggregates so every session sees the change at once."""
    st.cache_data.clear()


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=2000)
def count(url: str, flt: StatementFilter) -> int:
    return _open_store(url).count_statements(flt)


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=2000)
def facet_counts(url: str, flt: StatementFilter, field: str, limit: int = CHART_BARS) -> list[tuple[str, int]]:
    return _open_store(url).facet_counts(flt, field, limit=limit)


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=2000)
def timeline(url: str, flt: StatementFilter, freq: str) -> list[tuple[date, int]]:
    return _open_store(url).timeline(flt, freq=freq)


@st.cache_data(ttl=VALUES_TTL, show_spinner=False, max_entries=200)
def facet_values(url: str, field: str) -> list[str]:
    return _open_store(url).facet_values(field)


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=500)
def speaker_entities(url: str, search: str, limit: int) -> list:
    return _open_store(url).speaker_entities(search=search, limit=limit)


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=200)
def articles(url: str, search: str, publisher: str | None, date_from: date | None, date_to: date | None, *,
             limit: int, offset: int, language: str | None = None) -> list:  # fmt: skip
    return _open_store(url).articles(
        search,
        publisher=publisher,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        offset=offset,
        language=language,
    )


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=50)
def article_languages(url: str) -> list[str]:
    return _open_store(url).languages()


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=200)
def count_articles(url: str, search: str, publisher: str | None, date_from: date | None, date_to: date | None,
                   language: str | None = None) -> int:  # fmt: skip
    return _open_store(url).count_articles(
        search, publisher=publisher, date_from=date_from, date_to=date_to, language=language
    )


@st.cache_data(ttl=AIDS_TTL, show_spinner=False, max_entries=50)
def aids_status(url: str):
    return _open_store(url).aids_status()


@st.cache_data(ttl=CACHE_TTL, show_spinner=False, max_entries=200)
def is_empty(url: str) -> bool:
    return _open_store(url).is_empty()


def url() -> str:
    return database_url()


def parallel(*calls: Callable[[], Any]) -> list[Any]:
    """Run store calls at once, each in its own thread and database connection: a page waits for its slowest
    query, not for their sum. The threads carry the session's context, so cached calls behave as in the page."""
    if len(calls) < 2:
        return [call() for call in calls]
    ctx = get_script_run_ctx()

    def run(call: Callable[[], Any]) -> Any:
        add_script_run_ctx(threading.current_thread(), ctx)
        return call()

    # At most PARALLEL at once: sessions share the store's connection pool (15 by default), so a busy server queues.
    with ThreadPoolExecutor(max_workers=min(len(calls), PARALLEL), thread_name_prefix="store") as pool:
        return list(pool.map(run, calls))


def require_articles() -> None:
    """On an empty store, say how to add articles and stop the page."""
    if not is_empty(url()):
        return
    st.info(
        "The store holds no articles yet. Add some on the **Add articles** page (paste text or upload "
        "txt, jsonl or html files), or from a terminal: `python -m attribution ingest PATH…`, then reload."
    )
    st.page_link(ADD_PAGE, label="Add articles", icon=":material/add_circle:")
    st.stop()


md = untrusted.markdown  # every value from an article or a person shown as Markdown (text, captions, labels)


def web_link(label: str, address: str | None) -> str | None:
    """A Markdown link to an http(s) address (None for any other); the address cannot end the link early."""
    if (address := untrusted.web_url(address)) is None:
        return None
    return f"[{md(label)}](<{quote(address, safe=WEB_SAFE)}>)"


def show_error(e: AttributionError) -> None:
    st.error(f"{type(e).__name__}: {md(e)}", icon=":material/error:")


# -- filters kept in the URL ----------------------------------------------------------------------------


def _params() -> dict[str, str | list[str]]:
    """st.query_params with repeated keys as lists, the shape StatementFilter.from_query_params reads."""
    out: dict[str, str | list[str]] = {}
    for k in st.query_params:
        values = st.query_params.get_all(k)
        out[k] = values[0] if len(values) == 1 else values
    return out


def _initial_filter() -> StatementFilter:
    """The session's filter, else the one in the URL (a shared link), else the speech acts."""
    if FILTER in st.session_state:
        return st.session_state[FILTER]
    params = _params()
    try:
        flt = StatementFilter.from_query_params(params)
    except AttributionError as e:
        st.warning(f"The link's filter could not be read and was dropped: {md(e)}")
        flt, params = DEFAULT, {}
    if "speech" not in params and not flt.statement_ids:  # a link without it shows the default: speech acts,
        flt = replace(flt, speech=True)  # unless it names its statements
    st.session_state[FILTER] = flt
    return flt


def query_params(flt: StatementFilter) -> dict[str, str | list[str]]:
    """The URL parameters of a dashboard filter: speech acts alone (the default) need none, the rest say
    speech=any (or speech=0 for beliefs and plans alone)."""
    params = flt.to_query_params()
    if flt.speech is None:
        params["speech"] = "any"
    elif flt.speech:
        params.pop("speech", None)
    return params


def _seed_widgets(flt: StatementFilter, page: str) -> None:
    """Give the filter widgets the session's filter when a page draws them first: Streamlit treats a widget
    on another page as a new one, so the values travel in the filter, not in the widgets."""
    ss = st.session_state
    fresh = ss.get("filter_page") != page
    ss["filter_page"] = page
    for f in FACETS:
        if fresh or f.key not in ss:
            ss[f.key] = list(getattr(flt, f.attr))
    for attr, key in SCALAR_KEYS.items():
        if fresh or key not in ss:
            ss[key] = getattr(flt, attr)
    for g in FLAGS:
        if fresh or g.key not in ss:
            ss[g.key] = _flag_choice(getattr(flt, g.attr))
    if fresh or SPEECH_TOGGLE not in ss:
        ss[SPEECH_TOGGLE] = flt.speech is not True


def clear_filters() -> None:
    st.session_state[FILTER] = DEFAULT
    st.session_state[SPEECH_TOGGLE] = False
    for f in FACETS:
        st.session_state[f.key] = []
    for g in FLAGS:
        st.session_state[g.key] = "any"
    st.session_state.update({key: getattr(DEFAULT, attr) for attr, key in SCALAR_KEYS.items()})
    for key in PAGE_KEYS:
        st.session_state.pop(key, None)


def active_filters(flt: StatementFilter) -> int:
    """How many filters differ from the default view (fuzzy alone narrows nothing)."""
    n = sum(bool(getattr(flt, f.attr)) for f in FACETS) + sum(getattr(flt, g.attr) is not None for g in FLAGS)
    n += flt.speech is not True
    return n + sum(bool(getattr(flt, a)) for a in ("date_from", "date_to", "text", "article_ids", "statement_ids"))


def filter_sidebar(page: str) -> StatementFilter:
    """The filter widgets in the sidebar of `page`; returns the filter and keeps it in the session (the caller
    puts it in the URL with its own parameters)."""
    flt = _initial_filter()
    _seed_widgets(flt, page)
    u = url()
    side = st.sidebar
    side.subheader("Filters")
    side.text_input(
        "Text", key="f_text", placeholder="words in the statement", help="Case-insensitive; fuzzy ranks near matches"
    )
    side.toggle(
        "Fuzzy match", key="f_fuzzy", help="Rank by similarity to the text (rapidfuzz), typos allowed, instead of "
        f"exact; compares the newest {FUZZY_SCAN:,} statements that the other filters keep",
    )  # fmt: skip
    fuzzy_note = side.empty()  # filled once the filter is known
    side.toggle(SPEECH_LABEL, key=SPEECH_TOGGLE, help=SPEECH_HELP)
    open_ended = [f for f in FACETS if f.vocabulary is None]
    values = dict(zip(open_ended, parallel(*(lambda f=f: facet_values(u, f.field) for f in open_ended)), strict=True))
    for f in FACETS:
        chosen = st.session_state[f.key]
        options = [m.value for m in f.vocabulary] if f.vocabulary else values[f]
        # A value from a shared link that is no longer stored stays selectable, so the link still reads.
        options = options + [c for c in chosen if c not in options]
        label = language.label if f.attr == "languages" else vocab_label
        side.multiselect(f.label, options, key=f.key, format_func=label, placeholder="All")
    left, right = side.columns(2)
    left.date_input("Published from", key="f_date_from", value=None, format="YYYY-MM-DD")
    right.date_input("to", key="f_date_to", value=None, format="YYYY-MM-DD")
    side.caption("Fact-check aids")
    for g in FLAGS:
        side.selectbox(g.label, list(FLAG_CHOICES), key=g.key, format_func=str.capitalize, help=g.help)
    try:
        flt = replace(
            flt,
            **{f.attr: tuple(st.session_state[f.key]) for f in FACETS},
            **{g.attr: FLAG_CHOICES[st.session_state[g.key]] for g in FLAGS},
            **{attr: st.session_state[key] for attr, key in SCALAR_KEYS.items() if attr != "text"},
            text=(st.session_state["f_text"] or "").strip(),
            # a link's speech=0 (beliefs and plans alone) stays while the toggle is on
            speech=(flt.speech if flt.speech is not True else None) if st.session_state[SPEECH_TOGGLE] else True,
        )
    except AttributionError as e:  # e.g. a date range that ends before it starts: keep the last good filter
        side.error(f"{md(e)}. The filter is unchanged.", icon=":material/error:")
    if flt != st.session_state[FILTER]:
        for key in PAGE_KEYS:  # a new filter starts at page one
            st.session_state.pop(key, None)
    st.session_state[FILTER] = flt
    if flt.fuzzy and flt.text and not (ranking := store().fuzzy_ranking(flt)).complete:
        fuzzy_note.caption(
            f":material/info: Fuzzy match compared the newest {ranking.compared:,} statements that the other filters "
            "keep; narrow them (dates, speaker, topic) to reach older ones."
        )
    n = active_filters(flt)
    side.button(
        f"Clear all filters ({n})" if n else "Clear all filters",
        on_click=clear_filters,
        disabled=not n,
        key="clear_filters",
        icon=":material/filter_alt_off:",
        width="stretch",
    )
    return flt


def _flag_choice(value: bool | None) -> str:
    return next(choice for choice, v in FLAG_CHOICES.items() if v is value)


def speech_toggle(where, key: str) -> bool | None:
    """A page's own "beliefs and plans too" switch, for pages that draw no filter sidebar; a shared link's
    speech=any turns it on. Returns the filter's `speech`: True (speech acts alone) or None (everything)."""
    if key not in st.session_state:
        st.session_state[key] = st.query_params.get("speech") == "any"
    return None if where.toggle(SPEECH_LABEL, key=key, help=SPEECH_HELP) else True


def speech_param(speech: bool | None) -> str:
    """The URL parameter `speech_toggle` reads back (empty, so left out, for the default)."""
    return "" if speech else "any"


def sync_url(params: Mapping[str, str | list[str]]) -> None:
    """Make the URL show this view (so it can be shared), without touching it when it already does."""
    want = {k: ([str(x) for x in v] if isinstance(v, list | tuple) else [str(v)]) for k, v in params.items() if v}
    have = {k: st.query_params.get_all(k) for k in st.query_params}
    if want != have:
        st.query_params.from_dict({k: v[0] if len(v) == 1 else v for k, v in want.items()})


def id_param(name: str, kind: str) -> int | None:
    """The id of a `kind` in the URL parameter `name`; a malformed or impossible one is dropped with a warning."""
    return _number_param(name, lambda raw: untrusted.record_id(raw, kind))


def page_param(name: str) -> int | None:
    """A page number in the URL (the pager clamps one past the last page)."""
    return _number_param(name, lambda raw: untrusted.whole_number(raw, "page", low=1, high=MAX_PAGE))


def _number_param(name: str, read: Callable[[str], int]) -> int | None:
    raw = st.query_params.get(name)
    if not raw:
        return None
    try:
        return read(raw)
    except untrusted.InputError as e:
        st.warning(f"The link's {name} could not be read and was ignored: {md(e)}", icon=":material/link_off:")
        return None


# -- reviewer -----------------------------------------------------------------------------------------


def reviewer(ask: bool = True) -> str | None:
    """The reviewer's name, asked once per session (here, in the page, when `ask`); None until given. In team
    mode the signed-in person's, when their role may review (views/auth.py; never typed)."""
    if auth.team_mode():
        return auth.signed_in().name if auth.may(Role.REVIEWER) else None
    name = st.session_state.get(REVIEWER)
    if name:
        col1, col2 = st.sidebar.columns([3, 1], vertical_alignment="center")
        col1.caption(f"Reviewing as **{md(name)}**")
        col2.button(
            "",
            icon=":material/logout:",
            help="Change reviewer",
            key="change_reviewer",
            on_click=st.session_state.pop,
            args=(REVIEWER,),
        )
        return name
    if ask:
        with st.form("reviewer_form", border=True):
            left, right = st.columns([3, 1], vertical_alignment="bottom")
            left.text_input("Your name, recorded with every change you make", key="reviewer_input")
            right.form_submit_button(
                "Start reviewing",
                key="reviewer_submit",
                icon=":material/badge:",
                on_click=_set_reviewer,
                width="stretch",
            )
    return None


def _set_reviewer() -> None:
    if entered := st.session_state.get("reviewer_input", "").strip():
        st.session_state[REVIEWER] = entered


# -- formatting, tables, charts -------------------------------------------------------------------------


def vocab_label(value: str | StrEnum | None) -> str:
    """How a person reads a stored value: "in progress" for in_progress."""
    return "" if value is None else str(value).replace("_", " ")


def requested_page(key: str = "page_no") -> tuple[int, int]:
    """(limit, offset) the page widgets asked for, read before they are drawn so rows and counts load at once."""
    size = st.session_state.get(f"{key}_size", PAGE_SIZES[1])
    return size, (max(1, st.session_state.get(key, 1)) - 1) * size


def pager(
    total: int, key: str = "page_no", columns: Sequence | None = None, noun: str = "statements"
) -> tuple[int, int]:
    """Page size and page number widgets (in three given columns, or a new row); returns (limit, offset).
    Only one page of rows ever leaves the server."""
    size_col, page_col, note_col = columns or st.columns([1, 1, 4], vertical_alignment="bottom")
    size = size_col.selectbox("Rows per page", PAGE_SIZES, index=1, key=f"{key}_size")
    pages = max(1, math.ceil(total / size))
    if st.session_state.get(key, 1) > pages:
        st.session_state[key] = pages
    page = page_col.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, step=1, key=key)
    first = (page - 1) * size
    note_col.caption(f"{first + 1:,}–{min(total, first + size):,} of {total:,} {noun}" if total else "")
    return size, first


def table_height(rows: int, cap: int = 1800) -> int:
    """Tall enough to show every row of a page without an inner scrollbar (up to `cap` pixels)."""
    return min(cap, 38 + 35 * rows)


STATEMENT_COLUMNS = {
    "open": st.column_config.LinkColumn("", display_text="open", width="small", help="Open in its article"),
    "statement": st.column_config.TextColumn("statement", width="large"),
    "date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
    "score": st.column_config.ProgressColumn("check-worthy", min_value=0.0, max_value=1.0, format="%.2f"),
    "sources": st.column_config.NumberColumn(
        "sources", format="%d", width="small", help="Independent sources reporting it: wire copies count once"
    ),
    "aids": st.column_config.ListColumn("aids", help="Misattribution alert, claim match, single source"),
}


def statement_frame(rows: Sequence, columns: Sequence[str]) -> pd.DataFrame:
    """StoredStatements as a table with chosen columns; "open" links to the statement in its article."""
    get: dict[str, Callable] = {
        "id": lambda s: s.id,
        "open": lambda s: f"articles?article={s.article_id}&statement={s.id}",
        "statement": lambda s: s.text,
        "speaker": lambda s: s.speaker or "",
        "role": lambda s: s.role or "",
        "affiliation": lambda s: s.affiliation or "",
        "country": lambda s: s.country or "",
        "outlet": lambda s: s.outlet or "",
        "publisher": lambda s: s.publisher or "",
        "date": lambda s: s.published,
        "kind": lambda s: vocab_label(s.kind),
        "status": lambda s: vocab_label(s.workflow),
        "verdict": lambda s: vocab_label(s.verdict),
        "rating": lambda s: vocab_label(s.rating),
        "topics": lambda s: ", ".join(s.topics),
        "score": lambda s: s.check_score,
        "sources": lambda s: s.sources,
        "aids": aid_badges,
    }
    frame = pd.DataFrame([{c: get[c](s) for c in columns} for s in rows], columns=list(columns))
    if "date" in frame:
        frame["date"] = pd.to_datetime(frame["date"])  # undated shows empty, not "None"
    return frame


def where(s, speaker: bool = True) -> str:
    """ "**Speaker** · via outlet · publisher · date": how a report of a statement is named (markdown, escaped)."""
    parts = [f"**{md(s.speaker or 'unattributed')}**" if speaker else "", f"via {md(s.outlet)}" if s.outlet else "",
             md(s.publisher or "unknown publisher"),
             f"{s.published:%Y-%m-%d}" if s.published else "undated"]  # fmt: skip
    return " · ".join(p for p in parts if p)


def aid_badges(s) -> list[str]:
    """The fact-check aids' flags of a statement, most urgent first; last, a belief or plan is marked as not
    said (shown when the speech toggle adds them)."""
    flags = (
        (s.misattributed, "misattribution alert"),
        (s.has_claim_match, "claim match"),
        (s.group_size > 1, f"{s.group_size} reports"),
        (s.single_source, "single source"),
        (not s.speech, "belief or plan, not said"),
    )
    return [text for on, text in flags if on]


def bar_chart(
    pairs: Sequence[tuple[str | None, int]], label: str, title: str, *, key: str | None = None, on_select=None
) -> None:
    """A horizontal bar chart of (value, count) pairs, biggest first, with tooltips; clicks select `value`."""
    import altair as alt  # here, not at the top: a first page without charts need not wait for it (~0.3 s)

    frame = pd.DataFrame(pairs, columns=["value", "statements"])
    if frame.empty:
        st.caption(f"{title}: nothing to show")
        return
    frame[label] = [vocab_label(v) or "(none)" for v in frame["value"]]
    chart = (
        alt.Chart(frame, title=title)
        .mark_bar()
        .encode(
            x=alt.X("statements:Q", title="statements", axis=alt.Axis(format="d", tickMinStep=1)),
            y=alt.Y(f"{label}:N", sort="-x", title=None, axis=alt.Axis(labelLimit=220)),
            tooltip=[alt.Tooltip(f"{label}:N"), alt.Tooltip("statements:Q", format=",")],
        )
    )
    height = 110 + 26 * len(frame)  # room for every bar's label, the title and the axis
    if on_select is None:
        st.altair_chart(chart, width="stretch", height=height, key=key)
    else:
        chart = chart.add_params(alt.selection_point(fields=["value"], name="pick"))
        st.altair_chart(chart, width="stretch", height=height, key=key, on_select=on_select)


def timeline_chart(points: Sequence[tuple[date, int]], freq: str) -> None:
    import altair as alt  # see bar_chart

    frame = pd.DataFrame(points, columns=["period", "statements"])
    if frame.empty:
        st.caption("Timeline: no dated statements")
        return
    chart = (
        alt.Chart(frame, title=f"Statements per {freq}")
        .mark_bar()
        .encode(
            x=alt.X("period:T", title=None),
            y=alt.Y("statements:Q", title="statements", axis=alt.Axis(format="d", tickMinStep=1)),
            tooltip=[alt.Tooltip("period:T", title=freq), alt.Tooltip("statements:Q", format=",")],
        )
    )
    st.altair_chart(chart, width="stretch", height=240)


# -- fact-check aids --------------------------------------------------------------------------------------


def aids_notice(key: str) -> None:
    """When the aids lag behind the store (changes logged, not yet taken in), say so and offer a refresh; while a
    full refresh this server started runs in its own process, say that instead."""
    if flash := st.session_state.pop(AIDS_FLASH, None):
        ok, text = flash
        if ok:
            st.success(text, icon=":material/check_circle:")
        else:
            st.error(text, icon=":material/error:")
    if _refreshes().get(url()) is not None:
        _refresh_running()
        return
    status = aids_status(url())
    if status.up_to_date:
        return
    left, right = st.columns([4, 1], vertical_alignment="center")
    left.warning(
        f"Fact-check aids out of date: {status.pending:,} changes are not yet reflected in groups, "
        "misattribution alerts and claim matches.",
        icon=":material/update:",
    )
    if auth.may(Role.EDITOR):
        right.button("Refresh aids", key=key, on_click=refresh_aids, icon=":material/refresh:", width="stretch")


def refresh_aids() -> None:
    """Take in the logged changes here; when they are too many for that, start a full refresh in a process of its
    own (at a million statements it takes minutes and a gigabyte, which the server must not hold). Editors only."""
    try:
        auth.require(Role.EDITOR, named=False)
    except AttributionError as e:
        st.session_state[AIDS_FLASH] = (False, f"Not done: {e}")
        return
    s = store()
    summary = s.refresh_aids(full=False, wait=False)  # never wait here for another process's update
    if summary.mode is AidsMode.DEFERRED:
        _start_refresh(url())
        return
    data_changed()
    st.session_state[AIDS_FLASH] = (True, (
        "Another process is updating the fact-check aids; it takes these changes in."
        if summary.mode is AidsMode.BUSY
        else f"Fact-check aids refreshed ({summary.mode.value}, {summary.seconds:.1f} s)."
    ))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Refresh:
    """A full refresh of the aids running in a process of its own, started by this server."""

    process: subprocess.Popen
    started: datetime
    log: Path  # its output: the summary line when it ends


@st.cache_resource(show_spinner=False)
def _refreshes() -> dict[str, Refresh]:
    """The full refresh each store's aids last had started by this server, shared by every session."""
    return {}


def _start_refresh(store_url: str) -> None:
    """`python -m attribution aids refresh --no-wait`, detached: it outlives a server restart, and the store's lock
    makes it exit at once if another process is updating the aids. The URL goes in the environment, not the
    command line, where anyone on the machine could read its password."""
    log = Path(tempfile.mkstemp(prefix="attribution-aids-refresh-", suffix=".log")[1])
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "attribution", "aids", "refresh", "--no-wait"],
            stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            cwd=Path(__file__).resolve().parent.parent, env={**os.environ, "DATABASE_URL": store_url},
        )  # fmt: skip
    _refreshes()[store_url] = Refresh(process, datetime.now(), log)


@st.fragment(run_every=REFRESH_POLL)
def _refresh_running() -> None:
    """Say that the refresh runs, looking again every few seconds; when it has ended, show how and rerun the page."""
    refresh = _refreshes().get(url())
    if refresh is None:
        return
    if refresh.process.poll() is None:
        seconds = (datetime.now() - refresh.started).total_seconds()
        st.info(
            f"A full refresh of the fact-check aids is running in its own process (pid {refresh.process.pid}, "
            f"{seconds:.0f} s so far); the groups, alerts and claim matches shown are the previous ones.",
            icon=":material/hourglass_top:",
        )
        return
    _refreshes().pop(url(), None)
    output = refresh.log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    refresh.log.unlink(missing_ok=True)
    last = md(output[-1]) if output else "no output"
    code = refresh.process.returncode
    st.session_state[AIDS_FLASH] = (code == 0, f"Fact-check aids refresh, in a separate process: {last}" if code == 0
                                    else f"The fact-check aids refresh failed (exit code {code}): {last}")  # fmt: skip
    data_changed()
    st.rerun(scope="app")
