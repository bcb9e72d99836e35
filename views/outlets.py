"""Outlets: the relay outlets statements were given to, as the store knows them (listed in data/outlets.csv or
met in text), with their statements, first and last seen and variants; merge variants into one outlet (undo a
merge), decide merge suggestions, set an outlet's country and kind. Writes need the editor role in team mode."""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from attribution.access import Role
from attribution.errors import AttributionError
from attribution.store import StatementFilter
from attribution.store.outlets import KINDS, ORDERS
from views import auth
from views import common as c

CHOICES = 500  # outlets a merge form offers: those the sidebar's search keeps, most statements first
SHOWN = 25  # merge suggestions drawn at once; deciding one brings the next
LISTED = {"any": None, "listed in data/outlets.csv": True, "met in text only": False}
ORDER_LABELS = {"statements": "most statements", "name": "name", "last_seen": "last seen"}
ss = st.session_state


@st.cache_data(ttl=c.CACHE_TTL, show_spinner=False, max_entries=200)
def listing(url: str, query: tuple, order: str, limit: int, offset: int) -> tuple[int, list]:
    """(outlets matching, a page of them): counted over every statement, so kept until a write clears it."""
    found = dict(query)
    return c.store().count_outlets(**found), c.store().outlets(**found, order=order, limit=limit, offset=offset)


def flash(kind: str, message: str) -> None:
    ss["ol_flash"] = (kind, message)


def write(action, done: str) -> None:
    """Run one write as the person signed in (checked now, on the server); say what happened."""
    try:
        who = auth.require(Role.EDITOR)
        action(who)
    except AttributionError as e:
        c.data_changed()  # a merge made meanwhile elsewhere: the page shows it now
        flash("error", f"Not done: {c.md(e)}")
        return
    c.data_changed()
    flash("success", done)


def merge() -> None:
    keep, drops = ss.get("ol_keep"), [d for d in ss.get("ol_drop", []) if d != ss.get("ol_keep")]
    if keep is None or not drops:
        flash("warning", "Choose the outlet to keep and at least one other to merge into it.")
        return

    def run(who) -> None:
        for drop in drops:
            c.store().merge_outlets(keep, drop, who)

    write(run, f"Merged {len(drops)} outlet{'s' if len(drops) > 1 else ''} into outlet #{keep}.")
    ss["ol_drop"] = []


def unmerge(outlet_id: int, name: str) -> None:
    write(lambda who: c.store().unmerge_outlet(outlet_id, who), f"{name} stands for itself again.")


def decide(suggestion_id: int, accept: bool) -> None:
    def run(who) -> None:
        if accept:
            c.store().accept_outlet_merge(suggestion_id, who)
        else:
            c.store().reject_outlet_merge(suggestion_id, who)

    write(run, f"Suggestion {suggestion_id} {'accepted' if accept else 'rejected'}.")


def edit(outlet_id: int) -> None:
    country, kind = ss.get(f"ol_country_{outlet_id}"), ss.get(f"ol_kind_{outlet_id}")
    write(lambda who: c.store().edit_outlet(outlet_id, who, country=country, kind=kind), "Saved.")


def refresh() -> None:
    write(lambda who: ss.__setitem__("ol_new", c.store().refresh_outlet_suggestions()), "Outlets compared again.")


def new_search() -> None:
    ss["ol_page"] = 1


def quotes_link(name: str) -> str:
    """The Quotes page (the app's default page) filtered by one outlet, its merged variants included."""
    return "./?" + urlencode(c.query_params(StatementFilter(outlets=(name,))), doseq=True)


def outlet_label(o) -> str:
    return f"{o.name} ({o.statement_count:,})"


st.title("Outlets")
st.caption("The outlets statements were given to or relayed by. Merge the names of one outlet (\"AFP\", "
           "\"Agence France-Presse\") into one: statements keep the words of their text, filters, charts and exports "
           "use the name kept, and later articles naming a variant join it.")  # fmt: skip
c.require_articles()
store = c.store()
editor = auth.may(Role.EDITOR)  # a viewer sees the outlets, not the controls; each write checks again
named = auth.team_mode() or bool(c.reviewer(ask=False))  # single-user: a name typed once, recorded with writes

with st.sidebar:
    st.subheader("Outlets")
    st.text_input("Find an outlet", key="ol_search", placeholder="name or variant", on_change=new_search)
    st.selectbox("Listed", list(LISTED), key="ol_listed", on_change=new_search)
    st.selectbox("Country", store.outlet_countries(), key="ol_country", index=None, placeholder="All",
                 on_change=new_search)  # fmt: skip
    st.selectbox("Kind", KINDS, key="ol_kind", index=None, placeholder="All", on_change=new_search)
    st.selectbox("Order", ORDERS, key="ol_order", format_func=ORDER_LABELS.get, on_change=new_search)

if message := ss.pop("ol_flash", None):
    getattr(st, message[0])(message[1])

query = dict(search=(ss.get("ol_search") or "").strip(), country=ss.get("ol_country"), kind=ss.get("ol_kind"),
             listed=LISTED[ss.get("ol_listed", "any")])  # fmt: skip
limit, offset = c.requested_page("ol_page")
total, rows = listing(c.url(), tuple(query.items()), ss.get("ol_order", "statements"), limit, offset)
if not total:
    st.info("No outlet matches." if any(query.values()) else "No statement names an outlet yet.")
else:
    frame = pd.DataFrame([{
        "id": o.id, "outlet": o.name, "statements": o.statement_count,
        "listed": "data/outlets.csv" if o.listed else "met in text", "country": o.country or "",
        "kind": o.kind or "", "first seen": o.first_seen, "last seen": o.last_seen,
        "also written": ", ".join(o.variants), "quotes": quotes_link(o.name),
    } for o in rows])  # fmt: skip
    for column in ("first seen", "last seen"):
        frame[column] = pd.to_datetime(frame[column])
    st.dataframe(
        frame, hide_index=True, width="stretch", key="ol_table", height=c.table_height(len(rows)),
        column_config={
            "quotes": st.column_config.LinkColumn("quotes", display_text="statements", help="Its statements in Quotes"),
            "first seen": st.column_config.DateColumn("first seen", format="YYYY-MM-DD"),
            "last seen": st.column_config.DateColumn("last seen", format="YYYY-MM-DD"),
        },
    )  # fmt: skip
    c.pager(total, "ol_page", noun="outlets")

    st.subheader("An outlet")
    names = {o.id: outlet_label(o) for o in rows}
    picked = st.selectbox("Outlet", list(names), key="ol_pick", format_func=lambda i: names.get(i, f"outlet #{i}"))
    if picked is not None and picked in names:
        o = next(r for r in rows if r.id == picked)
        st.markdown(f"**{c.md(o.name)}** · {'listed in data/outlets.csv' if o.listed else 'met in text'} · "
                    f"{o.statement_count:,} statements"
                    + (f" · {o.first_seen:%Y-%m-%d} to {o.last_seen:%Y-%m-%d}" if o.first_seen else ""))  # fmt: skip
        relayed = c.query_params(StatementFilter(outlets=(o.name,)))
        st.page_link(c.QUOTES_PAGE, label=f"Statements relayed by {c.md(o.name)} in Quotes",
                     icon=":material/format_quote:", query_params=relayed)  # fmt: skip
        if o.variants:
            st.markdown("Also written: " + c.md(", ".join(o.variants)))
        if editor:
            with st.form(f"ol_edit_form_{o.id}", border=True):
                left, right, act = st.columns([3, 3, 2], vertical_alignment="bottom")
                left.text_input("Country", value=o.country or "", key=f"ol_country_{o.id}")
                kinds = ["", *KINDS]
                right.selectbox("Kind", kinds, index=kinds.index(o.kind) if o.kind in kinds else 0,
                                key=f"ol_kind_{o.id}", format_func=lambda k: k or "none")  # fmt: skip
                act.form_submit_button("Save", key=f"ol_save_{o.id}", on_click=edit, args=(o.id,),
                                       icon=":material/save:", width="stretch")  # fmt: skip
        merges = store.outlet_merges(o.id, limit=20)
        if merges:
            st.markdown("**Merges**")
        for m in merges:
            line = (f"{m.merged_at:%Y-%m-%d %H:%M} · {c.md(m.merged_by)}: {c.md(m.outlet)} into {c.md(m.into)} "
                    f"({c.md(m.reason)})")  # fmt: skip
            if m.undone_at:
                line += f" · undone by {c.md(m.undone_by)} at {m.undone_at:%Y-%m-%d %H:%M}"
            left, right = st.columns([6, 1], vertical_alignment="center")
            left.caption(line)
            if editor and not m.undone_at and m.into_id == o.id:
                right.button("Undo", key=f"ol_undo_{m.id}", on_click=unmerge, args=(m.outlet_id, m.outlet),
                             icon=":material/undo:", disabled=not named)  # fmt: skip

if editor:
    st.subheader("Merge outlets")
    _, choices = listing(c.url(), tuple(query.items()), "statements", CHOICES, 0)
    labels = {o.id: outlet_label(o) for o in choices}
    with st.form("ol_merge_form", border=True):
        st.selectbox("Keep", list(labels), key="ol_keep", index=None, format_func=labels.get,
                     placeholder="the outlet that stays")  # fmt: skip
        st.multiselect("Merge into it", list(labels), key="ol_drop", format_func=labels.get,
                       placeholder="its other names")  # fmt: skip
        st.form_submit_button("Merge", key="ol_merge", on_click=merge, type="primary", icon=":material/merge:",
                              disabled=not named)  # fmt: skip
    if not named:
        c.reviewer()  # asked here, where it is needed

st.divider()
suggestions = store.outlet_suggestions()
st.subheader(f"Merge suggestions ({len(suggestions)} open)")
if editor:
    st.button("Compare the outlets again", key="ol_refresh", on_click=refresh, icon=":material/refresh:",
              disabled=not named)  # fmt: skip
if not suggestions:
    st.caption("None open." + (" Compare the outlets again after new articles." if editor else ""))
for sg in suggestions[:SHOWN]:
    with st.container(border=True):
        a, b, act = st.columns([5, 5, 2], vertical_alignment="center")
        for col, side in ((a, sg.a), (b, sg.b)):
            col.markdown(f"**{c.md(side.name)}** · {side.statement_count:,} statements"
                         + (" · listed" if side.listed else ""))  # fmt: skip
        act.caption(f"similarity {sg.score:.0f} · {c.md(sg.reason)}")
        if editor:
            act.button("Same outlet", key=f"ol_accept_{sg.id}", on_click=decide, args=(sg.id, True),
                       disabled=not named, icon=":material/merge:", width="stretch")  # fmt: skip
            act.button("Different", key=f"ol_reject_{sg.id}", on_click=decide, args=(sg.id, False),
                       disabled=not named, icon=":material/call_split:", width="stretch")  # fmt: skip
