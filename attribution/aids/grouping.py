"""One statement, many outlets: groups, suggestions for a person, and misattribution alerts, in one pass.

Statements are grouped when the same speaker is given the same or nearly the same words in different
reports: automatically at group_auto, as a suggestion at group_suggest. The same words given to
different known speakers in different articles raise a misattribution alert on both groups instead
(within one article, a second speaker agreeing in the same words is common). A person's decisions come
back in as `confirmed` pairs (joined whatever the score) and `rejected` pairs (never suggested again).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from .corpus import MISSING, Corpus, positions
from .disjoint import DisjointSets
from .records import AidStatement, Grouping, GroupSuggestion, MisattributionAlert, StatementGroup
from .similarity import Normal, similar_pairs
from .sources import independent_sources
from .thresholds import Thresholds
from .thresholds import load as load_thresholds


def same_speaker(a: AidStatement, b: AidStatement) -> bool:
    """By canonical entity when both have one, else by name; two unknown speakers count as the same."""
    if a.speaker_id is not None and b.speaker_id is not None:
        return a.speaker_id == b.speaker_id
    return (a.speaker or "").casefold() == (b.speaker or "").casefold()


def group_statements(
    statements: Sequence[AidStatement] | Corpus,
    thresholds: Thresholds | None = None,
    *,
    confirmed: Iterable[tuple[int, int]] = (),
    rejected: Iterable[tuple[int, int]] = (),
    similar: Callable[[list[Normal], float], Iterable[tuple[int, int, float]]] | None = None,
) -> Grouping:
    """Group the statements of a whole store; cost grows near-linearly with their number (see similarity).

    A million statements: pass a Corpus (the store streams one), whose columns take a fraction of the records.
    `similar(texts, cutoff)`: the pairs of these distinct texts scoring at least cutoff, as similar_pairs gives
    them (i < j, by ascending (j, i)), when they were found beforehand (a partition of a store: see store.aids).
    """
    thresholds = thresholds or load_thresholds()
    corpus = statements if isinstance(statements, Corpus) else Corpus.of(statements)
    if not len(corpus):
        return Grouping((), (), ())
    texts, text_of = _texts(corpus, thresholds)
    unit_of, leads, text_units = _units(corpus, text_of, len(texts))

    sets = DisjointSets(len(leads))
    suggested: list[tuple[int, int, float]] = []
    alerted: list[tuple[int, int, float]] = []
    # What same_speaker reads of each unit's lead, as plain lists (a record per comparison took half of a small
    # store's refresh). A misattribution needs both speakers known (named) and not the same.
    lead_rows = np.asarray(leads, dtype=np.int64)
    entity = corpus.speaker_ids[lead_rows].tolist()  # MISSING: none
    codes = corpus.speakers[lead_rows].tolist()
    name = _name_keys(corpus)[codes].tolist()
    named = [bool(corpus.names[c]) for c in codes]
    article = corpus.article_ids[lead_rows].tolist()
    statement = corpus.ids[lead_rows].tolist()

    def compare(u: int, v: int, score: float) -> None:
        a, b = entity[u], entity[v]
        if a == b if a != MISSING and b != MISSING else name[u] == name[v]:  # same_speaker
            if score >= thresholds.group_auto:
                sets.union(u, v)
            elif score >= thresholds.group_suggest:
                suggested.append((u, v, score))
        elif named[u] and named[v] and article[u] != article[v] and score >= thresholds.misattribution:
            alerted.append((u, v, score))

    for same_text in text_units:  # one wording, several speakers (or an entity and a bare name)
        for x, u in enumerate(same_text):
            for v in same_text[x + 1 :]:
                compare(u, v, 100.0)
    cutoff = min(thresholds.group_suggest, thresholds.misattribution)
    normals = [corpus.normals[t] for t in texts]
    found = similar(normals, cutoff) if similar else similar_pairs(normals, None, cutoff, thresholds)
    for t1, t2, score in found:
        for u in text_units[t1]:
            for v in text_units[t2]:
                compare(u, v, score)

    confirmed, rejected = list(confirmed), list(rejected)
    row_of = positions(corpus.ids, [i for pair in (*confirmed, *rejected) for i in pair])
    for a, b in confirmed:
        if a in row_of and b in row_of:
            sets.union(int(unit_of[row_of[a]]), int(unit_of[row_of[b]]))
    roots = np.array([sets.find(u) for u in range(len(leads))], dtype=np.int64)[unit_of]  # row → root unit
    order = np.lexsort((corpus.ids, roots))  # rows by group, then by statement id
    starts = np.flatnonzero(np.r_[True, roots[order][1:] != roots[order][:-1]])
    group_id = dict(zip(roots[order][starts].tolist(), corpus.ids[order][starts].tolist(), strict=True))
    refused = {frozenset((int(roots[row_of[a]]), int(roots[row_of[b]]))) for a, b in rejected
               if a in row_of and b in row_of}  # fmt: skip

    def best(pairs: list[tuple[int, int, float]]) -> dict[frozenset[int], tuple[int, int, float]]:
        """The best-scoring pair of units between each two groups, unless a person rejected them."""
        out: dict[frozenset[int], tuple[int, int, float]] = {}
        for u, v, score in pairs:
            pair = frozenset((sets.find(u), sets.find(v)))
            if len(pair) == 2 and pair not in refused and score > out.get(pair, (0, 0, -1.0))[2]:
                out[pair] = (u, v, score)
        return out

    suggestions = [
        GroupSuggestion(statement[u], statement[v], group_id[sets.find(u)], group_id[sets.find(v)], round(score, 2))
        for u, v, score in best(suggested).values()
    ]
    alerts = [
        MisattributionAlert(
            statement[u],
            statement[v],
            group_id[sets.find(u)],
            group_id[sets.find(v)],
            corpus.names[codes[u]] or "",
            corpus.names[codes[v]] or "",
            round(score, 2),
        )
        for u, v, score in best(alerted).values()
    ]
    bounds = np.r_[starts, len(order)]
    groups = [
        _group(order[start:end].tolist(), corpus, thresholds)
        for start, end in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)
        if end - start > 1
    ]
    return Grouping(
        tuple(sorted(groups, key=lambda g: g.id)),
        tuple(sorted(suggestions, key=lambda s: (-s.score, s.statement_id, s.other_statement_id))),
        tuple(sorted(alerts, key=lambda a: (-a.score, a.statement_id, a.other_statement_id))),
    )


def _texts(corpus: Corpus, thresholds: Thresholds) -> tuple[list[int], np.ndarray]:
    """The texts compared, as normal form ids, and each row's text (-1: fewer than min_words words, never compared).

    One per spelling, by first appearance: normal forms that differ only in their numbers ("1,000" / "1 000")
    are one text, scored with the numbers of its first.
    """
    first: dict[str, int] = {}
    texts: list[int] = []
    text_of_normal = np.full(len(corpus.normals), -1, dtype=np.int64)
    for t, normal in enumerate(corpus.normals):
        if len(normal.words) >= thresholds.min_words:
            text_of_normal[t] = first.setdefault(normal.text, len(first))
            if text_of_normal[t] == len(texts):
                texts.append(t)
    return texts, text_of_normal[corpus.normal_ids]


def _units(corpus: Corpus, text_of: np.ndarray, texts: int) -> tuple[np.ndarray, list[int], list[list[int]]]:
    """Statements with the same text and speaker, compared once; a statement too short to compare is a unit
    of its own that only a person's confirmation joins to others. Units are numbered by their first row.

    Returns each row's unit, each unit's first row (its lead) and each text's units."""
    rows = np.arange(len(corpus))
    name_keys = _name_keys(corpus)
    has_id = corpus.speaker_ids != MISSING
    speaker = np.where(has_id, corpus.speaker_ids, name_keys[corpus.speakers])  # the entity, else the name
    text = np.where(text_of >= 0, text_of, -1 - rows)
    order = np.lexsort((rows, speaker, has_id, text))
    key = (text[order], has_id[order], speaker[order])
    new = np.r_[True, np.any([k[1:] != k[:-1] for k in key], axis=0)]
    by_first = np.argsort(order[new])  # units by their first row
    number = np.empty(len(by_first), dtype=np.int64)
    number[by_first] = np.arange(len(by_first))
    unit_of = np.empty(len(corpus), dtype=np.int64)
    unit_of[order] = number[np.cumsum(new) - 1]
    leads = order[new][by_first]
    text_units: list[list[int]] = [[] for _ in range(texts)]
    for u, t in enumerate(text_of[leads].tolist()):
        if t >= 0:
            text_units[t].append(u)
    return unit_of, leads.tolist(), text_units


def _name_keys(corpus: Corpus) -> np.ndarray:
    """Per name code, a code of the name as same_speaker compares names (casefolded, None as "")."""
    folded: dict[str, int] = {}
    return np.array([folded.setdefault((name or "").casefold(), len(folded)) for name in corpus.names], dtype=np.int64)


def _group(rows: list[int], corpus: Corpus, thresholds: Thresholds) -> StatementGroup:
    """The group of these rows, by statement id."""
    members = corpus.statements(rows)
    counts = Counter(m.text for m in members)  # wordings: a corpus statement's text is its normal form
    top = max(counts.values())
    speakers = Counter(m.speaker for m in members if m.speaker)
    return StatementGroup(
        members[0].id,
        tuple(m.id for m in members),
        next(m.id for m in members if counts[m.text] == top),
        len(counts),
        speakers.most_common(1)[0][0] if speakers else None,
        independent_sources(members, thresholds),
    )
