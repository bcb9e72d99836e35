"""Relay outlets in the store (SQLite and PostgreSQL): listed with counts and dates, merged into one outlet with the
engine's words kept, found through any variant, unmerged, suggested for merging, edited; conflicting merges are
refused, never applied over each other.

The engine recognises only some outlets by itself (another part of the project widens that): these tests give each
statement the outlet name they need, as the engine would for text that names it so.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest

from attribution import Article, export, extract
from attribution.aids import article_fingerprint as fingerprint
from attribution.engine import lexicons
from attribution.store import NotFound, OutletConflict, StatementFilter, Store, StoreError
from attribution.store.ingest import Extracted
from attribution.store.outlets import fold, similarity

EVERY = StatementFilter()


def relayed(key: str, outlet: str, published: date, words: str = "the bridge would reopen") -> tuple:
    """An article whose one statement the engine gives to `outlet`, as (Article, Extracted)."""
    article = Article(key, f"Mayor Anna Berg told reporters that {words}.", published=published)
    [s] = extract(article.text, key)
    return article, Extracted((replace(s, outlet=outlet),), ((),), ((None, ()),), 0, None)


ARTICLES = [
    relayed("a1", "Halden Courier", date(2025, 3, 1)),
    relayed("a2", "Halden Courier", date(2025, 3, 9), "the ferry would run"),
    relayed("a3", "the Halden Courier", date(2025, 4, 2), "the school would open"),  # joins by itself
    relayed("a4", "Agence France-Presse", date(2025, 2, 1)),
    relayed("a5", "Fraance-Presse", date(2025, 5, 5), "the port was closed"),  # a misspelling: suggested
    relayed("a6", "Kommersant", date(2025, 1, 20)),
    relayed("a7", "Halden Kurier", date(2025, 6, 1), "taxes would fall"),
]


@pytest.fixture
def store(store_url: str):
    with Store(store_url) as s:
        s.ingest(ARTICLES)
        yield s


def _by_name(store: Store) -> dict:
    return {o.name: o for o in store.outlets(limit=None)}


def test_outlets_are_listed_with_counts_dates_and_whether_data_lists_them(store: Store) -> None:
    found = _by_name(store)
    assert set(found) == {"Halden Courier", "Agence France-Presse", "Fraance-Presse", "Kommersant", "Halden Kurier"}
    courier = found["Halden Courier"]
    assert courier.statement_count == 3 and courier.variants == ("the Halden Courier",)
    assert (courier.first_seen, courier.last_seen) == (date(2025, 3, 1), date(2025, 4, 2))
    assert not courier.listed and courier.country is None and courier.kind is None
    afp = found["Agence France-Presse"]
    assert afp.listed and (afp.country, afp.kind) == ("France", "agency") and afp.statement_count == 1
    assert [o.name for o in store.outlets(limit=2)] == ["Halden Courier", "Agence France-Presse"]  # most first
    assert [o.name for o in store.outlets(limit=2, offset=4)] == ["Kommersant"]
    assert [o.name for o in store.outlets(order="last_seen", limit=1)] == ["Halden Kurier"]
    assert store.count_outlets() == 5 and store.count_outlets(listed=False) == 3


# (search or filter, outlets found)
LISTINGS = [
    (dict(search="courier"), {"Halden Courier"}),
    (dict(search="the halden courier"), {"Halden Courier"}),  # a variant finds its outlet
    (dict(search="HALDEN"), {"Halden Courier", "Halden Kurier"}),
    (dict(search="nowhere"), set()),
    (dict(listed=True), {"Agence France-Presse", "Kommersant"}),
    (dict(country="France"), {"Agence France-Presse"}),
    (dict(kind="newspaper"), {"Kommersant"}),
    (dict(kind="newspaper", country="France"), set()),
]


@pytest.mark.parametrize(("query", "names"), LISTINGS, ids=[str(q) for q, _ in LISTINGS])
def test_listing_filters(store: Store, query: dict, names: set) -> None:
    assert {o.name for o in store.outlets(limit=None, **query)} == names
    assert store.count_outlets(**query) == len(names)


def test_a_merge_keeps_the_engines_words_and_every_read_gives_the_kept_name(store: Store) -> None:
    afp, variant = store.outlet_named("Agence France-Presse"), store.outlet_named("Fraance-Presse")
    kept = store.merge_outlets(afp.id, variant.id, "ann")
    assert kept.statement_count == 2 and kept.variants == ("Fraance-Presse",)
    assert kept.last_seen == date(2025, 5, 5)
    [s] = store.statements(StatementFilter(text="port was closed"))
    assert (s.outlet, s.extracted_outlet) == ("Agence France-Presse", "Fraance-Presse")
    assert export.stored_record(s)["outlet"] == "Agence France-Presse"
    for name in ("Agence France-Presse", "Fraance-Presse"):  # either name finds both
        assert store.count_statements(StatementFilter(outlets=(name,))) == 2
    counts = dict(store.facet_counts(EVERY, "outlet", limit=None))
    assert counts["Agence France-Presse"] == 2 and "Fraance-Presse" not in counts
    assert "Fraance-Presse" not in store.facet_values("outlet")
    assert "Fraance-Presse" not in _by_name(store)
    with pytest.raises(NotFound, match="merged into 'Agence France-Presse'"):
        store.outlet(variant.id)
    assert store.outlet_named("Fraance-Presse").id == afp.id
    [m] = store.outlet_merges(afp.id)
    assert (m.outlet, m.into, m.merged_by, m.undone_at) == ("Fraance-Presse", "Agence France-Presse", "ann", None)


def test_a_later_ingest_of_a_merged_variant_lands_on_its_outlet(store: Store) -> None:
    courier, kurier = store.outlet_named("Halden Courier"), store.outlet_named("Halden Kurier")
    store.merge_outlets(courier.id, kurier.id, "ann")
    store.ingest([relayed("b1", "Halden Kurier", date(2025, 7, 1), "the museum would close"),
                  relayed("b2", "halden kurier", date(2025, 7, 2), "the library would close")])  # fmt: skip
    for words in ("museum would close", "library would close"):
        [s] = store.statements(StatementFilter(text=words))
        assert s.outlet == "Halden Courier"
    assert store.outlet(courier.id).statement_count == 6
    assert store.count_statements(StatementFilter(outlets=("Halden Courier",))) == 6
    assert set(store.outlet(courier.id).variants) == {"the Halden Courier", "Halden Kurier", "halden kurier"}


def test_undo_a_merge(store: Store) -> None:
    courier, kurier = store.outlet_named("Halden Courier"), store.outlet_named("Halden Kurier")
    kommersant = store.outlet_named("Kommersant")
    store.merge_outlets(courier.id, kurier.id, "ann")
    store.merge_outlets(kommersant.id, courier.id, "bob")  # the courier, with its variants, into another
    assert store.outlet(kommersant.id).statement_count == 5
    assert store.count_statements(StatementFilter(outlets=("Halden Kurier",))) == 5
    back = store.unmerge_outlet(courier.id, "cy")
    assert back.statement_count == 4 and set(back.variants) == {"the Halden Courier", "Halden Kurier"}
    assert store.outlet(kommersant.id).statement_count == 1
    assert store.count_statements(StatementFilter(outlets=("Kommersant",))) == 1
    [s] = store.statements(StatementFilter(text="taxes would fall"))
    assert s.outlet == "Halden Courier"
    undone = [m for m in store.outlet_merges(courier.id) if m.outlet == "Halden Courier"]
    assert undone[0].undone_by == "cy" and undone[0].undone_at is not None
    with pytest.raises(OutletConflict, match="is not merged"):
        store.unmerge_outlet(courier.id, "cy")


def test_a_reviewed_statement_is_not_changed_by_a_merge(store: Store) -> None:
    [s] = store.statements(StatementFilter(text="port was closed"))
    store.save_review(s.id, expected_version=0, reviewer="ann", verdict="confirmed")
    store.merge_outlets(store.outlet_named("Agence France-Presse").id, store.outlet_named("Fraance-Presse").id, "a")
    after = store.statement(s.id)
    assert after.outlet == "Agence France-Presse" and after.changed_since_review == ()


def test_merge_errors(store: Store) -> None:
    courier, kurier = store.outlet_named("Halden Courier"), store.outlet_named("Halden Kurier")
    with pytest.raises(StoreError, match="with itself"):
        store.merge_outlets(courier.id, courier.id, "ann")
    with pytest.raises(NotFound):
        store.merge_outlets(courier.id, 99999, "ann")
    with pytest.raises(StoreError, match="name"):
        store.merge_outlets(courier.id, kurier.id, " ")
    store.merge_outlets(courier.id, kurier.id, "ann")
    # a page drawn before that merge: merging the variant again, or into it, is refused and says by whom
    with pytest.raises(OutletConflict, match=r"merged into 'Halden Courier'.*by ann"):
        store.merge_outlets(store.outlet_named("Kommersant").id, kurier.id, "bob")
    with pytest.raises(OutletConflict, match="merged into 'Halden Courier'"):
        store.merge_outlets(kurier.id, store.outlet_named("Kommersant").id, "bob")
    assert store.outlet(courier.id).statement_count == 4  # nothing moved


def test_two_people_merging_a_pair_opposite_ways_at_once(store: Store) -> None:
    a, b = store.outlet_named("Halden Courier").id, store.outlet_named("Halden Kurier").id
    barrier, outcomes = threading.Barrier(2), []

    def merge(keep: int, drop: int, who: str) -> None:
        barrier.wait()
        try:
            store.merge_outlets(keep, drop, who)
            outcomes.append("merged")
        except OutletConflict as e:
            outcomes.append(str(e))

    threads = [threading.Thread(target=merge, args=args) for args in ((a, b, "ann"), (b, a, "bob"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes)[0] == "merged" and "was merged into" in sorted(outcomes)[1]
    assert len([o for o in store.outlets(limit=None) if o.name in ("Halden Courier", "Halden Kurier")]) == 1


LEX = lexicons.load()
# (a, b, suggested, reason's words)
PAIRS = [
    ("AFP", "Agence France-Presse", True, "data/outlets.csv"),
    ("the Kyiv Independent", "Kyiv Independent", True, "data/outlets.csv"),
    ("The Halden Courier", "halden courier", True, "but for case"),
    ("HC", "Halden Courier", True, "initials"),
    ("BNN", "Baltic News Network", True, "initials"),
    ("Halden Courier", "Halden Courrier", True, "similar spelling"),
    ("Halden Courier", "Halden Courier Weekly", True, "within the other"),
    ("Kyiv Independent", "Kyiv Post", False, ""),  # two listed outlets are two outlets
    ("The Times", "The New York Times", False, ""),  # one word within another's name is not enough
    ("Halden Courier", "Oslo Courier", False, ""),
    ("HC", "Oslo Courier", False, ""),
    ("Kommersant", "Kommersant FM", False, ""),
]


@pytest.mark.parametrize(("a", "b", "suggested", "reason"), PAIRS, ids=[f"{a}~{b}" for a, b, *_ in PAIRS])
def test_which_pairs_are_suggested(a: str, b: str, suggested: bool, reason: str) -> None:
    found = similarity(a, b, LEX)
    assert (found is not None) == suggested
    if found:
        assert reason in found[1] and 80 <= found[0] <= 100
        assert similarity(b, a, LEX) == found


FOLDS = [("The Kyiv Independent", "kyiv independent"), ("Le Monde", "le monde"),
         ("Agence France-Presse", "agence france presse"), ("The", "the")]  # fmt: skip


@pytest.mark.parametrize(("name", "key"), FOLDS)
def test_fold(name: str, key: str) -> None:
    assert fold(name) == key


def test_suggestions_are_decided_once_and_a_rejected_pair_never_returns(store: Store) -> None:
    assert store.refresh_outlet_suggestions() >= 2
    pairs = {frozenset((s.a.name, s.b.name)): s for s in store.outlet_suggestions()}
    spelled = pairs[frozenset(("Agence France-Presse", "Fraance-Presse"))]
    kurier = pairs[frozenset(("Halden Courier", "Halden Kurier"))]
    assert frozenset(("Halden Courier", "Kommersant")) not in pairs
    kept = store.accept_outlet_merge(spelled.id, "ann")
    assert kept.name == "Agence France-Presse"  # the listed outlet stays, though it has fewer statements
    with pytest.raises(StoreError, match="already accepted"):
        store.reject_outlet_merge(spelled.id, "bob")
    store.reject_outlet_merge(kurier.id, "bob")
    assert store.refresh_outlet_suggestions() == 0
    assert store.outlet_suggestions() == []
    decided = {s.status for s in store.outlet_suggestions(None)}
    assert decided == {"accepted", "rejected"}
    with pytest.raises(NotFound):
        store.accept_outlet_merge(99999, "ann")


def test_a_suggestion_about_a_merged_outlet_moves_to_the_outlet_kept(store: Store) -> None:
    store.refresh_outlet_suggestions()
    courier, kommersant = store.outlet_named("Halden Courier"), store.outlet_named("Kommersant")
    store.merge_outlets(kommersant.id, courier.id, "ann")  # a person decides against the names
    [moved] = [s for s in store.outlet_suggestions() if "Halden Kurier" in (s.a.name, s.b.name)]
    assert {moved.a.name, moved.b.name} == {"Kommersant", "Halden Kurier"}


def test_edit_country_and_kind(store: Store) -> None:
    courier = store.outlet_named("Halden Courier")
    edited = store.edit_outlet(courier.id, "ann", country="Norway", kind="newspaper")
    assert (edited.country, edited.kind, edited.edited_by) == ("Norway", "newspaper", "ann")
    assert {o.name for o in store.outlets(country="Norway")} == {"Halden Courier"}
    assert store.outlet_countries() == ["France", "Norway", "Russia"]
    cleared = store.edit_outlet(courier.id, "ann", country=" ", kind="")
    assert (cleared.country, cleared.kind) == (None, None)
    with pytest.raises(StoreError, match="kind must be one of"):
        store.edit_outlet(courier.id, "ann", country=None, kind="blog")
    store.merge_outlets(store.outlet_named("Halden Kurier").id, courier.id, "ann")
    with pytest.raises(OutletConflict, match="edit that one"):
        store.edit_outlet(courier.id, "ann", country="Norway", kind=None)


def test_a_merge_survives_reopening_the_store(store_url: str) -> None:
    with Store(store_url) as s:
        s.ingest(ARTICLES)
        s.merge_outlets(s.outlet_named("Halden Courier").id, s.outlet_named("Halden Kurier").id, "ann")
    with Store(store_url) as s:
        assert s.outlet_named("Halden Kurier").name == "Halden Courier"
        assert s.count_statements(StatementFilter(outlets=("Halden Courier",))) == 4


def test_outlets_a_store_was_filled_with_by_another_program_are_adopted(store: Store) -> None:
    from sqlalchemy import update

    from attribution.store.schema import statements

    with store.engine.begin() as conn:  # as benchmarks/store_synthetic.py writes: no outlet row
        conn.execute(update(statements).where(statements.c.outlet == "Kommersant").values(outlet="Lantern Wire"))
    assert store.count_statements(StatementFilter(outlets=("Lantern Wire",))) == 1  # found before it has a row
    assert "Lantern Wire" not in _by_name(store)
    store.refresh_outlet_suggestions()
    assert _by_name(store)["Lantern Wire"].statement_count == 1


def test_migration_0013_stores_the_outlets_statements_name_and_their_keys(store_url: str) -> None:
    from alembic import command
    from sqlalchemy import create_engine, text
    from test_store_schema import _config

    with Store(store_url) as s:
        s.ingest(ARTICLES[:3])  # Halden Courier, and "the Halden Courier" merged into it by ingest
    engine = create_engine(store_url)
    try:
        with engine.begin() as conn:
            command.downgrade(_config(conn), "0012")
            conn.execute(text("UPDATE statements SET outlet = 'The Nowhere Post' WHERE outlet = 'Halden Courier'"))
            command.upgrade(_config(conn), "head")
            rows = dict(conn.execute(text("SELECT name, folded FROM outlets")).all())
            merged = conn.execute(text("SELECT count(*) FROM outlets WHERE merged_into IS NOT NULL")).scalar_one()
    finally:
        engine.dispose()
    assert rows == {"Halden Courier": "halden courier", "the Halden Courier": "halden courier",
                    "The Nowhere Post": "nowhere post"}  # fmt: skip
    assert merged == 0  # a merge is a person's (or ingest's) decision, never the migration's


def test_a_merge_makes_the_aids_count_the_outlets_names_as_one_source(store_url: str) -> None:
    words = "the bridge over the river would reopen to traffic in the spring once the repairs were done"
    reports = []
    for key, outlet, publisher, tail in [
        (
            "s1",
            "Halden Courier",
            "Daily Alpha",
            "Crews packed up their cranes on Monday. Shops on the east bank said trade had halved since the "
            "closure, and a ferry ran every twenty minutes in the meantime. Cyclists were told to use the rail bridge.",
        ),
        (
            "s2",
            "Halden Kurier",
            "Morning Beta",
            "Councillors meet again in May to set next year's budget. A school near the old toll house will "
            "get a new roof, and the library's opening hours go back to normal after the summer holidays.",
        ),
    ]:
        article, found = relayed(key, outlet, date(2025, 3, 1), words)
        # different articles, not copies of one (near-identical texts are one source whatever they cite)
        text = f"{article.text}\n{tail}"
        reports.append(
            (replace(article, text=text, publisher=publisher), replace(found, fingerprint=fingerprint(text)))
        )
    with Store(store_url) as store:
        store.ingest(reports)

        def sources() -> set[tuple[int, bool]]:
            return {(s.sources, s.single_source) for s in store.statements(limit=None)}

        assert sources() == {(2, False)}  # two outlets, as far as anyone has said
        courier, kurier = store.outlet_id("Halden Courier"), store.outlet_id("Halden Kurier")
        store.merge_outlets(courier, kurier, "ana")
        assert store.aids_status().up_to_date and sources() == {(1, True)}
        store.unmerge_outlet(kurier, "ana")
        assert store.aids_status().up_to_date and sources() == {(2, False)}
