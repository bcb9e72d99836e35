"""Add articles: paste text, upload txt / jsonl / json / html files, or give web addresses; ingest with progress
and errors per file or address."""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import streamlit as st

from attribution import readers
from attribution.access import Role
from attribution.errors import AttributionError
from attribution.models import Article
from attribution.store import WorkersBroken
from views import auth, fetching
from views import common as c

CHUNK = 20  # articles per ingest call: the progress bar moves at least this often


@dataclass
class FileResult:
    name: str
    articles: list[Article] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    statements: int = 0


def read_uploads(files) -> list[FileResult]:
    """Each upload read by the library's readers from a temporary file named like the upload."""
    results = []
    first: dict[str, str] = {}  # article id -> the upload it came from: a later one must not overwrite it
    with tempfile.TemporaryDirectory(prefix="upload-") as tmp:
        for i, f in enumerate(files):
            name = Path(f.name).name or f"upload-{i}"
            path = Path(tmp) / str(i) / name
            path.parent.mkdir()
            path.write_bytes(f.getvalue())
            read = readers.read_path(path)
            result = FileResult(name, errors=[str(e).replace(str(path.parent) + "/", "") for e in read.errors])
            for a in read.articles:
                if first.setdefault(a.id, name) == name:
                    result.articles.append(a)
                else:
                    result.errors.append(f"article id {a.id!r} is already used by {first[a.id]}; not read")
            results.append(result)
    return results


def ingest(results: list[FileResult]) -> None:
    """Ingest file by file in small batches; a failure is recorded against its file and the rest go on."""
    who = auth.require(Role.EDITOR, named=False)  # at the write, whatever the browser sent; kept on each article
    total = sum(len(r.articles) for r in results) or 1
    done = 0
    bar = st.progress(0.0, text="Extracting statements…")
    store = c.store()
    for r in results:
        for i in range(0, len(r.articles), CHUNK):
            batch = r.articles[i : i + CHUNK]
            try:
                summary = store.ingest(batch, pool=c.extraction_pool(), added_by=who)
            except AttributionError as e:
                if isinstance(e, WorkersBroken):
                    c.extraction_pool.clear()  # the next ingest starts new workers
                r.errors.append(f"{len(batch)} articles not stored: {e}")
            else:
                r.new += summary.new
                r.updated += summary.updated
                r.unchanged += summary.unchanged
                r.statements += summary.statements
                r.errors += list(summary.errors)
            done += len(batch)
            bar.progress(done / total, text=f"{c.md(r.name)}: {done:,} of {total:,} articles")
    bar.progress(1.0, text="Done")
    c.data_changed()


def report(results: list[FileResult]) -> None:
    frame = pd.DataFrame(
        [
            {
                "file": r.name, "articles read": len(r.articles), "new": r.new, "updated": r.updated,
                "unchanged": r.unchanged, "statements": r.statements, "errors": len(r.errors),
            }
            for r in results
        ]
    )  # fmt: skip
    st.dataframe(frame, hide_index=True, width="stretch", key="add_report")
    stored = sum(r.new + r.updated for r in results)
    bad = [(r.name, e) for r in results for e in r.errors]
    if stored:
        st.success(f"Stored {stored:,} articles with {sum(r.statements for r in results):,} statements.")
    elif not bad:
        st.info("Nothing new: every article was already stored unchanged.")
    for name, e in bad:
        st.error(f"**{c.md(name)}**: {c.md(e)}")


st.title("Add articles")
if not auth.may(Role.EDITOR):
    st.info("Adding articles needs the editor role.", icon=":material/lock:")
    st.stop()
st.caption("Statements are extracted as articles are stored; an article already stored unchanged is not repeated.")
paste, upload, links = st.tabs(["Paste text", "Upload files", "From links"])

with paste, st.form("add_paste", clear_on_submit=False):
    text = st.text_area("Article text", key="add_text", height=260, placeholder="Paste the article as published")
    a, b = st.columns(2)
    title = a.text_input("Title", key="add_title")
    publisher = b.text_input("Publisher", key="add_publisher", help="Who published the article (not a relay outlet)")
    published = a.date_input("Published", key="add_published", value=None, format="YYYY-MM-DD")
    link = b.text_input("URL", key="add_url")
    key = a.text_input("Article id (optional)", key="add_id", help="Default: derived from the text")
    submitted = st.form_submit_button("Add article", key="add_paste_submit", type="primary")
if submitted:
    record = {"text": text, "title": title, "publisher": publisher, "published": published, "url": link, "id": key}
    default_id = "pasted-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    try:
        article = readers.article_from_record(record, default_id)
    except AttributionError as e:
        with paste:
            c.show_error(e)
    else:
        result = FileResult("pasted text", [article])
        with paste:
            ingest([result])
            report([result])

with upload:
    files = st.file_uploader(
        "Articles: .txt (one article, id = file name), .jsonl / .json (records with text, id, title, publisher, "
        "published, url), .html (saved web pages)",
        type=[s.lstrip(".") for s in readers.SUFFIXES],
        accept_multiple_files=True,
        key="add_files",
    )
    if st.button("Ingest files", key="add_upload_submit", type="primary", disabled=not files):
        results = read_uploads(files)
        ingest(results)
        report(results)

with links:
    fetching.links_tab()
