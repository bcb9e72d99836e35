"""A fetched web page into an Article with trafilatura: the article's text without navigation, ads, comments
or related links; its title; the site's name as publisher; the date (htmldate, through trafilatura); the
canonical URL the page declares; the language the page declares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

from ..models import Article
from .errors import Failure, FetchError
from .http import Response
from .urls import article_key, host_of

HTML_TYPES = ("text/html", "application/xhtml+xml")
MIN_WORDS = 8
_LANGUAGE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    """An article read from a response, and where it came from."""

    article: Article  # id: the key of the canonical (else final) address
    fetched_url: str
    final_url: str
    canonical_url: str | None  # as the page declares it
    etag: str | None
    last_modified: str | None


def read_page(response: Response, *, publisher: str | None = None, published: date | None = None) -> Page:
    """The article of an HTML response. `publisher`/`published` stand in when the page names none (a feed's)."""
    from trafilatura import bare_extraction  # heavy import, needed only when pages are read
    from trafilatura.utils import load_html

    url = response.url
    if response.media_type and response.media_type not in HTML_TYPES:
        raise FetchError(url, Failure.NOT_HTML, f"the address serves {response.media_type}, not a web page")
    if not response.content.strip():
        raise FetchError(url, Failure.NO_TEXT, "the page is empty (0 bytes)")
    tree = load_html(response.content)
    if tree is None:
        raise FetchError(url, Failure.NOT_HTML, "the content is not readable HTML")
    canonical = _canonical(tree, response.final_url)
    language = _language(tree, response.content_language)
    doc = bare_extraction(
        tree, url=response.final_url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (doc.text or "").strip() if doc is not None else ""
    words = len(text.split())
    if words < MIN_WORDS:  # a menu, a "Loading…", a cookie wall: nothing to read
        raise FetchError(url, Failure.NO_TEXT, f"only {words} word{'s' * (words != 1)} on the page; not an article")
    site = doc.sitename if doc.sitename != doc.hostname else None  # trafilatura falls back to the host name
    article = Article(
        id=article_key(canonical or response.final_url),
        text=text,
        title=doc.title or None,
        publisher=site or publisher or host_of(response.final_url) or None,
        published=_date(doc.date) or published,
        url=canonical or response.final_url,
        language=language,
    )
    return Page(article, url, response.final_url, canonical, response.etag, response.last_modified)


def _canonical(tree, base: str) -> str | None:
    """<link rel="canonical">, else og:url, made absolute; only http(s)."""
    for xpath in ('//head/link[@rel="canonical"]/@href', '//head/meta[@property="og:url"]/@content'):
        for value in tree.xpath(xpath):
            href = urljoin(base, str(value).strip())
            if href.startswith(("http://", "https://")):
                return href
    return None


def _language(tree, header: str | None) -> str | None:
    """The ISO 639-1 code the page declares: <html lang>, Content-Language (meta or header), og:locale."""
    candidates = [
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *tree.xpath('//head/meta[translate(@http-equiv,"CONTENT-LANGUAGE","content-language")="content-language"]'
                    "/@content"),
        header,
        *tree.xpath('//head/meta[@property="og:locale"]/@content'),
    ]  # fmt: skip
    for value in candidates:
        first = (value or "").split(",")[0].strip()
        if match := _LANGUAGE.match(first):
            return match[1].lower()
    return None


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
