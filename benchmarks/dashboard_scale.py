"""Dashboard speed at scale: server time of a first render and of a filter change (AppTest), what a real
browser sees (Chromium) next to a hello-world page's floor measured alongside, and 8 concurrent sessions
against one server (websocket clients, no browsers), on a store of a million statements.

Synthetic data only (benchmarks/store_synthetic.py: fictional names). Prints one JSON object; times are
milliseconds (medians of --repeat runs unless named p95/max), memory is the server's resident set in MB.

    .venv/bin/python benchmarks/dashboard_scale.py [--statements 1000000] [--db URL] [--sessions 8]

--db: an empty store is filled first; one filled by an earlier run is reused (a 1M SQLite fill takes
a few minutes; a store filled before the filler wrote aids rows gets them with store_synthetic.py
--aids-only). Needs /usr/bin/chromium for the browser part (--no-browser skips it).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import math
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

from attribution.store import StatementFilter, Store  # noqa: E402
from benchmarks.store_synthetic import fill  # noqa: E402
from views.__main__ import warm_up  # noqa: E402

APP = str(ROOT / "dashboard.py")
CHROMIUM = "/usr/bin/chromium"
SPEAKERS = ["Tavo Relkin", "Mirela Dovrash", "Osric Maelor", "Linnea Quenby", "Dace Hastrup", "Ysolde Vellacourt",
            "Kerran Ostrander", "Ilvy Pilgrove", "Borun Zanetti", "Sefa Brisco"]  # fmt: skip


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def median_ms(times: list[float]) -> float:
    return ms(statistics.median(times))


def timed(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


# -- server time: AppTest runs the page scripts in this process, exactly as a session's rerun does ----------


def apptest_times(url: str, repeat: int) -> dict:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ["DATABASE_URL"] = url
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # AppTest outside a server logs about it on every run
    warm_up()  # as the server does before it listens (python -m views)
    gc.freeze()

    def session(page: str | None = None, params: dict | None = None) -> tuple[AppTest, float]:
        at = AppTest.from_file(APP, default_timeout=600)
        at.query_params.update(params or {})
        started = time.perf_counter()
        at.run()
        if page:
            started = time.perf_counter()
            at.switch_page(page).run()
        took = time.perf_counter() - started
        assert not at.exception, [e.value for e in at.exception]
        return at, took

    from views import common

    out: dict = {}
    # The floor: a page of one title, run the same way, in the same minutes (the machine's load shows in it).
    hello = AppTest.from_string("import streamlit as st\nst.title('Hello')", default_timeout=60)
    out["hello-world page run (floor)"] = median_ms([timed(hello.run) for _ in range(max(5, repeat))])
    st.cache_data.clear()
    _, cold = session()
    out["first render, cold caches"] = ms(cold)
    out["first render, warm caches"] = median_ms([session()[1] for _ in range(repeat)])

    def change(at: AppTest, apply) -> float:
        apply(at)
        started = time.perf_counter()
        at.run()
        took = time.perf_counter() - started
        assert not at.exception, [e.value for e in at.exception]
        return took

    two_valued = {"single source", "misattribution alert", "claim match"}  # yes/no: a third repeat asks again
    cases = {
        "speaker": lambda at, i: at.multiselect(key="f_speakers").set_value([SPEAKERS[i % len(SPEAKERS)]]),
        "two speakers + dates": lambda at, i: (
            at.multiselect(key="f_speakers").set_value(SPEAKERS[i % 5 : i % 5 + 2]),
            at.date_input(key="f_date_from").set_value(date(2024, 3 + i % 6, 1)),
        ),
        "workflow": lambda at, i: at.multiselect(key="f_workflows").set_value([("in_progress", "done")[i % 2]]),
        "topic": lambda at, i: at.multiselect(key="f_topics").set_value([("sanctions", "energy", "trade")[i % 3]]),
        "publisher + outlet": lambda at, i: (
            at.multiselect(key="f_publishers").set_value(["Harbour Gazette"]),
            at.multiselect(key="f_outlets").set_value([("Lantern Wire", "Radio Meridian")[i % 2]]),
        ),
        "text": lambda at, i: at.text_input(key="f_text").input(("gas prices", "the summit", "grain")[i % 3]),
        "fuzzy text": lambda at, i: (
            at.text_input(key="f_text").input(("ceasfire tlks", "prisner swap", "gas prise")[i % 3]),
            at.toggle(key="f_fuzzy").set_value(True),
        ),
        "fuzzy text + topic": lambda at, i: (
            at.text_input(key="f_text").input(("sanctons relief", "grain deel", "summit plans")[i % 3]),
            at.toggle(key="f_fuzzy").set_value(True),
            at.multiselect(key="f_topics").set_value([("sanctions", "energy", "trade")[i % 3]]),
        ),
        "single source": lambda at, i: at.selectbox(key="f_single_source").set_value(("yes", "no")[i % 2]),
        "misattribution alert": lambda at, i: at.selectbox(key="f_misattributed").set_value(("no", "yes")[i % 2]),
        "claim match": lambda at, i: at.selectbox(key="f_has_claim_match").set_value(("no", "yes")[i % 2]),
        "page 100": lambda at, i: at.number_input(key="page_no").set_value(100 + i),
    }
    changes: dict[str, dict] = {}
    for name, apply in cases.items():
        new, again = [], []
        for i in range(repeat):  # each repeat asks for a filter value not asked before (i picks it)
            at, _ = session()
            if name in two_valued:
                common.count.clear()  # so that it is new: the other value's count was asked two repeats ago
            new.append(change(at, lambda at, i=i, apply=apply: apply(at, i)))
            at, _ = session()
            again.append(change(at, lambda at, i=i, apply=apply: apply(at, i)))  # the same filter again: cached counts
        changes[name] = {"new filter": median_ms(new), "repeated filter": median_ms(again)}
    out["filter change"] = changes

    at, _ = session()
    out["switch to charts, no filter"] = ms(
        change(at, lambda at: at.segmented_control(key="quotes_view").set_value("charts"))
    )
    out["filter change, charts view, new filter"] = ms(
        change(at, lambda at: at.multiselect(key="f_speakers").set_value([SPEAKERS[-1]]))
    )
    pages = {
        "review": ("views/review.py", None),
        "compare": ("views/compare.py", {"who": SPEAKERS[:2]}),
        "articles": ("views/articles.py", None),
        "speakers": ("views/speakers.py", None),
        "export": ("views/export.py", None),
    }
    out["page first render"] = {name: median_ms([session(p, q)[1] for _ in range(repeat)]) for name, (p, q) in
                                pages.items()}  # fmt: skip
    return out


# -- a real server and real browsers ---------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """The dashboard as `make run` serves it (python -m views), or `streamlit run app`, on a free loopback port;
    samples its memory (with children) while it runs."""

    def __init__(self, url: str, app: str | None = None) -> None:
        self.port = free_port()
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - the server's output, kept while it runs
        launch = ["-m", "streamlit", "run", app] if app else ["-m", "views"]
        self.proc = subprocess.Popen(
            [sys.executable, *launch, "--server.address", "127.0.0.1", "--server.port", str(self.port),
             "--server.headless", "true", "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
            cwd=ROOT, env={**os.environ, "DATABASE_URL": url}, stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.base = f"http://127.0.0.1:{self.port}"
        self.peak_mb = 0.0
        self._stop = threading.Event()
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{self.base}/_stcore/health", timeout=2):
                    break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("streamlit did not start") from None
                time.sleep(0.3)
        threading.Thread(target=self._sample, daemon=True).start()

    def rss_mb(self) -> float:
        p = psutil.Process(self.proc.pid)
        return sum(q.memory_info().rss for q in (p, *p.children(recursive=True))) / 2**20

    def cpu_seconds(self) -> float:
        p = psutil.Process(self.proc.pid)
        return sum(sum(q.cpu_times()[:2]) for q in (p, *p.children(recursive=True)))

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                self.peak_mb = max(self.peak_mb, self.rss_mb())
            except psutil.Error:
                return
            time.sleep(0.1)

    def stop(self) -> None:
        self._stop.set()
        self.proc.terminate()
        self.proc.wait(timeout=30)


async def first_render(browser, base: str, ready, context=None) -> float:
    """Open `base` in a new tab of `context` (a returning visitor: the browser has cached Streamlit's scripts), or
    of a new context (a first visit, nothing cached); seconds until `ready(page)` has waited for what shows."""
    own = context is None
    context = context or await browser.new_context(viewport={"width": 1400, "height": 1000})
    page = await context.new_page()
    started = time.perf_counter()
    await page.goto(base)
    await ready(page)
    took = time.perf_counter() - started
    await (context.close() if own else page.close())
    return took


async def quotes_ready(page) -> None:
    """The counts and the first page of rows drawn (the table draws its cells on a canvas)."""
    await page.get_by_test_id("stMetricValue").first.wait_for(timeout=120_000)
    await page.locator('[data-testid="stDataFrame"] canvas').first.wait_for(timeout=120_000)


async def hello_ready(page) -> None:
    await page.get_by_role("heading", name="Hello").wait_for(timeout=120_000)


async def browser_session(browser, base: str, changes: int) -> dict:
    """One user: open Quotes, then add speakers to the filter one by one; time each until the new count shows."""
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    page = await context.new_page()
    received = {"bytes": 0}

    def on_ws(ws) -> None:
        ws.on("framereceived", lambda payload: received.__setitem__("bytes", received["bytes"] + len(payload)))

    page.on("websocket", on_ws)
    await page.goto(base)
    await quotes_ready(page)
    first_bytes = received["bytes"]
    metric = page.get_by_test_id("stMetricValue").first
    speaker_box = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").first.get_by_role("combobox")
    times, sizes = [], []
    for k in range(changes):
        before = await metric.inner_text()
        received["bytes"] = 0
        started = time.perf_counter()
        await speaker_box.fill(SPEAKERS[k % len(SPEAKERS)])
        await page.keyboard.press("Enter")
        await page.wait_for_function(
            "([sel, before]) => { const e = document.querySelector(sel); return e && e.innerText !== before; }",
            arg=['[data-testid="stMetricValue"]', before],
            timeout=120_000,
        )
        times.append(time.perf_counter() - started)
        sizes.append(received["bytes"])
    await context.close()
    return {"first_bytes": first_bytes, "changes": times, "bytes": sizes}


async def browser_times(server: Server, floor: Server, changes: int, repeat: int) -> dict:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        floor_cold = await first_render(browser, floor.base, hello_ready)
        cold = await first_render(browser, server.base, quotes_ready)  # the server's first session: empty caches
        visitors = {}
        for name in ("floor", "page"):  # a returning visitor's browser has the scripts cached
            visitors[name] = await browser.new_context(viewport={"width": 1400, "height": 1000})
            await first_render(browser, (floor if name == "floor" else server).base, hello_ready if name == "floor"
                               else quotes_ready, visitors[name])  # fmt: skip
        times: dict[str, list[float]] = {"floor": [], "page": [], "floor, cached": [], "page, cached": []}
        for _ in range(max(5, repeat)):  # alternated: the floor and the page see the same load
            for name, srv, ready in (("floor", floor, hello_ready), ("page", server, quotes_ready)):
                times[name].append(await first_render(browser, srv.base, ready))
                times[f"{name}, cached"].append(await first_render(browser, srv.base, ready, visitors[name]))
        one = await browser_session(browser, server.base, changes)
        await browser.close()
    return {
        "first render, cold (the server's first session)": ms(cold),
        "first render, warm (first visit: nothing cached)": median_ms(times["page"]),
        "first render, warm (returning visit: scripts cached)": median_ms(times["page, cached"]),
        "hello-world page (floor), cold": ms(floor_cold),
        "hello-world page (floor), first visit": median_ms(times["floor"]),
        "hello-world page (floor), returning visit": median_ms(times["floor, cached"]),
        "first render, bytes received": one["first_bytes"],
        "filter change": median_ms(one["changes"]),
        "filter change, bytes received": int(statistics.median(one["bytes"])),
    }


# -- many sessions without browsers -------------------------------------------------------------------------


async def protocol_session(port: int, index: int, changes: int) -> dict:
    """One user without a browser: the page's own websocket protocol (BackMsg / ForwardMsg protobufs), so that 8
    sessions cost the server what 8 people would, and nothing else on these 2 cores. Opens Quotes, then sets
    the speaker filter `changes` times; each time is from the request to the server's end of the run."""
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    seen: dict = {}

    async def run(ws, widgets: list | None = None) -> float:
        msg = BackMsg()
        msg.rerun_script.page_script_hash = seen.get("page", "")
        msg.rerun_script.widget_states.widgets.extend(widgets or [])
        started = time.perf_counter()
        await ws.send(msg.SerializeToString())
        seen.pop("matching", None)
        while True:
            fwd = ForwardMsg()
            fwd.ParseFromString(await ws.recv())
            kind = fwd.WhichOneof("type")
            if kind == "new_session":
                seen["page"] = fwd.new_session.page_script_hash
            elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                element = fwd.delta.new_element
                if element.WhichOneof("type") == "multiselect" and element.multiselect.id.endswith("f_speakers"):
                    seen["speakers"] = element.multiselect.id
                elif element.WhichOneof("type") == "metric" and element.metric.label == "Matching statements":
                    seen["matching"] = element.metric.body
            elif kind == "script_finished":
                return time.perf_counter() - started

    async with websockets.connect(f"ws://127.0.0.1:{port}/_stcore/stream", subprotocols=["streamlit"],
                                  max_size=None) as ws:  # fmt: skip
        first = await run(ws)
        everything = seen["matching"]
        times = []
        for k in range(changes):
            state = WidgetState(id=seen["speakers"])
            state.string_array_value.data[:] = [SPEAKERS[(index + k) % len(SPEAKERS)]]
            times.append(await run(ws, [state]))
            assert seen.get("matching") not in (None, everything), "the filter did not change the count"
    return {"first": first, "changes": times}


async def concurrent_times(server: Server, sessions: int, changes: int) -> dict:
    cpu = server.cpu_seconds()
    many = await asyncio.gather(*(protocol_session(server.port, i, changes) for i in range(sessions)))
    cpu = server.cpu_seconds() - cpu
    every = [t for s in many for t in s["changes"]]
    return {
        "measured with": f"{sessions} websocket clients in one Python process speaking Streamlit's protocol (no "
        "browsers on the cores): each opens Quotes, then changes the speaker filter; times run from the request to "
        "the server's script_finished",
        "first render p50": median_ms([s["first"] for s in many]),
        "first render max": ms(max(s["first"] for s in many)),
        "filter change p50": median_ms(every),
        "filter change p95": ms(sorted(every)[math.ceil(0.95 * len(every)) - 1]),  # nearest rank
        "filter change max": ms(max(every)),
        "server CPU per run": ms(cpu / (len(every) + sessions)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="store URL (default: a temporary SQLite file)")
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--changes", type=int, default=5, help="filter changes per session")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="dashboard-scale-")
    url = args.db or f"sqlite:///{Path(tmp.name) / 'quotes.db'}"
    with Store(url) as store:
        stored = store.count_statements(StatementFilter())
        filled = None if stored >= args.statements else fill(url, args.statements - stored)
        stored = store.count_statements(StatementFilter())
    result: dict = {"statements": stored, "fill": filled, "server (AppTest)": apptest_times(url, args.repeat)}
    if not args.no_browser:
        hello = Path(tmp.name) / "hello.py"
        hello.write_text("import streamlit as st\n\nst.title('Hello')\n")
        server, floor = Server(url), Server(url, str(hello))
        try:
            result["browser (Chromium)"] = asyncio.run(browser_times(server, floor, args.changes, args.repeat))
            result[f"{args.sessions} concurrent sessions"] = asyncio.run(
                concurrent_times(server, args.sessions, args.changes)
            )
            result["server memory MB"] = {"peak": round(server.peak_mb), "after": round(server.rss_mb())}
        finally:
            server.stop()
            floor.stop()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
