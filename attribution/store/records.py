"""What the store hands out: frozen records, never rows or dicts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..models import Kind, Span
from ..review import Rating, Verdict, Workflow


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: int
    key: str
    title: str | None
    publisher: str | None
    published: date | None
    url: str | None
    text: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class StoredStatement:
    id: int
    key: str
    article_id: int
    article_key: str
    article_title: str | None
    publisher: str | None
    published: date | None
    url: str | None
    text: str
    kind: Kind
    spans: tuple[Span, ...]
    speaker: str | None  # canonical display name (the engine's name when no entity is linked)
    speaker_id: int | None
    speaker_mention: str | None  # the words of the article that name the speaker
    speaker_start: int | None
    speaker_end: int | None
    anonymous: bool
    role: str | None
    affiliation: str | None
    country: str | None
    outlet: str | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    confidence: float
    topics: tuple[str, ...]
    check_score: float | None
    check_reasons: tuple[str, ...]
    workflow: Workflow
    verdict: Verdict | None
    rating: Rating | None
    note: str = ""
    evidence_urls: tuple[str, ...] = ()
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    review_version: int = 0
    position: int = 0
    retired: bool = False  # reviewed, then no longer found by a newer engine: kept for its review

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end


@dataclass(frozen=True, slots=True)
class IngestSummary:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    statements: int = 0  # statements stored by this run (new and re-extracted articles)
    relinked: int = 0  # reviewed statements whose words changed, matched to their new version by text
    retired: int = 0  # reviewed statements no longer found; kept with their review
    errors: tuple[str, ...] = ()  # one "article: reason" per failed article


@dataclass(frozen=True, slots=True)
class SpeakerEntity:
    id: int
    name: str
    aliases: tuple[str, ...]
    role: str | None
    affiliation: str | None
    country: str | None
    statement_count: int
    kind: str = "person"  # person or organisation
    known: bool = False  # from the knowledge base, data/speakers.csv


@dataclass(frozen=True, slots=True)
class MergeSuggestion:
    id: int
    a: SpeakerEntity
    b: SpeakerEntity
    score: float
    reason: str
    status: str = "open"  # open, accepted, rejected, superseded
    decided_by: str | None = None
    decided_at: datetime | None = None
