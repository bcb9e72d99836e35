"""Streamlit dashboard over the quote store (`make run`). The pages in views/ read it through `attribution`."""

from __future__ import annotations

import logging

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from attribution.errors import AttributionError
from attribution.untrusted import markdown
from views import auth

PAGES = {
    "Explore": [
        st.Page("views/quotes.py", title="Quotes", icon=":material/format_quote:", default=True),
        st.Page("views/compare.py", title="Compare positions", icon=":material/compare_arrows:"),
        st.Page("views/articles.py", title="Articles", icon=":material/article:"),
        st.Page("views/speakers.py", title="Speakers", icon=":material/record_voice_over:"),
        st.Page("views/outlets.py", title="Outlets", icon=":material/newspaper:"),
    ],
    "Check": [
        st.Page("views/review.py", title="Review", icon=":material/fact_check:"),
        st.Page("views/groups.py", title="Same statement?", icon=":material/call_merge:"),
    ],
    "Data": [
        st.Page("views/add.py", title="Add articles", icon=":material/add_circle:"),
        st.Page("views/feeds.py", title="Feeds", icon=":material/rss_feed:"),
        st.Page("views/export.py", title="Export", icon=":material/download:"),
    ],
}

st.set_page_config(page_title="Quote attribution", page_icon=":material/format_quote:", layout="wide")
page = st.navigation(PAGES)
try:
    auth.gate()  # team mode: sign in first; the sidebar shows who and their role
    page.run()
except AttributionError as e:
    st.error(f"{type(e).__name__}: {markdown(e)}", icon=":material/error:")  # messages quote what people typed
except OSError as e:  # a store path that cannot be made or read
    st.error(f"The store could not be opened: {markdown(e)}", icon=":material/error:")
except SQLAlchemyError as e:
    # The database itself failed (locked, gone, unreachable): say so plainly; the details go to the server log.
    logging.getLogger("dashboard").exception("database error")
    st.error(
        f"The store could not answer ({type(e).__name__}). Check that the database is reachable and try again.",
        icon=":material/error:",
    )
