"""Which statements say the same words: normal form, vetoes, and blocked comparison.

Blocking is prefix filtering (all-pairs similarity search) over word pairs (bigrams): each text's
distinct bigrams are ordered rarest first (estimated as the product of the two words' frequencies,
ties by spelling) and a text is indexed and probed by its first n - ceil(block_overlap * n) + 1 of
its n bigrams. Two texts sharing at least block_overlap of the longer one's distinct bigrams always
share one of those, so they are compared. Rare bigrams are mostly shared only by reports of the same
words, so postings stay short and the cost near-linear. A bigram already in max_block texts opens no
more comparisons (too common to tell texts apart); pairs only it could find are missed.

At a million statements the postings are numpy arrays of (key, text) sorted by key, not a dict of
lists, and the candidate pairs are scored by rapidfuzz in batches on all cores (process.cpdist).
"""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from ..engine.lexicons import data_dir, read_rows
from ..errors import LexiconError
from .thresholds import Thresholds

_NOT = re.compile(r"n['’]t\b", re.IGNORECASE)  # "won't" → "wo not", so negations count alike
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
SCORE_BATCH = 200_000  # candidate pairs scored by rapidfuzz at once
PAIR_BLOCK = 2_000_000  # candidate pairs expanded at once before removing repeats


@dataclass(frozen=True, slots=True)
class ClaimWords:
    negations: frozenset[str]
    numbers: dict[str, str]  # number word → its value as digits


@dataclass(frozen=True, slots=True)
class Normal:
    """A statement's text in normal form with what a match must keep the same."""

    text: str  # lower case, punctuation removed, "n't" spelt "not"
    numbers: tuple[str, ...]  # sorted values: digits and number words
    negations: int  # how many negation words

    @property
    def words(self) -> list[str]:  # split when needed: a million word tuples would not fit in memory
        return self.text.split()


def normal_text(text: str) -> str:
    """The words that similarity compares, lower-cased and single-spaced (normalise without numbers/negations)."""
    if "'" in text or "’" in text:  # "n't" becomes " not"
        text = _NOT.sub(" not", text)
    return " ".join(default_process(text).split())


def normalise(text: str, claim_words: ClaimWords | None = None) -> Normal:
    """Normal form; pass load() once when normalising many texts (it resolves the data folder)."""
    claim_words = claim_words or load()
    words = normal_text(text).split()
    numbers = [_value(m.group().replace(",", "")) for m in _NUMBER.finditer(text)]
    numbers += [claim_words.numbers[w] for w in words if w in claim_words.numbers]
    return Normal(" ".join(words), tuple(sorted(numbers)), sum(w in claim_words.negations for w in words))


def score(a: Normal, b: Normal, cutoff: float = 0) -> float:
    """rapidfuzz ratio of the normal forms; 0 when numbers or negations differ ("killed 5" / "killed 50")."""
    if a.numbers != b.numbers or a.negations != b.negations:
        return 0.0
    return fuzz.ratio(a.text, b.text, score_cutoff=cutoff)


def similar_pairs(
    left: Sequence[Normal],
    right: Sequence[Normal] | None,
    cutoff: float,
    thresholds: Thresholds,
    *,
    counts: Sequence[int] | None = None,
    df: Counter[str] | None = None,
) -> Iterator[tuple[int, int, float]]:
    """(i, j, score) for left[i] and right[j] (or left[j], i < j, when right is None) scoring at least cutoff.

    Texts with fewer than min_words words take no part. `counts`: how many statements each of `left`
    stands for (distinct texts of many statements), as word frequencies count them; 1 each by default.
    Pairs come by ascending (j, i), as the self-join's index they replace found them. `df`: the word frequencies
    the texts are blocked by, when they are counted over more texts than these (a partition of a store's).
    """
    others = left if right is None else right
    if df is None:
        df = word_frequencies(left, counts)
        if right is not None:
            for n in others:
                df.update(set(n.text.split()))

    def prefix(n: Normal) -> list[int]:
        return prefix_keys(n, df, thresholds.block_overlap)

    def long(n: Normal) -> bool:
        return n.text.count(" ") + 1 >= thresholds.min_words if n.text else thresholds.min_words <= 0

    if right is None:
        yield from scored(left, left, _self_join_candidates(left, long, prefix, thresholds.max_block), cutoff)
        return
    index: dict[int, list[int]] = {}  # the right side is small (reviewed statements): a dict of postings
    for j, n in enumerate(others):
        if long(n):
            for key in prefix(n):
                if len(postings := index.setdefault(key, [])) < thresholds.max_block:
                    postings.append(j)
    found = array("q")
    for i, n in enumerate(left):
        if long(n):
            keys = prefix(n)
            found.extend({j * len(left) + i for key in keys if len(p := index.get(key, ())) < thresholds.max_block
                          for j in p})  # fmt: skip
    yield from scored(left, others, np.sort(np.array(found, dtype=np.int64)), cutoff)


def word_frequencies(texts: Iterable[Normal], counts: Sequence[int] | None = None) -> Counter[str]:
    """In how many texts (or statements, each text standing for counts[x]) each word is."""
    df: Counter[str] = Counter()
    for x, n in enumerate(texts):
        if counts is None or counts[x] == 1:
            df.update(set(n.text.split()))  # counted in C
        else:
            for w in set(n.text.split()):
                df[w] += counts[x]
    return df


def prefix_keys(n: Normal, df: Counter[str], block_overlap: float) -> list[int]:
    """The keys a text is indexed and probed by: its rarest bigrams, as many as block_overlap requires."""
    words = n.text.split()
    bigrams = set(pairwise(words)) or {(w, "") for w in words}
    ordered = sorted(bigrams, key=lambda g: (df[g[0]] * df[g[1]], g))
    keep = len(ordered) - math.ceil(block_overlap * len(ordered)) + 1
    return [hash(g) for g in ordered[:keep]]  # hash: small keys; a rare collision only adds a comparison


def _self_join_candidates(texts: Sequence[Normal], long, prefix, max_block: int) -> np.ndarray:
    keys, owners = array("q"), array("q")  # 8 bytes a key, not a Python int each
    for i, n in enumerate(texts):
        if long(n):
            found = prefix(n)
            keys.extend(found)
            owners.extend([i] * len(found))
    return candidate_codes(np.array(keys, dtype=np.int64), np.array(owners, dtype=np.int64), len(texts), max_block)


def candidate_codes(key_array: np.ndarray, owner_array: np.ndarray, texts: int, max_block: int) -> np.ndarray:
    """Pairs i < j sharing a prefix key among the first max_block texts indexed under it, as ascending codes
    j·texts + i (one array: a million statements have tens of millions of candidate pairs). Every posting of a
    key must be given (a partition of the keys gives the candidates of those keys).

    The dict-of-lists index this replaces compared text i with the texts before it under each of its keys
    while fewer than max_block had been indexed there: the first max_block texts under a key, pairwise.
    """
    order = np.lexsort((owner_array, key_array))
    key_array, owner_array = key_array[order], owner_array[order]
    del order
    starts = np.flatnonzero(np.r_[True, key_array[1:] != key_array[:-1]])
    del key_array
    rank = np.arange(len(owner_array)) - np.repeat(starts, np.diff(np.r_[starts, len(owner_array)]))
    del starts
    partners = np.where(rank < max_block, rank, 0)  # earlier texts under the key; a full key opens no comparison
    ends = np.cumsum(partners)
    n = max(texts, 1)
    codes = []
    # Expanded a block of rows at a time, repeats dropped within each: pairs share several keys.
    for a, b in pairwise([*np.searchsorted(ends, np.arange(0, ends[-1] if len(ends) else 0, PAIR_BLOCK)), len(ends)]):
        block = partners[a:b]
        later = np.repeat(owner_array[a:b], block)
        first = np.repeat(np.arange(a, b) - rank[a:b], block)  # the key's first posting
        earlier = owner_array[first + np.arange(len(later)) - np.repeat(np.cumsum(block) - block, block)]
        del first
        distinct = earlier < later  # a text under a key twice (a hash collision) would pair with itself
        codes.append(np.unique(later[distinct] * n + earlier[distinct]))
    del owner_array, rank, partners, ends
    return _unique(np.concatenate(codes)) if codes else np.zeros(0, dtype=np.int64)


def _unique(codes: np.ndarray) -> np.ndarray:
    """np.unique sorting in place: one copy fewer of the largest array of a full refresh."""
    codes.sort()
    return codes[np.r_[True, codes[1:] != codes[:-1]]] if len(codes) else codes


def scored(
    left: Sequence[Normal], right: Sequence[Normal], codes: np.ndarray, cutoff: float, lengths: np.ndarray | None = None
) -> Iterator:
    """Score candidate pairs (codes j·len(left) + i) as `score` does, in order, skipping pairs too unequal in length.
    `lengths`: those of the texts of a self-join (left is right), when they are known without reading every text."""
    if lengths is None:
        lengths = np.fromiter((len(n.text) for n in left), dtype=np.int64, count=len(left))
    lengths_left = lengths
    lengths_right = lengths_left if right is left else np.fromiter((len(n.text) for n in right), np.int64, len(right))
    for start in range(0, len(codes), SCORE_BATCH):
        js, is_ = np.divmod(codes[start : start + SCORE_BATCH], len(left))
        a, b = lengths_left[is_], lengths_right[js]
        # ratio = 2·matches / (len a + len b) ≤ 2·min / (len a + len b): skip pairs too unequal in length
        close = 200 * np.minimum(a, b) >= cutoff * (a + b)
        batch = list(zip(is_[close].tolist(), js[close].tolist(), strict=True))
        same = [left[i].numbers == right[j].numbers and left[i].negations == right[j].negations for i, j in batch]
        kept = [pair for pair, ok in zip(batch, same, strict=True) if ok]
        scores = np.zeros(len(batch))  # a veto scores 0
        scores[np.array(same, dtype=bool)] = process.cpdist(
            [left[i].text for i, _ in kept], [right[j].text for _, j in kept], scorer=fuzz.ratio,
            score_cutoff=cutoff, dtype=np.float64, workers=-1,
        )  # fmt: skip
        for (i, j), s in zip(batch, scores.tolist(), strict=True):
            if s >= cutoff:
                yield i, j, s


def _value(digits: str) -> str:
    """One spelling per number, so "1000000" matches "million"; odd forms ("1.000.000") stay as written."""
    try:
        return repr(float(digits))
    except ValueError:
        return digits


def load(directory: Path | None = None) -> ClaimWords:
    """The claim words of a data folder (data/claim_words.csv), loaded once."""
    return _load((Path(directory or data_dir()) / "claim_words.csv").resolve())


@cache
def _load(path: Path) -> ClaimWords:
    negations, numbers = set(), {}
    for n, row in read_rows(path, ("word", "class")):
        word = row["word"].lower()
        if row["class"] == "negation":
            negations.add(word)
        elif row["class"] == "number":
            try:
                numbers[word] = repr(float(row.get("value", "")))
            except ValueError:
                raise LexiconError(path, n, f"a number word needs a numeric value, got {row.get('value')!r}") from None
        else:
            raise LexiconError(path, n, f"class must be negation or number, got {row['class']!r}")
    return ClaimWords(frozenset(negations), numbers)
