"""A full refresh of the fact-check aids in bounded memory: the same rows as the in-memory one, a partition at a time.

The in-memory refresh holds every live statement as a Corpus (~830 bytes a statement at a million): 10M would
need ~8 GB. Here the store is read twice in statement order and what must be seen whole is kept on disk:

1. Every live statement's normal form is written to a spill file (one line each), with its id and a hash of its
   words in memory (16 bytes a statement); the words' frequencies over all statements are counted (claims).
2. The distinct texts, in order of first appearance, go to a texts file read by offset; the frequencies of the
   words of the long ones (grouping) are counted.
3. Each long text's blocking keys (similarity.prefix_keys with those frequencies) are written to key buckets on
   disk; a bucket holds every posting of its keys, so similarity.candidate_codes gives exactly the candidates
   the whole store's index would, and they are scored as similar_pairs scores them. The pairs scoring at least
   the lowest grouping threshold are few (reports of one statement): kept.
4. Texts joined by such a pair or by a person's confirmed link are one component; statements sharing a text are
   too. Nothing joins two components, so grouping each apart gives the store's groups, suggestions and alerts.
   A component of one statement has none: skipped. Components are packed into partitions of about `partition`
   statements (a component larger than that is a partition of its own: memory is bounded by the largest one).
5. Claim matches are per statement: partitions of `partition` statements in id order, the word frequencies of
   the whole store given.

group_partition and claims_partition are pure over their rows (statements, the similar pairs among them as
texts, a person's decisions), so partitions could run on Dask workers. What stays in memory besides a
partition and the word counts: numpy arrays of 16 bytes a statement (its id and text), ~25 a distinct text
(offset, length, component), 16 a statement grouped with others (its row and component) and 24 a similar pair:
~45 bytes a statement at aids_grouping.py's ratios (0.58 texts, 0.74 grouped, 0.22 pairs a statement). Every
temporary array a statement long is made one at a time (the distinct texts are sorted DISTINCT rows at a time).
"""

from __future__ import annotations

import math
import os
import pickle
import tempfile
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
from sqlalchemy import Connection, select

from ..aids import AidStatement, Grouping, ReviewedStatement, Thresholds, group_statements, match_claims
from ..aids.similarity import Normal, candidate_codes, normalise, prefix_keys, scored
from ..aids.similarity import load as load_claim_words
from .schema import statements

TEXT_BATCH = 100_000  # texts whose keys are bucketed at once
KEYS_PER_TEXT = 8  # buckets: texts × this / partition
PARSED = 50_000  # texts kept parsed while scoring (~15 MB)
DISTINCT = 1_000_000  # statements' hashes sorted at once to find the distinct texts
COMPACT = 1_000_000  # similar pairs found (with repeats) before repeats are dropped
_SEP = "\x1f"  # between a text's numbers (texts are letters, digits and spaces)


def group_partition(
    stmts: Sequence[AidStatement],
    similar: Sequence[tuple[str, str, float]],
    thresholds: Thresholds,
    confirmed: Sequence[tuple[int, int]] = (),
    rejected: Sequence[tuple[int, int]] = (),
) -> Grouping:
    """group_statements over one partition, given its similar pairs as (normal text, normal text, score)."""

    def pairs(normals: list[Normal], cutoff: float) -> list[tuple[int, int, float]]:
        index = {n.text: i for i, n in enumerate(normals)}
        found = []
        for a, b, score in similar:
            i, j = index.get(a), index.get(b)
            if i is not None and j is not None and score >= cutoff:
                found.append((max(i, j), min(i, j), score))
        # Texts keep their order of first appearance in a partition, so this is the whole store's order.
        return [(i, j, score) for j, i, score in sorted(found)]

    return group_statements(stmts, thresholds, confirmed=confirmed, rejected=rejected, similar=pairs)


def claims_partition(
    stmts: Sequence[AidStatement], reviewed: Sequence[ReviewedStatement], thresholds: Thresholds, df: Counter[str]
):
    return match_claims(stmts, reviewed, thresholds, df=df)


def _distinct(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's text (the distinct hashes numbered by first appearance) and whether the row is its first.

    Sorted a range of hash values (`hash % ranges`) at a time, DISTINCT rows each: one sort of every row took
    ~40 bytes a statement of temporary arrays (np.unique's order, sorted copy and inverse), the largest peak of
    a refresh at 10M. Here: each row's first row (8 bytes) and text (4), its range (4) and one range's sort."""
    n = len(hashes)
    ranges = max(1, -(-n // DISTINCT))
    first = np.empty(n, dtype=np.int64)  # each row's first row with its hash
    part = (hashes % ranges).astype(np.int32)
    for r in range(ranges):
        rows = np.flatnonzero(part == r)
        _, found, inverse = np.unique(hashes[rows], return_index=True, return_inverse=True)  # found: first rows
        first[rows] = rows[found][inverse]
    del part
    is_first = np.empty(n, dtype=bool)
    for start in range(0, n, DISTINCT):
        is_first[start : start + DISTINCT] = first[start : start + DISTINCT] == np.arange(
            start, min(n, start + DISTINCT)
        )
    firsts = np.flatnonzero(is_first)  # the texts' first rows, ascending: texts by first appearance
    text_of = np.empty(n, dtype=_index(n))
    for start in range(0, n, DISTINCT):
        text_of[start : start + DISTINCT] = np.searchsorted(firsts, first[start : start + DISTINCT])
    return text_of, is_first


def _distinct_pairs(left: array, right: array, scores: array, texts: int) -> tuple[array, array, array]:
    """The pairs without repeats (one pair's score is the same wherever it was found), by code j·texts + i."""
    i, j = np.frombuffer(left, np.int64), np.frombuffer(right, np.int64)
    _, kept = np.unique(j * max(texts, 1) + i, return_index=True)
    s = np.frombuffer(scores, np.float64)
    return array("q", i[kept].tobytes()), array("q", j[kept].tobytes()), array("d", s[kept].tobytes())


def _index(n: int) -> type[np.signedinteger]:
    """The type of row and text numbers below n: 4 bytes, not 8, below 2**31."""
    return np.int32 if n < 2**31 else np.int64


def _components(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    """Each of 0..n-1's component (edges a[k]-b[k]) as its smallest member, as DisjointSets gives it: in numpy,
    8 bytes a node and an edge, not a Python int each. Roots are hooked under the smaller root of each edge, then
    every node points at its root, until no edge joins two roots."""
    parent = np.arange(n, dtype=np.int64)
    while True:
        pa, pb = parent[a], parent[b]
        apart = pa != pb
        if not apart.any():
            return parent
        np.minimum.at(parent, np.maximum(pa, pb)[apart], np.minimum(pa, pb)[apart])
        while True:
            up = parent[parent]
            if np.array_equal(up, parent):
                break
            parent = up


class _Texts(Sequence[Normal]):
    """The distinct texts, in a file read by offset (self-join scoring reads a few of them at a time)."""

    def __init__(self, path: Path, offsets: np.ndarray) -> None:
        # Read by pread, not mapped: the pages of a mapped file a process read count in its memory (~70 bytes a
        # statement, all of them read by the end of the scoring); read, they stay in the page cache only.
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._offsets = offsets
        self._parsed: dict[int, Normal] = {}

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i):  # type: ignore[override]
        # Scoring a bucket's candidate pairs reads each text of a pair twice and a text in many pairs: parsed
        # texts are kept until PARSED of them are (11 reads a statement, 19 % of a refresh's time, before).
        found = self._parsed.get(i)
        if found is None:
            if len(self._parsed) >= PARSED:
                self._parsed.clear()
            start, end = int(self._offsets[i]), int(self._offsets[i + 1])
            found = self._parsed[i] = _parse(os.pread(self._file.fileno(), end - start - 1, start).decode())
        return found

    def close(self) -> None:
        self._file.close()


def _line(n: Normal) -> str:
    return f"{n.negations}{_SEP}{_SEP.join(n.numbers)}\t{n.text}\n"


def _parse(line: str) -> Normal:
    veto, text = line.split("\t", 1)
    negations, *numbers = veto.split(_SEP)
    return Normal(text, tuple(n for n in numbers if n), int(negations))


class Refresh:
    """One partitioned refresh over a snapshot: iterate groupings() and claims(); close() removes its files."""

    def __init__(self, conn: Connection, thresholds: Thresholds, partition: int, live, load, reviewed, confirmed,
                 rejected) -> None:  # fmt: skip
        self.conn, self.thresholds, self.partition = conn, thresholds, max(1, partition)
        self._load, self._reviewed = load, reviewed
        self.confirmed, self.rejected = confirmed, rejected
        self._dir = tempfile.TemporaryDirectory(prefix="attribution-aids-")
        self.dir = Path(self._dir.name)
        self.stats: dict[str, int] = {}
        self._claim_words = load_claim_words()
        self._read(live)

    def close(self) -> None:
        self._texts.close()
        self._dir.cleanup()

    # 1-2: statements → texts

    def _read(self, live) -> None:
        ids, hashes = array("q"), array("q")
        self.claim_df: Counter[str] = Counter()
        spill = self.dir / "statements.txt"
        with open(spill, "w", encoding="utf-8") as out:
            query = select(statements.c.id, statements.c.text).where(live).order_by(statements.c.id)
            for i, text in self.conn.execute(query.execution_options(yield_per=10_000)):
                n = normalise(text, self._claim_words)
                ids.append(i)
                hashes.append(hash(n.text))
                self.claim_df.update(set(n.text.split()))
                out.write(_line(n))
        self.ids = np.frombuffer(ids, dtype=np.int64)  # a view, not a copy (8 bytes a statement)
        self.text_of, is_first = _distinct(np.frombuffer(hashes, dtype=np.int64))
        del hashes
        self.group_df: Counter[str] = Counter()
        offsets, lengths, long = array("q", [0]), array("q"), array("b")
        with open(spill, encoding="utf-8") as lines, open(self.dir / "texts.txt", "wb") as out:
            for row, line in enumerate(lines):
                if not is_first[row]:
                    continue
                data = line.encode()
                out.write(data)
                offsets.append(offsets[-1] + len(data))
                text = line[line.index("\t") + 1 : -1]
                words = text.split()
                lengths.append(len(text))
                long.append(len(words) >= self.thresholds.min_words)
                if long[-1]:
                    self.group_df.update(set(words))
        spill.unlink()
        self._texts = _Texts(self.dir / "texts.txt", np.frombuffer(offsets, dtype=np.int64))
        self.lengths = np.frombuffer(lengths, dtype=np.int64)
        self._long = np.frombuffer(long, dtype=bool)
        self.stats.update(statements=len(self.ids), texts=len(self._texts))

    # 3: similar pairs of texts, a key bucket at a time

    def _similar(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        texts, cutoff = self._texts, min(self.thresholds.group_suggest, self.thresholds.misattribution)
        long_rows = np.flatnonzero(self._long)
        # A text has ~10 keys and a key's candidates grow with its postings: ~partition/8 texts' keys a bucket.
        buckets = max(1, math.ceil(len(long_rows) * KEYS_PER_TEXT / self.partition))
        for start in range(0, len(long_rows), TEXT_BATCH):
            keys, owners = array("q"), array("q")
            for t in long_rows[start : start + TEXT_BATCH].tolist():
                found = prefix_keys(texts[t], self.group_df, self.thresholds.block_overlap)
                keys.extend(found)
                owners.extend([t] * len(found))
            key_array, owner_array = np.array(keys, dtype=np.int64), np.array(owners, dtype=np.int64)
            bucket = key_array % buckets
            order = np.argsort(bucket, kind="stable")
            bounds = np.searchsorted(bucket[order], np.arange(buckets + 1))
            for b in range(buckets):
                part = order[bounds[b] : bounds[b + 1]]
                if len(part):
                    with open(self.dir / f"keys-{b}", "ab") as k, open(self.dir / f"owners-{b}", "ab") as o:
                        key_array[part].tofile(k)
                        owner_array[part].tofile(o)
        left, right, scores = array("q"), array("q"), array("d")
        kept = 0  # pairs after the last time repeats were dropped
        for b in range(buckets):
            if not (self.dir / f"keys-{b}").exists():
                continue
            codes = candidate_codes(np.fromfile(self.dir / f"keys-{b}", dtype=np.int64),
                                    np.fromfile(self.dir / f"owners-{b}", dtype=np.int64), len(texts),
                                    self.thresholds.max_block)  # fmt: skip
            (self.dir / f"keys-{b}").unlink()
            (self.dir / f"owners-{b}").unlink()
            self.stats["candidates"] = self.stats.get("candidates", 0) + len(codes)
            for i, j, score in scored(texts, texts, codes, cutoff, self.lengths):
                left.append(i)
                right.append(j)
                scores.append(score)
            # A pair sharing keys of several buckets is found in each: kept with their repeats until the end, the
            # pairs and their sort were the largest peak at 10M (1.4 GB). Dropped whenever they have doubled.
            if len(left) > 2 * kept + COMPACT:
                left, right, scores = _distinct_pairs(left, right, scores, len(texts))
                kept = len(left)
        left, right, scores = _distinct_pairs(left, right, scores, len(texts))
        self.stats["similar_pairs"] = len(left)
        return tuple(np.frombuffer(a, np.int64 if a.typecode == "q" else np.float64) for a in (left, right, scores))

    # 4: components, packed into partitions

    def groupings(self) -> Iterator[Grouping]:
        left, right, scores = self._similar()
        links = [(self.text_of[ra], self.text_of[rb]) for a, b in self.confirmed
                 if (ra := self._row(a)) is not None and (rb := self._row(b)) is not None]  # fmt: skip
        ends = np.r_[left, [a for a, _ in links]].astype(np.int64), np.r_[right, [b for _, b in links]].astype(np.int64)
        nodes = np.unique(np.r_[ends[0], ends[1]])
        component = np.arange(len(self._texts), dtype=_index(len(self._texts)))  # text → its component's first text
        component[nodes] = nodes[_components(np.searchsorted(nodes, ends[0]), np.searchsorted(nodes, ends[1]),
                                             len(nodes))]  # fmt: skip
        of_statement = component[self.text_of]
        grouped = (np.bincount(of_statement, minlength=len(self._texts)) >= 2)[of_statement]
        rows = np.flatnonzero(grouped).astype(_index(len(grouped)))
        del grouped
        comps = of_statement[rows]
        del of_statement  # the temporary arrays here are a statement long: one at a time
        order = np.argsort(comps, kind="stable")
        rows, comps = rows[order], comps[order]
        del order
        edge_comp = component[left]
        by_comp = np.argsort(edge_comp, kind="stable")
        edge_comp = edge_comp[by_comp]
        self.stats.update(grouped_statements=len(rows), partitions=0)
        starts = np.flatnonzero(np.r_[True, comps[1:] != comps[:-1]]) if len(rows) else np.zeros(0, dtype=np.int64)
        cut, begin = [], 0
        while begin < len(rows):  # a component's first row at least `partition` rows on starts the next partition
            at = int(np.searchsorted(starts, begin + self.partition))
            end = int(starts[at]) if at < len(starts) else len(rows)
            cut.append((begin, end))
            begin = end
        for begin, end in cut:
            if begin == end:
                continue
            part_ids = self.ids[np.sort(rows[begin:end])]
            first, last = comps[begin], comps[end - 1]
            edges = by_comp[np.searchsorted(edge_comp, first) : np.searchsorted(edge_comp, last, side="right")]
            pairs = zip(left[edges].tolist(), right[edges].tolist(), scores[edges].tolist(), strict=True)
            similar = [(self._texts[a].text, self._texts[b].text, c) for a, b, c in pairs]
            wanted = set(part_ids.tolist())
            self.stats["partitions"] += 1
            self.stats["largest_partition"] = max(self.stats.get("largest_partition", 0), len(part_ids))
            yield group_partition(self._load(self.conn, part_ids.tolist()), similar, self.thresholds,
                                  [(a, b) for a, b in self.confirmed if a in wanted and b in wanted],
                                  [(a, b) for a, b in self.rejected if a in wanted and b in wanted])  # fmt: skip

    def _row(self, statement_id: int) -> int | None:
        row = int(np.searchsorted(self.ids, statement_id))
        return row if row < len(self.ids) and self.ids[row] == statement_id else None

    # 5: claim matches

    def claims(self) -> Iterator:
        reviewed = self._reviewed(self.conn)
        if not any(r.verdict is not None or r.rating is not None for r in reviewed):
            return
        df = self.claim_df.copy()
        for r in reviewed:
            if r.verdict is not None or r.rating is not None:
                df.update(set(normalise(r.statement.text, self._claim_words).text.split()))
        for start in range(0, len(self.ids), self.partition):
            ids = self.ids[start : start + self.partition].tolist()
            yield claims_partition(self._load(self.conn, ids), reviewed, self.thresholds, df)


def spill(items, directory: Path, name: str) -> Path:
    """Pickle items one after another into a file (rows of a partition at a time, read back by unspill)."""
    path = directory / name
    with open(path, "wb") as out:
        for item in items:
            pickle.dump(item, out, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def unspill(path: Path) -> Iterator:
    with open(path, "rb") as f:
        while True:
            try:
                yield pickle.load(f)  # our own file, written just before
            except EOFError:
                return
