"""URLs and feeds into the store: pages fetched concurrently (threads; the HTTP client limits each host), read
into Articles, and handed to the store's usual ingest, which skips what is unchanged and updates what changed
while keeping reviews. An article reached by two addresses is one: its key is its canonical URL, else the
stored article with the same canonical URL or the same text is updated."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum

from ..language import SUPPORTED
from ..store import web as stored
from .errors import Failure, FetchError
from .feeds import parse_feed
from .http import FEED_ACCEPT, Fetcher
from .pages import Page, read_page
from .urls import normalize

MAX_LINKS = 500  # one paste or poll; a desk's few hundred links

Progress = Callable[[int, int], None]  # (URLs fetched, URLs in all); they are stored a batch at a time


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Hint:
    """What a feed says of an entry, used when the page says nothing."""

    publisher: str | None = None
    published: date | None = None


@dataclass(frozen=True, slots=True)
class UrlResult:
    url: str
    outcome: Outcome
    message: str  # one line for a person
    failure: Failure | None = None
    key: str | None = None  # the article's key in the store
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    language: str | None = None
    statements: int = 0

    @property
    def not_read(self) -> bool:
        """A page in a language no engine reads yet."""
        return self.language is not None and self.language not in SUPPORTED


@dataclass
class Timings:
    """Seconds spent per stage, summed over threads (fetch, trafilatura) or wall time (ingest)."""

    fetch: float = 0.0
    read: float = 0.0
    ingest: float = 0.0
    record: float = 0.0
    pages: int = 0


def ingest_urls(
    store,
    urls: Sequence[str],
    *,
    fetcher: Fetcher | None = None,
    workers: int = 1,
    threads: int = 8,
    hints: Mapping[str, Hint] | None = None,
    progress: Progress | None = None,
    timings: Timings | None = None,
) -> list[UrlResult]:
    """Fetch, read and store each URL; one result per distinct URL, in the order given. Never raises for one URL."""
    urls = list(dict.fromkeys(u.strip() for u in urls if u.strip()))
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    timings = timings if timings is not None else Timings()
    hints = hints or {}
    try:
        return _Run(store, urls, fetcher, workers, threads, hints, progress, timings).run()
    finally:
        if own:
            fetcher.close()


class _Run:
    def __init__(self, store, urls, fetcher, workers, threads, hints, progress, timings) -> None:
        self.store, self.urls, self.fetcher, self.workers, self.threads = store, urls, fetcher, workers, threads
        self.hints, self.progress, self.timings = hints, progress, timings
        self.results: dict[str, UrlResult] = {}
        self.pages: dict[str, Page] = {}  # url -> page stored (or another address's page of the same article)
        self.before: dict[str, str | None] = {}  # key -> stored content hash before this run (None: new)
        self.readers: ProcessPoolExecutor | None = None  # with workers: trafilatura out of this process
        self.yielded: set[str] = set()  # keys of the articles handed to the store
        self.copies: set[str] = set()  # urls of a page of this run under another address, found by its text
        self.done = 0

    def run(self) -> list[UrlResult]:
        known = stored.known_pages(self.store, [normalize(u) for u in self.urls] + self.urls)
        started = time.perf_counter()
        if self.workers > 1 and len(self.urls) > 1:  # trafilatura holds the GIL: read pages in processes
            self.readers = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"))
            self.readers.submit(int).result()  # forked now, before the fetch threads start
        try:
            summary = self.store.ingest(self._articles(known), workers=self.workers)
        finally:
            if self.readers is not None:
                self.readers.shutdown(cancel_futures=True)
        self.timings.ingest += time.perf_counter() - started
        started = time.perf_counter()
        by_key: dict[str, list[str]] = {}  # each article's addresses, in the order given
        for url in sorted(self.urls, key=lambda u: u in self.copies):  # stable: a copy is never the one kept
            if url in self.pages:
                by_key.setdefault(self.pages[url].article.id, []).append(url)
        fetched_at = datetime.now(UTC)
        firsts = [self.pages[first] for first, *_ in by_key.values()]  # the first address given is the one kept
        stored.record_fetches(self.store, (
            stored.FetchRecord(p.article.id, p.fetched_url, p.final_url, p.canonical_url, fetched_at, p.etag,
                               p.last_modified)
            for p in firsts
        ))  # fmt: skip
        failed = {e.split(": ", 1)[0]: e.split(": ", 1)[-1] for e in summary.errors}
        counts = stored.statement_counts(self.store, sorted(by_key))
        for key, (first, *others) in by_key.items():
            self.results[first] = result = self._stored(first, self.pages[first], counts.get(key, 0), failed.get(key))
            for url in others:
                message = f"unchanged: the same article as {first}"
                self.results[url] = replace(result, url=url, outcome=Outcome.UNCHANGED, message=message, statements=0)
        self.timings.record += time.perf_counter() - started
        self.timings.pages += len(self.pages)
        return [self.results[u] for u in self.urls]

    def _articles(self, known: dict[str, stored.KnownPage]) -> Iterator:
        """Articles as their pages arrive; the store's ingest reads them a batch at a time."""
        seen: dict[str, tuple[str, str]] = {}  # key, canonical URL or text hash met in this run -> (key, its URL)
        with ThreadPoolExecutor(max(1, self.threads), thread_name_prefix="fetch") as pool:
            futures = {pool.submit(self._fetch, u, known.get(normalize(u)) or known.get(u)): u for u in self.urls}
            for future in as_completed(futures):
                url = futures[future]
                got = future.result()
                self._tick()
                if isinstance(got, UrlResult):
                    self.results[url] = got
                    continue
                key, same_as = self._identify(url, got, seen)
                if key in self.yielded:  # another address of a page of this run: sorted out in `run`
                    if key != got.article.id:  # the same text, not the same address: never the one kept
                        self.copies.add(url)
                    self.pages[url] = replace(got, article=replace(got.article, id=key))
                    continue
                if same_as is not None:  # another address of an article stored before: not updated from here
                    a = got.article
                    self.results[url] = UrlResult(url, Outcome.UNCHANGED, f"unchanged: the same article as {same_as}",
                                                  key=key, title=a.title, publisher=a.publisher,
                                                  published=a.published, language=a.language)  # fmt: skip
                    continue
                self.pages[url] = got
                self.yielded.add(key)
                yield got.article

    def _fetch(self, url: str, known: stored.KnownPage | None) -> Page | UrlResult:
        hint = self.hints.get(url, Hint())
        started = time.perf_counter()
        try:
            try:
                response = self.fetcher.get(
                    url, etag=known.etag if known else None, last_modified=known.last_modified if known else None
                )
            finally:
                self.timings.fetch += time.perf_counter() - started
            if response.not_modified and known:
                return UrlResult(url, Outcome.UNCHANGED, "unchanged (HTTP 304)", key=known.key)
            started = time.perf_counter()
            try:
                if self.readers is None:
                    return read_page(response, publisher=hint.publisher, published=hint.published)
                return self.readers.submit(read_page, response, publisher=hint.publisher,
                                           published=hint.published).result()  # fmt: skip
            finally:
                self.timings.read += time.perf_counter() - started
        except FetchError as e:
            return UrlResult(url, Outcome.FAILED, f"{e.kind}: {e.reason}", failure=e.kind)

    def _identify(self, url: str, page: Page, seen: dict[str, tuple[str, str]]) -> tuple[str, str | None]:
        """(key, None) for a page to store under its own key; (key, where) when it is an article met in this run
        or stored under another key: the same canonical URL, else the same text."""
        a = page.article
        marks = [m for m in (a.id, page.canonical_url, a.content_hash) if m]
        met = next((seen[m] for m in marks if m in seen), None)
        if met is not None:
            return met[0], met[1]
        found = stored.stored_key(self.store, key=a.id, canonical_url=page.canonical_url, content_hash=a.content_hash)
        for mark in marks:
            seen[mark] = (found[0] if found else a.id, url)
        if found and found[0] != a.id:
            return found[0], found[0]
        self.before[a.id] = found[1] if found else None
        return a.id, None

    def _stored(self, url: str, page: Page, count: int, error: str | None) -> UrlResult:
        a = page.article
        meta = dict(key=a.id, title=a.title, publisher=a.publisher, published=a.published, language=a.language)
        if error is not None:
            return UrlResult(url, Outcome.FAILED, f"{Failure.ENGINE}: {error}", Failure.ENGINE, **meta)
        before = self.before[a.id]
        outcome = Outcome.NEW if before is None else Outcome.UNCHANGED if before == a.content_hash else Outcome.UPDATED
        where = ", ".join(x for x in (a.publisher or "unknown publisher", a.published and a.published.isoformat()) if x)
        message = f"{outcome}: {a.title or a.id} ({where}); {count} statement{'s' * (count != 1)}"
        if a.language and a.language not in SUPPORTED:
            message += f"; the page is in language '{a.language}', which no engine reads yet"
        return UrlResult(url, outcome, message, statements=count, **meta)

    def _tick(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, len(self.urls))


@dataclass(frozen=True, slots=True)
class PollResult:
    feed: stored.StoredFeed  # as after the poll
    ok: bool
    message: str
    results: tuple[UrlResult, ...] = ()


def poll(store, feed_ids: Sequence[int] | None = None, *, fetcher: Fetcher | None = None, workers: int = 1,
         progress: Progress | None = None) -> list[PollResult]:  # fmt: skip
    """Poll feeds (all when `feed_ids` is None): an unchanged feed costs one 304; new entries are ingested."""
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        todo = stored.list_feeds(store) if feed_ids is None else [stored.feed(store, i) for i in feed_ids]
        return [_poll_one(store, f, fetcher, workers, progress) for f in todo]
    finally:
        if own:
            fetcher.close()


def _poll_one(store, feed: stored.StoredFeed, fetcher: Fetcher, workers: int, progress) -> PollResult:
    try:
        response = fetcher.get(feed.url, etag=feed.etag, last_modified=feed.last_modified, accept=FEED_ACCEPT)
        if response.not_modified:
            after = stored.record_poll(store, feed.id, status="not modified")
            return PollResult(after, True, f"{feed.url}: not modified since the last poll (HTTP 304)")
        parsed = parse_feed(response.content, response.final_url)
    except FetchError as e:
        after = stored.record_poll(store, feed.id, status=str(e.kind), error=e.reason)
        return PollResult(after, False, f"{feed.url}: {e.kind}: {e.reason}")
    links = [e.url for e in parsed.entries][:MAX_LINKS]
    hints = {e.url: Hint(parsed.title, e.published) for e in parsed.entries}
    results = ingest_urls(store, links, fetcher=fetcher, workers=workers, hints=hints, progress=progress)
    new = sum(r.outcome is Outcome.NEW for r in results)
    failed = [r for r in results if r.outcome is Outcome.FAILED]
    error = "; ".join(f"{r.url}: {r.message}" for r in failed[:5]) + ("; …" if len(failed) > 5 else "")
    after = stored.record_poll(
        store, feed.id, status="ok" if not failed else f"{len(failed)} of {len(results)} failed", error=error or None,
        etag=response.etag, last_modified=response.last_modified, title=parsed.title, site=parsed.site,
        new_articles=new,
    )  # fmt: skip
    message = f"{feed.url}: {len(results)} entries, {new} new articles, {len(failed)} failed"
    return PollResult(after, not failed, message, tuple(results))
