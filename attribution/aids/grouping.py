"""One statement, many outlets: groups, suggestions for a person, and misattribution alerts, in one pass.

Statements are grouped when the same speaker is given the same or nearly the same words in different
reports: automatically at group_auto, as a suggestion at group_suggest. The same words given to
different known speakers in different articles raise a misattribution alert on both groups instead
(within one article, a second speaker agreeing in the same words is common). A person's decisions come
back in as `confirmed` pairs (joined whatever the score) and `rejected` pairs (never suggested again).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from .disjoint import DisjointSets
from .records import AidStatement, Grouping, GroupSuggestion, MisattributionAlert, StatementGroup
from .similarity import Normal, normalise, similar_pairs
from .similarity import load as load_claim_words
from .sources import independent_sources
from .thresholds import Thresholds
from .thresholds import load as load_thresholds


def same_speaker(a: AidStatement, b: AidStatement) -> bool:
    """By canonical entity when both have one, else by name; two unknown speakers count as the same."""
    if a.speaker_id is not None and b.speaker_id is not None:
        return a.speaker_id == b.speaker_id
    return (a.speaker or "").casefold() == (b.speaker or "").casefold()


def different_speakers(a: AidStatement, b: AidStatement) -> bool:
    """Both speakers known and not the same: an unknown speaker is never a misattribution."""
    return bool(a.speaker and b.speaker) and not same_speaker(a, b)


def group_statements(
    statements: Sequence[AidStatement],
    thresholds: Thresholds | None = None,
    *,
    confirmed: Iterable[tuple[int, int]] = (),
    rejected: Iterable[tuple[int, int]] = (),
) -> Grouping:
    """Group the statements of a whole store; cost grows near-linearly with their number (see similarity)."""
    thresholds = thresholds or load_thresholds()
    claim_words = load_claim_words()
    # Units: statements with the same normal text and speaker, compared once. A statement shorter than
    # min_words is a unit of its own that only a person's confirmation joins to others.
    texts: dict[str, int] = {}
    normals: list[Normal] = []
    unit_of_key: dict[tuple[int, int | str | None], int] = {}
    units: list[list[int]] = []  # unit → statement indices
    text_units: defaultdict[int, list[int]] = defaultdict(list)
    wording: list[str] = []  # statement index → normal text
    for i, s in enumerate(statements):
        normal = normalise(s.text, claim_words)
        wording.append(normal.text)
        if len(normal.words) < thresholds.min_words:
            units.append([i])
            continue
        t = texts.setdefault(normal.text, len(normals))
        if t == len(normals):
            normals.append(normal)
        key = (t, s.speaker_id if s.speaker_id is not None else (s.speaker or "").casefold() or None)
        u = unit_of_key.setdefault(key, len(units))
        if u == len(units):
            units.append([])
            text_units[t].append(u)
        units[u].append(i)

    def lead(u: int) -> AidStatement:
        return statements[units[u][0]]

    sets = DisjointSets(len(units))
    suggested: list[tuple[int, int, float]] = []
    alerted: list[tuple[int, int, float]] = []

    def compare(u: int, v: int, score: float) -> None:
        a, b = lead(u), lead(v)
        if same_speaker(a, b):
            if score >= thresholds.group_auto:
                sets.union(u, v)
            elif score >= thresholds.group_suggest:
                suggested.append((u, v, score))
        elif different_speakers(a, b) and a.article_id != b.article_id and score >= thresholds.misattribution:
            alerted.append((u, v, score))

    for same_text in text_units.values():  # one wording, several speakers (or an entity and a bare name)
        for x, u in enumerate(same_text):
            for v in same_text[x + 1 :]:
                compare(u, v, 100.0)
    cutoff = min(thresholds.group_suggest, thresholds.misattribution)
    for t1, t2, score in similar_pairs(normals, None, cutoff, thresholds):
        for u in text_units[t1]:
            for v in text_units[t2]:
                compare(u, v, score)

    unit_of = {statements[i].id: u for u, members in enumerate(units) for i in members}
    for a, b in confirmed:
        if a in unit_of and b in unit_of:
            sets.union(unit_of[a], unit_of[b])
    members: defaultdict[int, list[int]] = defaultdict(list)  # root unit → statement indices
    for u, unit in enumerate(units):
        members[sets.find(u)] += unit
    group_id = {root: min(statements[i].id for i in unit) for root, unit in members.items()}
    refused = {
        frozenset((sets.find(unit_of[a]), sets.find(unit_of[b]))) for a, b in rejected if a in unit_of and b in unit_of
    }

    def best(pairs: list[tuple[int, int, float]]) -> dict[frozenset[int], tuple[int, int, float]]:
        """The best-scoring pair of units between each two groups, unless a person rejected them."""
        out: dict[frozenset[int], tuple[int, int, float]] = {}
        for u, v, score in pairs:
            roots = frozenset((sets.find(u), sets.find(v)))
            if len(roots) == 2 and roots not in refused and score > out.get(roots, (0, 0, -1.0))[2]:
                out[roots] = (u, v, score)
        return out

    suggestions = [
        GroupSuggestion(lead(u).id, lead(v).id, group_id[sets.find(u)], group_id[sets.find(v)], round(score, 2))
        for u, v, score in best(suggested).values()
    ]
    alerts = [
        MisattributionAlert(
            lead(u).id,
            lead(v).id,
            group_id[sets.find(u)],
            group_id[sets.find(v)],
            lead(u).speaker or "",
            lead(v).speaker or "",
            round(score, 2),
        )
        for u, v, score in best(alerted).values()
    ]
    groups = [
        _group(group_id[root], sorted(indices, key=lambda i: statements[i].id), statements, wording, thresholds)
        for root, indices in members.items()
        if len(indices) > 1
    ]
    return Grouping(
        tuple(sorted(groups, key=lambda g: g.id)),
        tuple(sorted(suggestions, key=lambda s: (-s.score, s.statement_id, s.other_statement_id))),
        tuple(sorted(alerts, key=lambda a: (-a.score, a.statement_id, a.other_statement_id))),
    )


def _group(
    gid: int, indices: list[int], statements: Sequence[AidStatement], wording: list[str], thresholds: Thresholds
) -> StatementGroup:
    counts = Counter(wording[i] for i in indices)
    top = max(counts.values())
    canonical = next(statements[i].id for i in indices if counts[wording[i]] == top)
    speakers = Counter(statements[i].speaker for i in indices if statements[i].speaker)
    return StatementGroup(
        gid,
        tuple(statements[i].id for i in indices),
        canonical,
        len(counts),
        speakers.most_common(1)[0][0] if speakers else None,
        independent_sources([statements[i] for i in indices], thresholds),
    )
