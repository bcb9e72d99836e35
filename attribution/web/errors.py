"""Why a web address gave no article: one kind per failure a person can act on."""

from __future__ import annotations

from enum import StrEnum

from ..errors import AttributionError


class Failure(StrEnum):
    INVALID = "invalid address"
    REFUSED = "refused address"
    ROBOTS = "disallowed by robots.txt"
    TIMEOUT = "timeout"
    STATUS = "HTTP error"
    TOO_LARGE = "too large"
    REDIRECTS = "too many redirects"
    NETWORK = "network error"
    NOT_HTML = "not HTML"
    NO_TEXT = "no article text"
    NOT_FEED = "not a feed"
    ENGINE = "engine failed"


class FetchError(AttributionError):
    """A URL that could not be fetched or read; `kind` says which way it failed."""

    def __init__(self, url: str, kind: Failure, reason: str) -> None:
        self.url = url
        self.kind = kind
        self.reason = reason
        super().__init__(f"{url}: {kind}: {reason}")

    def __reduce__(self):  # raised in a worker process that reads pages, re-raised here
        return FetchError, (self.url, self.kind, self.reason)
