"""Export the filtered view as CSV, JSONL or ClaimReview JSON-LD (files made by attribution.export)."""

from __future__ import annotations

import io
import os
from itertools import islice

import streamlit as st

from attribution import export
from attribution.access import Role
from attribution.errors import AttributionError
from attribution.export import Organisation
from attribution.store import StatementFilter, Store
from views import auth
from views import common as c

ORG_NAME, ORG_URL = "ATTRIBUTION_ORG_NAME", "ATTRIBUTION_ORG_URL"  # the defaults `export` reads too

MAX_ROWS = 200_000  # more is a job for `python -m attribution export`, which streams
FORMATS = {
    "csv": ("CSV", "text/csv", "statements.csv"),
    "jsonl": ("JSON Lines", "application/jsonl", "statements.jsonl"),
    "claimreview": ("ClaimReview JSON-LD", "application/ld+json", "claimreview.jsonld"),
}


def build(store: Store, fmt: str, flt: StatementFilter, org: Organisation | None, finished_only: bool) -> str:
    """The file, made when its button is clicked (never on every rerun), a page of rows at a time."""
    stmts = islice(store.iter_statements(flt), MAX_ROWS)
    out = io.StringIO()
    if fmt == "csv":
        export.write_csv(map(export.stored_record, stmts), out, export.STORED_FIELDS)
    elif fmt == "jsonl":
        export.write_jsonl(map(export.stored_record, stmts), out)
    else:  # published under the organisation's name: an editor's decision, checked when the file is made
        auth.require(Role.EDITOR, named=False)
        export.write_claimreview(export.claimreview(stmts, org, finished_only=finished_only), out)
    return out.getvalue()


st.title("Export")
c.require_articles()
flt = c.filter_sidebar("export")
u, store = c.url(), c.store()
n = c.count(u, flt)
reviewed = sum(k for v, k in c.facet_counts(u, flt, "verdict", limit=None) if v)
c.sync_url(c.query_params(flt))

m1, m2 = st.columns(2)
m1.metric("Statements in this view", f"{n:,}")
m2.metric("With an attribution verdict", f"{reviewed:,}")
if n > MAX_ROWS:
    st.warning(
        f"The dashboard exports the first {MAX_ROWS:,}. For all {n:,}, run "
        "`python -m attribution export --format csv` with the same filters."
    )

editor = auth.may(Role.EDITOR)
org, finished_only = None, True
if editor:
    with st.container(border=True):
        st.markdown("**ClaimReview** publishes reviewed statements: an attribution review per verdict, a content "
                    "review per content rating, with your organisation as the author.")  # fmt: skip
        a, b = st.columns(2)
        org_name = a.text_input("Reviewing organisation", key="ex_org_name", value=os.environ.get(ORG_NAME, ""))
        org_url = b.text_input("Its web address", key="ex_org_url", value=os.environ.get(ORG_URL, ""),
                               placeholder="https://factcheck.example.org")  # fmt: skip
        finished_only = st.checkbox("Only reviews whose workflow is done", value=True, key="ex_done_only")
        if org_name.strip() and org_url.strip():
            try:
                org = Organisation.from_env(org_name.strip(), org_url.strip())
            except AttributionError as e:
                c.show_error(e)

formats = {f: v for f, v in FORMATS.items() if editor or f != "claimreview"}
cols = st.columns(len(formats))
for col, (fmt, (label, mime, name)) in zip(cols, formats.items(), strict=True):
    needs_org = fmt == "claimreview" and org is None
    col.download_button(
        f"Download {label}",
        data=lambda fmt=fmt: build(store, fmt, flt, org, finished_only),
        file_name=name,
        mime=mime,
        key=f"ex_{fmt}",
        disabled=n == 0 or needs_org,
        help="Name the reviewing organisation and its web address first" if needs_org else None,
        icon=":material/download:",
        width="stretch",
        on_click="ignore",
    )
