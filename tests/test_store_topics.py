"""Topic tags from data/topics.csv: whole words, wildcard endings, acronyms, spelling variants; filled at ingest."""

from __future__ import annotations

import pytest

from attribution import LexiconError, topics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia and Ukraine will engage in direct negotiations", ("peace talks",)),
        ("new sanctions on Russian oil", ("sanctions", "energy")),
        ("There is no military solution to this conflict", ("war and military",)),
        ("a cease fire in the east", ("war and military",)),  # spaced, hyphenated or joined
        ("a cease-fire in the east", ("war and military",)),
        ("the AI act", ("technology",)),
        ("humanitarian aid", ("humanitarian",)),
        ("they said", ()),
        ("the oilfield", ()),  # whole words only: "oil" is not "oilfield"
        ("the paid ads", ()),  # the acronym AI is matched in capitals only, "aid" is not "ai"
        ("said the ai researcher", ()),
        ("Inflation and GDP figures", ("economy",)),
    ],
)
def test_tag(text: str, expected: tuple[str, ...]) -> None:
    assert topics.tag(text) == expected


def test_topics_are_user_data(tmp_path) -> None:
    (tmp_path / "topics.csv").write_text("# mine\ntopic,keywords\nferries,ferr*|boat\n", encoding="utf-8")
    assert topics.tag("The ferries were late", tmp_path) == ("ferries",)
    assert [t.name for t in topics.topics(tmp_path)] == ["ferries"]


@pytest.mark.parametrize("content", ["topic\nferries\n", "topic,keywords\nferries,\n"])
def test_a_malformed_topics_file_is_a_named_error(tmp_path, content: str) -> None:
    folder = tmp_path / content.count(",").__str__()
    folder.mkdir()
    (folder / "topics.csv").write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=r"topics\.csv"):
        topics.tag("ferries", folder)


_FILTER_TOPICS = (
    "topic,keywords\n"
    "talks,negotiat*|peace talks|cease-fire|U.S. envoy\n"
    "gas,LNG*|gas|pipe line\n"
    "money,$|euro*\n"  # a keyword opening with a sign: no word tells, the pattern always runs
)


@pytest.mark.parametrize(
    "text",
    [
        "They negotiated for hours",
        "NEGOTIATIONS resumed; the cease fire holds",
        "a cease-fire and Peace   Talks",
        "the U.S. envoy spoke",
        "LNGs and gas",
        "LNGs shipped",  # an acronym with a wildcard: its stem as written
        "lng cargoes",  # the acronym in capitals only
        "the pipe-line and the pipeline",
        "it cost $5",
        "Euros, and the eurozone",
        "İstanbul talks on ΣΟΣ gas",  # non-ASCII words: the pattern alone decides
        "nothing here",
        "",
    ],
)
def test_the_word_filter_never_hides_what_the_pattern_finds(tmp_path, text: str) -> None:
    """tag() asks a topic's pattern only when the text holds one of its keywords' first words (speed); the tags
    are those of the patterns asked of every text."""
    (tmp_path / "topics.csv").write_text(_FILTER_TOPICS, encoding="utf-8")
    every = tuple(t.name for t in topics.topics(tmp_path) if t.pattern.search(text))
    assert topics.tag(text, tmp_path) == every
