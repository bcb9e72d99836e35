"""Issue 14's everyday ingest with less work: an ingest worker's article fingerprint and language detection give what
their plain definitions give (the fingerprint's words are the tokenizer's word tokens' keys, the letters language
detection counts are the characters of [^\\W\\d_]); an ingest collects garbage less often, as a bulk load does, and
leaves the collector as it found it."""

from __future__ import annotations

import gc
import random
import re

import pytest

from attribution import language
from attribution.aids import sources
from attribution.engine.tokens import tokenize
from attribution.models import Article
from attribution.store import Store, bulk

_TRICKY = [
    "",
    "_",
    "__init__ and _private x_y",  # "_" opens a token that is no word but holds letters
    "a_b _c d_ e__f",
    "U.S. U.S U.S.A. e.g. i.e., p.m.",
    "3rd 1,000.50 1.2.3 12abc a1 ² ½ ٣ ٣abc",  # a digit opens a number, never a word
    "don’t DON’T ’tis ‘quoted’ ’’ '' ’' rock-’n’-roll -x x- --",
    "İSTANBUL İstanbul ΣΟΣ ΟΔΟΣ σς straße STRASSE ǅemal \u212aelvin \u212a.\u212a.",  # lower() changes length
    "no\u00a0break\u2009thin\u3000wide spaces",
    "“Quoted,” he said — twice… (AP) [1] {x} #tag @user $5 100%",
    "tab\tand\nnew lines  and   spaces",
    "é́ combining\u0301 marks a\u0308b",
]


def _word_keys_by_tokens(text: str) -> list[str]:
    return [t.key for t in tokenize(text) if t.is_word]


def _random_texts(n: int) -> list[str]:
    alphabet = list("aZé _-'’.,;3²٣ΣσςİK\u212a\u00a0—“!?\n\tß")
    rng = random.Random(13)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(n)]


@pytest.mark.parametrize("text", _TRICKY)
def test_fingerprint_words_are_the_tokenizers_word_keys(text: str) -> None:
    assert sources._word_keys(text) == _word_keys_by_tokens(text)


def test_fingerprint_words_on_random_texts_of_tricky_characters() -> None:
    """Underscores, apostrophes, dots between letters, digits of other scripts, letters whose lower case differs in
    length or script, spaces of other kinds: every mixture of them tokenizes to the same words."""
    differ = [t for t in _random_texts(4000) if sources._word_keys(t) != _word_keys_by_tokens(t)]
    assert differ == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("__init__ said x_y", ["said", "x_y"]),
        ("U.S. envoy’s 3rd visit", ["u.s.", "envoy's", "3", "rd", "visit"]),
        ("ΟΔΟΣ İz", ["οδος", "i̇z"]),
        ("— “ ” …", []),
    ],
)
def test_fingerprint_words_by_example(text: str, words: list[str]) -> None:
    assert sources._word_keys(text) == words


@pytest.mark.parametrize("text", [*_TRICKY, *_random_texts(500)])
def test_language_detection_counts_the_letters_of_its_definition(text: str) -> None:
    assert len(language._NOT_LETTERS.sub("", text)) == len(re.findall(r"[^\W\d_]", text))


@pytest.mark.parametrize("stopped", [False, True])
def test_an_ingest_collects_garbage_less_often_and_puts_the_collector_back(store_url: str, stopped: bool) -> None:
    """While an ingest runs (and the aids are brought up to date after it) the collector's first threshold is a bulk
    load's; afterwards it is what it was, also when the ingest stops on an error."""
    store = Store(store_url)
    before = gc.get_threshold()
    seen = []

    def progress(done: int, total: int | None) -> None:
        seen.append(gc.get_threshold()[0])
        if stopped:
            raise RuntimeError("stopped by the caller")

    articles = [Article(id=f"a{i}", text=f"Minister Ana Kovac said the vote would pass by {i}.") for i in (1, 3)]
    if stopped:
        with pytest.raises(RuntimeError, match="stopped by the caller"):
            store.ingest(articles, progress=progress)
    else:
        assert store.ingest(articles, progress=progress).new == 2
    assert seen == [bulk.GC_THRESHOLD]
    assert gc.get_threshold() == before
