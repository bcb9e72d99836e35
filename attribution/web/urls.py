"""One spelling per address: tracking parameters, fragments, default ports and the host's case removed, so the
same page reached from a feed, a social post or a newsletter is recognised as one."""

from __future__ import annotations

import hashlib
from functools import cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..engine.lexicons import PROJECT_ROOT

TRACKING = PROJECT_ROOT / "data" / "web" / "tracking_parameters.txt"
KEY_LENGTH = 300  # articles.key


@cache
def _tracking() -> tuple[frozenset[str], tuple[str, ...]]:
    names = [w.strip().lower() for w in TRACKING.read_text(encoding="utf-8").splitlines()]
    names = [w for w in names if w and not w.startswith("#")]
    return frozenset(w for w in names if not w.endswith("*")), tuple(w[:-1] for w in names if w.endswith("*"))


def is_tracking(name: str) -> bool:
    exact, prefixes = _tracking()
    name = name.lower()
    return name in exact or name.startswith(prefixes)


def normalize(url: str) -> str:
    """The address without tracking parameters, fragment or default port; scheme and host in lower case."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)])
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def article_key(url: str) -> str:
    """The article id of a page: its normalized address, shortened with a hash when too long for the key column."""
    key = normalize(url)
    if len(key) <= KEY_LENGTH:
        return key
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return f"{key[: KEY_LENGTH - 17]}#{digest}"


def host_of(url: str) -> str:
    """The host without a leading www., for a publisher name when the page gives none."""
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")
