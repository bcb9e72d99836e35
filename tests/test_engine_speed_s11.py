"""Session 11's speed-ups keep behaviour: a token's fields read from the cache of words met before are those computed
from its text, however the cache was filled or emptied."""

from __future__ import annotations

import pytest

from attribution.engine import tokens as token_module
from attribution.engine.tokens import Token, tokenize


def _computed(text: str) -> list[Token]:
    """The tokens with each field computed from the token's own text, as tokenize did before its cache."""
    return [
        Token(m.start(), m.end(), t, t.lower().replace("’", "'"), t[0].isalnum(), t[0].isupper())
        for m in token_module._TOKEN.finditer(text)
        for t in (m[0],)
    ]


TEXTS = [
    "Ms. Odum said the harbour plan would go ahead.",
    "ms. odum SAID The Harbour plan; Russia’s U.S. 1,000 ... !!! ---- O'Brien’s",
    "İstanbul ΣΟΦΙΑ straße Ǆemal ǅemal ½ ² 3rd _under",  # case mappings that are no plain ASCII lower-casing
    "said Said SAID said. Said, said",  # one word in three spellings: three entries, never one
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("capacity", [50_000, 3, 1])
def test_cached_token_fields_are_those_computed_from_the_text(
    text: str, capacity: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(token_module, "_MAX_WORDS", capacity)
    monkeypatch.setattr(token_module, "_word_fields", {})
    for _ in range(2):  # filled by the first pass, read by the second
        assert tokenize(text) == _computed(text)
        assert tokenize(" ".join(reversed(text.split()))) == _computed(" ".join(reversed(text.split())))
    assert len(token_module._word_fields) <= capacity  # emptied when full: bounded on a long run
