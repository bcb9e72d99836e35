"""The small frozen records the aids read and return. Ids are the store's statement and article ids.

A statement's group id is the smallest statement id in its group; a statement in no group is alone,
its group id is its own id, and it is single-source.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..review import Rating, Verdict


@dataclass(frozen=True, slots=True)
class AidStatement:
    """What the aids need to know of a stored statement and of the article that reports it."""

    id: int
    article_id: int
    text: str
    speaker: str | None = None  # canonical display name; None when unknown
    speaker_id: int | None = None  # canonical entity; compared before the name when both sides have one
    outlet: str | None = None  # relay outlet named in the text ("told RIA Novosti")
    publisher: str | None = None
    article_hash: str | None = None  # sha256 of the article text
    article_fingerprint: int | None = None  # sources.article_fingerprint(article text)
    wire: str | None = None  # sources.wire_credit(article text): the wire service the article credits


@dataclass(frozen=True, slots=True)
class ReviewedStatement:
    """A statement a person has given a verdict or a rating, to match new statements against."""

    statement: AidStatement
    verdict: Verdict | None
    rating: Rating | None


@dataclass(frozen=True, slots=True)
class StatementGroup:
    """One statement reported by several articles."""

    id: int  # the smallest member id
    statement_ids: tuple[int, ...]  # ascending
    canonical_id: int  # a member with the most common wording, to diff the others against
    wordings: int  # distinct wordings (normal forms); more than one: show the diffs ("altered quotes")
    speaker: str | None
    sources: tuple[str, ...]  # one label per independent source: wire copies and relays count once

    @property
    def independent_sources(self) -> int:
        return len(self.sources)

    @property
    def single_source(self) -> bool:
        return len(self.sources) < 2


@dataclass(frozen=True, slots=True)
class GroupSuggestion:
    """Two groups that may be one statement; a person confirms or rejects the pair of statements."""

    statement_id: int
    other_statement_id: int
    group_id: int
    other_group_id: int
    score: float


@dataclass(frozen=True, slots=True)
class MisattributionAlert:
    """The same or nearly the same words given to different speakers; flag every statement of both groups."""

    statement_id: int
    other_statement_id: int
    group_id: int
    other_group_id: int
    speaker: str
    other_speaker: str
    score: float


@dataclass(frozen=True, slots=True)
class Grouping:
    groups: tuple[StatementGroup, ...]  # groups of two or more statements, by id
    suggestions: tuple[GroupSuggestion, ...]  # best score first
    alerts: tuple[MisattributionAlert, ...]  # best score first


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """An earlier review of a similar statement, shown as a suggestion; never applied without a person."""

    statement_id: int
    reviewed_statement_id: int
    verdict: Verdict | None
    rating: Rating | None
    score: float
    same_speaker: bool  # an attribution verdict carries over only to the same speaker


class DiffKind(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"
    REPLACE = "replace"


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One run of a word-level diff: `old` words of the first version became `new` words of the second."""

    kind: DiffKind
    old: str
    new: str
