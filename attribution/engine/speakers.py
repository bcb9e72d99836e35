"""Resolve speaker mentions to speakers across one article.

Surnames and pronouns resolve to the full name introduced earlier ("she" → "Caroline Leavitt"), role
nouns to the person introduced with that role, organisations speak for themselves, and unnamed sources
get a readable label ("unnamed official") with the affiliation they are described with.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import accumulate

from ..models import Span
from .affiliations import Bodies
from .lexicons import KnownSpeaker, Lexicon
from .roles import MentionParts, analyse, complete
from .tokens import Token, capitalized_words, particle_name, start_of, tokenize


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    anonymous: bool
    role: str | None
    affiliation: str | None
    country: str | None
    person: bool  # a person (pronoun "he"/"she" may refer to it), not an organisation or group


@dataclass(frozen=True, slots=True)
class NameOccurrence:
    start: int
    full: str  # as written, at its longest ("Caroline Leavitt")


def name_occurrences(tokens: list[Token], lex: Lexicon) -> list[NameOccurrence]:
    """Every run of two or more capitalized words that is a personal name (titles, places and organisations cut)."""
    out = []
    n = len(tokens)
    resume = 0  # the token after the last run looked at
    for i in capitalized_words(tokens):
        if i < resume:
            continue
        j = i
        while True:
            while j < n and (
                (tokens[j].is_capitalized and tokens[j].is_word)
                or _initial_dot(tokens, j)
                or (j > i and particle_name(tokens[j]))  # "Mubarak al-Dosari"
            ):
                if j > i and (lex.cues.match_at(tokens, j) or lex.word_class(tokens[j].key) is not None):
                    break  # a title-cased headline: "Obama Says Museum Will Tell …" names only Obama
                j += 1
            # "Secretary of State Marco Rubio" is one run: "State" is no first name.
            lower_inner = (
                j < n and tokens[j].key in lex.inner_words and tokens[j].is_word and not tokens[j].is_capitalized
            )
            if not (lower_inner and (end := lex.phrase_across(tokens, i, j))):
                break
            j = end
        run = tokens[i:j]
        resume = max(j, i + 1)
        if len(run) < 2:
            continue  # a name has two words or more
        k = 0
        while k < len(run):  # cut leading titles, places and organisations
            hit = next(
                (h for table in (lex.titles, lex.organisations, lex.countries) if (h := table.match_at(run, k))), None
            )
            if hit is None and lex.word_class(run[k].key) is None and run[k].key not in ("mr", "mrs", "ms", "dr"):
                break
            k += hit[0] if hit else 1
        # A cut that ends on a lowercase word ran into a title it read shorter than it is: "Deputy Secretary"
        # in "Deputy Secretary of State Tom Nides"; the name is after the last title.
        k = _after_inner_title(run, k if k >= len(run) or run[k].is_capitalized else -1, lex)
        name = [t for t in run[k:] if t.is_word]
        if len(name) >= 2 and not any(lex.organisations.match_at(run, m) for m in range(k, len(run))):
            out.append(NameOccurrence(run[k].start, " ".join(t.text for t in name)))
    return out


def _after_inner_title(run: list[Token], k: int, lex: Lexicon) -> int:
    """Where the name starts when a title stands after other capitalized words ("Economy Minister Anna Berg"):
    after the last title that leaves a name of two words or more ("Angus King" keeps its surname)."""
    for m in range(len(run) - 1, k, -1):
        hit = lex.titles.match_at(run, m)
        if hit and sum(t.is_word for t in run[m + hit[0] :]) >= 2:
            return m + hit[0]
    return k


def _initial_dot(tokens: list[Token], j: int) -> bool:
    return tokens[j].text == "." and j > 0 and len(tokens[j - 1].text) == 1 and tokens[j - 1].is_capitalized


_RANKS = frozenset({"vice", "deputy", "assistant", "acting", "former", "associate", "under"})  # another office
_ROLE_LOOKBACK = 20  # names looked back over for the one a role noun refers to
_TITLE_WORDS = 6  # words before a name that may be its title

_NOT_OFFICES = frozenset({"campaign", "party"})  # a person's campaign or party is not the body of their office

_INDEFINITE = frozenset({"a", "an", "one", "some", "several", "two", "three", "many", "other", "another"})


def _indefinite_person(parts: MentionParts, lex: Lexicon) -> bool:
    """ "an economist", "two analysts": someone the text does not name."""
    words = parts.text.lower().split()
    head = parts.head.lower()
    if not words or not lex.names_someone(head):
        return False
    return words[0] in _INDEFINITE or (parts.plural and words[0] == head)  # "analysts say", "witnesses told"


class Resolver:
    """Resolves the mentions of one article, in reading order, remembering who was introduced."""

    def __init__(self, text: str, tokens: list[Token], lex: Lexicon, contents: tuple[Span, ...] = ()) -> None:
        self.text = text
        self.lex = lex
        self.tokens = tokens
        # A photo credit or a byline names no one who speaks in the article.
        self.names = [
            o
            for o in name_occurrences(tokens, lex)
            if not _credited(text, o.start, lex) and not lex.credit_words & set(o.full.lower().split())
        ]
        # The names by offset, and by their first and last words and whole spelling, so that a mention
        # finds the name it stands for by binary search: a long article stays linear in its length.
        self.name_starts = [o.start for o in self.names]
        self._by_words: tuple[dict, dict, dict] | None = None  # built at the first surname looked up
        self.longer: dict[str, list[str]] = {}  # a name → the longer names that end with it
        # What was said, as sorted starts and the furthest end so far: a name inside it is seldom who
        # said the next thing.
        self.content_starts = [c.start for c in contents]
        self.content_reach = list(accumulate((c.end for c in contents), max))
        self.history: list[tuple[int, Speaker]] = []  # (position, speaker) of resolved statements
        self.last_named: dict[str, Speaker] = {}  # name → the latest speaker in the history with it
        self.roles: dict[str, Speaker] = {}  # role (lower case) → person introduced with it
        self.titled_names: dict[NameOccurrence, MentionParts] = {}  # names with their titles, analysed once
        self.bodies = Bodies(text, tokens, lex)  # the organisations the article names, found on first use
        self.introductions: dict[NameOccurrence, MentionParts | None] = {}  # a name's first occurrence, analysed

    def resolve(self, mention: Span | None, position: int) -> Speaker | None:
        if mention is None:
            return None
        parts = analyse(self.text, mention, self.lex, self._tokens_in(mention))
        parts = complete(parts, mention, self.text, self.bodies, self.lex)
        speaker = self._speaker(parts, mention.start)
        if speaker is not None:
            self.remember(position, speaker)
            if speaker.person and parts.role and speaker.name:
                self.roles.setdefault(parts.role.lower(), speaker)
        return speaker

    def _tokens_in(self, span: Span) -> list[Token] | None:
        """The article's tokens of a span, when the span starts and ends at token edges (else None: tokenize)."""
        i = bisect_left(self.tokens, span.start, key=start_of)
        j = bisect_left(self.tokens, span.end, key=start_of)
        if i == j or self.tokens[i].start != span.start or self.tokens[j - 1].end != span.end:
            return None
        return self.tokens[i:j]

    def remember(self, position: int, speaker: Speaker) -> None:
        self.history.append((position, speaker))
        self.last_named[speaker.name] = speaker

    def previous(self, position: int, person: bool | None = None) -> Speaker | None:
        for pos, speaker in reversed(self.history):
            if pos <= position and (person is None or speaker.person == person):
                return speaker
        return None

    def _speaker(self, parts: MentionParts, at: int) -> Speaker | None:
        lex = self.lex
        if parts.pronoun:
            return self._pronoun(parts.pronoun, at)
        if parts.name:
            return self._named(parts, at)
        if parts.role and parts.text.split()[0].lower() not in _INDEFINITE:
            # "the spokesman" after "Spokesman Dmitry Peskov", "the Turkish foreign minister" after
            # "Turkish Foreign Minister Hakan Fidan"; never "a spokesman".
            introduced = self._introduced(parts, at)
            if introduced is not None:
                return introduced
        if parts.organisation:
            org = lex.organisations.get(parts.organisation)
            return Speaker(
                parts.organisation,
                False,
                None,
                parts.affiliation or parts.organisation,
                parts.country or (org.country if org else None),
                False,
            )
        if parts.head and parts.text.split()[0].lower() == "the" and (same := self._same_body(parts.head, at)):
            return same  # "the ministry said" after "The Turkish Foreign Ministry said"
        if (anaphor := self._definite_anaphor(parts, at)) is not None:
            return anaphor  # "The diplomat stressed …" right after "Maria Zakharova said …"
        if parts.head and (parts.head.lower() in lex.source_nouns or _indefinite_person(parts, lex)):
            return self._unnamed(parts)
        words = tokenize(parts.text)
        # "the BBC Russian service" belongs to the BBC, whatever country its name mentions.
        outlet = next((hit[1] for i in range(len(words)) if (hit := lex.outlets.match_at(words, i))), None)
        if outlet is not None:
            return Speaker(_strip_determiner(parts.text, lex), False, None, outlet.name, outlet.country, False)
        affiliation = parts.affiliation or self._owner_affiliation(parts.text, at) or parts.country
        return Speaker(_strip_determiner(parts.text, lex), False, None, affiliation, parts.country, False)

    def _introduced(self, parts: MentionParts, at: int) -> Speaker | None:
        """The person introduced before `at` with the role (and affiliation, if given) of a role noun."""
        role = parts.role.lower()

        def fits(speaker: Speaker | MentionParts | KnownSpeaker) -> bool:
            # "the spokesman" fits a "Kremlin Spokesman", never "the president" a "Vice President".
            held = (speaker.role or "").lower()
            extra = held.removesuffix(role).split()
            return (
                held.endswith(role)
                and (held == role or held[-len(role) - 1] == " ")
                and not _RANKS & set(extra)
                and (
                    not parts.affiliation
                    or not speaker.affiliation
                    or speaker.affiliation.lower() == parts.affiliation.lower()
                )
            )

        known = self.roles.get(role)
        if known is not None and fits(known):
            return known
        for occ in self._names_before(at, _ROLE_LOOKBACK):
            titled = self._titled(occ)
            if titled.name and (fits(titled) or ((listed := self.lex.speakers.get(titled.name)) and fits(listed))):
                return self._named(titled, occ.start)  # titled in the text, or known to hold the role
        return None

    def _definite_anaphor(self, parts: MentionParts, at: int) -> Speaker | None:
        """ "the diplomat", "the official" (data/anaphoric_nouns.txt) is the named person who spoke just before,
        unless an unnamed source of that kind spoke earlier ("A senior official said … The official added …");
        "the Russian leader" the last person named with a Russian title."""
        if not parts.head or parts.plural or parts.text.split()[0].lower() != "the":
            return None
        head = parts.head.lower()
        if head not in self.lex.anaphoric_nouns or any(s.name == f"unnamed {head}" for _, s in self.history):
            return None
        if parts.descriptor:  # "the Russian leader": the last person named with that country's title
            country = self.lex.countries.get(parts.descriptor)
            return self._last_of_country(country.name, at) if country and country.name == parts.country else None
        last = self.previous(at)
        return last if last is not None and last.person and not last.anonymous and last.name else None

    def _owner_affiliation(self, mention: str, at: int) -> str | None:
        """ "Zelensky's office", "Netanyahu's office": a person's body speaks for what the person belongs to."""
        words = tokenize(mention)
        owner = next((w for w in words if w.key.endswith("'s")), None)
        if (
            owner is None
            or not owner.is_capitalized
            or words[-1].key not in self.lex.body_nouns
            or words[-1].key in _NOT_OFFICES
        ):
            return None
        name = self._full_name(owner.text[:-2], at)
        known = self.lex.speakers.get(name)
        earlier = next((s for _, s in reversed(self.history) if s.person and s.name == name), None)
        return (earlier and earlier.affiliation) or (known and known.affiliation) or None

    def _last_of_country(self, country: str, at: int) -> Speaker | None:
        for occ in self._names_before(at, _ROLE_LOOKBACK):
            titled = self._titled(occ)
            if titled.name and titled.country == country:
                return self._named(titled, occ.start)
        return None

    def _same_body(self, head: str, at: int) -> Speaker | None:
        """The organisation that spoke before `at` whose name ends in `head` ("ministry", "delegation")."""
        return next(
            (
                s
                for pos, s in reversed(self.history)
                if pos <= at and not s.person and s.name and s.name.split()[-1].lower() == head.lower()
            ),
            None,
        )

    def _names_before(self, at: int, n: int) -> list[NameOccurrence]:
        """The last n names before `at`, the nearest first."""
        k = bisect_left(self.name_starts, at)
        return self.names[max(0, k - n) : k][::-1]

    def _said(self, position: int) -> bool:
        """Whether `position` lies inside some statement's content."""
        n = bisect_right(self.content_starts, position)
        return n > 0 and self.content_reach[n - 1] > position

    def _titled(self, occ: NameOccurrence) -> MentionParts:
        """A name analysed with the words before it that may title it; role nouns look back over the same names."""
        if occ not in self.titled_names:
            span = Span(self._title_start(occ.start), occ.start + len(occ.full))
            self.titled_names[occ] = analyse(self.text, span, self.lex, self._tokens_in(span))
        return self.titled_names[occ]

    def _title_start(self, name_start: int) -> int:
        """Where the words before a name that may title it begin ("Turkish Foreign Minister Hakan Fidan")."""
        i = bisect_left(self.tokens, name_start, key=start_of)
        j = i
        while j > 0 and i - j < _TITLE_WORDS and self.tokens[j - 1].is_word:
            if self.lex.word_class(self.tokens[j - 1].key) is not None:
                break
            j -= 1
        return self.tokens[j].start if j < i else name_start

    def _named(self, parts: MentionParts, at: int) -> Speaker:
        """What the mention says first, then what the article said before, then the knowledge base."""
        full = self._full_name(parts.name, at)
        known = self.lex.speakers.get(full)  # the name the article gave first: "Bill Clinton", then "Clinton"
        name = known.name if known else full
        earlier = self.last_named.get(name)
        if not known and self._body_name(name, at):
            return Speaker(name, False, None, name, None, False)  # "Hanbit said" after "Hanbit Semiconductor will"
        if not (parts.affiliation or (earlier and earlier.affiliation) or (known and known.affiliation)):
            parts = self._introduction(name, at) or parts  # "Haldane said" after "Sen. Robert Haldane, a Republican"
            if not parts.affiliation and earlier is None and (lede := self._lede(name, at)) is not None:
                parts = replace(parts, affiliation=lede)

        def pick(field: str) -> str | None:
            return getattr(parts, field) or (earlier and getattr(earlier, field)) or (known and getattr(known, field))

        return Speaker(name, False, pick("role"), pick("affiliation"), pick("country"), True)

    def _lede(self, name: str, mention: int) -> str | None:
        """The affiliation of a lede's description of the person the next statement names for the first time:
        "…, the head of Nordgrid's control room told a paper." then "Ivo Lund said …" (the wire's way)."""
        if not self.history or " " not in name:
            return None  # the wire names the person in full
        _, last = self.history[-1]
        if last.person or last.anonymous or not last.affiliation or not last.name:
            return None  # a person by name, an unnamed source
        if last.name[:1].isupper() and not re.match(r"\S+['’]s ", last.name):
            return None  # an organisation; "Qatar's lead mediator" is a description
        if any(o.start < mention for o in self._indexes()[2].get(name, ())) or self._title_start(mention) < mention:
            return None  # named before (someone else, or met already), or titled here: not the lede's person
        words = tokenize(last.name)
        if not any(self.lex.titles.match_at(words, k) or self.lex.names_someone(w.key) for k, w in enumerate(words)):
            return None  # "the ministry", "the bank's statement"
        return last.affiliation

    def _body_name(self, name: str, at: int) -> bool:
        """Whether a name is an organisation's: it ends in a company suffix or a body noun ("Hanbit
        Semiconductor"), or is one word the article gave an organisation earlier ("Lumora, the maker of …")."""
        last = name.rsplit(" ", 1)[-1].lower()
        if last in self.lex.company_suffixes or last in self.lex.body_nouns:
            return True
        return " " not in name and (body := self.bodies.named(name, at + 1)) is not None and body.name == name

    def _introduction(self, name: str, at: int) -> MentionParts | None:
        """What the article said of a person where it first named them, with a title before the name or a
        description in apposition, when that gives an affiliation."""
        first = next((o for o in self._indexes()[2].get(name, ()) if o.start <= at), None)
        if first is None:
            return None
        if first not in self.introductions:
            self.introductions[first] = self._introduce(first)
        return self.introductions[first]

    def _introduce(self, first: NameOccurrence) -> MentionParts | None:
        start = self._title_start(first.start)
        i = bisect_left(self.tokens, first.start, key=start_of)
        toks = self.tokens
        if start == first.start and i > 1 and toks[i - 1].text == "." and self.lex.titles.match_at(toks, i - 2):
            start = toks[i - 2].start  # "Sen. Robert Haldane": an abbreviated title
        span = Span(start, first.start + len(first.full))
        parts = complete(
            analyse(self.text, span, self.lex, self._tokens_in(span)), span, self.text, self.bodies, self.lex
        )
        return parts if parts.affiliation else None

    def _indexes(self) -> tuple[dict, dict, dict]:
        """The names by their first word, last word and whole spelling, each list in text order."""
        if self._by_words is None:
            by_first: dict[str, list[NameOccurrence]] = {}
            by_last: dict[str, list[NameOccurrence]] = {}
            by_full: dict[str, list[NameOccurrence]] = {}
            for o in self.names:
                words = o.full.split()
                by_first.setdefault(words[0], []).append(o)
                by_last.setdefault(_fold(words[-1]), []).append(o)
                by_full.setdefault(o.full, []).append(o)
            self._by_words = by_first, by_last, by_full
        return self._by_words

    def _full_name(self, name: str, at: int) -> str:
        """A lone surname (or first name) becomes the full name introduced before it."""
        words = name.split()
        by_first, by_last, by_full = self._indexes()
        if len(words) > 1:
            if name not in self.longer:
                self.longer[name] = [f for f in by_full if f.endswith(name) and f != name]
            latest = max((o for f in self.longer[name] if (o := _latest(by_full[f], at))), key=start_of, default=None)
            return latest.full if latest else name
        # A surname before a first name: "Galuzin" is "Mikhail Galuzin", not a later "Galuzin Formula".
        full = _latest(by_last.get(_fold(name), ()), at) or _latest(by_first.get(name, ()), at)
        if full is not None:
            return full.full
        for _, speaker in reversed(self.history):
            if speaker.person and speaker.name and speaker.name.split()[-1] == name:
                return speaker.name
        return name

    def _pronoun(self, pronoun: str, at: int) -> Speaker | None:
        if pronoun in ("he", "she", "i"):
            return self.previous(at, person=True) or self._last_name_before(at)
        if pronoun == "who":
            return self._last_name_before(at) or self.previous(at)
        if pronoun in ("they", "we"):
            return self.previous(at, person=False) or self.previous(at)
        return self.previous(at, person=False)

    def _last_name_before(self, at: int) -> Speaker | None:
        k = bisect_left(self.name_starts, at)
        while k > 0 and self._said(self.names[k - 1].start):
            k -= 1
        if k == 0:
            return None
        full = self.names[k - 1].full
        known = self.lex.speakers.get(full)
        if known:
            return Speaker(known.name, False, known.role, known.affiliation, known.country, True)
        return Speaker(full, False, None, None, None, True)

    def _unnamed(self, parts: MentionParts) -> Speaker:
        head = parts.head.lower()
        singular = self.lex.singular(head) or (head[:-1] if parts.plural and head.endswith("s") else head)
        affiliation = parts.affiliation or parts.descriptor
        # "a presidential administration representative" after "Turkish presidential administration officials".
        if affiliation:
            words = set(affiliation.lower().split())
            fuller = next(
                (
                    s.affiliation
                    for _, s in reversed(self.history)
                    if s.anonymous and s.affiliation and words < set(s.affiliation.lower().split())
                ),
                None,
            )
            affiliation = fuller or affiliation
        elif parts.text.split()[0].lower() in ("the", "this", "that"):
            # "the source added" is the unnamed source met before (of that kind if any: "the diplomats" after
            # "two EU diplomats" and an EU Commission spokesperson); "a diplomatic source" is a new one.
            earlier = [s for _, s in reversed(self.history) if s.anonymous]
            same = next((s for s in earlier if s.name == f"unnamed {singular}"), earlier[0] if earlier else None)
            affiliation = same.affiliation if same else None
        return Speaker(f"unnamed {singular}", True, parts.role, affiliation, parts.country, not parts.plural)


_CREDIT_REACH = 30  # characters before a name on its line where a credit word may stand
_WORDS = re.compile(r"[\w'’]+")


def _credited(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the name at offset `at` is a credit: "CP Photo/Jane Doe", "Photo: Ann Lee", "By Ann Lee"."""
    line = text[max(0, at - _CREDIT_REACH, text.rfind("\n", 0, at) + 1) : at]
    words = _WORDS.findall(line.lower())
    if words == ["by"] and text.rfind("\n", 0, at) + 1 + len(line) == at and line.strip().lower() == "by":
        return True  # a byline opening its line
    stripped = line.rstrip()
    return bool(words) and stripped[-1:] in "/:" and any(w in lex.credit_words for w in words[-3:])


def _fold(surname: str) -> str:
    """A surname as looked up: "Al-Dosari" opening a sentence is the "al-Dosari" of "Mubarak al-Dosari"."""
    return surname[:1].lower() + surname[1:]


def _latest(occurrences: list[NameOccurrence], at: int) -> NameOccurrence | None:
    """The last of some names (in text order) that starts at or before `at`."""
    k = bisect_right(occurrences, at, key=start_of)
    return occurrences[k - 1] if k else None


_ASIDE = re.compile(r"\s*[,(]")


def _strip_determiner(text: str, lex: Lexicon) -> str:
    """The mention as a speaker's label: without its determiner, nor an aside after a comma or parenthesis
    ("The Foreign Ministry of Belarus, in turn," → "Foreign Ministry of Belarus")."""
    text = _ASIDE.split(text, maxsplit=1)[0]
    first, _, rest = text.partition(" ")
    return rest if rest and lex.word_class(first.lower()) == "determiner" else text
