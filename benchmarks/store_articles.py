"""Article search speed: `store.articles(search, ...)` and `count_articles` over many news-sized articles.

The search matches a substring of title, publisher, key or URL, or the words of the text through a word index
(migration 0006). Articles (~3 KB of synthetic text each, fictional names; one in RARE_EVERY also holds
RARE_WORD) are written straight into the articles table of a fresh store; statements are not needed for the
article list. Prints one JSON object; times are medians of --repeat runs, in milliseconds.

    .venv/bin/python benchmarks/store_articles.py [--articles 100000] [--db URL]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from attribution.store import Store
from attribution.store.schema import articles as articles_table
from benchmarks.store_bench import timed
from benchmarks.store_synthetic import PUBLISHERS, article_text

RARE_WORD, RARE_EVERY = "Quorvath", 1_000


def fill(store: Store, n: int, *, chunk: int = 5_000, seed: int = 1) -> dict:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    started = time.perf_counter()
    size = 0
    with store.engine.begin() as conn:
        for first in range(0, n, chunk):
            rows = []
            for a in range(first, min(n, first + chunk)):
                key = f"art-{seed}-{a:08d}"
                text = article_text(rng, quotes=8)
                if a % RARE_EVERY == 0:
                    text += f"\n\nThe envoys cited the {RARE_WORD} protocol."
                size += len(text)
                rows.append(dict(key=key, title=f"Talks update {a}", publisher=rng.choice(PUBLISHERS),
                                 published=date(2024, 1, 1) + timedelta(days=rng.randrange(730)),
                                 url=f"https://news.example.org/{key}", text=text,
                                 content_hash=hashlib.sha256(key.encode()).hexdigest(), engine="synthetic",
                                 ingested_at=now))  # fmt: skip
            conn.execute(insert(articles_table), rows)
    return {
        "articles": n,
        "mean_chars": round(size / max(n, 1)),
        "fill_seconds": round(time.perf_counter() - started, 1),
    }


def latencies(store: Store, n: int, repeat: int) -> dict[str, float]:
    rare = f"art-1-{n // 2:08d}"  # one article's key: a substring of the key and URL
    dates = {"date_from": date(2024, 6, 1), "date_to": date(2024, 6, 30)}
    cases = {
        "page 1, no search": lambda: store.articles(limit=100),
        "count, no search": lambda: store.count_articles(),
        "page 1, common word (in most texts)": lambda: store.articles("ceasefire", limit=100),
        "count, common word": lambda: store.count_articles("ceasefire"),
        "page 1, rare word (1 text in 1,000)": lambda: store.articles(RARE_WORD.lower(), limit=100),
        "count, rare word": lambda: store.count_articles(RARE_WORD.lower()),
        "page 1, a key": lambda: store.articles(rare, limit=100),
        "count, a key": lambda: store.count_articles(rare),
        "page 1, absent word": lambda: store.articles("zzyzx", limit=100),
        "count, absent word": lambda: store.count_articles("zzyzx"),
        "page 100, no search": lambda: store.articles(limit=100, offset=9_900),
        "count, publisher + one month": lambda: store.count_articles(publisher=PUBLISHERS[0], **dates),
        "page 1, absent word + publisher + one month": lambda: store.articles(
            "zzyzx", publisher=PUBLISHERS[0], limit=100, **dates
        ),
        "by key": lambda: store.article_by_key(rare),
    }
    return {name: timed(call, repeat) for name, call in cases.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", help="store URL (default: a temporary SQLite file); an empty store is filled")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'articles.db'}"
        with Store(url) as store:
            filled = fill(store, args.articles) if store.is_empty() else {"articles": store.count_articles()}
            result = {"dialect": store.dialect, **filled, "ms": latencies(store, filled["articles"], args.repeat)}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
