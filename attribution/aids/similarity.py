"""Which statements say the same words: normal form, vetoes, and blocked comparison.

Blocking is prefix filtering (all-pairs similarity search) over word pairs (bigrams): each text's
distinct bigrams are ordered rarest first (estimated as the product of the two words' frequencies,
ties by spelling) and a text is indexed and probed by its first n - ceil(block_overlap * n) + 1 of
its n bigrams. Two texts sharing at least block_overlap of the longer one's distinct bigrams always
share one of those, so they are compared. Rare bigrams are mostly shared only by reports of the same
words, so postings stay short and the cost near-linear. A bigram already in max_block texts opens no
more comparisons (too common to tell texts apart); pairs only it could find are missed.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from ..errors import LexiconError
from ..lexicons import data_dir, read_rows
from .thresholds import Thresholds

_NOT = re.compile(r"n['’]t\b", re.IGNORECASE)  # "won't" → "wo not", so negations count alike
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True, slots=True)
class ClaimWords:
    negations: frozenset[str]
    numbers: dict[str, str]  # number word → its value as digits


@dataclass(frozen=True, slots=True)
class Normal:
    """A statement's text in normal form with what a match must keep the same."""

    text: str  # lower case, punctuation removed, "n't" spelt "not"
    words: tuple[str, ...]
    numbers: tuple[str, ...]  # sorted values: digits and number words
    negations: int  # how many negation words


def normal_text(text: str) -> str:
    """The words that similarity compares, lower-cased and single-spaced (normalise without numbers/negations)."""
    if "'" in text or "’" in text:  # "n't" becomes " not"
        text = _NOT.sub(" not", text)
    return " ".join(default_process(text).split())


def normalise(text: str, claim_words: ClaimWords | None = None) -> Normal:
    """Normal form; pass load() once when normalising many texts (it resolves the data folder)."""
    claim_words = claim_words or load()
    words = tuple(sys.intern(w) for w in normal_text(text).split())  # one string per word across a whole store
    numbers = [_value(m.group().replace(",", "")) for m in _NUMBER.finditer(text)]
    numbers += [claim_words.numbers[w] for w in words if w in claim_words.numbers]
    return Normal(" ".join(words), words, tuple(sorted(numbers)), sum(w in claim_words.negations for w in words))


def score(a: Normal, b: Normal, cutoff: float = 0) -> float:
    """rapidfuzz ratio of the normal forms; 0 when numbers or negations differ ("killed 5" / "killed 50")."""
    if a.numbers != b.numbers or a.negations != b.negations:
        return 0.0
    return fuzz.ratio(a.text, b.text, score_cutoff=cutoff)


def similar_pairs(
    left: Sequence[Normal], right: Sequence[Normal] | None, cutoff: float, thresholds: Thresholds
) -> Iterator[tuple[int, int, float]]:
    """(i, j, score) for left[i] and right[j] (or left[j], i < j, when right is None) scoring at least cutoff.

    Texts with fewer than min_words words take no part.
    """
    others = left if right is None else right
    df: Counter[str] = Counter()
    for n in (*left, *others) if right is not None else left:
        df.update(set(n.words))

    def prefix(n: Normal) -> list[int]:
        bigrams = set(zip(n.words, n.words[1:], strict=False)) or {(w, "") for w in n.words}
        ordered = sorted(bigrams, key=lambda g: (df[g[0]] * df[g[1]], g))
        keep = len(ordered) - math.ceil(thresholds.block_overlap * len(ordered)) + 1
        return [hash(g) for g in ordered[:keep]]  # hash: small keys; a rare collision only adds a comparison

    index: defaultdict[int, list[int]] = defaultdict(list)

    def add(key: int, i: int) -> None:
        if len(postings := index[key]) < thresholds.max_block:
            postings.append(i)

    if right is not None:
        for j, n in enumerate(others):
            if len(n.words) >= thresholds.min_words:
                for key in prefix(n):
                    add(key, j)
    for i, n in enumerate(left):
        if len(n.words) < thresholds.min_words:
            continue
        keys = prefix(n)
        candidates = {j for key in keys if len(postings := index.get(key, ())) < thresholds.max_block for j in postings}
        if right is None:  # self-join: compare with the texts before this one, then index it
            for key in keys:
                add(key, i)
        length = len(n.text)
        for j in candidates:
            other = others[j]
            # ratio = 2·matches / (len a + len b) ≤ 2·min / (len a + len b): skip pairs too unequal in length
            if 200 * min(length, len(other.text)) < cutoff * (length + len(other.text)):
                continue
            s = score(n, other, cutoff)
            if s >= cutoff:
                yield (j, i, s) if right is None else (i, j, s)


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
