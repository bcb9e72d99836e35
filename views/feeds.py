"""Feeds: follow RSS/Atom feeds (a feed's address or a site's page that links to its feeds), see each one's last
poll and error, poll now. `python -m attribution feeds poll --every 15m` keeps them polled from a terminal."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from attribution.access import Identity, Role
from attribution.errors import AttributionError
from attribution.store import web as stored
from attribution.web import Fetcher, FetchError, discover, poll
from views import auth, fetching
from views import common as c

ss = st.session_state

st.title("Feeds")
st.caption("New articles of the feeds followed are fetched and stored when a feed is polled; an article already "
           "stored is not repeated, and an unchanged feed costs one request. From a terminal: "
           "`python -m attribution feeds poll --every 15m`.")  # fmt: skip
store = c.store()

editor = auth.may(Role.EDITOR)  # a viewer sees the feeds, not the controls; each write checks again


def acting() -> Identity | bool | None:
    """Who follows, polls or stops following (None: a single-user store with no name given); False when this
    session may not, said on the page."""
    try:
        return auth.require(Role.EDITOR, named=False)
    except AttributionError as e:
        c.show_error(e)
        return False


add = False
if editor:
    with st.form("feeds_add_form", clear_on_submit=True):
        url = st.text_input("Feed or site address", key="feeds_url", placeholder="https://www.example.org/rss.xml")
        add = st.form_submit_button("Follow", key="feeds_add", type="primary")
if add and (who := acting()) is not False:
    url = (url or "").strip()
    try:
        with Fetcher() as fetcher, st.spinner("Looking for the feed…"):
            found = discover(fetcher, url)
    except FetchError as e:
        st.error(f"{url}: {e.kind}: {e.reason}", icon=":material/error:")
    else:
        if not found:
            st.error(f"{url}: no RSS or Atom feed found there; give the feed's own address.", icon=":material/error:")
        for feed_url in found:
            try:
                feed = stored.add_feed(store, feed_url, added_by=who.label if who else None)
            except stored.FeedExists as e:
                st.info(str(e))
            else:
                st.success(f"Following feed {feed.id}: {feed.url}. Poll it to fetch its articles.")

feeds = stored.list_feeds(store)
if not feeds:
    st.info("No feed followed yet: add a feed's address, or a news site's home page that links to its feeds.")
    st.stop()

frame = pd.DataFrame([{
    "id": f.id, "feed": f.url, "title": f.title or "", "added by": f.added_by or "",
    "last poll": f.last_polled.strftime("%Y-%m-%d %H:%M UTC") if f.last_polled else "never",
    "status": f.last_status or "", "articles": f.article_count, "last error": f.last_error or "",
} for f in feeds])  # fmt: skip
st.dataframe(frame, hide_index=True, width="stretch", key="feeds_table",
             column_config={"feed": st.column_config.LinkColumn("feed")})  # fmt: skip

names = {f.id: f"{f.id} · {f.title or f.url}" for f in feeds}
chosen = st.multiselect("Feeds", list(names), format_func=names.get, key="feeds_pick", placeholder="All feeds")
if not editor:
    st.stop()
left, right = st.columns([1, 1])
if left.button("Poll now", key="feeds_poll", type="primary", icon=":material/sync:") and acting() is not False:
    widget, tick = fetching.bar()
    with Fetcher() as fetcher:
        polled = poll(store, chosen or None, fetcher=fetcher, progress=tick)
    widget.progress(1.0, text="Done")
    c.data_changed()
    ss["feeds_polled"] = polled
    st.rerun()  # the table above shows the poll
if right.button("Stop following", key="feeds_remove", disabled=not chosen, icon=":material/delete:") and (
    acting() is not False
):
    for feed_id in chosen:
        gone = stored.remove_feed(store, feed_id)
        st.toast(f"No longer following {gone.url}; its {gone.article_count} articles stay.")
    ss.pop("feeds_pick", None)
    st.rerun()

for p in ss.get("feeds_polled", []):
    with st.container(border=True):
        (st.success if p.ok else st.error)(p.message)
        if p.results:
            fetching.report(list(p.results), key=f"feeds_report_{p.feed.id}")
