"""The dashboard under Streamlit's AppTest, every page, on a fresh SQLite store seeded from seeds/.

A template store is built once (the seeds plus small dated articles: one with markup in its text, and
some for the fact-check aids); each test gets its own copy, passed to the app through DATABASE_URL.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qs

import pandas as pd
import pytest
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from attribution import readers, untrusted
from attribution.models import Article
from attribution.store import StatementFilter, Store, fuzzy
from attribution.store import aids as store_aids
from attribution.store.aids import log_statements
from conftest import ROOT, SEEDS

APP = str(ROOT / "dashboard.py")
PAGES = ["views/quotes.py", "views/compare.py", "views/articles.py", "views/speakers.py", "views/review.py",
         "views/groups.py", "views/add.py", "views/export.py"]  # fmt: skip
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
    Article(  # Russian: read by the Russian engine, highlighted like English text
        "ru-1",
        "Глава МИД Эстонии Карл Тамм заявил ТАСС, что переговоры о границе продолжатся в июне. По словам Тамма, "
        "делегации встретятся в Таллине.",
        title="Тамм о переговорах",
        publisher="Baltic Wire",
        published=date(2025, 4, 2),
    ),
    Article(  # Ukrainian: stored and shown, not read
        "uk-1",
        "Міністр заявив, що переговори щодо кордону продовжаться наступного тижня у Києві та Варшаві. " * 3,
        title="Переговори у Києві",
        publisher="Baltic Wire",
        published=date(2025, 4, 1),
    ),
    Article(  # "Anna Bergh" is close to "Anna Berg": a merge suggestion for a person to decide
        "bergh-1",
        "Foreign Minister Anna Bergh told AFP that the truce would hold.",
        publisher="Example Wire",
        published=date(2025, 5, 20),
    ),
]  # fmt: skip
# For the fact-check aids: the same words given to two speakers (a misattribution, one side reported twice by
# independent papers), a wire copy printed by two papers, a pair close enough to ask a person (same speaker),
# and two similar claims by different speakers (a claim match once one is reviewed).
MISATTRIBUTED = '"The sanctions will stay in place until the last soldier has left the occupied land,"'
WIRE = (
    'GENEVA (Reuters) - "Our delegation will travel to Geneva next week for {} new round of talks," Ola Dahl, '
    "the interior minister, said on Wednesday."
)
AIDS = [
    Article("mis-1", f"{MISATTRIBUTED} Foreign Minister Pia Lund said on Monday.", title="Lund on sanctions",
            publisher="Daily Example", published=date(2025, 5, 12)),
    Article("mis-2", f"{MISATTRIBUTED} Defence Minister Tomas Varga said on Tuesday.", title="Varga on sanctions",
            publisher="Other Paper", published=date(2025, 5, 13)),
    Article("mis-3", f"At a press conference, Defence Minister Tomas Varga said: {MISATTRIBUTED[:-2]}.\"",
            title="Varga repeats it", publisher="Independent Daily", published=date(2025, 5, 14)),
    Article("wire-1", WIRE.format("the"), title="Dahl to Geneva", publisher="Paper A", published=date(2025, 5, 7)),
    Article("wire-2", WIRE.format("a"), title="Dahl goes to Geneva", publisher="Paper B", published=date(2025, 5, 7)),
    Article("pair-1", '"The exchange of prisoners will take place at the border crossing on Friday morning," '
            "Nils Ekman, the ombudsman, said.", title="Exchange on Friday", publisher="Paper A",
            published=date(2025, 5, 8)),
    Article("pair-2", '"The exchange of prisoners will take place at the border on Friday," Nils Ekman, the '
            "ombudsman, told reporters.", title="Ekman on the exchange", publisher="Paper B",
            published=date(2025, 5, 9)),
    Article("claim-1", '"Grain exports through the southern ports have doubled since the corridor reopened in '
            'March," Eva Moll, the trade minister, said.', title="Grain doubles", publisher="Paper A",
            published=date(2025, 5, 10)),
    Article("claim-2", '"Exports of grain through southern ports have doubled since the corridor was reopened in '
            'March," Jan Vik, the port director, said.', title="Port busy", publisher="Paper B",
            published=date(2025, 5, 11)),
]  # fmt: skip


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "quotes.db"
    with Store(f"sqlite:///{path}") as store:
        store.ingest([*readers.read_paths([SEEDS]).articles, *EXTRA, *AIDS])
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


def failures(at: AppTest) -> list[str]:
    """Error messages, minus misattribution alerts (red, but about the statement, not the app)."""
    return [e.value for e in at.error if "Misattribution alert" not in e.value]


# Streamlit keeps the key only on tables with row selection; the others are found by their columns.
COLUMNS = {
    "rv_history": {"when", "reviewer", "field", "old", "new"},
    "sp_recent": {"statement", "outlet", "publisher", "date", "status", "verdict"},
    "add_report": {"file", "articles read", "errors"},
    "cmp_cell_table": {"statement", "speaker", "outlet", "verdict"},
    "conflict": {"field", "you opened", "your edit"},
    "grp_decided": {"decision", "statement", "other", "by"},
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


def shown(params) -> StatementFilter:
    """The filter a dashboard link shows: without a speech parameter, speech acts alone (unless it names statements)."""
    flt = StatementFilter.from_query_params(dict(params))
    return flt if "speech" in params or flt.statement_ids else replace(flt, speech=True)


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
    assert not failures(at) and at.title


def test_every_page_works_on_postgresql(postgresql_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The dashboard's queries on the team store: the seeds and the extra articles in a real PostgreSQL."""
    with Store(postgresql_url) as store:
        store.ingest([*readers.read_paths([SEEDS]).articles, *EXTRA, *AIDS])
        berg = store.count_statements(StatementFilter(speakers=("Anna Berg",)))
        lund = aid_statement(store, "mis-1")
    monkeypatch.setenv("DATABASE_URL", postgresql_url)
    at = run(params={"view": "charts", "speaker": "Anna Berg"})
    assert chart(at, "Statements per week")["statements"].sum() == metric(at, "Matching statements") == berg > 0
    for page in PAGES[1:]:
        at.switch_page(page).run()
        ok(at)
        assert not failures(at), failures(at)
    # The fact-check aids there too: the flags filter, the alert on Review, the pair to decide.
    assert metric(run(params={"misattributed": "1"}), "Matching statements") == 3
    (alert,) = alert_messages(run("views/review.py", {"open": str(lund.id)}))
    assert "Tomas Varga" in alert
    assert [b.key for b in run("views/groups.py").button if b.key.startswith("grp_accept_")]


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
        ("sqlite:////proc/no/such/dir/q.db", "does not exist; create it"),
        ("sqlite:////proc", "cannot open the store"),
    ],
)
def test_a_bad_store_shows_a_message_not_a_traceback(monkeypatch, database_url: str, words: str) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    at = AppTest.from_file(APP, default_timeout=60).run()
    ok(at)
    assert words in at.error[0].value


@pytest.mark.parametrize(
    ("database_url", "words"),
    [("nosuchdb://nowhere", "not a usable database URL"), ("sqlite:////proc/no/such/dir/q.db", "does not exist")],
)
def test_the_launcher_warns_about_a_bad_store_and_still_starts(monkeypatch, capsys, database_url, words) -> None:
    """`python -m views` opens the store before serving; the pages then say the same thing the warning did."""
    from views.__main__ import warm_up

    monkeypatch.setenv("DATABASE_URL", database_url)
    warm_up()
    assert words in capsys.readouterr().err


# -- Quotes --------------------------------------------------------------------------------------------


def test_quotes_table_lists_the_seed_statements(url: str, store: Store) -> None:
    at = run()
    rows = table(at, "quotes_table")
    total = store.count_statements(StatementFilter(speech=True))  # speech acts: "expects" is left out
    assert len(rows) == metric(at, "Matching statements") == total < metric(at, "In the store")
    assert {"Caroline Leavitt", "John Kelley", "Anna Berg"} <= set(rows["speaker"])
    assert list(rows.columns) == ["open", "statement", "speaker", "aids", "sources", "role", "affiliation", "outlet",
                                  "publisher", "date", "status", "verdict"]  # fmt: skip
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
    ("f_languages", ["ru"], StatementFilter(languages=("ru",)), ("speaker", lambda v: v == "Карл Тамм")),
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
    assert len(rows) == n == store.count_statements(replace(same, speech=True)) > 0  # speech acts: the default
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


def test_a_fuzzy_search_that_compared_only_the_newest_statements_says_so(url: str, monkeypatch) -> None:
    monkeypatch.setattr(fuzzy, "SCAN", 5)
    at = run()
    at.text_input(key="f_text").input("Istambul negotiatons").run()
    at.toggle(key="f_fuzzy").set_value(True).run()
    ok(at)
    assert any("compared the newest 5 statements" in c.value for c in at.sidebar.caption)
    at.multiselect(key="f_speakers").set_value(["Caroline Leavitt"]).run()  # her 4: all of them compared
    ok(at)
    assert not any("compared the newest" in c.value for c in at.sidebar.caption)


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
        ({"misattributed": "1", "claim_match": "0"}, {"f_misattributed": "yes", "f_has_claim_match": "no"}, 3),
    ],
)
def test_a_shared_link_opens_the_same_view(url: str, store: Store, params: dict, widgets: dict, rows) -> None:
    at = run(params=params)
    for key, value in widgets.items():
        assert at.session_state[key] == value
    flt = at.session_state["filter"]
    assert flt == shown(params)
    assert shown(at.query_params) == flt  # and the URL still says so
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


def test_clear_all_resets_filters_counts_and_url(url: str, store: Store) -> None:
    at = run(params={"speaker": "John Kelley", "q": "talks", "single_source": "1", "speech": "any"})
    assert metric(at, "Active filters") == 4
    at.button(key="clear_filters").click().run()
    ok(at)
    assert metric(at, "Active filters") == 0 and not at.toggle(key="f_speech_all").value
    assert metric(at, "Matching statements") == store.count_statements(StatementFilter(speech=True))
    assert not at.query_params and at.multiselect(key="f_speakers").value == []
    assert at.selectbox(key="f_single_source").value == "any"


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


@pytest.mark.parametrize("bad", [{"from": "not-a-date"}, {"misattributed": "maybe"}])
def test_a_bad_link_is_dropped_with_a_warning(url: str, bad: dict) -> None:
    at = run(params={**bad, "speaker": "John Kelley"})
    assert "could not be read" in at.warning[0].value
    assert metric(at, "Active filters") == 0


def test_pages_send_one_page_of_rows(url: str, store: Store) -> None:
    text = (SEEDS / "000_44a803021078d49a.txt").read_text(encoding="utf-8")
    store.ingest([Article(f"copy-{i}", text) for i in range(3)])
    total = store.count_statements(StatementFilter(speech=True))
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


def test_showing_done_statements_and_excluding_workflows_live_in_the_link(url: str, store: Store) -> None:
    kelley = store.statements(StatementFilter(speakers=("John Kelley",)), limit=None)
    assert len(kelley) >= 2
    store.save_review(kelley[0].id, expected_version=0, workflow="done", reviewer="Bo")
    at, _ = open_review(params={"speaker": "John Kelley"})
    assert len(table(at, "rv_table")) == len(kelley) - 1 and "show_done" not in at.query_params
    at.toggle(key="rv_hide_done").set_value(False).run()
    assert len(table(at, "rv_table")) == len(kelley) and at.query_params["show_done"] == "1"
    shared, _ = open_review(params=dict(at.query_params))
    assert shared.toggle(key="rv_hide_done").value is False and len(table(shared, "rv_table")) == len(kelley)
    only_done, _ = open_review(params={"speaker": "John Kelley", "not_workflow": "unstarted", "show_done": "1"})
    assert set(table(only_done, "rv_table")["status"]) == {"done"}
    assert only_done.multiselect(key="f_exclude_workflows").value == ["unstarted"]


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
    assert at.header[0].value == untrusted.markdown("<i>Holm</i> & the exchange")  # shown as text, not markup
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


@pytest.mark.parametrize(
    ("search", "publisher", "keys"),
    [
        ("mark olsen", None, ["berg-1"]),  # words of the text
        ("TRUCE", None, ["bergh-1", "berg-1"]),  # any case; newest first
        ("", "Example Wire", ["holm-1", "bergh-1"]),
        ("truce", "Example Wire", ["bergh-1"]),
    ],
)
def test_article_search_lists_the_matches_and_lives_in_the_url(url: str, search, publisher, keys) -> None:
    at = run("views/articles.py")
    if search:
        at.text_input(key="art_q").input(search)
    if publisher:
        at.selectbox(key="art_publisher").set_value(publisher)
    at.run()
    ok(at)
    assert f"1–{len(keys)} of {len(keys)} articles" in [c.value for c in at.sidebar.caption]
    picker = at.selectbox(key="art_pick")
    with Store(url) as store:
        listed = [store.article_by_key(k) for k in keys]
    assert picker.value == listed[0].id  # a new search opens its first match
    assert [label.split(" · ", 1)[1] for label in picker.options] == [a.title or a.key for a in listed]
    assert {k: at.query_params[k] for k in ("q", "publisher") if k in at.query_params} == {
        k: v for k, v in (("q", search), ("publisher", publisher)) if v
    }
    shared = run("views/articles.py", dict(at.query_params))  # the link reopens the same search and article
    assert shared.text_input(key="art_q").value == search and shared.selectbox(key="art_pick").value == picker.value


def test_a_russian_article_is_highlighted_and_the_language_filter_lives_in_the_url(url: str, store: Store) -> None:
    at = run("views/articles.py")
    at.selectbox(key="art_language").set_value("ru").run()
    ok(at)
    assert "1–1 of 1 articles" in [c.value for c in at.sidebar.caption] and at.query_params["lang"] == "ru"
    ru = store.article_by_key("ru-1")
    assert at.selectbox(key="art_pick").value == ru.id and "ru · Russian" in at.caption[0].value
    found = store.statements(StatementFilter(article_ids=(ru.id,)), limit=None)
    assert len(found) == 2 and {s.speaker for s in found} == {"Карл Тамм"} and found[0].outlet == "TASS"
    body = "".join(h.value for h in at.html)
    assert all(f'data-statement="{s.id}"' in body for s in found)
    shared = run("views/articles.py", dict(at.query_params))
    assert shared.selectbox(key="art_language").value == "ru" and shared.selectbox(key="art_pick").value == ru.id


def test_an_article_in_a_language_no_engine_reads_says_so(url: str, store: Store) -> None:
    uk = store.article_by_key("uk-1")
    at = run("views/articles.py", {"lang": "uk"})
    ok(at)
    assert "1–1 of 1 articles" in [c.value for c in at.sidebar.caption] and at.selectbox(key="art_pick").value == uk.id
    assert uk.language == "uk" and "uk · Ukrainian (not read)" in at.caption[0].value
    assert any("which no engine reads yet" in i.value for i in at.info)
    assert store.count_statements(StatementFilter(article_ids=(uk.id,))) == 0


def test_an_article_search_without_matches_says_so(url: str) -> None:
    at = run("views/articles.py", {"q": "no such words anywhere"})
    assert "No article matches." in [c.value for c in at.sidebar.caption]
    assert not failures(at)


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


def test_compare_grid_labels_every_row_and_topic(url: str, store: Store) -> None:
    """Vega-Lite hides every other label when they crowd (a 15-row grid showed 8 names): a fixed band per row
    and no overlap culling keep each speaker and topic named."""
    at = run("views/compare.py")
    ok(at)
    (spec,) = [json.loads(el.proto.spec) for el in at.get("vega_lite_chart")]
    assert spec["height"] == {"step": 26}
    for layer in spec["layer"]:
        for channel in ("x", "y"):
            assert layer["encoding"][channel]["axis"]["labelOverlap"] is False


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


def test_uploads_extract_in_worker_processes_and_bad_json_is_a_message(url: str, store: Store, monkeypatch) -> None:
    from attribution.store import ingest as ingest_module

    def in_the_server(article, lexicon=None):  # the server's own process must not extract (it would stall others)
        raise RuntimeError("extracted in the server process")

    monkeypatch.setattr(ingest_module, "extract_article", in_the_server)
    good = b'{"id": "up-2", "text": "\\"We are ready,\\" Minister Ivo Kral told Reuters."}\n'
    at = run("views/add.py")
    at.file_uploader(key="add_files").set_value(
        [("good.jsonl", good, "application/jsonl"), ("deep.json", b"[" * 5000 + b"]" * 5000, "application/json"),
         ("field.jsonl", b'{"text": "x", "title": ' + b"[" * 5000 + b"]" * 5000 + b"}\n", "application/jsonl")]
    )  # fmt: skip
    at.run()
    at.button(key="add_upload_submit").click().run()
    ok(at)
    report = table(at, "add_report").set_index("file")
    assert report.loc["good.jsonl", "new"] == 1 and report.loc["good.jsonl", "errors"] == 0
    errors = " ".join(e.value for e in at.error)
    assert "deep.json" in errors and "field.jsonl" in errors and errors.count("nested too deeply") == 2
    at.file_uploader(key="add_files").set_value(
        [("report.txt", b"Peskov said no.", "text/plain"),
         ("report.json", b'{"text": "Lavrov said yes."}', "application/json")]
    )  # fmt: skip
    at.run()
    at.button(key="add_upload_submit").click().run()
    ok(at)
    assert "article id 'report' is already used by report.txt" in " ".join(e.value for e in at.error)
    assert store.article_by_key("report").text == "Peskov said no."
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


# -- speech acts, and the rest on request ---------------------------------------------------------------

BELIEFS = Article(
    "olsen-1",
    "Mark Olsen thinks the truce will hold. Olsen said on Monday that the talks had failed. Polls show the party "
    "is ahead. Olsen plans to visit the capital.",
    publisher="Daily Example",
    published=date(2025, 5, 6),
)
SAID = "that the talks had failed"


def test_the_pages_show_speech_acts_and_a_toggle_adds_the_rest(url: str, store: Store) -> None:
    store.ingest([BELIEFS])
    beliefs = {
        s.text for s in store.statements(StatementFilter(speech=False), limit=None) if s.article_key == BELIEFS.id
    }
    assert beliefs == {"the truce will hold", "the party is ahead", "to visit the capital"}
    at = run()
    listed = set(table(at, "quotes_table")["statement"])
    assert SAID in listed and not beliefs & listed and "speech" not in at.query_params
    others = store.count_statements(StatementFilter(speech=False))  # with the seeds' "expects", "anticipates"
    assert metric(at, "Matching statements") == metric(at, "In the store") - others and others >= 3
    assert metric(at, "Active filters") == 0
    at.toggle(key="f_speech_all").set_value(True).run()
    ok(at)
    rows = table(at, "quotes_table")
    marked = {r["statement"] for r in rows.to_dict("records") if "belief or plan, not said" in list(r["aids"])}
    assert beliefs <= marked and SAID in set(rows["statement"]) - marked
    assert at.query_params["speech"] == "any" and metric(at, "Active filters") == 1
    again = run(params=dict(at.query_params))  # the link reopens the same view
    assert again.toggle(key="f_speech_all").value and metric(again, "Matching statements") == metric(at, "In the store")
    only = run("views/review.py", params={"speech": "0"})  # beliefs and plans alone, from a link
    assert only.session_state["filter"].speech is False and only.toggle(key="f_speech_all").value
    (belief,) = [s for s in store.statements(StatementFilter(speech=False), limit=None) if s.text in beliefs][:1]
    named = run(params={"statement": str(belief.id)})  # a link that names a statement shows it, belief or not
    assert list(table(named, "quotes_table")["statement"]) == [belief.text]
    again.button(key="clear_filters").click().run()
    ok(again)
    assert not again.toggle(key="f_speech_all").value and "speech" not in again.query_params
    assert not beliefs & set(table(again, "quotes_table")["statement"])


@pytest.mark.parametrize(
    ("page", "key"), [("views/compare.py", "cmp_speech_all"), ("views/speakers.py", "sp_speech_all")]
)
def test_compare_and_speaker_pages_show_speech_acts_and_a_toggle_adds_the_rest(
    url: str, store: Store, page: str, key: str
) -> None:
    store.ingest([BELIEFS])
    olsen = next(e for e in store.speaker_entities(search="Mark Olsen") if e.name == "Mark Olsen")
    params = {"who": ["Mark Olsen", "John Kelley"]} if "compare" in page else {"speaker": str(olsen.id)}

    def olsen_count(at) -> int:
        if "compare" in page:
            return int(next(c.value for c in at.caption if c.value.endswith("statements")).split()[0])
        return int(metric(at, "Statements"))

    said = store.count_statements(StatementFilter(speakers=("Mark Olsen",), speech=True))
    every = store.count_statements(StatementFilter(speakers=("Mark Olsen",)))
    assert said >= 1 and every == said + 2  # this article's "thinks" and "plans" are not speech acts
    at = run(page, params)
    assert not at.toggle(key=key).value and olsen_count(at) == said and "speech" not in at.query_params
    if "speakers" in page:  # the picker counts everything: the metric says how many that is
        assert f"{every:,} with beliefs and plans" in next(m.help for m in at.metric if m.label == "Statements")
    at.toggle(key=key).set_value(True).run()
    ok(at)
    assert olsen_count(at) == every and at.query_params["speech"] == "any"
    again = run(page, dict(at.query_params))  # the link reopens the same view
    assert again.toggle(key=key).value and olsen_count(again) == every


# -- Fact-check aids -----------------------------------------------------------------------------------


def aid_statement(store: Store, article_key: str):
    """The one statement of an AIDS article."""
    (s,) = [s for s in store.statements(limit=None) if s.article_key == article_key]
    return s


@pytest.mark.parametrize(
    ("article", "sources", "badges"),
    [
        ("mis-1", 1, ["misattribution alert", "single source"]),
        ("mis-2", 2, ["misattribution alert", "2 reports"]),  # two papers, neither a copy of the other
        ("wire-1", 1, ["2 reports", "single source"]),  # a wire copy counts once
        ("claim-2", 1, ["single source"]),  # nothing similar is reviewed yet: no claim match
    ],
)
def test_quotes_table_shows_sources_and_aid_badges(url: str, store: Store, article, sources, badges) -> None:
    s = aid_statement(store, article)
    at = run(params={"statement": str(s.id)})
    (row,) = table(at, "quotes_table").to_dict("records")
    assert row["statement"] == s.text and row["sources"] == sources and list(row["aids"]) == badges


FLAG_CASES = [
    # widget key, value, URL param, articles every row must come from (None: the rest of the store)
    ("f_misattributed", "yes", ("misattributed", "1"), {"mis-1", "mis-2", "mis-3"}),
    ("f_misattributed", "no", ("misattributed", "0"), None),
    ("f_single_source", "no", ("single_source", "0"), {"mis-2", "mis-3"}),
    ("f_has_claim_match", "yes", ("claim_match", "1"), set()),  # no reviews yet
]


@pytest.mark.parametrize(("key", "value", "param", "articles"), FLAG_CASES)
def test_aid_filters_narrow_the_table_and_live_in_the_url(url: str, store: Store, key, value, param, articles) -> None:
    at = run()
    at.selectbox(key=key).set_value(value).run()
    ok(at)
    flt = at.session_state["filter"]
    assert at.query_params[param[0]] == param[1] and shown(at.query_params) == flt
    n = metric(at, "Matching statements")
    assert n == store.count_statements(flt) and metric(at, "Active filters") == 1
    if articles is None:
        flagged = store.count_statements(StatementFilter(speech=True, **{key.removeprefix("f_"): value != "yes"}))
        assert n == store.count_statements(StatementFilter(speech=True)) - flagged > 0
    elif not articles:
        assert n == 0 and "No statements match" in at.info[0].value
    else:
        assert set(table(at, "quotes_table")["statement"]) == {aid_statement(store, a).text for a in articles}
    again = run(params=dict(at.query_params))  # the link reopens the same view
    assert again.selectbox(key=key).value == value and metric(again, "Matching statements") == n


def test_a_claim_match_link_lists_statements_checked_before(url: str, store: Store) -> None:
    earlier, later = aid_statement(store, "claim-1"), aid_statement(store, "claim-2")
    store.save_review(earlier.id, expected_version=0, reviewer="Bo", rating="mostly_true")
    at = run(params={"claim_match": "1"})
    assert set(table(at, "quotes_table")["statement"]) == {later.text}
    assert "claim match" in table(at, "quotes_table")["aids"].iloc[0]


def alert_messages(at: AppTest) -> list[str]:
    return [e.value for e in at.error if "Misattribution alert" in e.value]


@pytest.mark.parametrize(
    ("article", "speaker", "other_article", "other_speaker"),
    [("mis-1", "Pia Lund", "mis-2", "Tomas Varga"), ("mis-3", "Tomas Varga", "mis-1", "Pia Lund")],
)
def test_review_shows_the_misattribution_alert_on_both_sides(url: str, store: Store, article, speaker, other_article,
                                                              other_speaker) -> None:  # fmt: skip
    s, other = aid_statement(store, article), aid_statement(store, other_article)
    at, sid = open_review({"open": str(s.id)})
    assert sid == s.id
    (alert,) = alert_messages(at)
    assert f"attributed to **{other_speaker}**" in alert and f"given to **{speaker}**" in alert
    links = {p.proto.query_string for p in at.page_link}
    assert f"article={other.article_id}&statement={other.id}" in links and f"speaker={other.speaker_id}" in links
    at.button(key=f"rv_alert_open_0_{other.id}").click().run()  # review the other side, in this session
    ok(at)
    assert at.selectbox(key="rv_pick").value == other.id and at.query_params["open"] == str(other.id)
    (alert,) = alert_messages(at)
    assert f"attributed to **{speaker}**" in alert


def test_no_alert_without_a_misattribution(url: str, store: Store) -> None:
    at, _ = open_review({"open": str(aid_statement(store, "wire-1").id)})
    assert not alert_messages(at)


@pytest.mark.parametrize(
    ("article", "summary", "warning", "altered"),
    [
        ("wire-1", "**2 reports**, **1 independent source**: Reuters", "all 2 reports go back to Reuters", True),
        ("mis-2", "**2 reports**, **2 independent sources**", None, False),
        ("claim-1", None, "no other article gives these words to Eva Moll", False),
    ],
)
def test_review_shows_the_same_statement_elsewhere(url: str, store: Store, article, summary, warning,
                                                   altered) -> None:  # fmt: skip
    s = aid_statement(store, article)
    group = store.statement_group(s.id)
    at, _ = open_review({"open": str(s.id)})
    markdown = [m.value for m in at.markdown]
    assert summary is None or any(m.startswith(summary) for m in markdown), markdown
    single = [w.value for w in at.warning if w.value.startswith("Single source")]
    assert [warning in w for w in single] == ([True] if warning else [])
    diffs = [h.value for h in at.html if 'class="qa-diff"' in h.value]
    assert len(diffs) == (len(group.versions) if summary else 0)
    assert any('class="qa-del"' in d and 'class="qa-ins"' in d for d in diffs) is altered
    for v in group.versions if summary else ():  # each report named: speaker, outlet, publisher, date
        assert any(m.startswith(f"**{v.statement.speaker}**") and v.statement.publisher in m for m in markdown)


def test_review_shows_check_worthiness_with_its_reasons(url: str, store: Store) -> None:
    s = aid_statement(store, "wire-1")
    at, _ = open_review({"open": str(s.id)})
    (line,) = [m.value for m in at.markdown if m.value.startswith("Check-worthiness")]
    assert f"**{s.check_score:.2f}**" in line and s.check_reasons
    assert all(f"[{reason}]" in line for reason in s.check_reasons)


@pytest.mark.parametrize(
    ("reviewed", "opened", "verdict_copied"),
    [
        ("claim-1", "claim-2", False),  # another speaker: only the content rating carries over
        ("pair-1", "pair-2", True),  # the same speaker: the attribution verdict too
    ],
)
def test_a_claim_match_prefills_the_form_and_saves_nothing(url: str, store: Store, reviewed, opened,
                                                            verdict_copied) -> None:  # fmt: skip
    earlier, s = aid_statement(store, reviewed), aid_statement(store, opened)
    store.save_review(earlier.id, expected_version=0, reviewer="Bo", verdict="confirmed", rating="mostly_true",
                      note="Checked with the ministry", evidence_urls=["https://example.org/proof"])  # fmt: skip
    (match,) = store.claim_match(s.id)
    at, sid = open_review({"open": str(s.id)})
    (shown,) = [m.value for m in at.markdown if "Checked before" in m.value]
    assert "rating **mostly true**" in shown and "verdict **confirmed**" in shown and "by Bo" in shown
    assert f"{match.score:.0f}" in shown
    at.button(key=f"rv_use_{sid}_{earlier.id}").click().run()
    ok(at)
    assert at.selectbox(key=f"rv_rating_{sid}").value == "mostly_true"
    assert at.selectbox(key=f"rv_verdict_{sid}").value == ("confirmed" if verdict_copied else "")
    assert at.text_area(key=f"rv_evidence_urls_{sid}").value == "https://example.org/proof"
    assert f"#{earlier.id}: Checked with the ministry" in at.text_area(key=f"rv_note_{sid}").value
    assert "Nothing is saved" in at.info[0].value
    assert store.review(s.id).version == 0  # a suggestion only, until the reviewer saves
    at.button(key=f"rv_save_{sid}").click().run()
    ok(at)
    review = store.review(s.id)
    assert review.version == 1 and review.reviewer == "Ana" and review.rating.value == "mostly_true"
    assert (review.verdict is not None) is verdict_copied
    at.button(key=f"rv_match_open_{earlier.id}").click().run()  # and the earlier review opens here
    assert at.selectbox(key="rv_pick").value == earlier.id


@pytest.mark.parametrize("accept", [True, False])
def test_a_group_suggestion_is_decided_side_by_side(url: str, store: Store, accept: bool) -> None:
    (link,) = store.group_suggestions()
    a, b = link.a.id, link.b.id
    assert {link.a.article_key, link.b.article_key} == {"pair-1", "pair-2"}
    at = run("views/groups.py")
    assert at.button(key=f"grp_accept_{a}_{b}").disabled  # a decision needs a name
    diff = next(h.value for h in at.html if 'class="qa-diff"' in h.value)
    assert '<del class="qa-del"' in diff  # "crossing" and "morning" are not in the second report
    name_reviewer(at, "Ana")
    at.button(key=f"grp_{'accept' if accept else 'reject'}_{a}_{b}").click().run()
    ok(at)
    assert at.success and not store.group_suggestions()
    (decided,) = store.group_suggestions("accepted" if accept else "rejected")
    assert decided.decided_by == "Ana"
    assert len(store.statement_group(a).versions) == (2 if accept else 1)
    assert table(at, "grp_decided")["decision"].tolist() == ["same statement" if accept else "different"]
    assert "None open" in " ".join(c.value for c in at.caption)


@pytest.mark.parametrize(
    ("page", "button"),
    [("views/quotes.py", "quotes_refresh_aids"), ("views/review.py", "rv_refresh_aids"),
     ("views/groups.py", "grp_refresh_aids")],
)  # fmt: skip
@pytest.mark.parametrize("stale", [True, False])
def test_out_of_date_aids_offer_a_refresh(url: str, store: Store, page: str, button: str, stale: bool) -> None:
    if stale:  # a change the aids have not taken in, as an ingest by another process leaves it
        with store.engine.begin() as conn:
            log_statements(conn, [aid_statement(store, "mis-1").id])
    at = run(page)
    notice = [w.value for w in at.warning if "aids out of date" in w.value]
    assert bool(notice) is stale and (button in [b.key for b in at.button]) is stale
    if stale:
        assert "1 changes" in notice[0]
        at.button(key=button).click().run()
        ok(at)
        assert store.aids_status().up_to_date and "refreshed" in at.success[0].value
        assert not [w for w in at.warning if "aids out of date" in w.value]


@pytest.mark.parametrize(
    ("page", "button"), [("views/quotes.py", "quotes_refresh_aids"), ("views/groups.py", "grp_refresh_aids")]
)
@pytest.mark.parametrize("held", [False, True])
def test_a_full_refresh_runs_in_a_process_of_its_own(
    url: str, store: Store, monkeypatch: pytest.MonkeyPatch, page: str, button: str, held: bool
) -> None:
    """Too many changes for the server: the button starts `aids refresh` detached and the page shows its summary
    once it ends. While another process updates the aids (held), the button leaves the changes to it."""
    from views import common

    for limit, value in (("INCREMENTAL_MAX", 0), ("SYNC_FULL_MAX", 0)):  # as on a large store
        monkeypatch.setattr(store_aids, limit, value)
    with store.engine.begin() as conn:
        log_statements(conn, [aid_statement(store, "mis-1").id])
    at = run(page)
    with store_aids._lock(store, wait=True) if held else contextlib.nullcontext():
        at.button(key=button).click().run()
    ok(at)
    refresh = common._refreshes().get(url)
    assert (refresh is None) is held
    if refresh is not None:
        assert refresh.process.pid != os.getpid() and button not in [b.key for b in at.button]
        assert refresh.process.wait(timeout=60) == 0
        at.run()
        ok(at)
    expected = "Another process is updating" if held else "refresh, in a separate process: full update in"
    assert expected in at.success[0].value and url not in common._refreshes()
    assert store.aids_status().up_to_date is not held


def test_the_page_says_while_a_refresh_runs_and_how_it_ended(url: str, store: Store) -> None:
    from views import common

    with store.engine.begin() as conn:
        log_statements(conn, [aid_statement(store, "mis-1").id])
    log = Path(tempfile.mkstemp()[1])
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-c", "print('started'); import time; time.sleep(60)"], stdout=out)
    common._refreshes()[url] = common.Refresh(process, datetime.now(), log)
    try:
        at = run("views/review.py")
        assert any("running in its own process" in i.value for i in at.info)
        assert "rv_refresh_aids" not in [b.key for b in at.button] and not at.success and not at.error
    finally:
        process.kill()
        process.wait()
    at.run()
    ok(at)
    assert "failed (exit code -9)" in at.error[0].value and "rv_refresh_aids" in [b.key for b in at.button]
    assert not log.exists() and url not in common._refreshes()


@pytest.mark.parametrize(
    ("page", "param", "pick"),
    [("views/articles.py", "article", "art_pick"), ("views/speakers.py", "speaker", "sp_pick")],
)
def test_a_link_opens_its_target_when_another_is_open(url: str, store: Store, page, param, pick) -> None:
    s = aid_statement(store, "mis-2")  # what a misattribution alert links to
    target = s.article_id if param == "article" else s.speaker_id
    at = run(page)
    assert at.selectbox(key=pick).value != target
    at.query_params.clear()
    at.query_params[param] = str(target)
    at.switch_page(page).run()
    ok(at)
    assert at.selectbox(key=pick).value == target and at.query_params[param] == str(target)


# -- numbers in links ---------------------------------------------------------------------------------

HUGE = "99999999999999999999999"


@pytest.mark.parametrize(
    ("page", "params", "said"),
    [
        ("views/quotes.py", {"p": HUGE}, "p could not be read"),
        ("views/quotes.py", {"p": "0"}, "p could not be read"),
        ("views/quotes.py", {"p": "two"}, "p could not be read"),
        ("views/quotes.py", {"p": "9223372036854775807"}, "p could not be read"),
        ("views/quotes.py", {"p": "4000"}, None),  # past the last page: the pager shows the last one
        ("views/quotes.py", {"article": HUGE}, "no article with id 9999"),
        ("views/quotes.py", {"statement": "2147483648"}, "no statement with id 2147483648"),
        ("views/review.py", {"open": HUGE}, "open could not be read and was ignored: no statement with id 9999"),
        ("views/review.py", {"open": "-1"}, "no statement with id -1"),
        ("views/review.py", {"open": "x"}, "statement id: expected a whole number, got 'x'"),
        ("views/articles.py", {"article": HUGE}, "article could not be read and was ignored: no article with id"),
        ("views/articles.py", {"article": "1", "statement": HUGE}, "statement could not be read"),
        ("views/articles.py", {"page": HUGE}, "page could not be read"),
        ("views/articles.py", {"page": "1.5"}, "page could not be read"),
        ("views/speakers.py", {"speaker": HUGE}, "speaker could not be read and was ignored: no speaker with id"),
        ("views/speakers.py", {"speaker": "١"}, "speaker could not be read"),
    ],
)
def test_numbers_in_a_link_out_of_range_are_dropped_with_a_warning(url: str, page: str, params: dict, said) -> None:
    at = run(None if page == "views/quotes.py" else page, params)  # a link to Quotes is read on the first run
    assert not failures(at)
    warnings = [w.value for w in at.warning]
    if said is None:
        assert not warnings
    else:
        assert any(said in re.sub(r"\\(.)", r"\1", w) for w in warnings), warnings  # as Markdown shows it


def test_tables_offer_no_download_that_bypasses_the_neutralised_export() -> None:
    """Streamlit's own table download writes cells raw (a statement starting with = runs in a spreadsheet);
    the Export page's CSV goes through attribution.export.write_csv, which neutralises them."""
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["disableDataExport"] is True


# -- Markdown injection: what articles and people wrote is shown as words ------------------------------

EVIL = "![{0}](http://127.0.0.1:9/{0}.png) **{0}** [click](javascript:alert('{0}')) <img src=x> $x^2$ :smile:"
BREAKOUT_URL = "https://example.org/a)![url](http://127.0.0.1:9/url.png)"  # a web address that ends a link early


def hostile_store(store: Store) -> dict[str, int]:
    store.ingest([
        Article("evil-1", '"The border will open for trade next month," Foreign Minister Anna Berg said on Friday.',
                title=EVIL.format("title"), publisher=EVIL.format("publisher"), url=BREAKOUT_URL,
                published=date(2025, 6, 3)),
        Article("evil-2", '"Farm exports will double by the spring," Trade Minister Eva Moll said on Friday.',
                title="A script link", publisher="Daily Example", url="javascript:alert(document.cookie)",
                published=date(2025, 6, 4)),
    ])  # fmt: skip
    one, two = (aid_statement(store, key) for key in ("evil-1", "evil-2"))
    store.save_review(one.id, expected_version=0, reviewer=EVIL.format("reviewer"), note=EVIL.format("note"),
                      workflow="done", verdict="confirmed")  # fmt: skip
    return {"one": one.id, "one_article": one.article_id, "two_article": two.article_id, "berg": one.speaker_id}


def markdown_shown(at: AppTest) -> list[str]:
    """Every string the page hands to Streamlit's Markdown: text, captions, headings, alerts, link labels."""
    texts = [e.value for kind in ("markdown", "caption", "title", "header", "subheader", "error", "warning", "info",
                                  "success") for e in getattr(at, kind)]  # fmt: skip
    return texts + [e.proto.label for e in at.get("page_link")]


@pytest.mark.parametrize(
    ("page", "params", "reviewer", "links", "words"),
    [
        ("views/articles.py", {"article": "{one_article}", "statement": "{one}"}, None,
         ["https://example.org/a%29!%5Burl%5D%28http://127.0.0.1:9/url.png%29"], EVIL.format("title")),
        ("views/articles.py", {"article": "{two_article}"}, None, [], "javascript:alert(document.cookie)"),
        ("views/review.py", {"open": "{one}"}, EVIL.format("name"), [], EVIL.format("name")),
        ("views/review.py", {"open": "{one}"}, None, [], EVIL.format("publisher")),
        ("views/speakers.py", {"speaker": "{berg}"}, None, [], "Anna Berg"),
        ("views/compare.py", {"who": [EVIL.format("who"), "Anna Berg"]}, None, [], EVIL.format("who")),
        ("views/quotes.py", {"article": EVIL.format("param")}, None, [], "![param](http://127."),
        ("views/quotes.py", {"from": EVIL.format("date")}, None, [], "![date](http://127.0.0.1:9/date.png)"),
        ("views/review.py", {"open": EVIL.format("open")}, None, [], "![open](http://127."),
    ],
)  # fmt: skip
def test_text_from_articles_and_people_is_never_markdown(
    url: str, store: Store, page: str, params: dict, reviewer: str | None, links: list[str], words: str
) -> None:
    from markdown_it import MarkdownIt

    ids = hostile_store(store)
    params = {k: [x.format(**ids) for x in v] if isinstance(v, list) else v.format(**ids) for k, v in params.items()}
    at = run(None if page == "views/quotes.py" else page, params)
    if reviewer:
        name_reviewer(at, reviewer)
    ok(at)
    shown = markdown_shown(at)
    rendered = MarkdownIt("commonmark").render("\n\n".join(shown))  # as Streamlit reads it, bar its extensions
    assert "<img" not in rendered and "<strong>title" not in rendered and "<strong>name" not in rendered
    assert re.findall(r'href="([^"]*)"', rendered) == links
    assert not any("$x^2$" in t or ":smile:" in t for t in shown)  # LaTeX and emoji codes stay words
    assert any(untrusted.markdown(words) in t for t in shown), shown  # the words are there, escaped
