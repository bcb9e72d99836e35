"""Web ingest speed: N article pages from a local news site, end to end (fetch, trafilatura, engine, store) with
1 and 2 workers, where the time goes, and peak memory.

    python benchmarks/web_ingest.py [--pages 1000] [--workers 1 2]

The site runs in a process of its own on a free loopback port and serves distinct pages shaped like a real
news page (navigation, ads, comments, related links, JSON-LD). Each run writes a fresh SQLite store. The stage
split comes from a staged run: all fetched, then all read by trafilatura, then all through the engine, then
stored (store = ingest time less the engine's: topics, check-worthiness, the writes and the fact-check aids).
CPU time per page (this process and its workers, not the site's) says what a quiet machine would reach when the
wall-clock figures are taken on a busy one. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from attribution.engine import lexicons
from attribution.engine.pipeline import extract_article
from attribution.store import Store
from attribution.web import Fetcher, Outcome, Timings, ingest_urls, read_page

PEOPLE = ["Anna Keller", "Tom Rivers", "Clara Obi", "Paul Mendes", "Rita Baines", "Omar Haddad", "Lena Holm",
          "Ivo Kral", "Mara Voss", "Sam Okafor"]  # fmt: skip
ROLES = ["Mayor", "Health director", "Transport minister", "chief engineer", "operations manager", "Senator"]
TOPICS = ["the new clinics", "the bridge repairs", "the ferry timetable", "the school budget", "the water tariff"]


def page(i: int) -> bytes:
    """A distinct article page: the words change with i, the boilerplate does not."""
    who, other = PEOPLE[i % len(PEOPLE)], PEOPLE[(i * 7 + 3) % len(PEOPLE)]
    role, topic = ROLES[i % len(ROLES)], TOPICS[i % len(TOPICS)]
    body = "\n".join(f"<p>{p}</p>" for p in [
        f"The council met for the {i}th time this year on Tuesday to discuss {topic}, after weeks of delays.",
        f'"We will publish the full plan for {topic} within {i % 9 + 2} weeks," {role} {who} said after the vote.',
        f"{other} said the residents of district {i % 40} had waited long enough for an answer.",
        f"According to {who}, the cost would reach {i * 13 % 900 + 100} thousand pounds over three years.",
        f'"Nobody here was consulted about {topic}," said a resident who asked not to be named.',
        f"The next meeting is planned for the {i % 27 + 1}th of next month, officials confirmed.",
    ])  # fmt: skip
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council debates {topic} ({i}) | Riverside Gazette</title>
<link rel="canonical" href="/news/{i}.html"><meta property="og:site_name" content="Riverside Gazette">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Council debates {topic} ({i})",
"datePublished": "2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}T09:00:00Z"}}</script></head><body>
<nav><ul>{"".join(f'<li><a href="/section/{s}">Section {s}</a></li>' for s in range(12))}</ul></nav>
<div class="ad">Advertisement: Buy the new Rover 9 today, zero percent finance on every model.</div>
<main><article><h1>Council debates {topic} ({i})</h1><p class="byline">By Jane Porter</p>{body}</article>
<aside class="related"><h2>Related</h2>{"".join(f'<a href="/news/{i + k}.html">Story {i + k}</a>' for k in range(1, 6))}
</aside><section class="comments"><h2>Comments</h2><p>First! Great reporting as always.</p>
<p>Who is paying for this? Not us, I hope.</p></section></main><footer>© 2026 Riverside Gazette</footer>
</body></html>""".encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes: no delayed-ACK stall between them

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/robots.txt":
            body, kind = b"User-agent: *\nAllow: /\n", "text/plain"
        else:
            body, kind = page(int(self.path.rsplit("/", 1)[1].split(".")[0])), "text/html; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _serve(port) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    port.value = server.server_address[1]
    server.serve_forever()


def _fetcher() -> Fetcher:
    return Fetcher(allow_private=True)  # the local site; every other setting as in production


def staged(urls: list[str]) -> dict:
    """Each stage alone over every page: wall and CPU milliseconds per page (CPU: this process, all threads)."""
    n, out = len(urls), {"pages": len(urls)}

    def timed(name: str, run):
        wall, cpu = time.perf_counter(), time.process_time()
        value = run()
        out[f"{name}_ms_per_page"] = round((time.perf_counter() - wall) / n * 1000, 2)
        out[f"{name}_cpu_ms_per_page"] = round((time.process_time() - cpu) / n * 1000, 2)
        return value

    with _fetcher() as fetcher, ThreadPoolExecutor(8) as pool:
        responses = timed("fetch", lambda: list(pool.map(fetcher.get, urls)))
    pages = timed("trafilatura", lambda: [read_page(r).article for r in responses])
    lex = lexicons.load()
    out["statements"] = timed("engine", lambda: sum(len(extract_article(a, lex)) for a in pages))
    with tempfile.TemporaryDirectory() as tmp, Store(f"sqlite:///{tmp}/quotes.db") as store:
        timed("ingest", lambda: store.ingest(pages))
    for kind in ("", "_cpu"):  # the store's ingest runs the engine again: the rest is the store's
        out[f"store{kind}_ms_per_page"] = round(
            out.pop(f"ingest{kind}_ms_per_page") - out[f"engine{kind}_ms_per_page"], 2
        )
    return out


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its finished children (the ingest's and the readers' workers)."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


def end_to_end(urls: list[str], workers: int) -> dict:
    timings = Timings()
    cpu = _cpu()
    with tempfile.TemporaryDirectory() as tmp, Store(f"sqlite:///{tmp}/quotes.db") as store, _fetcher() as fetcher:
        start = time.perf_counter()
        results = ingest_urls(store, urls, fetcher=fetcher, workers=workers, timings=timings)
        seconds = time.perf_counter() - start
    cpu = [after - before for after, before in zip(_cpu(), cpu, strict=True)]
    new = sum(r.outcome is Outcome.NEW for r in results)
    return {"workers": workers, "pages": len(urls), "new": new, "seconds": round(seconds, 2),
            "pages_per_s": round(len(urls) / seconds, 1),
            "cpu_ms_per_page": {"main": round(cpu[0] / len(urls) * 1000, 1),
                                "workers": round(cpu[1] / len(urls) * 1000, 1)},
            "fetch_thread_s": round(timings.fetch, 2), "trafilatura_s": round(timings.read, 2),
            "ingest_wall_s": round(timings.ingest, 2)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    port = multiprocessing.Value("i", 0)
    server = multiprocessing.Process(target=_serve, args=(port,), daemon=True)
    server.start()
    while not port.value:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port.value}"
    try:
        urls = [f"{base}/news/{i}.html" for i in range(args.pages)]
        report = {"staged": staged(urls), "end_to_end": [end_to_end(urls, w) for w in args.workers]}
    finally:
        server.terminate()
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    report["peak_rss_mb"] = {"main": round(self_mb), "largest_child": round(children_mb)}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
