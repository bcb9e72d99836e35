"""End to end from the web: links pasted on Add articles and a feed followed on Feeds, in a real headless
Chromium against a real Streamlit server; the articles come from the local news site of tests/websrv.py."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from attribution.store import Store
from attribution.web.guard import ALLOW_PRIVATE
from conftest import ROOT

from .conftest import serve

sys.path.insert(0, str(ROOT / "tests"))
import websrv

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def site() -> Iterator[websrv.Site]:
    server = websrv.Site().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('e2e-web') / 'quotes.db'}"
    Store(url).close()  # an empty store, migrated
    return url


@pytest.fixture(scope="module")
def web_server(web_store: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The dashboard allowed to fetch from loopback (the local site), as a desk's intranet setting would."""
    logs = tmp_path_factory.mktemp("web-server") / "streamlit.log"
    with serve({"DATABASE_URL": web_store, ALLOW_PRIVATE: "1"}, ROOT, logs) as url:
        yield url


def matching(page: Page, server: str, query: str) -> None:
    page.goto(f"{server}/?{query}")
    page.get_by_role("heading", name="Quotes", level=1).wait_for()


def test_links_then_a_feed_become_statements_with_publisher_and_date(web_server, site, page: Page, artifacts):
    page.goto(f"{web_server}/add")
    page.get_by_role("heading", name="Add articles", level=1).wait_for()
    page.get_by_role("tab", name="From links").click()
    links = [site.url("/news/2026/11/clinics.html"), site.url("/news/2026/11/bridge.html")]
    page.get_by_label("Web addresses of articles").fill("\n".join(links))
    page.get_by_role("button", name="Fetch and store").click()
    page.get_by_text("Stored 2 articles with 5 statements").wait_for()
    page.screenshot(path=str(artifacts / "add-from-links.png"))

    # Quotes, without a restart: the statements under their publisher and on their dates.
    matching(page, web_server, "publisher=Riverside+Gazette")
    page.get_by_text("1–5 of 5 statements").wait_for()
    matching(page, web_server, "publisher=Riverside+Gazette&from=2026-11-24&to=2026-11-24")
    page.get_by_text("1–2 of 2 statements").wait_for()
    matching(page, web_server, "speaker=Clara+Obi&publisher=Riverside+Gazette&from=2026-11-26&to=2026-11-26")
    page.get_by_text("1–1 of 1 statements").wait_for()

    page.goto(f"{web_server}/feeds")
    page.get_by_role("heading", name="Feeds", level=1).wait_for()
    page.get_by_label("Feed or site address").fill(site.url("/transport.atom"))
    page.get_by_role("button", name="Follow").click()
    page.get_by_text("Following feed 1").wait_for()
    page.get_by_role("button", name="Poll now").click()
    page.get_by_text(f"{site.url('/transport.atom')}: 2 entries, 1 new articles, 0 failed").wait_for()
    page.screenshot(path=str(artifacts / "feeds-polled.png"))

    matching(page, web_server, "speaker=Rita+Baines&publisher=Harbour+Times&from=2026-12-01&to=2026-12-01")
    page.get_by_text("1–1 of 1 statements").wait_for()
