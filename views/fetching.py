"""Shared by Add articles ("From links") and Feeds: fetching with a progress bar and the per-URL outcome table.
A helper module, not a page."""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from attribution.access import Role
from attribution.errors import AttributionError
from attribution.language import SUPPORTED
from attribution.web import Fetcher, Outcome, UrlResult, ingest_urls
from attribution.web.intake import MAX_LINKS
from views import auth
from views import common as c

_TOKENS = re.compile(r"\S+")


def split_links(text: str) -> tuple[list[str], list[str]]:
    """(web addresses, other words) of a paste: one address a line, or separated by spaces."""
    words = _TOKENS.findall(text or "")
    links = [w for w in words if w.lower().startswith(("http://", "https://"))]
    return list(dict.fromkeys(links)), [w for w in words if w not in links]


def bar():
    """A progress bar and the callback the library ticks with (done, total)."""
    widget = st.progress(0.0, text="Fetching…")

    def tick(done: int, total: int) -> None:
        widget.progress(done / max(total, 1), text=f"Fetched {done:,} of {total:,} addresses; storing as they come")

    return widget, tick


def fetch_links(links: list[str]) -> list[UrlResult]:
    widget, tick = bar()
    with Fetcher() as fetcher:
        results = ingest_urls(c.store(), links, fetcher=fetcher, progress=tick)
    widget.progress(1.0, text="Done")
    c.data_changed()
    return results


def report(results: list[UrlResult], key: str) -> None:
    """One row per address, then a line for each failure and each page in a language the engine does not read."""
    frame = pd.DataFrame([{
        "address": r.url, "outcome": str(r.outcome), "title": r.title or "", "publisher": r.publisher or "",
        "published": r.published, "language": r.language or "", "statements": r.statements, "details": r.message,
    } for r in results])  # fmt: skip
    st.dataframe(frame, hide_index=True, width="stretch", key=key,
                 column_config={"address": st.column_config.LinkColumn("address")})  # fmt: skip
    counts = {o: sum(r.outcome is o for r in results) for o in Outcome}
    stored = counts[Outcome.NEW] + counts[Outcome.UPDATED]
    summary = (f"{counts[Outcome.NEW]:,} new, {counts[Outcome.UPDATED]:,} updated, {counts[Outcome.UNCHANGED]:,} "
               f"unchanged, {counts[Outcome.FAILED]:,} failed")  # fmt: skip
    if stored:
        found = sum(r.statements for r in results if r.outcome in (Outcome.NEW, Outcome.UPDATED))
        st.success(f"Stored {stored:,} articles with {found:,} statements ({summary}). They show in Quotes now.")
    elif not counts[Outcome.FAILED]:
        st.info(f"Nothing new: every article was already stored unchanged ({summary}).")
    for r in results:
        if r.outcome is Outcome.FAILED:
            st.error(f"{r.url}: {r.message}", icon=":material/error:")
        elif r.not_read:
            st.warning(f"{r.url}: stored in language '{r.language}', which no engine reads yet "
                       f"({', '.join(SUPPORTED)} are read), so no statements are shown for it; it is not an article "
                       "without statements.")  # fmt: skip


def links_tab() -> None:
    with st.form("add_links_form", clear_on_submit=False):
        text = st.text_area(
            f"Web addresses of articles (up to {MAX_LINKS}), one a line", key="add_links", height=220,
            placeholder="https://www.example.org/news/2026/11/story.html",
        )  # fmt: skip
        submitted = st.form_submit_button("Fetch and store", key="add_links_submit", type="primary")
    if not submitted:
        return
    links, others = split_links(text)
    for word in others[:20]:
        st.error(f"{word}: not a web address (expected http:// or https://)", icon=":material/error:")
    if len(links) > MAX_LINKS:
        st.error(f"{len(links):,} addresses: at most {MAX_LINKS} at a time; the first {MAX_LINKS} are fetched now.")
        links = links[:MAX_LINKS]
    if not links:
        st.info("Paste at least one web address.")
        return
    try:
        auth.require(Role.EDITOR, named=False)  # at the write: a forged or stale submit fetches nothing
    except AttributionError as e:
        c.show_error(e)
        return
    report(fetch_links(links), key="add_links_report")
