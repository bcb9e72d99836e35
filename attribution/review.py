"""Review vocabularies and records: workflow, attribution verdict and content rating are separate fields.

The ClaimReview wording of verdicts and ratings is data (data/claimreview.csv), so an organisation can
word them its own way without code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TypeVar

from .engine.lexicons import data_dir, read_rows
from .errors import AttributionError, LexiconError


class _Vocabulary(StrEnum):
    @property
    def label(self) -> str:
        """How a person reads it: "in progress", "single source"."""
        return self.value.replace("_", " ")


class Workflow(_Vocabulary):
    UNSTARTED = "unstarted"
    IN_PROGRESS = "in_progress"
    NEEDS_SECOND_REVIEW = "needs_second_review"
    DONE = "done"
    SENT_BACK = "sent_back"
    NEEDS_RECHECK = "needs_recheck"  # set by ingest: the words, speaker or outlet changed since the review


class Verdict(_Vocabulary):
    """Did this person say this, in this capacity, to this outlet."""

    CONFIRMED = "confirmed"
    CORROBORATED = "corroborated"
    SINGLE_SOURCE = "single_source"
    FAIR_PARAPHRASE = "fair_paraphrase"
    OUT_OF_CONTEXT = "out_of_context"
    ALTERED = "altered"
    MISATTRIBUTED = "misattributed"
    FABRICATED = "fabricated"
    DENIED_BY_SPEAKER = "denied_by_speaker"
    INCONCLUSIVE = "inconclusive"


class Rating(_Vocabulary):
    """Is what was said true."""

    TRUE = "true"
    MOSTLY_TRUE = "mostly_true"
    HALF_TRUE = "half_true"
    MOSTLY_FALSE = "mostly_false"
    FALSE = "false"
    NOT_A_FACTUAL_CLAIM = "not_a_factual_claim"
    UNVERIFIABLE = "unverifiable"


REVIEW_FIELDS = ("workflow", "verdict", "rating", "note", "evidence_urls")
# What a re-extraction changed under a review, recorded in its history by ingest
BASIS_FIELDS = ("statement", "speaker", "outlet")
INGEST_REVIEWER = "ingest"  # the history's reviewer of those changes


@dataclass(frozen=True, slots=True)
class Review:
    statement_id: int
    workflow: Workflow = Workflow.UNSTARTED
    verdict: Verdict | None = None
    rating: Rating | None = None
    note: str = ""
    evidence_urls: tuple[str, ...] = ()
    reviewer: str | None = None
    updated_at: datetime | None = None
    version: int = 0  # 0: never saved; each save that changes something adds one
    # what the review was made on (the statement's words, speaker and outlet at the last save)
    reviewed_text: str | None = None
    reviewed_speaker: str | None = None
    reviewed_outlet: str | None = None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One changed field of one save; the history is append-only."""

    statement_id: int
    field: str  # one of REVIEW_FIELDS, or of BASIS_FIELDS (a re-extraction changed it)
    old: str | None
    new: str | None
    reviewer: str
    at: datetime
    note: str


class ReviewConflict(AttributionError):
    """A save based on a stale version: someone else saved first. Nothing was changed."""

    def __init__(self, statement_id: int, expected_version: int, current: Review) -> None:
        self.statement_id = statement_id
        self.expected_version = expected_version
        self.current = current
        who = f" by {current.reviewer}" if current.reviewer else ""
        super().__init__(
            f"statement {statement_id}: the review was saved{who} as version {current.version} after the version "
            f"{expected_version} you edited; reload it, merge your changes and save again"
        )


class ReviewError(AttributionError):
    """A review value outside its vocabulary, a malformed evidence URL or a missing reviewer name."""


E = TypeVar("E", bound=StrEnum)


def parse(vocabulary: type[E], value: str | E) -> E:
    """A vocabulary member from its value or label ("in progress" as well as "in_progress")."""
    if isinstance(value, vocabulary):
        return value
    key = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return vocabulary(key)
    except ValueError:
        allowed = ", ".join(m.value for m in vocabulary)
        raise ReviewError(f"{value!r} is not a {vocabulary.__name__.lower()}; expected one of {allowed}") from None


@dataclass(frozen=True, slots=True)
class ScalePoint:
    """A verdict or rating as ClaimReview shows it."""

    alternate_name: str
    rating_value: int | None


@cache
def _claimreview_scale(path: Path) -> dict[StrEnum, ScalePoint]:
    scales = {"verdict": Verdict, "rating": Rating}
    points: dict[StrEnum, ScalePoint] = {}
    for n, row in read_rows(path, ("scale", "value", "alternate_name")):
        vocabulary = scales.get(row["scale"])
        if vocabulary is None:
            raise LexiconError(path, n, f"scale must be verdict or rating, got {row['scale']!r}")
        try:
            member = vocabulary(row["value"])
        except ValueError:
            raise LexiconError(path, n, f"{row['value']!r} is not a {row['scale']}") from None
        value = row.get("rating_value") or None
        if value is not None and value not in ("1", "2", "3", "4", "5"):
            raise LexiconError(path, n, f"rating_value must be 1 to 5 or empty, got {value!r}")
        points[member] = ScalePoint(row["alternate_name"], int(value) if value else None)
    missing = [f"{type(m).__name__.lower()} {m.value}" for m in (*Verdict, *Rating) if m not in points]
    if missing:
        raise LexiconError(path, 0, f"no ClaimReview wording for {', '.join(missing)}")
    return points


def scale_point(value: Verdict | Rating) -> ScalePoint:
    return _claimreview_scale(data_dir() / "claimreview.csv")[value]


__all__ = [
    "BASIS_FIELDS",
    "INGEST_REVIEWER",
    "REVIEW_FIELDS",
    "HistoryEntry",
    "Rating",
    "Review",
    "ReviewConflict",
    "ReviewError",
    "ScalePoint",
    "Verdict",
    "Workflow",
    "parse",
    "scale_point",
]
