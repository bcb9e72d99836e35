"""Issue 12's speed work of session 14: tokenize takes a run of letters between white space (and letters with one
mark after them) as its token without the pattern, and must find exactly the tokens the pattern finds; bisection
of tokens by token_start (an item) finds what start_of (a field by name) finds."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import pytest

from attribution.engine import tokens as tokens_module
from attribution.engine.tokens import start_of, token_start, tokenize


def _by_pattern(text: str, start: int = 0, end: int | None = None) -> list[tuple]:
    """The tokens as the pattern alone finds them (what tokenize gave before its fast paths)."""
    return [
        (m.start(), m.end(), m[0], m[0].lower().replace("’", "'"), m[0][0].isalnum(), m[0][0].isupper())
        for m in tokens_module._TOKEN.finditer(text, start, len(text) if end is None else end)
    ]


TEXTS = [
    "",
    "   ",
    "The minister said",
    "  The minister  said,\n\nadding: “We will not yield.”  ",
    "Mr. O'Brien told the U.S. Senate the plan was “a disaster”...",
    "Russia’s Russia's Russia-Ukraine d'Entremont al-Dosari pro-Trump ex-Senator",
    "word- word' word’ -word 'word ’word word--word",
    "1,000 people, 3.5 per cent, 42; 3M X-ray eBay iPhone 2024. 9:30",
    "snake_case _under under_ word_, A_B",
    "tabs\tand\u00a0no-break\u2003em\u202fspaces\u3000ideographic",
    "«Да», — сказал Иван Петров. Ещё!",
    "Ⓐ Ⓐ. aⒶ, ½ ²x x² ٣ abc٣ ab.",
    "é, É! ß? ǅ; ﬁ: İ.",
    "Trump. Said, Yes! No? (AP) [x] {y} <z>",
    "?!?! !!! ... ---- —— ,, ’’ ''",
    "e.g. i.e., a.m. A. B.C. U.S.A.-based",
    "a, b. c! d? x y z",
    "Over.\nNext\r\nline\x0bvertical\x0cfeed\x1cfile\x85nel",
]


@pytest.mark.parametrize("text", TEXTS)
def test_tokenize_finds_the_patterns_tokens(text):
    assert [tuple(t) for t in tokenize(text)] == _by_pattern(text)


@pytest.mark.parametrize(
    "start, end",
    [(0, None), (0, 0), (3, None), (4, 9), (5, 6), (2, 200), (40, 20), (0, 11), (12, 12), (500, None), (7, 1000)],
)
@pytest.mark.parametrize("text", [TEXTS[3], TEXTS[5], TEXTS[9], TEXTS[13]])
def test_tokenize_a_slice_finds_the_patterns_tokens(text, start, end):
    # a run cut by the slice's end ("minis" of "minister") as the pattern cuts it
    assert [tuple(t) for t in tokenize(text, start, end)] == _by_pattern(text, start, end)


class _NoPattern:
    def finditer(self, *args):
        raise AssertionError("the pattern was used")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister said", ["The", "minister", "said"]),
        (" Trump said, adding more. ", ["Trump", "said", ",", "adding", "more", "."]),
        ("Ещё раз: нет.", ["Ещё", "раз", ":", "нет", "."]),
    ],
)
def test_words_and_words_with_a_mark_need_no_pattern(monkeypatch, text, expected):
    monkeypatch.setattr(tokens_module, "_TOKEN", _NoPattern())
    assert [t.text for t in tokenize(text)] == expected


@pytest.mark.parametrize("text", ["U.S.", "Russia's", "1,000", "“Yes", "word_,", "ab1."])
def test_other_runs_use_the_pattern(monkeypatch, text):
    monkeypatch.setattr(tokens_module, "_TOKEN", _NoPattern())
    with pytest.raises(AssertionError, match="the pattern was used"):
        tokenize(text)


@pytest.mark.parametrize("at", [-1, 0, 3, 4, 5, 17, 18, 30, 200])
def test_token_start_bisects_tokens_as_start_of(at):
    # token_start takes a token's start by position (tokens only); start_of by name serves spans too
    toks = tokenize("The minister said, “Yes.” Then  she left.")
    assert [token_start(t) for t in toks] == [t.start for t in toks]
    for search in (bisect_left, bisect_right):
        assert search(toks, at, key=token_start) == search(toks, at, key=start_of)
