"""The matcher compares a new name only with the aliases whose length lets them reach SUGGEST, and decides exactly as
one comparison with every alias would (the same joins, suggestions, scores and reasons, in the same order)."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz, process

from attribution import canonical
from attribution.canonical import SUGGEST, Entity, Matcher, SpeakerKind


class FullScan(Matcher):
    """The matcher as it was: every folded alias compared, in the order first seen."""

    def _similar(self, folded: str) -> list[tuple[str, float]]:
        found = process.extract(folded, list(self._by_alias), scorer=fuzz.ratio, score_cutoff=SUGGEST, limit=10)
        return [(alias, score) for alias, score, _ in found]


GIVEN = ["Arlo", "Arla", "Brisa", "Cato", "Dovie", "Edda", "Fenn", "Gilda", "Hale", "Ines", "J.", "Jory", "Kestrel"]
FAMILY = ["Venn", "Vennard", "Quarry", "Quarrie", "Oduya", "Odoya", "Tamsin-Hale", "Brekke", "Breck", "Zeleni",
          "Zelenova", "Marrow", "Morrow", "Marlowe", "Lys"]  # fmt: skip
AFFILIATIONS = [None, "ministry of ports", "port authority", "harbour union", None]


def _people(rng: random.Random, n: int) -> list[tuple[str, str | None]]:
    out = []
    for _ in range(n):
        given = rng.sample(GIVEN, rng.choice((0, 1, 1, 2)))
        out.append((" ".join([*given, rng.choice(FAMILY)]), rng.choice(AFFILIATIONS)))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_decisions_equal_a_full_scan(seed: int) -> None:
    """Linking invented people one after the other (each new name becoming an entity, as an ingest does): every
    decision of the pruned matcher equals the full scan's, ties and the limit of ten included."""
    rng = random.Random(seed)
    pruned, full = Matcher(), FullScan()
    next_id = 1
    for name, affiliation in _people(rng, 400):
        a = pruned.decide(name, affiliation=affiliation)
        b = full.decide(name, affiliation=affiliation)
        assert a == b, name
        if a.entity_id is None:
            for m in (pruned, full):
                m.add(Entity(next_id, name, SpeakerKind.PERSON, (), affiliation))
            next_id += 1
        elif a.new_alias:
            pruned.add_alias(a.entity_id, name)
            full.add_alias(a.entity_id, name)


def test_more_than_ten_tied_aliases_keep_the_order_first_seen() -> None:
    """Twelve aliases tie with the name: the ten suggested are the first ten stored, whatever their lengths."""
    names = [f"arlo venn{c}" for c in "bcdefghijklm"]  # ratio 94.7 with "arlo venna", each one letter off
    matcher = Matcher.of(Entity(i, n, affiliation=f"guild {i}", country=f"land {i}") for i, n in enumerate(names))
    full = FullScan.of(Entity(i, n, affiliation=f"guild {i}", country=f"land {i}") for i, n in enumerate(names))
    got = matcher.decide("Arlo Venna", country="elsewhere")
    assert got == full.decide("Arlo Venna", country="elsewhere")
    assert [s.entity_id for s in got.suggestions] == list(range(10))


@pytest.mark.parametrize(
    ("name", "compared"),
    [  # a length n with 5 * |m - n| > m + n cannot reach 80 against m: not compared
        ("Arlo Venn Odoya", ["arlo vennard", "kestrel tamsin hale"]),  # 15: 9 and 5 too short
        ("Ines Vennard", ["arlo venn", "arlo vennard", "ines venn"]),  # 12: 5 too short, 19 too long (77.4 at best)
        ("Jo Lys", ["arlo venn", "ines venn", "j lys"]),  # 6: 9 reaches 80 at best, exactly: compared; 12, 19 not
    ],
)
def test_only_aliases_of_a_possible_length_are_compared(monkeypatch, name: str, compared: list[str]) -> None:
    stored = ["Arlo Venn", "Arlo Vennard", "Ines Venn", "Kestrel Tamsin-Hale", "J. Lys"]
    matcher = Matcher.of(Entity(i, n) for i, n in enumerate(stored))
    expected = FullScan.of(Entity(i, n) for i, n in enumerate(stored)).decide(name)
    seen: list[str] = []
    original = process.extract

    def extract(query, choices, **kwargs):
        seen.extend(choices)
        return original(query, choices, **kwargs)

    monkeypatch.setattr(canonical.process, "extract", extract)
    assert matcher.decide(name) == expected
    assert sorted(seen) == compared
