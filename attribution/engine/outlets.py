"""The relay outlet of a statement: the outlet it was given to or that carried it, named in the text.

"told the Russian media outlet RIA Novosti", "speaking to RIA Novosti", "in an interview with CBS",
"citing TASS", "TASS reported". Looked for in the statement's own sentence, outside its content and
quotations. The article's publisher is metadata and never an answer here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import compress

from ..models import Span, Statement
from .lexicons import Lexicon
from .tokens import Token, end_of, start_of

_MAX_NAME_TOKENS = 4
_ANAPHOR_REACH = 200  # tokens back to the outlet "the newspaper" stands for
_CLOSING_TOKENS = 12  # the words at a sentence's end where a closing relay names its outlet
_MAX_REGION_TOKENS = 300  # a run-on "sentence" is not searched end to end for every statement in it


def relay_outlet(tokens: list[Token], region: Span, excluded: tuple[Span, ...], lex: Lexicon) -> str | None:
    """The outlet named in `region` outside `excluded` spans, nearest the start of the region's remainder."""
    toks = _outside(tokens, region, excluded)
    firsts = _firsts(lex)
    for i, tok in enumerate(toks):
        if (tok.key in firsts or (tok.is_capitalized and tok.key.endswith("'s"))) and (
            found := _outlet_at(toks, i, tokens, lex)
        ):
            return found[1]
    return None


_FIRSTS: dict[int, frozenset[str]] = {}


def _firsts(lex: Lexicon) -> frozenset[str]:
    """The words an outlet's name (or a noun standing for one) can start with: most words are passed over
    by one look-up. Built once per lexicon."""
    key = id(lex.outlets)
    if key not in _FIRSTS:
        _FIRSTS[key] = lex.outlets.first_keys | lex.media_nouns.first_keys | lex.media_anaphors
    return _FIRSTS[key]


def names_venue(tokens: list[Token], region: Span, excluded: tuple[Span, ...], lex: Lexicon) -> bool:
    """Whether `region` names, outside `excluded` spans, where a statement was made other than to an outlet
    ("at a news conference", "in a statement", "told reporters", "on Telegram")."""
    return any(t.key in lex.venue_nouns for t in _outside(tokens, region, excluded))


def _outside(tokens: list[Token], region: Span, excluded: tuple[Span, ...]) -> list[Token]:
    """The tokens of `region` outside the `excluded` spans."""
    first = bisect_left(tokens, region.start, key=start_of)
    last = bisect_left(tokens, region.end, key=start_of)
    first, last = max(first, last - _MAX_REGION_TOKENS), min(last, first + _MAX_REGION_TOKENS)
    window = tokens[first:last]
    del window[bisect_right(window, region.end, key=end_of) :]  # a token running past the region is not in it
    # Tokens are in order and do not overlap, so those inside an excluded span are one run.
    kept = [True] * len(window)
    for e in excluded:
        if e.overlaps(region):
            inside = bisect_left(window, e.start, key=start_of)
            after = max(inside, bisect_right(window, e.end, key=end_of))
            kept[inside:after] = [False] * (after - inside)
    return list(compress(window, kept))


def cover_paragraphs(
    statements: list[Statement],
    paragraphs: tuple[Span, ...],
    sentences: tuple[tuple[Span, ...], ...],
    tokens: list[Token],
    lex: Lexicon,
) -> list[Statement]:
    """A relay that closes a paragraph ("… RBC reports this.", "…, the agency said.") is the outlet of the
    paragraph's statements that name none of their own."""
    starts = [p.start for p in paragraphs]
    out = list(statements)
    by_paragraph: dict[int, list[int]] = {}
    for k, s in enumerate(statements):
        by_paragraph.setdefault(bisect_right(starts, s.spans[0].start) - 1, []).append(k)
    for n, ks in by_paragraph.items():
        if not sentences[n] or all(statements[k].outlet for k in ks):
            continue
        contents = tuple(span for k in ks for span in statements[k].spans)
        outlet = closing_relay(tokens, sentences[n][-1], contents, lex)
        if outlet is not None:
            for k in ks:
                if not out[k].outlet:
                    out[k] = replace(out[k], outlet=outlet)
    return out


def _outlet_at(toks: list[Token], i: int, tokens: list[Token], lex: Lexicon) -> tuple[int, str] | None:
    """The outlet named from toks[i] on, as (the token after its name, its name); `tokens` are the article's."""
    tok = toks[i]
    if not tok.is_capitalized and not tok.text[0].isupper():
        if hit := lex.media_nouns.match_at(toks, i):
            end = i + hit[0]
            named = _capitalized_run(toks, end)
            if named:
                return end + len(named.split()), _listed(named, lex) or named
        if tok.key in lex.media_anaphors and i > 0 and toks[i - 1].key == "the" and not _capitalized_run(toks, i + 1):
            # "told the newspaper", "the agency said": the outlet named just before
            at = bisect_left(tokens, toks[i - 1].start, key=start_of)
            if named := _named_before(tokens, at, tok.key, lex):
                return i + 1, named
        elif (hit := lex.outlets.match_at(toks, i)) and hit[0] == 1 and tok.text == hit[1].name:
            return i + 1, hit[1].name  # a name the outlet writes in lower case: "the dpa news agency"
        return None
    hit = lex.outlets.match_at(toks, i)
    if hit and _capitalized_at_ends(toks[i : i + hit[0]]):
        return i + hit[0], hit[1].name
    if tok.key.endswith("'s") and (possessor := lex.outlets.get(tok.text[:-2])):
        return i + 1, possessor.name  # "told CBS's “Face the Nation”"
    return None


def _named_before(tokens: list[Token], at: int, noun: str, lex: Lexicon) -> str | None:
    """The outlet named last before token `at`, within a few sentences; none when a body whose name ends
    in the same noun comes nearer ("the Environment Agency … the agency said")."""
    for k in range(at - 1, max(-1, at - _ANAPHOR_REACH), -1):
        tok = tokens[k]
        if tok.key == noun and tok.is_capitalized:
            return None
        hit = lex.outlets.match_at(tokens, k)
        if hit and k + hit[0] <= at and (_capitalized_at_ends(tokens[k : k + hit[0]]) or tok.text == hit[1].name):
            return hit[1].name
    return None


def closing_relay(tokens: list[Token], sentence: Span, contents: tuple[Span, ...], lex: Lexicon) -> str | None:
    """The outlet a paragraph's last sentence names as the one that reported it, after any content there:
    "RBC reports this.", "This was reported by Reuters.", "…, Interfax reports.", "…, the agency said."."""
    # A closing relay is short ("…, the agency said.", "This was reported by Reuters."): its last words,
    # after any content the sentence holds.
    last = bisect_left(tokens, sentence.end, key=start_of)
    first = max(0, last - _CLOSING_TOKENS)
    after = max((c.end for c in contents if sentence.overlaps(c)), default=sentence.start)
    firsts = _firsts(lex)
    for i in range(first, last):
        if tokens[i].start < after:
            continue
        tok = tokens[i]
        possessive = tok.is_capitalized and tok.key.endswith("'s")
        found = _outlet_at(tokens, i, tokens, lex) if tok.key in firsts or possessive else None
        if found is None:
            continue
        end, name = found
        before = tokens[i - 1].key if i > first else ""
        if before == "the" and i - 1 > first:
            before = tokens[i - 2].key
        reports = end < last and lex.cues.match_at(tokens, end) is not None  # "RBC reports this", "…, the agency said"
        # "reported by Reuters", "according to Interfax", "writes The Guardian"
        reported = before in ("by", "to") or (i > first and lex.cues.match_at(tokens, i - 1) is not None)
        return name if reports or reported else None
    return None


def _capitalized_run(toks: list[Token], i: int) -> str | None:
    run = []
    while i < len(toks) and len(run) < _MAX_NAME_TOKENS and toks[i].is_word and toks[i].is_capitalized:
        run.append(toks[i].text)
        i += 1
    return " ".join(run) or None


def _listed(name: str, lex: Lexicon) -> str | None:
    outlet = lex.outlets.get(name)
    return outlet.name if outlet else None


def _capitalized_at_ends(run: list[Token]) -> bool:
    """Outlet names are proper nouns: "the Economist", not "an economist"."""
    words = [t for t in run if t.is_word]
    if words and words[0].key == "the":
        words = words[1:]
    if not words or not words[0].text[0].isupper():
        return False
    return len(words) > 1 or words[-1].text[0].isupper()  # "the BBC Russian service", not "an economist"
