"""Speakers: one page per canonical speaker (names, aliases, statements by outlet and time, verdicts),
and the merge suggestions a person accepts or rejects.
"""

from __future__ import annotations

import streamlit as st

from attribution.access import Role
from attribution.errors import AttributionError
from attribution.store import StatementFilter
from views import auth
from views import common as c

LISTED = 200
SHOWN = 25  # merge suggestions drawn at once; deciding one brings the next
RECENT_ROWS = 50
DISPUTED = ("misattributed", "fabricated", "altered", "denied_by_speaker")  # verdicts that say the quote is wrong
RECENT = ["open", "statement", "outlet", "publisher", "date", "status", "verdict"]


def decide(suggestion_id: int, accept: bool) -> None:
    store = c.store()
    try:
        name = auth.require(Role.REVIEWER)  # at the write: a forged or stale click records nothing
        if accept:
            store.accept_merge(suggestion_id, name)
        else:
            store.reject_merge(suggestion_id, name)
    except AttributionError as e:
        st.session_state["sp_flash"] = ("error", f"Not done: {c.md(e)}")
        return
    c.data_changed()
    st.session_state["sp_flash"] = ("success", f"Suggestion {suggestion_id} {'accepted' if accept else 'rejected'}.")


def entity_line(e) -> str:
    detail = ", ".join(x for x in (e.role, e.affiliation, e.country) if x)
    return f"**{c.md(e.name)}**" + (f" ({c.md(detail)})" if detail else "") + f" · {e.statement_count:,} statements"


st.title("Speakers")
c.require_articles()
store, u, ss = c.store(), c.url(), st.session_state
name = c.reviewer(ask=False)

# A link opens its speaker, also when this session has another open (see Articles).
linked = c.id_param("speaker", "speaker")
if linked is not None and linked != ss.get("sp_linked"):
    ss["sp_pick"] = ss["sp_linked"] = linked
with st.sidebar:
    st.subheader("Speakers")
    search = st.text_input("Find a speaker", key="sp_search", placeholder="name or alias")
    entities = c.speaker_entities(u, search.strip(), LISTED)
    names = {e.id: f"{e.name} ({e.statement_count:,})" for e in entities}
    ids = list(names)
    if ss.get("sp_pick") is not None and ss["sp_pick"] not in ids:
        ids.insert(0, ss["sp_pick"])
    if ids:
        ss.setdefault("sp_pick", ids[0])
        st.selectbox("Speaker", ids, key="sp_pick", format_func=lambda i: names.get(i, f"speaker #{i}"))
    else:
        st.caption("No speaker matches.")

if flash := ss.pop("sp_flash", None):
    getattr(st, flash[0])(flash[1])

entity_id = ss.get("sp_pick")
if entity_id is not None:
    try:
        entity = store.speaker_entity(entity_id)
    except AttributionError as e:  # merged away or gone since the link was made
        st.warning(f"Speaker #{entity_id} is not in the store any more ({c.md(e)}). Pick another one.")
        ss.pop("sp_pick")
        entity = None
    if entity is not None:
        st.header(c.md(entity.name))
        speech = c.speech_toggle(st, "sp_speech_all")
        c.sync_url({"speaker": str(entity.id), "speech": c.speech_param(speech)})
        ss["sp_linked"] = entity.id
        flt = StatementFilter(speakers=(entity.name,), speech=speech)
        st.caption(
            " · ".join(c.md(x) for x in (entity.role, entity.affiliation, entity.country) if x)
            + (" · in the knowledge base" if entity.known else "")
        )
        if entity.aliases:
            st.markdown("Also written: " + c.md(", ".join(entity.aliases)))
        n, verdicts, outlets, publishers, months, recent = c.parallel(
            lambda: c.count(u, flt),
            lambda: c.facet_counts(u, flt, "verdict", limit=None),
            lambda: c.facet_counts(u, flt, "outlet", limit=None),
            lambda: c.facet_counts(u, flt, "publisher"),
            lambda: c.timeline(u, flt, "month"),
            lambda: store.statements(flt, limit=RECENT_ROWS, order="published_desc"),
        )
        m = st.columns(4)
        # The picker counts every statement; say so when this page shows speech acts alone (143 beside 160).
        everything = None if speech is None else f"Speech acts; {entity.statement_count:,} with beliefs and plans"
        m[0].metric("Statements", f"{n:,}", help=everything)
        m[1].metric("Relay outlets", sum(1 for v, _ in outlets if v))
        m[2].metric("Reviewed", sum(k for v, k in verdicts if v))
        m[3].metric("Disputed or worse", sum(k for v, k in verdicts if v in DISPUTED))
        left, right = st.columns(2)
        with left:
            c.bar_chart(outlets[: c.CHART_BARS], "outlet", "Statements by relay outlet")
            c.bar_chart(verdicts, "verdict", "Verdict tally")
        with right:
            c.bar_chart(publishers, "publisher", "Statements by publisher")
            c.timeline_chart(months, "month")
        st.subheader("Latest statements")
        st.dataframe(c.statement_frame(recent, RECENT), hide_index=True, width="stretch",
                     column_config=c.STATEMENT_COLUMNS, key="sp_recent")  # fmt: skip
        st.page_link(c.QUOTES_PAGE, label=f"All statements of {c.md(entity.name)} in Quotes",
                     icon=":material/format_quote:", query_params=c.query_params(flt))  # fmt: skip

st.divider()
suggestions = store.merge_suggestions(status="open")
st.subheader(f"Merge suggestions ({len(suggestions)} open)")
if not suggestions:
    st.caption("None open: every borderline pair has been decided.")
elif not name:
    c.reviewer()  # asked here, where it is needed
writer = auth.may(Role.REVIEWER)  # a viewer sees the suggestions, not the buttons; `decide` checks again
for sg in suggestions[:SHOWN]:
    with st.container(border=True):
        a, b, act = st.columns([5, 5, 2], vertical_alignment="center")
        a.markdown(entity_line(sg.a) + ("\n\n" + c.md(", ".join(sg.a.aliases)) if sg.a.aliases else ""))
        b.markdown(entity_line(sg.b) + ("\n\n" + c.md(", ".join(sg.b.aliases)) if sg.b.aliases else ""))
        act.caption(f"similarity {sg.score:.2f} · {c.md(sg.reason)}")
        if writer:
            act.button("Same person", key=f"sp_accept_{sg.id}", on_click=decide, args=(sg.id, True),
                       disabled=not name, icon=":material/merge:", width="stretch")  # fmt: skip
            act.button("Different", key=f"sp_reject_{sg.id}", on_click=decide, args=(sg.id, False),
                       disabled=not name, icon=":material/call_split:", width="stretch")  # fmt: skip
