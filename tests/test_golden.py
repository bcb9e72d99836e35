"""Seed articles against golden files that were checked by eye. Regenerate with
`python -m attribution extract seeds/NAME.txt > tests/golden/NAME.jsonl` and read the diff before committing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution import export, readers
from attribution.engine.pipeline import extract_article

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.jsonl"))


@pytest.mark.parametrize("golden", GOLDEN, ids=[g.stem for g in GOLDEN])
def test_seed_matches_golden(golden: Path) -> None:
    (article,) = readers.read_path(ROOT / "seeds" / f"{golden.stem}.txt").articles
    got = [export.statement_record(s) for s in extract_article(article)]
    want = [json.loads(line) for line in golden.read_text(encoding="utf-8").splitlines()]
    assert got == want


def test_every_seed_has_a_golden_file() -> None:
    assert {p.stem for p in (ROOT / "seeds").glob("*.txt")} == {g.stem for g in GOLDEN}


def test_spans_are_the_text() -> None:
    for golden in GOLDEN:
        text = readers.read_path(ROOT / "seeds" / f"{golden.stem}.txt").articles[0].text
        for line in golden.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            assert r["text"] == " … ".join(text[s:e] for s, e in r["spans"])
            assert text[r["speaker_start"] : r["speaker_end"]].strip()
