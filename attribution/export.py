"""Statements as flat records (CSV, JSONL) and reviewed statements as schema.org ClaimReview JSON-LD.

Extracted statements use the prediction format of the eval (plus role, country, cue offsets); stored
statements add their article, canonical speaker, topics, check-worthiness and review.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

from . import canonical, untrusted
from .engine.lexicons import Lexicon
from .engine.lexicons import load as load_lexicon
from .errors import AttributionError
from .models import Statement
from .review import Workflow, scale_point
from .store.records import StoredStatement

FIELDS = (
    "article", "start", "end", "spans", "kind", "speaker", "speaker_start", "speaker_end", "anonymous",
    "role", "affiliation", "country", "outlet", "cue", "cue_start", "cue_end", "confidence", "speech",
    "text",
)  # fmt: skip

STORED_FIELDS = (
    "id", "key", "article", "title", "publisher", "published", "url", *FIELDS[1:6], "speaker_id", "speaker_mention",
    *FIELDS[6:], "topics", "check_score", "check_reasons", "workflow", "verdict", "rating", "note", "evidence_urls",
    "reviewer", "reviewed_at",
)  # fmt: skip

DEFAULT_REVIEW_URL = "{base}/reviews/{key}"
CLAIM_EXCERPT = 300  # characters of a statement in claimReviewed: short, as ClaimReview asks


class ExportError(AttributionError):
    """An export that cannot be made as asked, e.g. ClaimReview without a reviewing organisation."""


def statement_record(s: Statement) -> dict:
    return dict(zip(FIELDS, statement_values(s), strict=True))


def statement_values(s: Statement) -> tuple:
    """The values of statement_record, in the order of FIELDS (a batch writes them as Parquet columns)."""
    speaker, cue = s.speaker_span, s.cue_span
    return (
        s.article_id, s.start, s.end, [[span.start, span.end] for span in s.spans], s.kind.value, s.speaker,
        speaker.start if speaker else None, speaker.end if speaker else None, s.anonymous, s.role, s.affiliation,
        s.country, s.outlet, s.cue, cue.start if cue else None, cue.end if cue else None, s.confidence, s.speech,
        s.text,
    )  # fmt: skip


def stored_record(s: StoredStatement) -> dict:
    """A stored statement with its article, canonical speaker, topics and review, as a flat record."""
    return {
        "id": s.id, "key": s.key, "article": s.article_key, "title": s.article_title, "publisher": s.publisher,
        "published": s.published.isoformat() if s.published else None, "url": s.url, "start": s.start, "end": s.end,
        "spans": [[p.start, p.end] for p in s.spans], "kind": s.kind.value, "speaker": s.speaker,
        "speaker_id": s.speaker_id, "speaker_mention": s.speaker_mention, "speaker_start": s.speaker_start,
        "speaker_end": s.speaker_end, "anonymous": s.anonymous, "role": s.role, "affiliation": s.affiliation,
        "country": s.country, "outlet": s.outlet, "cue": s.cue, "cue_start": s.cue_start, "cue_end": s.cue_end,
        "confidence": s.confidence, "speech": s.speech, "text": s.text, "topics": list(s.topics),
        "check_score": s.check_score, "check_reasons": list(s.check_reasons), "workflow": s.workflow.value,
        "verdict": s.verdict.value if s.verdict else None, "rating": s.rating.value if s.rating else None,
        "note": s.note, "evidence_urls": list(s.evidence_urls), "reviewer": s.reviewer,
        "reviewed_at": s.reviewed_at.isoformat() if s.reviewed_at else None,
    }  # fmt: skip


def write_jsonl(records: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def write_csv(records: Iterable[dict], out: IO[str], fields: tuple[str, ...] = FIELDS) -> int:
    """One row a record; lists are written as JSON, so a spreadsheet round trip keeps them. A text cell that a
    spreadsheet would run as a formula (a statement, title or note starting with =, +, -, @) is neutralised."""
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore")
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerow({k: untrusted.spreadsheet_cell(json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v)
                         for k, v in record.items()})  # fmt: skip
        n += 1
    return n


# -- ClaimReview -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Organisation:
    """The reviewing organisation. `review_url` may hold {id} and {key} of the statement."""

    name: str
    url: str
    review_url: str = DEFAULT_REVIEW_URL

    @classmethod
    def from_env(cls, name: str | None = None, url: str | None = None, review_url: str | None = None) -> Organisation:
        """The values given, else $ATTRIBUTION_ORG_NAME, $ATTRIBUTION_ORG_URL and $ATTRIBUTION_REVIEW_URL."""
        name = name or os.environ.get("ATTRIBUTION_ORG_NAME")
        url = url or os.environ.get("ATTRIBUTION_ORG_URL")
        if not name or not url:
            raise ExportError(
                "ClaimReview names the reviewing organisation: give --org-name and --org-url "
                "(or set ATTRIBUTION_ORG_NAME and ATTRIBUTION_ORG_URL)"
            )
        template = review_url or os.environ.get("ATTRIBUTION_REVIEW_URL") or DEFAULT_REVIEW_URL
        if untrusted.web_url(url) is None:
            raise ExportError(f"the organisation's web address must be an http(s):// address, got {url!r}")
        return cls(name, url.rstrip("/"), template)

    def url_of(self, s: StoredStatement) -> str:
        try:
            url = self.review_url.format(base=self.url, id=s.id, key=s.key)
        except (KeyError, IndexError) as e:
            raise ExportError(
                f"the review URL template {self.review_url!r} may use only {{base}}, {{id}}, {{key}}"
            ) from e
        if untrusted.web_url(url) is None:
            raise ExportError(f"the review URL template {self.review_url!r} gives {url!r}, not an http(s):// address")
        return url


def claimreview(
    stmts: Iterable[StoredStatement],
    organisation: Organisation,
    *,
    finished_only: bool = True,
    lexicon: Lexicon | None = None,
) -> list[dict]:
    """ClaimReview JSON-LD: an attribution review for each verdict, a content review for each rating.

    Only reviews whose workflow is done are published unless `finished_only` is False; never one whose statement
    changed since it was reviewed (needs re-check), whatever its workflow. Only speech acts are claims: a belief,
    plan or perception ("X thinks …", "X plans …") was never said as such, and an attribution review would
    publish "X said: …" of it.
    """
    lex = lexicon or load_lexicon()
    out = []
    for s in stmts:
        if (finished_only and s.workflow is not Workflow.DONE) or not s.speech:
            continue
        if s.workflow is Workflow.NEEDS_RECHECK or s.changed_since_review:  # no verdict for words not reviewed
            continue
        if s.verdict is not None:
            out.append(_attribution_review(s, organisation))
        if s.rating is not None:
            out.append(_content_review(s, organisation, lex))
    return out


def _attribution_review(s: StoredStatement, org: Organisation) -> dict:
    """Did this person say it? The claim is the outlet's report that they did."""
    reporter = s.outlet or s.publisher
    claim = {"@type": "Claim", **_appearance(s)}
    if reporter:
        claim["author"] = {"@type": "Organization", "name": reporter}
    if s.published:
        claim["datePublished"] = s.published.isoformat()
    who = s.speaker or "An unnamed speaker"
    return _review(s, org, f"{who} said: {_excerpt(s.text)}", scale_point(s.verdict), claim, "attribution")


def _content_review(s: StoredStatement, org: Organisation, lex: Lexicon) -> dict:
    """Is what was said true? The claim is the speaker's."""
    claim = {"@type": "Claim", "author": _speaker(s, lex), **_appearance(s)}
    if s.published:
        claim["datePublished"] = s.published.isoformat()
    return _review(s, org, _excerpt(s.text), scale_point(s.rating), claim, "content")


def _review(s: StoredStatement, org: Organisation, claimed: str, point, claim: dict, part: str) -> dict:
    rating = {"@type": "Rating", "alternateName": point.alternate_name}
    if point.rating_value is not None:
        rating |= {"ratingValue": point.rating_value, "bestRating": 5, "worstRating": 1}
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{org.url_of(s)}#{part}",
        "claimReviewed": claimed,
        "author": {"@type": "Organization", "name": org.name, "url": org.url},
        "reviewRating": rating,
        "itemReviewed": claim,
    }
    if s.reviewed_at:
        review["datePublished"] = s.reviewed_at.date().isoformat()
    return review


def _appearance(s: StoredStatement) -> dict:
    """{"appearance": [the article]} when its URL is a web address (never javascript:, data: or a path)."""
    url = untrusted.web_url(s.url)
    if url is None:
        return {}
    work: dict = {"@type": "NewsArticle", "url": url}
    if s.article_title:
        work["headline"] = s.article_title
    if s.publisher:
        work["publisher"] = {"@type": "Organization", "name": s.publisher}
    return {"appearance": [work]}


def _speaker(s: StoredStatement, lex: Lexicon) -> dict:
    affiliation = {"@type": "Organization", "name": s.affiliation} if s.affiliation else None
    if s.anonymous or not s.speaker:
        person = {"@type": "Person", "description": s.speaker or "unnamed speaker"}
    elif canonical.speaker_kind(s.speaker, lex) is canonical.SpeakerKind.ORGANISATION:
        return {"@type": "Organization", "name": s.speaker}
    else:
        person = {"@type": "Person", "name": s.speaker}
    if s.role:
        person["jobTitle"] = s.role
    if affiliation:
        person["affiliation"] = affiliation
    return person


def _excerpt(text: str) -> str:
    """The statement's words in typographic quotes, cut at a word near CLAIM_EXCERPT characters."""
    words = text.strip().strip("\"“”«»'‘’").strip()
    if len(words) > CLAIM_EXCERPT:
        words = words[:CLAIM_EXCERPT].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return f"“{words}”"


def write_claimreview(reviews: list[dict], out: IO[str]) -> int:
    """JSON-LD ready to paste into a page's <script type="application/ld+json">: <, > and & are escaped."""
    out.write(untrusted.script_json(json.dumps(reviews, ensure_ascii=False, indent=2)) + "\n")
    return len(reviews)
