"""One HTTP client for every fetch: connection reuse, timeouts, a size cap, capped redirects checked by the
address guard at each hop, retries with backoff on 429 and 5xx honouring Retry-After, a per-host limit on
concurrent requests, a descriptive User-Agent, conditional GET and robots.txt.
"""

from __future__ import annotations

import email.utils
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from . import guard
from .errors import Failure, FetchError

USER_AGENT = os.environ.get(
    "ATTRIBUTION_USER_AGENT", "attribution-fetcher/1.0 (quote attribution and fact-check desk; reads news articles)"
)
ROBOTS_AGENT = "attribution-fetcher"  # the product token robots.txt rules name
MAX_BYTES = 5 * 1024 * 1024
HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
REDIRECTS = (301, 302, 303, 307, 308)
RETRY = (429, 500, 502, 503, 504)


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # the address asked for
    final_url: str  # the address that answered, after redirects
    status: int  # 200, or 304 when the validators sent still hold
    content: bytes
    media_type: str  # of Content-Type, lower case, without parameters ("" when not given)
    etag: str | None = None
    last_modified: str | None = None
    content_language: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """Thread-safe; close it (or use it as a context manager) to release its connections."""

    def __init__(
        self,
        *,
        timeout: float = 10.0,
        max_bytes: int = MAX_BYTES,
        max_redirects: int = 5,
        retries: int = 2,
        backoff: float = 0.5,
        max_wait: float = 30.0,
        per_host: int = 2,
        robots: bool = True,
        user_agent: str = USER_AGENT,
        allow_private: bool | None = None,
        resolver: guard.Resolver = guard.resolve,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.per_host = per_host
        self.robots = robots
        self._allow_private = allow_private
        self._resolver = resolver
        self._sleep = sleep
        if transport is None:
            transport = httpx.HTTPTransport(limits=httpx.Limits(max_connections=64, max_keepalive_connections=32))
            transport._pool._network_backend = guard.GuardedBackend(resolver, allow_private)  # httpx has no option
        self._client = httpx.Client(
            headers={"User-Agent": user_agent},
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,  # followed here, so that the guard sees every hop
            transport=transport,
        )
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._robots: dict[str, RobotFileParser | FetchError] = {}
        self._robots_locks: dict[str, threading.Lock] = {}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None, accept: str = HTML_ACCEPT
    ) -> Response:
        """GET `url`, following redirects; a 304 when `etag`/`last_modified` still hold. Raises FetchError."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.max_redirects + 1):
            self._check(current)
            if self.robots:
                self._obey_robots(current)
            status, reply, body = self._request(current, headers)
            if status in REDIRECTS:
                location = reply.get("location")
                if not location:
                    raise FetchError(url, Failure.STATUS, f"HTTP {status} redirect without a Location")
                current = urljoin(current, location.strip())
                continue
            if status == 304 and (etag or last_modified):
                return Response(url, current, 304, b"", _media_type(reply), etag, last_modified)
            if status >= 300:
                raise FetchError(url, Failure.STATUS, f"HTTP {status} {_reason(status)}")
            return Response(
                url, current, status, body, _media_type(reply), reply.get("etag"), reply.get("last-modified"),
                reply.get("content-language"),
            )  # fmt: skip
        raise FetchError(url, Failure.REDIRECTS, f"more than {self.max_redirects} redirects (last to {current})")

    def _check(self, url: str) -> None:
        guard.check(url, resolver=self._resolver, allow_private=self._allow_private)

    def _request(self, url: str, headers: dict[str, str]) -> tuple[int, httpx.Headers, bytes]:
        """One GET with retries on 429/5xx; the body read in pieces and abandoned past the size cap."""
        for attempt in range(self.retries + 1):
            with self._host_slot(url):
                status, reply, body = self._once(url, headers)
            if status not in RETRY:
                return status, reply, body
            wait = _retry_after(reply.get("retry-after"))
            wait = self.backoff * 2**attempt if wait is None else wait
            if attempt == self.retries or wait > self.max_wait:
                later = f"; the server asks to retry after {wait:.0f} s" if wait > self.max_wait else ""
                tries = f" after {attempt + 1} attempts" if attempt else ""
                raise FetchError(url, Failure.STATUS, f"HTTP {status} {_reason(status)}{tries}{later}")
            self._sleep(wait)
        raise AssertionError("unreachable")  # the loop returns or raises

    def _once(self, url: str, headers: dict[str, str]) -> tuple[int, httpx.Headers, bytes]:
        started = time.monotonic()
        try:
            with self._client.stream("GET", url, headers=headers) as r:
                if r.status_code != 200:
                    return r.status_code, r.headers, b""
                declared = r.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise _too_large(url, self.max_bytes, f"declares {int(declared):,} bytes")
                chunks, size = [], 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise _too_large(url, self.max_bytes, "sent more")
                    if time.monotonic() - started > self.timeout:  # a trickle defeats the per-read timeout
                        raise FetchError(url, Failure.TIMEOUT, f"the page took longer than {self.timeout:g} s")
                    chunks.append(chunk)
                return r.status_code, r.headers, b"".join(chunks)
        except FetchError as e:  # refused when connecting (guard.GuardedBackend): named after the page asked for
            raise FetchError(url, e.kind, e.reason) from e
        except httpx.TimeoutException as e:
            raise FetchError(url, Failure.TIMEOUT, f"no answer within {self.timeout:g} s") from e
        except httpx.HTTPError as e:  # refused connection, reset, TLS failure, malformed reply
            raise FetchError(url, Failure.NETWORK, f"{type(e).__name__}: {e}") from e

    def _host_slot(self, url: str) -> threading.BoundedSemaphore:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            slot = self._hosts.get(host)
            if slot is None:
                slot = self._hosts[host] = threading.BoundedSemaphore(self.per_host)
        return slot

    def _obey_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:  # one robots.txt fetch per site, however many threads ask
            rules = self._robots.get(origin)
            if rules is None:
                rules = self._robots[origin] = self._load_robots(origin)
        if isinstance(rules, FetchError):
            raise FetchError(url, Failure.ROBOTS, rules.reason)
        if not rules.can_fetch(ROBOTS_AGENT, url):
            raise FetchError(url, Failure.ROBOTS, f"{origin}/robots.txt disallows this address")

    def _load_robots(self, origin: str) -> RobotFileParser | FetchError:
        """RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx) allows nothing."""
        rules = RobotFileParser(f"{origin}/robots.txt")
        try:
            status, _reply, body = self._request(f"{origin}/robots.txt", {"Accept": "text/plain"})
        except FetchError as e:
            if e.kind in (Failure.STATUS, Failure.TIMEOUT, Failure.NETWORK):
                return FetchError(e.url, Failure.ROBOTS, f"robots.txt unavailable ({e.reason}); not fetching the site")
            raise
        if status != 200:  # 4xx: no robots.txt; a redirect (not followed here) is taken for one
            rules.allow_all = True
        else:
            rules.parse(body.decode("utf-8", "replace").splitlines())
        return rules


def _too_large(url: str, cap: int, detail: str) -> FetchError:
    return FetchError(url, Failure.TOO_LARGE, f"larger than {cap / 1024 / 1024:g} MB ({detail}); not read")


def _media_type(headers: httpx.Headers) -> str:
    return headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _reason(status: int) -> str:
    try:
        return httpx.codes.get_reason_phrase(status)
    except ValueError:
        return ""


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: a number or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
