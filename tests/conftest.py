from __future__ import annotations

from pathlib import Path

import pytest

from attribution import lexicons
from attribution.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_44a803021078d49a.txt"


@pytest.fixture(scope="session")
def lexicon() -> lexicons.Lexicon:
    return lexicons.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    with open(SEED, encoding="utf-8", newline="") as f:
        return f.read()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'quotes.db'}"


@pytest.fixture
def seeded_url(sqlite_url: str) -> str:
    """A fresh SQLite store holding the seed articles."""
    from attribution import readers

    with Store(sqlite_url) as store:
        store.ingest(readers.read_paths([SEEDS]).articles)
    return sqlite_url
