"""Review: a queue ordered by check-worthiness; each statement in its article context with its review,
history, and conflict handling when another reviewer saved first. Bulk workflow changes for the queue.
The fact-check aids beside it: misattribution alerts, earlier verdicts on similar statements (a suggestion
the reviewer may copy into the form, never saved for them), and the same statement in other outlets.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from attribution import render
from attribution.access import Role
from attribution.errors import AttributionError
from attribution.review import Rating, Review, ReviewConflict, Verdict, Workflow
from attribution.store import StoredClaimMatch, StoredGroup, StoredStatement
from views import auth
from views import common as c

QUEUE = ["score", "statement", "aids", "speaker", "outlet", "publisher", "date", "status", "verdict"]
VERSIONS_SHOWN = 20  # reports of one statement drawn at once (a wire story can run in hundreds of outlets)
SEEN = "rv_seen"  # statement id → the Review the reviewer is editing (its version guards the save)
CONFLICTS = "rv_conflicts"  # statement id → the Review someone else saved meanwhile
FLASH = "rv_flash"
NONE = ""  # the "no value" option of verdict and rating


def keys(sid: int) -> dict[str, str]:
    return {f: f"rv_{f}_{sid}" for f in ("workflow", "verdict", "rating", "note", "evidence_urls")}


def load(sid: int, review: Review) -> None:
    """Put a review in the form (from a callback or before the form is drawn)."""
    k = keys(sid)
    st.session_state[SEEN][sid] = review
    st.session_state[k["workflow"]] = review.workflow.value
    st.session_state[k["verdict"]] = review.verdict.value if review.verdict else NONE
    st.session_state[k["rating"]] = review.rating.value if review.rating else NONE
    st.session_state[k["note"]] = review.note
    st.session_state[k["evidence_urls"]] = "\n".join(review.evidence_urls)


def edited(sid: int) -> dict[str, object]:
    """The form's values as save_review arguments."""
    k, ss = keys(sid), st.session_state
    return {
        "workflow": Workflow(ss[k["workflow"]]),
        "verdict": Verdict(ss[k["verdict"]]) if ss[k["verdict"]] else None,
        "rating": Rating(ss[k["rating"]]) if ss[k["rating"]] else None,
        "note": ss[k["note"]].strip(),
        "evidence_urls": tuple(line.strip() for line in ss[k["evidence_urls"]].splitlines() if line.strip()),
    }


def changes(base: Review, values: dict[str, object]) -> dict[str, object]:
    return {f: v for f, v in values.items() if getattr(base, f) != v}


def save(sid: int) -> None:
    """Save the fields the reviewer changed against the version they saw; a stale save is shown, not applied."""
    base = st.session_state[SEEN][sid]
    changed = changes(base, edited(sid))
    try:
        who = auth.require(Role.REVIEWER)  # checked at the write: a forged or stale click records nothing
    except AttributionError as e:
        st.session_state[FLASH] = ("error", f"Not saved: {e}")
        return
    if not changed:
        st.session_state[FLASH] = ("info", "Nothing changed, nothing saved.")
        return
    # The store reads None as "leave as it is" and "" as "clear" for verdict and rating.
    args = {f: ("" if v is None else v) for f, v in changed.items()}
    try:
        saved = c.store().save_review(sid, expected_version=base.version, reviewer=who, **args)
    except ReviewConflict as e:  # shown beside the form with both versions, see show_conflict
        st.session_state[CONFLICTS][sid] = e.current
        return
    except AttributionError as e:
        st.session_state[FLASH] = ("error", f"Not saved: {c.md(e)}")
        return
    st.session_state[CONFLICTS].pop(sid, None)
    load(sid, saved)
    c.data_changed()
    st.session_state[FLASH] = ("success", f"Saved: {', '.join(changed)} (version {saved.version}).")


def take_theirs(sid: int) -> None:
    load(sid, st.session_state[CONFLICTS].pop(sid))
    st.session_state[FLASH] = ("info", "Loaded the other reviewer's version; your edits were discarded.")


def keep_mine(sid: int) -> None:
    """Apply my edits on top of the other reviewer's saved version: a decision the reviewer made, not a silent one."""
    st.session_state[SEEN][sid] = st.session_state[CONFLICTS].pop(sid)
    save(sid)


def pick_row() -> None:
    rows = st.session_state["rv_table"].selection.rows
    if rows:
        st.session_state["rv_pick"] = st.session_state["rv_ids"][rows[0]]


def step(ids: list[int], by: int) -> None:
    i = ids.index(st.session_state["rv_pick"]) if st.session_state.get("rv_pick") in ids else 0
    st.session_state["rv_pick"] = ids[max(0, min(len(ids) - 1, i + by))]


def bulk(flt, n: int) -> None:
    workflow = Workflow(st.session_state["rv_bulk_workflow"])
    try:
        who = auth.require(Role.EDITOR)
        changed = c.store().bulk_set_workflow(
            flt, workflow, reviewer=who, note=st.session_state.get("rv_bulk_note", "").strip()
        )
    except AttributionError as e:
        st.session_state[FLASH] = ("error", f"Bulk change failed: {c.md(e)}")
        return
    # Versions moved under every open form: reload them from the store.
    st.session_state[SEEN].clear()
    st.session_state[CONFLICTS].clear()
    st.session_state["rv_bulk_confirm"] = False
    c.data_changed()
    st.session_state[FLASH] = ("success", f"Set {changed:,} of {n:,} statements to “{workflow.label}”.")


def goto(statement_id: int) -> None:
    """Open another statement in this page (a link would start a new session, and lose the reviewer's name)."""
    st.query_params["open"] = str(statement_id)
    st.session_state["rv_pick"] = statement_id


def use_verdict(sid: int, match: StoredClaimMatch) -> None:
    """Copy an earlier review into the form; the reviewer still decides whether to save it."""
    k, ss, earlier = keys(sid), st.session_state, match.reviewed
    copied = []
    if match.same_speaker and earlier.verdict:  # who said it carries over only to the same speaker
        ss[k["verdict"]] = earlier.verdict.value
        copied.append(f"verdict {earlier.verdict.label}")
    if earlier.rating:
        ss[k["rating"]] = earlier.rating.value
        copied.append(f"rating {earlier.rating.label}")
    urls = [u for u in ss[k["evidence_urls"]].splitlines() if u.strip()]
    ss[k["evidence_urls"]] = "\n".join(urls + [u for u in earlier.evidence_urls if u not in urls])
    if not ss[k["note"]].strip():
        ss[k["note"]] = f"As the review of statement #{earlier.id}" + (f": {earlier.note}" if earlier.note else ".")
    ss[FLASH] = (
        "info",
        f"Copied {' and '.join(copied)} from the review of statement #{earlier.id} into the form. "
        "Nothing is saved until you press Save review.",
    )


def usable(match: StoredClaimMatch) -> bool:
    return bool(match.reviewed.rating or (match.same_speaker and match.reviewed.verdict))


def links(s: StoredStatement, key: str, review: bool = True) -> None:
    """Open a statement: in its article, its speaker's page, or here for review."""
    cols = st.columns(3)
    cols[0].page_link(c.ARTICLES_PAGE, label="In its article", icon=":material/article:",
                      query_params={"article": str(s.article_id), "statement": str(s.id)})  # fmt: skip
    if s.speaker_id is not None:
        cols[1].page_link(c.SPEAKERS_PAGE, label=f"About {c.md(s.speaker)}", icon=":material/record_voice_over:",
                          query_params={"speaker": str(s.speaker_id)})  # fmt: skip
    if review:
        cols[2].button("Review it", key=key, on_click=goto, args=(s.id,), icon=":material/fact_check:")


def show_alerts(alerts) -> None:
    for i, a in enumerate(alerts):
        o = a.other
        st.error(
            f"**Misattribution alert** — the same words (similarity {a.score:.0f}) are attributed to "
            f"**{c.md(a.other_speaker)}** in {c.where(o, speaker=False)}; here they are given to "
            f"**{c.md(a.speaker)}**.",
            icon=":material/person_alert:",
        )
        links(o, key=f"rv_alert_open_{i}_{o.id}")


def show_claim_matches(sid: int, matches: list[StoredClaimMatch]) -> None:
    for m in matches:
        r = m.reviewed
        found = ", ".join(
            x for x in (f"verdict **{r.verdict.label}**" if r.verdict else "",
                        f"rating **{r.rating.label}**" if r.rating else "") if x
        )  # fmt: skip
        with st.container(border=True):
            st.markdown(
                f":material/history: **Checked before** (similarity {m.score:.0f}): {found}"
                + (f", by {c.md(r.reviewer)}" if r.reviewer else "")
            )
            st.html(render.quote_html(r.text))
            st.caption(c.where(r) + (f" · note: {c.md(r.note)}" if r.note else ""))
            if not m.same_speaker:
                st.caption("Another speaker said it: only the content rating carries over.")
            if auth.may(Role.REVIEWER):  # it fills the review form, which only a reviewer has
                st.button("Use this verdict", key=f"rv_use_{sid}_{r.id}", on_click=use_verdict, args=(sid, m),
                          disabled=not usable(m), icon=":material/content_copy:", width="stretch",
                          help="Fills the form; you still press Save review")  # fmt: skip
            st.button("Open that review", key=f"rv_match_open_{r.id}", on_click=goto, args=(r.id,),
                      icon=":material/fact_check:", width="stretch")  # fmt: skip


def show_group(sid: int, group: StoredGroup) -> None:
    n = len(group.versions)
    sources = group.independent_sources
    st.subheader("Same statement elsewhere")
    if n < 2:
        who = group.versions[0].statement.speaker if group.versions else None
        st.warning(f"Single source: no other article gives these words to {c.md(who or 'this speaker')}.",
                   icon=":material/looks_one:")  # fmt: skip
        return
    st.markdown(
        f"**{n} reports**, **{sources} independent source{'s' if sources != 1 else ''}**: "
        + c.md(", ".join(group.sources))
    )
    if group.single_source:
        st.warning(
            f"Single source: all {n} reports go back to {c.md(group.sources[0] if group.sources else 'one source')} "
            "(wire copies and relays count once).",
            icon=":material/looks_one:",
        )
    if group.wordings > 1:
        st.caption(f"{group.wordings} wordings. Each report is compared with the canonical wording: removed words "
                   "struck through, added words underlined.")  # fmt: skip
    for v in group.versions[:VERSIONS_SHOWN]:
        s = v.statement
        tags = [t for on, t in ((s.id == sid, "this statement"), (v.canonical, "canonical wording"),
                                (v.altered, "altered")) if on]  # fmt: skip
        with st.container(border=True):
            st.markdown(c.where(s) + "".join(f" · :orange-badge[{t}]" for t in tags))
            st.html(render.diff_html(v.diff))
            links(s, key=f"rv_version_open_{s.id}", review=s.id != sid)
    if n > VERSIONS_SHOWN:
        st.caption(f"… and {n - VERSIONS_SHOWN:,} more reports.")


def vocab_select(label: str, vocabulary, key: str, optional: bool) -> None:
    options = ([NONE] if optional else []) + [m.value for m in vocabulary]
    st.selectbox(label, options, key=key, format_func=lambda v: vocabulary(v).label if v else "—")


def history_frame(sid: int) -> pd.DataFrame:
    rows = [
        {
            "when": h.at,
            "reviewer": h.reviewer,
            "field": h.field.replace("_", " "),
            "old": c.vocab_label(h.old) if h.field in ("workflow", "verdict", "rating") else (h.old or ""),
            "new": c.vocab_label(h.new) if h.field in ("workflow", "verdict", "rating") else (h.new or ""),
            "note": h.note,
        }
        for h in reversed(c.store().review_history(sid))
    ]
    return pd.DataFrame(rows, columns=["when", "reviewer", "field", "old", "new", "note"])


def show_conflict(sid: int, theirs: Review) -> None:
    mine, base = edited(sid), st.session_state[SEEN][sid]
    when = f" at {theirs.updated_at:%Y-%m-%d %H:%M}" if theirs.updated_at else ""
    st.error(
        f"**{c.md(theirs.reviewer or 'Another reviewer')}** saved this review{when} (version {theirs.version}) after "
        f"you opened version {base.version}. Nothing of yours was saved.",
        icon=":material/sync_problem:",
    )
    table = pd.DataFrame(
        [
            {
                "field": f.replace("_", " "),
                "you opened": _show(getattr(base, f)),
                f"{theirs.reviewer or 'they'} saved": _show(getattr(theirs, f)),
                "your edit": _show(mine[f]),
            }
            for f in mine
            if getattr(base, f) != getattr(theirs, f) or mine[f] != getattr(base, f)
        ]
    )
    st.dataframe(table, hide_index=True, width="stretch", key=f"rv_conflict_table_{sid}")
    left, right = st.columns(2)
    left.button("Load their version", key=f"rv_theirs_{sid}", on_click=take_theirs, args=(sid,), width="stretch")
    right.button(
        "Apply my edits on top of theirs", key=f"rv_mine_{sid}", on_click=keep_mine, args=(sid,), width="stretch"
    )


def _show(value: object) -> str:
    if isinstance(value, tuple):
        return "\n".join(value)
    return c.vocab_label(value) if value is not None else "—"


st.title("Review")
c.require_articles()
c.aids_notice("rv_refresh_aids")
name = c.reviewer()  # first, so "Reviewing as" heads the sidebar
flt = c.filter_sidebar("review")
ss = st.session_state
ss.setdefault(SEEN, {})
ss.setdefault(CONFLICTS, {})
u, store = c.url(), c.store()

top = st.columns([1, 1, 1, 3], vertical_alignment="bottom")
ss.setdefault("rv_hide_done", st.query_params.get("show_done") != "1")  # a link can show the done ones
hide_done = top[0].toggle("Hide done", key="rv_hide_done", help="Workflow is not done, unless the filter asks for done")
queue_flt = flt
if hide_done and Workflow.DONE not in (*flt.workflows, *flt.exclude_workflows) and not flt.statement_ids:
    queue_flt = replace(flt, exclude_workflows=(*flt.exclude_workflows, Workflow.DONE.value))
limit, offset = c.requested_page("rv_page")
n, queue = c.parallel(
    lambda: c.count(u, queue_flt),
    lambda: store.statements(queue_flt, limit=limit, offset=offset, order="check_score_desc"),
)
opened = c.id_param("open", "statement")
if c.pager(n, key="rv_page", columns=top[1:]) != (limit, offset):  # the page asked for is past the last one
    limit, offset = c.requested_page("rv_page")
    queue = store.statements(queue_flt, limit=limit, offset=offset, order="check_score_desc")
ids = [s.id for s in queue]
if opened is not None and opened not in ids:
    ids.insert(0, opened)
ss["rv_ids"] = ids

with st.expander(f"Queue: {n:,} statements, most check-worthy first", expanded=True):
    if queue:
        st.dataframe(
            c.statement_frame(queue, QUEUE),
            hide_index=True,
            width="stretch",
            column_config=c.STATEMENT_COLUMNS,
            key="rv_table",
            on_select=pick_row,
            selection_mode="single-row",
            height=c.table_height(len(queue), cap=320),
        )
    else:
        st.info("The queue is empty for these filters.")

if auth.may(Role.EDITOR):  # bulk changes are an editor's; `bulk` checks again when it runs
    with st.expander(f"Bulk: set the workflow of all {n:,} statements in this queue"):
        b1, b2 = st.columns([1, 2])
        b1.selectbox(
            "Workflow", [w.value for w in Workflow], key="rv_bulk_workflow", format_func=lambda v: Workflow(v).label
        )
        b2.text_input("Note for the history", key="rv_bulk_note")
        confirm = st.checkbox(f"Yes, change {n:,} statements", key="rv_bulk_confirm")
        st.button(
            "Apply to the queue",
            key="rv_bulk_apply",
            on_click=bulk,
            args=(queue_flt, n),
            disabled=not (confirm and name and n),
            help=None if name else "Enter your name above first",
        )

if flash := ss.pop(FLASH, None):
    getattr(st, flash[0])(flash[1])

if not ids:
    st.stop()
if ss.get("rv_pick") not in ids:
    ss["rv_pick"] = opened if opened in ids else ids[0]
labels = {s.id: f"#{s.id} · {s.speaker or 'unattributed'}: {s.text[:90]}" for s in queue}
p1, p2, p3 = st.columns([8, 1, 1], vertical_alignment="bottom")
p1.selectbox("Statement", ids, key="rv_pick", format_func=lambda i: labels.get(i, f"#{i}"))
p2.button("Previous", key="rv_prev", on_click=step, args=(ids, -1), width="stretch")
p3.button("Next", key="rv_next", on_click=step, args=(ids, 1), width="stretch")

sid = ss["rv_pick"]
s, group, alerts, matches = c.parallel(
    lambda: store.statement(sid),
    lambda: store.statement_group(sid),
    lambda: store.misattribution_alerts(sid),
    lambda: store.claim_match(sid),
)
article = store.article(s.article_id)
if sid not in ss[SEEN]:
    load(sid, store.review(sid))
c.sync_url({**c.query_params(flt), "show_done": "" if hide_done else "1", "open": str(sid)})

info, form = st.columns([3, 2], gap="large")
with info:
    who = s.speaker or "Unattributed"
    detail = ", ".join(x for x in (s.role, s.affiliation, s.country) if x)
    st.markdown(f"### {c.md(who)}" + (f" — {c.md(detail)}" if detail else ""))
    via = f"via **{c.md(s.outlet)}**, " if s.outlet else ""
    st.caption(
        f"{via}published by **{c.md(s.publisher or 'unknown publisher')}**"
        f"{f' on {s.published:%Y-%m-%d}' if s.published else ''} · {c.vocab_label(s.kind)} quote"
        f" · confidence {s.confidence:.2f}" + (f" · topics: {c.md(', '.join(s.topics))}" if s.topics else "")
    )
    if s.check_score is not None:
        reasons = " ".join(f":blue-badge[{c.md(r)}]" for r in s.check_reasons) or "no specific reason"
        st.markdown(f"Check-worthiness **{s.check_score:.2f}** {reasons}")
    show_alerts(alerts)
    if s.changed_since_review:  # a re-extraction changed what the review was made on
        st.warning(
            "Changed since it was reviewed: check the review again. It was made on:", icon=":material/sync_problem:"
        )
        for field, reviewed, now in s.changed_since_review:
            st.text(f"{field}: {reviewed or '(none)'}  →  now: {now or '(none)'}")
    st.html(render.context_html(article.text, s))
    st.caption("Statement highlighted; **speaker mention** in bold, *cue* dotted.")
    st.page_link(
        c.ARTICLES_PAGE,
        label=f"Read the whole article: {c.md(article.title or article.key)}",
        icon=":material/article:",
        query_params={"article": str(s.article_id), "statement": str(sid)},
    )
    if s.speaker_id is not None:
        st.page_link(c.SPEAKERS_PAGE, label=f"About {c.md(s.speaker)}: aliases, outlets, verdicts",
                     icon=":material/record_voice_over:", query_params={"speaker": str(s.speaker_id)})  # fmt: skip

with form:
    show_claim_matches(sid, matches)
    if theirs := ss[CONFLICTS].get(sid):
        show_conflict(sid, theirs)
    k = keys(sid)
    seen = ss[SEEN][sid]
    saved_by = f", last saved by {c.md(seen.reviewer)}" if seen.reviewer else ", never reviewed"
    last = f"version {seen.version}{saved_by}"
    if not auth.may(Role.REVIEWER):  # a viewer reads the review; `save` refuses them whatever the browser sends
        st.markdown(f"**Workflow** {seen.workflow.label} · **verdict** {seen.verdict.label if seen.verdict else '—'}"
                    f" · **rating** {seen.rating.label if seen.rating else '—'}")  # fmt: skip
        st.caption(f"{last} · you can read reviews; recording them needs the reviewer role")
    else:
        with st.form(f"rv_form_{sid}", border=True):
            vocab_select("Workflow", Workflow, k["workflow"], optional=False)
            vocab_select("Attribution verdict (did they say it?)", Verdict, k["verdict"], optional=True)
            vocab_select("Content rating (is it true?)", Rating, k["rating"], optional=True)
            st.text_area("Conclusion note", key=k["note"], height=100)
            st.text_area("Evidence URLs, one a line", key=k["evidence_urls"], height=80)
            st.form_submit_button(
                "Save review",
                key=f"rv_save_{sid}",
                on_click=save,
                args=(sid,),
                type="primary",
                disabled=not name,
                icon=":material/save:",
            )
        st.caption(last + ("" if name else " · enter your name above to save"))

show_group(sid, group)

st.subheader("History")
history = history_frame(sid)
if history.empty:
    st.caption("No changes yet.")
else:
    st.dataframe(
        history,
        hide_index=True,
        width="stretch",
        key="rv_history",
        column_config={"when": st.column_config.DatetimeColumn("when", format="YYYY-MM-DD HH:mm:ss")},
    )
