"""Speakers linked per batch at ingest (store/speakers.py, `Linker.prepare`/`flush`), on SQLite and PostgreSQL:
a batch's new entities, aliases and merge suggestions are written together, without a savepoint per name, and the
store holds what linking one article at a time holds."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, event, select, update

from attribution import Article
from attribution.canonical import SpeakerKind
from attribution.store import Store
from attribution.store.schema import merge_suggestions, speaker_aliases, speakers, statements
from attribution.store.speakers import entity_key
from benchmarks.store_synthetic import articles as synthetic_articles


def _speakers_table(url: str) -> dict:
    """Speakers, aliases and suggestions by name (ids may differ between two stores), and who said what."""
    engine = create_engine(url)
    with engine.connect() as conn:
        name = {r.id: r.name for r in conn.execute(select(speakers.c.id, speakers.c.name))}
        out = {
            "speakers": sorted(
                (r.name, r.kind, r.role, r.affiliation, r.country, r.known, name.get(r.merged_into))
                for r in conn.execute(select(speakers))
            ),
            "aliases": sorted((name[r.speaker_id], r.alias) for r in conn.execute(select(speaker_aliases))),
            "suggestions": sorted(
                (*sorted((name[r.a_id], name[r.b_id])), r.score, r.reason, r.status)
                for r in conn.execute(select(merge_suggestions))
            ),
            "said": sorted(
                (r.key, name.get(r.speaker_id)) for r in conn.execute(select(statements.c.key, statements.c.speaker_id))
            ),
        }
    engine.dispose()
    return out


# Invented people: a full name, then the surname alone (joins it), a similar surname (suggested), and a
# name first seen with an affiliation and later without.
LINKED = [
    Article("a1", "“We are ready,” said Maren Tolvik, the port director.\nDaro Venk said the talks would go on."),
    Article("a2", "Tolvik said that the ships are waiting.\n“Nothing has changed,” Daro Venk said."),
    Article("a3", "“It is late,” said Karel Tolvic.\nMaren Tolvik said that the port stays open."),
    Article("a4", "Analyst Ilse Brandow said prices rose.\n“We will see,” Brandow said.\nVenk said no more."),
]


@pytest.mark.parametrize(
    "corpus",
    [
        pytest.param(LINKED, id="invented-names"),
        pytest.param(synthetic_articles(30, seed=11, quotes=4), id="synthetic"),
    ],
)
def test_a_batch_links_speakers_as_one_article_at_a_time_does(store_url: str, tmp_path, corpus) -> None:
    with Store(store_url) as batched:
        batched.ingest(corpus, batch_size=50)
    one_by_one = f"sqlite:///{tmp_path / 'one.db'}"
    with Store(one_by_one) as single:
        single.ingest(corpus, batch_size=1)
    assert _speakers_table(store_url) == _speakers_table(one_by_one)


def test_a_batch_of_new_speakers_costs_no_savepoint_or_insert_per_name(store_url: str) -> None:
    corpus = synthetic_articles(40, seed=12, quotes=4)
    with Store(store_url) as store:
        store.ingest(corpus[:1])  # the known speakers synced, the store migrated
        sent: list[str] = []
        event.listen(store.engine, "before_cursor_execute", lambda *a: sent.append(a[2].split(None, 3)[:3]))
        before = len(store.speaker_entities(limit=None))
        store.ingest(corpus[1:], batch_size=50)
        created = len(store.speaker_entities(limit=None)) - before
    assert created > 20  # the case tests something: many new entities in one batch
    savepoints = [s for s in sent if s[0].upper() == "SAVEPOINT"]
    entity_inserts = [s for s in sent if s[:3] == ["INSERT", "INTO", "speakers"]]
    alias_inserts = [s for s in sent if s[:3] == ["INSERT", "INTO", "speaker_aliases"]]
    assert (len(savepoints), len(entity_inserts), len(alias_inserts)) == (1, 1, 1)


@pytest.mark.parametrize("merged", [False, True])
def test_a_name_whose_key_an_unmatched_entity_holds_is_linked_to_it(store_url: str, merged: bool) -> None:
    """An entity holding the key a new name would be created under (made before the key existed, or merged away)
    is used, or the one it was merged into: never a second entity."""
    with Store(store_url) as store:
        store.ingest([Article("seed", "Oren Falk said the vote is close.\nLia Moravec said it is not.")])
        engine = store.engine
        with engine.begin() as conn:
            ids = {r.name: r.id for r in conn.execute(select(speakers.c.name, speakers.c.id))}
            holder = ids["Oren Falk"]
            key = entity_key("Tamsin Ardell", SpeakerKind.PERSON, None, None)
            conn.execute(update(speakers).where(speakers.c.id == holder).values(key=key))
            if merged:
                conn.execute(update(speakers).where(speakers.c.id == holder).values(merged_into=ids["Lia Moravec"]))
        store.ingest([Article("next", "Tamsin Ardell said the count goes on.")])
        with engine.connect() as conn:
            said = conn.execute(select(statements.c.speaker_id).where(statements.c.speaker == "Tamsin Ardell")).scalar()
            count = conn.execute(select(speakers.c.id).where(speakers.c.name == "Tamsin Ardell")).all()
    assert said == (ids["Lia Moravec"] if merged else holder)
    assert count == []
