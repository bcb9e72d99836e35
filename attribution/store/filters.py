"""StatementFilter: what the dashboard and `export` narrow statements by, and its SQL."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import ColumnElement, func, or_, select, union
from sqlalchemy.sql import FromClause

from .. import untrusted
from ..errors import AttributionError
from ..models import Kind
from ..review import Rating, ReviewError, Verdict, Workflow, parse
from . import indexed
from .outlets import variant_names
from .schema import (
    articles,
    claim_matches,
    misattribution_alerts,
    reviews,
    speakers,
    statement_group_members,
    statement_groups,
    statement_topics,
    statements,
)


class FilterError(AttributionError):
    """A filter value that cannot be used: a malformed date or id, or a value outside a vocabulary."""


_VOCABULARIES = {
    "workflows": Workflow,
    "verdicts": Verdict,
    "ratings": Rating,
    "exclude_workflows": Workflow,
    "kinds": Kind,
}
# field → URL query parameter
_PARAMS = {
    "speakers": "speaker", "affiliations": "affiliation", "countries": "country", "outlets": "outlet",
    "publishers": "publisher", "kinds": "kind", "topics": "topic", "workflows": "workflow", "verdicts": "verdict",
    "ratings": "rating", "date_from": "from", "date_to": "to", "text": "q", "fuzzy": "fuzzy",
    "article_ids": "article", "statement_ids": "statement", "single_source": "single_source",
    "misattributed": "misattributed", "has_claim_match": "claim_match", "exclude_workflows": "not_workflow",
    "speech": "speech",
    "languages": "lang",
}  # fmt: skip
# yes/no filters: True, False or None (either; "any" in a URL): the fact-check aids' and speech
_FLAGS = ("single_source", "misattributed", "has_claim_match", "speech")
_YES, _NO, _ANY = ("1", "true", "yes", "on"), ("0", "false", "no", "off"), ("any", "all")


@dataclass(frozen=True, slots=True)
class StatementFilter:
    """Empty or None fields do not narrow. Lists are accepted and kept as tuples, so a filter is hashable."""

    speakers: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    publishers: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    workflows: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()
    ratings: tuple[str, ...] = ()
    date_from: date | None = None  # on the article's published date, inclusive
    date_to: date | None = None
    text: str = ""  # substring, case-insensitive
    fuzzy: bool = False  # rank by similarity to `text` instead of requiring the substring
    article_ids: tuple[int, ...] = ()
    statement_ids: tuple[int, ...] = ()
    single_source: bool | None = None  # fewer than two independent sources report the statement
    misattributed: bool | None = None  # the same words are given to another speaker elsewhere
    has_claim_match: bool | None = None  # a similar statement already has a verdict or rating
    exclude_workflows: tuple[str, ...] = ()  # workflow is none of these (the review queue hides "done")
    speech: bool | None = None  # a speech act ("said"), not a belief, plan or perception ("thinks", "plans")
    languages: tuple[str, ...] = ()  # the article's language, ISO 639-1 ("en", "ru")

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.default == ():
                if isinstance(value, str | int):
                    value = (value,)  # one value where a tuple is meant ("Lavrov" is not 6 speakers)
                value = tuple(value)
            if f.name in _VOCABULARIES:
                try:
                    value = tuple(parse(_VOCABULARIES[f.name], v).value for v in value)
                except ReviewError as e:
                    raise FilterError(str(e)) from None
            elif f.name in ("article_ids", "statement_ids"):
                value = tuple(_int(v, _PARAMS[f.name]) for v in value)
            elif f.name in ("date_from", "date_to") and value is not None:
                value = _date(value, _PARAMS[f.name])
            elif f.name in _FLAGS and value is not None:
                value = _flag(value, _PARAMS[f.name])
            object.__setattr__(self, f.name, value)
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise FilterError(f"the date range is empty: from {self.date_from} is after to {self.date_to}")
        if both := [w for w in self.workflows if w in self.exclude_workflows]:
            raise FilterError(f"workflow {', '.join(both)} is both asked for and excluded (not_workflow)")

    @property
    def is_empty(self) -> bool:
        return self == StatementFilter()

    def to_query_params(self) -> dict[str, str | list[str]]:
        """URL query parameters for the non-empty fields; from_query_params reads them back."""
        params: dict[str, str | list[str]] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            key = _PARAMS[f.name]
            if f.name in _FLAGS:
                if value is not None:
                    params[key] = "1" if value else "0"
                continue
            if not value:
                continue
            if isinstance(value, tuple):
                params[key] = [str(v) for v in value]
            elif isinstance(value, bool):
                params[key] = "1"
            else:
                params[key] = value.isoformat() if isinstance(value, date) else str(value)
        return params

    @classmethod
    def from_query_params(cls, params: Mapping[str, str | list[str]]) -> StatementFilter:
        """The filter of URL query parameters; unknown parameters are ignored (they belong to the page)."""
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = params.get(_PARAMS[f.name])
            if raw is None or raw == [] or raw == "":
                continue
            many = list(raw) if isinstance(raw, list | tuple) else [raw]
            if f.name in _FLAGS:
                if many[-1].strip().lower() not in _ANY:
                    values[f.name] = many[-1]
            elif f.name == "fuzzy":
                values[f.name] = many[-1].strip().lower() in _YES
            elif f.name in ("date_from", "date_to", "text"):
                values[f.name] = many[-1]
            else:
                values[f.name] = tuple(many)
        return cls(**values)


def _int(value: object, param: str) -> int:
    try:
        return untrusted.record_id(value, param)  # type: ignore[arg-type]
    except untrusted.InputError as e:
        raise FilterError(str(e)) from None


def _flag(value: object, param: str) -> bool:
    if isinstance(value, bool):
        return value
    if str(value).strip().lower() in _YES:
        return True
    if str(value).strip().lower() in _NO:
        return False
    raise FilterError(f"{param}: expected 1 (yes), 0 (no) or any, got {value!r}")


def _date(value: object, param: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise FilterError(f"{param}: expected a date as YYYY-MM-DD, got {value!r}") from None


# -- SQL -----------------------------------------------------------------------------------------------

SPEAKER_NAME = func.coalesce(speakers.c.name, statements.c.speaker)

FACETS: dict[str, ColumnElement] = {
    "speaker": SPEAKER_NAME,
    "affiliation": statements.c.affiliation,
    "country": statements.c.country,
    "outlet": statements.c.outlet,
    "publisher": articles.c.publisher,
    "kind": statements.c.kind,
    "topic": statement_topics.c.topic,
    "workflow": reviews.c.workflow,
    "verdict": reviews.c.verdict,
    "rating": reviews.c.rating,
    "language": articles.c.language,
}


# the table each facet's column lives in, when it is not statements
FACET_TABLES = {"speaker": "speakers", "publisher": "articles", "topic": "topics", "workflow": "reviews",
                "verdict": "reviews", "rating": "reviews", "language": "articles"}  # fmt: skip
RECORD = ("articles", "reviews", "speakers")  # what a StoredStatement is read from


def joined(*tables: str, flt: StatementFilter | None = None, articles_first: bool = False) -> FromClause:
    """Statements joined with only the tables asked for and those the filter needs (fewer joins, faster counts).
    articles_first: read articles first, whatever the planner thinks (indexed.articles_first)."""
    need = set(tables)
    if flt is not None:
        if flt.publishers or flt.languages or flt.date_from or flt.date_to:
            need.add("articles")
        if flt.workflows or flt.exclude_workflows or flt.verdicts or flt.ratings:
            need.add("reviews")
    j: FromClause = statements
    if articles_first:
        j = indexed.articles_first()
    elif "articles" in need:
        j = j.join(articles, statements.c.article_id == articles.c.id)
    if "reviews" in need:
        j = j.join(reviews, reviews.c.statement_id == statements.c.id)
    if "speakers" in need:
        j = j.outerjoin(speakers, speakers.c.id == statements.c.speaker_id)
    if "topics" in need:
        j = j.join(statement_topics, statement_topics.c.statement_id == statements.c.id)
    return j


def conditions(flt: StatementFilter, *, substring: bool = True) -> list[ColumnElement[bool]]:
    """WHERE clauses of a filter over `joined(flt=flt)`; retired statements never match."""
    where: list[ColumnElement[bool]] = [statements.c.retired.is_(False)]
    if flt.speakers:
        where.append(indexed.speaker_named(flt.speakers))
    for values, column in (
        (flt.affiliations, statements.c.affiliation),
        (flt.countries, statements.c.country),
        (flt.publishers, articles.c.publisher),
        (flt.languages, articles.c.language),
        (flt.kinds, statements.c.kind),
        (flt.workflows, reviews.c.workflow),
        (flt.verdicts, reviews.c.verdict),
        (flt.ratings, reviews.c.rating),
        (flt.article_ids, statements.c.article_id),
        (flt.statement_ids, statements.c.id),
    ):
        if values:
            where.append(column.in_(values))
    if flt.outlets:  # an outlet's name finds the statements of the variants merged into it too (every outlet a
        # statement names has its row: ingest registers it, migration 0013 stored the older ones)
        where.append(statements.c.outlet.in_(variant_names(flt.outlets)))
    if flt.exclude_workflows:
        where.append(reviews.c.workflow.not_in(flt.exclude_workflows))
    if flt.topics:
        tagged = select(statement_topics.c.statement_id).where(statement_topics.c.topic.in_(flt.topics))
        where.append(statements.c.id.in_(tagged))
    if flt.date_from:
        where.append(articles.c.published >= flt.date_from)
    if flt.date_to:
        where.append(articles.c.published <= flt.date_to)
    if flt.text.strip() and substring and not flt.fuzzy:
        where.append(indexed.substring(flt.text.strip()))
    if flt.speech is not None:
        where.append(statements.c.speech.is_(flt.speech))
    return where + _aid_conditions(flt)


# The value of an aid flag that asks for the statements outside a small set: counting them probes it per statement.
_OUTSIDE = {"single_source": True, "misattributed": False, "has_claim_match": False}


def complement(flt: StatementFilter) -> tuple[StatementFilter, StatementFilter] | None:
    """For a filter with an aid flag that asks for the statements outside a small set (single source: in no
    group with two sources; no misattribution alert; no claim match): (the filter without that flag, the
    filter asking for the set instead). Its count is the first's minus the second's: two counts an index
    answers, instead of one that probes the set for every statement (at 1M: 0.25-0.36 s → 0.1 s)."""
    for name, outside in _OUTSIDE.items():
        if getattr(flt, name) is outside:
            return replace(flt, **{name: None}), replace(flt, **{name: not outside})
    return None


def _aid_conditions(flt: StatementFilter) -> list[ColumnElement[bool]]:
    """The fact-check aids' flags, read from the tables store/aids.py keeps (a statement alone has no rows)."""
    m, g, a = statement_group_members, statement_groups, misattribution_alerts
    where: list[ColumnElement[bool]] = []
    if flt.single_source is not None:
        several = select(m.c.statement_id).join(g, g.c.id == m.c.group_id).where(g.c.source_count >= 2)
        if flt.single_source:  # most statements: a page looks up each one it reads (its member row, by key)
            where.append(~several.where(m.c.statement_id == statements.c.id).exists())  # not the 80k others
        else:
            where.append(statements.c.id.in_(several))
    if flt.misattributed is not None:
        alerted = union(select(a.c.group_id), select(a.c.other_group_id)).subquery()
        group_ids = select(alerted.c.group_id)
        # a group's id is its smallest member's id; a statement alone is its own group
        flagged = or_(
            statements.c.id.in_(select(m.c.statement_id).where(m.c.group_id.in_(group_ids))),
            statements.c.id.in_(group_ids),
        )
        where.append(flagged if flt.misattributed else ~flagged)
    if flt.has_claim_match is not None:
        matched = select(claim_matches.c.statement_id)
        where.append(statements.c.id.in_(matched) if flt.has_claim_match else statements.c.id.not_in(matched))
    return where


__all__ = ["FACETS", "FACET_TABLES", "RECORD", "FilterError", "StatementFilter", "complement", "conditions", "joined"]
