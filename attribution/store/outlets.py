"""Relay outlets in the store: listed, counted, merged (and unmerged), suggested for merging, edited.

The engine names an outlet as the text does ("AFP", "Agence France-Presse", "the Kyiv Independent"); each name
is a row of `outlets`, and statements keep the engine's words (statements.outlet) whatever happens here. A
person merges a variant into the outlet that stands for it: the variant's row points to it (`merged_into`, kept
for undo; `canonical_id`, the merges followed to the end), so every read (filters, counts, exports) gives the
canonical name, and a later ingest of the variant lands on it. A new name that differs from a stored one only by
case, accents, punctuation or a leading "the", or that data/outlets.csv lists as an alias of a listed outlet,
joins that outlet by itself (recorded as a merge by "ingest", undone like any other).

Every write runs in the caller's transaction and first takes the ingest writers' lock (speakers.WRITERS_LOCK on
PostgreSQL; SQLite's write lock does it), so a merge, an undo and an ingest registering a variant never
interleave: the second of two conflicting merges reads the first and is refused with OutletConflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.process import cdist
from sqlalchemy import ColumnElement, Connection, String, func, insert, literal, or_, select, text, union, update
from sqlalchemy.sql.selectable import CompoundSelect, FromClause

from .. import canonical
from ..access import Identity, recorded
from ..engine.lexicons import Lexicon, data_dir, read_rows
from ..engine.lexicons import _names as _all_names
from ..errors import StoreError
from .schema import articles, outlet_merges, outlet_suggestions, outlets, statements
from .speakers import WRITERS_LOCK, NotFound, decided, move_suggestions, suggest

SIMILAR = 85.0  # spelling similarity (rapidfuzz ratio of the folded names, 0-100) worth a suggestion
INGEST = "ingest"  # who made the merges ingest makes by itself
ORDERS = ("statements", "name", "last_seen")
KINDS = ("agency", "newspaper", "broadcaster", "online", "magazine")  # data/outlets.csv's kinds
_SMALL_WORDS = frozenset({"the", "of", "and", "for", "de", "la", "le", "du", "des", "di", "&"})


class OutletConflict(StoreError):
    """A merge or undo that another one made meanwhile (or before the page was drawn) no longer allows."""


@dataclass(frozen=True, slots=True)
class StoredOutlet:
    id: int
    name: str  # canonical: what filters, counts and exports show
    country: str | None
    kind: str | None
    listed: bool  # named by data/outlets.csv; else met only in text
    statement_count: int  # live statements, its variants' included
    first_seen: date | None  # the earliest and latest published date of an article relaying it
    last_seen: date | None
    variants: tuple[str, ...] = ()  # the names merged into it, as the engine gave them
    created_at: datetime | None = None
    edited_by: str | None = None


@dataclass(frozen=True, slots=True)
class OutletSuggestion:
    id: int
    a: StoredOutlet
    b: StoredOutlet
    score: float
    reason: str
    status: str = "open"  # open, accepted, rejected, superseded
    decided_by: str | None = None
    decided_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class OutletMerge:
    id: int
    outlet: str  # the name merged
    into: str  # the outlet it was merged into
    outlet_id: int
    into_id: int
    reason: str
    merged_by: str
    merged_at: datetime
    undone_by: str | None = None
    undone_at: datetime | None = None


def fold(name: str) -> str:
    """The look-up key of an outlet's name: "The Kyiv Independent" and "kyiv independent" are one."""
    words = canonical.plain(name).split()
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


_ROOT = func.coalesce(outlets.c.canonical_id, outlets.c.id)  # the outlet that stands for a row now
# A statement's relay outlet as read: the outlet that stands for the engine's name now (a merged variant's).
_RELAY, _RELAY_ROOT = outlets.alias("relay"), outlets.alias("relay_root")
RELAY_NAME = func.coalesce(_RELAY_ROOT.c.name, statements.c.outlet)


def with_relay(joined: FromClause) -> FromClause:
    """`joined` (statements and more) with what RELAY_NAME reads."""
    return joined.outerjoin(_RELAY, _RELAY.c.name == statements.c.outlet).outerjoin(
        _RELAY_ROOT, _RELAY_ROOT.c.id == _RELAY.c.canonical_id
    )


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":  # as ingest's writes: held to the end of the transaction
        conn.execute(text(f"SELECT pg_advisory_xact_lock({WRITERS_LOCK})"))


# -- ingest --------------------------------------------------------------------------------------------


def register(conn: Connection, name: str, lexicon: Lexicon) -> int:
    """The outlet row of a name the engine gave (created with data/outlets.csv's country and kind when listed). A
    new name joins the outlet that data/outlets.csv lists it as an alias of, or a stored one with the same folded
    name. The caller holds the writers' lock (ingest)."""
    found = conn.execute(select(outlets.c.id).where(outlets.c.name == name)).scalar()
    if found is not None:
        return found
    known = lexicon.outlets.get(name)
    folded = fold(name)
    target, reason = None, ""
    if known is not None and known.name != name:
        target, reason = register(conn, known.name, lexicon), "listed as an alias in data/outlets.csv"
    else:
        target = conn.execute(
            select(_ROOT).where(outlets.c.folded == folded, outlets.c.name != name).order_by(outlets.c.id).limit(1)
        ).scalar()
        reason = "the same name but for case, accents, punctuation or 'the'"
    if target is not None:
        target = conn.execute(select(_ROOT).where(outlets.c.id == target)).scalar_one()
    now = datetime.now(UTC)
    outlet_id = conn.execute(
        insert(outlets).values(
            name=name,
            country=known.country if known else None,
            kind=known.kind if known else None,
            folded=folded,
            created_at=now,
            merged_into=target,
            canonical_id=target,
        )
    ).inserted_primary_key[0]
    if target is not None:
        conn.execute(
            insert(outlet_merges).values(
                outlet_id=outlet_id, into_id=target, reason=reason, merged_by=INGEST, merged_at=now
            )
        )
    return outlet_id


def adopt(conn: Connection, lexicon: Lexicon) -> int:
    """Register the outlets statements name that have no row (a store filled by another program); how many."""
    stored = select(outlets.c.name).where(outlets.c.name == statements.c.outlet).exists()
    query = select(statements.c.outlet).where(statements.c.outlet.is_not(None), ~stored).distinct()
    missing = sorted(conn.execute(query).scalars())
    for name in missing:
        register(conn, name, lexicon)
    return len(missing)


# -- reading -------------------------------------------------------------------------------------------


def variant_names(values: Iterable[str]) -> CompoundSelect:
    """SELECT of every outlet name that stands for the same outlet as one of `values` (canonical or variant
    names): a filter by "Agence France-Presse" finds the statements the engine gave to "AFP" once merged."""
    values = tuple(values)
    named = outlets.alias()
    roots = select(func.coalesce(named.c.canonical_id, named.c.id)).where(named.c.name.in_(values))
    # the values too: a store filled by another program may name outlets it never registered
    given = (select(literal(v, String(300)).label("name")) for v in values)
    return union(select(outlets.c.name).where(_ROOT.in_(roots)), *given)


def canonical_names(conn: Connection, names: Iterable[str]) -> dict[str, str]:
    """{engine's name: canonical name} for the merged ones among `names` (the others stand for themselves)."""
    wanted = {n for n in names if n}
    if not wanted:
        return {}
    root = outlets.alias()
    query = (
        select(outlets.c.name, root.c.name.label("canonical"))
        .join(root, root.c.id == outlets.c.canonical_id)
        .where(outlets.c.name.in_(wanted))
    )
    return {r.name: r.canonical for r in conn.execute(query)}


def _counts():
    """(root id, live statements) of every outlet: counted per engine's name on ix_statements_outlet, then summed."""
    per_name = (
        select(statements.c.outlet.label("name"), func.count().label("n"))
        .where(statements.c.outlet.is_not(None), statements.c.retired.is_(False))
        .group_by(statements.c.outlet)
        .subquery()
    )
    return (
        select(_ROOT.label("id"), func.coalesce(func.sum(per_name.c.n), 0).label("n"))
        .select_from(outlets.outerjoin(per_name, per_name.c.name == outlets.c.name))
        .group_by(_ROOT)
        .subquery()
    )


def _listed_ids(conn: Connection, lexicon: Lexicon) -> list[int]:
    rows = conn.execute(select(outlets.c.id, outlets.c.name).where(outlets.c.merged_into.is_(None)))
    return [r.id for r in rows if lexicon.outlets.get(r.name) is not None]


def _conditions(
    conn: Connection, lexicon: Lexicon, search: str, country: str | None, kind: str | None, listed: bool | None
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [outlets.c.merged_into.is_(None)]
    if search.strip():
        variant = outlets.alias()
        needle = fold(search)
        matching = select(func.coalesce(variant.c.canonical_id, variant.c.id)).where(
            or_(
                variant.c.name.icontains(search.strip(), autoescape=True),
                variant.c.folded.contains(needle, autoescape=True),
            )
        )
        where.append(outlets.c.id.in_(matching))
    if country:
        where.append(outlets.c.country == country)
    if kind:
        where.append(outlets.c.kind == kind)
    if listed is not None:
        ids = _listed_ids(conn, lexicon)
        where.append(outlets.c.id.in_(ids) if listed else outlets.c.id.not_in(ids))
    return where


def listing(
    conn: Connection,
    lexicon: Lexicon,
    *,
    search: str = "",
    country: str | None = None,
    kind: str | None = None,
    listed: bool | None = None,
    ids: tuple[int, ...] = (),
    order: str = "statements",
    limit: int | None = 50,
    offset: int = 0,
) -> list[StoredOutlet]:
    """Canonical outlets (merged-away ones are their variants), most statements first (or by name, or latest)."""
    if order not in ORDERS:
        raise StoreError(f"order must be one of {', '.join(ORDERS)}, got {order!r}")
    counts = _counts()
    where = _conditions(conn, lexicon, search, country, kind, listed)
    if ids:
        where.append(outlets.c.id.in_(ids))
    query = select(outlets, func.coalesce(counts.c.n, 0).label("n")).select_from(
        outlets.outerjoin(counts, counts.c.id == outlets.c.id)
    )
    if order == "last_seen":
        last = _seen().subquery()
        query = query.add_columns(last.c.last).outerjoin(last, last.c.id == outlets.c.id)
        ordering = (last.c.last.desc().nulls_last(), outlets.c.name)
    else:
        ordering = (func.coalesce(counts.c.n, 0).desc(), outlets.c.name) if order == "statements" else (outlets.c.name,)
    rows = conn.execute(query.where(*where).order_by(*ordering).limit(limit).offset(offset)).all()
    page = [r.id for r in rows]
    seen = {r.id: (r.first, r.last) for r in conn.execute(_seen().where(_ROOT.in_(page)))} if page else {}
    variants: dict[int, list[str]] = {}
    if page:
        for r in conn.execute(
            select(outlets.c.canonical_id, outlets.c.name)
            .where(outlets.c.canonical_id.in_(page))
            .order_by(outlets.c.name)
        ):
            variants.setdefault(r.canonical_id, []).append(r.name)
    out = []
    for r in rows:
        known = lexicon.outlets.get(r.name)
        first, last = seen.get(r.id, (None, None))
        out.append(
            StoredOutlet(
                r.id,
                r.name,
                r.country,
                r.kind,
                known is not None,
                int(r.n),
                _day(first),
                _day(last),
                tuple(variants.get(r.id, ())),
                r.created_at,
                r.edited_by,
            )
        )
    return out


def _seen():
    """(root id, first, last published date) of the articles relaying each outlet, its variants included."""
    return (
        select(
            _ROOT.label("id"),
            func.min(articles.c.published).label("first"),
            func.max(articles.c.published).label("last"),
        )
        .select_from(
            outlets.join(statements, statements.c.outlet == outlets.c.name).join(
                articles, articles.c.id == statements.c.article_id
            )
        )
        .where(statements.c.retired.is_(False))
        .group_by(_ROOT)
    )


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])  # SQLite's MIN over a DATE column gives its text


def count(
    conn: Connection,
    lexicon: Lexicon,
    *,
    search: str = "",
    country: str | None = None,
    kind: str | None = None,
    listed: bool | None = None,
) -> int:
    where = _conditions(conn, lexicon, search, country, kind, listed)
    return conn.execute(select(func.count()).select_from(outlets).where(*where)).scalar_one()


def outlet(conn: Connection, lexicon: Lexicon, outlet_id: int) -> StoredOutlet:
    """An outlet by id; a merged-away one is refused with the name of the outlet it is part of."""
    row = conn.execute(select(outlets.c.name, _ROOT.label("root")).where(outlets.c.id == outlet_id)).first()
    if row is None:
        raise NotFound(f"no outlet with id {outlet_id}")
    if row.root != outlet_id:
        into = conn.execute(select(outlets.c.name).where(outlets.c.id == row.root)).scalar()
        raise NotFound(f"outlet {row.name!r} (#{outlet_id}) was merged into {into!r} (#{row.root})")
    return listing(conn, lexicon, ids=(outlet_id,), limit=1)[0]


def by_name(conn: Connection, name: str, *, canonical: bool = True) -> int:
    """The id of the outlet that stands for `name` now (a variant's canonical outlet), or of the row named so;
    case, accents and a leading "the" ignored when no row has exactly that name."""
    column = _ROOT if canonical else outlets.c.id
    found = conn.execute(select(column).where(outlets.c.name == name)).scalar()
    if found is None:
        found = conn.execute(select(column).where(outlets.c.folded == fold(name)).order_by(outlets.c.id)).scalar()
    if found is None:
        raise NotFound(f"no outlet named {name!r}")
    return found


def countries(conn: Connection) -> list[str]:
    query = select(outlets.c.country).where(outlets.c.country.is_not(None), outlets.c.merged_into.is_(None))
    return list(conn.execute(query.distinct().order_by(outlets.c.country)).scalars())


def history(conn: Connection, outlet_id: int | None = None, limit: int | None = 50) -> list[OutletMerge]:
    """Merges, the latest first; of one outlet: those of it and into it."""
    merged, into = outlets.alias(), outlets.alias()
    query = select(outlet_merges, merged.c.name.label("outlet"), into.c.name.label("into")).select_from(
        outlet_merges.join(merged, merged.c.id == outlet_merges.c.outlet_id).join(
            into, into.c.id == outlet_merges.c.into_id
        )
    )
    if outlet_id is not None:
        query = query.where(or_(outlet_merges.c.outlet_id == outlet_id, outlet_merges.c.into_id == outlet_id))
    rows = conn.execute(query.order_by(outlet_merges.c.id.desc()).limit(limit)).all()
    fields = ("id", "outlet", "into", "outlet_id", "into_id", "reason", "merged_by", "merged_at", "undone_by",
              "undone_at")  # fmt: skip
    return [OutletMerge(**{f: getattr(r, f) for f in fields}) for r in rows]


# -- writing -------------------------------------------------------------------------------------------


def merge(conn: Connection, keep: int, drop: int, by: Identity | str, reason: str = "merged by a person") -> None:
    """Merge outlet `drop` (and the variants merged into it) into `keep`. Both must stand for themselves now: a
    merge made meanwhile by someone else is never undone or overwritten by this one (OutletConflict)."""
    by = recorded(by, StoreError)
    if keep == drop:
        raise StoreError(f"cannot merge outlet {keep} with itself")
    _lock(conn)
    rows = {
        r.id: r
        for r in conn.execute(
            select(outlets.c.id, outlets.c.name, outlets.c.merged_into, outlets.c.canonical_id).where(
                outlets.c.id.in_((keep, drop))
            )
        )
    }
    for outlet_id in (keep, drop):
        if outlet_id not in rows:
            raise NotFound(f"no outlet with id {outlet_id}")
        if rows[outlet_id].merged_into is not None:
            root = rows[outlet_id].canonical_id
            into = conn.execute(select(outlets.c.name).where(outlets.c.id == root)).scalar()
            last = _active_merge(conn, outlet_id)
            who = f" by {last.merged_by} at {last.merged_at:%Y-%m-%d %H:%M}" if last else ""
            raise OutletConflict(
                f"outlet {rows[outlet_id].name!r} (#{outlet_id}) was merged into {into!r} (#{root}){who}; "
                f"reload, and merge into {into!r} or undo that merge first"
            )
    now = datetime.now(UTC)
    conn.execute(update(outlets).where(outlets.c.id == drop).values(merged_into=keep, canonical_id=keep))
    conn.execute(update(outlets).where(outlets.c.canonical_id == drop).values(canonical_id=keep))
    # the kept outlet's country and kind win; the merged one's fill what it lacks
    gone = conn.execute(select(outlets.c.country, outlets.c.kind).where(outlets.c.id == drop)).one()
    conn.execute(update(outlets).where(outlets.c.id == keep, outlets.c.country.is_(None)).values(country=gone.country))
    conn.execute(update(outlets).where(outlets.c.id == keep, outlets.c.kind.is_(None)).values(kind=gone.kind))
    conn.execute(insert(outlet_merges).values(outlet_id=drop, into_id=keep, reason=reason, merged_by=by, merged_at=now))
    move_suggestions(conn, keep, drop, outlet_suggestions)


def _active_merge(conn: Connection, outlet_id: int):
    query = select(outlet_merges).where(outlet_merges.c.outlet_id == outlet_id, outlet_merges.c.undone_at.is_(None))
    return conn.execute(query.order_by(outlet_merges.c.id.desc()).limit(1)).first()


def unmerge(conn: Connection, outlet_id: int, by: Identity | str) -> int:
    """Undo the merge of `outlet_id`: it stands for itself again, with the variants merged into it; returns the
    outlet it had been merged into. A merged pair's suggestion becomes rejected: it is not suggested again."""
    by = recorded(by, StoreError)
    _lock(conn)
    row = conn.execute(select(outlets.c.name, outlets.c.merged_into).where(outlets.c.id == outlet_id)).first()
    if row is None:
        raise NotFound(f"no outlet with id {outlet_id}")
    if row.merged_into is None:
        raise OutletConflict(f"outlet {row.name!r} (#{outlet_id}) is not merged into another (undone meanwhile?)")
    parent = row.merged_into
    root = conn.execute(select(_ROOT).where(outlets.c.id == outlet_id)).scalar_one()
    conn.execute(update(outlets).where(outlets.c.id == outlet_id).values(merged_into=None, canonical_id=None))
    # the rows under the old root: those whose chain of merges passes through this outlet follow it
    family = dict(conn.execute(select(outlets.c.id, outlets.c.merged_into).where(outlets.c.canonical_id == root)).all())
    family[outlet_id] = None
    for member in family:
        top = member
        while family.get(top) is not None and top != outlet_id:
            top = family[top]
        if top == outlet_id and member != outlet_id:
            conn.execute(update(outlets).where(outlets.c.id == member).values(canonical_id=outlet_id))
    now = datetime.now(UTC)
    conn.execute(
        update(outlet_merges)
        .where(outlet_merges.c.outlet_id == outlet_id, outlet_merges.c.undone_at.is_(None))
        .values(undone_by=by, undone_at=now)
    )
    a, b = min(outlet_id, parent), max(outlet_id, parent)
    conn.execute(
        update(outlet_suggestions)
        .where(outlet_suggestions.c.a_id == a, outlet_suggestions.c.b_id == b)
        .values(status="rejected", decided_by=by, decided_at=now)
    )
    return parent


def edit(conn: Connection, outlet_id: int, by: Identity | str, *, country: str | None, kind: str | None) -> None:
    """Set an outlet's country and kind (blank clears); merged-away outlets are edited through their outlet."""
    by = recorded(by, StoreError)
    if kind is not None and kind.strip() and kind.strip() not in KINDS:
        raise StoreError(f"kind must be one of {', '.join(KINDS)} (or blank), got {kind!r}")
    _lock(conn)
    row = conn.execute(select(outlets.c.name, outlets.c.merged_into).where(outlets.c.id == outlet_id)).first()
    if row is None:
        raise NotFound(f"no outlet with id {outlet_id}")
    if row.merged_into is not None:
        raise OutletConflict(f"outlet {row.name!r} (#{outlet_id}) was merged into another: edit that one")
    conn.execute(
        update(outlets)
        .where(outlets.c.id == outlet_id)
        .values(country=(country or "").strip() or None, kind=(kind or "").strip() or None, edited_by=by)
    )


# -- suggestions ---------------------------------------------------------------------------------------


def _initials(name: str) -> str:
    words = [w for w in canonical.plain(name).split() if w not in _SMALL_WORDS]
    return "".join(w[0] for w in words)


def similarity(a: str, b: str, lexicon: Lexicon) -> tuple[float, str] | None:
    """(score 0-100, reason) when two outlet names may be one outlet; None when not worth asking."""
    listed_a, listed_b = lexicon.outlets.get(a), lexicon.outlets.get(b)
    if listed_a is not None and listed_a == listed_b:
        return 100.0, f"listed as one outlet in data/outlets.csv ({listed_a.name})"
    if listed_a is not None and listed_b is not None:
        return None  # two listed outlets are two outlets
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return 100.0, "the same name but for case, accents, punctuation or 'the'"
    for short, long in ((a, b), (b, a)):
        letters = re.sub(r"[^A-Za-z]", "", short)
        if short.strip() == short.strip().upper() and 2 <= len(letters) <= 6 and letters.lower() == _initials(long):
            return 95.0, "initials of the other"
    wa, wb = fa.split(), fb.split()
    shorter, longer = sorted((wa, wb), key=len)
    if len(shorter) >= 2 and set(shorter) <= set(longer):
        return 80.0 + 20.0 * len(shorter) / len(longer) - 1, "one name within the other"
    # spelling, also against the other names data/outlets.csv gives a listed outlet ("Fraance-Presse" ~ "France-Presse")
    pairs = [(x, y) for x in _names(a, listed_a) for y in _names(b, listed_b)]
    score, x, y = max((fuzz.ratio(fold(x), fold(y)), x, y) for x, y in pairs)
    near = next((n for n in (x, y) if n not in (a, b)), "")
    if score >= SIMILAR:
        return score, "similar spelling" + (f" to {near!r}, its name in data/outlets.csv" if near else "")
    return None


def _names(name: str, listed) -> tuple[str, ...]:
    return (name, *_listed_names(str(data_dir())).get(listed.name, ())) if listed is not None else (name,)


@cache
def _listed_names(_directory: str) -> dict[str, tuple[str, ...]]:
    """{listed outlet: its name and aliases} of data/outlets.csv (keyed by the data folder, as the lexicon)."""
    return {row["name"]: tuple(_all_names(row)) for _, row in read_rows(data_dir() / "outlets.csv", ("name",))}


def refresh_suggestions(conn: Connection, lexicon: Lexicon) -> int:
    """Record the pairs of outlets (standing for themselves) worth asking about, once per pair: a rejected pair is
    never suggested again. Returns how many were new. Candidates come from indexes (rapidfuzz's cdist over every
    name and listed alias, initials, shared words, data/outlets.csv), not from comparing every pair in Python."""
    _lock(conn)
    adopt(conn, lexicon)
    before = conn.execute(select(func.count()).select_from(outlet_suggestions)).scalar_one()
    active = conn.execute(select(outlets.c.id, outlets.c.name).where(outlets.c.merged_into.is_(None))).all()
    for i, j in sorted(_candidates([r.name for r in active], lexicon)):
        found = similarity(active[i].name, active[j].name, lexicon)
        if found is not None:
            suggest(conn, active[i].id, active[j].id, found[0], found[1], outlet_suggestions)
    return conn.execute(select(func.count()).select_from(outlet_suggestions)).scalar_one() - before


def _candidates(names: list[str], lexicon: Lexicon) -> set[tuple[int, int]]:
    """Index pairs (i < j) that `similarity` may accept: a superset, cheap to find."""
    pairs: set[tuple[int, int]] = set()

    def add(group: Iterable[int]) -> None:
        ids = sorted(set(group))
        pairs.update((a, b) for a, b in combinations(ids, 2))

    spelled, owner, by_listed, by_initials, by_word = [], [], {}, {}, {}
    for i, name in enumerate(names):
        listed = lexicon.outlets.get(name)
        if listed is not None:
            by_listed.setdefault(listed, []).append(i)
        for n in _names(name, listed):
            spelled.append(fold(n))
            owner.append(i)
        by_initials.setdefault(_initials(name), []).append(i)
        for word in set(fold(name).split()):
            by_word.setdefault(word, set()).add(i)
    for group in by_listed.values():
        add(group)
    scores = cdist(spelled, spelled, scorer=fuzz.ratio, score_cutoff=SIMILAR - 1, workers=1)
    for a, b in zip(*scores.nonzero(), strict=True):
        if owner[a] < owner[b]:
            pairs.add((owner[a], owner[b]))
    for i, name in enumerate(names):
        letters = re.sub(r"[^A-Za-z]", "", name)
        if name.strip() == name.strip().upper() and 2 <= len(letters) <= 6:
            add((i, *by_initials.get(letters.lower(), ())))
        words = set(fold(name).split())
        if len(words) >= 2:  # the outlets whose names hold every word of this one
            holding = set.intersection(*(by_word[w] for w in words))
            pairs.update((min(i, k), max(i, k)) for k in holding if k != i)
    return {p for p in pairs if p[0] != p[1]}


def suggestions(
    conn: Connection, lexicon: Lexicon, status: str | None = "open", ids: tuple[int, ...] = ()
) -> list[OutletSuggestion]:
    query = select(outlet_suggestions)
    if status:
        query = query.where(outlet_suggestions.c.status == status)
    if ids:
        query = query.where(outlet_suggestions.c.id.in_(ids))
    rows = conn.execute(query.order_by(outlet_suggestions.c.score.desc(), outlet_suggestions.c.id)).all()
    wanted = {i for r in rows for i in (r.a_id, r.b_id)}
    everyone = {o.id: o for o in listing(conn, lexicon, ids=tuple(wanted), limit=None)} if wanted else {}
    if status != "open" and wanted - set(everyone):  # decided pairs may name merged-away outlets
        for r in conn.execute(select(outlets).where(outlets.c.id.in_(wanted - set(everyone)))):
            everyone[r.id] = StoredOutlet(
                r.id, r.name, r.country, r.kind, lexicon.outlets.get(r.name) is not None, 0, None, None
            )
    return [
        OutletSuggestion(
            r.id, everyone[r.a_id], everyone[r.b_id], r.score, r.reason, r.status, r.decided_by, r.decided_at
        )
        for r in rows
        if r.a_id in everyone and r.b_id in everyone
    ]


def decide(conn: Connection, lexicon: Lexicon, suggestion_id: int, by: Identity | str, *, accept: bool) -> int | None:
    """Accept (merge: the listed outlet stays, else the one with more statements, else the older) or reject a
    suggestion; returns the outlet kept when accepted."""
    _lock(conn)
    row = decided(conn, suggestion_id, by, accept=accept, table=outlet_suggestions)
    if not accept:
        return None
    a, b = (listing(conn, lexicon, ids=(i,), limit=1) for i in (row.a_id, row.b_id))
    if not a or not b:
        raise OutletConflict(f"merge suggestion {suggestion_id}: one of its outlets was merged away meanwhile")
    keep, drop = sorted((a[0], b[0]), key=lambda o: (not o.listed, -o.statement_count, o.id))
    merge(conn, keep.id, drop.id, by, reason=f"suggestion {suggestion_id}: {row.reason}")
    return keep.id
