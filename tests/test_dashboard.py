"""The dashboard under Streamlit's AppTest, on a fresh store."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT

APP = str(ROOT / "dashboard.py")


@pytest.fixture
def app(seeded_url: str, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("DATABASE_URL", seeded_url)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def test_table_lists_the_seed_statements(app: AppTest) -> None:
    table = app.dataframe[0].value
    assert len(table) == int(app.metric[0].value) > 10
    assert "Caroline Leavitt" in set(table["speaker"])


def test_speaker_filter_changes_the_table(app: AppTest) -> None:
    app.multiselect(key="speaker").select("John Kelley").run()
    assert not app.exception
    table = app.dataframe[0].value
    assert set(table["speaker"]) == {"John Kelley"} and len(table) == 4
    assert app.metric[0].value == "4"


def test_empty_store_explains_how_to_add_articles(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "python -m attribution ingest" in at.info[0].value
