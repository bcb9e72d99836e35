"""Domain knowledge loaded from the CSV/text files in data/, once per data folder.

Users extend the engine by editing these files; nothing here names a verb, title or outlet.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..errors import LexiconError
from .inflection import phrase_forms
from .tokens import PhraseTable, Token, tokenize

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting cue: one inflected form of a reporting verb or phrase."""

    form: str  # lower case, as it appears in text: "said", "expressed hope"
    lemma: str  # "say", "express hope"
    speech: bool  # a speech act, rather than belief or perception ("thinks")
    noun: bool = False  # usually a noun in news ("the state", "attacks"): a cue only before that, a colon or a quote


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    adjective: str


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    country: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class Title:
    role: str
    affiliation: str  # may hold {adjective} / {country}


@dataclass(frozen=True, slots=True)
class KnownSpeaker:
    name: str
    aliases: tuple[str, ...]
    role: str | None
    affiliation: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    country: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    cues: PhraseTable[Cue]  # every inflected form, single- and multi-word
    abbreviations: frozenset[str]  # lower case with the final dot: "mr.", "u.s."
    word_classes: dict[str, str]  # closed-class word → determiner, pronoun, relative, modifier, preposition, boundary
    addressee_cues: frozenset[str]  # lemmas that take the person spoken to first ("told reporters that")
    quote_only_cues: frozenset[str]  # lemmas that report only a quotation or a colon ("continued:")
    question_cues: frozenset[str]  # lemmas whose participle reports a question put to someone ("Asked whether …")
    relay_cues: frozenset[str]  # lemmas that pass on another's words ("citing a source", "was quoted as saying")
    time_words: frozenset[str]  # "said Thursday that"
    portfolios: frozenset[str]  # "Economy" in "Economy Minister"
    countries: PhraseTable[Country]  # by name, adjective and alias
    organisations: PhraseTable[Organisation]
    titles: PhraseTable[Title]
    speakers: PhraseTable[KnownSpeaker]  # by full name and alias
    outlets: PhraseTable[Outlet]
    context_outlets: PhraseTable[Outlet]  # outlets named like a word or a person ("Dawn"): only where told or cited
    outlet_shapes: dict[str, frozenset[str]]  # kind ("last", "first", "domain", ...) → words: an unlisted outlet
    source_nouns: frozenset[str]  # heads of unnamed sources: "official", "sources"
    source_qualifiers: frozenset[str]  # "senior", "diplomatic": what sort of source, never whose
    speaker_nouns: frozenset[str]  # other heads of a speaker mention: "critics", "the report", "polls"
    # "Trump's claim that …": nouns that report what their possessor said (True) or thinks (False: "belief")
    report_nouns: dict[str, bool]
    # "Haddad's criticism of the plan": the prepositions after which a report noun names what was said about
    report_topics: dict[str, frozenset[str]]
    # "his promise to build a wall": report nouns whose "to" opens the reported clause, as "that" does
    report_infinitives: frozenset[str]
    colon_labels: frozenset[str]  # "Editor's note:", "UPDATE:" — a colon label that names no speaker
    media_nouns: PhraseTable[str]  # "newspaper", "news agency": introduce an outlet not listed
    media_anaphors: frozenset[str]  # "the newspaper", "the agency": the outlet named just before
    venue_nouns: frozenset[str]  # "conference", "reporters": a venue other than an outlet
    furniture_labels: frozenset[str]  # "read more", "watch": a "LABEL: …" line of page furniture
    credit_words: frozenset[str]  # "photo", "images": a name after one on its line is a credit
    interviewer_nouns: frozenset[str]  # "host", "anchor": a transcript's questions by one are put, not stated
    work_nouns: frozenset[str]  # "book", "film": a made work whose quoted title may follow
    document_nouns: frozenset[str]  # "statement", "poll": a text whose participle reports ("a statement saying")
    issued_nouns: frozenset[str]  # "statement", "release": what a body issues; "the release said" is the body's
    audience_nouns: frozenset[str]  # "court", "jury": who hears; "told the court Reyes has …" names no addressee
    name_possessives: frozenset[str]  # "children", "women": with 's they open a body's own name (Children's Hospital)
    surnames: frozenset[str]  # "Smith": a bare word after "told" that is a person's, not an unlisted outlet's
    granted_nouns: frozenset[str]  # "bail", "permit": what "deny" refuses rather than denies the truth of
    object_cues: frozenset[str]  # "welcome", "announce": a bare noun phrase after one is a reaction or an act
    anaphoric_nouns: frozenset[str]  # "the diplomat …": the person who has just spoken
    body_nouns: frozenset[str]  # "Ministry", "Embassy": a capitalized phrase ending so names an institution
    french_heads: dict[str, frozenset[str]]  # "university" → {"university", "université"}: a body's noun and French
    organisation_nouns: frozenset[str]  # "lender", "club": a kind of organisation ("Austrian lender Alpen Hypo")
    company_suffixes: frozenset[str]  # "Inc", "Airlines": a capitalized phrase ending so names a company
    collective_nouns: frozenset[str]  # "crowd", "others": speaker nouns for an unnamed many
    impersonal_nouns: frozenset[str]  # "city", "number": speaker nouns that name no person
    title_bodies: dict[str, tuple[str, ...]]  # "councillor" → ("council",): the body a title belongs to unnamed
    kind_words: frozenset[str]  # the three above and "its", "their": words that may stand for a body
    inner_words: frozenset[str]  # words inside a title or an organisation's name: "of", "and" (phrase_across)
    first_names: dict[str, str]  # lower case → "f" or "m", where every source agrees (first_names*.csv)
    gendered_words: dict[str, str]  # honorifics, pronouns and nouns for people → "f" or "m" ("ms", "spokeswoman")
    cue_compounds: PhraseTable[str]  # "think tank": nouns a cue's word opens, where it reports nothing
    object_report_cues: frozenset[str]  # "endorse": a time or circumstance after its object is no part of the content
    kin_nouns: frozenset[str]  # "father", "wife": "his father" is the one of his surname the article names
    non_name_openers: frozenset[str]  # "Neither", "Like": capitalised before a surname, no part of the name
    descriptor_enders: frozenset[str]  # "of", "nearly", "forty": words a group's descriptor never ends on
    # Derived: the words a frame can start at (a cue's first word or a report noun), so that a paragraph's
    # other words are passed over by one look-up each.
    frame_firsts: frozenset[str] = field(init=False)
    # A closed-class word's class (determiner, pronoun, …) or None: the dict's own get, called tens of thousands
    # of times an article pass, without a Python frame of its own.
    word_class: Callable[[str], str | None] = field(init=False, repr=False, compare=False)
    person_nouns: frozenset[str] = field(init=False, repr=False)  # source_nouns and speaker_nouns (singular)
    # " of", " the", " forty": the endings of a descriptor read again (descriptor_enders and the closed classes)
    descriptor_tails: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "frame_firsts", self.cues.first_keys.union(self.report_nouns))
        object.__setattr__(self, "word_class", self.word_classes.get)
        object.__setattr__(self, "person_nouns", self.source_nouns | self.speaker_nouns)
        enders = self.descriptor_enders.union(self.word_classes)
        tails = enders | {w.capitalize() for w in enders}  # "Four people", "More voters"
        object.__setattr__(self, "descriptor_tails", frozenset(tails))

    def speech_of(self, cue_text: str | None) -> bool:
        """Whether the words of a cue report a speech act: its first listed cue decides ("thinks": no); a cue
        no longer listed, or none (a colon, a floating quote), counts as speech."""
        toks = tokenize(cue_text or "")
        return next((hit[1].speech for i in range(len(toks)) if (hit := self.cues.match_at(toks, i))), True)

    def names_someone(self, key: str) -> bool:
        """Whether a lower-case noun can head a speaker's mention ("officials", "critics", "the study")."""
        if self.listed_speaker_noun(key):
            return True
        singular = key[:-1] if key.endswith("s") else key
        return singular.endswith(PERSON_SUFFIXES) and len(singular) > 4

    def listed_speaker_noun(self, key: str) -> bool:
        """A noun from source_nouns.txt or speaker_nouns.txt, singular or plural ("officials", "parties")."""
        return self.singular(key) is not None

    def phrase_across(self, tokens: Sequence[Token], i: int, j: int) -> int:
        """The end of a title or organisation that starts in tokens[i:j] and goes on past j, over a lowercase
        word ("Secretary of State Marco Rubio", "National Security and Defense Council"); 0 when none does.
        Callers on a hot path test `tokens[j].key in inner_words` first; a table is asked only at its first words."""
        key = tokens[j].key
        for table in (self.titles, self.organisations):
            if key in table.inner_keys:
                for m in range(max(i, j - 3), j):
                    hit = tokens[m].key in table.first_keys and table.match_at(tokens, m)
                    if hit and m + hit[0] > j:
                        return m + hit[0]
        return 0

    def phrase_before(self, tokens: Sequence[Token], lo: int, i: int) -> int | None:
        """The start of a title or organisation that ends at or after token i and takes in the lowercase word
        before it ("Ministry of Foreign Affairs", read leftwards from "Foreign"); None when none does."""
        key = tokens[i - 1].key
        for table in (self.titles, self.organisations):
            if key in table.inner_keys:
                for m in range(i - 2, max(lo, i - 5) - 1, -1):
                    hit = tokens[m].key in table.first_keys and table.match_at(tokens, m)
                    if hit and m + hit[0] > i:
                        return m
        return None

    def singular(self, key: str) -> str | None:
        """The listed singular of a speaker noun: "witnesses" → "witness", "parties" → "party"."""
        nouns = self.person_nouns
        if not key.endswith("s"):
            return key if key in nouns else None
        for k in (key[:-1], key[:-2], key[:-3] + "y", key):
            if k in nouns:
                return k
        return None


# Suffixes of nouns for people ("specialist", "businessman", "commissioner", "narrator", "historian").
PERSON_SUFFIXES = ("ist", "man", "men", "woman", "women", "ian", "er", "or")


def data_dir() -> Path:
    return Path(os.environ.get("ATTRIBUTION_DATA", DEFAULT_DATA_DIR))


def load(directory: Path | None = None) -> Lexicon:
    """The lexicon of a data folder (default: $ATTRIBUTION_DATA or the project's data/), cached."""
    return _load_from(directory or data_dir())


@cache
def _load_from(directory: Path) -> Lexicon:
    # Resolving asks the file system about every folder on the path: once per spelling, not once per article.
    return _load(Path(directory).resolve())


@cache
def _load(directory: Path) -> Lexicon:
    cue_rows = read_rows(directory / "reporting_cues.csv", ("cue", "speech"))
    report_rows = read_rows(directory / "report_nouns.csv", ("noun", "speech"))
    title_rows = [row for _, row in read_rows(directory / "titles.csv", ("title", "role"))]
    titles = PhraseTable((row["title"], Title(row["role"], row.get("affiliation", ""))) for row in title_rows)
    organisations = _organisations(directory / "organisations.csv")
    french_bodies = {
        row["french"].lower(): row["english"].lower()
        for _, row in read_rows(directory / "french_body_nouns.csv", ("french", "english"))
    }
    body_nouns = frozenset(w.lower() for w in _words(directory / "body_nouns.txt")) | frozenset(french_bodies)
    french_heads = {e: frozenset(f for f, g in french_bodies.items() if g == e) | {e} for e in french_bodies.values()}
    organisation_nouns = frozenset(w.lower() for w in _words(directory / "organisation_nouns.txt"))
    company_suffixes = frozenset(w.lower() for w in _words(directory / "company_suffixes.txt"))
    collective_nouns = frozenset(w.lower() for w in _words(directory / "collective_nouns.txt"))
    impersonal_nouns = frozenset(w.lower() for w in _words(directory / "impersonal_nouns.txt"))
    return Lexicon(
        cues=_cues(
            directory / "reporting_cues.csv",
            cue_rows,
            frozenset(w.lower() for w in _words(directory / "final_stress.txt")),
        ),
        # A title's abbreviation ("Coun.", "Cst.", "Supt.") ends no sentence either.
        abbreviations=frozenset(w.lower() for w in _words(directory / "abbreviations.txt"))
        | frozenset(t.lower() for row in title_rows if (t := row["title"]).endswith(".") and " " not in t),
        word_classes=_word_classes(directory / "word_classes.csv"),
        addressee_cues=frozenset(_lemma(row["cue"]) for _, row in cue_rows if _yes(row.get("addressee", ""))),
        quote_only_cues=frozenset(_lemma(row["cue"]) for _, row in cue_rows if _yes(row.get("quote_only", ""))),
        question_cues=frozenset(_lemma(row["cue"]) for _, row in cue_rows if _yes(row.get("question", ""))),
        relay_cues=frozenset(_lemma(row["cue"]) for _, row in cue_rows if _yes(row.get("relay", ""))),
        time_words=frozenset(w.lower() for w in _words(directory / "time_words.txt")),
        portfolios=frozenset(w.lower() for w in _words(directory / "portfolios.txt")),
        countries=_countries(directory / "countries.csv"),
        organisations=organisations,
        titles=titles,
        inner_words=titles.inner_keys | organisations.inner_keys,
        speakers=_speakers(directory / "speakers.csv"),
        outlets=_outlets(directory / "outlets.csv"),
        context_outlets=_outlets(directory / "outlets_in_context.csv"),
        outlet_shapes=_kinds(directory / "outlet_shapes.csv"),
        source_nouns=frozenset(w.lower() for w in _words(directory / "source_nouns.txt")),
        source_qualifiers=frozenset(w.lower() for w in _words(directory / "source_qualifiers.txt")),
        speaker_nouns=frozenset(w.lower() for w in _words(directory / "speaker_nouns.txt")),
        report_nouns={row["noun"].lower(): _yes(row["speech"]) for _, row in report_rows},
        report_topics={
            row["noun"].lower(): frozenset(w.strip().lower() for w in row["topic"].split("|"))
            for _, row in report_rows
            if row.get("topic", "").strip()
        },
        report_infinitives=frozenset(row["noun"].lower() for _, row in report_rows if _yes(row.get("infinitive", ""))),
        colon_labels=frozenset(w.lower().replace("’", "'") for w in _words(directory / "colon_labels.txt")),
        media_nouns=PhraseTable((w, w) for w in _words(directory / "media_nouns.txt")),
        media_anaphors=frozenset(_words(directory / "media_anaphors.txt")),
        venue_nouns=frozenset(_words(directory / "venue_nouns.txt")),
        furniture_labels=frozenset(_words(directory / "furniture_labels.txt")),
        credit_words=frozenset(_words(directory / "credit_words.txt")),
        interviewer_nouns=frozenset(_words(directory / "interviewer_nouns.txt")),
        work_nouns=frozenset(w.lower() for w in _words(directory / "work_nouns.txt")),
        document_nouns=frozenset(w.lower() for w in _words(directory / "document_nouns.txt")),
        issued_nouns=frozenset(w.lower() for w in _words(directory / "issued_nouns.txt")),
        audience_nouns=frozenset(w.lower() for w in _words(directory / "audience_nouns.txt")),
        name_possessives=frozenset(w.lower() for w in _words(directory / "name_possessives.txt")),
        surnames=frozenset(_words(directory / "surnames.txt")),
        granted_nouns=frozenset(w.lower() for w in _words(directory / "granted_nouns.txt")),
        object_cues=frozenset(w.lower() for w in _words(directory / "object_cues.txt")),
        anaphoric_nouns=frozenset(w.lower() for w in _words(directory / "anaphoric_nouns.txt")),
        body_nouns=body_nouns,
        french_heads=french_heads,
        organisation_nouns=organisation_nouns,
        collective_nouns=collective_nouns,
        impersonal_nouns=impersonal_nouns,
        company_suffixes=company_suffixes,
        title_bodies={
            row["role"].lower(): tuple(b.strip().lower() for b in row["bodies"].split("|") if b.strip())
            for _, row in read_rows(directory / "title_bodies.csv", ("role", "bodies"))
        },
        kind_words=body_nouns | organisation_nouns | company_suffixes | {"its", "their"},
        first_names=_genders(directory / "first_names.csv") | _genders(directory / "first_names_added.csv"),
        gendered_words=_genders(directory / "gendered_words.csv", "word"),
        cue_compounds=PhraseTable((w, w) for w in _words(directory / "cue_compounds.txt")),
        object_report_cues=frozenset(w.lower() for w in _words(directory / "object_report_cues.txt")),
        kin_nouns=frozenset(_words(directory / "kin_nouns.txt")),
        non_name_openers=frozenset(_words(directory / "non_name_openers.txt")),
        descriptor_enders=frozenset(w.lower() for w in _words(directory / "descriptor_enders.txt")),
    )


def read_rows(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV file with a header, each with its line number; '#' lines are comments."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            lines = [line for line in f if not line.lstrip().startswith("#")]
    except OSError as e:
        raise LexiconError(path, 0, f"cannot read the data file ({e.strerror})") from e
    reader = csv.DictReader(lines)
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise LexiconError(path, 1, f"expected the columns {', '.join(required)}; missing {', '.join(missing)}")
    rows = []
    for n, row in enumerate(reader, 2):
        clean = {k: (v or "").strip() for k, v in row.items() if k}
        for c in required:
            if not clean.get(c):
                raise LexiconError(path, n, f"the column {c!r} must not be empty")
        rows.append((n, clean))
    return rows


def _words(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise LexiconError(path, 0, f"cannot read the data file ({e.strerror})") from e
    return [w for line in text.splitlines() if (w := line.split("#", 1)[0].strip())]


WORD_CLASSES = ("determiner", "pronoun", "relative", "modifier", "preposition", "boundary")


def _word_classes(path: Path) -> dict[str, str]:
    classes = {}
    for n, row in read_rows(path, ("word", "class")):
        if row["class"] not in WORD_CLASSES:
            raise LexiconError(path, n, f"class must be one of {', '.join(WORD_CLASSES)}, got {row['class']!r}")
        classes[row["word"].lower()] = row["class"]
    return classes


_GENDERS = ("f", "m")


def _genders(path: Path, column: str = "name") -> dict[str, str]:
    genders = {}
    for n, row in read_rows(path, (column, "gender")):
        if row["gender"] not in _GENDERS:
            raise LexiconError(path, n, f"gender must be f or m, got {row['gender']!r}")
        genders[row[column].lower()] = row["gender"]
    return genders


def _names(row: dict[str, str], *more: str) -> list[str]:
    """A row's name, its aliases (| separated) and any further columns, without blanks."""
    aliases = [a.strip() for a in row.get("aliases", "").split("|")]
    return [n for n in (row["name"], *aliases, *more) if n]


def _countries(path: Path) -> PhraseTable[Country]:
    items = []
    for _, row in read_rows(path, ("country", "adjective")):
        country = Country(row["country"], row["adjective"])
        items += [
            (n, country) for n in _names({"name": row["country"], "aliases": row.get("aliases", "")}, row["adjective"])
        ]
    return PhraseTable(items)


def _organisations(path: Path) -> PhraseTable[Organisation]:
    return PhraseTable(
        (name, Organisation(row["name"], row.get("country") or None, row.get("kind", "")))
        for _, row in read_rows(path, ("name",))
        for name in _names(row)
    )


def _outlets(path: Path) -> PhraseTable[Outlet]:
    return PhraseTable(
        (name, Outlet(row["name"], row.get("country") or None, row.get("kind", "")))
        for _, row in read_rows(path, ("name",))
        for name in _names(row)
    )


def _kinds(path: Path) -> dict[str, frozenset[str]]:
    """The words of a word,kind file by kind, keyed as tokens are ("Times" → "times")."""
    kinds: dict[str, set[str]] = {}
    for _, row in read_rows(path, ("word", "kind")):
        kinds.setdefault(row["kind"], set()).add(" ".join(t.key for t in tokenize(row["word"])))
    return {kind: frozenset(words) for kind, words in kinds.items()}


def _speakers(path: Path) -> PhraseTable[KnownSpeaker]:
    items = []
    for _, row in read_rows(path, ("name",)):
        names = _names(row)
        known = KnownSpeaker(
            row["name"],
            tuple(names[1:]),
            row.get("role") or None,
            row.get("affiliation") or None,
            row.get("country") or None,
        )
        items += [(n, known) for n in names]
    # A surname on its own ("Lavrov said") is the one known speaker who bears it; shared ones stay unresolved.
    bearers: dict[str, set[str]] = {}
    for name, known in items:
        if " " in name:
            bearers.setdefault(name.rsplit(" ", 1)[1], set()).add(known.name)
    listed = {name for name, _ in items}
    by_name = {known.name: known for _, known in items}
    items += [
        (surname, by_name[next(iter(names))])
        for surname, names in bearers.items()
        if len(names) == 1 and surname not in listed
    ]
    return PhraseTable(items)


def _lemma(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _yes(value: str) -> bool:
    return value.strip().lower() == "yes"


def _cues(path: Path, rows: list[tuple[int, dict[str, str]]], final_stress: frozenset[str]) -> PhraseTable[Cue]:
    cues: list[tuple[str, Cue]] = []
    for n, row in rows:
        lemma = _lemma(row["cue"])
        for column in ("speech", "addressee", "quote_only", "question", "relay", "clause_only"):
            if row.get(column, "").lower() not in ("yes", "no", ""):
                raise LexiconError(path, n, f"{column} must be yes, no or empty, got {row[column]!r}")
        forms = [f.strip().lower() for f in row.get("forms", "").split("|") if f.strip()]
        nouns = {f.strip().lower() for f in row.get("noun_forms", "").split("|") if f.strip()}
        forms = forms or phrase_forms(lemma, final_stress)
        if _yes(row.get("clause_only", "")):
            nouns |= set(forms)
        if not nouns <= set(forms):
            raise LexiconError(path, n, f"noun_forms {sorted(nouns - set(forms))} are not forms of {lemma!r}")
        for form in forms:
            cues.append((form, Cue(form, lemma, _yes(row["speech"]), form in nouns)))
    return PhraseTable(cues)
