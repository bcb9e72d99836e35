"""The relay outlet of a statement: the outlet it was given to or that carried it, named in the text.

"told the Russian media outlet RIA Novosti", "speaking to RIA Novosti", "in an interview with CBS",
"citing TASS", "TASS reported". Looked for in the statement's own sentence, outside its content and
quotations; else in what closes its paragraph ("RBC reports this.", "He was speaking to the BBC.", "— Reuters",
"(AFP)", "…, – Ukrinform."), a "Source: OUTLET" line, or a sentence that ties the speaker to an outlet before
("Umerov gave an interview to Radio Liberty."). The article's publisher is metadata and never an answer here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import compress, pairwise
from typing import NamedTuple

from ..models import Span, Statement
from .lexicons import Lexicon
from .paragraph import Frame
from .tokens import Token, end_of, token_start, tokenize

_MAX_NAME_TOKENS = 4
_ANAPHOR_REACH = 200  # tokens back to the outlet "the newspaper" stands for
_CLOSING_TOKENS = 12  # the words at a sentence's end where a closing relay names its outlet
_MAX_REGION_TOKENS = 300  # a run-on "sentence" is not searched end to end for every statement in it


def relay_outlet(
    tokens: list[Token], region: Span, excluded: tuple[Span, ...], lex: Lexicon, speaker: Span | None = None
) -> str | None:
    """The outlet named in `region` outside `excluded` spans, nearest the start of the region's remainder: a
    listed one anywhere, one the lists do not hold where the words around it make it a relay ("told the Halden
    Courier", "according to Chilean media"), but never a one-word name that is the `speaker`'s own mention."""
    toks = _outside(tokens, region, excluded)
    firsts, lower_firsts = _firsts(lex), _lower_firsts(lex)
    qualifiers = _shapes(lex).qualifier
    starts = _group_starts(lex)
    last = len(toks) - 1
    keys = [t.key for t in toks]
    # Only a capitalized word, a lower-case one in _lower_firsts or the qualifiers, or a possessive passes a test
    # below: the others are passed over first (a test on other words must widen this).
    wanted = _relay_firsts(lex)
    for i in [i for i, t in enumerate(toks) if t.is_capitalized or keys[i] in wanted or keys[i].endswith("'s")]:
        tok = toks[i]
        key, capitalized = tok.key, tok.is_capitalized
        if (
            capitalized
            and key in firsts
            and speaker is not None
            and speaker.contains(tok.span)
            and (own := _journalist_of(toks, i, lex))
        ):
            return own  # "Al Jazeera's Resul Serdar, reporting from Istanbul, said": the outlet's journalist
        if (
            (
                (key in firsts or key.endswith("'s"))
                if capitalized
                else key in lower_firsts or (key.endswith("'s") and _anaphor_of(key, lex))
            )
            and (found := _outlet_at(toks, i, tokens, lex))
            and not _work_of(toks, i, found[0], lex)
            # "Economist Ian Lee said": a title in the speaker's own mention that an outlet is also named
            and not (speaker is not None and speaker.contains(tok.span) and lex.titles.match_at(toks, i))
            and not (i and speaker is not None and _surname(toks, i, found[0], speaker, lex))
        ):
            return _cited_after(toks, i, found[0], tokens, lex) or found[1]
        # An unlisted outlet's name is capitalised or says which media ("local media"), after a relay's word.
        if (
            (capitalized or key in qualifiers)
            and key not in _DETERMINERS  # "told The Huffington Post": the name after "The" is looked up
            and (
                (prev := _key_before(keys, i)) is None
                or prev in _BEFORE_UNLISTED
                # "on the air of Kanal Misto": the outlet that carried the words
                or (prev == "of" and i > 1 and keys[i - 2] in lex.outlet_shapes.get("aired", ()))
            )
            # a one-word name only where a bare name can be an outlet; else a name of more words, a web
            # address or the media of a country or kind ("the Halden Courier", "Ekspress.ru", "Chilean media")
            and (
                prev in _BARE_BEFORE
                or key in starts
                or (i < last and (toks[i + 1].is_capitalized or toks[i + 1].text == "." or toks[i + 1].text.isdigit()))
                or (prev in _DETERMINERS and i < last and toks[i + 1].key in lex.media_nouns.first_keys)
            )
        ):
            found = _unlisted_at(toks, i, tokens, lex)
            bare = found is not None and found[0] == i + 1  # a one-word name: maybe the speaker's own
            if found is not None and not (bare and speaker is not None and speaker.contains(toks[i].span)):
                return found[1]
    return None


def _key_before(keys: list[str], i: int) -> str | None:
    """The key of the word before keys[i], past describing words ("told the Kyiv-based Halden Courier": the
    context is before them); None at the start."""
    k = i - 1
    while k >= 0 and "-" in keys[k] and keys[k].endswith(_DESCRIBING):
        k -= 1
    return keys[k] if k >= 0 else None


def _journalist_of(toks: list[Token], i: int, lex: Lexicon) -> str | None:
    """The listed outlet whose possessive opens a speaker's mention before a person's name ("Al Jazeera's Resul
    Serdar", "CNN's Nic Robertson"): its journalist speaks for it. Not before a title or a noun ("the Wall Street
    Journal's editor"), which speak for themselves."""
    j = i
    while j < len(toks) and j - i < _MAX_NAME_TOKENS and not toks[j].key.endswith("'s"):
        if not toks[j].is_capitalized and not (toks[j].key in _NAME_INNER and j > i and j + 1 < len(toks)):
            break  # "Voice of America's Russian service": a listed name's inner "of"
        j += 1
    if j >= len(toks) or not toks[j].key.endswith("'s") or not toks[j].is_capitalized:
        return None
    listed = lex.outlets.get(" ".join([t.text for t in toks[i:j]] + [toks[j].text[:-2]]))
    name = toks[j + 1 : j + 3]
    if listed is None or len(name) < 2 or not all(t.is_capitalized and t.text.isalpha() for t in name):
        return None
    if lex.titles.match_at(toks, j + 1) or any(lex.word_class(t.key) is not None for t in name):
        return None
    return listed.name


_CITING = frozenset(("citing", "quoting"))


def _cited_after(toks: list[Token], i: int, j: int, tokens: list[Token], lex: Lexicon) -> str | None:
    """The outlet that the outlet named at toks[i:j] cites as it reports ("…, Reuters reported, citing TASS",
    "Reuters, quoting the Interfax news agency, said"): the one the words were given to, which the other only
    passed on; not where the outlet named was the one told ("told Reuters, citing …")."""
    while j < len(toks) and (noun := lex.media_nouns.match_at(toks, j)):
        j += noun[0]  # "the Reuters news agency said"
    if j < len(toks) and (hit := lex.cues.match_at(toks, j)) and hit[1].speech:
        j += hit[0]  # "Reuters reported", "the agency said"
    elif i - (i > 0 and toks[i - 1].key in _DETERMINERS) > 0:
        return None  # "Reuters, citing TASS, said": the outlet opens its sentence
    if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].key not in _CITING:
        return None
    j += 3 if toks[j + 2].key in _DETERMINERS else 2
    if j >= len(toks):
        return None
    if toks[j].key in _firsts(lex) and (found := _outlet_at(toks, j, tokens, lex)):
        return found[1]
    found = shaped_outlet(toks, j, lex)
    return found[1] if found else None


# Words just before an outlet the lists do not hold ("told X", "according to X", "reported by X", "an
# interview with X", "said on X", "wrote in X", "citing X", "…, X reported"), and the article before its name.
_ADDRESSEE_VERBS = frozenset(("told", "tells", "telling", "tell"))
_CONTEXT_WORDS = _ADDRESSEE_VERBS | {"to", "by", "with", "on", "in", "citing", "quoting", ","}
_DETERMINERS = frozenset(("the",))
_BEFORE_UNLISTED = _CONTEXT_WORDS | _DETERMINERS
_BARE_BEFORE = _ADDRESSEE_VERBS | {"to", "with", "by", ","}  # "told X", "according to X", "…, X reported"
# "on the BBC programme Newsnight", "said on his Rossiya-1 show": the work is the outlet's, the statement given on it
_DETERMINERS_OF_WORK = _DETERMINERS | {"his", "her", "their"}
_HONORIFICS = frozenset(("mr", "ms", "mrs", "dr", "mr.", "ms.", "mrs.", "dr."))


def _unlisted_at(toks: list[Token], i: int, tokens: list[Token], lex: Lexicon) -> tuple[int, str] | None:
    """An outlet the lists do not hold, named from toks[i] where the words around make it a relay: a name shaped
    like an outlet's (shaped_outlet) or a context-only listed one ("told Dawn") after a relay's word or before
    a cue ("the Tamsin Gazette reported"); a bare name told, interviewed, cited or closing a report that the
    article never gives a person ("told Nordvision", "…, Nordvision reported"; not "told Smith" after "Anna
    Smith")."""
    k = i - 1
    while k >= 0 and toks[k].key.endswith(_DESCRIBING):
        k -= 1
    the = k >= 0 and toks[k].key in _DETERMINERS
    if the:
        k -= 1
    before = toks[k].key if k >= 0 else ""
    found = shaped_outlet(toks, i, lex)
    if found is None:
        found = _context_outlet(toks, i - 1 if the else i, lex, the)
    # "on the air of Freedom TV", "on the pages of Kestrel Daily": the outlet that carried the words
    aired = before == "of" and k > 0 and toks[k - 1].key in lex.outlet_shapes.get("aired", ())
    if found is not None:
        found = found[0], _listed(found[1], lex) or found[1]  # "the Washington Post's" as listed
        if (before in _CONTEXT_WORDS and before != ",") or aired or (k >= 0 and lex.cues.match_at(toks, k) is not None):
            return found  # "told the Tamsin Gazette", "writes the Tamsin Gazette"
        end = found[0]
        if end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].key in _CITING:
            return found  # "The Tamsin Gazette, citing US officials, reported"
        return found if lex.cues.match_at(toks, end) is not None else None
    if (edition := _edition(toks[i], lex)) is not None and (before in _CONTEXT_WORDS or aired):
        return i + 1, edition  # "told Kommersant-Ukraine": a listed outlet's edition for a country or region
    if the and i > 1 and toks[i - 1].text == "The" and before in _TOLD_BEFORE:
        return _title_named(toks, i, k, tokens, lex)
    if the or not _bare_name(toks, i, lex):
        return None
    if before != "," and not _ends_phrase(toks, i + 1, lex):
        return None  # "told Flint residents", "attacked by Democratic front-runners": a word qualifying a noun
    cue = lex.cues.match_at(toks, i + 1) if before == "," else None
    told = (
        aired
        or before in _ADDRESSEE_VERBS
        or (before in ("to", "with") and k > 0 and toks[k - 1].key in lex.outlet_shapes.get("addressed", ()))
    )
    # "According to Nordvision, the minister said": at a sentence's start; a tail's "according to X" names its speaker
    according = before == "to" and k > 0 and toks[k - 1].text == "According"
    cited = before == "by" and k > 0 and lex.cues.match_at(toks, k - 1) is not None  # "reported by", "quoted by"
    closing = before == "," and cue is not None and cue[1].lemma in lex.outlet_shapes.get("report", ())
    if (told or according or cited or closing) and not _known_otherwise(toks[i], tokens, lex):
        return i + 1, toks[i].text
    return None


_TOLD_BEFORE = _ADDRESSEE_VERBS | {"to", "with"}


def _edition(tok: Token, lex: Lexicon) -> str | None:
    """A hyphenated name whose first part is a listed outlet and whose second is capitalised: the outlet's edition
    ("Kommersant-Ukraine", "Izvestia-Ukraine"), as the text writes it."""
    head, dash, tail = tok.text.partition("-")
    return tok.text if dash and tail[:1].isupper() and lex.outlets.get(head) is not None else None


def _title_named(toks: list[Token], i: int, k: int, tokens: list[Token], lex: Lexicon) -> tuple[int, str] | None:
    """An outlet whose name opens with a capital "The" inside a sentence, as a title does, told or interviewed
    ("told The War Zone", "in an interview with The Kestrel Review"; toks[k] is "told", "to" or "with"): not a
    person, a body or place the lists know, nor a name qualifying a noun ("told The Hague tribunal"); `tokens`
    are the article's, whose word after the name `toks` may have left out as content."""
    addressed = lex.outlet_shapes.get("addressed", ())
    if toks[k].key not in _ADDRESSEE_VERBS and not (k > 0 and toks[k - 1].key in addressed):
        return None
    run = _capitalized_run(toks, i)
    if run is None or any(t.match_at(toks, i) for t in (lex.organisations, lex.countries, lex.speakers, lex.titles)):
        return None
    end = i + len(run.split())
    after = bisect_left(tokens, toks[end - 1].end, key=token_start)
    if after < len(tokens) and tokens[after].is_word and lex.word_class(tokens[after].key) is None:
        return None
    return end, f"The {run}"


def _context_outlet(toks: list[Token], i: int, lex: Lexicon, the: bool) -> tuple[int, str] | None:
    """A context-only listed outlet named from toks[i], as (the token after it, its name): "Dawn", "The National"
    (`the`: looked up from the article before it); not where that name goes on with a capitalised word or "of"
    ("the National Guard", "likened to the Star of David")."""
    if toks[i].key not in lex.context_outlets.first_keys or not (hit := lex.context_outlets.match_at(toks, i)):
        return None
    end = i + hit[0]
    if not _capitalized_at_ends(toks[i:end]):
        return None
    if the and end < len(toks) and (toks[end].is_capitalized or toks[end].key == "of"):
        return None
    return end, hit[1].name


def shaped_outlet(toks: list[Token], i: int, lex: Lexicon) -> tuple[int, str] | None:
    """An outlet named from toks[i] whose name has an outlet's shape, as (the token after it, its name): a
    capitalised name ending or starting with an outlet's word ("the Halden Courier", "Tamsin TV", "Radio
    Tamsin", "Diario Sur"), a web address ("Kaktus.media", "Ekspress.ru") or the media of a country or kind
    ("Chilean media", "Russian state television")."""
    shapes = _shapes(lex)
    tok = toks[i]
    if _dotted(toks, i) and toks[i + 2].key in shapes.domain and tok.text[0].isalnum():
        return i + 3, tok.text + "." + toks[i + 2].text
    if (tok.key in shapes.qualifier or tok.key in lex.countries.first_keys) and (group := media_group(toks, i, lex)):
        return group
    if not tok.is_capitalized or lex.word_class(tok.key) is not None:
        return None  # "As The Washington Post reported": the name starts after the function word
    j, stop = i + 1, min(len(toks), i + _MAX_NAME_TOKENS)
    while j < stop and not toks[j - 1].key.endswith("'s"):
        nxt = toks[j]
        if not (nxt.is_capitalized or (j == i + 1 and nxt.text.isdigit())):
            break
        j += 1
    if any(t.key.endswith(_DESCRIBING) for t in toks[i:j]):
        return None  # "Hong Kong-based Phoenix TV", "the Kremlin-run RIA news agency": the name comes after
    if (described := _described_name(toks, i, j, lex)) is not None:
        return described
    if j == i + 1:
        return None
    words = [t.text for t in toks[i:j]]
    if words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    first, last = words[0].lower(), words[-1].lower()
    if first in shapes.first or last in shapes.last or f"{words[-2].lower()} {last}" in shapes.last:
        return j, " ".join(words)
    return None


_DESCRIBING = ("-based", "-run", "-owned", "-backed", "-funded", "-controlled", "-affiliated", "-linked")


def _described_name(toks: list[Token], i: int, j: int, lex: Lexicon) -> tuple[int, str] | None:
    """A name of one or two words that the media noun after it says is an outlet's ("the Kyiv24 channel", "the
    Apostrophe news site"), as (the token after the noun, the name); not a place, country or body ("the Moscow
    newspaper", "the Ukrainian channel 1+1", "the Kremlin channel"), nor a description of the name after it
    ("the Istanbul daily Evrensel")."""
    if j - i > 2 or j >= len(toks) or toks[j].key not in lex.media_nouns.first_keys or toks[j].is_capitalized:
        return None
    if not (noun := lex.media_nouns.match_at(toks, j)):
        return None
    end = j + noun[0]
    if end < len(toks) and (toks[end].is_capitalized or toks[end].text[0].isdigit()):
        return None
    if any(lex.countries.match_at(toks, k) or lex.organisations.match_at(toks, k) for k in range(i, j)):
        return None
    if toks[j - 1].key.endswith("'s") or any(lex.word_class(t.key) is not None for t in toks[i:j]):
        return None
    if toks[j - 1].key in lex.body_nouns or toks[j - 1].key in lex.company_suffixes:
        return None  # "the Heritage Foundation website": a body's
    if any(t.key in lex.venue_nouns for t in toks[i:j]):
        return None  # "on the Telegram channel of …", "the YouTube channel": a platform, where one posts
    return end, " ".join(t.text for t in toks[i:j])


class _Shapes(NamedTuple):
    last: frozenset[str]
    first: frozenset[str]
    domain: frozenset[str]
    qualifier: frozenset[str]
    group: frozenset[str]


_SHAPES: dict[int, _Shapes] = {}
_GROUP_STARTS: dict[int, frozenset[str]] = {}


def _group_starts(lex: Lexicon) -> frozenset[str]:
    """The words a one-word start can begin an unlisted outlet with: a qualifier or country ("local media",
    "Chilean media") or a context-only outlet's word ("Dawn"; "National", looked up from the "The" before)."""
    key = id(lex.outlet_shapes)
    if key not in _GROUP_STARTS:
        _GROUP_STARTS[key] = (
            _shapes(lex).qualifier
            | lex.countries.first_keys
            | lex.context_outlets.first_keys
            | lex.context_outlets.inner_keys
        )
    return _GROUP_STARTS[key]


def _shapes(lex: Lexicon) -> _Shapes:
    """The outlet_shapes word sets by kind, looked up once per lexicon."""
    key = id(lex.outlet_shapes)
    if key not in _SHAPES:
        empty: frozenset[str] = frozenset()
        _SHAPES[key] = _Shapes(*(lex.outlet_shapes.get(kind, empty) for kind in _Shapes._fields))
    return _SHAPES[key]


def _surname(toks: list[Token], i: int, end: int, speaker: Span, lex: Lexicon) -> bool:
    """Whether the outlet named at toks[i:end] ends the speaker's own mention after a given name ("Analyst Li
    Xinhua said"), not after a description ("the Kremlin-run RIA said") nor in a possessive ("CNN's reporter")."""
    given = toks[i - 1]
    return (
        speaker.contains(given.span)
        and speaker.contains(toks[end - 1].span)
        and given.is_capitalized
        and toks[i].is_capitalized
        and given.text.isalpha()
        and lex.word_class(given.key) is None
        and given.end + 1 == toks[i].start
        and not toks[end - 1].key.endswith("'s")
        and lex.countries.match_at(toks, i - 1) is None
        and (end == len(toks) or not speaker.contains(toks[end].span))
    )


def _work_of(toks: list[Token], i: int, end: int, lex: Lexicon) -> bool:
    """Whether the outlet named at toks[i:end] only made the work named after it ("asked about the BBC
    documentary", "a Nordvision series"), not carried the statement ("said on the BBC programme Newsnight")."""
    if end >= len(toks) or toks[end].key not in lex.work_nouns:
        return False
    k = i - 2 if i > 0 and toks[i - 1].key in _DETERMINERS_OF_WORK else i - 1
    return k < 0 or toks[k].key not in _CONTEXT_WORDS


def outlet_work(words: list[Token], lex: Lexicon) -> bool:
    """Whether a phrase names an outlet's work ("the BBC documentary “Cold Wards”", "a Nordvision series"):
    a title, not a statement."""
    i = 1 if len(words) > 1 and lex.word_class(words[0].key) == "determiner" else 0
    if i >= len(words):
        return False
    hit = lex.outlets.match_at(words, i) or lex.context_outlets.match_at(words, i)
    end = i + hit[0] if hit else (found[0] if (found := shaped_outlet(words, i, lex)) else i + 1)
    if not hit and not found and not (_bare_name(words, i, lex) and end < len(words)):
        return False
    return end < len(words) and words[end].key in lex.work_nouns


def _dotted(toks: list[Token], i: int) -> bool:
    """Whether toks[i] is written together with a dot and a word after it ("Kaktus.media")."""
    return (
        i + 2 < len(toks)
        and toks[i + 1].text == "."
        and toks[i + 1].start == toks[i].end
        and toks[i + 2].start == toks[i + 1].end
    )


def media_group(toks: list[Token], i: int, lex: Lexicon) -> tuple[int, str] | None:
    """The media of a country or kind named from toks[i], as (the token after it, its words): "Chilean media",
    "Russian state television", "local outlets"; never the bare "the media" or "the press"."""
    qualifiers, groups = _shapes(lex).qualifier, _shapes(lex).group
    j = i
    while (
        j < len(toks)
        and j - i < _MAX_NAME_TOKENS
        and (toks[j].key in qualifiers or (toks[j].is_capitalized and lex.countries.match_at(toks, j) is not None))
    ):
        j += lex.countries.match_at(toks, j)[0] if toks[j].key not in qualifiers else 1
    if j == i or j >= len(toks):
        return None
    for n in (2, 1):
        if j + n <= len(toks) and " ".join(t.key for t in toks[j : j + n]) in groups:
            end = j + n
            if end < len(toks) and (toks[end].is_capitalized or lex.media_nouns.match_at(toks, end)):
                return None  # "the Russian media outlet RIA Novosti": the outlet is named after
            return end, " ".join(t.text for t in toks[i:end])
    return None


def is_outlet_mention(words: list[Token], lex: Lexicon) -> bool:
    """Whether a speaker mention's words name a news outlet (listed, a media noun, shaped like an outlet's
    name, or the media of a country): such a mention relays what another frame reports, and is never its
    speaker ("According to Chilean media, the minister said …", "the Halden Courier quoted him as saying")."""
    n = len(words)
    i = 1 if n > 1 and words[0].key in _DETERMINERS else 0
    for k in range(n):
        if hit := lex.outlets.match_at(words, k):
            return not _staff_named(words, k + hit[0])
    groups = lex.outlet_shapes.get("group", frozenset())
    for k in range(n):  # "the Kommersant newspaper", "the news agency"; not "the Environment Agency", "the media"
        hit = None if words[k].is_capitalized else lex.media_nouns.match_at(words, k)
        if hit and not (k == i and k + hit[0] == n and hit[1] in groups):
            return True
    if i < n and (hit := lex.context_outlets.match_at(words, i)) and i + hit[0] == n:
        return True
    found = shaped_outlet(words, i, lex) if i < n else None
    return found is not None and found[0] == n


def _staff_named(words: list[Token], k: int) -> bool:
    """Whether an outlet's name ending at token k is followed by a role and a person's name, to the mention's end
    ("Rossiya 1 presenter Dmitry Kiselyov"): the person speaks, in his own words."""
    return k + 1 < len(words) and not words[k].is_capitalized and all(t.is_capitalized for t in words[k + 1 :])


def names_unknown_outlet(words: list[Token], text: str, lex: Lexicon) -> bool:
    """Whether a one-word mention ("Nordvision") can be an outlet the lists do not hold: a bare name the
    article's `text` never gives a person and no list knows as anything else."""
    return len(words) == 1 and _bare_name(words, 0, lex) and not _known_otherwise(words[0], tokenize(text), lex)


def _bare_name(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A one-word name, capitalised or in capitals, that no other capitalised word continues ("Nordvision")."""
    tok = toks[i]
    if not tok.is_capitalized or not tok.text.isalpha() or tok.text.endswith("s"):
        return False  # not "African-Americans", "Icelanders": people
    dot = i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].start == tok.end
    if dot and tok.key + "." in lex.abbreviations:
        return False  # "Sen.", "Gov.": a title's abbreviation
    return i + 1 >= len(toks) or not (toks[i + 1].is_capitalized and toks[i + 1].start == tok.end + 1)


def _known_otherwise(tok: Token, tokens: list[Token], lex: Lexicon) -> bool:
    """Whether a one-word name is known as something other than an outlet: a listed person, body, country
    or title, a time word, a surname, or a word the article elsewhere gives a person ("Anna Smith", "Mr. Smith")."""
    one = [tok]
    if any(
        table.match_at(one, 0) is not None for table in (lex.speakers, lex.organisations, lex.countries, lex.titles)
    ):
        return True
    key = tok.key.removesuffix("'s")
    if key in lex.time_words or key in lex.body_nouns or lex.word_class(key) is not None:
        return True
    if tok.text.removesuffix("'s") in lex.surnames:
        return True  # "told Smith": a surname is a person's, though the article never gives the first name
    if key.endswith("s") and lex.countries.get(key[:-1]) is not None:
        return True  # "Americans", "Ukrainians"
    firsts, lasts = _shapes(lex).first, _shapes(lex).last
    for k in range(1, len(tokens)):
        other = tokens[k]
        if other.key.removesuffix("'s") != key:
            continue
        prev = tokens[k - 1]
        if prev.text == "." and k > 1 and (tokens[k - 2].key in _HONORIFICS or len(tokens[k - 2].text) == 1):
            return True  # "Mr. Smith", "Mark Z. Smith"
        if prev.key in _HONORIFICS:
            return True
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            after is not None
            and after.is_capitalized
            and after.start == other.end + 1
            and after.key not in lasts
            and lex.word_class(after.key) is None
        ):
            return True  # "Megyn Kelly": a surname after it
        if (
            prev.is_capitalized
            and prev.end + 1 == other.start
            and lex.word_class(prev.key) is None
            and not prev.key.endswith(_DESCRIBING)
            and prev.key not in firsts
            and lex.countries.match_at(tokens, k - 1) is None
        ):
            return True  # "Anna Smith": a first name before it
    return False


_FIRSTS: dict[int, frozenset[str]] = {}


def _firsts(lex: Lexicon) -> frozenset[str]:
    """The words an outlet's name (or a noun standing for one) can start with: most words are passed over
    by one look-up. Built once per lexicon."""
    key = id(lex.outlets)
    if key not in _FIRSTS:
        _FIRSTS[key] = lex.outlets.first_keys | lex.media_nouns.first_keys | lex.media_anaphors
    return _FIRSTS[key]


_LOWER_FIRSTS: dict[int, frozenset[str]] = {}
_RELAY_FIRSTS: dict[int, frozenset[str]] = {}


def _relay_firsts(lex: Lexicon) -> frozenset[str]:
    """The words in lower case that relay_outlet looks at: _lower_firsts and the qualifiers ("local media")."""
    key = id(lex.outlets)
    if key not in _RELAY_FIRSTS:
        _RELAY_FIRSTS[key] = _lower_firsts(lex) | _shapes(lex).qualifier
    return _RELAY_FIRSTS[key]


def _lower_firsts(lex: Lexicon) -> frozenset[str]:
    """The words in lower case that _outlet_at can read as an outlet or a noun standing for one: not function
    words ("the"), since a name in lower case ("dpa", "taz") is one word and a longer one is capitalised."""
    key = id(lex.outlets)
    if key not in _LOWER_FIRSTS:
        _LOWER_FIRSTS[key] = frozenset(k for k in _firsts(lex) if lex.word_class(k) is None)
    return _LOWER_FIRSTS[key]


def names_venue(tokens: list[Token], region: Span, excluded: tuple[Span, ...], lex: Lexicon) -> bool:
    """Whether `region` names, outside `excluded` spans, where a statement was made other than to an outlet
    ("at a news conference", "in a statement", "told reporters", "on Telegram")."""
    return any(t.key in lex.venue_nouns for t in _outside(tokens, region, excluded))


def names_addressee(tokens: list[Token], region: Span, lex: Lexicon) -> bool:
    """Whether `region` says someone was spoken to or interviewed ("who spoke to AFP", "who told CNN")."""
    addressed = lex.outlet_shapes.get("addressed", frozenset())
    return any(t.key in addressed or t.key in _ADDRESSEE_VERBS for t in _outside(tokens, region, ()))


def _outside(tokens: list[Token], region: Span, excluded: tuple[Span, ...]) -> list[Token]:
    """The tokens of `region` outside the `excluded` spans."""
    first = bisect_left(tokens, region.start, key=token_start)
    last = bisect_left(tokens, region.end, key=token_start)
    first, last = max(first, last - _MAX_REGION_TOKENS), min(last, first + _MAX_REGION_TOKENS)
    window = tokens[first:last]
    del window[bisect_right(window, region.end, key=end_of) :]  # a token running past the region is not in it
    # Tokens are in order and do not overlap, so those inside an excluded span are one run.
    kept = [True] * len(window)
    for e in excluded:
        if e.overlaps(region):
            inside = bisect_left(window, e.start, key=token_start)
            after = max(inside, bisect_right(window, e.end, key=end_of))
            kept[inside:after] = [False] * (after - inside)
    return list(compress(window, kept))


class ClosingRelays:
    """By paragraph, the outlet of a relay that closes it ("… RBC reports this.", "…, the agency said."): the
    outlet of the paragraph's statements that name none of their own, before an interview carries over.
    Looked for only in the paragraphs asked about (most statements name their outlet, or none is near)."""

    def __init__(
        self,
        frames: list[Frame],
        sentences: tuple[tuple[Span, ...], ...],
        tokens: list[Token],
        lex: Lexicon,
        text: str,
    ) -> None:
        self._text = text
        self._contents: dict[int, list[Span]] = {}
        for f in frames:
            self._contents.setdefault(f.paragraph, []).extend(f.content)
        self._sentences, self._tokens, self._lex = sentences, tokens, lex
        self._found: dict[int, str | None] = {}
        self._source: str | bool | None = False  # the article's "Source: OUTLET" line, looked for when first asked

    def get(self, paragraph: int) -> str | None:
        if paragraph not in self._found:
            sentences = self._sentences[paragraph]
            spans = tuple(self._contents.get(paragraph, ()))
            found = closing_relay(self._tokens, sentences[-1], spans, self._lex) if sentences else None
            self._found[paragraph] = found if found is not None else self._source_line()
        return self._found[paragraph]

    def _source_line(self) -> str | None:
        """The outlet a line "Source: OUTLET" names (Ukrainian sites' "Source: Ukrinform"): the relay of the
        article's statements that name none of their own; not "Source: Zelensky on Telegram"."""
        if self._source is False:
            labels = self._lex.outlet_shapes.get("source", frozenset())
            self._source = None
            for sentences in self._sentences:
                if (
                    len(sentences) != 2
                    or sentences[0].end == sentences[0].start
                    or self._text[sentences[0].end - 1] != ":"
                ):
                    continue  # most paragraphs are no "Label: …" line: one look at a character
                label = _outside(self._tokens, sentences[0], ())
                if (
                    label
                    and label[-1].text == ":"
                    and " ".join(t.key for t in label[:-1]) in labels
                    and (named := _credited(_outside(self._tokens, sentences[1], ()), 0, self._lex)) is not None
                ):
                    self._source = named
                    break
        return self._source


_INTERVIEW_WORDS = re.compile(
    r"interview|(?:spoke|speaking|talked) (?:to|with)|sat down with|appeared on", re.IGNORECASE
)
_INTERVIEW_HINTS = ("interview", "spoke", "speaking", "talked", "sat down", "appeared on")  # its words' beginnings
_INTERVIEW_REACH = 3  # paragraphs an interview's sentence covers: a lede's, and the one or two after it


class Interviews:
    """Sentences that tie a person to an outlet and hold no statement of their own ("Defense Minister Rustem
    Umerov gave an interview to Radio Liberty on Monday.", "Umerov spoke to CNN."): the outlet of that person's
    next statements that name none ("He said …"). The person is the name last before the interview's word ("Trump
    … after Christie was pressed Sunday in an ABC interview" is Christie's). Found when first asked, in articles
    whose text has such a word."""

    def __init__(
        self, text: str, frames: list[Frame], sentences: tuple[tuple[Span, ...], ...], tokens: list[Token], lex: Lexicon
    ) -> None:
        self._text, self._frames, self._sentences, self._tokens, self._lex = text, frames, sentences, tokens, lex
        self._found: list[tuple[int, int, str, str]] | None = None  # (start, paragraph, outlet, the person's word)

    def before(self, position: int, paragraph: int, name: str) -> str | None:
        """The outlet of the last interview sentence before `position`, a few paragraphs back at most, whose
        person is `name` (by their surname)."""
        if self._found is None:
            self._found = self._find()
        surname = name.split()[-1].lower()
        for start, n, outlet, person in reversed(self._found):
            if start < position and paragraph - n < _INTERVIEW_REACH:
                return outlet if person == surname else None
        return None

    def _find(self) -> list[tuple[int, int, str, str]]:
        words = _interview_words(self._text)
        if not words:
            return []
        cued: dict[int, list[Span]] = {}  # by paragraph, the spans of its statements' contents and cues
        for f in self._frames:
            cued.setdefault(f.paragraph, []).extend(s for s in (*f.content, f.cue) if s is not None)
        flat = [(sentence, n) for n, sentences in enumerate(self._sentences) for sentence in sentences]
        starts = [sentence.start for sentence, _ in flat]
        found, last = [], -1
        for at in words:
            k = bisect_right(starts, at) - 1
            if k <= last or at >= flat[k][0].end:
                continue
            last = k
            sentence, n = flat[k]
            if any(s.overlaps(sentence) for s in cued.get(n, ())):
                continue  # a statement's own sentence names its outlet itself
            outlet = relay_outlet(self._tokens, sentence, (), self._lex)
            if outlet is not None and (person := self._person_before(sentence, at, outlet)):
                found.append((sentence.start, n, outlet, person))
        return found

    def _person_before(self, sentence: Span, at: int, outlet: str) -> str | None:
        """The word of the name last before offset `at` in `sentence`: capitalised, not the outlet's, a time word or
        a function word."""
        lex, words = self._lex, set(outlet.lower().split())
        for tok in reversed(_outside(self._tokens, Span(sentence.start, at), ())):
            key = tok.key.removesuffix("'s")
            if tok.is_capitalized and key not in words and key not in lex.time_words and lex.word_class(key) is None:
                return key
        return None


def _interview_words(text: str) -> list[int]:
    """Where an interview's words start, in order: their beginnings looked up in a lower-cased copy, each place
    confirmed by the pattern (a regex scan of the whole text cost ten times as much, most of it in articles
    without one)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ") would shift the copy's offsets
        return [m.start() for m in _INTERVIEW_WORDS.finditer(text)]
    found = set()
    for hint in _INTERVIEW_HINTS:
        at = lowered.find(hint)
        while at >= 0:
            if _INTERVIEW_WORDS.match(text, at):
                found.add(at)
            at = lowered.find(hint, at + 1)
    return sorted(found)


def closing_relays(
    frames: list[Frame], sentences: tuple[tuple[Span, ...], ...], tokens: list[Token], lex: Lexicon, text: str
) -> ClosingRelays:
    """The closing relays of an article's paragraphs, found when asked for (ClosingRelays.get)."""
    return ClosingRelays(frames, sentences, tokens, lex, text)


def backfill(
    statements: list[Statement],
    paragraphs: tuple[Span, ...],
    sentences: tuple[tuple[Span, ...], ...],
    tokens: list[Token],
    lex: Lexicon,
) -> list[Statement]:
    """A named speaker's statement without an outlet takes the one a later statement of theirs in the same
    paragraph gives ("Okafor said … . She told the Free Press …": one interview), unless its own sentence
    names another venue ("said at a news conference …")."""
    starts = [p.start for p in paragraphs]
    out = list(statements)
    later: dict[tuple[int, str], str] = {}  # (paragraph, speaker) → the outlet of the speaker's next statement
    for k in range(len(out) - 1, -1, -1):
        s = out[k]
        if s.speaker is None or s.anonymous:
            continue
        n = bisect_right(starts, s.spans[0].start) - 1
        if s.outlet:
            later[n, s.speaker] = s.outlet
        elif (outlet := later.get((n, s.speaker))) is not None:
            anchor = (s.cue_span or s.speaker_span or s.spans[0]).start
            region = next((c for c in sentences[n] if c.start <= anchor < c.end), paragraphs[n])
            if not names_venue(tokens, region, s.spans, lex) and not _told(tokens, region, s.spans, lex):
                out[k] = replace(s, outlet=outlet)
    return out


def _told(tokens: list[Token], region: Span, excluded: tuple[Span, ...], lex: Lexicon) -> bool:
    """Whether `region` tells whom a statement was told ("told the judge"), outside `excluded` spans."""
    return any(
        (hit := lex.cues.match_at(toks, i)) is not None and hit[1].lemma in lex.addressee_cues
        for toks in (_outside(tokens, region, excluded),)
        for i in range(len(toks))
        if toks[i].key in _ADDRESSEE_VERBS
    )


def _outlet_at(toks: list[Token], i: int, tokens: list[Token], lex: Lexicon) -> tuple[int, str] | None:
    """The outlet named from toks[i] on, as (the token after its name, its name); `tokens` are the article's."""
    tok = toks[i]
    if not tok.is_capitalized and not tok.text[0].isupper():
        if hit := lex.media_nouns.match_at(toks, i):
            end = i + hit[0]
            if (listed := lex.outlets.match_at(toks, end)) and (
                _capitalized_at_ends(toks[end : end + listed[0]]) or toks[end].text[0].isdigit()
            ):
                return end + listed[0], listed[1].name  # "the Italian daily Corriere della Sera"
            named = _capitalized_run(toks, end)
            if named:
                return end + len(named.split()), _listed(named, lex) or named
        if (
            tok.key in lex.media_anaphors
            and i > 0
            and toks[i - 1].key == "the"
            and not _capitalized_run(toks, i + 1)
            and _ends_phrase(toks, i + 1, lex)
        ):
            # "told the newspaper", "the agency said": the outlet named just before
            at = bisect_left(tokens, toks[i - 1].start, key=token_start)
            if named := _named_before(tokens, at, tok.key, lex):
                return i + 1, named
        elif (
            _anaphor_of(tok.key, lex)
            and i > 0
            and toks[i - 1].key == "the"
            and i + 1 < len(toks)
            and toks[i + 1].key in lex.source_nouns
        ):
            # "according to the outlet's sources": the outlet named just before
            at = bisect_left(tokens, toks[i - 1].start, key=token_start)
            if named := _named_before(tokens, at, tok.key[:-2], lex):
                return i + 1, named
        elif (hit := lex.outlets.match_at(toks, i)) and (
            (hit[0] == 1 and tok.text == hit[1].name) or (tok.text[0].isdigit() and _glued(toks[i : i + hit[0]]))
        ):
            # a name the outlet writes in lower case or opens with a digit: "the dpa news agency", "the 1+1 channel"
            return i + hit[0], hit[1].name
        return None
    hit = lex.outlets.match_at(toks, i)
    if hit and _capitalized_at_ends(toks[i : i + hit[0]]) and not _describes(toks, i + hit[0] - 1, lex):
        return i + hit[0], hit[1].name
    if tok.key.endswith("'s") and (possessor := lex.outlets.get(tok.text[:-2])):
        return i + 1, possessor.name  # "told CBS's “Face the Nation”"
    if tok.key.endswith("'s") or (i + 1 < len(toks) and (toks[i + 1].is_capitalized or toks[i + 1].key == "of")):
        return _possessor_at(toks, i, tokens, lex)
    return None


def _glued(words: list[Token]) -> bool:
    """Whether a name's tokens are written without spaces between them ("1+1", "24.kg")."""
    return all(a.end == b.start for a, b in pairwise(words))


def _describes(toks: list[Token], last: int, lex: Lexicon) -> bool:
    """Whether a listed name's last word, in lower case, begins a longer media noun before another name: the
    name is a description ("the Ukrainian news site Obozrevatel" is not Ukrainian News; "Japan's Kyodo news
    agency reported" is Kyodo News)."""
    if toks[last].is_capitalized or (noun := lex.media_nouns.match_at(toks, last)) is None or noun[0] < 2:
        return False
    after = last + noun[0]
    return after < len(toks) and (toks[after].is_capitalized or toks[after].text[0].isdigit())


_NAME_INNER = frozenset(("of", "the"))


def _possessor_at(toks: list[Token], i: int, tokens: list[Token], lex: Lexicon) -> tuple[int, str] | None:
    """The outlet a possessive names from toks[i]: a listed one ("Match TV's Sunday show"), or one whose
    programme follows ("Nordvision's morning show", "Radio Tamsin's flagship programme")."""
    j = i
    while j < len(toks) and j - i < _MAX_NAME_TOKENS and not toks[j].key.endswith("'s"):
        if not toks[j].is_capitalized and not (toks[j].key in _NAME_INNER and j > i and j + 1 < len(toks)):
            break  # "Voice of America's Russian service": a listed name's inner "of"
        j += 1
    if j >= len(toks) or j - i >= _MAX_NAME_TOKENS or not toks[j].key.endswith("'s") or not toks[j].is_capitalized:
        return None
    name = " ".join([t.text for t in toks[i:j]] + [toks[j].text[:-2]])
    programmes = lex.outlet_shapes.get("programme", frozenset())
    ahead = any(t.key in programmes for t in toks[j + 1 : j + 1 + _MAX_NAME_TOKENS])
    listed = lex.outlets.get(name)
    k = i - 2 if i > 0 and toks[i - 1].key in _DETERMINERS else i - 1
    # "Al Jazeera's correspondent reported", "Ukrainska Pravda's sources say": whom the outlet's report relays
    staff = j + 1 < len(toks) and (
        toks[j + 1].key in lex.outlet_shapes.get("staff", ()) or lex.singular(toks[j + 1].key) in lex.source_nouns
    )
    if listed and (ahead or staff or (k >= 0 and toks[k].key in _CONTEXT_WORDS and toks[k].key != ",")):
        # "on Match TV's Sunday show", "Al Jazeera's correspondent reported"; not "The Wall Street Journal's editor"
        return j + 1, listed.name
    if not ahead:
        return None
    if (j > i and shaped_outlet(toks, i, lex)) or (j == i and not _known_otherwise(toks[i], tokens, lex)):
        return j + 1, name  # not "Tom Joyner's radio program", "Dr. Oz's show"
    return None


def _anaphor_of(key: str, lex: Lexicon) -> bool:
    """Whether a word is the possessive of a noun standing for an outlet ("the outlet's", "the agency's")."""
    return key.endswith("'s") and key[:-2] in lex.media_anaphors


def _ends_phrase(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether the noun phrase ends before toks[j]: punctuation, a function word, a cue or a time word follows
    ("the newspaper reported", "told the paper that", "the agency said on Monday"), not a noun that the word
    before only qualifies ("at the daily briefing", "a network outage")."""
    if j >= len(toks) or not toks[j].is_word:
        return True
    key = toks[j].key
    if key in lex.venue_nouns:
        return False  # "the daily briefing", "a newspaper interview"
    return lex.word_class(key) is not None or key in lex.time_words or lex.cues.match_at(toks, j) is not None


def _named_before(tokens: list[Token], at: int, noun: str, lex: Lexicon) -> str | None:
    """The outlet named last before token `at`, within a few sentences; none when a body whose name ends
    in the same noun comes nearer ("the Environment Agency … the agency said")."""
    for k in range(at - 1, max(-1, at - _ANAPHOR_REACH), -1):
        tok = tokens[k]
        if tok.key == noun and (tok.is_capitalized or _named_body(tokens, k, lex)):
            return None
        if "-" in tok.key and (edition := _edition(tok, lex)) is not None:
            return edition
        hit = tok.key in lex.outlets.first_keys and lex.outlets.match_at(tokens, k)  # most words start no name
        if hit and k + hit[0] <= at and (_capitalized_at_ends(tokens[k : k + hit[0]]) or tok.text == hit[1].name):
            # the longest name that holds this one: "Daily Sabah", not "Sabah"
            for j in range(max(0, k - _MAX_NAME_TOKENS + 1), k):
                longer = lex.outlets.match_at(tokens, j)
                if longer and k + hit[0] <= j + longer[0] <= at and _capitalized_at_ends(tokens[j : j + longer[0]]):
                    return longer[1].name
            return hit[1].name
    return None


_NOUN_REACH = 4  # words between "the" and the noun of a body described by kind ("the UN's refugee agency")


def _named_body(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether tokens[k], the noun of an outlet's anaphor, heads a body named by its kind after a name that is no
    outlet: "the UN refugee agency", "the IAEA's agency", which "the agency" then stands for; not "the Interfax news
    agency", "the Russian state news agency" (an outlet's description), nor the noun before an outlet's name."""
    if k + 1 < len(tokens) and tokens[k + 1].is_capitalized:
        return False  # "the state news agency WAM"
    j = k - 1
    while j >= 0 and k - j <= _NOUN_REACH and tokens[j].is_word and tokens[j].key not in _DETERMINERS:
        if lex.media_nouns.match_at(tokens, j) is not None or lex.outlets.match_at(tokens, j) is not None:
            return False
        j -= 1
    return any(t.is_capitalized for t in tokens[j + 1 : k])


def closing_relay(tokens: list[Token], sentence: Span, contents: tuple[Span, ...], lex: Lexicon) -> str | None:
    """The outlet a paragraph's last sentence names as the one that reported it, after any content there:
    "RBC reports this.", "This was reported by Reuters.", "…, Interfax reports.", "…, the agency said."."""
    # A closing relay is short ("…, the agency said.", "This was reported by Reuters."): its last words,
    # after any content the sentence holds.
    last = bisect_left(tokens, sentence.end, key=token_start)
    first = max(0, last - _CLOSING_TOKENS)
    after = max((c.end for c in contents if sentence.overlaps(c)), default=sentence.start)
    if credit := _paragraph_credit(
        tokens[max(first, bisect_left(tokens, sentence.start, key=token_start)) : last], lex
    ):
        return credit
    if (credit := _tail_credit(tokens, first, last, lex)) is not None:
        return credit  # "…, the minister said, – Ukrinform.": inside what the content reaches
    firsts = _firsts(lex)
    for i in range(first, last):
        if tokens[i].start < after:
            continue
        tok = tokens[i]
        possessive = tok.is_capitalized and tok.key.endswith("'s")
        found = _outlet_at(tokens, i, tokens, lex) if tok.key in firsts or possessive else None
        if found is None and tok.is_capitalized:
            found = _closing_name(tokens, i, first, lex)
        if found is None:
            continue
        end, name = found
        k = _described_from(tokens, i, first, lex)
        before = tokens[k - 1].key if k > first else ""
        reports = end < last and lex.cues.match_at(tokens, end) is not None  # "RBC reports this", "…, the agency said"
        # "reported by Reuters", "according to Interfax", "writes The Guardian", "in an interview with ICTV"
        interview = before == "with" and k - 1 > first and tokens[k - 2].key in lex.outlet_shapes.get("addressed", ())
        reported = before in ("by", "to") or interview or (k > first and lex.cues.match_at(tokens, k - 1) is not None)
        return name if reports or reported else None
    return None


_CREDIT_DASHES = frozenset("—–-")
_CREDIT_BRACKETS = {"(": ")", "[": "]"}


def _paragraph_credit(toks: list[Token], lex: Lexicon) -> str | None:
    """The outlet a credit closing a paragraph names, the whole of its sentence: "— Reuters", "(AFP)", "[Ukrinform]"
    after a live blog's or a digest's item, whose statements that outlet relayed."""
    if len(toks) < 2 or not (toks[0].text in _CREDIT_DASHES or toks[0].text in _CREDIT_BRACKETS):
        return None
    end = len(toks) - 1 if toks[-1].text == "." else len(toks)
    if toks[0].text in _CREDIT_BRACKETS:
        if toks[end - 1].text != _CREDIT_BRACKETS[toks[0].text]:
            return None
        end -= 1
    named = _credited(toks[:end], 1, lex)
    return named


def _tail_credit(tokens: list[Token], first: int, last: int, lex: Lexicon) -> str | None:
    """The outlet a comma and a dash credit at a sentence's end, the way Ukrainian agencies sign an item ("…, the
    minister said, – Ukrinform.", "…, - Interfax-Ukraine")."""
    end = last - 1 if last > first and tokens[last - 1].text == "." else last
    for d in range(end - 2, max(first, end - _MAX_NAME_TOKENS - 2), -1):
        if tokens[d].text in _CREDIT_DASHES and tokens[d - 1].text == ",":
            return _credited(tokens[d + 1 : end], 0, lex)
    return None


def _credited(toks: list[Token], i: int, lex: Lexicon) -> str | None:
    """The listed outlet that toks[i:] name, all of them and nothing else ("Ukrinform", "Interfax-Ukraine")."""
    hit = lex.outlets.match_at(toks, i) or lex.context_outlets.match_at(toks, i)
    return hit[1].name if hit is not None and i + hit[0] == len(toks) and toks[i].text[0].isupper() else None


def _described_from(tokens: list[Token], i: int, first: int, lex: Lexicon) -> int:
    """Where the words describing the outlet named at tokens[i] begin, not before `first`: "the", a country and
    media nouns ("the Ukrainian television channel ICTV", "the daily Kommersant")."""
    k = i
    while k > first and k > i - _MAX_NAME_TOKENS:
        tok = tokens[k - 1]
        if not (
            tok.key in _DETERMINERS
            or lex.media_nouns.match_at(tokens, k - 1) is not None
            or (tok.is_capitalized and lex.countries.match_at(tokens, k - 1) is not None)
        ):
            break
        k -= 1
    return k


def _closing_name(tokens: list[Token], i: int, first: int, lex: Lexicon) -> tuple[int, str] | None:
    """An outlet the lists do not hold that a closing relay names: shaped like one ("The Tamsin Gazette
    reports this."), or a bare name the article never gives a person, reporting or reported by ("Nordvision
    reports this.", "This was reported by Nordvision.")."""
    if (found := shaped_outlet(tokens, i, lex)) is not None:
        return found
    if not _bare_name(tokens, i, lex) or (i > first and tokens[i - 1].key in _DETERMINERS):
        return None
    after = lex.cues.match_at(tokens, i + 1)
    reports = after is not None and after[1].lemma in lex.outlet_shapes.get("report", ())
    by = i > first + 1 and tokens[i - 1].key == "by" and lex.cues.match_at(tokens, i - 2) is not None
    if (reports or by) and not _known_otherwise(tokens[i], tokens, lex):
        return i + 1, tokens[i].text
    return None


def _capitalized_run(toks: list[Token], i: int) -> str | None:
    """The capitalised words from toks[i], up to a possessive, which ends the name without its 's ("the daily
    Sabah's correspondent" names Sabah)."""
    run = []
    while i < len(toks) and len(run) < _MAX_NAME_TOKENS and toks[i].is_word and toks[i].is_capitalized:
        run.append(toks[i].text)
        i += 1
        if run[-1].endswith(("'s", "’s")):
            run[-1] = run[-1][:-2]
            break
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
