"""The dashboard's way in from the web under AppTest: Add articles → From links, the Feeds page, and an article
in a language the engine does not read. The pages come from the local news site of tests/websrv.py."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from attribution.store import StatementFilter, Store
from attribution.web.guard import ALLOW_PRIVATE
from conftest import ROOT

sys.path.insert(0, str(Path(__file__).resolve().parent))
import websrv

APP = str(ROOT / "dashboard.py")
CLINICS = "/news/2026/11/clinics.html"


@pytest.fixture
def site() -> Iterator[websrv.Site]:
    server = websrv.Site().start()
    yield server
    server.stop()


@pytest.fixture
def url(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    monkeypatch.setenv(ALLOW_PRIVATE, "1")
    return sqlite_url


def open_page(page: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def report(at: AppTest, key: str):
    """A table by its key; AppTest does not expose a dataframe's key, so by the columns that key's table has."""
    column = {"add_links_report": "address", "feeds_table": "feed"}[key]
    return next(d.value for d in at.dataframe if column in d.value.columns)


def test_links_are_fetched_with_an_outcome_per_address(site, url):
    at = open_page("views/add.py")
    links = [
        site.url(CLINICS),
        site.url("/news/2026/11/bridge.html"),
        site.url("/missing"),
        site.url("/de/rat.html"),
    ]
    at.text_area(key="add_links").input("\n".join([*links, "not-a-link"]))
    at.button(key="add_links_submit").click().run()
    assert not at.exception
    frame = report(at, "add_links_report").set_index("address")
    assert list(frame["outcome"]) == ["new", "new", "failed", "new"]
    assert frame.loc[links[0], ["publisher", "statements"]].tolist() == ["Riverside Gazette", 2]
    assert frame.loc[links[3], "language"] == "de"
    assert "Stored 3 articles with 5 statements" in at.success[0].value
    errors = [e.value for e in at.error]
    assert errors == ["not-a-link: not a web address (expected http:// or https://)",
                      f"{links[2]}: HTTP error: HTTP 404 Not Found"]  # fmt: skip
    assert "language 'de'" in at.warning[0].value and "no engine reads yet" in at.warning[0].value
    at.button(key="add_links_submit").click().run()  # the same links again: nothing twice
    assert list(report(at, "add_links_report")["outcome"]) == ["unchanged", "unchanged", "failed", "unchanged"]
    with Store(url) as store:
        assert store.count_articles() == 3
        assert store.count_statements(StatementFilter(speakers=("Tom Rivers",))) == 1

    quotes = open_page("views/quotes.py")  # the same server: no restart
    assert not quotes.exception and "Tom Rivers" in str(quotes.dataframe[0].value.to_dict())


def test_an_article_in_a_language_no_engine_reads_says_so(site, url):
    with Store(url) as store:
        from attribution.web import Fetcher, ingest_urls

        with Fetcher() as fetcher:
            ingest_urls(store, [site.url("/de/rat.html")], fetcher=fetcher)
        article_id = store.articles()[0].id
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["article"] = str(article_id)
    at.run()
    at.switch_page("views/articles.py").run()
    assert not at.exception
    assert any("de · German" in i.value and "which no engine reads yet" in i.value for i in at.info)


def test_feeds_are_added_polled_and_removed(site, url):
    at = open_page("views/feeds.py")
    assert "No feed followed yet" in at.info[0].value
    at.text_input(key="feeds_url").input(site.url("/"))
    at.session_state["reviewer"] = "ann"  # the name a single-user session gives once (views/auth.py REVIEWER)
    at.button(key="feeds_add").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == [
        f"Following feed 1: {site.url('/feed.rss')}. Poll it to fetch its articles.",
        f"Following feed 2: {site.url('/transport.atom')}. Poll it to fetch its articles.",
    ]
    assert list(report(at, "feeds_table")["last poll"]) == ["never", "never"]
    at.button(key="feeds_poll").click().run()
    assert not at.exception
    table = report(at, "feeds_table")
    assert list(table["status"]) == ["ok", "ok"] and list(table["articles"]) == [2, 1]
    assert list(table["added by"]) == ["ann", "ann"]
    assert [s.value for s in at.success][:1] == [f"{site.url('/feed.rss')}: 2 entries, 2 new articles, 0 failed"]
    at.button(key="feeds_poll").click().run()
    assert [s.value for s in at.success][:1] == [
        f"{site.url('/feed.rss')}: not modified since the last poll (HTTP 304)"
    ]
    at.multiselect(key="feeds_pick").set_value([2]).run()
    at.button(key="feeds_remove").click().run()
    assert list(report(at, "feeds_table")["id"]) == [1]
    with Store(url) as store:
        assert store.count_articles() == 3
