"""attribution.render: article HTML from stored offsets; every character of article text escaped."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

import pytest

from attribution import render
from attribution.aids import DiffKind, DiffOp, quote_diff
from attribution.models import Span


@dataclass(frozen=True)
class Stmt:
    id: int
    spans: tuple[Span, ...]
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    outlet: str | None = None


class Text(HTMLParser):
    """The text a browser shows, minus style and labels; and whether every tag closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []
        self.labels: list[str] = []
        self.balanced = True

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        self.stack.append((tag, tag == "style" or "qa-label" in cls))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.balanced = False
            return
        self.stack.pop()

    def handle_data(self, data):
        if any(hidden for _, hidden in self.stack):
            if self.stack and self.stack[-1][1] and self.stack[-1][0] == "span":
                self.labels.append(data)
            return
        self.out.append(data)


def shown(markup: str) -> Text:
    p = Text()
    p.feed(markup)
    p.close()
    assert p.balanced and not p.stack, markup
    return p


TEXT = 'Intro line.\n"We will not retreat," Jane Roe told <Agence> & Co. Later text.\nLast paragraph.'
S = TEXT.index('"We')
E = TEXT.index(',"') + 2
SPK = TEXT.index("Jane Roe")
CUE = TEXT.index("told")
ONE = Stmt(1, (Span(S, E),), "Jane Roe", SPK, SPK + 8, CUE, CUE + 4, "<Agence> & Co")


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script> the minister said.",
        '<img src=x onerror="alert(1)"> and <b>bold</b> &amp; ampersand',
        "plain text with no markup\n\nand paragraphs",
        "",
    ],
)
def test_article_text_is_shown_exactly_and_never_as_markup(text: str) -> None:
    markup = render.article_html(text, [])
    assert "<script>" not in markup.replace(render.STYLE, "") and "<img" not in markup
    assert "".join(shown(markup).out) == text


@pytest.mark.parametrize(
    ("statements", "focus", "labels"),
    [
        ([ONE], None, ["Jane Roe · <Agence> & Co"]),
        ([ONE], 1, ["Jane Roe · <Agence> & Co"]),
        ([Stmt(2, (Span(0, 5), Span(8, 11)))], None, ["unattributed"]),  # two spans, one label
        ([ONE, Stmt(3, (Span(S + 1, S + 5),), "Other")], None, ["Jane Roe · <Agence> & Co", "Other"]),  # overlap
        ([Stmt(4, (Span(5, 10_000),), "Stale")], None, []),  # offsets past the text are not drawn
        ([Stmt(5, (Span(3, 3),), "Empty")], None, []),
    ],
)
def test_highlights_keep_the_text_and_label_each_statement(statements, focus, labels) -> None:
    markup = render.article_html(TEXT, statements, focus_id=focus)
    p = shown(markup)
    assert "".join(p.out) == TEXT
    assert p.labels == labels
    assert ("qa-focus" in markup.replace(render.STYLE, "")) is (focus is not None)


@pytest.mark.parametrize(
    ("cls", "words"),
    [("qa-speaker", "Jane Roe"), ("qa-cue", "told"), ("qa-stmt", '"We will not retreat,"')],
)
def test_mention_cue_and_statement_are_marked_where_stored(cls: str, words: str) -> None:
    class Marked(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.inside: list[bool] = []
            self.found: list[str] = []

        def handle_starttag(self, tag, attrs):
            self.inside.append(cls in (dict(attrs).get("class") or "").split())

        def handle_endtag(self, tag):
            self.inside.pop()

        def handle_data(self, data):
            if self.inside and self.inside[-1]:
                self.found.append(data)

    m = Marked()
    m.feed(render.context_html(TEXT, ONE))
    assert words in "".join(m.found)


@pytest.mark.parametrize(
    ("window", "starts_with", "ends_with"),
    [
        (400, '"We will', "Later text."),  # cut at the paragraph breaks around the statement
        (5, '"We will', "<Age …"),  # a narrow window cuts mid-paragraph, marked by an ellipsis
    ],
)
def test_context_is_the_statement_paragraph(window: int, starts_with: str, ends_with: str) -> None:
    text = "".join(shown(render.context_html(TEXT, ONE, window=window)).out)
    assert text.startswith(starts_with) and text.endswith(ends_with)
    assert "Intro line" not in text and "Last paragraph" not in text


@pytest.mark.parametrize(
    ("speakers", "distinct"),
    [
        (["A", "B", "A", None], 3),  # two speakers and the grey of unattributed
        ([f"S{i}" for i in range(len(render.PALETTE))], len(render.PALETTE)),  # the palette before it repeats
        ([f"S{i}" for i in range(len(render.PALETTE) + 2)], len(render.PALETTE)),
        ([None, ""], 1),
    ],
)
def test_speakers_get_distinct_colours_in_order_of_appearance(speakers, distinct) -> None:
    stmts = [Stmt(i, (Span(i, i + 1),), name) for i, name in enumerate(speakers)]
    colors = render.speaker_colors(stmts)
    assert len({colors[s or None] for s in speakers}) == distinct
    assert colors[None] == render.UNATTRIBUTED
    if speakers[0]:
        assert colors[speakers[0]] == render.PALETTE[0]


def test_legend_and_quote_escape_names_and_words() -> None:
    legend = render.legend_html([Stmt(1, (Span(0, 1),), "<b>X</b>"), Stmt(2, (Span(0, 1),))])
    assert "<b>" not in legend and shown(legend).labels == ["<b>X</b>", "unattributed"]
    assert shown(render.legend_html([Stmt(1, (Span(0, 1),), "Y")])).labels == ["Y"]
    assert "".join(shown(render.quote_html("<script>x</script>")).out) == "<script>x</script>"


def D(kind: str, old: str, new: str) -> DiffOp:
    return DiffOp(DiffKind(kind), old, new)


class Diffed(HTMLParser):
    """The words a browser shows as removed (del), added (ins) and kept, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.runs: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        if "style" in self.stack or not data.strip():
            return
        kind = "del" if "del" in self.stack else "ins" if "ins" in self.stack else "same"
        self.runs.append((kind, data.strip()))


def diffed(ops) -> list[tuple[str, str]]:
    markup = render.diff_html(ops)
    shown(markup)  # balanced
    p = Diffed()
    p.feed(markup)
    return p.runs


@pytest.mark.parametrize(
    ("ops", "runs"),
    [
        ([D("equal", "we will talk", "we will talk")], [("same", "we will talk")]),
        ([D("equal", "we", "we"), D("replace", "will", "shall"), D("equal", "talk", "talk")],
         [("same", "we"), ("del", "will"), ("ins", "shall"), ("same", "talk")]),
        ([D("equal", "we talk", "we talk"), D("insert", "", "today")], [("same", "we talk"), ("ins", "today")]),
        ([D("delete", "never", ""), D("equal", "again", "again")], [("del", "never"), ("same", "again")]),
        ([D("replace", "<b>no</b>", '<script>alert("x")</script>')],  # words are text, never markup
         [("del", "<b>no</b>"), ("ins", '<script>alert("x")</script>')]),
        ([], []),
    ],
)  # fmt: skip
def test_a_quote_diff_marks_removed_and_added_words(ops, runs) -> None:
    assert diffed(ops) == runs
    assert "<script>" not in render.diff_html(ops).replace(render.STYLE, "")


@pytest.mark.parametrize(
    ("old", "new", "removed", "added"),
    [
        ("We will not sign the memorandum", "We will not sign the memorandum", [], []),
        ("We will not sign the memorandum", "We will never sign a memorandum", ["not", "the"], ["never", "a"]),
        ("The talks resume on Friday", "The talks resume", ["on Friday"], []),
        ('"The talks resume," she said', "the talks resume, she said", [], []),  # punctuation and case: no change
    ],
)
def test_the_diff_of_two_wordings_reads_as_both(old: str, new: str, removed: list[str], added: list[str]) -> None:
    runs = diffed(quote_diff(old, new))
    assert [w for k, w in runs if k == "del"] == removed and [w for k, w in runs if k == "ins"] == added
    assert " ".join(w for k, w in runs if k != "del") == new  # kept and added words read as the new wording
