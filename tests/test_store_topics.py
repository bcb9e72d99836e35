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
