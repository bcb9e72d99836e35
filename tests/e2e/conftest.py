"""A real Streamlit server on a free loopback port with a temporary store, and a real headless Chromium."""

from __future__ import annotations

import http.server
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from test_dashboard import AIDS  # the fact-check aids' cases: a misattribution, a wire copy, a pair to decide

from attribution import readers
from attribution.models import Article
from attribution.store import Store
from conftest import ROOT, SEEDS

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip
ARTIFACTS = ROOT / "tests" / "artifacts"
SCRIPT = '<script>alert("pwned")</script>'
MARKUP_ARTICLE = Article(
    "markup-1",
    f'The page said {SCRIPT} in plain text. "Talks on a prisoner exchange will resume <b>soon</b>," '
    'Interior Minister Lena Holm told AFP. <img src=x onerror="alert(2)">',
    title="<i>Holm</i> & the exchange",
    publisher="Example Wire",
    published=date(2025, 6, 2),
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Beacon:
    """A web server on a free loopback port that records every path asked of it: an address in an article's
    fields that the browser fetches (an image in Markdown) shows up in `requests`."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        seen = self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # the name http.server calls
                seen.append(self.path)
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args) -> None:  # quiet
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture(scope="module")
def beacon() -> Iterator[Beacon]:
    b = Beacon()
    yield b
    b.server.shutdown()


def hostile_article(base: str) -> Article:
    """Markdown in every field a page shows, each image pointing at the beacon; the URL ends a link early."""
    return Article(
        "hostile-1",
        '"The border will open for trade next month," Foreign Minister Anna Berg said on Friday.',
        title=f"![title]({base}/title.png) Border **talks**",
        publisher=f"![publisher]({base}/publisher.png) Gazette",
        url=f"https://example.org/a)![url]({base}/url.png)",
        published=date(2025, 6, 3),
    )


@pytest.fixture(scope="module")
def e2e_url(tmp_path_factory: pytest.TempPathFactory, beacon: Beacon) -> str:
    """The seeds, an article whose text holds markup, one whose fields hold Markdown, and the aids' cases, in a
    store of this module's own; the Markdown article's statement is reviewed by a reviewer named in Markdown."""
    url = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'quotes.db'}"
    with Store(url) as store:
        store.ingest([*readers.read_paths([SEEDS]).articles, MARKUP_ARTICLE, hostile_article(beacon.base), *AIDS])
        (s,) = [s for s in store.statements(limit=None) if s.article_key == "hostile-1"]
        note = f"[see]({beacon.base}/note) ![note]({beacon.base}/note.png)"
        store.save_review(s.id, expected_version=0, reviewer=f"![reviewer]({beacon.base}/reviewer.png) Ann", note=note,
                          verdict="confirmed")  # fmt: skip
    return url


@pytest.fixture(scope="module")
def server(e2e_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve({"DATABASE_URL": e2e_url}, ROOT, tmp_path_factory.mktemp("server") / "streamlit.log") as url:
        yield url


@contextmanager
def serve(env: dict[str, str], cwd: Path, logs: Path, port: int | None = None) -> Iterator[str]:
    """`python -m views` on a loopback port, run in `cwd` (where Streamlit looks for .streamlit/), until the end."""
    port = port or free_port()
    log = open(logs, "w")  # noqa: SIM115 - the server outlives this statement
    proc = subprocess.Popen(
        [sys.executable, "-m", "views", "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=cwd, env={**os.environ, "PYTHONPATH": str(ROOT), **env}, stdout=log, stderr=subprocess.STDOUT,
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
    # A page that failed on the server leaves its traceback in the log even when the browser shows a message.
    assert "Traceback" not in logs.read_text(), logs.read_text()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (.ci/run does)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1800})
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs  # any alert() that ran: none may
    yield pg
    context.close()
    assert not dialogs, f"script ran in the page: {dialogs}"


def pick_option(page, select, option: str, tries: int = 3) -> None:
    """Open a Streamlit select box and pick `option`. A click that lands while a rerun redraws the widget opens
    nothing (seen under load), so the list is opened again until the option shows."""
    wanted = page.get_by_role("option", name=option)
    for attempt in range(tries):
        select.get_by_role("combobox").click()
        try:
            wanted.wait_for(timeout=10_000)
            break
        except PlaywrightTimeout:
            if attempt == tries - 1:
                raise
    wanted.click()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
