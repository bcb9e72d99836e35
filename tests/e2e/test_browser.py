"""End to end: the dashboard served by Streamlit, seen in a real headless Chromium."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def test_quotes_page_shows_seed_speakers(server: str, page, artifacts) -> None:
    page.goto(server)
    page.get_by_text("Statements per speaker").wait_for(timeout=60_000)
    page.get_by_text("Caroline Leavitt").first.wait_for(timeout=30_000)
    assert page.get_by_text("John Kelley").count() > 0
    assert page.get_by_text("Traceback").count() == 0
    page.screenshot(path=str(artifacts / "quotes.png"), full_page=True)
