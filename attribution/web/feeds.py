"""RSS and Atom feeds: their entries' links with feedparser; a site's feeds found from its home page with
trafilatura's feeds module."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit

from .errors import Failure, FetchError
from .http import FEED_ACCEPT, Fetcher, Response


@dataclass(frozen=True, slots=True)
class FeedEntry:
    url: str
    title: str | None
    published: date | None


@dataclass(frozen=True, slots=True)
class Feed:
    url: str
    title: str | None
    site: str | None  # the home page the feed names
    entries: tuple[FeedEntry, ...]


def parse_feed(content: bytes, url: str) -> Feed:
    """A feed's title, site and entries (links made absolute). Raises FetchError when it is no feed."""
    import feedparser

    parsed = feedparser.parse(content, response_headers={"content-location": url})  # bytes: never fetched
    if not parsed.version:
        raise FetchError(url, Failure.NOT_FEED, "not an RSS or Atom feed")
    entries = []
    for e in parsed.entries:
        link = e.get("link") or next((x.get("href") for x in e.get("links", []) if x.get("href")), None)
        if not link:
            continue
        when = e.get("published_parsed") or e.get("updated_parsed")
        entries.append(FeedEntry(urljoin(url, link.strip()), e.get("title") or None, date(*when[:3]) if when else None))
    return Feed(url, parsed.feed.get("title") or None, parsed.feed.get("link") or None, tuple(entries))


def is_feed(response: Response) -> bool:
    try:
        parse_feed(response.content, response.final_url)
    except FetchError:
        return False
    return True


def discover(fetcher: Fetcher, url: str) -> list[str]:
    """The feeds of a site: `url` itself when it is a feed, else those its page links to (trafilatura)."""
    from trafilatura.feeds import FeedParameters, determine_feed

    response = fetcher.get(url, accept=FEED_ACCEPT + ",text/html;q=0.8")
    if is_feed(response):
        return [response.final_url]
    parts = urlsplit(response.final_url)
    params = FeedParameters(f"{parts.scheme}://{parts.netloc}", parts.hostname or "", response.final_url, False, None)
    return determine_feed(response.content.decode("utf-8", "replace"), params)
