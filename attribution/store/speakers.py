"""Canonical speaker entities in the store: the knowledge base, linking mentions, merges and suggestions.

attribution.canonical decides; this module reads and writes the tables, inside the caller's transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Connection, Table, func, insert, or_, select, text, update
from sqlalchemy.exc import IntegrityError

from .. import canonical
from ..access import Identity, recorded
from ..canonical import Entity, Matcher, SpeakerKind
from ..engine.lexicons import Lexicon, data_dir, read_rows
from ..errors import StoreError
from .records import MergeSuggestion, SpeakerEntity
from .schema import merge_suggestions, speaker_aliases, speakers, statements, store_meta

RETRIES = 3


class NotFound(StoreError):
    """No row with that id: it was never stored, or it was merged away."""


def sync_known_speakers(conn: Connection) -> None:
    """Make every speaker of data/speakers.csv an entity with its aliases; only when the file changed."""
    path = data_dir() / "speakers.csv"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if conn.dialect.name == "postgresql":  # two ingests starting together must not both add the speakers
        conn.execute(text("SELECT pg_advisory_xact_lock(4242002)"))
    if conn.execute(select(store_meta.c.value).where(store_meta.c.key == "speakers.csv")).scalar() == digest:
        return
    known = {
        canonical.fold(r.name): r.id
        for r in conn.execute(select(speakers.c.id, speakers.c.name).where(speakers.c.known, _active()))
    }
    for _, row in read_rows(path, ("name",)):
        values = dict(role=row.get("role") or None, affiliation=row.get("affiliation") or None,
                      country=row.get("country") or None)  # fmt: skip
        entity_id = known.get(canonical.fold(row["name"]))
        created = False
        if entity_id is None:
            entity_id, created = _insert_entity(conn, row["name"], SpeakerKind.PERSON, known=True, **values)
        if not created:  # listed before, or found under its key: the knowledge base has the last word
            conn.execute(update(speakers).where(speakers.c.id == entity_id).values(name=row["name"], known=True,
                                                                                   **values))  # fmt: skip
        for alias in (row["name"], *(a.strip() for a in row.get("aliases", "").split("|"))):
            add_alias(conn, entity_id, alias)
    _set_meta(conn, "speakers.csv", digest)


def _set_meta(conn: Connection, key: str, value: str) -> None:
    if conn.execute(update(store_meta).where(store_meta.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(store_meta).values(key=key, value=value))


def _active():
    return speakers.c.merged_into.is_(None)


def entity_key(name: str, kind: SpeakerKind, affiliation: str | None, country: str | None) -> str:
    """The normalised identity an entity is created under (unique in the store): two ingests creating one name
    with one affiliation and country at once make one entity, whatever either had read before."""
    parts = (kind.value, *(canonical.fold(v or "") for v in (name, affiliation, country)))
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def _insert_entity(
    conn: Connection, name: str, kind: SpeakerKind, *, known: bool = False, **values
) -> tuple[int, bool]:
    """Get or create: (entity id, created). When the key is taken (by another process meanwhile, or an entity made
    before the key existed), the entity holding it is used, or the one it was merged into."""
    key = entity_key(name, kind, values.get("affiliation"), values.get("country"))
    row = dict(name=name, kind=kind.value, known=known, created_at=datetime.now(UTC), key=key, **values)
    for _ in range(RETRIES):
        try:
            with conn.begin_nested():
                return conn.execute(insert(speakers).values(**row)).inserted_primary_key[0], True
        except IntegrityError:
            found = conn.execute(select(speakers.c.id).where(speakers.c.key == key)).scalar()
            if found is not None:
                return _follow(conn, found), False
    raise StoreError(f"could not create the speaker {name!r}: its key stays taken by an entity that cannot be read")


def add_alias(conn: Connection, entity_id: int, alias: str) -> None:
    folded = canonical.fold(alias)
    if not folded:
        return
    exists = select(speaker_aliases.c.id).where(
        speaker_aliases.c.speaker_id == entity_id, speaker_aliases.c.folded == folded
    )
    if conn.execute(exists).first() is None:
        conn.execute(insert(speaker_aliases).values(speaker_id=entity_id, alias=alias, folded=folded))


def load_matcher(conn: Connection, lexicon: Lexicon) -> Matcher:
    return Matcher.of(_entities_since(conn, 0, 0)[0], lexicon)


def _entities_since(
    conn: Connection, entity_id: int, alias_id: int
) -> tuple[list[Entity], list[tuple[int, str]], int, int]:
    """Active entities with ids above `entity_id`, the aliases above `alias_id` of the others, and the highest ids
    read: what other processes stored since a matcher was loaded."""
    # the highest ids first: a row stored while the rows are read is read now or by the next call, never lost
    last_entity = max(entity_id, conn.execute(select(func.max(speakers.c.id))).scalar() or 0)
    last_alias = max(alias_id, conn.execute(select(func.max(speaker_aliases.c.id))).scalar() or 0)
    aliases: dict[int, list[str]] = {}
    older: list[tuple[int, str]] = []
    query = select(speaker_aliases.c.id, speaker_aliases.c.speaker_id, speaker_aliases.c.alias).where(
        speaker_aliases.c.id > alias_id
    )
    for r in conn.execute(query):
        if r.speaker_id > entity_id:
            aliases.setdefault(r.speaker_id, []).append(r.alias)
        else:
            older.append((r.speaker_id, r.alias))
        last_alias = max(last_alias, r.id)
    rows = conn.execute(
        select(speakers.c.id, speakers.c.name, speakers.c.kind, speakers.c.affiliation, speakers.c.country).where(
            _active(), speakers.c.id > entity_id
        )
    ).all()
    found = [Entity(r.id, r.name, SpeakerKind(r.kind), tuple(aliases.get(r.id, ())), r.affiliation, r.country)
             for r in rows]  # fmt: skip
    return found, older, max([last_entity, *(e.id for e in found)]), last_alias


def _entity_by_id(conn: Connection, entity_id: int) -> Entity:
    r = conn.execute(select(speakers).where(speakers.c.id == entity_id)).one()
    aliases = conn.execute(select(speaker_aliases.c.alias).where(speaker_aliases.c.speaker_id == entity_id)).scalars()
    return Entity(r.id, r.name, SpeakerKind(r.kind), tuple(aliases), r.affiliation, r.country)


WRITERS_LOCK = 4242004  # PostgreSQL: ingest write transactions, one at a time (SQLite: BEGIN IMMEDIATE does it)


@dataclass
class Linker:
    """Links statements' speakers to entities during one ingest, creating entities and suggestions.

    Race-free with other ingests: each write transaction first takes the writers' lock (`begin`), then reads the
    entities and aliases stored since (by other processes), so a name another ingest has just created is linked to
    that entity, never created twice: the speakers equal those of one ingest of everything."""

    matcher: Matcher
    lexicon: Lexicon
    _cache: dict[tuple, int] = field(default_factory=dict)
    _outlets: set[str] = field(default_factory=set)
    _last_entity: int = 0  # the highest entity and alias ids the matcher has seen
    _last_alias: int = 0
    # a batch's writes, waiting for `flush`; `_keys`: entity keys read or created -> the entity holding each
    _pending_entities: list[dict] = field(default_factory=list)
    _pending_aliases: dict[tuple[int, str], str] = field(default_factory=dict)
    _pending_suggestions: dict[tuple[int, int], tuple[float, str]] = field(default_factory=dict)
    _keys: dict[str, int | None] = field(default_factory=dict)
    _next_id: int | None = None
    _entity_keys: dict[tuple, str] = field(default_factory=dict)
    _kinds: dict[str, SpeakerKind] = field(default_factory=dict)  # speaker_kind per name (a look-up in the lexicon)

    @classmethod
    def load(cls, conn: Connection, lexicon: Lexicon) -> Linker:
        entities, _, last_entity, last_alias = _entities_since(conn, 0, 0)
        return cls(Matcher.of(entities, lexicon), lexicon, _last_entity=last_entity, _last_alias=last_alias)

    def begin(self, conn: Connection) -> None:
        """At the start of a write transaction: wait for other ingests' writes, then take in their entities."""
        if conn.dialect.name == "postgresql":  # held to the transaction's end, as SQLite's write lock is
            conn.execute(text(f"SELECT pg_advisory_xact_lock({WRITERS_LOCK})"))
        since = _entities_since(conn, self._last_entity, self._last_alias)
        entities, aliases, self._last_entity, self._last_alias = since
        for e in entities:
            self.matcher.add(e)
        for entity_id, alias in aliases:
            if entity_id in self.matcher.entities:
                self.matcher.add_alias(entity_id, alias)
        if entities or aliases:
            self._cache.clear()  # a name decided before may now belong to one of them
        self._keys.clear()  # keys taken by other ingests since, or by known speakers: read again
        self._clear_pending()

    def reset(self, conn: Connection) -> None:
        """Start again from the store's entities (after a rollback took some this linker had created)."""
        fresh = Linker.load(conn, self.lexicon)
        self.matcher, self._last_entity, self._last_alias = fresh.matcher, fresh._last_entity, fresh._last_alias
        self._cache.clear()
        self._outlets.clear()
        self._keys.clear()
        self._clear_pending()

    def remember_outlet(self, conn: Connection, name: str) -> None:
        """Outlets statements were given to (store/outlets.py: a variant of a merged outlet joins it)."""
        if name in self._outlets:
            return
        from .outlets import register  # it imports this module

        register(conn, name, self.lexicon)
        self._outlets.add(name)

    def entity_for(
        self, conn: Connection, name: str, affiliation: str | None, country: str | None, role: str | None
    ) -> int:
        """The entity a statement's speaker stands for. A new entity, alias or suggestion waits in the batch's
        pending writes (`prepare` read the keys they may collide with; `flush` writes them before the statements)."""
        kind = self._kind(name)
        key = (name, kind, affiliation, country)
        if key in self._cache:
            return self._cache[key]
        decision = self.matcher.decide(name, kind=kind, affiliation=affiliation, country=country)
        entity_id = decision.entity_id
        if entity_id is None:
            entity_id, created = self._get_or_create(conn, name, kind, role, affiliation, country)
            self._alias(entity_id, name)
            if created:
                self.matcher.add(Entity(entity_id, name, kind, (), affiliation, country))
            elif entity_id in self.matcher.entities:
                self.matcher.add_alias(entity_id, name)
            else:  # created by another process since this matcher last read the store
                self.matcher.add(_entity_by_id(conn, entity_id))
        elif decision.new_alias:
            self._alias(entity_id, name)
            self.matcher.add_alias(entity_id, name)
        for s in decision.suggestions:
            a, b = min(entity_id, s.entity_id), max(entity_id, s.entity_id)
            if a != b:
                self._pending_suggestions.setdefault((a, b), (s.score, s.reason))
        self._cache[key] = entity_id
        return entity_id

    def prepare(self, conn: Connection, speakers_of: Iterable[tuple[str, str | None, str | None]]) -> None:
        """Before linking a batch's (name, affiliation, country)s: read the entities holding their keys, in one
        query, so that creating one is a lookup here and an insert in `flush`, not a savepoint and round trips."""
        wanted = {}
        for name, affiliation, country in dict.fromkeys(speakers_of):  # a speaker quoted twice is looked at once
            kind = self._kind(name)
            if (name, kind, affiliation, country) not in self._cache:
                wanted[self._key(name, kind, affiliation, country)] = None
        missing = [k for k in wanted if k not in self._keys]
        self._keys.update(dict.fromkeys(missing))  # free unless read below
        for i in range(0, len(missing), 500):  # bound the bind parameters of one statement
            query = select(speakers.c.key, speakers.c.id, speakers.c.merged_into).where(
                speakers.c.key.in_(missing[i : i + 500])
            )
            for r in conn.execute(query):
                self._keys[r.key] = r.id if r.merged_into is None else _follow(conn, r.merged_into)

    def _get_or_create(
        self, conn: Connection, name: str, kind: SpeakerKind, role, affiliation, country
    ) -> tuple[int, bool]:
        """As `_insert_entity`, the insert deferred to `flush`: the key's holder when one exists (read by `prepare`,
        or looked up now), else a new id. Other ingests wait for this transaction's writers' lock, so the key stays
        free until the flush; a known speaker added meanwhile (sync_known_speakers) fails the flush, which the
        caller's savepoint retries from a reset linker."""
        key = self._key(name, kind, affiliation, country)
        if key not in self._keys:
            found = conn.execute(select(speakers.c.id).where(speakers.c.key == key)).scalar()
            self._keys[key] = None if found is None else _follow(conn, found)
        if self._keys[key] is not None:
            return self._keys[key], False
        entity_id = self._new_id(conn)
        self._pending_entities.append(dict(id=entity_id, name=name, kind=kind.value, known=False,
                                           created_at=datetime.now(UTC), key=key, role=role,
                                           affiliation=affiliation, country=country))  # fmt: skip
        self._keys[key] = entity_id
        return entity_id, True

    def _kind(self, name: str) -> SpeakerKind:
        found = self._kinds.get(name)
        if found is None:
            found = self._kinds[name] = canonical.speaker_kind(name, self.lexicon)
        return found

    def _key(self, name: str, kind: SpeakerKind, affiliation: str | None, country: str | None) -> str:
        """`entity_key`, remembered for the run (folding a name is most of what linking one costs)."""
        found = self._entity_keys.get((name, kind, affiliation, country))
        if found is None:
            found = self._entity_keys[name, kind, affiliation, country] = entity_key(name, kind, affiliation, country)
        return found

    def _new_id(self, conn: Connection) -> int:
        if conn.dialect.name == "postgresql":
            return conn.execute(text("SELECT nextval(pg_get_serial_sequence('speakers', 'id'))")).scalar_one()
        # SQLite: this transaction holds the write lock, so the ids after the highest stay free until the flush
        if self._next_id is None:
            self._next_id = (conn.execute(select(func.max(speakers.c.id))).scalar() or 0) + 1
        self._next_id += 1
        return self._next_id - 1

    def _alias(self, entity_id: int, alias: str) -> None:
        folded = canonical.fold(alias)
        if folded:
            self._pending_aliases.setdefault((entity_id, folded), alias)

    def flush(self, conn: Connection) -> None:
        """Write the pending entities, aliases and suggestions: a few statements for the batch. An alias or
        suggestion already stored is left as it is (suggested once per pair: a rejected one stays rejected)."""
        if self._pending_entities:
            conn.execute(insert(speakers), self._pending_entities)
        if self._pending_aliases:
            have = _pairs(conn, speaker_aliases.c.speaker_id, speaker_aliases.c.folded, self._pending_aliases)
            rows = [dict(speaker_id=i, alias=a, folded=f) for (i, f), a in self._pending_aliases.items()
                    if (i, f) not in have]  # fmt: skip
            if rows:
                conn.execute(insert(speaker_aliases), rows)
        if self._pending_suggestions:
            have = _pairs(conn, merge_suggestions.c.a_id, merge_suggestions.c.b_id, self._pending_suggestions)
            now = datetime.now(UTC)
            rows = [dict(a_id=a, b_id=b, score=round(score, 1), reason=reason, status="open", created_at=now)
                    for (a, b), (score, reason) in self._pending_suggestions.items() if (a, b) not in have]  # fmt: skip
            if rows:
                conn.execute(insert(merge_suggestions), rows)
        self._clear_pending()

    def _clear_pending(self) -> None:
        self._pending_entities.clear()
        self._pending_aliases.clear()
        self._pending_suggestions.clear()
        self._next_id = None


def _pairs(conn: Connection, first, second, wanted: Iterable[tuple]) -> set[tuple]:
    """The (first, second) pairs of `wanted` already stored, read by their first values, 500 to a statement."""
    firsts = sorted({f for f, _ in wanted})
    have = set()
    for i in range(0, len(firsts), 500):
        have.update(tuple(r) for r in conn.execute(select(first, second).where(first.in_(firsts[i : i + 500]))))
    return have


def _follow(conn: Connection, found: int) -> int:
    """The entity `found` stands for now: itself, or the one it was merged into (following merges)."""
    while True:
        merged_into = conn.execute(select(speakers.c.merged_into).where(speakers.c.id == found)).scalar()
        if merged_into is None:
            return found
        found = merged_into


def suggest(conn: Connection, a: int, b: int, score: float, reason: str, table: Table = merge_suggestions) -> None:
    """Record a merge suggestion once per pair: a rejected pair is never suggested again. `table`: the speakers'
    merge_suggestions, or outlet_suggestions (store/outlets.py), of the same shape."""
    a, b = min(a, b), max(a, b)
    if a == b:
        return
    pair = select(table.c.id).where(table.c.a_id == a, table.c.b_id == b)
    if conn.execute(pair).first() is None:
        conn.execute(
            insert(table).values(
                a_id=a, b_id=b, score=round(score, 1), reason=reason, status="open", created_at=datetime.now(UTC)
            )
        )


def move_suggestions(conn: Connection, keep: int, drop: int, table: Table = merge_suggestions) -> None:
    """After `drop` was merged into `keep`: its open suggestions are superseded by the same about `keep`."""
    open_pairs = conn.execute(
        select(table).where(table.c.status == "open", or_(table.c.a_id == drop, table.c.b_id == drop))
    ).all()
    for s in open_pairs:
        conn.execute(update(table).where(table.c.id == s.id).values(status="superseded"))
        other = s.b_id if s.a_id == drop else s.a_id
        suggest(conn, keep, other, s.score, s.reason, table)


def merge(conn: Connection, keep: int, drop: int) -> None:
    """Fold entity `drop` into `keep`: its statements, aliases and open suggestions move; it stays as a pointer."""
    if keep == drop:
        raise StoreError(f"cannot merge speaker {keep} with itself")
    for entity_id in (keep, drop):
        entity(conn, entity_id)  # both must exist and be active
    conn.execute(update(statements).where(statements.c.speaker_id == drop).values(speaker_id=keep))
    for r in conn.execute(select(speaker_aliases.c.alias).where(speaker_aliases.c.speaker_id == drop)).all():
        add_alias(conn, keep, r.alias)
    conn.execute(update(speakers).where(speakers.c.id == drop).values(merged_into=keep))
    move_suggestions(conn, keep, drop)  # a suggestion about the merged-away entity is now about the one kept


def survivor(conn: Connection, a: int, b: int) -> tuple[int, int]:
    """(keep, drop): the knowledge-base entity, else the one with more statements, else the older."""
    ea, eb = entity(conn, a), entity(conn, b)
    rank = sorted((ea, eb), key=lambda e: (not e.known, -e.statement_count, e.id))
    return rank[0].id, rank[1].id


def entity(conn: Connection, entity_id: int) -> SpeakerEntity:
    found = entities(conn, ids=(entity_id,), limit=1)
    if not found:
        raise NotFound(f"no speaker with id {entity_id} (merged away, or never stored)")
    return found[0]


def entities(
    conn: Connection, *, search: str = "", ids: tuple[int, ...] = (), limit: int | None = 100
) -> list[SpeakerEntity]:
    n = (
        select(func.count())
        .where(statements.c.speaker_id == speakers.c.id, statements.c.retired.is_(False))
        .scalar_subquery()
    )
    query = select(speakers, n.label("n")).where(_active())
    if ids:
        query = query.where(speakers.c.id.in_(ids))
    if search.strip():
        folded = canonical.fold(search)
        matching = select(speaker_aliases.c.speaker_id).where(
            speaker_aliases.c.folded.contains(folded, autoescape=True)
        )
        query = query.where(
            or_(speakers.c.name.icontains(search.strip(), autoescape=True), speakers.c.id.in_(matching))
        )
    rows = conn.execute(query.order_by(n.desc(), speakers.c.name).limit(limit)).all()
    aliases: dict[int, list[str]] = {}
    alias_rows = conn.execute(
        select(speaker_aliases.c.speaker_id, speaker_aliases.c.alias)
        .where(speaker_aliases.c.speaker_id.in_([r.id for r in rows]))
        .order_by(speaker_aliases.c.id)
    )
    for r in alias_rows:
        aliases.setdefault(r.speaker_id, []).append(r.alias)
    return [
        SpeakerEntity(
            r.id,
            r.name,
            tuple(a for a in aliases.get(r.id, ()) if a != r.name),
            r.role,
            r.affiliation,
            r.country,
            r.n,
            r.kind,
            r.known,
        )
        for r in rows
    ]


def suggestions(conn: Connection, status: str | None = "open", ids: tuple[int, ...] = ()) -> list[MergeSuggestion]:
    query = select(merge_suggestions)
    if status:
        query = query.where(merge_suggestions.c.status == status)
    if ids:
        query = query.where(merge_suggestions.c.id.in_(ids))
    rows = conn.execute(query.order_by(merge_suggestions.c.score.desc(), merge_suggestions.c.id)).all()
    everyone = _all_entities(conn, {i for r in rows for i in (r.a_id, r.b_id)})
    return [
        MergeSuggestion(
            r.id, everyone[r.a_id], everyone[r.b_id], r.score, r.reason, r.status, r.decided_by, r.decided_at
        )
        for r in rows
        if r.a_id in everyone and r.b_id in everyone
    ]


def _all_entities(conn: Connection, ids: set[int]) -> dict[int, SpeakerEntity]:
    """Entities by id, merged-away ones included (a decided suggestion may name one)."""
    if not ids:
        return {}
    rows = conn.execute(select(speakers).where(speakers.c.id.in_(ids))).all()
    active = {e.id: e for e in entities(conn, ids=tuple(ids), limit=None)}
    return {r.id: active.get(r.id) or SpeakerEntity(r.id, r.name, (), r.role, r.affiliation, r.country, 0, r.kind,
                                                     r.known) for r in rows}  # fmt: skip


def decide(conn: Connection, suggestion_id: int, reviewer: Identity | str, *, accept: bool) -> None:
    row = decided(conn, suggestion_id, reviewer, accept=accept)
    if accept:
        merge(conn, *survivor(conn, row.a_id, row.b_id))


def decided(
    conn: Connection, suggestion_id: int, reviewer: Identity | str, *, accept: bool, table: Table = merge_suggestions
):
    """Record a person's decision on an open suggestion (of `table`, as `suggest`); returns its row."""
    reviewer = recorded(reviewer, StoreError)
    row = conn.execute(select(table).where(table.c.id == suggestion_id)).first()
    if row is None:
        raise NotFound(f"no merge suggestion with id {suggestion_id}")
    # only while open: of two people deciding at once, the second is told, never overwrites the first
    done = conn.execute(
        update(table)
        .where(table.c.id == suggestion_id, table.c.status == "open")
        .values(status="accepted" if accept else "rejected", decided_by=reviewer, decided_at=datetime.now(UTC))
    )
    if done.rowcount != 1:
        status = conn.execute(select(table.c.status).where(table.c.id == suggestion_id)).scalar()
        raise StoreError(f"merge suggestion {suggestion_id} is already {status}")
    return row


def reconcile(conn: Connection, lexicon: Lexicon) -> tuple[int, int]:
    """Compare every entity with the others: merge the strict matches, suggest the borderline ones.

    Returns (merged, suggested). Run after editing data/speakers.csv or data/name_folds.csv.
    """
    matcher = load_matcher(conn, lexicon)
    merged = suggested = 0
    before = conn.execute(select(func.count()).select_from(merge_suggestions)).scalar_one()
    for entity_id in sorted(matcher.entities):
        e = matcher.entities.get(entity_id)
        if e is None:  # merged away in this run
            continue
        decision = matcher.decide(e.name, kind=e.kind, affiliation=e.affiliation, country=e.country, exclude=e.id)
        if decision.entity_id is not None:
            keep, drop = survivor(conn, e.id, decision.entity_id)
            merge(conn, keep, drop)
            kept = matcher.entities[keep]
            matcher.remove(drop)
            matcher.add(Entity(keep, kept.name, kept.kind, (*kept.aliases, e.name, *e.aliases), kept.affiliation,
                               kept.country))  # fmt: skip
            merged += 1
        else:
            for s in decision.suggestions:
                suggest(conn, e.id, s.entity_id, s.score, s.reason)
    suggested = conn.execute(select(func.count()).select_from(merge_suggestions)).scalar_one() - before
    return merged, suggested
