"""Independent sources behind a statement: wire copies, relays and near-identical articles count once."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from hashlib import blake2b
from pathlib import Path

import numpy as np

from ..engine.lexicons import data_dir, read_rows
from ..engine.lexicons import load as load_lexicon
from ..errors import LexiconError
from .disjoint import DisjointSets
from .records import AidStatement
from .thresholds import Thresholds
from .thresholds import load as load_thresholds

_SHINGLE = 3  # words per shingle of an article fingerprint


def article_fingerprint(text: str) -> int:
    """A 64-bit SimHash of the article's word shingles, as a signed integer (fits a BIGINT column).

    Near-identical articles (a wire copy with its own headline or footer) differ in a few bits only.
    The words are the engine's word tokens by their keys (tokens.tokenize), found without building a token each:
    this ran in every ingest worker and cost as much as half the engine.
    """
    words = _word_keys(text)
    if len(words) < _SHINGLE:  # a short text is one shingle of all its words
        shingles = {" ".join(words)}
    else:  # three words at a time, joined in C (a tuple's join per shingle cost a third of the fingerprint)
        shingles = set(map(" ".join, zip(words, words[1:], words[2:], strict=False)))
    digests = b"".join([blake2b(s.encode(), digest_size=8).digest() for s in shingles])
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(-1, 8), axis=1)  # a row a hash, bit 63 first
    majority = 2 * bits.sum(axis=0, dtype=np.int64) > len(shingles)
    return int(np.packbits(majority).view(">i8")[0])  # the bits as a signed integer


def _word_keys(text: str) -> list[str]:
    """tokenize(text)'s word tokens' keys: for ASCII text the tokens of the lower-cased text are the same words
    (lower() changes neither their bounds nor their first character's kind); other text is lowered as the words
    joined by spaces, which lowers each word as lower() of it alone would (no word holds a space, and a space ends
    a word for the final sigma's rule too), though lower() may change a word's length ("İ")."""
    if text.isascii():
        return list(filter(None, _WORD_TOKEN.findall(text.lower())))
    words = " ".join(filter(None, _WORD_TOKEN.findall(text)))
    return words.lower().replace("’", "'").split(" ") if words else []


# The tokenizer's word tokens (tokens._TOKEN opening with a letter or digit) as the one group: findall gives their
# text with no match object each, and "" for a token opening with "_", which is no word but may hold letters. Any
# other character is punctuation or space, a token of its own or none, so a search resumed past it is at a token's
# start as the tokenizer's is. The branches are _TOKEN's, in its order (a digit opens a number, never a word).
_WORD_TOKEN = re.compile(
    r"_\w*+(?:['’\-]\w++)*+"
    r"|((?=[^\W_])\S(?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)++|(?<=\d)\d*+(?:[.,]\d++)*+|\w*+(?:['’\-]\w++)*+))"
)


def wire_credit(text: str, thresholds: Thresholds | None = None, directory: Path | None = None) -> str | None:
    """The wire service an article credits ("KYIV (Reuters) -", "— AFP"), by its name in outlets.csv."""
    thresholds = thresholds or load_thresholds(directory)
    head, tail = text[: thresholds.wire_credit_chars], text[-thresholds.wire_credit_chars :]
    for pattern, region in _credits_in(directory or data_dir()):
        if m := pattern.search({"head": head, "tail": tail}.get(region, text)):
            return canonical_outlet(m.group("wire"), directory)
    return None


@cache
def canonical_outlet(name: str, directory: Path | None = None) -> str:
    """An outlet's name as outlets.csv spells it ("AP" → "Associated Press"), else the name as given."""
    outlet = load_lexicon(directory).outlets.get(name)
    return outlet.name if outlet else " ".join(name.split())


def independent_sources(members: Sequence[AidStatement], thresholds: Thresholds) -> tuple[str, ...]:
    """One label per independent source behind these reports of one statement.

    Reports are one source when they share an article, a publisher, a credited wire or a relay outlet
    (all by canonical outlet name), or when their article texts are identical or near-identical.
    A source is labelled by its wire or relay outlet when it has one, else by its publisher.
    """
    sets = DisjointSets(len(members))
    first_with: dict[str, int] = {}
    for i, m in enumerate(members):
        keys = [f"article:{m.article_id}"]
        keys += [f"text:{m.article_hash}"] if m.article_hash else []
        keys += [f"outlet:{canonical_outlet(o).casefold()}" for o in (m.publisher, m.wire, m.outlet) if o]
        for key in keys:
            sets.union(i, first_with.setdefault(key, i))
    fingerprints: dict[int, int] = {}  # distinct fingerprint → first member with it
    for i, m in enumerate(members):
        if m.article_fingerprint is not None:
            sets.union(i, fingerprints.setdefault(m.article_fingerprint, i))
    # Near-identical: fingerprints differing in few bits. Each against the later ones at once (numpy): pair by
    # pair, large groups took a third of a small store's aids refresh.
    prints = np.array(list(fingerprints), dtype=np.int64).view(np.uint64)
    first = list(fingerprints.values())
    for x in range(len(first) - 1):
        near = np.bitwise_count(prints[x + 1 :] ^ prints[x]) <= thresholds.article_simhash_bits
        for y in np.flatnonzero(near).tolist():
            sets.union(first[x], first[x + 1 + y])
    origins: defaultdict[int, set[str]] = defaultdict(set)
    fallbacks: defaultdict[int, set[str]] = defaultdict(set)
    for i, m in enumerate(members):
        if m.wire or m.outlet:
            origins[sets.find(i)].add(canonical_outlet(m.wire or m.outlet))  # type: ignore[arg-type]
        fallbacks[sets.find(i)].add(canonical_outlet(m.publisher) if m.publisher else f"article {m.article_id}")
    return tuple(sorted(min(origins.get(root) or labels) for root, labels in fallbacks.items()))


@cache
def _credits_in(directory: Path) -> tuple[tuple[re.Pattern[str], str], ...]:
    return _credits(Path(directory).resolve())  # resolving asks the file system: once per spelling, not per article


@cache
def _credits(directory: Path) -> tuple[tuple[re.Pattern[str], str], ...]:
    path = directory / "wire_credits.csv"
    agencies = {
        name
        for _, row in read_rows(directory / "outlets.csv", ("name",))
        if row.get("kind") == "agency"
        for name in (row["name"], *row.get("aliases", "").split("|"))
        if name.strip()
    }
    wire = f"(?P<wire>{_alternatives(sorted(agencies, key=len, reverse=True))})(?!\\w)"
    credits = []
    for n, row in read_rows(path, ("pattern", "region")):
        if row["region"] not in ("head", "tail", "any"):
            raise LexiconError(path, n, f"region must be head, tail or any, got {row['region']!r}")
        if "{wire}" not in row["pattern"]:
            raise LexiconError(path, n, "the pattern must contain {wire} where the wire's name goes")
        try:
            credits.append((re.compile(row["pattern"].replace("{wire}", wire), re.MULTILINE), row["region"]))
        except re.error as e:
            raise LexiconError(path, n, f"invalid regular expression {row['pattern']!r}: {e}") from None
    return tuple(credits)


def _alternatives(names: list[str]) -> str:
    """The names as one alternation, each a whole word (no word character before it), longest first: grouped by
    first character, whose test (no word character before it) comes after it, so that every alternative opens with
    a character. A pattern starting so is searched for by its first characters alone; with the test first it was tried
    at every position of an article (the credits looked for anywhere were three quarters of wire_credit's time)."""
    by_first: dict[str, list[str]] = {}
    for name in (n.strip() for n in names):
        by_first.setdefault(name[0], []).append(name[1:])
    return "|".join(
        f"{re.escape(first)}(?<!\\w{re.escape(first)})(?:{'|'.join(map(re.escape, rests))})"
        for first, rests in by_first.items()
    )
