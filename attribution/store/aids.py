"""The fact-check aids in the store: statement groups, misattribution alerts, claim matches, link decisions.

attribution.aids decides; this module feeds it the stored statements and keeps what it returns.

Keeping the aids current. Recomputing everything takes a minute or more and 0.83 GB peak at a million
statements (benchmarks/aids_grouping.py; the statements are streamed into a columnar Corpus, each normal
form kept once): too much for every small ingest or saved verdict, and for the dashboard's own process,
which starts `aids refresh --no-wait` in a process of its own instead. So every write that can
change an aid logs the statements it touched in aids_changes, in its own transaction, and `update` takes
the log in:

- Few changed statements (INCREMENTAL_MAX): incrementally. Each is compared by rapidfuzz with every distinct
  normal text of the live statements (C++, all cores; the texts are kept between updates by the process that
  read them, see _Texts) to find the statements it may now be grouped or alerted with. Their groups, and the
  groups those have an alert or a suggestion with, are recomputed by attribution.aids as a full refresh would, and
  only their rows replaced. Claim matches are recomputed for the changed statements and for those similar to
  a statement whose verdict or rating appeared or went (a changed verdict needs nothing: it is read from the
  review).
- More: a full refresh, inside the call when the store is small (SYNC_FULL_MAX) or the changes are a large
  share of it (the ingest that made them cost as much already); otherwise the aids stay out of date, as
  `status().pending` says, until `python -m attribution aids refresh` runs.

One process updates the aids at a time (a PostgreSQL advisory lock; a lock file beside a SQLite store). An
automatic update that finds the lock taken leaves its changes to the holder, which looks at the log again
after letting go. Updates read one snapshot and write in one transaction, so ingests and reviews go on
meanwhile; what they log then stays for the next update.
"""

from __future__ import annotations

import itertools
import math
import time
import weakref
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import numpy as np
from filelock import FileLock, Timeout
from rapidfuzz import fuzz, process
from sqlalchemy import Connection, delete, distinct, func, insert, literal, or_, select
from sqlalchemy import update as sql_update
from sqlalchemy.engine import make_url

from ..access import Identity, recorded
from ..aids import (
    AidStatement,
    ReviewedStatement,
    Thresholds,
    article_fingerprint,
    group_statements,
    match_claims,
    quote_diff,
    wire_credit,
)
from ..aids.corpus import Corpus, CorpusBuilder
from ..aids.similarity import normal_text
from ..aids.sources import independent_sources
from ..aids.thresholds import load as load_thresholds
from ..errors import StoreError
from ..review import Rating, Verdict
from .aids_partitioned import Refresh, spill, unspill
from .driver import write_rows
from .filters import SPEAKER_NAME
from .outlets import RELAY_NAME, variant_names, with_relay
from .records import (
    AidsMode,
    AidsStatus,
    AidsSummary,
    GroupLink,
    GroupVersion,
    LinkStatus,
    StoredAlert,
    StoredClaimMatch,
    StoredGroup,
    StoredStatement,
)
from .schema import (
    aids_changes,
    articles,
    claim_matches,
    group_links,
    misattribution_alerts,
    reviews,
    speakers,
    statement_group_members,
    statement_groups,
    statements,
    store_meta,
)
from .speakers import NotFound, _set_meta

if TYPE_CHECKING:
    from . import Store

# When to update how. Not similarity thresholds: those are all in data/aids_thresholds.csv.
INCREMENTAL_MAX = 200  # changed statements an update takes in one by one; more: a full refresh
SYNC_FULL_MAX = 20_000  # live statements up to which a full refresh runs inside an ingest or a save (~2 s)
FULL_SHARE = 0.05  # changes at least this share of the store: a full refresh inside the ingest that made them
LOCK_KEY = 4242003  # PostgreSQL advisory lock of the aids updater
CHUNK = 2000  # ids per IN (...) list
STREAM = 10_000  # rows fetched at once when reading every live statement
QUERIES = 64  # changed statements compared with the store at once (a 64 × statements byte matrix)
PARTITION = 100_000  # statements a partition of a partitioned full refresh holds (see aids_partitioned)
PARTITIONED_FROM = 300_000  # live statements from which a full refresh is partitioned: memory bounded


class AidsError(StoreError):
    """A request the aids cannot carry out as asked, e.g. linking a statement with itself."""


# -- the change log -------------------------------------------------------------------------------------


def log_statements(conn: Connection, statement_ids: Iterable[int], kind: str = "statement") -> None:
    """Record statements whose words, speaker or article changed (kind "statement") or whose review gained
    or lost its verdict and rating (kind "review"), inside the caller's transaction."""
    write_rows(conn, aids_changes, [{"statement_id": i, "kind": kind} for i in sorted(set(statement_ids))])


def log_article(conn: Connection, article_id: int) -> None:
    """Record every statement of an article (its publisher changed: its sources may have)."""
    conn.execute(
        insert(aids_changes).from_select(
            ["statement_id", "kind"],
            select(statements.c.id, literal("statement")).where(statements.c.article_id == article_id),
        )
    )


def log_speakers(conn: Connection, speaker_ids: Iterable[int]) -> None:
    """Record the statements of speakers that were merged: who said what changed."""
    ids = sorted(set(speaker_ids))
    for chunk in _chunks(ids):
        conn.execute(
            insert(aids_changes).from_select(
                ["statement_id", "kind"],
                select(statements.c.id, literal("statement")).where(statements.c.speaker_id.in_(chunk)),
            )
        )


def log_outlets(conn: Connection, names: Iterable[str]) -> None:
    """Record the statements relayed by any name of these outlets (merged or unmerged: their sources changed)."""
    names = tuple(names)
    if names:
        conn.execute(
            insert(aids_changes).from_select(
                ["statement_id", "kind"],
                select(statements.c.id, literal("statement")).where(statements.c.outlet.in_(variant_names(names))),
            )
        )


def status(store: Store) -> AidsStatus:
    with store._read() as conn:
        pending = conn.execute(select(func.count()).select_from(aids_changes)).scalar_one()
        query = select(store_meta.c.key, store_meta.c.value).where(store_meta.c.key.like("aids.%"))
        meta = dict(conn.execute(query).all())
    return AidsStatus(pending, _time(meta.get("aids.full_refresh_at")), _time(meta.get("aids.updated_at")))


# -- updating -------------------------------------------------------------------------------------------


def update(store: Store, *, full: bool = False, wait: bool = False, partition: int | None = None) -> AidsSummary:
    """Take in the change log (full=True: recompute everything). wait=False returns BUSY at once when another
    process is updating: that one takes these changes in too. `partition`: statements a partition of a full
    refresh holds (0: all at once, in memory; None: partitioned from PARTITIONED_FROM live statements)."""
    first: AidsSummary | None = None
    while True:
        with _lock(store, wait) as held:
            if not held:
                return first or AidsSummary(AidsMode.BUSY, pending=_pending(store))
            summary = _run(store, full, partition)
        first = first or summary
        if summary.mode in (AidsMode.NONE, AidsMode.DEFERRED) or not summary.pending:
            return replace(first, pending=summary.pending)
        # Writers that found the lock taken left their changes to us: look again now that it is free.
        full = wait = False


def _run(store: Store, full: bool, partition: int | None = None) -> AidsSummary:
    start = time.perf_counter()
    thresholds = load_thresholds()
    with _snapshot(store) as conn:
        if not full:
            # Counted, not read: after a bulk load the log holds a row per loaded statement (millions).
            pending = conn.execute(select(func.count()).select_from(aids_changes)).scalar_one()
            if not pending:
                return AidsSummary(AidsMode.NONE)
            all_kind = select(aids_changes.c.id).where(aids_changes.c.kind == "all").limit(1)
            everything = conn.execute(all_kind).first() is not None
            changed = pending
            if not everything and pending > INCREMENTAL_MAX:
                changed = conn.execute(select(func.count(distinct(aids_changes.c.statement_id)))).scalar_one()
            if everything or changed > INCREMENTAL_MAX:
                live = conn.execute(select(func.count()).select_from(statements).where(_LIVE)).scalar_one()
                if live > SYNC_FULL_MAX and (everything or changed < FULL_SHARE * live):
                    return AidsSummary(AidsMode.DEFERRED, pending=pending)
                full = True
            else:
                log = select(aids_changes.c.id, aids_changes.c.statement_id, aids_changes.c.kind)
                changes = conn.execute(log).all()
                taken = _runs(sorted(c.id for c in changes))
                plan = _incremental(conn, changes, thresholds, _texts(store, conn, changes))
    refresh, parts, counts = None, None, Counter()
    if full:
        _backfill_articles(store, thresholds)
        with _snapshot(store) as conn:
            taken = _runs(r[0] for r in _stream(conn, select(aids_changes.c.id).order_by(aids_changes.c.id)))
            if partition is None:
                live = conn.execute(select(func.count()).select_from(statements).where(_LIVE)).scalar_one()
                partition = PARTITION if live >= PARTITIONED_FROM else 0
            if partition:
                plan, refresh = _Plan(AidsMode.FULL, generation=_generation(conn) + 1), _partitioned(
                    conn, thresholds, partition)  # fmt: skip
                parts = spill(_parts(refresh, counts), refresh.dir, "plans")
            else:
                plan = _full(conn, thresholds)
    _TEXTS.pop(store, None)  # left out of date by the write below unless it succeeds
    try:
        _write(store, plan, taken, unspill(parts) if parts else ())
    finally:
        if refresh is not None:
            refresh.close()
    if plan.texts is not None:
        _TEXTS[store] = plan.texts
    for kind in ("groups", "suggestions", "alerts", "claims"):
        counts[kind] += len(getattr(plan, kind))
    return AidsSummary(
        plan.mode, changes=sum(last - first + 1 for first, last in taken), pending=_pending(store),
        groups=counts["groups"], suggestions=counts["suggestions"], alerts=counts["alerts"],
        claim_matches=counts["claims"],
        seconds=round(time.perf_counter() - start, 3),
    )  # fmt: skip


@dataclass
class _Plan:
    """Rows to write, and which stored rows they replace (None: all of them)."""

    mode: AidsMode
    groups: list[dict] = field(default_factory=list)
    members: list[tuple[int, int]] = field(default_factory=list)  # (statement, group): a dict each is 100+ MB at 1M
    alerts: list[dict] = field(default_factory=list)
    suggestions: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    group_ids: set[int] | None = None  # groups (and their member rows) replaced
    statement_ids: set[int] = field(default_factory=set)  # member rows replaced
    core_groups: set[int] = field(default_factory=set)  # alerts and suggestions touching these are replaced,
    claim_ids: set[int] | None = None  # and those between two of group_ids; claim rows of these statements
    texts: _Texts | None = None  # the live statements' texts as of this update, kept for the next one
    generation: int | None = None  # the aids generation written, when no texts are kept (a partitioned refresh)


def _partitioned(conn: Connection, thresholds: Thresholds, partition: int) -> Refresh:
    confirmed, rejected = _decisions(conn)
    return Refresh(conn, thresholds, partition, _LIVE, _load, _reviewed, confirmed, rejected)


def _parts(refresh: Refresh, counts: Counter) -> Iterator[_Plan]:
    """A partitioned refresh's rows, a partition at a time (spilled to disk, then written in one transaction)."""
    for grouping in refresh.groupings():
        part = _Plan(AidsMode.FULL)
        _add_grouping(part, grouping)
        counts.update(groups=len(part.groups), suggestions=len(part.suggestions), alerts=len(part.alerts))
        yield part
    for matches in refresh.claims():
        part = _Plan(AidsMode.FULL)
        _add_claims(part, matches)
        counts.update(claims=len(part.claims))
        yield part


def _full(conn: Connection, thresholds: Thresholds) -> _Plan:
    corpus = _corpus(conn)
    confirmed, rejected = _decisions(conn)
    plan = _Plan(AidsMode.FULL, texts=_Texts.of(corpus, _generation(conn) + 1))
    _add_grouping(plan, group_statements(corpus, thresholds, confirmed=confirmed, rejected=rejected))
    _add_claims(plan, match_claims(corpus, _reviewed(conn), thresholds))
    return plan


def _incremental(conn: Connection, changes: Sequence, thresholds: Thresholds, texts: _Texts) -> _Plan:
    changed = {c.statement_id for c in changes if c.kind == "statement"}
    review_changed = {c.statement_id for c in changes if c.kind == "review"}
    # Groups: the changed statements, those they may join, and everything grouped with either ...
    core = changed | texts.similar(changed, min(thresholds.group_suggest, thresholds.misattribution))
    group_of = _group_of(conn, core)
    core_groups = {group_of.get(s, s) for s in core}
    core |= _members(conn, core_groups)
    # ... with the groups they have an alert or a suggestion with, so those pairs are judged again.
    partners = _partners(conn, core_groups) - core_groups
    context = texts.live(core | _members(conn, partners) | partners)
    stmts = _load(conn, context)
    confirmed, rejected = _decisions(conn, context)
    plan = _Plan(AidsMode.INCREMENTAL, group_ids=core_groups | partners, statement_ids=core | context,
                 core_groups=core_groups, texts=texts)  # fmt: skip
    _add_grouping(plan, group_statements(stmts, thresholds, confirmed=confirmed, rejected=rejected))
    # Claim matches: the changed statements', and those of statements matched with (or now similar to) a
    # statement whose words changed or whose verdict and rating appeared or went.
    moved = changed | review_changed
    reviewed = _reviewed(conn)
    verdicts = {r.statement.id for r in reviewed}
    rematch = texts.live(moved) | _matched_with(conn, moved) | texts.similar(moved & verdicts, thresholds.claim_match)
    _add_claims(plan, match_claims(_load(conn, rematch), reviewed, thresholds))
    plan.claim_ids = rematch | moved
    return plan


def _add_grouping(plan: _Plan, grouping) -> None:
    for g in grouping.groups:
        plan.groups.append(dict(id=g.id, canonical_id=g.canonical_id, size=len(g.statement_ids),
                                wordings=g.wordings, speaker=g.speaker, sources=list(g.sources),
                                source_count=g.independent_sources))  # fmt: skip
        plan.members += [(s, g.id) for s in g.statement_ids]
    plan.alerts = [
        dict(statement_id=a.statement_id, other_statement_id=a.other_statement_id, group_id=a.group_id,
             other_group_id=a.other_group_id, speaker=a.speaker, other_speaker=a.other_speaker, score=a.score)
        for a in grouping.alerts
    ]  # fmt: skip
    plan.suggestions = [
        _link(s.statement_id, s.other_statement_id, s.group_id, s.other_group_id, s.score) for s in grouping.suggestions
    ]


def _link(a: int, b: int, group_a: int, group_b: int, score: float) -> dict:
    if a > b:
        a, b, group_a, group_b = b, a, group_b, group_a
    return dict(a_id=a, b_id=b, a_group_id=group_a, b_group_id=group_b, score=score, status=LinkStatus.OPEN.value)


def _add_claims(plan: _Plan, matches) -> None:
    plan.claims = [
        dict(statement_id=m.statement_id, reviewed_statement_id=m.reviewed_statement_id, score=m.score,
             same_speaker=m.same_speaker)
        for m in matches
    ]  # fmt: skip


def _write(store: Store, plan: _Plan, taken: list[tuple[int, int]], parts: Iterable[_Plan] = ()) -> None:
    """Replace what `plan` says with its rows and those of `parts` (a partitioned refresh's), in one transaction;
    the change log's rows taken in (runs of ids, see _runs) go."""
    now = datetime.now(UTC)
    with store._write() as conn:
        is_open = group_links.c.status == LinkStatus.OPEN.value
        if plan.group_ids is None:
            for table in (statement_groups, statement_group_members, misattribution_alerts):
                conn.execute(delete(table))
            conn.execute(delete(group_links).where(is_open))
        else:
            for chunk in _chunks(plan.group_ids):
                conn.execute(delete(statement_groups).where(statement_groups.c.id.in_(chunk)))
                conn.execute(delete(statement_group_members).where(statement_group_members.c.group_id.in_(chunk)))
            for chunk in _chunks(plan.statement_ids):
                conn.execute(delete(statement_group_members).where(statement_group_members.c.statement_id.in_(chunk)))
            _delete_pairs(conn, misattribution_alerts, misattribution_alerts.c.group_id,
                          misattribution_alerts.c.other_group_id, plan)  # fmt: skip
            _delete_pairs(conn, group_links, group_links.c.a_group_id, group_links.c.b_group_id, plan, is_open)
        if plan.claim_ids is None:
            conn.execute(delete(claim_matches))
        else:
            for chunk in _chunks(plan.claim_ids):
                conn.execute(delete(claim_matches).where(claim_matches.c.statement_id.in_(chunk)))
        for part in itertools.chain([plan], parts):
            _insert(conn, part, now)
        for chunk in _chunks(first for first, last in taken if first == last):
            conn.execute(delete(aids_changes).where(aids_changes.c.id.in_(chunk)))
        for first, last in taken:
            if first < last:
                conn.execute(delete(aids_changes).where(aids_changes.c.id.between(first, last)))
        _set_meta(conn, "aids.updated_at", now.isoformat())
        generation = plan.texts.generation if plan.texts is not None else plan.generation
        if generation is not None:
            _set_meta(conn, GENERATION, str(generation))
        if plan.mode is AidsMode.FULL:
            _set_meta(conn, "aids.full_refresh_at", now.isoformat())


def _insert(conn: Connection, plan: _Plan, now: datetime) -> None:
    # Statements deleted since the snapshot (their change is logged) take no new rows with foreign keys.
    alive = _existing(
        conn,
        {i for r in plan.suggestions for i in (r["a_id"], r["b_id"])}
        | {i for r in plan.claims for i in (r["statement_id"], r["reviewed_statement_id"])},
    )
    stored = _stored_pairs(conn, {(r["a_id"], r["b_id"]) for r in plan.suggestions})
    suggestions = [
        dict(r, created_at=now)
        for r in plan.suggestions
        if (r["a_id"], r["b_id"]) not in stored and {r["a_id"], r["b_id"]} <= alive
    ]
    claims = [r for r in plan.claims if {r["statement_id"], r["reviewed_statement_id"]} <= alive]
    for table, rows in ((statement_groups, plan.groups), (statement_group_members, plan.members),
                        (misattribution_alerts, plan.alerts), (group_links, suggestions),
                        (claim_matches, claims)):  # fmt: skip
        for i in range(0, len(rows), CHUNK):
            part = rows[i : i + CHUNK]
            if table is statement_group_members:
                part = [{"statement_id": s, "group_id": g} for s, g in part]
            conn.execute(insert(table), part)


def _delete_pairs(conn: Connection, table, left, right, plan: _Plan, *where) -> None:
    """Rows touching a core group, or between two groups that were recomputed."""
    ids = sorted(plan.group_ids or ())
    for chunk in _chunks(plan.core_groups):
        conn.execute(delete(table).where(*where, or_(left.in_(chunk), right.in_(chunk))))
    for chunk in _chunks(ids):
        rows = conn.execute(select(table.c.id, right).where(*where, left.in_(chunk))).all()
        gone = [r.id for r in rows if r[1] in plan.group_ids]
        for part in _chunks(gone):
            conn.execute(delete(table).where(table.c.id.in_(part)))


def _stored_pairs(conn: Connection, pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Pairs already in group_links: decided by a person (an update never replaces those)."""
    found: set[tuple[int, int]] = set()
    for chunk in _chunks({a for a, _ in pairs}):
        found |= {(r.a_id, r.b_id) for r in conn.execute(
            select(group_links.c.a_id, group_links.c.b_id).where(group_links.c.a_id.in_(chunk))
        )}  # fmt: skip
    return found & pairs


def _existing(conn: Connection, ids: set[int]) -> set[int]:
    return {
        i
        for chunk in _chunks(ids)
        for i in conn.execute(select(statements.c.id).where(statements.c.id.in_(chunk))).scalars()
    }


def _backfill_articles(store: Store, thresholds: Thresholds) -> None:
    """Fingerprint and wire credit of articles stored before the aids existed (ingest sets them since)."""
    while True:
        with store._read() as conn:
            rows = conn.execute(
                select(articles.c.id, articles.c.text).where(articles.c.fingerprint.is_(None)).limit(500)
            ).all()
        if not rows:
            return
        with store._write() as conn:
            for r in rows:
                conn.execute(sql_update(articles).where(articles.c.id == r.id).values(
                    fingerprint=article_fingerprint(r.text), wire=wire_credit(r.text, thresholds)))  # fmt: skip


# -- reading the statements for attribution.aids --------------------------------------------------------

_LIVE = statements.c.retired.is_(False)
_AID_COLUMNS = (statements.c.id, statements.c.article_id, statements.c.text, SPEAKER_NAME.label("speaker"),
                statements.c.speaker_id, statements.c.anonymous, RELAY_NAME, articles.c.publisher,
                articles.c.content_hash, articles.c.fingerprint, articles.c.wire)  # fmt: skip
# The outlet a person merged variants into: "AFP" and "Agence France-Presse" are one source once merged.
_AID_FROM = with_relay(
    statements.join(articles, statements.c.article_id == articles.c.id).outerjoin(
        speakers, speakers.c.id == statements.c.speaker_id
    )
)


def _aid(row) -> AidStatement:
    # Unpacked, not read by name: a million rows by attribute take seconds.
    id_, article_id, text, speaker, speaker_id, anonymous, outlet, publisher, content_hash, fingerprint, wire = row
    # An unnamed source ("a senior official") is an unknown speaker: never a misattribution.
    return AidStatement(id_, article_id, text, None if anonymous else speaker, None if anonymous else speaker_id,
                        outlet, publisher, content_hash, fingerprint, wire)  # fmt: skip


def _corpus(conn: Connection) -> Corpus:
    """Every live statement, read in chunks into columns: their records and texts are let go as they come."""
    builder = CorpusBuilder()
    for r in _stream(conn, select(*_AID_COLUMNS).select_from(_AID_FROM).where(_LIVE).order_by(statements.c.id)):
        builder.add(_aid(r))
    return builder.build()


def _stream(conn: Connection, query) -> Iterator:
    """The rows of a query, fetched STREAM at a time (PostgreSQL: a server-side cursor, not all at once). Iterated
    row by row: by partitions() reading a million rows takes twice as long."""
    return iter(conn.execute(query.execution_options(yield_per=STREAM)))


def _load(conn: Connection, ids: Iterable[int], *, live: bool = True) -> list[AidStatement]:
    """Live statements (or all, live=False) of `ids`, by id."""
    query = select(*_AID_COLUMNS).select_from(_AID_FROM).where(_LIVE if live else literal(True))
    rows = [r for chunk in _chunks(ids) for r in conn.execute(query.where(statements.c.id.in_(chunk)))]
    return [_aid(r) for r in sorted(rows, key=lambda r: r.id)]


def _reviewed(conn: Connection) -> list[ReviewedStatement]:
    query = (
        select(*_AID_COLUMNS, reviews.c.verdict, reviews.c.rating)
        .select_from(_AID_FROM.join(reviews, reviews.c.statement_id == statements.c.id))
        .where(_LIVE, or_(reviews.c.verdict.is_not(None), reviews.c.rating.is_not(None)))
        .order_by(statements.c.id)
    )
    out = []
    for *row, verdict, rating in conn.execute(query):
        verdict, rating = Verdict(verdict) if verdict else None, Rating(rating) if rating else None
        out.append(ReviewedStatement(_aid(row), verdict, rating))
    return out


def _decisions(conn: Connection, ids: set[int] | None = None) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(confirmed, rejected) pairs, all or those with both statements among `ids`."""
    query = select(group_links.c.a_id, group_links.c.b_id, group_links.c.status).where(
        group_links.c.status != LinkStatus.OPEN.value
    )
    rows = (
        conn.execute(query).all()
        if ids is None
        else [r for chunk in _chunks(ids) for r in conn.execute(query.where(group_links.c.a_id.in_(chunk)))
              if r.b_id in ids]
    )  # fmt: skip
    pairs = {status: [(r.a_id, r.b_id) for r in rows if r.status == status] for status in LinkStatus}
    return pairs[LinkStatus.ACCEPTED], pairs[LinkStatus.REJECTED]


def _group_of(conn: Connection, ids: Iterable[int]) -> dict[int, int]:
    m = statement_group_members
    return {
        r.statement_id: r.group_id
        for chunk in _chunks(ids)
        for r in conn.execute(select(m.c.statement_id, m.c.group_id).where(m.c.statement_id.in_(chunk)))
    }


def _members(conn: Connection, group_ids: Iterable[int]) -> set[int]:
    m = statement_group_members
    return {
        sid
        for chunk in _chunks(group_ids)
        for sid in conn.execute(select(m.c.statement_id).where(m.c.group_id.in_(chunk))).scalars()
    }


def _partners(conn: Connection, group_ids: set[int]) -> set[int]:
    """Groups with an alert or an open suggestion with one of `group_ids`."""
    out: set[int] = set()
    open_links = group_links.c.status == LinkStatus.OPEN.value
    for left, right, where in (
        (misattribution_alerts.c.group_id, misattribution_alerts.c.other_group_id, ()),
        (group_links.c.a_group_id, group_links.c.b_group_id, (open_links,)),
    ):
        for chunk in _chunks(group_ids):
            for a, b in conn.execute(select(left, right).where(*where, or_(left.in_(chunk), right.in_(chunk)))):
                out |= {a, b}
    return out


def _matched_with(conn: Connection, reviewed_ids: Iterable[int]) -> set[int]:
    c = claim_matches
    return {
        sid
        for chunk in _chunks(reviewed_ids)
        for sid in conn.execute(select(c.c.statement_id).where(c.c.reviewed_statement_id.in_(chunk))).scalars()
    }


class _Texts:
    """The live statements' texts in normal form, to find the statements similar to a few (rapidfuzz, all cores).

    Kept between updates by the process that made them (reading and normalising a million texts takes seconds):
    `generation` is the store's aids generation after the update that made them current. Every update writes
    the next generation, so texts of an older one may miss changes another process took in: they are read
    again. Of the same generation, they miss only the changes still logged, read again by `_texts`.
    Each distinct text is kept and compared once; statements point to theirs (-1: no longer live).
    """

    def __init__(self, ids: np.ndarray, text_of: np.ndarray, texts: list[str], generation: int) -> None:
        self._texts = texts
        self._by_id(ids, text_of)
        self.generation = generation

    def _by_id(self, ids: np.ndarray, text_of: np.ndarray) -> None:
        order = np.argsort(ids, kind="stable")  # by id, to find statements by binary search
        self._ids, self._text_of = ids[order], text_of[order]

    @classmethod
    def of(cls, corpus: Corpus, generation: int) -> _Texts:
        return cls(corpus.ids, corpus.normal_ids.copy(), [n.text for n in corpus.normals], generation)

    @classmethod
    def read(cls, conn: Connection, generation: int) -> _Texts:
        ids, text_of, index = array("q"), array("q"), {}
        for i, text in _stream(conn, select(statements.c.id, statements.c.text).where(_LIVE)):
            ids.append(i)
            text_of.append(index.setdefault(normal_text(text), len(index)))
        return cls(np.array(ids, dtype=np.int64), np.array(text_of, dtype=np.int64), list(index), generation)

    def _rows(self, ids: Iterable[int]) -> tuple[np.ndarray, np.ndarray]:
        """(ids, rows) of those of `ids` kept here."""
        wanted = np.fromiter(ids, dtype=np.int64)
        if not len(self._ids):
            return wanted[:0], wanted[:0]
        rows = np.minimum(np.searchsorted(self._ids, wanted), len(self._ids) - 1)
        kept = self._ids[rows] == wanted
        return wanted[kept], rows[kept]

    def live(self, ids: Iterable[int]) -> set[int]:
        found, rows = self._rows(ids)
        return set(found[self._text_of[rows] >= 0].tolist())

    def replace(self, texts: dict[int, str | None]) -> None:
        """New texts of these statements (None: no longer live). A replaced text stays, unused."""
        known = dict(zip(*(a.tolist() for a in self._rows(texts)), strict=True))
        added = [i for i, text in texts.items() if text is not None and i not in known]
        for i, row in known.items():
            if (text := texts[i]) is None:
                self._text_of[row] = -1
            else:
                self._text_of[row] = len(self._texts)
                self._texts.append(normal_text(text))
        if added:
            first = len(self._texts)
            self._texts += [normal_text(texts[i]) for i in added]  # type: ignore[arg-type]
            self._by_id(np.r_[self._ids, added], np.r_[self._text_of, np.arange(first, len(self._texts))])

    def similar(self, queries: Iterable[int], cutoff: float) -> set[int]:
        """Statements whose normal text scores at least cutoff with one of `queries`, the queries included: every
        statement the aids could score that high (their score is this ratio, or 0 when numbers or negations
        differ)."""
        found, rows = self._rows(sorted(queries))
        live = self._text_of[rows] >= 0
        found, query_texts = found[live], self._text_of[rows[live]].tolist()
        hits: set[int] = set()
        for i in range(0, len(query_texts), QUERIES):
            scores = process.cdist(
                [self._texts[t] for t in query_texts[i : i + QUERIES]], self._texts, scorer=fuzz.ratio,
                score_cutoff=math.floor(cutoff), dtype=np.uint8, workers=-1,
            )  # fmt: skip
            hits.update(np.nonzero(scores)[1].tolist())
        similar = self._ids[np.isin(self._text_of, np.fromiter(hits, dtype=np.int64))]
        return set(found.tolist()) | set(similar.tolist())


_TEXTS: weakref.WeakKeyDictionary[Store, _Texts] = weakref.WeakKeyDictionary()
GENERATION = "aids.generation"  # store_meta key: incremented by every update


def _generation(conn: Connection) -> int:
    return int(conn.execute(select(store_meta.c.value).where(store_meta.c.key == GENERATION)).scalar() or 0)


def _texts(store: Store, conn: Connection, changes: Sequence) -> _Texts:
    """The live statements' texts as of this snapshot: kept ones brought up to date, else all read."""
    generation = _generation(conn)
    kept = _TEXTS.get(store)
    if kept is None or kept.generation != generation:
        return _Texts.read(conn, generation + 1)
    ids = {c.statement_id for c in changes if c.statement_id is not None}
    found: dict[int, str | None] = dict.fromkeys(ids)
    for chunk in _chunks(ids):
        found.update(
            conn.execute(select(statements.c.id, statements.c.text).where(_LIVE, statements.c.id.in_(chunk))).all()
        )
    kept.replace(found)
    kept.generation = generation + 1
    return kept


# -- reading the aids -----------------------------------------------------------------------------------


def flags(conn: Connection, ids: Sequence[int]) -> dict[int, dict]:
    """StoredStatement's aid fields for the statements of a page that have any (others keep the defaults)."""
    group_of = _group_of(conn, ids)
    groups = {
        r.id: r
        for chunk in _chunks(set(group_of.values()))
        for r in conn.execute(
            select(statement_groups.c.id, statement_groups.c.size, statement_groups.c.source_count).where(
                statement_groups.c.id.in_(chunk)
            )
        )
    }
    gids = {i: group_of.get(i, i) for i in ids}
    alerted = _alerted(conn, set(gids.values()))
    claimed = {
        sid
        for chunk in _chunks(ids)
        for sid in conn.execute(
            select(claim_matches.c.statement_id).where(claim_matches.c.statement_id.in_(chunk)).distinct()
        ).scalars()
    }
    out = {}
    for i, gid in gids.items():
        g = groups.get(gid) if i in group_of else None
        if g is None and gid not in alerted and i not in claimed:
            continue
        sources = g.source_count if g else 1
        out[i] = dict(group_id=gid if g else None, group_size=g.size if g else 1, sources=sources,
                      single_source=sources < 2, misattributed=gid in alerted,
                      has_claim_match=i in claimed)  # fmt: skip
    return out


def _alerted(conn: Connection, group_ids: set[int]) -> set[int]:
    a = misattribution_alerts
    out: set[int] = set()
    for chunk in _chunks(group_ids):
        out |= set(conn.execute(select(a.c.group_id).where(a.c.group_id.in_(chunk))).scalars())
        out |= set(conn.execute(select(a.c.other_group_id).where(a.c.other_group_id.in_(chunk))).scalars())
    return out


ByIds = Callable[[Connection, list[int]], list[StoredStatement]]


def statement_group(store: Store, statement_id: int) -> StoredGroup:
    with store._read() as conn:
        gid = _group_of(conn, [statement_id]).get(statement_id)
        grouped = _groups(conn, store._by_ids, [gid]) if gid is not None else []
        if grouped:
            return grouped[0]
        found = store._by_ids(conn, [statement_id])
        if not found:
            raise NotFound(f"no statement with id {statement_id}")
        (aid,) = _load(conn, [statement_id], live=False)
    s = found[0]
    sources = independent_sources([aid], load_thresholds())
    return StoredGroup(s.id, s.id, (GroupVersion(s, quote_diff(s.text, s.text), True),), sources, 1, s.speaker)


def statement_groups_page(store: Store, limit: int | None, offset: int) -> list[StoredGroup]:
    g = statement_groups
    query = select(g.c.id).order_by(g.c.size.desc(), g.c.source_count.desc(), g.c.id).limit(limit).offset(offset)
    with store._read() as conn:
        return _groups(conn, store._by_ids, list(conn.execute(query).scalars()))


def _groups(conn: Connection, by_ids: ByIds, gids: list[int]) -> list[StoredGroup]:
    rows = {r.id: r for chunk in _chunks(gids) for r in conn.execute(select(statement_groups).where(
        statement_groups.c.id.in_(chunk)))}  # fmt: skip
    m = statement_group_members
    members: dict[int, list[int]] = {}
    for chunk in _chunks(gids):
        for r in conn.execute(select(m.c.statement_id, m.c.group_id).where(m.c.group_id.in_(chunk))):
            members.setdefault(r.group_id, []).append(r.statement_id)
    found = {s.id: s for s in by_ids(conn, sorted({i for ids in members.values() for i in ids}))}
    out = []
    for gid in gids:
        if gid not in rows:
            continue
        row, stmts = rows[gid], [found[i] for i in sorted(members.get(gid, ())) if i in found]
        canonical = next((s for s in stmts if s.id == row.canonical_id), stmts[0] if stmts else None)
        if canonical is None:  # every member deleted since the last update
            continue
        versions = tuple(GroupVersion(s, quote_diff(canonical.text, s.text), s.id == canonical.id) for s in stmts)
        out.append(StoredGroup(gid, canonical.id, versions, tuple(row.sources), row.wordings, row.speaker))
    return out


def alerts_of(store: Store, statement_id: int | None, limit: int | None, offset: int) -> list[StoredAlert]:
    a = misattribution_alerts
    query = select(a).order_by(a.c.score.desc(), a.c.id)
    with store._read() as conn:
        gid = None
        if statement_id is not None:
            if not store._by_ids(conn, [statement_id]):
                raise NotFound(f"no statement with id {statement_id}")
            gid = _group_of(conn, [statement_id]).get(statement_id, statement_id)
            query = query.where(or_(a.c.group_id == gid, a.c.other_group_id == gid))
        rows = conn.execute(query.limit(limit).offset(offset)).all()
        ids = sorted({i for r in rows for i in (r.statement_id, r.other_statement_id)})
        found = {s.id: s for s in store._by_ids(conn, ids)}
    out = []
    for r in rows:
        sides = [(r.group_id, r.statement_id, r.speaker), (r.other_group_id, r.other_statement_id, r.other_speaker)]
        if gid is not None and r.group_id != gid:
            sides.reverse()
        (g1, s1, sp1), (g2, s2, sp2) = sides
        if s1 in found and s2 in found:
            out.append(StoredAlert(g1, g2, found[s1], found[s2], sp1, sp2, r.score))
    return out


def claim_matches_of(store: Store, statement_id: int) -> list[StoredClaimMatch]:
    c = claim_matches
    query = (
        select(c.c.reviewed_statement_id, c.c.score, c.c.same_speaker)
        .where(c.c.statement_id == statement_id)
        .order_by(c.c.score.desc(), c.c.reviewed_statement_id)
    )
    with store._read() as conn:
        if not store._by_ids(conn, [statement_id]):
            raise NotFound(f"no statement with id {statement_id}")
        rows = conn.execute(query).all()
        found = {s.id: s for s in store._by_ids(conn, [r.reviewed_statement_id for r in rows])}
    return [
        StoredClaimMatch(statement_id, found[r.reviewed_statement_id], r.score, r.same_speaker)
        for r in rows
        if r.reviewed_statement_id in found
        and (found[r.reviewed_statement_id].verdict or found[r.reviewed_statement_id].rating)
    ]


def links(store: Store, status: LinkStatus | str | None, limit: int | None, offset: int) -> list[GroupLink]:
    query = select(group_links)
    if status is not None:
        status = _status(status)
        query = query.where(group_links.c.status == status.value)
    query = query.order_by(group_links.c.score.desc().nulls_last(), group_links.c.decided_at.desc(), group_links.c.id)
    with store._read() as conn:
        rows = conn.execute(query.limit(limit).offset(offset)).all()
        return _link_records(conn, store._by_ids, rows)


def _link_records(conn: Connection, by_ids: ByIds, rows) -> list[GroupLink]:
    found = {s.id: s for s in by_ids(conn, sorted({i for r in rows for i in (r.a_id, r.b_id)}))}
    return [
        GroupLink(found[r.a_id], found[r.b_id], LinkStatus(r.status), r.score, r.decided_by, _aware(r.decided_at))
        for r in rows
        if r.a_id in found and r.b_id in found
    ]


def decide(store: Store, a: int, b: int, accept: bool, reviewer: Identity | str) -> GroupLink:
    """Record a person's decision on a pair; it outlives every recomputation. The aids are then updated."""
    reviewer = recorded(reviewer, AidsError)
    if a == b:
        raise AidsError(f"cannot link statement {a} with itself")
    a, b = sorted((int(a), int(b)))
    now = datetime.now(UTC)
    values = dict(status=(LinkStatus.ACCEPTED if accept else LinkStatus.REJECTED).value,
                  decided_by=reviewer, decided_at=now)  # fmt: skip
    with store._write() as conn:
        for i in (a, b):
            if conn.execute(select(statements.c.id).where(statements.c.id == i)).first() is None:
                raise NotFound(f"no statement with id {i}")
        pair = (group_links.c.a_id == a) & (group_links.c.b_id == b)
        if conn.execute(sql_update(group_links).where(pair).values(**values)).rowcount == 0:
            conn.execute(insert(group_links).values(a_id=a, b_id=b, created_at=now, **values))
        log_statements(conn, (a, b))
    update(store)
    with store._read() as conn:
        return _link_records(conn, store._by_ids, conn.execute(select(group_links).where(pair)).all())[0]


def _status(value: LinkStatus | str) -> LinkStatus:
    try:
        return LinkStatus(value)
    except ValueError:
        raise AidsError(f"status must be one of {', '.join(LinkStatus)}, got {value!r}") from None


# -- plumbing -------------------------------------------------------------------------------------------


@contextmanager
def _snapshot(store: Store) -> Iterator[Connection]:
    """One consistent view of the store for reading (PostgreSQL's default reads each query afresh)."""
    with store.engine.connect() as conn:
        if store.dialect == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


@contextmanager
def _lock(store: Store, wait: bool) -> Iterator[bool]:
    """The aids updater's lock, held by one process at a time and released if it dies: a PostgreSQL advisory
    lock, or a lock file beside a SQLite store. Yields whether it was taken (wait=False: at once or not at all)."""
    if store.dialect == "postgresql":
        with store.engine.connect() as conn:
            if wait:
                conn.execute(select(func.pg_advisory_lock(LOCK_KEY)))
            elif not conn.execute(select(func.pg_try_advisory_lock(LOCK_KEY))).scalar():
                yield False
                return
            conn.commit()
            try:
                yield True
            finally:
                conn.execute(select(func.pg_advisory_unlock(LOCK_KEY)))
                conn.commit()
        return
    file_lock = FileLock(f"{make_url(store.url).database}-aids.lock", timeout=-1 if wait else 0)  # beside -wal
    try:
        file_lock.acquire()
    except Timeout:
        yield False
        return
    try:
        yield True
    finally:
        file_lock.release()


def _pending(store: Store) -> int:
    with store._read() as conn:
        return conn.execute(select(func.count()).select_from(aids_changes)).scalar_one()


def _runs(ids: Iterable[int]) -> list[tuple[int, int]]:
    """Ascending ids as runs of consecutive ones, (first, last) each: the change log an update read, kept small
    (a bulk load logs millions of rows, in a few runs). Every id inside a run was read, so deleting the runs
    never deletes a change logged after the snapshot."""
    out: list[tuple[int, int]] = []
    for i in ids:
        if out and i == out[-1][1] + 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    items = sorted(ids)
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _aware(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value
