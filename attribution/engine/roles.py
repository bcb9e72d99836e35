"""What a speaker mention says about the speaker: name, title, organisation, country, unnamed-source head.

"Russian Foreign Minister Sergey Lavrov" → name Sergey Lavrov, role Foreign Minister, affiliation
Russian Foreign Ministry, country Russia. "a presidential administration representative" → an unnamed
source whose head is "representative", described as "presidential administration".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..models import Span
from . import affiliations
from .lexicons import Country, Lexicon
from .tokens import Token, particle_name, tokenize

_PARTICLES = {"de", "da", "di", "van", "von", "der", "bin", "al", "ibn", "la", "le", "del", "dos", "du"}
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "madam", "mister"}


@cache
def _body_patterns(bodies: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """From data/body_nouns.txt: the body someone leads ("who heads the Russian delegation", "the head of the
    Turkish presidency"), and whether a phrase names a group someone belongs to (a body, or capitalized)."""
    names = "|".join(sorted(map(re.escape, bodies), key=len, reverse=True))
    leads = re.compile(
        r"\b(?:heads?|headed|leads?|led|chairs?|chaired|of|for|at|represents?|representing)\s+(?:the\s+)?"
        rf"((?:[A-Z][\w.'’-]*\s+)*(?:[a-z]+\s+)?(?:{names}|[A-Z][\w.'’-]*))"
    )
    return leads, re.compile(rf"\b(?:{names})\b|\b[A-Z]")


@dataclass(frozen=True, slots=True)
class MentionParts:
    text: str
    pronoun: str | None = None  # lower case: "she", "who"
    name: str | None = None  # personal name as written, honorifics dropped: "Obama", "Sergey Lavrov"
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    organisation: str | None = None  # the mention is an organisation or country itself ("The Kremlin")
    head: str | None = None  # the last common noun ("officials", "side")
    descriptor: str | None = None  # what qualifies a head noun ("presidential administration")
    plural: bool = False

    @property
    def unnamed_source(self) -> bool:
        return self.name is None and self.organisation is None and self.pronoun is None and self.head is not None


# Possessive and object forms, as the subject they stand for: "his claim that …", "according to him".
_POSSESSIVE = {"his": "he", "her": "she", "their": "they", "its": "it", "him": "he", "them": "they", "us": "we",
               "me": "i"}  # fmt: skip
# "a source in the delegation", "a member of the delegation", "sources close to the Kremlin"
_WITHIN = frozenset({"in", "at", "within", "from", "for", "of", "inside", "close", "near", "familiar"})
_KNOWS_ABOUT = "familiar"  # "sources familiar with the talks" know of a matter, belong to no group


def analyse(text: str, span: Span, lex: Lexicon) -> MentionParts:
    mention = span.of(text)
    toks = tokenize(text, span.start, span.end)
    words = [t for t in toks if t.is_word]
    if len(words) == 1 and (words[0].key in _POSSESSIVE or lex.word_class(words[0].key) in ("pronoun", "relative")):
        key = _POSSESSIVE.get(words[0].key, words[0].key)  # "his claim that …" is his
        return MentionParts(mention, pronoun=key, plural=key in ("they", "we"))
    comma = next((k for k, t in enumerate(toks) if t.text in (",", "(")), len(toks))  # "Perdue (R-Ga.)"
    core, appositive = toks[:comma], toks[comma:]
    within = next((k for k, t in enumerate(core) if k > 0 and t.key in _WITHIN), None)
    if within is not None and lex.source_nouns & {core[within - 1].key}:
        # "a source in the Ukrainian delegation": the head precedes, the group it belongs to follows.
        group = core[within + 1 :]
        while group and lex.word_class(group[0].key) in ("determiner", "preposition"):
            group = group[1:]  # "close to the Kremlin"
        parts = analyse(text, Span(core[0].start, core[within - 1].end), lex)
        affiliation = text[group[0].start : group[-1].end] if group else ""
        known = lex.organisations.get(affiliation)
        affiliation = known.name if known else affiliation  # "members of Congress" → U.S. Congress
        names_group = _body_patterns(lex.body_nouns)[1].search(affiliation)  # not "officials for years"
        if core[within].key != _KNOWS_ABOUT and names_group:
            return replace(parts, text=mention, affiliation=affiliation)
        return replace(parts, text=mention)
    if within is not None and (member := _member_of(text, core, within, lex)) is not None:
        return member  # "Laura Pemberton of Montana", "a spokeswoman for Ukrenergo"
    while core and lex.word_class(core[0].key) == "determiner":
        core = core[1:]
    core = [_possessor(tok, lex) if tok.key.endswith("'s") else tok for tok in core]

    country = adjective = organisation = role = template = None
    labelled: list[tuple[Token, str]] = []  # (token, what it is): country, organisation, title, honorific, word
    i = 0
    while i < len(core):
        tok = core[i]
        if tok.key in _HONORIFICS or (tok.text == "." and labelled and labelled[-1][1] == "honorific"):
            labelled.append((tok, "honorific"))
            i += 1
            continue
        hit_c = lex.countries.match_at(core, i) if tok.is_capitalized else None
        hit_o = lex.organisations.match_at(core, i) if tok.is_capitalized else None
        hit_t = lex.titles.match_at(core, i)
        best = max((h for h in (hit_o, hit_t, hit_c) if h), key=lambda h: h[0], default=None)
        if best is None:
            labelled.append((tok, "word"))
            i += 1
            continue
        n, value = best
        kind = "organisation" if best is hit_o else "title" if best is hit_t else "country"
        if (kind == "title" and _surname(labelled, core[i : i + n], i + n == len(core))) or (
            kind == "country" and _adjective_as_name(labelled, core[i : i + n], value, len(core))
        ):
            labelled.append((tok, "word"))
            i += 1
            continue
        if kind == "country":
            country, adjective = value.name, value.adjective
        elif kind == "organisation":
            organisation = value.name
            country = country or value.country
        else:
            # "President Erdogan's spokesman": a title without a body of its own serves the earlier one's
            role, template = _portfolio(labelled, lex) + value.role, value.affiliation or template
        labelled += [(t, kind) for t in core[i : i + n]]
        i += n

    name_tokens = _trailing_name(labelled)
    if (
        len(name_tokens) == 1
        and lex.listed_speaker_noun(name_tokens[0].key)
        and not lex.speakers.get(name_tokens[0].text)
    ):
        name_tokens = []  # "Officials said", "Analysts say": a capitalized common noun opens the sentence
    if len(name_tokens) == 1 and (at := _index(labelled, name_tokens[0])) > 0 and labelled[at - 1][1] == "country":
        name_tokens = [labelled[at - 1][0], *name_tokens]  # "the Philippine Star": one word is no personal name
    body = None  # an institution the lexicon does not list: "the Chinese Foreign Ministry"
    if name_tokens and name_tokens[-1].key in lex.body_nouns and organisation is None:
        body, name_tokens = _body(labelled, name_tokens, text), []
    if not name_tokens and appositive:
        name_tokens = _appositive_name(appositive, lex)  # "the White House spokesman, Josh Earnest"
    name = text[name_tokens[0].start : name_tokens[-1].end] if name_tokens else None
    # Without a name, the last word is the head: "officials", "the Kremlin spokesman", "the Turkish side".
    last = next((t for t, kind in reversed(labelled) if t.is_word and kind in ("word", "title")), None)
    head = last.text if last is not None and not name and not body else None
    descriptor = (
        " ".join(
            t.text
            for t, kind in labelled
            if kind != "title" and t.is_word and t is not last and t.key not in lex.source_qualifiers
        )
        or None
    )

    affiliation = None
    if template:
        filled = ("{adjective}" not in template or adjective) and ("{country}" not in template or country)
        # "Deputy Foreign Minister Gennady Loktev" in a story about Russia: a minister whose country the
        # mention leaves out serves the country named last before (not a president, a general or a listed
        # speaker, whom the lists place).
        if (
            not filled
            and name_tokens
            and template.endswith(_CABINET)
            and not lex.speakers.get(_text(name_tokens))
            and (near := affiliations.country_before(text, span.start, lex)) is not None
        ):
            country, adjective, filled = near.name, near.adjective, True
        affiliation = _fill(template, country, adjective) if filled else None
    if organisation and (role or name or head):
        # A body the mention names is more precise than a title's generic one: "Security Council Secretary".
        affiliation = (
            organisation if affiliation and affiliation.endswith(" government") else affiliation or organisation
        )
    if role and not affiliation:
        title_at = next(k for k, (_, kind) in enumerate(labelled) if kind == "title")
        affiliation = affiliations.before_title(text, [t for t, _ in labelled[:title_at]], lex)
    if appositive and not affiliation:
        m = _body_patterns(lex.body_nouns)[0].search(text, appositive[0].start, span.end)
        if m:
            affiliation = affiliations.appositive_body(text, m.group(1).strip(), lex)
    speaker_org = None
    organisation = organisation or body
    if organisation and not (name or head):
        speaker_org = organisation
        affiliation = organisation
    elif country and not (name or head or organisation):
        speaker_org = country  # "Türkiye expects …"
    plural = bool(head and head.lower().endswith("s") and not head.lower().endswith("ss"))
    return MentionParts(
        mention,
        name=name,
        role=role,
        affiliation=affiliation,
        country=country,
        organisation=speaker_org,
        head=head,
        descriptor=descriptor,
        plural=plural,
    )


_CABINET = ("Ministry", "government")  # the bodies of a minister's or a secretary's title

_MEMBER_LINKS = frozenset({"of", "for", "at"})


def _member_of(text: str, core: list[Token], within: int, lex: Lexicon) -> MentionParts | None:
    """ "NAME of BODY", "TITLE for/at BODY": a person or office, then the capitalized body it belongs to,
    unless the link is inside a title ("Secretary of State") or the body goes on into a title or name."""
    group = core[within + 1 :]
    while group and lex.word_class(group[0].key) == "determiner":
        group = group[1:]
    while group and not group[-1].is_word:
        group = group[:-1]  # "…, of the Roman Catholic Church;"
    if core[within].key not in _MEMBER_LINKS or not group or not group[0].is_capitalized:
        return None
    if not all(t.is_capitalized or t.key in affiliations.BODY_INNER for t in group if t.is_word):
        return None
    if any(lex.titles.match_at(core, j) for j in range(within + 1, len(core))):
        return None  # "Bank of America CEO Brian Moynihan"
    if any((hit := lex.titles.match_at(core, j)) and j + hit[0] > within for j in range(within)):
        return None  # "Secretary of State": the link belongs to the title
    parts = analyse(text, Span(core[0].start, core[within - 1].end), lex)
    named = parts.name is not None and len(parts.name.split()) > 1
    if not (named or (parts.role and not parts.name)) or parts.affiliation:
        return None
    body = text[group[0].start : group[-1].end]
    if not affiliations.plausible(text, body, group[0].start, lex):
        return None
    known = lex.organisations.get(body)
    return replace(parts, text=text[core[0].start : core[-1].end], affiliation=known.name if known else body)


def _possessor(tok: Token, lex: Lexicon) -> Token:
    """ "EU's", "Germany's": a listed country or organisation as possessor, read as the name alone, so that
    "the EU's foreign policy chief" is affiliated as "EU foreign policy chief" is."""
    stem = tok.text[:-2]
    if lex.countries.get(stem) is None and lex.organisations.get(stem) is None:
        return tok
    return tok._replace(end=tok.end - 2, text=stem, key=tok.key[:-2])


def _index(labelled: list[tuple[Token, str]], token: Token) -> int:
    return next(k for k, (tok, _) in enumerate(labelled) if tok is token)


def _adjective_as_name(labelled: list[tuple[Token, str]], words: list[Token], country: Country, length: int) -> bool:
    """A country adjective that is someone's name: the whole mention ("Cuban said": a country speaks by its
    name) or a surname after a first name ("Mark Cuban")."""
    adjective = country.adjective
    if len(words) != 1 or words[0].text != adjective or adjective == country.name:
        return False
    if adjective.isupper() or "." in adjective:
        return False  # "U.S.", "EU": abbreviations name the country too
    return length == 1 or (len(labelled) == length - 1 and labelled[-1][1] == "word" and labelled[-1][0].is_capitalized)


def _body(labelled: list[tuple[Token, str]], run: list[Token], text: str) -> str:
    """The name of an institution ending the phrase, with the country adjective right before it ("Chinese")."""
    at = _index(labelled, run[0])
    start = labelled[at - 1][0].start if at > 0 and labelled[at - 1][1] == "country" else run[0].start
    return text[start : run[-1].end]


def _appositive_name(appositive: list[Token], lex: Lexicon) -> list[Token]:
    """The personal name that a description before it introduces: ", Josh Earnest" (up to the next comma)."""
    words = []
    for tok in appositive[1:]:
        if tok.text == ",":
            break
        words.append(tok)
    initials_ok = all(t.is_capitalized or (t.text == "." and k > 0) for k, t in enumerate(words))
    named = sum(t.is_word for t in words) >= 2 or (len(words) == 1 and lex.speakers.get(words[0].text) is not None)
    return words if words and appositive[0].text == "," and initials_ok and named else []


def _trailing_name(labelled: list[tuple[Token, str]]) -> list[Token]:
    """The run of capitalized words at the end of the phrase: the personal name, if any."""
    run: list[Token] = []
    for tok, kind in reversed(labelled):
        if kind == "honorific":
            break
        if kind != "word":
            break
        if tok.is_capitalized or tok.key in _PARTICLES or particle_name(tok) or (tok.text == "." and run):
            run.insert(0, tok)
        else:
            break
    while run and not run[0].is_capitalized:
        run.pop(0)
    return [t for t in run] if any(t.is_word for t in run) else []


def _surname(labelled: list[tuple[Token, str]], title: list[Token], last: bool) -> bool:
    """A capitalized title ending the phrase right after a name is its surname: "Angus King"."""
    return (
        last
        and bool(labelled)
        and labelled[-1][1] == "word"
        and labelled[-1][0].is_capitalized
        and all(t.is_capitalized for t in title if t.is_word)
    )


def _portfolio(labelled: list[tuple[Token, str]], lex: Lexicon) -> str:
    """Capitalized portfolio words (data/portfolios.txt) right before a title: "Economy Minister"."""
    words: list[str] = []
    for tok, kind in reversed(labelled):
        if kind != "word" or not tok.is_capitalized or tok.key not in lex.portfolios:
            break
        words.insert(0, tok.text)
    return " ".join(words) + " " if words else ""


def _text(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens if t.is_word)


def _fill(template: str, country: str | None, adjective: str | None) -> str:
    return template.replace("{adjective}", adjective or "").replace("{country}", country or "").strip()
