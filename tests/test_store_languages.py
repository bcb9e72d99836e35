"""A store holding news in several languages: one speaker entity and one outlet across scripts, the language of
each article kept (declared or detected), and an article no engine reads stored and marked, not dropped."""

from __future__ import annotations

import pytest

from attribution import Article
from attribution.canonical import fold
from attribution.store import StatementFilter, Store

EN = Article(
    "en-1",
    "Russian Foreign Minister Sergey Lavrov told TASS that the talks with Mongolia would resume in May. "
    "The two countries signed a river agreement last year and plan a joint monitoring programme on the Selenga. "
    "Officials from both sides are expected to meet in Ulan-Ude in April to compare maps of the flood zones.",
)
RU = Article("ru-1", "Министр иностранных дел России Сергей Лавров заявил ТАСС, что переговоры продолжатся.")
RU_LATER = Article("ru-2", "Сергей Лавров провел встречу. По словам Лаврова, визит состоится осенью.")
UK = Article("uk-1", "Міністр заявив, що переговори з партнерами продовжаться наступного тижня у Києві. " * 4)


def test_one_speaker_and_one_outlet_across_languages(store_url: str) -> None:
    with Store(store_url) as store:
        summary = store.ingest([EN, RU, RU_LATER])
        assert (summary.new, summary.failed, summary.unread) == (3, 0, ())
        # speech acts: "Officials … are expected to meet …" is an expectation nobody in the text holds (no speaker)
        found = [s for s in store.statements(limit=None) if s.speech]
        assert len(found) == 3
        assert len({s.speaker_id for s in found}) == 1 and found[0].speaker_id is not None
        assert {s.speaker for s in found} == {"Sergey Lavrov"}
        assert {s.outlet for s in found if s.article_key != "ru-2"} == {"TASS"}
        assert {a.key: a.language for a in store.articles(limit=None)} == {"en-1": "en", "ru-1": "ru", "ru-2": "ru"}


def test_an_unread_language_is_stored_and_reported(store_url: str) -> None:
    with Store(store_url) as store:
        summary = store.ingest([UK, EN])
        assert (summary.new, summary.failed) == (2, 0)
        assert len(summary.unread) == 1 and "uk-1" in summary.unread[0] and "'uk'" in summary.unread[0]
        assert {a.key: a.language for a in store.articles(limit=None)} == {"uk-1": "uk", "en-1": "en"}
        assert {s.article_key for s in store.statements(limit=None)} == {"en-1"}
        assert store.languages() == ["en", "uk"] and store.facet_values("language") == ["en"]  # "uk": no statements
        assert [a.key for a in store.articles(limit=None, language="uk")] == ["uk-1"]
        assert store.count_articles(language=["en", "uk"]) == 2


SHUBIN_EN = Article(
    "en-2",
    "Oleg Shubin said that wheat exports through the southern ports rose by nine percent in September, the best "
    "month since the corridor opened. Storms on the Black Sea would slow shipments in October, he added.",
)
SHUBIN_RU = Article("ru-3", "Олег Шубин заявил, что экспорт пшеницы через южные порты вырос на девять процентов.")


def test_a_person_outside_the_knowledge_base_links_across_scripts(store_url: str) -> None:
    with Store(store_url) as store:
        store.ingest([SHUBIN_EN, SHUBIN_RU])
        found = store.statements(limit=None)
        assert {s.speaker for s in found} == {"Oleg Shubin"} and len({s.speaker_id for s in found}) == 1
        assert store.count_statements(StatementFilter(languages=("ru",))) == 1
        assert store.count_statements(StatementFilter(languages=("en", "ru"))) == len(found)


# (Cyrillic, Latin): one folded name
NAMES = [
    ("Сергей Лавров", "Sergei Lavrov"),
    ("Дмитрий Песков", "Dmitry Peskov"),
    ("Олег Шубин", "Oleg Shubin"),
    ("Артём Щукин", "Artem Shchukin"),
    ("Владимир Зеленский", "Vladimir Zelenskiy"),
]


@pytest.mark.parametrize(("cyrillic", "latin"), NAMES)
def test_names_fold_alike_across_scripts(cyrillic: str, latin: str) -> None:
    assert fold(cyrillic) == fold(latin)


def test_different_people_stay_apart_across_scripts() -> None:
    assert fold("Олег Шубин") != fold("Oleg Shuvalov")
