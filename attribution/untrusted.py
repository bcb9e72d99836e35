"""What text and numbers from people and articles must pass before they reach SQL, a terminal, a spreadsheet,
Markdown or a web page. Titles, publishers, URLs, names and notes are whoever wrote them: never markup.

Numbers typed by a person (CLI arguments, URL query parameters) are read here, at the edge, once: a whole
number in range, or an InputError that says what was expected. Nothing past the edge meets 10**30 or "1e3".
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .errors import AttributionError

MAX_NUMBER = 2**63 - 1  # the largest integer SQLite and PostgreSQL (BIGINT) bind: limits and offsets
MAX_ID = 2**31 - 1  # ids and versions are INTEGER columns, 32-bit on PostgreSQL: no record has a larger one
_DIGITS = re.compile(r"-?[0-9]+")  # ASCII only: int() also reads "١٢", "1_000" and " 7 "
_SHOWN = 20  # characters of a bad value repeated in a message
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # ESC starts terminal sequences (OSC 8 links); C1 too
_RAW_IN_JSON = re.compile(r"[\x7f-\x9f]")  # json.dumps escapes C0 itself
# A spreadsheet reads a cell starting with these as a formula (=HYPERLINK(…), +cmd|…, -2+3, @SUM(…)); tab and CR/LF
# start one too once trimmed, and some East Asian locales read the full-width forms as the ASCII ones.
_FORMULA = tuple("=+-@\t\r\n＝＋－＠")


class InputError(AttributionError):
    """A number or id given by a person that is not one, or out of range; the message says what was expected."""


def whole_number(raw: str | int, what: str = "", *, low: int = 0, high: int = MAX_NUMBER) -> int:
    """`raw` as a whole number from `low` to `high`; `what` names it in the message."""
    n = _number(raw)
    named = f"{what}: " if what else ""
    if n is None:
        raise InputError(f"{named}expected a whole number, got '{_shown(raw)}'")
    if not low <= n <= high:
        raise InputError(f"{named}expected a whole number from {low} to {high}, got {_shown(raw)}")
    return n


def record_id(raw: str | int, kind: str) -> int:
    """The id of a stored `kind` ("statement", "speaker" …); one that no record can have is "no such"."""
    n = _number(raw)
    if n is None:
        raise InputError(f"{kind} id: expected a whole number, got '{_shown(raw)}'")
    if not 1 <= n <= MAX_ID:
        raise InputError(f"no {kind} with id {_shown(raw)}")
    return n


def _number(raw: str | int) -> int | None:
    if isinstance(raw, bool):  # True is an int to Python, not an id to a person
        return None
    if isinstance(raw, int):
        return raw
    text = str(raw).strip()
    if not _DIGITS.fullmatch(text):
        return None
    if len(text) > 30:  # past every range: never converted (int() refuses 4,300 digits, and is slow below that)
        return -MAX_NUMBER - 1 if text.startswith("-") else MAX_NUMBER + 1
    return int(text)


def _shown(raw: object) -> str:
    text = terminal(str(raw))
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


# -- text -------------------------------------------------------------------------------------------------


def terminal(text: str) -> str:
    """Text safe to print to a terminal: control characters (bar tab and newline) shown as \\x1b, never sent."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def terminal_json(text: str) -> str:
    """JSON text safe to print to a terminal: DEL and the C1 controls, which `json.dumps(ensure_ascii=False)` passes
    raw (C1 0x9b starts a sequence on some terminals), as \\u escapes; JSON reads back the same characters."""
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def spreadsheet_cell(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text: a string that would start a formula gets a leading apostrophe
    (the OWASP advice; Excel, LibreOffice and Google Sheets hide it). Numbers and other values pass unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def script_json(text: str) -> str:
    """JSON text safe inside an HTML <script> element (JSON-LD): <, > and & as \\u escapes, which JSON reads back
    as the same characters, so a `</script>` or `<!--` in a title cannot end or change the element."""
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def web_url(url: str | None) -> str | None:
    """The URL if it is an http(s) address with a host, else None (javascript:, data:, file:, relative, mangled)."""
    url = (url or "").strip()
    if not url or _CONTROL.search(url) or any(ch.isspace() for ch in url):
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # e.g. an unbalanced [ in the host
        return None
    return url if parts.scheme.lower() in ("http", "https") and host else None


# Marks that start Markdown anywhere in a line: code, emphasis, strikethrough, links and images, HTML and
# autolinks, entities, LaTeX, Streamlit's directives, icons and emoji (":"), URL and e-mail autolinks (":", "@").
_MARKDOWN = re.compile(r"([\\`*_~\[\]<>&$:@|])|(?<![\w.])(www)\.", re.IGNORECASE)
_LINE_START = re.compile(r"^(?:([#+\-=])|(\d+)([.)]))")  # headings, lists, rules: only where a line begins
# Some are found in the text after its escapes are read: emoji and icon codes (":smile:", ":material_home:";
# ":material/" even before parsing) and GFM's bare URLs and e-mail addresses. A word joiner (U+2060, invisible)
# inside each breaks them.
_JOINED = re.compile(r"(?<=\\:)(?=//|material/|(?:[\w+-]|\\_)+\\:)|(?=\\@)")


def markdown(text: object) -> str:
    """Text that Markdown (Streamlit's, in st.markdown, captions, headers, alerts and widget labels) shows as
    written: no link, image, emphasis, heading, list, HTML, colour, LaTeX, icon or emoji can come from it.
    Whitespace runs become one space, so the text's start is the only place a block could begin."""
    escaped = _MARKDOWN.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\u2060\\.", " ".join(str(text).split()))
    escaped = _LINE_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", escaped)
    return _JOINED.sub("\u2060", escaped)
