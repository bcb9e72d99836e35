"""End to end: the dashboard served by Streamlit, used in a real headless Chromium."""

from __future__ import annotations

import csv
import re
from urllib.parse import quote_plus

import pytest
from playwright.sync_api import Page, expect

from attribution.store import StatementFilter, Store

from .conftest import SCRIPT

pytestmark = pytest.mark.e2e

PAGES = {  # url path → what the page shows once drawn
    "": "Matching statements",
    "?view=charts": "Statements per speaker",
    "compare?who=Caroline+Leavitt&who=John+Kelley": "Speaker × topic",
    "articles": "Statements in this article",
    "speakers": "Merge suggestions",
    "review": "Save review",
    "groups": "Open pairs",
    "add": "Article text",
    "export": "Statements in this view",
}


def heading(page: Page, name: str):
    return page.get_by_role("heading", name=name, level=1)


def test_filter_open_review_reload_persisted(server: str, e2e_url: str, page: Page, artifacts) -> None:
    with Store(e2e_url) as store:
        kelley = store.count_statements(StatementFilter(speakers=("John Kelley",)))
    page.goto(server)
    heading(page, "Quotes").wait_for()
    speaker = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(has_text="Speaker").first
    speaker.click()
    page.keyboard.type("John Kelley")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    expect(page.get_by_test_id("stMetricValue").first).to_have_text(str(kelley))
    expect(page).to_have_url(f"{server}/?speaker=John+Kelley")
    page.screenshot(path=str(artifacts / "quotes-filtered.png"))

    # Select the first row: the statement opens in its article.
    box = page.get_by_test_id("stDataFrame").first.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)
    heading(page, "Articles").wait_for()
    page.get_by_text("Opened statement").wait_for()
    assert "statement=" in page.url
    sid = int(page.url.rsplit("statement=", 1)[1].split("&")[0])
    with Store(e2e_url) as store:
        assert store.statement(sid).speaker == "John Kelley"
    expect(page.locator(f'.qa-focus[data-statement="{sid}"]').first).to_be_visible()

    page.get_by_role("link", name="Review this statement").click()
    heading(page, "Review").wait_for()
    page.get_by_label("Your name, recorded with every change you make").fill("Playwright Reviewer")
    page.get_by_role("button", name="Start reviewing").click()
    page.get_by_text("Reviewing as").wait_for()
    # By its key: the form's widgets are redrawn as the reviewer's name is taken in, so a text match can meet
    # the old and the new element at once.
    verdict = page.locator(f".st-key-rv_verdict_{sid}")
    verdict.get_by_role("combobox").click()
    page.get_by_role("option", name="misattributed").click()
    page.get_by_role("button", name="Save review").click()
    page.get_by_text("Saved: verdict").wait_for()

    page.reload()  # a new session: what shows now comes from the store
    heading(page, "Review").wait_for()
    page.get_by_text("last saved by Playwright Reviewer").wait_for()
    expect(verdict).to_match_aria_snapshot('- combobox "Attribution verdict (did they say it?)": misattributed')
    expect(page.get_by_test_id("stDataFrame").last).to_be_visible()  # the history
    with Store(e2e_url) as store:
        review = store.review(sid)
    assert review.verdict.value == "misattributed" and review.reviewer == "Playwright Reviewer"
    page.screenshot(path=str(artifacts / "review-saved.png"))


def test_article_markup_shows_as_text_and_never_runs(server: str, e2e_url: str, page: Page, artifacts) -> None:
    with Store(e2e_url) as store:
        (s,) = store.statements(StatementFilter(publishers=("Example Wire",)), limit=1)
    page.goto(f"{server}/articles?article={s.article_id}&statement={s.id}")
    heading(page, "Articles").wait_for()
    page.get_by_text(SCRIPT).first.wait_for()
    expect(page.get_by_text("<b>soon</b>").first).to_be_visible()
    expect(page.get_by_role("heading", name="<i>Holm</i> & the exchange")).to_be_visible()
    assert page.locator("script", has_text="pwned").count() == 0
    assert page.locator("img[src=x]").count() == 0 and page.locator(".qa-article b").count() == 0
    page.get_by_test_id("stDataFrame").first.wait_for()
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(artifacts / "article-markup.png"))


def test_export_downloads_the_filtered_view_as_csv(server: str, e2e_url: str, page: Page, tmp_path) -> None:
    with Store(e2e_url) as store:
        leavitt = store.count_statements(StatementFilter(speakers=("Caroline Leavitt",)))
    page.goto(f"{server}/export?speaker=Caroline+Leavitt")
    heading(page, "Export").wait_for()
    expect(page.get_by_test_id("stMetricValue").first).to_have_text(str(leavitt))
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    path = tmp_path / "statements.csv"
    download.value.save_as(path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) == leavitt > 0 and {r["speaker"] for r in rows} == {"Caroline Leavitt"}


@pytest.mark.parametrize(("path", "shows"), PAGES.items())
def test_every_page_draws_without_a_traceback(server: str, page: Page, artifacts, path: str, shows: str) -> None:
    page.goto(f"{server}/{path}")
    page.get_by_text(shows).first.wait_for()
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("Traceback").count() == 0 and page.get_by_test_id("stException").count() == 0
    name = path.split("?")[0] or "quotes"
    page.screenshot(path=str(artifacts / f"{name}{'-charts' if 'charts' in path else ''}.png"), full_page=True)


def test_a_misattribution_alert_shows_on_review(server: str, e2e_url: str, page: Page, artifacts) -> None:
    with Store(e2e_url) as store:
        lund = store.statements(StatementFilter(speakers=("Pia Lund",)), limit=1)[0]
        (alert,) = store.misattribution_alerts(lund.id)
        varga = alert.other
    assert varga.speaker == "Tomas Varga" and lund.misattributed and varga.misattributed
    page.goto(f"{server}/review?open={lund.id}")
    heading(page, "Review").wait_for()
    shown = page.get_by_test_id("stAlertContentError").filter(has_text="Misattribution alert")
    expect(shown).to_be_visible()
    expect(shown).to_contain_text("attributed to Tomas Varga")
    expect(shown).to_contain_text("here they are given to Pia Lund")
    link = page.get_by_role("link", name="In its article").first
    assert f"statement={varga.id}" in (link.get_attribute("href") or "")
    page.wait_for_load_state("networkidle")
    shown.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "review-misattribution.png"))

    page.get_by_role("button", name="Review it").first.click()  # the other side, in the same session
    expect(shown).to_contain_text("attributed to Pia Lund")
    expect(page).to_have_url(f"{server}/review?open={varga.id}")


def test_clicking_a_chart_bar_adds_its_value_to_the_filters(server: str, e2e_url: str, page: Page, artifacts) -> None:
    with Store(e2e_url) as store:
        (top, n), *_ = store.facet_counts(StatementFilter(), "speaker", limit=1)
    page.goto(f"{server}/?view=charts")
    heading(page, "Quotes").wait_for()
    bar = page.locator(
        f'[data-testid="stVegaLiteChart"] path[aria-roledescription="bar"][aria-label$="speaker: {top}"]'
    ).first
    bar.click()
    expect(page.get_by_test_id("stMetricValue").first).to_have_text(str(n))
    expect(page).to_have_url(re.compile(r"speaker=" + re.escape(quote_plus(top))))
    sidebar = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(has_text="Speaker").first
    expect(sidebar).to_contain_text(top)
    page.screenshot(path=str(artifacts / "quotes-chart-click.png"))


@pytest.mark.parametrize(
    ("path", "shows"),
    [
        ("articles?article={article}&statement={statement}", "Original article"),
        ("review?open={statement}", "Save review"),
        ("speakers?speaker={speaker}", "Latest statements"),
    ],
)
def test_markdown_in_articles_and_names_is_shown_as_words_and_never_fetched(
    server: str, e2e_url: str, beacon, page: Page, artifacts, path: str, shows: str
) -> None:
    with Store(e2e_url) as store:
        (s,) = [s for s in store.statements(limit=None) if s.article_key == "hostile-1"]
    page.goto(f"{server}/{path.format(article=s.article_id, statement=s.id, speaker=s.speaker_id)}")
    page.get_by_text(shows).first.wait_for()
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)  # images in a page load after it settles
    assert page.locator(f'img[src^="{beacon.base}"]').count() == 0
    assert beacon.requests == []  # the browser asked the addresses in the article for nothing
    links = [a.get_attribute("href") for a in page.locator("a[href]").all()]
    if "articles" in path:  # the title reads as written, and the one link goes to the article's web address
        title = page.get_by_role("heading", name=re.compile(r"Border \*\*talks\*\*$"))
        expect(title).to_be_visible()  # read as written; word joiners (invisible) break the bare link in it
        assert title.inner_text().replace("\u2060", "") == f"![title]({beacon.base}/title.png) Border **talks**"
        href = page.get_by_role("link", name="Original article").get_attribute("href")
        assert href.startswith("https://example.org/a%29") and "url.png" in href
        links.remove(href)
    assert not [h for h in links if h and (beacon.base in h or h.startswith(("javascript:", "data:")))]
    page.screenshot(path=str(artifacts / f"markdown-{path.split('?')[0]}.png"))


def test_tables_offer_no_raw_csv_download(server: str, page: Page) -> None:
    """The Export page's CSV neutralises formulas; a table's own download would not, so it is switched off."""
    page.goto(server)
    table = page.get_by_test_id("stDataFrame").first
    table.wait_for()
    table.hover()
    page.get_by_test_id("stElementToolbar").first.wait_for(state="attached")
    assert page.get_by_role("button", name="Download as CSV").count() == 0
