"""Many statements in little memory: the columns the aids read, with every normal form kept once.

A million AidStatement records with their texts take gigabytes; here a statement is a row of numpy
columns (ids, codes of its names, the index of its normal form) and each distinct normal form is kept
once. `statement(i)` gives back an AidStatement on demand, its text in normal form and its article hash
as a code (the aids only compare hashes: two of a million 64-bit codes collide with odds of about 3e-8).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .records import AidStatement
from .similarity import ClaimWords, Normal, normalise
from .similarity import load as load_claim_words

MISSING = np.iinfo(np.int64).min  # an absent article hash or speaker id
_COLUMNS = ("ids", "article_ids", "normal_ids", "speaker_ids", "speakers", "outlets", "publishers", "wires", "hashes",
            "fingerprints")  # fmt: skip


@dataclass(frozen=True, slots=True, eq=False)
class Corpus:
    ids: np.ndarray  # int64, statement ids
    article_ids: np.ndarray  # int64
    normal_ids: np.ndarray  # int64, index into normals
    speaker_ids: np.ndarray  # int64, MISSING when unknown
    speakers: np.ndarray  # int64 codes into names (0: None), and so outlets, publishers, wires
    outlets: np.ndarray
    publishers: np.ndarray
    wires: np.ndarray
    hashes: np.ndarray  # int64 code of the article hash, MISSING when absent
    fingerprints: np.ndarray  # int64
    has_fingerprint: np.ndarray  # bool
    normals: list[Normal]  # distinct normal forms, by first appearance
    names: list[str | None]

    def __len__(self) -> int:
        return len(self.ids)

    def statement(self, i: int) -> AidStatement:
        return self._record(*(column[i].item() for column in self._record_columns))

    def statements(self, rows: Sequence[int]) -> list[AidStatement]:
        """statement(i) of many rows, read column by column: several times faster than one by one."""
        picked = np.asarray(rows, dtype=np.int64)
        columns = [c[picked].tolist() for c in self._record_columns]
        return [self._record(*values) for values in zip(*columns, strict=True)]

    @property
    def _record_columns(self) -> tuple[np.ndarray, ...]:
        return (self.ids, self.article_ids, self.normal_ids, self.speakers, self.speaker_ids, self.outlets,
                self.publishers, self.hashes, self.fingerprints, self.has_fingerprint, self.wires)  # fmt: skip

    def _record(self, i, article, normal, speaker, speaker_id, outlet, publisher, h, fingerprint, has, wire):
        names = self.names
        return AidStatement(
            i, article, self.normals[normal].text, names[speaker], None if speaker_id == MISSING else speaker_id,
            names[outlet], names[publisher], None if h == MISSING else f"{h:x}", fingerprint if has else None,
            names[wire],
        )  # fmt: skip

    def rows_of_normals(self) -> tuple[np.ndarray, np.ndarray]:
        """(rows, starts): the rows of normal form t are rows[starts[t]:starts[t + 1]], in row order."""
        rows = np.argsort(self.normal_ids, kind="stable")
        starts = np.searchsorted(self.normal_ids[rows], np.arange(len(self.normals) + 1))
        return rows, starts

    @classmethod
    def of(cls, statements: Iterable[AidStatement], claim_words: ClaimWords | None = None) -> Corpus:
        builder = CorpusBuilder(claim_words)
        for s in statements:
            builder.add(s)
        return builder.build()


class CorpusBuilder:
    """Add statements one at a time (their texts can then be let go), then build the Corpus."""

    def __init__(self, claim_words: ClaimWords | None = None) -> None:
        self._claim_words = claim_words or load_claim_words()
        self._columns = {name: array("q") for name in _COLUMNS}
        self._has_fingerprint = array("b")
        self._normals: dict[Normal, int] = {}
        self._names: dict[str | None, int] = {None: 0}

    def add(self, s: AidStatement) -> None:
        names = self._names
        normal = normalise(s.text, self._claim_words)
        h = hash(s.article_hash) if s.article_hash else MISSING  # an empty hash is none, as sources reads it
        h += bool(s.article_hash) and h == MISSING  # a hash that happens to be the marker of none
        values = (s.id, s.article_id, self._normals.setdefault(normal, len(self._normals)),
                  MISSING if s.speaker_id is None else s.speaker_id, names.setdefault(s.speaker, len(names)),
                  names.setdefault(s.outlet, len(names)), names.setdefault(s.publisher, len(names)),
                  names.setdefault(s.wire, len(names)), h, s.article_fingerprint or 0)  # fmt: skip
        for column, value in zip(self._columns.values(), values, strict=True):
            column.append(value)
        self._has_fingerprint.append(s.article_fingerprint is not None)

    def build(self) -> Corpus:
        columns = {name: np.array(column, dtype=np.int64) for name, column in self._columns.items()}
        return Corpus(**columns, has_fingerprint=np.array(self._has_fingerprint, dtype=bool),
                      normals=list(self._normals), names=list(self._names))  # fmt: skip


def positions(ids: np.ndarray, wanted: Sequence[int]) -> dict[int, int]:
    """Row of each wanted statement id that the corpus holds."""
    order = np.argsort(ids, kind="stable")
    sorted_ids = ids[order]
    found = np.searchsorted(sorted_ids, np.asarray(wanted, dtype=np.int64))
    return {
        w: int(order[f]) for w, f in zip(wanted, found.tolist(), strict=True) if f < len(ids) and sorted_ids[f] == w
    }
