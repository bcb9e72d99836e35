"""The Outlets page under AppTest: the list with its filters and pages, an outlet's link to Quotes, merging,
undoing, suggestions, editing country and kind; in team mode only an editor writes, checked at the write."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from test_dashboard import metric, name_reviewer, ok, run, template, url  # noqa: F401 - fixtures: the seeded store
from test_dashboard_team import ED, LABEL, RITA, VERA, demote, roles, signed_in  # noqa: F401 - the roles fixture
from test_store_outlets import ARTICLES

from attribution.store import Store

PAGE = "views/outlets.py"
COLUMNS = {"outlet", "statements", "listed", "also written", "quotes"}


def table_of(at):
    """The Quotes page's statements table."""
    return next(d.value for d in at.dataframe if {"statement", "outlet"} <= set(d.value.columns))


def table(at, key: str):
    """The outlets table (Streamlit keeps a table's key only when rows are selectable: found by its columns)."""
    assert key == "ol_table"
    return next(d.value for d in at.dataframe if set(d.value.columns) >= COLUMNS)


@pytest.fixture
def store(url: str):  # noqa: F811
    with Store(url) as s:
        s.ingest(ARTICLES)
        yield s


def page(name: str | None = "Ana") -> object:
    at = run(PAGE)
    return name_reviewer(at, name) if name else at


def test_the_list_filters_pages_and_links_to_quotes(store: Store) -> None:
    at = page()
    listed = table(at, "ol_table")
    assert len(listed) == store.count_outlets() and listed["outlet"].iloc[0] == store.outlets(limit=1)[0].name
    courier = listed[listed["outlet"] == "Halden Courier"].iloc[0]
    assert courier["statements"] == 3 and courier["listed"] == "met in text"
    assert courier["also written"] == "the Halden Courier"
    link = parse_qs(urlsplit(courier["quotes"]).query)
    assert link["outlet"] == ["Halden Courier"]
    at.text_input(key="ol_search").input("halden").run()
    ok(at)
    assert set(table(at, "ol_table")["outlet"]) == {"Halden Courier", "Halden Kurier"}
    at.selectbox(key="ol_listed").select("listed in data/outlets.csv").run()
    assert at.info and "No outlet matches" in at.info[0].value
    at.text_input(key="ol_search").input("").run()
    assert set(table(at, "ol_table")["listed"]) == {"data/outlets.csv"}
    at.selectbox(key="ol_listed").select("any").run()
    at.selectbox(key="ol_page_size").select(25).run()
    assert len(table(at, "ol_table")) == min(25, store.count_outlets())


def test_the_link_to_quotes_counts_the_variants_merged_in(store: Store) -> None:
    store.merge_outlets(store.outlet_named("Halden Courier").id, store.outlet_named("Halden Kurier").id, "Ana")
    listed = table(page(), "ol_table").set_index("outlet")
    params = {k: v[0] for k, v in parse_qs(urlsplit(listed.loc["Halden Courier", "quotes"]).query).items()}
    at = run(None, params)
    assert metric(at, "Matching statements") == listed.loc["Halden Courier", "statements"] == 4
    assert at.multiselect(key="f_outlets").value == ["Halden Courier"]
    assert set(table_of(at)["outlet"]) == {"Halden Courier"}  # the engine's "Halden Kurier" shows its outlet's name


def test_merge_then_undo(store: Store) -> None:
    courier, kurier = store.outlet_named("Halden Courier"), store.outlet_named("Halden Kurier")
    at = page()
    at.selectbox(key="ol_keep").select(courier.id)
    at.multiselect(key="ol_drop").select(kurier.id)
    at.button(key="ol_merge").click().run()
    ok(at)
    assert at.success and "Merged 1 outlet" in at.success[0].value
    assert store.outlet(courier.id).statement_count == 4
    assert store.outlet_merges(courier.id)[0].merged_by == "Ana"
    row = table(at, "ol_table").set_index("outlet").loc["Halden Courier"]
    assert row["statements"] == 4 and "Halden Kurier" in row["also written"]
    at.selectbox(key="ol_pick").select(courier.id).run()
    [merge] = [m for m in store.outlet_merges(courier.id) if m.outlet == "Halden Kurier"]
    at.button(key=f"ol_undo_{merge.id}").click().run()
    ok(at)
    assert store.outlet(kurier.id).statement_count == 1 and store.outlet(courier.id).statement_count == 3


def test_a_merge_made_meanwhile_is_reported_not_overwritten(store: Store) -> None:
    courier, kurier = store.outlet_named("Halden Courier"), store.outlet_named("Halden Kurier")
    kommersant = store.outlet_named("Kommersant")
    at = page()
    at.selectbox(key="ol_keep").select(kommersant.id)
    at.multiselect(key="ol_drop").select(kurier.id)
    store.merge_outlets(courier.id, kurier.id, "Bob")  # another desk member, after the page was drawn
    at.button(key="ol_merge").click().run()
    ok(at)
    assert "was merged into" in at.error[0].value and "by Bob" in at.error[0].value
    assert store.outlet_named("Halden Kurier").id == courier.id


def test_suggestions_and_editing(store: Store) -> None:
    at = page()
    at.button(key="ol_refresh").click().run()
    ok(at)
    pairs = {frozenset((s.a.name, s.b.name)): s for s in store.outlet_suggestions()}
    spelled = pairs[frozenset(("Agence France-Presse", "Fraance-Presse"))]
    kurier = pairs[frozenset(("Halden Courier", "Halden Kurier"))]
    at.button(key=f"ol_accept_{spelled.id}").click().run()
    at.button(key=f"ol_reject_{kurier.id}").click().run()
    ok(at)
    decided = {s.id: s for s in store.outlet_suggestions(None)}
    assert decided[spelled.id].status == "accepted" and decided[kurier.id].status == "rejected"
    assert store.outlet_named("Fraance-Presse").name == "Agence France-Presse"
    courier = store.outlet_named("Halden Courier")
    at.selectbox(key="ol_pick").select(courier.id).run()
    at.text_input(key=f"ol_country_{courier.id}").input("Norway")
    at.selectbox(key=f"ol_kind_{courier.id}").select("newspaper")
    at.button(key=f"ol_save_{courier.id}").click().run()
    ok(at)
    edited = store.outlet(courier.id)
    assert (edited.country, edited.kind, edited.edited_by) == ("Norway", "newspaper", "Ana")


def test_writes_wait_for_a_name_on_a_single_user_store(store: Store) -> None:
    at = page(name=None)
    assert at.button(key="ol_merge").disabled and at.text_input(key="reviewer_input")


# (who, sees the controls and writes)
TEAM = [(VERA, False), (RITA, False), (ED, True)]


@pytest.mark.parametrize(("user", "controls"), TEAM, ids=["viewer", "reviewer", "editor"])
def test_team_mode_writes_are_an_editors(store: Store, roles: Path, user: dict, controls: bool) -> None:  # noqa: F811
    at = signed_in(user, PAGE)
    keys = {b.key for b in at.button}
    assert ("ol_merge" in keys) == controls and ("ol_refresh" in keys) == controls
    assert len(table(at, "ol_table")) == store.count_outlets()  # everyone reads
    if controls:
        courier, kurier = store.outlet_named("Halden Courier"), store.outlet_named("Halden Kurier")
        at.selectbox(key="ol_keep").select(courier.id)
        at.multiselect(key="ol_drop").select(kurier.id)
        at.button(key="ol_merge").click().run()
        ok(at)
        assert store.outlet_merges(courier.id)[0].merged_by == LABEL["ed"]


def test_a_demoted_editors_click_records_nothing(store: Store, roles: Path) -> None:  # noqa: F811
    courier, kurier = store.outlet_named("Halden Courier"), store.outlet_named("Halden Kurier")
    at = signed_in(ED, PAGE)
    at.selectbox(key="ol_keep").select(courier.id)
    at.multiselect(key="ol_drop").select(kurier.id)
    demote(roles, ED["email"])
    at.button(key="ol_merge").click().run()
    ok(at)
    assert "needs the editor role" in at.error[0].value
    assert store.outlet_named("Halden Kurier").id == kurier.id


def test_the_page_works_on_postgresql(postgresql_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(postgresql_url) as pg:
        pg.ingest(ARTICLES)
        monkeypatch.setenv("DATABASE_URL", postgresql_url)
        at = page()
        assert len(table(at, "ol_table")) == pg.count_outlets() == 5
        at.selectbox(key="ol_order").select("last_seen").run()
        assert table(at, "ol_table")["outlet"].iloc[0] == "Halden Kurier"
        courier, kurier = pg.outlet_named("Halden Courier"), pg.outlet_named("Halden Kurier")
        at.selectbox(key="ol_keep").select(courier.id)
        at.multiselect(key="ol_drop").select(kurier.id)
        at.button(key="ol_merge").click().run()
        ok(at)
        assert pg.outlet(courier.id).statement_count == 4 and not at.error
