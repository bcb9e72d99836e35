"""The Russian engine, construction by construction: tables of invented cases (none from a corpus), negatives
included, and the language dispatch in front of it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from attribution import Article, Kind
from attribution.engine.pipeline import extract_article
from attribution.errors import UnsupportedLanguageError
from attribution.language import detect, with_language
from attribution.ru import lexicon as ru_lexicon
from conftest import ROOT


def _extract(text: str) -> list:
    return extract_article(Article("t", text, language="ru"))


def _one(text: str, content: str):
    found = [s for s in _extract(text) if s.text == content]
    assert found, f"no statement {content!r} in {[s.text for s in _extract(text)]}"
    return found[0]


# (construction, text, content, speaker, outlet, kind)
CASES = [
    ("«…», — сказал X", "«Мост через Оку откроют к весне», — заявил губернатор Рязанской области Павел Малинин.",
     "Мост через Оку откроют к весне", "Павел Малинин", None, Kind.DIRECT),
    ("X сказал: «…»", "Министр транспорта Олег Смирнов сказал: «Тарифы на проезд останутся прежними».",
     "Тарифы на проезд останутся прежними", "Олег Смирнов", None, Kind.DIRECT),
    ("„…“ with an en dash", "„Работы завершат до конца мая“, – сказал мэр Ирпеня Богдан Коваль.",
     "Работы завершат до конца мая", "Богдан Коваль", None, Kind.DIRECT),
    ('"…" with a hyphen, told OUTLET', '"Мы ждем роста спроса на вагоны", - сказал "Интерфаксу" директор Игорь Белов.',
     "Мы ждем роста спроса на вагоны", "Игорь Белов", "Interfax", Kind.DIRECT),
    ("X заявил, что", "Глава заповедника Андрей Чернов заявил, что территорию расширят на треть.",
     "территорию расширят на треть", "Андрей Чернов", None, Kind.INDIRECT),
    ("X заявила OUTLET, что", "Депутат Госдумы Елена Соколова заявила РИА Новости, что законопроект внесут осенью.",
     "законопроект внесут осенью", "Елена Соколова", "RIA Novosti", Kind.INDIRECT),
    ("…, сообщил X", "Завод увеличит выпуск вагонов вдвое, сообщил директор предприятия Петр Зуев.",
     "Завод увеличит выпуск вагонов вдвое", "Петр Зуев", None, Kind.INDIRECT),
    ("lede, Об этом заявил X", "В Самаре откроют музей трамвая. Об этом сообщил мэр города Иван Лебедев.",
     "В Самаре откроют музей трамвая", "Иван Лебедев", None, Kind.INDIRECT),
    ("в интервью OUTLET", "Набор в университет вырастет. Об этом в интервью ТАСС рассказал ректор Михаил Гусев.",
     "Набор в университет вырастет", "Михаил Гусев", "TASS", Kind.INDIRECT),
    ("в беседе с «OUTLET» (instrumental)", "Аналитик банка «Север» Инна Котова в беседе с «Коммерсантом» отметила, что "
     "ставки снизятся.", "ставки снизятся", "Инна Котова", "Kommersant", Kind.INDIRECT),
    ("«OUTLET» in the dative", "Как рассказал «Известиям» хирург Денис Рыбин, клинику достроят в июне.",
     "клинику достроят в июне", "Денис Рыбин", "Izvestia", Kind.INDIRECT),
    ("mixed: quoted words in reported speech", "Тренер Олег Мухин заявил, что команда «не намерена отступать».",
     "команда «не намерена отступать»", "Олег Мухин", None, Kind.MIXED),
    ("a name in «» stays indirect", "Эксперт Нина Белова заявила, что ПАО «Газпром» не меняло планы.",
     "ПАО «Газпром» не меняло планы", "Нина Белова", None, Kind.INDIRECT),
    ("belief: считает", "Экономист Ольга Зимина считает, что инфляция замедлится.",
     "инфляция замедлится", "Ольга Зимина", None, Kind.INDIRECT),
]  # fmt: skip


@pytest.mark.parametrize(("construction", "text", "content", "speaker", "outlet", "kind"), CASES)
def test_constructions(construction, text, content, speaker, outlet, kind) -> None:
    found = _extract(text)
    assert len(found) == 1, construction
    s = found[0]
    if content is not None:
        assert s.text == content, construction
    assert (s.speaker, s.outlet, s.kind) == (speaker, outlet, kind), construction
    for span in s.spans:
        assert span.of(text) in s.text  # offsets index the original text


def test_split_quote_is_one_statement_in_two_spans() -> None:
    text = "Главный тренер клуба Анна Орлова подвела итоги.\n«Сезон будет трудным, — сказала она. — Но команда готова»."
    s = _one(text, "Сезон будет трудным … Но команда готова")
    assert [span.of(text) for span in s.spans] == ["Сезон будет трудным", "Но команда готова"]
    assert (s.speaker, s.kind, s.cue) == ("Анна Орлова", Kind.DIRECT, "сказала")


def test_dialogue_dash_speech_without_quotation_marks() -> None:
    text = "Мэр Иван Лебедев открыл сквер.\n— Деревья высадим осенью, — сказал Лебедев. — Фонтан запустим весной."
    s = _one(text, "Деревья высадим осенью … Фонтан запустим весной")
    assert (s.speaker, s.kind, s.cue) == ("Иван Лебедев", Kind.DIRECT, "сказал")
    assert _extract("— Деревья высадим осенью.") == []  # a dash with no reporting verb is no statement


# (what, text, content, speaker)
RESOLUTION = [
    ("по словам + genitive surname",
     "Депутат Елена Соколова выступила в думе. По словам Соколовой, документ уже готов.",
     "документ уже готов", "Елена Соколова"),
    ("по его словам", "Мэр Иван Лебедев открыл сквер. По его словам, деревья высадят осенью.",
     "деревья высадят осенью", "Иван Лебедев"),
    ("как отметил + surname", "Ректор Михаил Гусев провел совет. Как отметил Гусев, набор вырастет.",
     "набор вырастет", "Михаил Гусев"),
    ("pronoun by gender", "Судья Вера Лосева и адвокат Борис Дымов ушли. Она сообщила, что решение объявят завтра.",
     "решение объявят завтра", "Вера Лосева"),
    ("nominal anaphor", "Министр Олег Смирнов сказал: «Мы начнем в мае». «Работы займут год», — добавил министр.",
     "Работы займут год", "Олег Смирнов"),
    ("an inflected known speaker to the knowledge base's name",
     "Министр иностранных дел России Сергей Лавров провел переговоры. По словам Лаврова, встреча была полезной.",
     "встреча была полезной", "Sergey Lavrov"),
    ("an organisation in the locative", "В Кремле заявили, что визит состоится в мае.",
     "визит состоится в мае", "Кремль"),
    ("a quoted organisation in the locative", "В «Аэрофлоте» сообщили, что рейсы возобновят.",
     "рейсы возобновят", "Аэрофлот"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "text", "content", "speaker"), RESOLUTION)
def test_speakers_resolve_to_the_nominative_full_name(what, text, content, speaker) -> None:
    assert _one(text, content).speaker == speaker, what


# (what, text, content, outlet)
OUTLETS = [
    ("a dateline is the publisher, not a relay",
     "МОСКВА, 3 марта. /ТАСС/. Завод увеличит выпуск вагонов, сообщил журналистам директор Петр Зуев.",
     "Завод увеличит выпуск вагонов", None),
    ("агентству means the dateline's agency",
     "МОСКВА, 3 марта — РИА Новости. Цены на сахар снизятся. Источник в отрасли сообщил агентству, что запасы велики.",
     "запасы велики", "RIA Novosti"),
    ("a paragraph tail covers the paragraph",
     "Ректор Михаил Гусев заявил, что набор вырастет. По его словам, общежитие достроят, передает ТАСС.",
     "набор вырастет", "TASS"),
    ("со ссылкой на: the outlet relays, the source speaks",
     "Минфин сократит выпуск облигаций, сообщает РБК со ссылкой на источник в правительстве.",
     "Минфин сократит выпуск облигаций", "RBC"),
    ("a later statement of the same speaker keeps the interview's outlet",
     "Ректор Михаил Гусев заявил ТАСС, что набор вырастет.\nПо словам Гусева, общежитие достроят к осени.",
     "общежитие достроят к осени", "TASS"),
    ("a platform is a channel, not an outlet",
     "Губернатор Павел Малинин написал в своем Telegram-канале, что мост откроют.", "мост откроют", None),
    ("an outlet not listed, in the nominative",
     "Депутат Сергей Леонов в интервью «Парламентской газете» заявил, что поддержит проект.", "поддержит проект",
     "Парламентская газета"),
    ("a correspondent's words are no part of the mention",
     "«Рисков нет», — отметила в беседе с корреспондентом ТАСС директор ассоциации Нелли Игнатьева.", "Рисков нет",
     "TASS"),
    ("the broadcaster, not the programme",
     "Цены снизятся. Об этом в эфире телеканала «Россия 24» в программе «Факты недели» рассказал министр Олег Смирнов.",
     "Цены снизятся", "Russia 24"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "text", "content", "outlet"), OUTLETS)
def test_relay_outlets(what, text, content, outlet) -> None:
    assert _one(text, content).outlet == outlet, what


# (text, content, affiliation)
UNNAMED = [
    ("Источник в правительстве сообщил РБК, что налог не повысят.", "налог не повысят", "правительство"),
    ("Представитель компании, пожелавший остаться неназванным, добавил, что дивиденды выплатят.",
     "дивиденды выплатят", "компания"),
    ("Собеседник в отрасли сообщил, что цены вырастут.", "цены вырастут", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "content", "affiliation"), UNNAMED)
def test_unnamed_sources_with_their_body(text: str, content: str, affiliation: str | None) -> None:
    s = _one(text, content)
    assert (s.anonymous, s.affiliation) == (True, affiliation)
    assert s.speaker and s.speaker.startswith("неназванный")


def test_a_group_is_no_one_speaker() -> None:
    s = _one("По словам аналитиков «Финама», акции могут вырасти.", "акции могут вырасти")
    assert (s.speaker, s.anonymous) == (None, False)


# (title, affiliation)
TITLES = [
    ("министр иностранных дел Индии", "Министерство иностранных дел Индии"),
    ("Заместитель министра финансов РФ", "Министерство финансов России"),
    ("глава администрации Тулы", "администрация Тулы"),
    ("Губернатор Омской области", "Омская область"),
    ("председатель правления банка «Заря»", "банк «Заря»"),
    ("Секретарь Омского городского совета", "Омский городской совет"),
    ("Адвокат обвиняемого", None),
    ("в беседе с корреспондентом РБК директор Ассоциации аптечных сетей", "Ассоциация аптечных сетей"),
    ("Глава ВТБ", "ВТБ"),  # an abbreviation is not inflected
]


@pytest.mark.parametrize(("title", "affiliation"), TITLES)
def test_affiliation_from_the_title(title: str, affiliation: str | None) -> None:
    text = f"{title} Павел Зимин заявил, что работы продолжатся."
    assert _one(text, "работы продолжатся").affiliation == affiliation


NEGATIVES = [
    "Страны обсудили возобновление «зерновой сделки» на встрече в Стамбуле.",
    "ПАО «Газпром» увеличило добычу газа на пять процентов.",
    "Телеканал покажет программу «Время и люди» в прямом эфире.",
    "Ранее ТАСС сообщал, что завод закроют на ремонт.",
    "Директор завода от комментариев отказался.",
    "Жители называют новый мост «вечной стройкой».",
    "По информации «Ведомостей», банки начали снижать ставки.",  # the outlet's own report
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert _extract(text) == []


def test_speech_flag_is_ready_in_the_data() -> None:
    """Beliefs and plans are marked in data/ru/cues.csv for the statements' `speech` flag."""
    speech = ru_lexicon.load().cue_speech
    assert not speech["считает"] and not speech["полагает"] and not speech["уверен"]
    assert speech["заявил"] and speech["пообещала"] and speech["уточнили"]


@pytest.mark.parametrize(
    ("text", "speech"),
    [
        ("Министр финансов Антон Силуанов считает, что бюджет будет сбалансирован.", False),
        ("Глава ведомства Ирина Волкова уверена, что сроки будут соблюдены.", False),
        ("Министр финансов Антон Силуанов заявил, что налоги не вырастут.", True),
        ("«Мы завершим работу к весне», — пообещала Ирина Волкова.", True),
    ],
)
def test_statements_carry_the_speech_flag(text: str, speech: bool) -> None:
    (s,) = extract_article(Article("ru-speech", text, language="ru"))
    assert s.speech is speech


# (text, language)
LANGUAGES = [
    ("Правительство утвердило программу развития северных портов. " * 5, "ru"),
    ("The government approved a programme to develop the northern ports on Monday. " * 5, "en"),
    ("Уряд затвердив програму розвитку північних портів і доріг у понеділок. " * 5, "uk"),
    ("Le gouvernement a approuvé lundi un programme de développement des ports du nord, a dit le ministre. " * 3, "fr"),
    ("Die Regierung hat am Montag ein Programm für die Häfen im Norden beschlossen, sagte der Minister. " * 3, "de"),
    ("Мост откроют в мае, сказал мэр.", "ru"),
    ("Міст відкриють у травні, сказав мер.", "uk"),
    ("The bridge opens in May, the mayor said.", "en"),  # English by its function words, however short
    ("Le pont ouvre en mai.", None),  # too short for the model: unknown, read as before
    ("2024 — 15:30", None),
]


@pytest.mark.parametrize(("text", "language"), LANGUAGES)
def test_language_detection(text: str, language: str | None) -> None:
    assert detect(text) == language


def test_a_declared_language_is_kept() -> None:
    a = Article("x", "The bridge opens in May, the mayor said. " * 10, language="ru")
    assert with_language(a).language == "ru"
    assert with_language(Article("y", "Мост откроют в мае, сказал мэр.")).language == "ru"


def test_dispatch_by_language() -> None:
    ru = "Глава заповедника Андрей Чернов заявил, что территорию расширят."
    assert [s.speaker for s in extract_article(Article("a", ru))] == ["Андрей Чернов"]  # detected
    with pytest.raises(UnsupportedLanguageError, match=r"'uk'.*supported: en, ru"):
        extract_article(with_language(Article("b", "Міст відкриють у травні, сказав мер.")))
    # undeclared, the text is read as English rather than lost to a misdetection
    assert extract_article(Article("b", "Міст відкриють у травні, сказав мер.")) == []
    with pytest.raises(UnsupportedLanguageError, match="'de'"):
        extract_article(Article("c", "Die Brücke wird im Mai eröffnet.", language="de"))


def test_the_english_path_loads_no_russian_morphology() -> None:
    code = (
        "import sys, attribution\n"
        "attribution.extract('The bridge opens in May, the mayor said. ' * 20, 'a')\n"
        "print(sorted(m for m in ('pymorphy3', 'razdel', 'attribution.ru') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
