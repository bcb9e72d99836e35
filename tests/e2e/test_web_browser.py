"""End to end from the web: links pasted on Add articles and a feed followed on Feeds, in a real headless
Chromium against a real Streamlit server; the articles come from the local news site of tests/websrv.py."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from attribution.store import Store
from attribution.web.guard import ALLOW_PRIVATE
from conftest import ROOT

from .conftest import free_port

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
    port = free_port()
    logs = tmp_path_factory.mktemp("web-server") / "streamlit.log"
    env = {**os.environ, "DATABASE_URL": web_store, ALLOW_PRIVATE: "1"}
    log = open(logs, "w")  # noqa: SIM115 - the server outlives this statement
    proc = subprocess.Popen(
        [sys.executable, "-m", "views", "--server.address", "127.0.0.1", "--server.port", str(port),
         "--server.headless", "true", "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start: {logs.read_text()}") from None
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()
    assert "Traceback" not in logs.read_text(), logs.read_text()


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
