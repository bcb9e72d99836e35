"""One entity per speaker across articles: "Sergei Lavrov" and "Sergey Lavrov", "Zelensky" and "Zelenskyy".

Names are folded (case, accents, transliteration variants from data/name_folds.csv) and compared with
rapidfuzz. A mention joins an entity automatically only when the names agree strictly, word by word,
and the affiliations are compatible; a bare surname joins only the one entity that has it. Borderline
pairs become merge suggestions for a person to accept or reject. The store keeps the entities; this
module only decides.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import chain

from rapidfuzz import fuzz, process

from .engine.lexicons import Lexicon
from .engine.names import fold, folds_data, plain

AUTO_MERGE = 92.0  # whole-name similarity (0–100) for a merge without a person
SUGGEST = 80.0  # at or above, a pair that is not merged automatically becomes a suggestion
GIVEN_NAME = 85.0  # given names this similar (Steve, Steven) agree
SURNAME = 80.0  # below, two people are not even worth suggesting (Medinsky, Zelensky)
AFFILIATION = 60.0  # token-set similarity at which two affiliations agree


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


@dataclass(frozen=True, slots=True)
class NameParts:
    given: tuple[str, ...]
    surname: str
    suffix: str

    @classmethod
    def of(cls, folded: str) -> NameParts:
        words = folded.split()
        suffix = words.pop() if len(words) > 1 and words[-1] in folds_data().suffixes else ""
        return cls(tuple(words[:-1]), words[-1] if words else "", suffix)


def same_person_shape(a: str, b: str) -> tuple[bool, str]:
    """Whether two folded full names can name one person word by word, and if not, why not."""
    pa, pb = NameParts.of(a), NameParts.of(b)
    if pa.surname != pb.surname:
        return False, "surnames differ"
    if pa.suffix != pb.suffix:
        return False, "generational suffixes differ"
    if pa.given and pb.given:
        x, y = pa.given[0], pb.given[0]
        initial = (len(x) == 1 or len(y) == 1) and x[0] == y[0]
        if not (x == y or initial or fuzz.ratio(x, y) >= GIVEN_NAME):
            return False, "given names differ"
    return True, ""


def compatible(
    a_affiliation: str | None,
    a_country: str | None,
    b_affiliation: str | None,
    b_country: str | None,
    lexicon: Lexicon | None = None,
) -> tuple[bool, str]:
    """Whether two descriptions can be one speaker: countries agree where both are known, else affiliations."""
    ca, cb = _country(a_country, lexicon), _country(b_country, lexicon)
    if ca and cb:
        return (True, "") if ca == cb else (False, f"countries differ ({a_country} / {b_country})")
    if a_affiliation and b_affiliation:
        if fuzz.token_set_ratio(plain(a_affiliation), plain(b_affiliation)) >= AFFILIATION:
            return True, ""
        return False, f"affiliations differ ({a_affiliation} / {b_affiliation})"
    return True, ""


def _country(name: str | None, lexicon: Lexicon | None) -> str | None:
    if not name:
        return None
    known = lexicon.countries.get(name) if lexicon else None
    return plain(known.name if known else name)


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical speaker as the matcher sees it."""

    id: int
    name: str
    kind: SpeakerKind = SpeakerKind.PERSON
    aliases: tuple[str, ...] = ()
    affiliation: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    entity_id: int
    score: float
    reason: str


@dataclass(frozen=True, slots=True)
class Decision:
    """Join `entity_id`, or (entity_id None) make a new entity and suggest merging it with `suggestions`."""

    entity_id: int | None
    score: float = 0.0
    reason: str = ""
    suggestions: tuple[Suggestion, ...] = ()
    new_alias: bool = False  # the name is a new spelling of the joined entity, worth remembering


@dataclass
class Matcher:
    """An index of entities by folded alias and by surname; `decide` places a name among them."""

    lexicon: Lexicon | None = None
    entities: dict[int, Entity] = field(default_factory=dict)
    _by_alias: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    _by_surname: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    # compatible() of (entity's affiliation, country, mention's affiliation, country): an ingest asks the same
    # pairs for every statement of a speaker, and folding two affiliations and comparing them was most of `decide`
    _compatible: dict[tuple, tuple[bool, str]] = field(default_factory=dict)
    # the folded aliases by length, each in the order first seen (`_order`: its place in that order): a new name is
    # compared only with those whose length lets them reach SUGGEST (~60 % of them on PolNeAR train, where comparing
    # with every alias was ~12 % of an ingest's main process); `_similar` orders the survivors as one pass would
    _by_length: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    _order: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, entities: Iterable[Entity], lexicon: Lexicon | None = None) -> Matcher:
        matcher = cls(lexicon)
        for e in entities:
            matcher.add(e)
        return matcher

    def add(self, entity: Entity) -> None:
        self.entities[entity.id] = entity
        for name in (entity.name, *entity.aliases):
            self.add_alias(entity.id, name)

    def add_alias(self, entity_id: int, name: str) -> None:
        folded = fold(name)
        if not folded:
            return
        if folded not in self._order:
            self._order[folded] = len(self._order)
            self._by_length[len(folded)].append(folded)
        self._by_alias[folded].add(entity_id)
        if self.entities[entity_id].kind is SpeakerKind.PERSON and " " in folded:
            self._by_surname[NameParts.of(folded).surname].add(entity_id)

    def remove(self, entity_id: int) -> None:
        self.entities.pop(entity_id, None)
        for index in (self._by_alias, self._by_surname):
            for ids in index.values():
                ids.discard(entity_id)

    def decide(
        self,
        name: str,
        *,
        kind: SpeakerKind = SpeakerKind.PERSON,
        affiliation: str | None = None,
        country: str | None = None,
        exclude: int | None = None,
    ) -> Decision:
        folded = fold(name)
        if not folded:
            return Decision(None)

        def fits(entity_id: int) -> tuple[bool, str]:
            e = self.entities[entity_id]
            if e.kind is not kind:
                return False, f"one is a {e.kind}, the other a {kind}"
            pair = (e.affiliation, e.country, affiliation, country)
            found = self._compatible.get(pair)
            if found is None:
                found = self._compatible[pair] = compatible(*pair, self.lexicon)
            return found

        candidates = {i for i in self._by_alias.get(folded, ()) if i != exclude}
        if candidates:  # the same name, or a listed alias
            fitting = sorted(i for i in candidates if fits(i)[0])
            if fitting:
                return Decision(fitting[0], 100.0, "same name", _others(fitting[1:], 100.0, "same name"))
            return Decision(
                None, suggestions=tuple(Suggestion(i, 100.0, f"same name; {fits(i)[1]}") for i in sorted(candidates))
            )

        if kind is SpeakerKind.PERSON and " " not in folded:  # a bare surname
            owners = sorted(i for i in self._by_surname.get(folded, ()) if i != exclude)
            fitting = [i for i in owners if fits(i)[0]]
            if len(fitting) == 1:
                return Decision(fitting[0], 100.0, "the only speaker with this surname")
            if owners:
                reason = f"surname shared by {len(owners)} speakers" if len(owners) > 1 else fits(owners[0])[1]
                return Decision(None, suggestions=tuple(Suggestion(i, 100.0, reason) for i in owners))
            return Decision(None, suggestions=self._similar_surnames(folded, exclude))

        best: dict[int, Suggestion] = {}
        for alias, score in self._similar(folded):
            shape_ok, why = same_person_shape(folded, alias) if kind is SpeakerKind.PERSON else (False, "organisation")
            if (
                kind is SpeakerKind.PERSON
                and fuzz.ratio(NameParts.of(folded).surname, NameParts.of(alias).surname) < SURNAME
            ):
                continue
            for entity_id in self._by_alias[alias]:
                if entity_id == exclude:
                    continue
                fit, why_not = fits(entity_id)
                if score >= AUTO_MERGE and shape_ok and fit:
                    return Decision(entity_id, score, f"similar spelling ({score:.0f})", new_alias=True)
                reason = f"similar spelling ({score:.0f})" + "".join(f"; {w}" for w in (why, why_not) if w)
                if entity_id not in best or best[entity_id].score < score:
                    best[entity_id] = Suggestion(entity_id, score, reason)
        return Decision(None, suggestions=tuple(sorted(best.values(), key=lambda s: -s.score)))

    def _similar(self, folded: str) -> list[tuple[str, float]]:
        """The 10 folded aliases most similar to `folded` at SUGGEST or above, as `process.extract` over every alias
        in the order first seen gives them (by score, ties in that order). fuzz.ratio is 100 * (1 - d / (m + n)) for
        lengths m, n, with an edit distance d (insertions and deletions) of at least |m - n|: a length with
        100 * |m - n| > (100 - SUGGEST) * (m + n) stays below SUGGEST and is not compared (whole numbers: exact)."""
        m = len(folded)
        lengths = [n for n in self._by_length if 100 * abs(m - n) <= (100 - SUGGEST) * (m + n)]
        found = process.extract(
            folded,
            list(chain.from_iterable(self._by_length[n] for n in lengths)),
            scorer=fuzz.ratio,
            score_cutoff=SUGGEST,
            limit=None,
        )
        order = self._order
        found.sort(key=lambda r: (-r[1], order[r[0]]))
        return [(alias, score) for alias, score, _ in found[:10]]

    def _similar_surnames(self, folded: str, exclude: int | None) -> tuple[Suggestion, ...]:
        """A bare name close to a surname (Zelenska, Zelensky) is never joined, only suggested."""
        out = []
        for surname, score, _ in process.extract(
            folded, list(self._by_surname), scorer=fuzz.ratio, score_cutoff=SUGGEST, limit=5
        ):
            out += [
                Suggestion(i, score, f"close to the surname {surname!r} ({score:.0f})")
                for i in sorted(self._by_surname[surname])
                if i != exclude
            ]
        return tuple(out)


def _others(ids: list[int], score: float, reason: str) -> tuple[Suggestion, ...]:
    return tuple(Suggestion(i, score, reason) for i in ids)


def speaker_kind(name: str, lexicon: Lexicon) -> SpeakerKind:
    """An organisation or a country speaking ("the Kremlin said") is no person."""
    known = lexicon.organisations.get(name) or lexicon.countries.get(name)
    return SpeakerKind.ORGANISATION if known else SpeakerKind.PERSON


__all__ = [
    "AFFILIATION",
    "AUTO_MERGE",
    "GIVEN_NAME",
    "SUGGEST",
    "SURNAME",
    "Decision",
    "Entity",
    "Matcher",
    "NameParts",
    "SpeakerKind",
    "Suggestion",
    "compatible",
    "fold",
    "plain",
    "same_person_shape",
    "speaker_kind",
]
