"""What a speaker mention says about the speaker: name, title, organisation, country, unnamed-source head.

"Russian Foreign Minister Sergey Lavrov" → name Sergey Lavrov, role Foreign Minister, affiliation
Russian Foreign Ministry, country Russia. "a presidential administration representative" → an unnamed
source whose head is "representative", described as "presidential administration".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..models import Span, slot_setting_init
from . import affiliations
from .lexicons import Country, Lexicon, Organisation
from .names import known_speaker
from .tokens import Token, particle_name, tokenize

NAME_PARTICLES = frozenset({"de", "da", "di", "van", "von", "der", "bin", "al", "ibn", "la", "le", "del", "dos", "du"})
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "madam", "mister"}


# "a senior official with the Harbour Board", never "trading insults with Mr. Hannity".
_WITH = "|".join(rf"(?<={n} )with" for n in ("official", "officer", "analyst", "economist", "fellow", "researcher"))
# Words that end a body's name read leftwards: "for years in public service" names no body.
_LINKS = r"(?:of|for|in|at|on|to|and|or|the|a|an|with|by|from|as|since|over|under|after|before|who|which|that)"


@cache
def _body_patterns(bodies: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """From data/body_nouns.txt: the body someone leads ("who heads the Russian delegation", "the head of the
    Turkish presidency"), and whether a phrase names a group someone belongs to (a body, or capitalized)."""
    names = "|".join(sorted(map(re.escape, bodies), key=len, reverse=True))
    leads = re.compile(
        rf"\b(?:heads?|headed|leads?|led|chairs?|chaired|of|for|at|{_WITH}|represents?|representing)\s+(?:the\s+)?"
        rf"((?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and|&)\s+(?=[A-Z]))?)*"
        rf"(?:(?:(?!{_LINKS}\b)[a-z][\w'’-]*\s+){{0,3}}(?:{names})\b|[A-Z][\w.'’-]*))"
    )
    return leads, re.compile(rf"\b(?:{names})\b|\b[A-Z]")


@slot_setting_init
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
_WITHIN = frozenset({"in", "at", "within", "from", "for", "of", "inside", "close", "near", "familiar", "with", "on"})
_KNOWS_ABOUT = "familiar"  # "sources familiar with the talks" know of a matter, belong to no group


# Words after which a person noun's phrase says where or with whom the person is: "a nurse at the hospital",
# "officials with the city", "the 27-year-old from Moose Jaw", "residents of the street".
PERSON_LINKS = frozenset({"from", "at", "with", "in", "for", "of", "on", "inside", "within"})
_PLACE_LINKS = frozenset({"from", "at", "in", "inside", "within"})


def _without_place(core: list[Token]) -> list[Token]:
    """A mention without the place after a named body ("Thomas Ngata of Otago University in Dunedin", "the
    University of Otago in New Zealand"): "in" and capitalized words to the end, after "of" and a capitalized body."""
    for m in range(len(core) - 2, 1, -1):
        if core[m].key == "in":
            tail, head = core[m + 1 :], core[:m]
            named = all(t.is_capitalized for t in tail if t.is_word) and core[m - 1].is_capitalized
            return head if named and any(t.key == "of" for t in head[1:-1]) else core
    return core


def _comma_after_name(toks: list[Token], comma: int, lex: Lexicon) -> int:
    """The first comma or parenthesis of a mention from `comma` on, outside a listed organisation's name that
    starts right before it, else the mention's length."""
    hit = lex.organisations.match_at(toks, comma - 1)
    if hit is None or hit[0] < 2:
        return comma
    after = comma - 1 + hit[0]
    return next((k for k in range(after, len(toks)) if toks[k].text in (",", "(")), len(toks))


_SHORT_FORM_TOKENS = 4


def _short_form_at(toks: list[Token], at: int) -> int:
    """The token after a capitalised short form in brackets at `at` that the mention goes on after ("(AK Party)
    spokesperson"), else 0; not a closing label ("Perdue (R-Ga.)")."""
    close = next((k for k in range(at + 1, min(len(toks), at + 2 + _SHORT_FORM_TOKENS)) if toks[k].text == ")"), 0)
    inner = toks[at + 1 : close]
    if not close or close + 1 >= len(toks) or not toks[close + 1].is_word or not inner:
        return 0
    return close + 1 if all(t.is_word and t.text[0].isupper() for t in inner) else 0


def person_from(toks: list[Token], m: int, lex: Lexicon, titles: bool = False) -> bool:
    """ "a lawyer from Sichuan", "a nurse at the Ottawa Hospital", "officials with the city": a person noun and
    where or with whom the person is, an unnamed speaker as "a source in the delegation" is (of the group, only a
    body is kept, not a place). A title's own "of"/"for" ("the head of the agency") only with `titles` (the
    mention's extent); its body is the title's to read."""
    if m == 0 or toks[m].key not in PERSON_LINKS or not (before := toks[m - 1]).is_word:
        return False
    if before.is_capitalized and m > 1 and toks[m - 2].is_word:
        return False  # "the City of Regina": a name's word, not a noun opening the sentence ("Officials with …")
    if before.key.endswith("year-old"):
        return True  # "the 27-year-old from Moose Jaw"
    if toks[m].key in ("of", "for") and (title := lex.titles.match_at(toks, m - 1)) is not None:
        # not "Secretary of State John Kerry", "the secretary of state": the title goes on over its link
        return titles and title[0] == 1 and not before.is_capitalized
    if lex.word_class(before.key) is not None:
        return False  # "Many in the crowd", "most of them": a quantity, read as one elsewhere
    noun = lex.singular(before.key)
    # a person: not "a poll from MSNBC", "a paper from the institute", "the ministry from …", "the city of Phoenix"
    things = (lex.document_nouns, lex.work_nouns, lex.issued_nouns, lex.media_anaphors, lex.body_nouns)
    if noun not in lex.person_nouns or noun in lex.report_nouns or any(noun in t for t in things):
        return False
    if noun in lex.impersonal_nouns:
        return toks[m].key == "from"  # not "the city of Phoenix", "a number of experts", "cities in the nation"
    # a group where it is ("Police in Halifax", "a group from Ohio"), not what it is of ("a crowd of protesters")
    return toks[m].key in _PLACE_LINKS or (noun not in lex.collective_nouns and noun not in lex.organisation_nouns)


def analyse(text: str, span: Span, lex: Lexicon, tokens: list[Token] | None = None) -> MentionParts:
    """What a mention says; `tokens` are the mention's own where the caller has them (else it is tokenized)."""
    mention = span.of(text)
    toks = tokenize(text, span.start, span.end) if tokens is None else tokens
    words = [t for t in toks if t.is_word]
    if len(words) == 1 and (words[0].key in _POSSESSIVE or lex.word_class(words[0].key) in ("pronoun", "relative")):
        key = _POSSESSIVE.get(words[0].key, words[0].key)  # "his claim that …" is his
        return MentionParts(mention, pronoun=key, plural=key in ("they", "we"))
    if (ing := _participle_at(toks, lex)) is not None:
        # "The union representing nurses at Eastside General": the head before its participle is the speaker
        return replace(analyse(text, Span(toks[0].start, toks[ing - 1].end), lex, toks[:ing]), text=mention)
    n = len(toks)
    comma = next((k for k, t in enumerate(toks) if t.text in (",", "(")), n)  # "Perdue (R-Ga.)"
    if comma < n and toks[comma].text == "(" and (short := _short_form_at(toks, comma)):
        # "Justice and Development Party (AK Party) spokesperson Omer Celik": the body by its short form, whose
        # words are all its own ("The Organization for Security and Co-operation in Europe (OSCE)": not Europe)
        toks = toks[comma + 1 : short - 1] + toks[short:]
        n = len(toks)
        comma = next((k for k, t in enumerate(toks) if t.text in (",", "(")), n)
    if 0 < comma < n and toks[comma - 1].key in lex.organisations.first_keys:
        comma = _comma_after_name(toks, comma, lex)  # "a spokesperson for Immigration, Refugees and … Canada"
    if 0 < comma < len(toks) - 1 and toks[comma + 1].key in _WITHIN and toks[comma - 1].key in lex.source_nouns:
        toks = toks[:comma] + toks[comma + 1 :]  # "another source, in the government": the group is the source's
        comma = next((k for k, t in enumerate(toks) if t.text in (",", "(")), len(toks))
    core, appositive = toks[:comma], toks[comma:]
    if " in " in mention:
        core = _without_place(core)  # "Thomas Ngata of Otago University in Dunedin": the body's place
    suffix_dot = len(core) > 1 and core[-1].text == "." and core[-2].key in lex.company_suffixes
    if suffix_dot:
        core = core[:-1]  # "Northway Ltd.": the company's name ends in its suffix
    within = next((k for k, t in enumerate(core) if k > 0 and t.key in _WITHIN), None)
    source = within is not None and lex.source_nouns & {core[within - 1].key}
    # "a nurse at the hospital, Ann Lee, said": the name in apposition speaks (read below), not the noun before "at"
    person = (
        within is not None
        and (
            not appositive
            or core[within].key == "from"
            or (len(appositive) > 1 and lex.word_class(appositive[1].key) == "relative")  # ", who works nights"
        )
        and person_from(core, within, lex)
    )
    if (
        within is not None
        and core[within].key == "of"
        and within + 3 < len(core)
        and not core[within + 1].is_capitalized
        and (named := _name_after_portfolio(core, within, lex)) is not None
    ):
        # "CBSA director of operations Ann Lee": the position over a lowercase portfolio, then the person's name
        parts = analyse(text, Span(core[0].start, core[within - 1].end), lex, core[:within])
        return replace(parts, text=mention, name=text[core[named].start : core[-1].end], head=None)
    if within is not None and (titled := _titled_body_name(text, core, within, lex)) is not None:
        return replace(titled, text=mention)  # "Head of the Office of the President Andriy Yermak"
    if within is not None and (source or person):
        # "a source in the Ukrainian delegation": the head precedes, the group it belongs to follows.
        group = core[within + 1 :]
        while group and lex.word_class(group[0].key) in ("determiner", "preposition"):
            group = group[1:]  # "close to the Kremlin"
        group = _named_part(group)
        parts = analyse(text, Span(core[0].start, core[within - 1].end), lex, core[:within])
        affiliation = text[group[0].start : group[-1].end] if group else ""
        owner = next((k for k, t in enumerate(group) if affiliations.owns(t.key, lex)), None)
        if owner is not None and group[owner].is_capitalized:  # "officials at Monday's meeting": no body
            affiliation = affiliations.appositive_body(text, affiliation, lex) or ""
        elif owner is not None and owner + 1 < len(group):  # "a source in the city's transport department"
            affiliation = text[group[owner + 1].start : group[-1].end]
        known = lex.organisations.get(affiliation)
        affiliation = known.name if known else affiliation  # "members of Congress" → U.S. Congress
        serves = group and core[within].key in _SERVES and _serves(group, lex)  # "a judge with the provincial court"
        names_group = (  # not "officials for years"; "a lawyer from Sichuan" says where, "from the clinic" who
            _body_patterns(lex.body_nouns)[1].search(affiliation) or serves
            if source
            else group
            and (
                known
                or _names_group(group[-1].key, lex)
                or (group[0].is_capitalized and any(_names_body(t.key, lex) for t in group))
                or serves
            )  # "at the Burgundy Institute of Plant Sciences"
        )
        if core[within].key != _KNOWS_ABOUT and names_group and not _personal_name(group, lex):
            return replace(parts, text=mention, affiliation=affiliation)  # not "a spokesman for Ann Lee"
        return replace(parts, text=mention)
    if within is not None and (
        (core[within].key in ("in", "from") and core[within - 1].key in lex.outlet_shapes.get("staff", ()))
        or _kin_of_person(core, within, lex)
    ):
        # "Al Jazeera's correspondent in Istanbul": the reporter, from where they report; "The family of Ann Lee
        # said": the family speaks, not the person it is named after
        return replace(analyse(text, Span(core[0].start, core[within - 1].end), lex, core[:within]), text=mention)
    if within is not None and (member := _member_of(text, core, within, lex)) is not None:
        if member.name is None and appositive and (named := _appositive_name(appositive, lex)):
            # "The president of Inuit Tapiriit Kanatami, Lucy Qavavauq, said": the name in apposition to the office
            member = replace(member, text=mention, name=text[named[0].start : named[-1].end], head=None)
        return member  # "Laura Pemberton of Montana", "a spokeswoman for Ukrenergo"
    if within is not None and not appositive and person_from(core, within, lex, titles=True):
        # "A lawyer for the family", "the 27-year-old from Moose Jaw": the person before the link speaks
        return replace(analyse(text, Span(core[0].start, core[within - 1].end), lex, core[:within]), text=mention)
    while core and lex.word_class(core[0].key) == "determiner":
        core = core[1:]
    if len(core) > 1 and core[0].key == "of":  # a partitive: "One of the judges" is a judge, "of the" no description
        core = core[1:]
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
        key = tok.key  # tables tested by their first words before a look-up: most words start no phrase
        hit_c = lex.countries.match_at(core, i) if tok.is_capitalized and key in lex.countries.first_keys else None
        hit_o = (
            lex.organisations.match_at(core, i) if tok.is_capitalized and key in lex.organisations.first_keys else None
        )
        hit_t = lex.titles.match_at(core, i) if key in lex.titles.first_keys else None
        best = (hit_o or hit_t or hit_c) and max((h for h in (hit_o, hit_t, hit_c) if h), key=_length)
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
        and not (len(labelled) > 1 and labelled[-2][1] == "honorific")  # "Mr. Band", "Ms. Crew": a surname
    ):
        name_tokens = []  # "Officials said", "Analysts say": a capitalized common noun opens the sentence
    if len(name_tokens) == 1 and (at := _index(labelled, name_tokens[0])) > 0 and labelled[at - 1][1] == "country":
        name_tokens = [labelled[at - 1][0], *name_tokens]  # "the Philippine Star": one word is no personal name
    body = None  # an institution the lexicon does not list: "the Chinese Foreign Ministry"
    if name_tokens and _names_body(name_tokens[-1].key, lex) and organisation is None:
        body, name_tokens = _body(labelled, name_tokens, text), []
        if suffix_dot:
            body += "."  # "Maple Harbour Foods Inc."
    elif organisation is None and role is None and (named := _body_of(labelled, lex)) is not None:
        body, name_tokens = text[named[0].start : named[-1].end], []  # "the University of Copenhagen"
    elif name_tokens and organisation is None and role is None and _kind_before(labelled, name_tokens, lex):
        body, name_tokens = _text_of(text, name_tokens), []  # "the farmers' union FNSEA", "lender Alpen Hypo"
    if not name_tokens and appositive:
        name_tokens = _appositive_name(appositive, lex)  # "the White House spokesman, Josh Earnest"
    name = text[name_tokens[0].start : name_tokens[-1].end] if name_tokens else None
    # Without a name, the last word is the head: "officials", "the Kremlin spokesman", "the Turkish side".
    last = next((t for t, kind in reversed(labelled) if t.is_word and kind in ("word", "title")), None)
    head = last.text if last is not None and not name and not body else None
    descriptor = (
        " ".join(
            word
            for t, kind in labelled
            if kind != "title"
            and t.is_word
            and t is not last
            and t.key not in lex.source_qualifiers
            and not t.key.isdigit()
            if (word := _described_by(text, t, lex))
        )
        or None
    )
    if descriptor and (" of " in descriptor or descriptor.rsplit(" ", 1)[-1] in lex.descriptor_tails):
        descriptor = _whole_descriptor(  # "coalition of nearly", "group of Latin American": the words read again
            [
                (t, word)
                for t, kind in labelled
                if kind != "title" and t.is_word and t is not last and t.key not in lex.source_qualifiers
                if not t.key.isdigit() and (word := _described_by(text, t, lex))
            ],
            lex,
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
            and not known_speaker(lex, _text(name_tokens))
            and (near := _country_before(text, span.start, lex)) is not None
        ):
            country, adjective, filled = near.name, near.adjective, True
        affiliation = _fill(template, country, adjective) if filled else None
        if affiliation and (listed := lex.organisations.get(affiliation)) is not None:
            affiliation = listed.name  # "Turkish presidency" as the lists name it: Turkish presidential administration
    if organisation and (role or name or head):
        # A body the mention names is more precise than a title's generic one: "Security Council Secretary".
        affiliation = (
            organisation if affiliation and affiliation.endswith(" government") else affiliation or organisation
        )
    if role and not affiliation:
        title_at = max(k for k, (_, kind) in enumerate(labelled) if kind == "title")
        while title_at > 0 and labelled[title_at - 1][1] == "title":
            title_at -= 1  # the title the role is (the last): "Justice Department spokeswoman"
        affiliation = affiliations.before_title(text, [t for t, _ in labelled[:title_at]], lex)
    # a title's body that the lists fix ("Senator": U.S. Senate) gives way to a listed body of another country that
    # the apposition names: "Senator Grigory Karasin, head of the Federation Council's international affairs
    # committee"; not a relative clause's ("…, who chairs the National Security Council"), nor a state or a
    # committee ("Sen. Anna Berg, D-California", "Rep. Ian Holt, chairman of the Black Caucus PAC")
    fixed = bool(template and affiliation and "{" not in template and not organisation)
    if appositive and (
        not affiliation or (fixed and len(appositive) > 1 and lex.word_class(appositive[1].key) != "relative")
    ):
        found = list(_body_patterns(lex.body_nouns)[0].finditer(text, appositive[0].start, span.end))
        # "chair of the consultants' committee at the Royal Medical Association": the named body, else the first
        m = next((m for m in found if m.group(1)[:1].isupper()), None if fixed else found[0] if found else None)
        if m and fixed:
            named = lex.organisations.get(affiliations.appositive_body(text, m.group(1).strip(), lex) or "")
            default = lex.organisations.get(affiliation)
            affiliation = named.name if named and default and named.country != default.country else affiliation
        elif m:
            affiliation = affiliations.appositive_body(text, m.group(1).strip(), lex)
        elif (
            not fixed
            and len(appositive) > 2
            and appositive[1].key in ("a", "an")
            and (party := _member(appositive, lex))
        ):
            affiliation = party  # "Greta Lind, a Christian Democrat", "Dale Harker, a Republican from Ohio"
    if affiliation and affiliation.lower() in _unqualified(lex):
        # "Presidential Office adviser Dmytro Lytvyn" in a story about Ukraine: a listed national body named without
        # its country is the one of the country named before
        near = _country_before(text, span.start, lex)
        listed = lex.organisations.get(f"{near.adjective} {affiliation}") if near is not None else None
        affiliation = listed.name if listed is not None else affiliation
    speaker_org = None
    if adjective and head == "government" and not (role or organisation) and descriptor in (country, adjective):
        body, head = f"{adjective} government", None  # "Hungary's government", "the Hungarian government"
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
_UNQUALIFIED: dict[int, frozenset[str]] = {}
_STATE_KINDS = frozenset(("ministry", "presidency", "government", "military"))  # not "Canadian Red Cross", "Senate"


def _unqualified(lex: Lexicon) -> frozenset[str]:
    """The names of listed state bodies without the country's adjective they open with, in lower case
    ("presidential office" of "Ukrainian Presidential Office"), for a look-up before the country is looked for."""
    key = id(lex.organisations)
    if key not in _UNQUALIFIED:
        adjectives = {country.adjective.lower() for _, country in lex.countries.items()}
        _UNQUALIFIED[key] = frozenset(
            rest
            for phrase, body in lex.organisations.items()
            if body.kind in _STATE_KINDS and (parts := phrase.split(" ", 1))[0] in adjectives and len(parts) == 2
            for rest in parts[1:]
        )
    return _UNQUALIFIED[key]


def _country_before(text: str, at: int, lex: Lexicon) -> Country | None:
    """The country of a minister's mention at `at` that names none: named last before its sentence when a comma or
    a quotation comes just before the mention ("Russia will not agree while Kyiv stalls, Deputy Foreign Minister X
    said": what was said names the country talked about, not the speaker's), else (or when none is) before it."""
    if text[max(0, at - 4) : at].rstrip().endswith((",", ",\u201d", "\u201d", ",'", ',"')):
        opening = max(text.rfind(". ", 0, at) + 1, text.rfind("\n", 0, at) + 1)
        if (dateline := _DATELINE.match(text, opening)) is not None:
            opening = dateline.end()  # "MOSCOW (Reuters) - …": the city opening the sentence is no statement's
        if opening and (country := affiliations.country_before(text, opening, lex)) is not None:
            return country
    return affiliations.country_before(text, at, lex)


_DATELINE = re.compile(r"[A-Z][A-Z'’. ]+(?=\s*(?:,|:|\(|[-—–]))")

_MEMBER_LINKS = frozenset({"of", "for", "at", "from"})  # "from" only after a full name: "a lawyer from Sichuan"


def _participle_at(toks: list[Token], lex: Lexicon) -> int | None:
    """Where a present participle modifies the head of a mention that opens with an article ("The union
    representing nurses at …", "a company making vaccines"); not a noun in a compound ("the planning department",
    "the city's planning and zoning office")."""
    if len(toks) < 5 or toks[0].key not in ("the", "a", "an"):
        return None
    for k in range(2, len(toks) - 2):
        tok, after = toks[k], toks[k + 1]
        if not tok.is_word:
            return None
        if (
            tok.key.endswith("ing")
            and not tok.is_capitalized
            and lex.word_class(tok.key) is None
            and after.is_word
            and after.key not in lex.kind_words
            and after.key not in ("and", "or")
            and all(lex.word_class(t.key) is None and t.is_word for t in toks[1:k])
        ):
            return k
    return None


def _titled_body_name(text: str, core: list[Token], within: int, lex: Lexicon) -> MentionParts | None:
    """A title "of" or "for" a body written before the person's name, as translated wire copy does ("Head of the Office
    of the President Andriy Yermak", "Chief of the General Staff Valery Gerasimov", "Press Secretary of the President
    of the Russian Federation Dmitry Peskov", "Spokesperson for the Ministry of Foreign Affairs of Ukraine Heorhii
    Tykhyi"): the name at the end (a known first name and one or two capitalised words) speaks, the title is the role
    and the body the affiliation."""
    nation = lex.countries.match_at(core, 0) if core[0].is_capitalized else None
    lead = nation[0] if nation else 0  # "Hungarian State Secretary for European Affairs Gábor Répási"
    rank = lead
    while rank < len(core) - 1 and core[rank].key in _RANKS and lex.titles.match_at(core, rank) is None:
        rank += 1  # "Deputy Head of the President's Office Ihor Zhovkva": a rank before a title
    whole = lex.titles.match_at(core, rank) if core[rank].is_capitalized else None
    if whole is None or rank + whole[0] >= len(core) or core[rank + whole[0]].key not in _TITLE_LINKS:
        return None  # "Secretary of State Marco Rubio": a title of its own, with its body
    link = rank + whole[0]
    if any((t := lex.titles.match_at(core, m)) and m + t[0] > link for m in range(lead + 1, link)):
        return None  # "Deputy Secretary of State Tom Nides": the link is inside a title
    n, first = len(core), link + 1 + (link + 1 < len(core) and core[link + 1].key == "the")
    for start in (n - 2, n - 3):  # the name: two words, else three
        if start <= first or not all(t.is_capitalized and t.is_word for t in core[start:]):
            continue
        body = core[first:start]
        name = text[body[0].start : body[-1].end]
        listed = lex.organisations.get(name)
        # the body ends in a body's noun, a title or a country ("… Office of the President", "… of Ukraine"), or is a
        # listed organisation, or the name opens with a known first name; a name of three words only so ("Chief of
        # the General Staff …")
        given = core[start].key in lex.first_names
        owner = _country_ending(body, lex)
        # a body has its article ("for the Kestrel Group"), a portfolio has none ("for European Affairs")
        named = (
            listed
            or body[-1].key in lex.body_nouns
            or lex.titles.get(body[-1].text) is not None
            or owner
            or first > link + 1
        )
        # a portfolio right after "for" or "of" ("Minister for Public Works Sam Olu") before two capitalised words
        portfolio = first == link + 1 and lex.word_class(body[-1].key) is None
        if body[0].is_capitalized and ((named and given) or (start == n - 2 and (named or given or portfolio))):
            break
    else:
        return None
    title = whole[1]
    if listed is None and owner is not None:
        listed = _national_body(body, owner, lex)
    elif listed is None and name.lower() in _unqualified(lex) and (near := _country_before(text, core[0].start, lex)):
        listed = lex.organisations.get(f"{near.adjective} {name}")  # "… of the Presidential Administration" in Moscow
    country = lex.countries.get(listed.country) if listed and listed.country else owner and owner[1]
    country = country or (nation and nation[1])
    if listed:
        affiliation = listed.name
    elif named:
        affiliation = name
    else:  # a portfolio, no body ("for European Affairs", "for Transport"): the title's body of the country named
        filled = title.affiliation and country and _fill(title.affiliation, country.name, country.adjective)
        affiliation = lex.organisations.get(filled).name if filled and lex.organisations.get(filled) else filled
    return MentionParts(
        text[core[0].start : core[-1].end],
        name=text[core[start].start : core[-1].end],
        role=" ".join([*(t.text for t in core[lead:rank]), title.role, core[link].key, name]),
        affiliation=affiliation or None,
        country=country.name if country else None,
    )


def _name_after_portfolio(core: list[Token], within: int, lex: Lexicon) -> int | None:
    """Where the personal name starts in "vice-president of enforcement Ann Lee": a position noun, "of", lowercase
    words with no article ("the head of the Moncton Area" names a body), then two capitalized words or more."""
    if not lex.names_someone(core[within - 1].key):
        return None
    if (title := lex.titles.match_at(core, within - 1)) is not None and title[0] > 1:
        return None  # "secretary of state Madeleine Albright", "chief of staff Don Regan": a listed title
    k = within + 1
    while k < len(core) and core[k].is_word and not core[k].is_capitalized and lex.word_class(core[k].key) is None:
        k += 1
    if k == within + 1 or len(core) - k < 2 or not all(t.is_word and t.is_capitalized for t in core[k:]):
        return None
    return None if core[-1].key in lex.body_nouns else k


_TITLE_LINKS = frozenset(("of", "for"))
_RANKS = frozenset(("deputy", "first", "acting"))  # words before a title that the lists need not hold with it


def _country_ending(body: list[Token], lex: Lexicon) -> tuple[int, Country] | None:
    """Where a country's name ends a body's words after "of" ("Ministry of Foreign Affairs of Ukraine", "President of
    the Russian Federation"), as (the index of that "of", the country)."""
    for j in range(len(body) - 2, 0, -1):
        if body[j].key == "of":
            at = j + 1 + (body[j + 1].key == "the")
            hit = lex.countries.match_at(body, at) if at < len(body) else None
            return (j, hit[1]) if hit is not None and at + hit[0] == len(body) else None
    return None


def _national_body(body: list[Token], owner: tuple[int, Country], lex: Lexicon) -> Organisation | None:
    """The listed body that "HEAD of COUNTRY" names: a title's body ("President of the Russian Federation": the
    Russian presidency) or the country's adjective before the head ("Ukrainian Ministry of Foreign Affairs")."""
    j, country = owner
    head = " ".join(t.text for t in body[:j])
    title = lex.titles.get(head)
    if title is not None and title.affiliation:
        return lex.organisations.get(_fill(title.affiliation, country.name, country.adjective))
    return lex.organisations.get(f"{country.adjective} {head}")


def _kin_of_person(core: list[Token], within: int, lex: Lexicon) -> bool:
    """ "the family of Ann Lee", "friends of Tom Reyes": a lowercase noun for people, "of" and a personal name (two
    capitalized words or more, not a body's name)."""
    head, name = core[within - 1], core[within + 1 :]
    return (
        core[within].key == "of"
        and head.is_word
        and not head.is_capitalized
        and lex.listed_speaker_noun(head.key)
        and lex.titles.match_at(core, within - 1) is None
        and len(name) >= 2
        and all(t.is_capitalized and t.is_word for t in name)
        and not _names_body(name[-1].key, lex)
        and lex.organisations.match_at(name, 0) is None
    )


def _member_of(text: str, core: list[Token], within: int, lex: Lexicon) -> MentionParts | None:
    """ "NAME of BODY", "TITLE for/at BODY": a person or office, then the capitalized body it belongs to,
    unless the link is inside a title ("Secretary of State") or the body goes on into a title or name."""
    group = core[within + 1 :]
    while group and lex.word_class(group[0].key) == "determiner":
        group = group[1:]
    while group and not group[-1].is_word:
        group = group[:-1]  # "…, of the Roman Catholic Church;"
    if core[within].key not in _MEMBER_LINKS or not group:
        return None
    group = _named_part(group)
    if not group[0].is_capitalized or not all(t.is_capitalized or t.key in affiliations.BODY_INNER for t in group):
        unit = _member_of_unit(text, core, within, group, lex) if core[within].key != "from" else None
        return unit or _named_member(text, core, within, group, lex)
    if _personal_name(group, lex):
        return None  # "a lawyer for Ann Lee": whom the person works for is no body
    if not _names_group(group[-1].key, lex) and any(lex.titles.match_at(core, j) for j in range(within + 1, len(core))):
        return None  # "Bank of America CEO Brian Moynihan", not "Lakeview General Hospital"
    if any((hit := lex.titles.match_at(core, j)) and j + hit[0] > within for j in range(within)):
        return None  # "Secretary of State": the link belongs to the title
    parts = analyse(text, Span(core[0].start, core[within - 1].end), lex, core[:within])
    named = parts.name is not None and len(parts.name.split()) > 1
    if named and parts.affiliation:
        # "Senator Ted Cruz of Texas", "Rep. Anna Lee of Ohio": the title's body stands, "of" gives where they are from
        return replace(parts, text=text[core[0].start : core[-1].end])
    if not (named or (parts.role and not parts.name and core[within].key != "from")) or parts.affiliation:
        return None
    body = text[group[0].start : group[-1].end]
    if not affiliations.plausible(text, body, group[0].start, lex):
        return None
    known = lex.organisations.get(body)
    return replace(parts, text=text[core[0].start : core[-1].end], affiliation=known.name if known else body)


def _personal_name(group: list[Token], lex: Lexicon) -> bool:
    """ "Ann Lee", "Tom Reyes": a listed first name and capitalized words ending in a surname or two words, no body's
    nor organisation's name ("Kevin Doyle Construction")."""
    words = [t for t in group if t.is_word]
    return (
        len(words) >= 2
        and words[0].key in lex.first_names
        and all(t.is_capitalized for t in words)
        and (len(words) == 2 or words[-1].text in lex.surnames)
        and not _names_body(words[-1].key, lex)
        and lex.organisations.match_at(words, 0) is None
    )


def _named_part(group: list[Token]) -> list[Token]:
    """ "neighbouring Birch Township", "the libertarian Cato Institute": lowercase words before a capitalized body
    describe it; the body is its name."""
    lead = 0
    while lead < len(group) - 1 and group[lead].is_word and not group[lead].is_capitalized:
        lead += 1
    if lead and all(t.is_capitalized or t.key in affiliations.BODY_INNER for t in group[lead:]):
        return group[lead:]
    return group


def _member_of_unit(text: str, core: list[Token], within: int, group: list[Token], lex: Lexicon) -> MentionParts | None:
    """ "the head of Nordgrid's control room" (the possessor is the body), "the chair of the regional dairy
    farmers' union" (a body noun in lower case ends the phrase): a title, then the body it serves."""
    parts = analyse(text, Span(core[0].start, core[within - 1].end), lex, core[:within])
    if parts.affiliation or not (parts.role or parts.name) or (parts.name and len(parts.name.split()) < 2):
        return None
    words = [t for t in group if t.is_word]
    if not words:
        return None
    if words[0].is_capitalized and words[0].key.endswith("'s"):  # "Const. Jenny Lee of the OPP's Algoma detachment"
        body = words[0].text[:-2]
        if not affiliations.plausible(text, body, words[0].start, lex, possessive=True):
            return None
        known = lex.organisations.get(body)
        body = known.name if known else body
    elif parts.name:
        return None  # "Ann Lee of the regional union": _named_member's
    elif words[-1].key in lex.body_nouns and len(words) <= 5 and not any(t.key in _LINK_WORDS for t in words):
        named = next((t for t in words if t.is_capitalized), words[0])  # "the libertarian Cato Institute"
        body = text[named.start : group[-1].end]
    else:
        return None
    return replace(parts, text=text[core[0].start : core[-1].end], affiliation=body)


def _named_member(text: str, core: list[Token], within: int, group: list[Token], lex: Lexicon) -> MentionParts | None:
    """ "Sgt. Kevin Doyle of the provincial police": a person named in full, then a group in lower case that
    names no body by its name: the person speaks, for the group when it ends in a noun for one."""
    if any(t.is_capitalized for t in group):
        return None
    parts = analyse(text, Span(core[0].start, core[within - 1].end), lex, core[:within])
    if parts.name is None or len(parts.name.split()) < 2:
        return None
    words = [t for t in group if t.is_word]
    body = text[words[0].start : words[-1].end] if words and _names_group(words[-1].key, lex) else None
    return replace(parts, text=text[core[0].start : core[-1].end], affiliation=parts.affiliation or body)


_SERVES = frozenset({"with", "for"})  # "officials with the city", "a spokesperson for the court": whom they serve


def _serves(group: list[Token], lex: Lexicon) -> bool:
    """Whether the group a person works with or for is a body the lists leave out of body_nouns for its other uses:
    "the city", "the provincial court", "the Ontario Court of Justice" (impersonal_nouns: not "Kansas City" as a
    speaker's name, but the body a person serves)."""
    return group[-1].key in lex.impersonal_nouns or (
        group[0].is_capitalized and any(t.key in lex.impersonal_nouns for t in group)
    )


def _names_group(key: str, lex: Lexicon) -> bool:
    return key in lex.body_nouns or key in lex.organisation_nouns or key == "police"


_LINK_WORDS = frozenset({"of", "for", "in", "at", "on", "to", "with", "by", "from", "who", "which", "that"})


def _whole_descriptor(described: list[tuple[Token, str]], lex: Lexicon) -> str | None:
    """The descriptor's words as a phrase that ends on a noun or a name: a count, a function word or an adjective
    after "of" belongs to the head ("a coalition of nearly 40 unions", "a group of Latin American leaders"), and what
    is left is a kind of group ("coalition", "group"), no body, unless a name ("Associated Press survey of Democratic
    voters")."""
    end = _without_enders(described, len(described), lex)
    of = end - 1
    while of >= 0 and described[of][0].key != "of":
        of -= 1
    start = 0
    if of >= 0 and not _named_tail(described[of + 1 : end], lex):
        end = _without_enders(described, of, lex)
    elif of >= 0 and not any(t.is_capitalized for t, _ in described[:of]):
        start = of + 1  # "a group of Halden Port Authority officials": the body the group is of
        while lex.word_class(described[start][0].key):
            start += 1
    if end == len(described) and not start:
        return " ".join(word for _, word in described)
    kept = described[start:end]
    return " ".join(word for _, word in kept) if any(t.is_capitalized for t, _ in kept) else None


def _without_enders(described: list[tuple[Token, str]], end: int, lex: Lexicon) -> int:
    """The end of the descriptor's words before `end` once the counts and function words it ends on are dropped."""
    while end and (described[end - 1][0].key in lex.descriptor_enders or lex.word_class(described[end - 1][0].key)):
        end -= 1
    return end


_ADJECTIVE_ENDINGS = ("ic", "an", "ive", "al", "ish", "ese", "ian")  # "Democratic", "American", "conservative"


def _named_tail(words: list[tuple[Token, str]], lex: Lexicon) -> bool:
    """Whether the words after a descriptor's "of" name something whole ("Federal Election Commission", "the CIA"),
    not the head's qualifiers ("Nevada Democratic", "civil rights", "tax")."""
    last = words[-1][0]
    return last.is_capitalized and (last.key in lex.body_nouns or not last.key.endswith(_ADJECTIVE_ENDINGS))


def _described_by(text: str, tok: Token, lex: Lexicon) -> str | None:
    """A word of a descriptor as it names a group: a possessor without its 's ("Nordbank's officials" →
    Nordbank), never a day nor a person ("Monday's officials", "Trump's spokesman")."""
    if not tok.key.endswith("'s"):
        return tok.text
    stem = tok.text[:-2]
    return stem if tok.is_capitalized and affiliations.plausible(text, stem, tok.start, lex, possessive=True) else None


def _length(hit: tuple[int, object]) -> int:
    return hit[0]


_BODY_LINKS = frozenset({"of", "for", "de", "du", "des"})  # "University of Copenhagen", "Université de Montréal"


def _body_of(labelled: list[tuple[Token, str]], lex: Lexicon) -> list[Token] | None:
    """ "the Arizona Department of Water Resources", "the University of Copenhagen": capitalized words up to a
    body noun, then "of"/"for" (and "the") and capitalized words (or a country) to the end of the phrase."""
    for b in range(len(labelled) - 2):
        tok, kind = labelled[b]
        if kind != "word" or not tok.is_capitalized or tok.key not in lex.body_nouns:
            continue
        link = labelled[b + 1][0]
        rest = labelled[b + 2 :]
        # "the Association of the Greater Moncton Area": an article may open the words after the link
        named = rest[1:] if len(rest) > 1 and rest[0][0].key == "the" else rest
        if link.key not in _BODY_LINKS or not named or not named[0][0].is_capitalized:
            return None
        if any(k not in ("word", "country") or not (t.is_capitalized or t.key in affiliations.BODY_INNER)
               for t, k in rest if t.is_word):  # fmt: skip
            return None
        start = b
        while start > 0 and labelled[start - 1][1] in ("word", "country") and labelled[start - 1][0].is_capitalized:
            start -= 1
        return [t for t, _ in labelled[start:]]
    return None


def _kind_before(labelled: list[tuple[Token, str]], name: list[Token], lex: Lexicon) -> bool:
    """A kind of organisation in lower case right before the name: "the union FNSEA", "lender Alpen Hypo"."""
    at = len(labelled) - len(name)  # the name ends the phrase
    if at == 0:
        return False
    before = labelled[at - 1][0]
    return not before.is_capitalized and (before.key in lex.organisation_nouns or before.key in lex.body_nouns)


def _text_of(text: str, tokens: list[Token]) -> str:
    return text[tokens[0].start : tokens[-1].end]


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
    """The name of an institution ending the phrase, with the country adjective right before it ("Chinese"), the
    capitalized words before that ("Royal") and those before an "and" inside the name ("Labour and Employment")."""
    at = _index(labelled, run[0])
    if at > 0 and labelled[at - 1][1] == "country":
        at -= 1
    if labelled[at][1] == "country":
        while at > 0 and labelled[at - 1][1] == "word" and labelled[at - 1][0].is_capitalized:
            at -= 1  # "the Royal Canadian Legion": capitalized words before the adjective are the name's
    while at > 1 and labelled[at - 1][0].key == "and" and labelled[at - 2][0].is_capitalized:
        at -= 2  # "the New Brunswick Labour and Employment Board": one body's name across its "and"
        while at > 0 and labelled[at - 1][0].is_capitalized and labelled[at - 1][1] in ("word", "country"):
            at -= 1
    return text[labelled[at][0].start : run[-1].end]


_LIST_OPENERS = frozenset({"including", "such", "like", "among", "especially", "notably"})


def _appositive_name(appositive: list[Token], lex: Lexicon) -> list[Token]:
    """The personal name that a description before it introduces: ", Josh Earnest" (up to the next comma), after
    a description of its own in lowercase (", retired teacher Loretta Kuzyk")."""
    words = []
    for tok in appositive[1:]:
        if tok.text == ",":
            break
        words.append(tok)
    start = len(words)
    while start > 0 and (words[start - 1].is_capitalized or (words[start - 1].text == "." and start > 1)):
        start -= 1
    if (
        start > 0
        and len(words) - start >= 2
        and words[0].key not in _LIST_OPENERS  # ", including Senator Ann Lee": one of several, not the speaker
        and all(t.is_word and not t.is_capitalized for t in words[:start])
    ):
        words = words[start:]  # ", retired teacher Loretta Kuzyk,": the name after a description in lowercase
    initials_ok = all(t.is_capitalized or (t.text == "." and k > 0) for k, t in enumerate(words))
    named = sum(t.is_word for t in words) >= 2 or (
        len(words) == 1
        and (
            lex.speakers.get(words[0].text) is not None
            # "Their older sister, Sarah, 23, said": a first name alone, given an age as a person is
            or (words[0].key in lex.first_names and len(appositive) > 3 and appositive[3].text.isdigit())
        )
    )
    return words if words and appositive[0].text == "," and initials_ok and named else []


def _glued_before(tok: Token, first: Token) -> bool:
    """A number glued to a name's first word ("3M", "7-Eleven"), not a time before a line's words ("1:35PMChris")."""
    if tok.text == "-":
        return True  # kept only if a number comes before it
    return tok.text.isdigit() and (first.text == "-" or (first.text.isupper() and len(first.text) <= 2))


def _trailing_name(labelled: list[tuple[Token, str]]) -> list[Token]:
    """The run of capitalized words at the end of the phrase: the personal name, if any."""
    run: list[Token] = []
    for tok, kind in reversed(labelled):
        if kind == "honorific":
            break
        if kind != "word":
            break
        if (
            tok.is_capitalized
            or tok.key in NAME_PARTICLES
            or particle_name(tok)
            or (run and (tok.text in (".", "&") or (tok.end == run[0].start and _glued_before(tok, run[0]))))
        ):  # "Leonard E. Burman", "LSEG Data & Analytics", "7-Eleven", "3M"
            run.insert(0, tok)
        else:
            break
    while run and not (run[0].is_capitalized or run[0].text[0].isdigit() or (len(run) == 1 and particle_name(run[0]))):
        run.pop(0)  # a particle opens no name, but "d'Entremont", "al-Dosari" alone are surnames
    # "Nordgrid's Ivo Lund", "CNN's Nic Robertson": the name is after its owner's possessive
    for owner in range(len(run) - 2, -1, -1):
        if run[owner].key[-2:] in ("'s", "s'"):
            run = run[owner + 1 :]
            break
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


def _names_body(key: str, lex: Lexicon) -> bool:
    """Whether a capitalized phrase ending in the word `key` names a body or a company ("Ministry", "Airlines")."""
    return key in lex.body_nouns or key in lex.company_suffixes


_ITS_TITLE = re.compile(r", (?:its|their) [a-z]")  # "Greg Thibodeau, its president,"
_OWNERS = frozenset({"its", "their"})  # "its spokeswoman Aida Sultanova": the body the sentence is about
_APPOSITION_REACH = 120  # characters of a description in apposition to a name
_DESCRIBED = ", "  # "Gil Moss, an analyst at …", "said Matt Borges, chairman of …"
_DESCRIPTION_END = re.compile(r"[,.;:!?\"“”«»()\n]")


def complete(parts: MentionParts, span: Span, text: str, bodies: affiliations.Bodies, lex: Lexicon) -> MentionParts:
    """What the article adds to the affiliation a mention gives: the body a generic noun stands for ("the
    council's leader", "Company attorney Ed Moss", "a council spokesman" → the council the article named), the
    organisation of a title that names none ("Chief Executive Ana Ruiz" in a story about one company), the
    body of "its spokeswoman", and a description in apposition that the mention leaves out ("The head of the
    Lakeshore Metro, Yuri Orlov, said", "said Gil Moss, an analyst at Brightwater Capital")."""
    if parts.pronoun or parts.organisation:
        return parts
    if parts.affiliation:
        if parts.affiliation.islower() and " " not in parts.affiliation:  # "council" → Kirkholme Borough Council
            body = bodies.last((parts.affiliation,), span.start)
            return replace(parts, affiliation=body.name) if body else parts
        return parts
    kind = _generic_owner(text, span, lex)
    if kind is not None:
        if kind in _OWNERS:
            return replace(parts, affiliation=_sentence_body(text, span.start, bodies, lex))
        body = bodies.last((kind,), span.start)
        return replace(parts, affiliation=body.name) if body else parts
    if parts.role and (kinds := lex.title_bodies.get(parts.role.lower())):
        body = bodies.last(kinds, span.start)
        if body is not None:
            return replace(parts, affiliation=body.name)
    if (
        parts.name
        and (at := text.find(parts.name, span.start, span.end)) >= 0
        and _ITS_TITLE.match(text, at + len(parts.name))
    ):  # "Greg Thibodeau, its president, said": the body the sentence (or the one before) is about
        opening = max(text.rfind(". ", 0, span.start) + 2, text.rfind("\n", 0, span.start) + 1)
        body = _sentence_body(text, span.start, bodies, lex) or _sentence_body(text, opening, bodies, lex)
        return replace(parts, affiliation=body)
    if parts.name:
        described = _apposition(text, span, lex)
        if described is not None:
            found = complete(*described, text, bodies, lex)
            if found.affiliation:
                return replace(parts, affiliation=found.affiliation, role=parts.role or found.role)
    return parts


def _member(appositive: list[Token], lex: Lexicon) -> str | None:
    """The listed organisation an appositive says someone is one of: ", a Republican" → Republican Party."""
    hit = lex.organisations.match_at(appositive, 2)
    return hit[1].name if hit and (2 + hit[0] == len(appositive) or not appositive[2 + hit[0]].is_capitalized) else None


# "who heads …", "who is a director of …"; never "who predicted a third of the Ohio vote", "who ran for the Senate".
def _institution(parts: MentionParts, words: list[Token], lex: Lexicon) -> bool:
    """Whether a described title's body is an institution ("a former Internal Revenue Service commissioner"),
    not a place ("a Miami lawyer") nor the country an envoy is sent to ("the nominee for ambassador to Poland")."""
    if not parts.role or not parts.affiliation or any(w.key == "to" for w in words):
        return False
    last = parts.affiliation.rsplit(" ", 1)[-1].lower()
    return last in lex.body_nouns or last in lex.company_suffixes or parts.affiliation in lex.organisations


_LEAD_VERBS = frozenset({"heads", "headed", "leads", "led", "chairs", "chaired", "runs", "ran", "represents", "is",
                         "was", "serves", "served", "works", "worked", "teaches", "taught"})  # fmt: skip
_PREPOSITIONS = frozenset({"of", "at", "for", "with", "from", "in", "on", "to", "by", "as", "who"})


def _describes_member(words: list[Token], lex: Lexicon) -> bool:
    """ "an analyst at …", "the campaign's press secretary", "chairman of …", "who heads …": a description that
    may say what someone belongs to; not "a lawyer from Sichuan", "who predicted …", "2015 winner of …"."""
    if not words:
        return False
    if words[0].key == "who":
        return len(words) > 2 and words[1].key in _LEAD_VERBS and words[2].key != "for"  # not "who ran for …"
    if words[0].key in ("a", "an", "the"):
        first = next((w.key for w in words[1:] if w.key in _PREPOSITIONS), None)
        person = any(
            lex.titles.match_at(words, k) or (words[k].is_word and lex.names_someone(words[k].key))
            for k in range(1, min(len(words), 6))
        )
        return person and first != "from"  # not where someone comes from, nor "the new crossing at Dolna"
    return lex.titles.match_at(words, 0) is not None


def _generic_owner(text: str, span: Span, lex: Lexicon) -> str | None:
    """The generic noun that owns a title in the mention: "the council's leader" → council, "Company attorney"
    → company, "its spokeswoman" → its; None when the mention has none."""
    words = span.of(text).lower().replace("’", "'").replace("'s ", " ").split()
    if lex.kind_words.isdisjoint(words):
        return None  # most mentions have no such word: decided without tokenizing
    toks = tokenize(text, span.start, span.end)
    for k, tok in enumerate(toks):
        if k > 0 and toks[k - 1].key in _POSSESSIVE:
            continue  # "his party's nomination" is his own
        if not tok.is_word:
            continue
        stem = tok.key.removesuffix("'s")
        if k == 0 and tok.key in _OWNERS:
            return tok.key
        if stem != tok.key and not tok.is_capitalized and _kind(stem, lex):
            return stem  # "the company's chief operating officer"
        if stem == tok.key and _kind(stem, lex) and k + 1 < len(toks) and lex.titles.match_at(toks, k + 1):
            if k > 0 and toks[k - 1].is_capitalized and lex.word_class(toks[k - 1].key) is None:
                continue  # "Justice Department spokeswoman": a name's last word
            return stem  # "Company attorney", "council spokesman"
    return None


def _kind(key: str, lex: Lexicon) -> bool:
    return key in lex.kind_words and key not in _OWNERS


def _sentence_body(text: str, at: int, bodies: affiliations.Bodies, lex: Lexicon) -> str | None:
    """The body the sentence before `at` names last: "The commission checked …, its spokeswoman said"; the
    sentence before it when the mention opens its own ("The Food Bank said … . Its president said")."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), at - 300) + 1
    if not text[start:at].strip():
        before = len(text[:start].rstrip(". \n"))
        start = max(text.rfind(". ", 0, before), text.rfind("\n", 0, before), before - 300) + 1
    toks = tokenize(text, start, at)
    for k in range(len(toks) - 1, 0, -1):
        if _kind(toks[k].key, lex) and toks[k - 1].key == "the":
            body = bodies.last((toks[k].key,), at)
            return body.name if body else toks[k].key
    body = next((b for b in reversed(bodies.found) if start <= b.start < at), None)
    return body.name if body else None


def _apposition(text: str, span: Span, lex: Lexicon) -> tuple[MentionParts, Span] | None:
    """A description in commas right before a name ("The head of the Lakeshore Metro, Yuri Orlov, said") or
    right after it ("Gil Moss, an analyst at Brightwater Capital"), analysed; None when there is none."""
    if text.endswith(", ", 0, span.start) and text.startswith(",", span.end):
        before = text[max(0, span.start - _APPOSITION_REACH) : span.start]
        cut = [m.end() for m in _DESCRIPTION_END.finditer(before, 0, len(before) - 2)]
        begin = span.start - len(before) + (cut[-1] if cut else 0)
        described = Span(begin, span.start - 2)
        parts = analyse(text, described, lex)
        if parts.role and not parts.name:
            return parts, described
    if text.startswith(_DESCRIBED, span.end):
        after = text[span.end : span.end + _APPOSITION_REACH]
        end = _DESCRIPTION_END.search(after, 2)
        described = Span(span.end + 2, span.end + (end.start() if end else len(after)))
        words = tokenize(text, described.start, described.end)
        if _describes_member(words, lex):
            whole = Span(span.start, described.end)
            parts = analyse(text, whole, lex)
            if not parts.affiliation and _institution(alone := analyse(text, described, lex), words, lex):
                return alone, described  # "a former Internal Revenue Service commissioner": a body before a title
            return parts, whole
    return None
