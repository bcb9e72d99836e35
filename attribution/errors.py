"""Named errors. Every message says what was expected, so a user can act on it."""

from __future__ import annotations

from pathlib import Path


class AttributionError(Exception):
    """Base of every error this library raises on purpose."""


class ReadError(AttributionError):
    """An input file could not be read as an article."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class LexiconError(AttributionError):
    """A data file in data/ is malformed."""

    def __init__(self, path: Path | str, line: int, reason: str) -> None:
        self.path = str(path)
        self.line = line
        super().__init__(f"{path}:{line}: {reason}")


class StoreError(AttributionError):
    """The store could not be opened or written."""
