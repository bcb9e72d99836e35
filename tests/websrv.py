"""A local news site for the web tests and benchmarks/web_ingest.py: realistic pages and feeds from tests/web/,
and the ways a real site fails (404, 500 then 200, 429 with Retry-After, slow, 50 MB, redirect loop, PDF, empty,
robots.txt, 304 for an unchanged page). Every request is logged so tests can assert what was sent."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

PAGES = Path(__file__).resolve().parent / "web"
HUGE = 50 * 1024 * 1024
ETAG = '"ferry-v1"'
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
ROBOTS = b"User-agent: *\nDisallow: /private/\n"

STATIC = {
    "/": ("home.html", "text/html; charset=utf-8"),
    "/news/2026/11/clinics.html": ("clinics.html", "text/html; charset=utf-8"),
    "/news/2026/11/bridge.html": ("bridge.html", "text/html; charset=utf-8"),
    "/ru/council.html": ("ru.html", "text/html; charset=utf-8"),
    "/de/rat.html": ("de.html", "text/html; charset=utf-8"),  # a language no engine reads
    "/private/leak.html": ("clinics.html", "text/html; charset=utf-8"),
    "/feed.rss": ("feed.rss", "application/rss+xml; charset=utf-8"),
    "/transport.atom": ("transport.atom", "application/atom+xml"),
}


class Site(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, slow: float = 3.0) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.slow = slow
        self.log: list[tuple[str, dict[str, str]]] = []  # (path with query, request headers)
        self.hits: Counter[str] = Counter()
        self.extra: dict[str, tuple[bytes, str]] = {}  # path -> (body, content type), set by a test
        self.lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> Site:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def handle_error(self, request, client_address) -> None:  # a client that stops reading is expected here
        pass

    def requests(self, path: str) -> list[dict[str, str]]:
        return [h for p, h in self.log if urlsplit(p).path == path]


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


class _Handler(BaseHTTPRequestHandler):
    server: Site
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are separate writes: no delayed-ACK stall between them

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        with self.server.lock:
            self.server.log.append((self.path, dict(self.headers)))
            self.server.hits[path] += 1
            hits = self.server.hits[path]
        if path in self.server.extra:
            body, kind = self.server.extra[path]
            return self._send(200, body, kind)
        if path == "/robots.txt":
            return self._send(200, ROBOTS, "text/plain")
        if path in STATIC:  # with an ETag, so that asking again with it costs a 304
            name, kind = STATIC[path]
            body = page(name)
            etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", None, {"ETag": etag})
            return self._send(200, body, kind, {"ETag": etag})
        if path == "/amp/bridge.html":  # the same article at another address, declaring no canonical URL
            body = page("bridge.html").replace(b'<link rel="canonical" href="/news/2026/11/bridge.html">', b"")
            return self._send(200, body, "text/html; charset=utf-8")
        if path == "/harbour-times/ferry.html":  # answers 304 while the client's ETag holds
            if self.headers.get("If-None-Match") == ETAG:
                return self._send(304, b"", None, {"ETag": ETAG})
            return self._send(200, page("ferry.html"), "text/html; charset=utf-8", {"ETag": ETAG})
        if path == "/flaky.html":  # a server error first, then the page
            if hits == 1:
                return self._send(500, b"<h1>Internal Server Error</h1>", "text/html")
            return self._send(200, page("ferry.html"), "text/html; charset=utf-8")
        if path == "/busy.html":  # too many requests first, come back in a second
            if hits == 1:
                return self._send(429, b"slow down", "text/plain", {"Retry-After": "1"})
            return self._send(200, page("ferry.html"), "text/html; charset=utf-8")
        if path == "/down.html":
            return self._send(503, b"maintenance", "text/plain", {"Retry-After": "3600"})
        if path == "/slow.html":
            time.sleep(self.server.slow)
            return self._send(200, page("ferry.html"), "text/html; charset=utf-8")
        if path in ("/huge.html", "/huge-chunked.html"):
            return self._huge(declared=path == "/huge.html")
        if path == "/loop-a":
            return self._send(302, b"", None, {"Location": "/loop-b"})
        if path == "/loop-b":
            return self._send(302, b"", None, {"Location": "/loop-a"})
        if path == "/moved":
            return self._send(301, b"", None, {"Location": "/news/2026/11/bridge.html?utm_campaign=moved"})
        if path == "/report.pdf":
            return self._send(200, PDF, "application/pdf")
        if path == "/empty.html":
            return self._send(200, b"", "text/html")
        if path == "/blank.html":  # a page with nothing to read
            return self._send(200, b"<html><head><title>Loading</title></head><body><nav>Menu</nav></body></html>",
                              "text/html")  # fmt: skip
        return self._send(404, b"<h1>Not Found</h1>", "text/html")

    def _send(self, status: int, body: bytes, kind: str | None, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if kind:
            self.send_header("Content-Type", kind)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def _huge(self, declared: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if declared:
            self.send_header("Content-Length", str(HUGE))
        else:
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Connection", "close")
        self.end_headers()
        block = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
        try:
            for _ in range(HUGE // len(block)):
                if declared:
                    self.wfile.write(block)
                else:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(block), block))
            if not declared:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:  # the client stopped reading, as it should
            self.close_connection = True
