"""News in from the web: article pages and RSS/Atom feeds fetched safely and read into Articles.

from attribution.web import Fetcher, ingest_urls
with Store() as store, Fetcher() as fetcher:
    for r in ingest_urls(store, ["https://example.org/news/1"], fetcher=fetcher):
        print(r.outcome, r.message)
"""

from .errors import Failure, FetchError
from .feeds import Feed, FeedEntry, discover, parse_feed
from .guard import ALLOW_PRIVATE, check
from .http import Fetcher, Response
from .intake import Hint, Outcome, PollResult, Timings, UrlResult, ingest_urls, poll
from .pages import Page, read_page
from .urls import article_key, normalize

__all__ = ["ALLOW_PRIVATE", "Failure", "Feed", "FeedEntry", "FetchError", "Fetcher", "Hint", "Outcome", "Page",
           "PollResult", "Response", "Timings", "UrlResult", "article_key", "check", "discover", "ingest_urls",
           "normalize", "parse_feed", "poll", "read_page"]  # fmt: skip
