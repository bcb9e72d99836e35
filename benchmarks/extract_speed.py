"""Extraction speed: articles/s and words/s on one core, and with N worker processes.

    python benchmarks/extract_speed.py CORPUS_DIR [--workers N] [--repeat R]
    python benchmarks/extract_speed.py --pathological MB

Prints one JSON object. --pathological times texts of MB/4, MB/2 and MB megabytes (hostile text with
and without newlines; one paragraph of quotations and reports) and gives each case's growth ratio
(about 4 when the cost is linear, 16 when quadratic).

Corpus times are medians over R repeats (the machines are noisy); the corpus is read once before
timing, so the figures measure the engine, not the disk.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from attribution import readers
from attribution.engine import _native, lexicons, pipeline
from attribution.language import with_language
from attribution.models import Article


def _extract_all(articles: list[Article]) -> int:
    lex = lexicons.load()
    return sum(len(pipeline.extract_article(a, lex)) for a in articles)


def _timed(articles: list[Article], workers: int) -> tuple[float, int]:
    start = time.perf_counter()
    if workers == 1:
        found = _extract_all(articles)
    else:
        chunks = [articles[i::workers] for i in range(workers)]
        with ProcessPoolExecutor(workers) as pool:
            found = sum(pool.map(_extract_all, chunks))
    return time.perf_counter() - start, found


def corpus_speed(folder: Path, workers: int, repeat: int) -> dict:
    articles = [with_language(a) for a in readers.read_paths([folder]).articles]  # detected once, as at ingest
    words = sum(len(a.text.split()) for a in articles)
    lexicons.load()  # the lexicon loads once per process; keep its cost out of the one-core figure
    for language in {a.language for a in articles}:  # and so do a language's engine and models (Russian morphology)
        pipeline.extract_article(next(a for a in articles if a.language == language))
    compiled = f"{len(_native.compiled_modules())} of {len(_native.modules())} modules compiled"  # make engine
    result: dict = {"corpus": str(folder), "articles": len(articles), "words": words, "engine": compiled}
    for n in sorted({1, workers}):
        runs = [_timed(articles, n) for _ in range(repeat)]
        seconds = statistics.median(r[0] for r in runs)
        result[f"workers_{n}"] = {
            "seconds_median": round(seconds, 3),
            "articles_per_s": round(len(articles) / seconds, 1),
            "words_per_s": round(words / seconds),
            "statements": runs[0][1],
        }
    return result


def pathological_text(megabytes: float, seed: int = 7) -> str:
    """Unbalanced quotes, long punctuation runs, colons and cue words: the inputs that make regexes backtrack."""
    rng = random.Random(seed)
    pieces = [
        '"',
        "“",
        "«",
        "''",
        "'",
        "...",
        "!!!!!!!!",
        ":::::",
        "—",
        ",,,,",
        " said ",
        " told ",
        " according to ",
        "Mr.",
        "U.S.",
        "(",
        ")",
        "\n",
        "\n\n",
        "word ",
        "Lavrov ",
        "that ",
        "-" * 50,
        "." * 200,
    ]
    out, size = [], 0
    while size < megabytes * 1_000_000:
        piece = rng.choice(pieces)
        out.append(piece)
        size += len(piece)
    return "".join(out)


# One invented paragraph of quotations and reports, repeated without a newline: every frame has
# neighbours to be compared with, the case where pairwise work would show.
_QUOTE_SENTENCES = (
    '"We will keep at the harbour plan," the councillor said. Clerks told the Gazette that work went on. '
    "The vote moves to Monday, Interfax reported, citing an aide. Ms. Odum said it was fine, according to TASS. "
    '"Nothing is settled yet." ― Anna Berg. Okafor added: "We are ready," she said, "to talk." '
)


def _growth(name: str, make: Callable[[float], str], megabytes: float) -> dict:
    rows = []
    for mb in (megabytes / 4, megabytes / 2, megabytes):
        text = make(mb)
        start = time.perf_counter()
        found = len(pipeline.extract(text, "pathological"))
        seconds = time.perf_counter() - start
        rows.append({"megabytes": mb, "seconds": round(seconds, 2), "statements": found})
    small, large = rows[0], rows[-1]
    # ~4 when linear, ~16 when quadratic
    return {
        "case": name,
        "runs": rows,
        "growth_ratio_4x_text": round(large["seconds"] / max(small["seconds"], 1e-9), 2),
    }


def _one_paragraph(megabytes: float) -> str:
    return _QUOTE_SENTENCES * max(1, round(megabytes * 1_000_000 / len(_QUOTE_SENTENCES)))


def pathological_speed(megabytes: float) -> dict:
    lexicons.load()  # keep the lexicon's one-time cost out of the smallest run
    return {
        "pathological": [
            _growth("hostile text with newlines", pathological_text, megabytes),
            _growth("hostile text, one paragraph", lambda mb: pathological_text(mb).replace("\n", " "), megabytes),
            _growth("quotations and reports, one paragraph", _one_paragraph, megabytes),
        ]
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, help="a folder of .txt/.jsonl/.html articles")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--pathological", type=float, metavar="MB", help="time a generated hostile text of MB megabytes"
    )
    args = parser.parse_args()
    if args.pathological:
        print(json.dumps(pathological_speed(args.pathological), indent=2))
    elif args.corpus:
        print(json.dumps(corpus_speed(args.corpus, args.workers, args.repeat), indent=2))
    else:
        parser.error("give a corpus folder or --pathological MB")


if __name__ == "__main__":
    main()
