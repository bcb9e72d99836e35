"""What the store keeps of the web (migration 0010): the feeds a desk follows, and where and when each article
was fetched. The articles themselves go through the store's usual ingest (store/ingest.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from ..errors import StoreError
from .schema import articles, feeds, statements
from .speakers import NotFound

_FEED_COLUMNS = (feeds.c.id, feeds.c.url, feeds.c.title, feeds.c.site, feeds.c.added_by, feeds.c.added_at,
                 feeds.c.last_polled, feeds.c.etag, feeds.c.last_modified, feeds.c.last_status, feeds.c.last_error,
                 feeds.c.article_count)  # fmt: skip


class FeedExists(StoreError):
    """The feed is followed already."""


@dataclass(frozen=True, slots=True)
class StoredFeed:
    id: int
    url: str
    title: str | None
    site: str | None
    added_by: str | None
    added_at: datetime
    last_polled: datetime | None
    etag: str | None
    last_modified: str | None
    last_status: str | None  # "ok", "not modified", or the failure's kind
    last_error: str | None
    article_count: int


@dataclass(frozen=True, slots=True)
class KnownPage:
    """An article stored from the web: its key and the validators to fetch it again conditionally."""

    key: str
    content_hash: str
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True, slots=True)
class FetchRecord:
    key: str
    fetched_url: str
    final_url: str
    canonical_url: str | None
    fetched_at: datetime
    etag: str | None
    last_modified: str | None


def add_feed(store, url: str, *, title: str | None = None, site: str | None = None, added_by: str | None = None):
    try:
        with store._write() as conn:
            values = dict(url=url, title=title, site=site, added_by=added_by, added_at=datetime.now(UTC))
            feed_id = conn.execute(insert(feeds).values(**values)).inserted_primary_key[0]
    except IntegrityError as e:
        raise FeedExists(f"the feed {url} is followed already (feed {feed_by_url(store, url).id})") from e
    return feed(store, feed_id)


def feed(store, feed_id: int) -> StoredFeed:
    with store._read() as conn:
        row = conn.execute(select(*_FEED_COLUMNS).where(feeds.c.id == feed_id)).first()
    if row is None:
        raise NotFound(f"no feed with id {feed_id}; `python -m attribution feeds list` shows them")
    return _feed(row)


def feed_by_url(store, url: str) -> StoredFeed:
    with store._read() as conn:
        row = conn.execute(select(*_FEED_COLUMNS).where(feeds.c.url == url)).first()
    if row is None:
        raise NotFound(f"no feed with address {url}")
    return _feed(row)


def list_feeds(store) -> list[StoredFeed]:
    with store._read() as conn:
        return [_feed(r) for r in conn.execute(select(*_FEED_COLUMNS).order_by(feeds.c.id))]


def remove_feed(store, feed_id: int) -> StoredFeed:
    """Stop following a feed; the articles it brought stay."""
    gone = feed(store, feed_id)
    with store._write() as conn:
        conn.execute(delete(feeds).where(feeds.c.id == feed_id))
    return gone


def record_poll(store, feed_id: int, *, status: str, error: str | None = None, etag: str | None = None,
                last_modified: str | None = None, title: str | None = None, site: str | None = None,
                new_articles: int = 0) -> StoredFeed:  # fmt: skip
    """A poll's outcome. Validators and names are kept when the poll brought none (a 304, a failure)."""
    values: dict = dict(last_polled=datetime.now(UTC), last_status=status, last_error=error,
                        article_count=feeds.c.article_count + new_articles)  # fmt: skip
    for name, value in (("etag", etag), ("last_modified", last_modified), ("site", site)):
        if value:
            values[name] = value
    if title:
        values["title"] = func.coalesce(feeds.c.title, title)  # a name a person gave stays
    with store._write() as conn:
        conn.execute(update(feeds).where(feeds.c.id == feed_id).values(**values))
    return feed(store, feed_id)


def known_pages(store, urls: Sequence[str]) -> dict[str, KnownPage]:
    """Stored articles fetched from (or redirected to) these addresses, by address."""
    found: dict[str, KnownPage] = {}
    cols = (articles.c.key, articles.c.content_hash, articles.c.etag, articles.c.last_modified)
    with store._read() as conn:
        for i in range(0, len(urls), 500):
            part = list(urls[i : i + 500])
            query = select(*cols, articles.c.fetched_url, articles.c.final_url, articles.c.url).where(
                or_(articles.c.fetched_url.in_(part), articles.c.final_url.in_(part), articles.c.key.in_(part))
            )
            for r in conn.execute(query):
                page = KnownPage(r.key, r.content_hash, r.etag, r.last_modified)
                for url in (r.fetched_url, r.final_url, r.key):
                    if url in part:
                        found.setdefault(url, page)
    return found


def stored_key(store, *, key: str, canonical_url: str | None, content_hash: str) -> tuple[str, str] | None:
    """(key, content hash) of the stored article this page is: same key, same canonical URL, else same text."""
    cols = (articles.c.key, articles.c.content_hash)
    with store._read() as conn:
        for where in (articles.c.key == key, articles.c.canonical_url == canonical_url if canonical_url else None,
                      articles.c.content_hash == content_hash):  # fmt: skip
            if where is not None:
                row = conn.execute(select(*cols).where(where).order_by(articles.c.id).limit(1)).first()
                if row is not None:
                    return row.key, row.content_hash
    return None


def record_fetches(store, records: Iterable[FetchRecord]) -> None:
    rows = [dict(_key=r.key, fetched_url=r.fetched_url, final_url=r.final_url, canonical_url=r.canonical_url,
                 fetched_at=r.fetched_at, etag=r.etag, last_modified=r.last_modified) for r in records]  # fmt: skip
    if rows:
        with store._write() as conn:
            conn.execute(update(articles).where(articles.c.key == bindparam("_key")), rows)


def statement_counts(store, keys: Sequence[str]) -> dict[str, int]:
    """Live statements per article key."""
    counts: dict[str, int] = {}
    with store._read() as conn:
        for i in range(0, len(keys), 500):
            query = (
                select(articles.c.key, func.count(statements.c.id))
                .join(statements, (statements.c.article_id == articles.c.id) & ~statements.c.retired, isouter=True)
                .where(articles.c.key.in_(list(keys[i : i + 500])))
                .group_by(articles.c.key)
            )
            counts.update({k: n for k, n in conn.execute(query)})
    return counts


def _feed(row) -> StoredFeed:
    return StoredFeed(*row)
