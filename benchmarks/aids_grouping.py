"""How grouping "one statement, many outlets" grows with the store: prints JSON, one entry per size.

Synthetic statements only: fictional speakers, outlets and pseudo-words drawn from a Zipf distribution
(a few very common words, a long tail of rare ones, as in news text). Each original statement is
reported by one to ten outlets, some copies reworded by a word, some given to another speaker.

    .venv/bin/python benchmarks/aids_grouping.py [--sizes 10000 100000 1000000] [--seed 1]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from attribution.aids import AidStatement, group_statements

VOCABULARY = 100_000
SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choices(SYLLABLES, k=rng.randint(1, 4)))


def synthetic(n: int, seed: int) -> list[AidStatement]:
    rng = random.Random(seed)
    words = list(dict.fromkeys(pseudo_word(rng) for _ in range(VOCABULARY * 2)))[:VOCABULARY]
    weights = list(itertools.accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(words))))
    speakers = [f"{pseudo_word(rng).title()} {pseudo_word(rng).title()}" for _ in range(max(10, n // 50))]
    outlets = [f"{pseudo_word(rng).title()} Daily" for _ in range(200)]
    wires = ["Reuters", "Associated Press", "Agence France-Presse", None, None, None]
    out: list[AidStatement] = []
    while len(out) < n:
        text = rng.choices(words, cum_weights=weights, k=rng.randint(8, 30))
        speaker, wire = rng.choice(speakers), rng.choice(wires)
        for _ in range(min(n - len(out), rng.choice((1, 1, 1, 1, 1, 1, 2, 2, 3, 10)))):
            copy = list(text)
            roll = rng.random()
            if roll < 0.2:  # reworded by one word
                copy[rng.randrange(len(copy))] = rng.choices(words, cum_weights=weights)[0]
            said_by = rng.choice(speakers) if roll > 0.98 else speaker  # misattributed copy
            i = len(out)
            out.append(
                AidStatement(i, i, " ".join(copy).capitalize() + ".", said_by, publisher=rng.choice(outlets), wire=wire)
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    results = []
    for n in args.sizes:
        statements = synthetic(n, args.seed)
        start = time.perf_counter()
        grouping = group_statements(statements)
        seconds = time.perf_counter() - start
        results.append(
            {
                "statements": n,
                "seconds": round(seconds, 2),
                "microseconds_per_statement": round(seconds / n * 1e6, 1),
                "groups": len(grouping.groups),
                "grouped_statements": sum(len(g.statement_ids) for g in grouping.groups),
                "suggestions": len(grouping.suggestions),
                "misattribution_alerts": len(grouping.alerts),
                "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            }
        )
        print(json.dumps(results[-1]), file=sys.stderr)
    print(json.dumps({"benchmark": "aids_grouping", "results": results}, indent=2))


if __name__ == "__main__":
    main()
