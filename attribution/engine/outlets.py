"""The relay outlet of a statement: the outlet it was given to or that carried it, named in the text.

"told the Russian media outlet RIA Novosti", "speaking to RIA Novosti", "in an interview with CBS",
"citing TASS", "TASS reported". Looked for in the statement's own sentence, outside its content and
quotations. The article's publisher is metadata and never an answer here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress

from ..models import Span
from .lexicons import Lexicon
from .tokens import Token, end_of, start_of

_MAX_NAME_TOKENS = 4
_MAX_REGION_TOKENS = 300  # a run-on "sentence" is not searched end to end for every statement in it


def relay_outlet(tokens: list[Token], region: Span, excluded: tuple[Span, ...], lex: Lexicon) -> str | None:
    """The outlet named in `region` outside `excluded` spans, nearest the start of the region's remainder."""
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
    toks = list(compress(window, kept))
    for i, tok in enumerate(toks):
        if not tok.is_capitalized and not tok.text[0].isupper():
            hit = lex.media_nouns.match_at(toks, i)
            if hit:
                named = _capitalized_run(toks, i + hit[0])
                if named:
                    return _listed(named, lex) or named
            continue
        hit = lex.outlets.match_at(toks, i)
        if hit and _capitalized_at_ends(toks[i : i + hit[0]]):
            return hit[1].name
        if tok.key.endswith("'s") and (possessor := lex.outlets.get(tok.text[:-2])):
            return possessor.name  # "told CBS's “Face the Nation”"
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
