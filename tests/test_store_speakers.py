"""Canonical speakers in the store (SQLite and PostgreSQL): one entity per person across articles, merge
suggestions a person accepts or rejects, manual merges and reconciling after the knowledge base changes."""

from __future__ import annotations

import shutil

import pytest

from attribution import Article
from attribution.store import NotFound, StatementFilter, Store, StoreError
from conftest import ROOT

ARTICLES = [
    Article("k1", "Sergei Lavrov said that the talks would continue.\nZelenskiy said that Kyiv was ready."),
    Article("k2", "Volodymyr Zelenskyy said that the delegation would travel.\n"
            "Erdogan said that Istanbul would host the meeting."),
    Article("k3", "Turkish President Recep Tayyip Erdoğan said that the talks were useful.\n"
            "Sergey Lavrov said that Moscow was ready."),
    Article("k4", "Ukrainian Deputy Minister Andrii Tovkach said that the grain corridor was open.\n"
            "Andriy Tovkach said that ships were moving.\nOlena Zelenska said that children must come home."),
    Article("k5", "Tavo Relkin said that the border is closed.\nTavo Relkyn said that the border would reopen."),
]  # fmt: skip


@pytest.fixture
def store(store_url: str):
    with Store(store_url) as s:
        s.ingest(ARTICLES)
        yield s


def _entity(store: Store, name: str):
    [found] = [e for e in store.speaker_entities(limit=None) if e.name == name]
    return found


def test_one_entity_per_person_across_articles(store: Store) -> None:
    counts = dict(store.facet_counts(StatementFilter(), "speaker", limit=None))
    assert counts["Sergey Lavrov"] == 2 and counts["Volodymyr Zelensky"] == 2 and counts["Recep Tayyip Erdoğan"] == 2
    assert counts["Andrii Tovkach"] == 2  # "Andriy" folds to the same name: merged without asking
    assert counts["Olena Zelenska"] == 1  # not Zelensky
    lavrov = _entity(store, "Sergey Lavrov")
    assert lavrov.known and lavrov.statement_count == 2 and lavrov.country == "Russia"
    assert {s.speaker_id for s in store.statements(StatementFilter(speakers=("Sergey Lavrov",)))} == {lavrov.id}
    assert [e.name for e in store.speaker_entities("erdogan")] == ["Recep Tayyip Erdoğan"]  # accents ignored
    assert [e.name for e in store.speaker_entities("Zelenskyy")] == ["Volodymyr Zelensky"]  # by alias


def test_a_borderline_pair_is_suggested_and_merged_when_accepted(store: Store) -> None:
    [suggestion] = [s for s in store.merge_suggestions() if {s.a.name, s.b.name} == {"Tavo Relkin", "Tavo Relkyn"}]
    assert 80 <= suggestion.score < 92 and "similar spelling" in suggestion.reason
    assert not any({s.a.name, s.b.name} == {"Olena Zelenska", "Volodymyr Zelensky"} and s.score >= 92
                   for s in store.merge_suggestions())  # fmt: skip
    kept = store.accept_merge(suggestion.id, "ann")
    assert kept.statement_count == 2 and {kept.name, *kept.aliases} == {"Tavo Relkin", "Tavo Relkyn"}
    assert store.merge_suggestions("accepted")[0].decided_by == "ann"
    assert dict(store.facet_counts(StatementFilter(), "speaker", limit=None))[kept.name] == 2
    gone = suggestion.a.id if suggestion.a.id != kept.id else suggestion.b.id
    with pytest.raises(NotFound):
        store.speaker_entity(gone)
    with pytest.raises(StoreError, match="already accepted"):
        store.reject_merge(suggestion.id, "bob")


def test_a_rejected_pair_is_never_suggested_again(store: Store) -> None:
    [suggestion] = [s for s in store.merge_suggestions() if {s.a.name, s.b.name} == {"Tavo Relkin", "Tavo Relkyn"}]
    store.reject_merge(suggestion.id, "ann")
    assert store.reconcile_speakers() == (0, 0)
    store.ingest([Article("k6", "Tavo Relkyn said that the ferry was late.")])
    assert all({s.a.name, s.b.name} != {"Tavo Relkin", "Tavo Relkyn"} for s in store.merge_suggestions())
    assert _entity(store, "Tavo Relkyn").statement_count == 2


@pytest.mark.parametrize("reviewer", ["", "  "])
def test_a_merge_decision_needs_a_name(store: Store, reviewer: str) -> None:
    suggestion = store.merge_suggestions()[0]
    with pytest.raises(StoreError, match="reviewer's name"):
        store.accept_merge(suggestion.id, reviewer)


def test_manual_merge_and_its_errors(store: Store) -> None:
    zelensky, zelenska = _entity(store, "Volodymyr Zelensky"), _entity(store, "Olena Zelenska")
    with pytest.raises(StoreError, match="with itself"):
        store.merge_speakers(zelensky.id, zelensky.id)
    with pytest.raises(NotFound):
        store.merge_speakers(zelensky.id, 99999)
    with pytest.raises(NotFound):
        store.accept_merge(99999, "ann")
    merged = store.merge_speakers(zelensky.id, zelenska.id)  # a person may decide against the matcher
    assert merged.statement_count == 3 and "Olena Zelenska" in merged.aliases


def test_reconcile_after_the_knowledge_base_learns_a_spelling(store_url: str, tmp_path, monkeypatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("quotes.db*"))
    with Store(store_url) as store:
        store.ingest(ARTICLES[4:])
        assert len([e for e in store.speaker_entities(limit=None) if "Tavo" in e.name]) == 2
        with open(data / "speakers.csv", "a", encoding="utf-8") as f:
            f.write("Tavo Relkin,Tavo Relkyn,Minister,Norvanian government,Norvania\n")
        monkeypatch.setenv("ATTRIBUTION_DATA", str(data))
        merged, _ = store.reconcile_speakers()
        assert merged >= 1
        [tavo] = [e for e in store.speaker_entities(limit=None) if "Tavo" in e.name]
        assert tavo.known and tavo.statement_count == 2 and tavo.role == "Minister"
        assert store.merge_suggestions() == []  # the open suggestion was about the merged pair


# (case, the speaker another ingest created meanwhile, this ingest's, same entity)
RACES = [
    ("same name", ("John Smith", None, None), ("John Smith", None, None), True),
    ("accents and case", ("Türkiye", None, None), ("TURKIYE", None, None), True),
    ("same name and affiliation", ("Mary Jones", "Acme", "US"), ("Mary Jones", "acme", "US"), True),
    ("another affiliation", ("Mary Jones", "Acme", None), ("Mary Jones", "Globex", None), False),
    ("another name", ("John Smith", None, None), ("Jane Smith", None, None), False),
]


@pytest.mark.parametrize(("theirs", "ours", "same"), [r[1:] for r in RACES], ids=[r[0] for r in RACES])
def test_an_entity_created_by_another_ingest_meanwhile_is_used_not_duplicated(store_url: str, theirs, ours,
                                                                               same: bool) -> None:  # fmt: skip
    from attribution.engine import lexicons
    from attribution.store.speakers import Linker

    lex = lexicons.load()
    with Store(store_url) as store:
        with store.engine.connect() as conn:
            stale = Linker.load(conn, lex)  # read before the other ingest wrote; no begin(): its lock is not taken
        with store._write() as conn:
            theirs_linker = Linker.load(conn, lex)
            other = theirs_linker.entity_for(conn, *theirs, None)
            theirs_linker.flush(conn)  # a batch's new entities are written together, before its statements
        with store._write() as conn:
            mine = stale.entity_for(conn, *ours, None)
            assert stale.entity_for(conn, *ours, None) == mine
            stale.flush(conn)
        assert (mine == other) is same
        assert len(store.speaker_entities(limit=None)) == len({other, mine}) + _known(store)


def _known(store: Store) -> int:
    return sum(e.known for e in store.speaker_entities(limit=None))
