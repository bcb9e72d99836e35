"""End to end: the Outlets page served by Streamlit in a real headless Chromium: merge two names of one outlet,
then follow the outlet's link to Quotes, which counts the statements of both."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect
from test_store_outlets import ARTICLES

from attribution import readers
from attribution.store import StatementFilter, Store
from conftest import ROOT, SEEDS

from .conftest import serve

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def outlets_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('e2e-outlets') / 'quotes.db'}"
    with Store(url) as store:
        store.ingest([*readers.read_paths([SEEDS]).articles, *ARTICLES])
    return url


@pytest.fixture(scope="module")
def outlets_server(outlets_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve({"DATABASE_URL": outlets_url}, ROOT, tmp_path_factory.mktemp("server") / "streamlit.log") as url:
        yield url


def choose(page: Page, widget: str, label: str, option: str) -> None:
    """Pick an option of a Streamlit select box (stSelectbox, stMultiSelect) in the page's main part."""
    page.get_by_test_id("stMain").get_by_test_id(widget).filter(has_text=label).first.click()
    page.get_by_role("option", name=option, exact=True).click()
    page.mouse.click(1300, 10)  # an empty spot: closes a list left open, as a person would


def test_merge_two_names_then_open_their_statements_in_quotes(
    outlets_server: str, outlets_url: str, page: Page, artifacts
) -> None:
    page.goto(f"{outlets_server}/outlets")
    page.get_by_role("heading", name="Outlets", level=1).wait_for()
    page.get_by_label("Your name, recorded with every change you make").fill("Ana")
    page.get_by_role("button", name="Start reviewing").click()
    page.get_by_text("Reviewing as").wait_for()
    choose(page, "stSelectbox", "Keep", "Halden Courier (3)")
    choose(page, "stMultiSelect", "Merge into it", "Halden Kurier (1)")
    page.get_by_role("button", name="Merge", exact=True).click()
    page.get_by_text("Merged 1 outlet into outlet").wait_for()
    page.screenshot(path=str(artifacts / "outlets-merged.png"))
    with Store(outlets_url) as store:
        assert store.outlet_named("Halden Kurier").name == "Halden Courier"
        merged = store.count_statements(StatementFilter(outlets=("Halden Courier",)))
    assert merged == 4

    choose(page, "stSelectbox", "Outlet", "Halden Courier (4)")
    page.get_by_role("link", name="Statements relayed by Halden Courier in Quotes").click()
    page.get_by_role("heading", name="Quotes", level=1).wait_for()
    expect(page.get_by_test_id("stMetricValue").first).to_have_text(str(merged))
    assert "outlet=Halden+Courier" in page.url
    expect(page.get_by_test_id("stDataFrame").first).to_be_visible()
