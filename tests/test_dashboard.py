"""The dashboard under Streamlit's AppTest, every page, on a fresh SQLite store seeded from seeds/.

A template store is built once (the seeds plus three small dated articles, one with markup in its text);
each test gets its own copy, passed to the app through DATABASE_URL.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs

import pandas as pd
import pytest
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from attribution import readers
from attribution.models import Article
from attribution.store import StatementFilter, Store
from conftest import ROOT, SEEDS

APP = str(ROOT / "dashboard.py")
PAGES = ["views/quotes.py", "views/compare.py", "views/articles.py", "views/speakers.py", "views/review.py",
         "views/add.py", "views/export.py"]  # fmt: skip
SCRIPT = '<script>alert("pwned")</script>'
EXTRA = [
    Article(
        "berg-1",
        'Foreign Minister Anna Berg told Reuters on Monday that the cease-fire would hold. "We will not sign the '
        'memorandum," Berg said. Mark Olsen, the defence minister, said sanctions must stay.',
        title="Berg on the truce",
        publisher="Daily Example",
        published=date(2025, 5, 5),
        url="https://example.org/berg-1",
    ),
    Article(
        "holm-1",
        f'The page said {SCRIPT} in plain text. "Talks on a prisoner exchange will resume <b>soon</b>," '
        "Interior Minister Lena Holm told AFP.",
        title="<i>Holm</i> & the exchange",
        publisher="Example Wire",
        published=date(2025, 6, 2),
    ),
    Article(  # "Anna Bergh" is close to "Anna Berg": a merge suggestion for a person to decide
        "bergh-1",
        "Foreign Minister Anna Bergh told AFP that the truce would hold.",
        publisher="Example Wire",
        published=date(2025, 5, 20),
    ),
]  # fmt: skip


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "quotes.db"
    with Store(f"sqlite:///{path}") as store:
        store.ingest([*readers.read_paths([SEEDS]).articles, *EXTRA])
    return path


@pytest.fixture
def url(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    shutil.copy(template, tmp_path / "quotes.db")
    url = f"sqlite:///{tmp_path / 'quotes.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


@pytest.fixture
def store(url: str):
    with Store(url) as s:
        yield s


def run(page: str | None = None, params: dict | None = None) -> AppTest:
    """A new session opened on a link to `page` with URL query params (AppTest starts on Quotes, then switches)."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(params or {})
    at.run()
    if page is not None:
        at.query_params.clear()
        at.query_params.update(params or {})
        at.switch_page(page).run()
    ok(at)
    return at


def ok(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


# Streamlit keeps the key only on tables with row selection; the others are found by their columns.
COLUMNS = {
    "rv_history": {"when", "reviewer", "field", "old", "new"},
    "sp_recent": {"statement", "outlet", "publisher", "date", "status", "verdict"},
    "add_report": {"file", "articles read", "errors"},
    "cmp_cell_table": {"statement", "speaker", "outlet", "verdict"},
    "conflict": {"field", "you opened", "your edit"},
}


def table(at: AppTest, key: str) -> pd.DataFrame:
    for d in at.dataframe:
        if d.key == key or (key in COLUMNS and COLUMNS[key] <= set(d.value.columns)):
            return d.value
    raise AssertionError(f"no table {key!r}")


def chart(at: AppTest, title: str) -> pd.DataFrame:
    for el in at.get("vega_lite_chart"):
        spec = json.loads(el.proto.spec)
        if spec.get("title") == title:
            data = el.proto.datasets[0].data.data if el.proto.datasets else el.proto.data.data
            return dataframe_util.convert_arrow_bytes_to_pandas_df(data)
    raise AssertionError(f"no chart titled {title!r}")


def metric(at: AppTest, label: str) -> int:
    return int(next(m for m in at.metric if m.label == label).value.replace(",", ""))


def name_reviewer(at: AppTest, name: str = "Ana") -> AppTest:
    at.text_input(key="reviewer_input").input(name)
    at.button(key="reviewer_submit").click().run()
    ok(at)
    return at


# -- every page ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_without_errors(url: str, page: str) -> None:
    at = run(page)
    assert not at.error and at.title


def test_every_page_works_on_postgresql(postgresql_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dashboard's queries on the team store: the seeds and the extra articles in a real PostgreSQL."""
    with Store(postgresql_url) as store:
        store.ingest([*readers.read_paths([SEEDS]).articles, *EXTRA])
        berg = store.count_statements(StatementFilter(speakers=("Anna Berg",)))
    monkeypatch.setenv("DATABASE_URL", postgresql_url)
    at = run(params={"view": "charts", "speaker": "Anna Berg"})
    assert chart(at, "Statements per week")["statements"].sum() == metric(at, "Matching statements") == berg > 0
    for page in PAGES[1:]:
        at.switch_page(page).run()
        ok(at)
        assert not at.error, [e.value for e in at.error]


@pytest.mark.parametrize("page", [p for p in PAGES if p != "views/add.py"])
def test_an_empty_store_says_how_to_add_articles(sqlite_url, monkeypatch, page: str) -> None:
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    at = run(page)
    assert "Add articles" in at.info[0].value and "python -m attribution ingest" in at.info[0].value
    assert not at.dataframe


@pytest.mark.parametrize(
    ("database_url", "words"),
    [
        ("nosuchdb://nowhere", "not a usable database URL"),
        ("sqlite:////proc/no/such/dir/q.db", "could not be opened"),
        ("sqlite:////proc", "cannot open the store"),
    ],
)
def test_a_bad_store_shows_a_message_not_a_traceback(monkeypatch, database_url: str, words: str) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    at = AppTest.from_file(APP, default_timeout=60).run()
    ok(at)
    assert words in at.error[0].value


# -- Quotes --------------------------------------------------------------------------------------------


def test_quotes_table_lists_the_seed_statements(url: str, store: Store) -> None:
    at = run()
    rows = table(at, "quotes_table")
    total = store.count_statements(StatementFilter())
    assert len(rows) == metric(at, "Matching statements") == metric(at, "In the store") == total
    assert {"Caroline Leavitt", "John Kelley", "Anna Berg"} <= set(rows["speaker"])
    assert list(rows.columns) == ["open", "statement", "speaker", "role", "affiliation", "outlet", "publisher",
                                  "date", "status", "verdict"]  # fmt: skip
    assert all(link.startswith("articles?article=") for link in rows["open"])


FILTER_CASES = [
    # widget key, value, the same filter for the store, (table column, what every row must show)
    ("f_speakers", ["John Kelley"], StatementFilter(speakers=("John Kelley",)),
     ("speaker", lambda v: v == "John Kelley")),
    ("f_outlets", ["RIA Novosti"], StatementFilter(outlets=("RIA Novosti",)), ("outlet", lambda v: v == "RIA Novosti")),
    ("f_affiliations", ["White House"], StatementFilter(affiliations=("White House",)),
     ("affiliation", lambda v: v == "White House")),
    ("f_publishers", ["Daily Example"], StatementFilter(publishers=("Daily Example",)),
     ("publisher", lambda v: v == "Daily Example")),
    ("f_kinds", ["direct"], StatementFilter(kinds=("direct",)), ("statement", lambda v: v[0] in '"“«')),
    ("f_topics", ["sanctions"], StatementFilter(topics=("sanctions",)), ("statement", lambda v: bool(v))),
    ("f_text", "istanbul", StatementFilter(text="istanbul"), ("statement", lambda v: "istanbul" in v.lower())),
    ("f_date_from", date(2025, 6, 1), StatementFilter(date_from=date(2025, 6, 1)),
     ("publisher", lambda v: v == "Example Wire")),
    ("f_workflows", ["done"], None, None),  # nothing is reviewed yet
    ("f_text", "words that appear nowhere", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("key", "value", "same", "check"), FILTER_CASES)
def test_filters_change_the_table_the_counts_and_the_charts(url: str, store: Store, key, value, same, check) -> None:
    at = run()
    if key == "f_text":
        at.text_input(key=key).input(value)
    elif key.startswith("f_date"):
        at.date_input(key=key).set_value(value)
    else:
        at.multiselect(key=key).set_value(value)
    at.run()
    ok(at)
    n = metric(at, "Matching statements")
    assert n < metric(at, "In the store") and metric(at, "Active filters") == 1
    if same is None:
        assert n == 0 and "No statements match" in at.info[0].value
        return
    rows = table(at, "quotes_table")
    column, holds = check
    assert len(rows) == n == store.count_statements(same) > 0
    assert all(holds(v) for v in rows[column]), rows[column].tolist()
    at.segmented_control(key="quotes_view").set_value("charts").run()
    ok(at)
    status = chart(at, "Review status")
    assert status["statements"].sum() == n  # every statement has a workflow: the chart counts the same view
    assert set(chart(at, "Statements per speaker")["value"]) <= set(rows["speaker"])


def test_fuzzy_search_finds_misspelled_words(url: str) -> None:
    at = run()
    at.text_input(key="f_text").input("Istambul negotiatons").run()
    assert metric(at, "Matching statements") == 0
    at.toggle(key="f_fuzzy").set_value(True).run()
    ok(at)
    rows = table(at, "quotes_table")
    assert len(rows) > 0 and "istanbul" in rows["statement"].iloc[0].lower()


@pytest.mark.parametrize(
    ("params", "widgets", "rows"),
    [
        ({"speaker": "John Kelley"}, {"f_speakers": ["John Kelley"]}, None),
        ({"speaker": ["John Kelley", "Caroline Leavitt"], "q": "will"}, {"f_text": "will"}, None),
        (
            {"publisher": "Daily Example", "from": "2025-05-01", "to": "2025-05-31"},
            {"f_publishers": ["Daily Example"], "f_date_from": date(2025, 5, 1)},
            None,
        ),
        ({"workflow": "unstarted", "view": "charts"}, {"f_workflows": ["unstarted"], "quotes_view": "charts"}, None),
        ({"speaker": "Nobody Stored"}, {"f_speakers": ["Nobody Stored"]}, 0),  # a stale link still reads
    ],
)
def test_a_shared_link_opens_the_same_view(url: str, store: Store, params: dict, widgets: dict, rows) -> None:
    at = run(params=params)
    for key, value in widgets.items():
        assert at.session_state[key] == value
    flt = at.session_state["filter"]
    assert flt == StatementFilter.from_query_params(params)
    assert StatementFilter.from_query_params(at.query_params) == flt  # and the URL still says so
    assert metric(at, "Matching statements") == store.count_statements(flt)
    assert rows is None or metric(at, "Matching statements") == rows


def test_changing_filters_writes_the_url_and_the_url_reopens_the_view(url: str) -> None:
    at = run()
    at.multiselect(key="f_speakers").set_value(["Caroline Leavitt"])
    at.text_input(key="f_text").input("Istanbul").run()
    ok(at)
    assert at.query_params["speaker"] == "Caroline Leavitt" and at.query_params["q"] == "Istanbul"
    again = run(params=dict(at.query_params))
    assert table(again, "quotes_table").equals(table(at, "quotes_table"))


def test_clear_all_resets_filters_counts_and_url(url: str) -> None:
    at = run(params={"speaker": "John Kelley", "q": "talks"})
    assert metric(at, "Active filters") == 2
    at.button(key="clear_filters").click().run()
    ok(at)
    assert metric(at, "Active filters") == 0 and metric(at, "Matching statements") == metric(at, "In the store")
    assert not at.query_params and at.multiselect(key="f_speakers").value == []


@pytest.mark.parametrize("page", ["views/review.py", "views/export.py"])
def test_the_filter_follows_the_user_across_pages(url: str, page: str) -> None:
    at = run()
    at.multiselect(key="f_speakers").set_value(["John Kelley"]).run()
    at.switch_page(page).run()
    ok(at)
    assert at.multiselect(key="f_speakers").value == ["John Kelley"]
    assert at.query_params["speaker"] == "John Kelley"
    at.switch_page("views/quotes.py").run()
    assert metric(at, "Matching statements") == len(table(at, "quotes_table")) > 0
    assert set(table(at, "quotes_table")["speaker"]) == {"John Kelley"}


def test_an_empty_date_range_is_refused_and_the_filter_kept(url: str) -> None:
    at = run()
    at.date_input(key="f_date_from").set_value(date(2025, 6, 1)).run()
    kept = metric(at, "Matching statements")
    at.date_input(key="f_date_to").set_value(date(2025, 5, 1)).run()
    ok(at)
    assert "date range is empty" in at.sidebar.error[0].value
    assert metric(at, "Matching statements") == kept and at.query_params["from"] == "2025-06-01"
    assert "to" not in at.query_params


def test_a_bad_link_is_dropped_with_a_warning(url: str) -> None:
    at = run(params={"from": "not-a-date", "speaker": "John Kelley"})
    assert "could not be read" in at.warning[0].value
    assert metric(at, "Active filters") == 0


def test_pages_send_one_page_of_rows(url: str, store: Store) -> None:
    text = (SEEDS / "000_44a803021078d49a.txt").read_text(encoding="utf-8")
    store.ingest([Article(f"copy-{i}", text) for i in range(3)])
    total = store.count_statements(StatementFilter())
    at = run()
    assert total > 50 and len(table(at, "quotes_table")) == 50
    at.selectbox(key="page_no_size").set_value(25).run()
    assert len(table(at, "quotes_table")) == 25
    last = -(-total // 25)
    at.number_input(key="page_no").set_value(last).run()
    ok(at)
    assert len(table(at, "quotes_table")) == total - 25 * (last - 1)
    assert at.query_params["p"] == str(last)


# -- Review --------------------------------------------------------------------------------------------


def open_review(params: dict | None = None, name: str | None = "Ana") -> tuple[AppTest, int]:
    at = run("views/review.py", params)
    if name:
        name_reviewer(at, name)
    return at, at.selectbox(key="rv_pick").value


def edit(at: AppTest, sid: int, **values) -> AppTest:
    for field, value in values.items():
        key = f"rv_{field}_{sid}"
        if field in ("note", "evidence_urls"):
            at.text_area(key=key).input(value)
        else:
            at.selectbox(key=key).set_value(value)
    at.button(key=f"rv_save_{sid}").click().run()
    ok(at)
    return at


def test_review_queue_is_ordered_by_check_worthiness(url: str) -> None:
    at, _ = open_review()
    scores = table(at, "rv_table")["score"].tolist()
    assert scores == sorted(scores, reverse=True) and len(scores) > 1
    assert at.html, "the statement is shown in its article context"
    assert "qa-speaker" in at.html[0].value and "qa-cue" in at.html[0].value


def test_the_reviewer_is_asked_once_and_saving_needs_a_name(url: str) -> None:
    at, sid = open_review(name=None)
    assert at.button(key=f"rv_save_{sid}").disabled
    name_reviewer(at, "Ana")
    assert not at.button(key=f"rv_save_{sid}").disabled
    at.switch_page("views/speakers.py").run()
    at.switch_page("views/review.py").run()
    assert "Ana" in " ".join(c.value for c in at.sidebar.caption)
    assert "reviewer_input" not in [t.key for t in at.text_input]


@pytest.mark.parametrize(
    ("values", "stored"),
    [
        (
            {"workflow": "done", "verdict": "confirmed", "rating": "mostly_true"},
            {"workflow": "done", "verdict": "confirmed", "rating": "mostly_true"},
        ),
        (
            {"verdict": "misattributed", "note": "Said by the aide", "evidence_urls": "https://example.org/a\n"},
            {"verdict": "misattributed", "note": "Said by the aide", "evidence_urls": ("https://example.org/a",)},
        ),
    ],
)
def test_a_saved_review_is_stored_and_its_history_shown(url: str, store: Store, values: dict, stored: dict) -> None:
    at, sid = open_review()
    edit(at, sid, **values)
    assert "Saved" in at.success[0].value
    review = store.review(sid)
    assert review.version == 1 and review.reviewer == "Ana"
    assert {k: getattr(review, k) for k in stored} == stored
    history = table(at, "rv_history")
    assert set(history["field"]) == {f.replace("_", " ") for f in values} and set(history["reviewer"]) == {"Ana"}


def test_clearing_a_verdict_is_saved_and_recorded(url: str, store: Store) -> None:
    at, sid = open_review()
    edit(at, sid, verdict="fabricated")
    edit(at, sid, verdict="")
    assert store.review(sid).verdict is None and store.review(sid).version == 2
    assert table(at, "rv_history")["old"].tolist()[0] == "fabricated"


@pytest.mark.parametrize(
    ("evidence", "saved"), [("https://example.org/proof", True), ("not a web address", False), ("ftp://x/y", False)]
)
def test_evidence_urls_are_checked(url: str, store: Store, evidence: str, saved: bool) -> None:
    at, sid = open_review()
    edit(at, sid, evidence_urls=evidence)
    assert (store.review(sid).version == 1) is saved
    assert bool(at.error) is not saved and (saved or "web address" in at.error[0].value)


def test_saving_unchanged_values_saves_nothing(url: str, store: Store) -> None:
    at, sid = open_review()
    at.button(key=f"rv_save_{sid}").click().run()
    assert "Nothing changed" in at.info[-1].value and store.review(sid).version == 0


@pytest.mark.parametrize(
    ("resolve", "verdict", "version", "reviewers"),
    [("rv_theirs", "fabricated", 1, {"Bo"}), ("rv_mine", "confirmed", 2, {"Bo", "Ana"})],
)
def test_a_stale_save_shows_the_conflict_and_changes_nothing(url: str, store: Store, resolve, verdict, version,
                                                              reviewers) -> None:  # fmt: skip
    at, sid = open_review()
    store.save_review(sid, expected_version=0, reviewer="Bo", verdict="fabricated", note="their note")
    edit(at, sid, verdict="confirmed")
    assert "Bo" in at.error[0].value and "Nothing of yours was saved" in at.error[0].value
    assert store.review(sid).verdict.value == "fabricated" and store.review(sid).version == 1
    conflict = table(at, "conflict")
    row = conflict[conflict["field"] == "verdict"].iloc[0]
    assert (row["you opened"], row["Bo saved"], row["your edit"]) == ("—", "fabricated", "confirmed")
    at.button(key=f"{resolve}_{sid}").click().run()
    ok(at)
    review = store.review(sid)
    assert review.verdict.value == verdict and review.version == version
    assert at.selectbox(key=f"rv_verdict_{sid}").value == verdict
    assert set(table(at, "rv_history")["reviewer"]) == reviewers
    assert not [e for e in at.error if "Nothing of yours" in e.value]


def test_bulk_workflow_change_applies_to_the_filtered_queue(url: str, store: Store) -> None:
    kelley = store.count_statements(StatementFilter(speakers=("John Kelley",)))
    at, _ = open_review(params={})
    at.multiselect(key="f_speakers").set_value(["John Kelley"]).run()
    assert at.button(key="rv_bulk_apply").disabled  # not before confirming
    at.selectbox(key="rv_bulk_workflow").set_value("done")
    at.checkbox(key="rv_bulk_confirm").check().run()
    at.button(key="rv_bulk_apply").click().run()
    ok(at)
    assert f"Set {kelley} of {kelley}" in at.success[0].value and kelley > 0
    assert store.count_statements(StatementFilter(workflows=("done",))) == kelley
    assert store.count_statements(StatementFilter(speakers=("John Kelley",), workflows=("done",))) == kelley
    assert "The queue is empty" in at.info[0].value  # done is hidden by default
    at.toggle(key="rv_hide_done").set_value(False).run()
    assert set(table(at, "rv_table")["status"]) == {"done"}


def test_a_link_opens_a_statement_for_review(url: str, store: Store) -> None:
    sid = store.statements(StatementFilter(speakers=("Anna Berg",)), limit=1)[0].id
    at, picked = open_review(params={"open": str(sid)})
    assert picked == sid and at.query_params["open"] == str(sid)


# -- Articles ------------------------------------------------------------------------------------------


def test_an_article_shows_every_statement_highlighted_and_its_text_escaped(url: str, store: Store) -> None:
    s = store.statements(StatementFilter(publishers=("Example Wire",)), limit=1)[0]
    at = run("views/articles.py", {"article": str(s.article_id), "statement": str(s.id)})
    body = "".join(h.value for h in at.html)
    assert SCRIPT not in body and "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in body
    assert "&lt;b&gt;soon&lt;/b&gt;" in body and f'data-statement="{s.id}"' in body and "qa-focus" in body
    assert at.header[0].value == "<i>Holm</i> & the exchange"  # shown as text by Streamlit, not markup
    assert len(table(at, "art_table")) == store.count_statements(StatementFilter(article_ids=(s.article_id,)))
    assert at.query_params == {"article": str(s.article_id), "statement": str(s.id)}


def test_the_article_picker_switches_articles(url: str, store: Store) -> None:
    at = run("views/articles.py")
    first = at.selectbox(key="art_pick").value
    other = next(a.id for a in store.articles(limit=10) if a.id != first)
    at.selectbox(key="art_pick").set_value(other).run()
    ok(at)
    assert at.header[0].value == (store.article(other).title or store.article(other).key)
    assert at.query_params == {"article": str(other)}


# -- Speakers ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "aliases", "charts"),
    [
        ("Caroline Leavitt", "Karoline Leavitt", ()),  # the seed names no outlet or publisher for her
        ("Anna Berg", "", ("Statements by relay outlet", "Statements by publisher", "Statements per month")),
    ],
)
def test_a_speaker_page_shows_aliases_outlets_time_and_verdicts(url: str, store: Store, name, aliases, charts) -> None:
    entity = next(e for e in store.speaker_entities(search=name) if e.name == name)
    at = run("views/speakers.py", {"speaker": str(entity.id)})
    assert at.header[0].value == name
    assert (aliases in at.markdown[0].value) if aliases else not any("Also written" in m.value for m in at.markdown)
    flt = StatementFilter(speakers=(name,))
    assert metric(at, "Statements") == store.count_statements(flt) > 0
    assert set(table(at, "sp_recent")["statement"]) == {s.text for s in store.statements(flt, limit=None)}
    for title in charts:
        assert chart(at, title)["statements"].sum() > 0
    link = next(p for p in at.page_link if "in Quotes" in p.proto.label)
    assert StatementFilter.from_query_params(parse_qs(link.proto.query_string)) == flt


def test_speaker_search_finds_by_alias(url: str) -> None:
    at = run("views/speakers.py")
    at.text_input(key="sp_search").input("Karoline").run()
    ok(at)
    assert at.selectbox(key="sp_pick").options[0].startswith("Caroline Leavitt")


@pytest.mark.parametrize("accept", [True, False])
def test_merge_suggestions_are_accepted_or_rejected(url: str, store: Store, accept: bool) -> None:
    (suggestion,) = store.merge_suggestions()
    assert {suggestion.a.name, suggestion.b.name} == {"Anna Berg", "Anna Bergh"}
    at = run("views/speakers.py")
    assert at.button(key=f"sp_accept_{suggestion.id}").disabled  # a decision needs a name
    name_reviewer(at, "Ana")
    at.button(key=f"sp_{'accept' if accept else 'reject'}_{suggestion.id}").click().run()
    ok(at)
    assert ("accepted" if accept else "rejected") in at.success[0].value
    assert store.merge_suggestions() == []
    bergs = [e for e in store.speaker_entities(search="Anna Berg") if e.name in ("Anna Berg", "Anna Bergh")]
    assert len(bergs) == (1 if accept else 2)
    if accept:
        assert {bergs[0].name, *bergs[0].aliases} >= {"Anna Berg", "Anna Bergh"}
        assert bergs[0].statement_count == 3


# -- Compare -------------------------------------------------------------------------------------------


def test_compare_two_speakers_side_by_side_and_open_a_grid_cell(url: str, store: Store) -> None:
    at = run("views/compare.py", {"who": ["Caroline Leavitt", "John Kelley"]})
    names = [m.value for m in at.markdown if m.value.startswith("#### ")]
    assert names == ["#### Caroline Leavitt", "#### John Kelley"]
    layers = [json.loads(el.proto.spec) for el in at.get("vega_lite_chart")]
    assert layers, "the speaker × topic grid is drawn"
    assert at.query_params["who"] == ["Caroline Leavitt", "John Kelley"]
    rows = at.selectbox(key="cmp_cell_row").options
    topics = at.selectbox(key="cmp_cell_topic").options
    assert "Caroline Leavitt" in rows and len(topics) > 1
    at.selectbox(key="cmp_cell_row").set_value("Caroline Leavitt")
    at.selectbox(key="cmp_cell_topic").set_value(topics[1]).run()
    ok(at)
    cell = table(at, "cmp_cell_table")
    assert len(cell) > 0 and set(cell["speaker"]) == {"Caroline Leavitt"}


@pytest.mark.parametrize(("who", "shown"), [([], 0), (["John Kelley"], 0), (["John Kelley", "Anna Berg"], 2)])
def test_compare_needs_two_or_more(url: str, who: list[str], shown: int) -> None:
    at = run("views/compare.py", {"who": who} if who else None)
    assert len([m for m in at.markdown if m.value.startswith("#### ")]) == shown
    assert bool(at.info) is (shown == 0)


def test_compare_by_topic_narrows_each_column(url: str, store: Store) -> None:
    at = run("views/compare.py", {"who": ["Caroline Leavitt", "John Kelley"]})
    counts = [c.value for c in at.caption if c.value.endswith("statements")]
    at.selectbox(key="cmp_topic").set_value("peace talks").run()
    ok(at)
    narrowed = [c.value for c in at.caption if c.value.endswith("statements")]
    assert narrowed != counts
    assert at.query_params["topic"] == "peace talks"


# -- Add articles --------------------------------------------------------------------------------------


def test_pasted_text_is_ingested_once(url: str, store: Store) -> None:
    before = store.count_statements(StatementFilter())
    at = run("views/add.py")
    at.text_area(key="add_text").input('"We are ready to talk," Deputy Minister Ivo Kral told Reuters.')
    at.text_input(key="add_title").input("Kral ready")
    at.button(key="add_paste_submit").click().run()
    ok(at)
    assert "Stored 1 articles" in at.success[0].value
    assert store.count_statements(StatementFilter()) > before
    at.button(key="add_paste_submit").click().run()
    assert "Nothing new" in at.info[0].value


def test_pasting_nothing_is_a_clear_error(url: str) -> None:
    at = run("views/add.py")
    at.button(key="add_paste_submit").click().run()
    ok(at)
    assert "text" in at.error[0].value and not at.success


def test_uploads_are_ingested_with_errors_per_file(url: str, store: Store) -> None:
    good = b'{"id": "up-1", "text": "\\"We are ready,\\" Minister Ivo Kral told Reuters.", "published": "2025-07-01"}\n'
    at = run("views/add.py")
    at.file_uploader(key="add_files").set_value(
        [("good.jsonl", good, "application/jsonl"), ("bad.jsonl", b"{not json\n", "application/jsonl"),
         ("empty.txt", b"  ", "text/plain")]
    )  # fmt: skip
    at.run()
    at.button(key="add_upload_submit").click().run()
    ok(at)
    report = table(at, "add_report").set_index("file")
    assert report.loc["good.jsonl", "new"] == 1 and report.loc["bad.jsonl", "errors"] == 1
    assert report.loc["empty.txt", "errors"] == 1
    errors = " ".join(e.value for e in at.error)
    assert "bad.jsonl" in errors and "not JSON" in errors and "empty.txt" in errors
    assert store.count_statements(StatementFilter(text="We are ready")) == 1


# -- Export --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "org", "enabled"),
    [
        ({}, ("", ""), {"ex_csv": True, "ex_jsonl": True, "ex_claimreview": False}),
        ({}, ("Desk", "https://desk.example"), {"ex_csv": True, "ex_jsonl": True, "ex_claimreview": True}),
        (
            {"q": "no such words"},
            ("Desk", "https://desk.example"),
            {"ex_csv": False, "ex_jsonl": False, "ex_claimreview": False},
        ),
    ],
)
def test_export_offers_the_filtered_view(url: str, monkeypatch, params, org, enabled) -> None:
    monkeypatch.delenv("ATTRIBUTION_ORG_NAME", raising=False)
    monkeypatch.delenv("ATTRIBUTION_ORG_URL", raising=False)
    at = run("views/export.py", params)
    at.text_input(key="ex_org_name").input(org[0])
    at.text_input(key="ex_org_url").input(org[1]).run()
    ok(at)
    assert {k: not at.download_button(key=k).disabled for k in enabled} == enabled
