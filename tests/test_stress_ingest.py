"""Issue 11's stress test: a folder of ~500 articles mixing every bad input found (clashing ids, duplicates,
nested JSON, long paragraphs, markup, unreadable encodings) with good ones, ingested by two processes at once
while a third saves reviews. Every good article is stored once, every bad one named on stderr, the speakers
equal those of one clean run, and every review stays on the words it was made on."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from attribution import readers
from attribution.store import Store
from benchmarks.store_synthetic import articles as synthetic_articles
from conftest import ROOT

NESTED = "[" * 3000 + "]" * 3000


def build(root: Path, n: int = 460) -> tuple[set[str], set[str]]:
    """Write the folder; (ids of the good articles, names of the bad inputs as stderr must show them)."""
    good: set[str] = set()
    bad: set[str] = set()

    def write(name: str, content: str | bytes) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))

    corpus = synthetic_articles(n, seed=17, quotes=1)
    for i, a in enumerate(corpus[:330]):  # plain .txt files, a third of them in subfolders
        name = f"{('a/', 'b/', '')[i % 3]}report-{i // 3}"
        write(f"{name}.txt", a.text)
        good.add(name)  # a/report-0 and b/report-0: two articles, never one overwriting the other
    lines = [json.dumps({"id": a.id, "text": a.text, "title": a.title, "url": a.url}) for a in corpus[330:390]]
    lines.insert(10, json.dumps({"id": corpus[330].id, "text": "A second record with the first one's id."}))
    lines.insert(20, '{"text": "x", "title": ' + NESTED + "}")  # a nested field
    write("records.jsonl", "\n".join(lines))
    good |= {a.id for a in corpus[330:390]}
    bad |= {"records.jsonl:11", "records.jsonl:21"}
    no_ids = [{"text": a.text, "title": a.title} for a in corpus[390:430]]
    write("no-ids.jsonl", "\n".join(json.dumps(r) for r in [*no_ids, no_ids[0]]))  # the same record twice
    good |= {readers.content_id(None, r["title"], r["text"]) for r in no_ids}
    bad.add(f"no-ids.jsonl:{len(no_ids) + 1}")
    for i, a in enumerate(corpus[430:450]):  # clashing stems: the .json is read first, the .txt refused
        write(f"clash-{i}.json", json.dumps({"text": a.text}))
        write(f"clash-{i}.txt", a.text)
        good.add(f"clash-{i}")
        bad.add(f"clash-{i}.txt")
    for i in range(5):
        write(f"deep-{i}.json", NESTED)
        bad.add(f"deep-{i}.json")
    for i in range(5):  # one long paragraph, no newline
        write(f"long-{i}.txt", " ".join(f"“We will keep talking, round {j},” Mary Jones said." for j in range(100)))
        good.add(f"long-{i}")
    for i, a in enumerate(corpus[450:]):  # Rich markup and link text in quotes, UTF-16 with a BOM
        marked = a.text.replace("“", "“[/bold][link=https://evil.example]", 1)
        write(f"markup-{i}.txt", marked.encode("utf-16") if i % 2 else marked)
        good.add(f"markup-{i}")
    write(
        "twins.txt", "“He's happy with the deal,” Tom Green said.\n\n“He’s happy with the deal,” Tom Green said again."
    )
    good.add("twins")
    for name, content in (("binary.txt", b"\x00\x01abc"), ("latin.txt", "café".encode("latin-1")),
                          ("empty.txt", b" \n"), ("broken.json", b"{")):  # fmt: skip
        write(name, content)
        bad.add(name)
    return good, bad


REVIEWER = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from attribution.review import ReviewConflict
    from attribution.store import StatementFilter, Store
    url, out, stop = sys.argv[1:]
    saved = {}
    with Store(url) as store:
        while not Path(stop).exists() or not saved:
            page = store.statements(StatementFilter(workflows=("unstarted",)), limit=20, order="position")
            for s in page[:3]:
                try:
                    store.save_review(s.id, expected_version=s.review_version, reviewer="stress", workflow="done",
                                      verdict="confirmed")
                except ReviewConflict:
                    continue
                saved[s.id] = [s.text, s.extracted_speaker, s.outlet]
            time.sleep(0.2)
    Path(out).write_text(json.dumps(saved))
""")


def _speakers(store: Store) -> list[tuple[str, str | None, str | None]]:
    return sorted((e.name, e.affiliation, e.country) for e in store.speaker_entities(limit=None))


def test_two_ingests_and_a_reviewer_at_once_lose_nothing(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    good, bad = build(folder)
    assert len(good) + len(bad) >= 480
    with Store(store_url):
        pass  # migrated before the race
    stop, out = tmp_path / "stop", tmp_path / "reviews.json"
    cmd = [sys.executable, "-m", "attribution", "ingest", str(folder), "--db", store_url]
    ingests = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(2)]  # fmt: skip
    reviewer = subprocess.Popen([sys.executable, "-c", REVIEWER, store_url, str(out), str(stop)], cwd=ROOT,
                                stderr=subprocess.PIPE, text=True)  # fmt: skip
    results = [p.communicate(timeout=300) for p in ingests]
    stop.touch()
    assert reviewer.wait(timeout=120) == 0, reviewer.stderr.read()
    for p, (_, stderr) in zip(ingests, results, strict=True):
        assert p.returncode == 1, stderr  # something failed: a script must see it
        assert "Traceback" not in stderr
        named = [b for b in bad if f"{folder}/{b}" not in stderr]
        assert named == [], f"not named on stderr: {named}"
    reviews = {int(k): v for k, v in json.loads(out.read_text()).items()}
    with Store(store_url) as store, Store(f"sqlite:///{tmp_path / 'clean.db'}") as clean:
        keys = [a.key for a in store.articles(limit=None)]
        assert sorted(keys) == sorted(good)  # every good article once, nothing under a bad one's name
        clean.ingest(readers.read_paths([folder]).articles)
        assert _speakers(store) == _speakers(clean)
        assert store.count_statements() == clean.count_statements()
        assert reviews
        for sid, (text, speaker, outlet) in reviews.items():
            s = store.statement(sid)
            assert (s.text, s.extracted_speaker, s.outlet) == (text, speaker, outlet)
            assert (s.reviewed_text, s.reviewed_speaker, s.reviewed_outlet) == (text, speaker, outlet)
            assert (s.workflow, s.verdict, s.changed_since_review) == ("done", "confirmed", ())
