"""Synthetic news for the store: fictional people, places, outlets and publishers only.

`articles(n)` writes articles the engine reads like news (quotes, "said", titles), for ingest
benchmarks and tests. `fill(url, statements)` writes a large store straight into the tables (no
engine), for query latencies at a million statements.

    .venv/bin/python benchmarks/store_synthetic.py --db sqlite:///synthetic.db --statements 1000000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from attribution.models import Article
from attribution.store import Store, statement_key
from attribution.store.schema import articles as articles_table
from attribution.store.schema import reviews, speakers, statement_topics, statements

GIVEN = ["Tavo", "Mirela", "Osric", "Linnea", "Dace", "Ysolde", "Kerran", "Ilvy", "Borun", "Sefa", "Quill", "Narev",
         "Odalys", "Piet", "Runa", "Varo", "Eskil", "Thessa", "Jorund", "Amsel"]  # fmt: skip
FAMILY = ["Relkin", "Dovrash", "Maelor", "Quenby", "Hastrup", "Vellacourt", "Ostrander", "Pilgrove", "Zanetti",
          "Brisco", "Kaldera", "Thorne-Lys", "Ambervale", "Corvish", "Fennimore", "Istvanik", "Yarrowby"]  # fmt: skip
COUNTRIES = ["Norvania", "Eastmarch", "Caldoria", "Vesperia", "Oltenreich", "Marisol Republic"]
ROLES = ["Foreign Minister", "Prime Minister", "Finance Minister", "spokeswoman", "spokesman", "Defence Minister"]
PUBLISHERS = ["The Daily Lantern", "Harbour Gazette", "Northwind Post", "Morning Ledger", "Valley Courier"]
OUTLETS = ["Lantern Wire", "Orbis News Agency", "Radio Meridian", "Channel Nine Caldoria"]
TOPIC_WORDS = ["negotiations", "sanctions", "the ceasefire", "gas prices", "the election", "inflation", "refugees",
               "the trade deal", "the grain corridor", "military aid", "the budget", "the summit"]  # fmt: skip
VERBS = ["will", "must", "cannot", "should not", "has agreed to", "is ready to"]
ACTIONS = ["discuss", "review", "reject", "support", "delay", "extend", "finance", "monitor"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TOPICS = ["peace talks", "sanctions", "war and military", "energy", "economy", "elections", "humanitarian", "trade"]


def person(rng: random.Random) -> tuple[str, str, str]:
    """(name, role, country)"""
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", rng.choice(ROLES), rng.choice(COUNTRIES)


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(COUNTRIES)} {rng.choice(VERBS)} {rng.choice(ACTIONS)} {rng.choice(TOPIC_WORDS)}"


def article_text(rng: random.Random, quotes: int) -> str:
    paragraphs = []
    for _ in range(quotes):
        name, role, country = person(rng)
        surname = name.split()[-1]
        form = rng.randrange(3)
        if form == 0:
            paragraphs.append(f"“{sentence(rng)},” said {name}, the {country} {role}.")
        elif form == 1:
            paragraphs.append(f"{country} {role} {name} said that {sentence(rng)}.")
        else:
            paragraphs.append(f"{name} told {rng.choice(OUTLETS)} that {sentence(rng)}. "
                              f"“We will not wait,” {surname} added.")  # fmt: skip
        paragraphs.append(f"The meeting in {rng.choice(COUNTRIES)} lasted {rng.randint(2, 9)} hours. Delegations from "
                          f"{rng.choice(COUNTRIES)} and {rng.choice(COUNTRIES)} arrived on {rng.choice(DAYS)}, and "
                          f"observers expect a statement on {rng.choice(TOPIC_WORDS)} before the end of the week. "
                          f"Talks on {rng.choice(TOPIC_WORDS)} stalled in {rng.randint(1990, 2024)} after "
                          f"{rng.randint(2, 40)} rounds.")  # fmt: skip
    return "\n\n".join(paragraphs)


def articles(n: int, seed: int = 1, quotes: int = 6, start: date = date(2025, 1, 1)) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        key = f"synthetic-{seed}-{i:06d}"
        out.append(Article(
            id=key, text=article_text(rng, quotes), title=f"Talks update {i}", publisher=rng.choice(PUBLISHERS),
            published=start + timedelta(days=rng.randrange(365)), url=f"https://news.example.org/{key}",
        ))  # fmt: skip
    return out


def fill(url: str, n_statements: int, *, per_article: int = 10, seed: int = 1, chunk: int = 20_000) -> dict:
    """Write `n_statements` statements (and their articles, speakers, topics, reviews) straight into a store."""
    rng = random.Random(seed)
    started = time.perf_counter()
    with Store(url) as store, store.engine.begin() as conn:
        now = datetime.now(UTC)
        people = sorted({f"{g} {f}" for g in GIVEN for f in FAMILY})
        countries = [rng.choice(COUNTRIES) for _ in people]
        speaker_rows = [
            dict(name=p, kind="person", role=rng.choice(ROLES), affiliation=f"{c} government", country=c, known=False,
                 created_at=now)
            for p, c in zip(people, countries, strict=True)
        ]  # fmt: skip
        conn.execute(insert(speakers), speaker_rows)
        ids = {r.name: r.id for r in conn.execute(speakers.select())}
        n_articles = -(-n_statements // per_article)
        done = 0
        for first in range(0, n_articles, chunk // per_article):
            last = min(n_articles, first + chunk // per_article)
            art_rows = []
            for a in range(first, last):
                key = f"fill-{seed}-{a:08d}"
                art_rows.append(dict(key=key, title=f"Report {a}", publisher=rng.choice(PUBLISHERS),
                                     published=date(2024, 1, 1) + timedelta(days=rng.randrange(730)),
                                     url=f"https://news.example.org/{key}", text=f"Report {a}.",
                                     content_hash=hashlib.sha256(key.encode()).hexdigest(), engine="synthetic",
                                     ingested_at=now))  # fmt: skip
            result = conn.execute(insert(articles_table).returning(articles_table.c.id, articles_table.c.key), art_rows)
            stmt_rows, keys = [], []
            for article_id, article_key in result:
                for position in range(min(per_article, n_statements - done)):
                    name, role, country = person(rng)
                    text = sentence(rng)
                    key = statement_key(article_key, text, position)
                    keys.append(key)
                    stmt_rows.append(dict(
                        article_id=article_id, key=key, position=position, start=position * 100,
                        end=position * 100 + len(text), spans=[[position * 100, position * 100 + len(text)]], text=text,
                        kind=rng.choice(("direct", "indirect", "mixed")), speaker=name, speaker_start=None,
                        speaker_end=None, anonymous=False, role=role, affiliation=f"{country} government",
                        country=country, outlet=rng.choice([None, None, *OUTLETS]), cue="said", cue_start=None,
                        cue_end=None, confidence=0.8, speaker_id=ids[name], speaker_mention=name,
                        check_score=round(rng.random(), 3), check_reasons=[], retired=False,
                    ))  # fmt: skip
                    done += 1
            if not stmt_rows:
                break
            inserted = conn.execute(insert(statements).returning(statements.c.id), stmt_rows).scalars().all()
            conn.execute(insert(reviews), [dict(statement_id=i, workflow=rng.choices(
                ("unstarted", "in_progress", "done"), (8, 1, 1))[0], evidence_urls=[]) for i in inserted])  # fmt: skip
            conn.execute(insert(statement_topics), [dict(statement_id=i, topic=t) for i in inserted
                                                    for t in rng.sample(TOPICS, rng.randint(0, 2))])  # fmt: skip
    return {"statements": done, "articles": n_articles, "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="store URL (a fresh one)")
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(json.dumps(fill(args.db, args.statements, seed=args.seed)))


if __name__ == "__main__":
    main()
