"""What the store hands out: frozen records, never rows or dicts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from ..aids import DiffOp
from ..models import Kind, Span
from ..review import Rating, Verdict, Workflow
from .keys import statement_words


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
    language: str | None = None
    added_by: str | None = None  # who last added or changed it in the dashboard; None from the CLI


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
    speech: bool
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
    # What the review was made on; differs from text/speaker/outlet after a re-extraction changed them
    reviewed_text: str | None = None
    reviewed_speaker: str | None = None
    reviewed_outlet: str | None = None
    extracted_speaker: str | None = None  # the engine's name of the speaker (`speaker` is the canonical entity's)
    extracted_outlet: str | None = None  # the engine's name of the outlet (`outlet`: the merged outlet's name)
    # Fact-check aids (store/aids.py), as of the last aids update; a statement alone is its own group.
    group_id: int | None = None  # the statement's group (its smallest member id); None: alone
    group_size: int = 1  # statements reporting the same words
    sources: int = 1  # independent sources behind them: wire copies and relays count once
    single_source: bool = True
    misattributed: bool = False  # the same words are given to another speaker elsewhere
    has_claim_match: bool = False  # a similar statement already has a verdict or rating

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end

    @property
    def changed_since_review(self) -> tuple[tuple[str, str | None, str | None], ...]:
        """(field, reviewed, now) for each of the statement's words, speaker and outlet that a re-extraction changed
        since the review was saved; () when none did or it was never saved. Punctuation alone is no change."""
        if self.reviewed_text is None:
            return ()
        fields = (("statement", self.reviewed_text, self.text),
                  ("speaker", self.reviewed_speaker, self.extracted_speaker),
                  ("outlet", self.reviewed_outlet, self.extracted_outlet))  # fmt: skip
        return tuple(
            (f, old, new)
            for f, old, new in fields
            if (statement_words(old or "") != statement_words(new) if f == "statement" else old != new)
        )


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
    unread: tuple[str, ...] = ()  # one "article: reason" per article stored unread (a language no engine reads)

    @classmethod
    def total(cls, summaries: list[IngestSummary]) -> IngestSummary:
        """The sum of several runs' summaries."""
        lists = ("errors", "unread")
        counts = {f: sum(getattr(s, f) for s in summaries) for f in cls.__dataclass_fields__ if f not in lists}
        return cls(**counts, **{f: tuple(e for s in summaries for e in getattr(s, f)) for f in lists})


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


# -- fact-check aids -----------------------------------------------------------------------------------


class LinkStatus(StrEnum):
    OPEN = "open"  # suggested by the aids, waiting for a person; replaced by every recomputation
    ACCEPTED = "accepted"  # a person says the two statements are one (joined whatever the score)
    REJECTED = "rejected"  # a person says they are not; never suggested again


class AidsMode(StrEnum):
    FULL = "full"  # everything recomputed
    INCREMENTAL = "incremental"  # only what the pending changes touch
    NONE = "none"  # nothing was pending
    BUSY = "busy"  # another process is updating the aids and takes these changes too
    DEFERRED = "deferred"  # too many changes for an automatic update on a large store: run `aids refresh`


@dataclass(frozen=True, slots=True)
class GroupVersion:
    """One report of a grouped statement, with the word diff from the group's canonical wording to it."""

    statement: StoredStatement
    diff: tuple[DiffOp, ...]  # all "equal" when the words are the same
    canonical: bool

    @property
    def altered(self) -> bool:
        return any(op.kind != "equal" for op in self.diff)


@dataclass(frozen=True, slots=True)
class StoredGroup:
    """One statement across outlets: its reports, independent sources and wordings."""

    id: int  # the smallest member id (a statement alone: its own id)
    canonical_id: int
    versions: tuple[GroupVersion, ...]  # by statement id
    sources: tuple[str, ...]  # one label per independent source
    wordings: int  # distinct wordings; more than one: an altered quote, see the diffs
    speaker: str | None

    @property
    def independent_sources(self) -> int:
        return len(self.sources)

    @property
    def single_source(self) -> bool:
        return len(self.sources) < 2


@dataclass(frozen=True, slots=True)
class StoredAlert:
    """The same or nearly the same words given to another speaker: flags every statement of both groups."""

    group_id: int  # the group of the statement asked about (or the first group, when listing)
    other_group_id: int
    statement: StoredStatement  # the statement of this group that was compared
    other: StoredStatement  # the same words, given to `other_speaker`
    speaker: str
    other_speaker: str
    score: float


@dataclass(frozen=True, slots=True)
class StoredClaimMatch:
    """An earlier review of a similar statement: a suggestion only, never written into a review."""

    statement_id: int
    reviewed: StoredStatement  # the reviewed statement, with its verdict, rating, note and reviewer
    score: float
    same_speaker: bool  # an attribution verdict carries over only to the same speaker

    @property
    def verdict(self):
        return self.reviewed.verdict

    @property
    def rating(self):
        return self.reviewed.rating


@dataclass(frozen=True, slots=True)
class GroupLink:
    """A pair of statements that may be one: suggested (open) or decided by a person."""

    a: StoredStatement
    b: StoredStatement
    status: LinkStatus
    score: float | None  # similarity when suggested; None for a pair a person linked unprompted
    decided_by: str | None = None
    decided_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class AidsStatus:
    pending: int  # changes (statements, verdicts, decisions) the aids do not reflect yet
    full_refresh_at: datetime | None  # the last full refresh
    updated_at: datetime | None  # the last update of any kind

    @property
    def up_to_date(self) -> bool:
        return self.pending == 0


@dataclass(frozen=True, slots=True)
class AidsSummary:
    mode: AidsMode
    changes: int = 0  # pending changes this update took in
    pending: int = 0  # changes left for a later update
    groups: int = 0  # rows written
    suggestions: int = 0
    alerts: int = 0
    claim_matches: int = 0
    seconds: float = 0.0
