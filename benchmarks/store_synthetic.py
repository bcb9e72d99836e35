"""Synthetic news for the store: fictional people, places, outlets and publishers only.

`articles(n)` writes articles the engine reads like news (quotes, "said", titles), for ingest
benchmarks and tests. `fill(url, statements)` writes a large store straight into the tables (no
engine), for query latencies at a million statements, and `fill_aids(url)` the fact-check aids such a
store would have (groups of reports, misattribution alerts, claim matches against reviewed statements).

    .venv/bin/python benchmarks/store_synthetic.py --db sqlite:///synthetic.db --statements 1000000
    .venv/bin/python benchmarks/store_synthetic.py --db sqlite:///synthetic.db --aids-only   # a store filled before
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

from sqlalchemy import delete, func, insert, select, update

from attribution.models import Article
from attribution.store import Store, statement_key
from attribution.store.schema import (
    aids_changes,
    claim_matches,
    misattribution_alerts,
    reviews,
    speakers,
    statement_group_members,
    statement_groups,
    statement_topics,
    statements,
    store_meta,
)
from attribution.store.schema import articles as articles_table

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
                    speech = position % 10 != 9  # one in ten a belief ("thinks"), as in news
                    stmt_rows.append(dict(
                        article_id=article_id, key=key, position=position, start=position * 100,
                        end=position * 100 + len(text), spans=[[position * 100, position * 100 + len(text)]], text=text,
                        kind=rng.choice(("direct", "indirect", "mixed")), speaker=name, speaker_start=None,
                        speaker_end=None, anonymous=False, role=role, affiliation=f"{country} government",
                        country=country, outlet=rng.choice([None, None, *OUTLETS]),
                        cue="said" if speech else "thinks", cue_start=None, cue_end=None, confidence=0.8,
                        speech=speech, speaker_id=ids[name], speaker_mention=name,
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
    aids = fill_aids(url, seed=seed)
    seconds = round(time.perf_counter() - started, 1)
    return {"statements": done, "articles": n_articles, "aids": aids, "seconds": seconds}


def fill_aids(url: str, *, seed: int = 1, grouped: float = 0.12, alerted: float = 0.03, reviewed: float = 0.02,
              matched: float = 0.02) -> dict:  # fmt: skip
    """Write the aids of a filled store as a full refresh leaves them, in shares like news: `grouped` of the
    statements are reports of another (groups of 2–5, a third of them wire copies: one independent source),
    `alerted` of the groups give the words to another speaker too, `reviewed` of the statements have a
    verdict or rating and `matched` have a claim match with one. Replaces any aids rows already there."""
    rng = random.Random(seed)
    with Store(url) as store, store.engine.begin() as conn:
        speaker_of = dict(conn.execute(select(statements.c.id, statements.c.speaker)).all())
        ids = sorted(speaker_of)
        for table in (statement_groups, statement_group_members, misattribution_alerts, claim_matches, aids_changes):
            conn.execute(delete(table))
        picked = rng.sample(ids, int(grouped * len(ids)))
        groups, members, i = [], [], 0
        while i + 1 < len(picked):
            size = rng.choice((2, 2, 2, 3, 3, 4, 5))
            group = sorted(picked[i : i + size])
            i += size
            canonical = rng.choice(group)
            sources = rng.sample(PUBLISHERS, min(len(group), len(PUBLISHERS)))[: 1 if rng.random() < 1 / 3 else None]
            groups.append(dict(id=group[0], canonical_id=canonical, size=len(group),
                               wordings=rng.randint(1, len(group)), speaker=speaker_of[canonical], sources=sources,
                               source_count=len(sources)))  # fmt: skip
            members += [dict(statement_id=s, group_id=group[0]) for s in group]
        group_of = {m["statement_id"]: m["group_id"] for m in members}
        alerts = []
        for g in rng.sample(groups, int(alerted * len(groups))):
            other = rng.choice(ids)
            if group_of.get(other, other) != g["id"] and speaker_of[other] != g["speaker"]:
                alerts.append(dict(statement_id=g["canonical_id"], other_statement_id=other, group_id=g["id"],
                                   other_group_id=group_of.get(other, other), speaker=g["speaker"],
                                   other_speaker=speaker_of[other],
                                   score=round(rng.uniform(0.85, 1.0), 3)))  # fmt: skip
        checked = rng.sample(ids, int(reviewed * len(ids)))
        for chunk in range(0, len(checked), 20_000):
            conn.execute(
                update(reviews).where(reviews.c.statement_id.in_(checked[chunk : chunk + 20_000]))
                .values(workflow="done", verdict="corroborated", rating="mostly_true")
            )  # fmt: skip
        claims = {(s, rng.choice(checked)) for s in rng.sample(ids, int(matched * len(ids)))}
        claim_rows = [dict(statement_id=s, reviewed_statement_id=r, score=round(rng.uniform(0.8, 1.0), 3),
                           same_speaker=speaker_of[s] == speaker_of[r]) for s, r in claims if s != r]  # fmt: skip
        for table, rows in ((statement_groups, groups), (statement_group_members, members),
                            (misattribution_alerts, alerts), (claim_matches, claim_rows)):  # fmt: skip
            for chunk in range(0, len(rows), 20_000):
                conn.execute(insert(table), rows[chunk : chunk + 20_000])
        now = datetime.now(UTC).isoformat()
        for key in ("aids.updated_at", "aids.full_refresh_at"):  # as a full refresh leaves them: nothing pending
            conn.execute(delete(store_meta).where(store_meta.c.key == key))
            conn.execute(insert(store_meta).values(key=key, value=now))
        counted = conn.execute(select(func.count()).select_from(statement_groups)).scalar_one()
        if store.dialect == "sqlite":  # the store's statistics were gathered before these tables were filled
            conn.exec_driver_sql("ANALYZE")
    return {"groups": counted, "members": len(members), "alerts": len(alerts), "reviewed": len(checked),
            "claim_matches": len(claim_rows)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="store URL (a fresh one)")
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--aids-only", action="store_true", help="only (re)write the aids of a filled store")
    args = parser.parse_args()
    if args.aids_only:
        print(json.dumps(fill_aids(args.db, seed=args.seed)))
    else:
        print(json.dumps(fill(args.db, args.statements, seed=args.seed)))


if __name__ == "__main__":
    main()
