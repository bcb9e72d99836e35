"""The speed infrastructure of the engine keeps behaviour: the collector pause restores the collector's state
whatever happens, and the derived look-up sets hold exactly what they are derived from (benchmarks/ times it)."""

from __future__ import annotations

import dataclasses
import gc
import pickle
import random
import re

import pytest

from attribution.engine import lexicons, pipeline, quotes, segmenting
from attribution.engine.paragraph import Paragraph, build_paragraph, sentence_bounds
from attribution.engine.tokens import PhraseTable, capitalized_words, phrase_key, tokenize
from attribution.errors import UnsupportedLanguageError
from attribution.models import Article, Span

TEXT = 'Ms. Odum said the harbour plan would go ahead. "We are ready," she added.'


@pytest.fixture
def collector_enabled():
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


@pytest.mark.parametrize(
    ("enabled_before", "article", "raises"),
    [
        (True, Article("en", TEXT, language="en"), None),
        (False, Article("en", TEXT, language="en"), None),
        (True, Article("ru", "Министр заявил, что переговоры продолжатся.", language="ru"), None),
        (True, Article("de", "Der Minister sagte, es gehe weiter.", language="de"), UnsupportedLanguageError),
        (True, Article("bad", TEXT, language="en"), ZeroDivisionError),  # an engine failure mid-article
        (False, Article("bad", TEXT, language="en"), ZeroDivisionError),
    ],
)
def test_the_collector_is_paused_for_an_article_and_restored_as_it_was(
    collector_enabled, monkeypatch, enabled_before: bool, article: Article, raises: type[Exception] | None
) -> None:
    seen: list[bool] = []
    real = pipeline.find_frames

    def frames(*args):
        seen.append(gc.isenabled())
        if article.id == "bad":
            raise ZeroDivisionError("engine failure")
        return real(*args)

    monkeypatch.setattr(pipeline, "find_frames", frames)
    (gc.enable if enabled_before else gc.disable)()
    if raises:
        with pytest.raises(raises):
            pipeline.extract_article(article)
    else:
        pipeline.extract_article(article)
    assert gc.isenabled() is enabled_before
    assert not any(seen), "the English engine ran with the collector on"


@pytest.mark.parametrize(
    ("word", "member"),
    [("said", True), ("according", True), ("claim", True), ("quipped", True), ("harbour", False), ("to", False)],
)
def test_frame_firsts_are_the_first_words_of_cues_and_the_report_nouns(word: str, member: bool) -> None:
    lex = lexicons.load()
    assert lex.frame_firsts == lex.cues.first_keys | set(lex.report_nouns)
    assert (word in lex.frame_firsts) is member


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("Sergey Lavrov", ("sergey", "lavrov")),
        ("sergey  LAVROV", ("sergey", "lavrov")),
        ("Russia’s", ("russia's",)),
        ("U.S. State Department", ("u.s.", "state", "department")),
        ("", ()),
    ],
)
def test_phrase_key_is_the_same_cached_or_not(phrase: str, key: tuple[str, ...]) -> None:
    assert phrase_key(phrase) == key == tuple(t.key for t in tokenize(phrase))
    assert phrase_key(phrase) == key  # a second look-up, from the cache


TABLE = PhraseTable(
    (p, p) for p in ["new", "new york", "the new york times", "times", "a", "a b c", "secretary of state", "of"]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the new york times said", [(0, 4, "the new york times"), (4, 5, None)]),
        ("the new york post", [(0, 0, None), (1, 3, "new york")]),  # "the new york" begins a phrase, ends none
        ("new yorker", [(0, 1, "new")]),
        ("a b c d", [(0, 3, "a b c")]),
        ("a b d", [(0, 1, "a"), (1, 1, None)]),  # a beginning of a longer phrase that is not one itself
        ("secretary of", [(0, 0, None), (1, 2, "of")]),  # the text ends inside a phrase
        ("times", [(0, 1, "times"), (1, 1, None)]),  # past the last token
        ("", [(0, 0, None)]),
    ],
)
def test_match_at_is_the_longest_phrase_at_a_token(text: str, expected: list) -> None:
    toks = tokenize(text)
    for i, end, value in expected:
        assert TABLE.match_at(toks, i) == ((end - i, value) if value else None)
        brute = max((n for n in range(1, len(toks) - i + 1) if TABLE.get(text_of(toks[i : i + n]))), default=0)
        assert brute == (end - i if value else 0)


def text_of(toks: list) -> str:
    return " ".join(t.text for t in toks)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The U.S. said Élan met Anna Berg.", ["The", "U.S.", "Élan", "Anna", "Berg"]),
        ("_Private Ⓐ 3M «Quote»", ["M", "Quote"]),  # an underscore or a circled letter opens no word
        ("no capitals here", []),
        ("", []),
    ],
)
def test_capitalized_words_are_the_capitalized_word_tokens(text: str, words: list[str]) -> None:
    toks = tokenize(text)
    assert [toks[i].text for i in capitalized_words(toks)] == words
    assert capitalized_words(toks) == [k for k, t in enumerate(toks) if t.is_capitalized and t.is_word]


@pytest.mark.parametrize(("start", "end", "valid"), [(0, 0, True), (2, 9, True), (3, 1, False), (-1, 2, False)])
def test_a_span_written_out_still_checks_and_freezes(start: int, end: int, valid: bool) -> None:
    if not valid:
        with pytest.raises(ValueError, match="0 <= start <= end"):
            Span(start, end)
        return
    span = Span(start, end)
    assert (span.start, span.end) == (start, end) == dataclasses.astuple(span)
    assert span == Span(start=start, end=end) and hash(span) == hash(Span(start, end))
    assert pickle.loads(pickle.dumps(span)) == span and dataclasses.replace(span, end=end + 1).end == end + 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]


@pytest.mark.parametrize(("word", "cls"), [("the", "determiner"), ("she", "pronoun"), ("harbour", None), ("", None)])
def test_word_class_is_the_listed_class(word: str, cls: str | None) -> None:
    lex = lexicons.load()
    assert lex.word_class(word) == cls == lex.word_classes.get(word)


@pytest.mark.parametrize(
    ("word", "singular"),
    [("witnesses", "witness"), ("parties", "party"), ("officials", "official"), ("official", "official"),
     ("harbours", None), ("harbour", None), ("s", None), ("", None)],
)  # fmt: skip
def test_singular_of_a_speaker_noun(word: str, singular: str | None) -> None:
    lex = lexicons.load()
    assert lex.singular(word) == singular
    nouns = lex.source_nouns | lex.speaker_nouns
    for w in [*nouns, *(n + "s" for n in nouns), *(n[:-1] + "ies" for n in nouns if n.endswith("y"))]:
        forms = (w[:-1], w[:-2], w[:-3] + "y", w) if w.endswith("s") else (w,)
        assert lex.singular(w) == next((k for k in forms if k in nouns), None)


# The token pattern as first written: the engine's faster spelling must cut every text the same way.
PLAIN_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*|\w+(?:['’\-]\w+)*|([^\w\s])\1*")
TRICKY = [
    "U.S. U.S U.S.A. a.b. A.b.c x.",
    "1,000.50 3M 1.2.3, 4, 5. 12'34",
    "Russia’s pro-Trump rock-'n'-roll don't 'quote' ‘single’ ’90s",
    "!!! ... —— -- ?! «» “” ___ _x x_ Ⓐ İstanbul ΣΑΣ ß",
    "  \n\t leading and trailing \u00a0 white space \u2003 ",
    "",
]


@pytest.mark.parametrize(
    "text", TRICKY + ["".join(random.Random(n).choices("aZ1_.,'’-—! \n«\"Σİ", k=60)) for n in range(200)]
)
def test_tokens_are_those_of_the_plain_pattern(text: str) -> None:
    plain = [(m.start(), m.end()) for m in PLAIN_TOKEN.finditer(text)]
    assert [(t.start, t.end) for t in tokenize(text)] == plain
    if len(text) > 8:  # a range of the text, as a mention is tokenised
        assert [(t.start, t.end) for t in tokenize(text, 3, len(text) - 2)] == [
            (m.start(), m.end()) for m in PLAIN_TOKEN.finditer(text, 3, len(text) - 2)
        ]


def _bounds_stepwise(p: Paragraph, i: int) -> tuple[int, int]:
    """sentence_bounds as it walked token by token before it bisected: the oracle."""
    s, lo, hi = p.sentence_of[i], i, i + 1
    floor, ceiling = max(0, i - 250), min(len(p.tokens), i + 250)
    q, n = p.quote_of, p.sentence_of
    while lo > floor and (n[lo - 1] == s or (q[lo - 1] is not None and q[lo - 1] == q[lo])):
        lo -= 1
    while hi < ceiling and (n[hi] == s or (q[hi] is not None and q[hi] == q[hi - 1])):
        hi += 1
    return lo, hi


@pytest.mark.parametrize(
    "text",
    [
        'He said it. "We wait. We hope. We go," she said. Then it rained. "Yes." No.',
        "One sentence only without a stop",
        '"A quote that opens. And runs on. Into more," Berg said, "and more." Okafor agreed. Fine.',
        "word " * 600 + "end.",  # a run-on longer than the window
    ],
)
def test_sentence_bounds_by_bisection_are_those_walked_word_by_word(text: str) -> None:
    lex = lexicons.load()
    para = segmenting.paragraphs(text)[0]
    toks = tokenize(text, para.start, para.end)
    inside = [s for q in quotes.find_quotes(text, (para,)) for s in q.parts]
    p = build_paragraph(0, toks, segmenting.sentences(text, para, lex), inside)
    assert [sentence_bounds(p, i) for i in range(len(toks))] == [_bounds_stepwise(p, i) for i in range(len(toks))]
