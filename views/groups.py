"""Same statement?: pairs of statements the fact-check aids think may report one statement (same speaker,
similar words, between the two grouping thresholds), side by side with their word diff, for a person to
decide; and the decisions made so far. A decision outlives every recomputation of the aids.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from attribution import render
from attribution.access import Role
from attribution.aids import quote_diff
from attribution.errors import AttributionError
from attribution.store import LinkStatus
from views import auth
from views import common as c

SHOWN = 25  # open pairs drawn at once; deciding one brings the next
DECIDED_ROWS = 100
FLASH = "grp_flash"


def decide(a: int, b: int, accept: bool) -> None:
    try:
        c.store().decide_group_link(a, b, accept, auth.require(Role.REVIEWER))
    except AttributionError as e:
        st.session_state[FLASH] = ("error", f"Not done: {c.md(e)}")
        return
    c.data_changed()
    st.session_state[FLASH] = (
        "success",
        f"Statements #{a} and #{b}: {'one statement' if accept else 'two different statements'}.",
    )


def decided_frame(links) -> pd.DataFrame:
    rows = [
        {"decision": "same statement" if link.status is LinkStatus.ACCEPTED else "different",
         "statement": link.a.text, "other": link.b.text, "speaker": link.a.speaker or "",
         "by": link.decided_by or "", "when": link.decided_at}
        for link in links
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=["decision", "statement", "other", "speaker", "by", "when"])


st.title("Same statement?")
c.require_articles()
c.aids_notice("grp_refresh_aids")
store, ss = c.store(), st.session_state
name = c.reviewer(ask=False)
if flash := ss.pop(FLASH, None):
    getattr(st, flash[0])(flash[1])

st.caption(
    "Reports by one speaker with nearly the same words are grouped as one statement automatically; pairs that "
    "are close but not close enough wait here. Your decision is kept whenever the aids are recomputed."
)
suggestions = store.group_suggestions(LinkStatus.OPEN, limit=SHOWN)
more = len(suggestions) == SHOWN
st.subheader(f"Open pairs ({len(suggestions)}{'+' if more else ''})")
if not suggestions:
    st.caption("None open: every borderline pair has been decided.")
elif not name:
    c.reviewer()  # asked here, where it is needed
writer = auth.may(Role.REVIEWER)  # a viewer sees the pairs, not the buttons; `decide` checks again
for link in suggestions:
    a, b = link.a, link.b
    with st.container(border=True):
        left, right, act = st.columns([5, 5, 3], vertical_alignment="top")
        left.markdown(f"#{a.id} · " + c.where(a))
        left.html(render.quote_html(a.text))
        right.markdown(f"#{b.id} · " + c.where(b))
        right.html(render.diff_html(quote_diff(a.text, b.text)))
        act.caption(f"similarity {link.score:.0f}" if link.score is not None else "linked by hand")
        if writer:
            act.button("Same statement", key=f"grp_accept_{a.id}_{b.id}", on_click=decide, args=(a.id, b.id, True),
                       disabled=not name, icon=":material/call_merge:", width="stretch")  # fmt: skip
            act.button("Different", key=f"grp_reject_{a.id}_{b.id}", on_click=decide, args=(a.id, b.id, False),
                       disabled=not name, icon=":material/call_split:", width="stretch")  # fmt: skip
if suggestions:
    st.caption("Right: the second report's words against the first's — removed struck through, added underlined.")

decided = [
    *store.group_suggestions(LinkStatus.ACCEPTED, limit=DECIDED_ROWS),
    *store.group_suggestions(LinkStatus.REJECTED, limit=DECIDED_ROWS),
]
with st.expander(f"Decided pairs ({len(decided)})"):
    if decided:
        st.dataframe(
            decided_frame(
                sorted(decided, key=lambda link: link.decided_at.timestamp() if link.decided_at else 0, reverse=True)
            ),
            hide_index=True,
            width="stretch",
            key="grp_decided",
            column_config={"when": st.column_config.DatetimeColumn("when", format="YYYY-MM-DD HH:mm")},
        )
    else:
        st.caption("No decisions yet.")
