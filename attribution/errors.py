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


class UnsupportedLanguageError(AttributionError):
    """An article in a language no engine reads: it is stored and shown with its language, without statements."""

    def __init__(self, article_id: str, language: str, supported: tuple[str, ...]) -> None:
        self.article_id = article_id
        self.language = language
        super().__init__(
            f"{article_id}: the text is in language {language!r}, which no engine reads yet "
            f"(supported: {', '.join(supported)}); kept without statements"
        )
