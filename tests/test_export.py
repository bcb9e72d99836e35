"""Export of stored statements: CSV and JSONL records, and ClaimReview JSON-LD (attribution and content reviews)."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest

from attribution import Article, export
from attribution.export import ExportError, Organisation
from attribution.store import StatementFilter, Store

TEXT = (
    "Russian Foreign Minister Sergey Lavrov told RIA Novosti that the delegation is ready.\n"
    "“We hope so,” Caroline Leavitt said.\n"
    "Officials said the talks were over."
)
ORG = Organisation("Example Checks", "https://checks.example.org")


@pytest.fixture
def store(store_url: str):
    with Store(store_url) as s:
        s.ingest([Article("a1", TEXT, title="Talks", publisher="Harbour Gazette", published=date(2025, 5, 5),
                          url="https://news.example.org/a1")])  # fmt: skip
        yield s


def _by_speaker(store: Store) -> dict[str | None, object]:
    return {s.speaker: s for s in store.statements(limit=None)}


def test_csv_and_jsonl_records_round_trip(store: Store) -> None:
    stmts = store.statements(limit=None, order="position")
    store.save_review(stmts[0].id, expected_version=0, reviewer="ann", verdict="confirmed",
                      evidence_urls=["https://a.example/1"])  # fmt: skip
    stmts = store.statements(limit=None, order="position")
    out = io.StringIO()
    assert export.write_csv(map(export.stored_record, stmts), out, fields=export.STORED_FIELDS) == len(stmts)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(export.STORED_FIELDS)
    assert rows[0]["speaker"] == "Sergey Lavrov" and rows[0]["outlet"] == "RIA Novosti"
    assert json.loads(rows[0]["spans"]) == [[stmts[0].start, stmts[0].end]]
    assert json.loads(rows[0]["evidence_urls"]) == ["https://a.example/1"] and rows[0]["verdict"] == "confirmed"
    assert rows[0]["published"] == "2025-05-05" and rows[0]["article"] == "a1"
    out = io.StringIO()
    export.write_jsonl(map(export.stored_record, stmts), out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == [s.id for s in stmts]
    assert records[0]["topics"] == list(stmts[0].topics) and records[0]["reviewed_at"]


def test_claimreview_attribution_and_content_reviews(store: Store) -> None:
    lavrov = _by_speaker(store)["Sergey Lavrov"]
    store.save_review(lavrov.id, expected_version=0, reviewer="ann", workflow="done", verdict="misattributed",
                      rating="false")  # fmt: skip
    reviews = export.claimreview(store.statements(limit=None), ORG)
    assert [r["url"].rsplit("#", 1)[1] for r in reviews] == ["attribution", "content"]
    attribution, content = reviews
    for r in reviews:
        assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
        assert r["author"] == {"@type": "Organization", "name": "Example Checks", "url": "https://checks.example.org"}
        assert r["url"].startswith(f"https://checks.example.org/reviews/{lavrov.key}#")
        assert r["datePublished"] == store.review(lavrov.id).updated_at.date().isoformat()
        claim = r["itemReviewed"]
        assert claim["@type"] == "Claim" and claim["datePublished"] == "2025-05-05"
        assert claim["appearance"] == [{"@type": "NewsArticle", "url": "https://news.example.org/a1",
                                        "headline": "Talks", "publisher": {"@type": "Organization",
                                                                           "name": "Harbour Gazette"}}]  # fmt: skip
        assert "misattributed" not in r["claimReviewed"].lower() and "false" not in r["claimReviewed"].lower()
    assert attribution["claimReviewed"] == "Sergey Lavrov said: “that the delegation is ready”"
    assert attribution["reviewRating"] == {"@type": "Rating", "alternateName": "Misattributed", "ratingValue": 1,
                                           "bestRating": 5, "worstRating": 1}  # fmt: skip
    assert attribution["itemReviewed"]["author"] == {"@type": "Organization", "name": "RIA Novosti"}  # the relay
    assert content["claimReviewed"] == "“that the delegation is ready”"
    assert content["reviewRating"]["alternateName"] == "False" and content["reviewRating"]["ratingValue"] == 1
    assert content["itemReviewed"]["author"] == {
        "@type": "Person", "name": "Sergey Lavrov", "jobTitle": "Foreign Minister",
        "affiliation": {"@type": "Organization", "name": "Russian Foreign Ministry"},
    }  # fmt: skip


def test_claimreview_publishes_finished_reviews_only_unless_asked(store: Store) -> None:
    leavitt = _by_speaker(store)["Caroline Leavitt"]
    store.save_review(leavitt.id, expected_version=0, reviewer="ann", workflow="in progress",
                      rating="not a factual claim")  # fmt: skip
    assert export.claimreview(store.statements(limit=None), ORG) == []
    [content] = export.claimreview(store.statements(limit=None), ORG, finished_only=False)
    assert content["reviewRating"] == {"@type": "Rating", "alternateName": "Not a factual claim"}  # no point on 1–5
    assert content["claimReviewed"] == "“We hope so,”"
    assert content["itemReviewed"]["author"]["name"] == "Caroline Leavitt"
    assert content["itemReviewed"]["appearance"][0]["url"] == "https://news.example.org/a1"


def test_claimreview_of_an_unnamed_speaker_and_an_article_without_url(store_url: str) -> None:
    with Store(store_url) as store:
        store.ingest([Article("a2", "Kremlin sources said the talks were over.", publisher="Northwind Post")])
        [s] = store.statements()
        store.save_review(s.id, expected_version=0, reviewer="ann", workflow="done", verdict="single source",
                          rating="unverifiable")  # fmt: skip
        attribution, content = export.claimreview(store.statements(), ORG)
    assert attribution["itemReviewed"]["author"] == {"@type": "Organization", "name": "Northwind Post"}
    assert "appearance" not in attribution["itemReviewed"] and "datePublished" not in attribution["itemReviewed"]
    assert content["itemReviewed"]["author"] == {
        "@type": "Person",
        "description": "unnamed source",
        "affiliation": {"@type": "Organization", "name": "Kremlin"},
    }
    assert attribution["reviewRating"]["alternateName"] == "Unverified – single source"


def test_long_statements_are_cut_for_claim_reviewed() -> None:
    words = "word " * 200
    excerpt = export._excerpt(f"“{words}”")
    assert len(excerpt) <= export.CLAIM_EXCERPT + 4 and excerpt.endswith("…”") and excerpt.startswith("“word")


@pytest.mark.parametrize(
    ("env", "args", "message"),
    [
        ({}, (None, None), "--org-name and --org-url"),
        ({"ATTRIBUTION_ORG_NAME": "X"}, (None, None), "--org-name and --org-url"),
        ({}, ("X", None), "--org-name and --org-url"),
    ],
)
def test_the_organisation_is_required(monkeypatch, env: dict, args: tuple, message: str) -> None:
    for key in ("ATTRIBUTION_ORG_NAME", "ATTRIBUTION_ORG_URL", "ATTRIBUTION_REVIEW_URL"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(ExportError, match=message):
        Organisation.from_env(*args)


def test_the_organisation_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("ATTRIBUTION_ORG_NAME", "Env Checks")
    monkeypatch.setenv("ATTRIBUTION_ORG_URL", "https://env.example/")
    monkeypatch.setenv("ATTRIBUTION_REVIEW_URL", "{base}/check/{id}")
    org = Organisation.from_env()
    assert (org.name, org.url, org.review_url) == ("Env Checks", "https://env.example", "{base}/check/{id}")
    assert Organisation.from_env("Given", "https://given.example").name == "Given"


def test_a_bad_review_url_template_is_a_named_error(store: Store) -> None:
    s = store.statements()[0]
    store.save_review(s.id, expected_version=0, reviewer="ann", workflow="done", verdict="confirmed")
    with pytest.raises(ExportError, match="may use only"):
        export.claimreview(store.statements(), Organisation("X", "https://x.example", "{base}/{slug}"))


FORMULAS = ['=HYPERLINK("https://evil.example","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1+1",
            "\r=1+1"]  # fmt: skip


@pytest.mark.parametrize("formula", FORMULAS)
def test_csv_cells_never_start_a_formula(store_url: str, formula: str) -> None:
    """`export --format csv`, `extract --format csv` and the dashboard's Export write through write_csv."""
    with Store(store_url) as store:
        store.ingest([Article(formula, TEXT, title=formula, publisher=formula, url="https://news.example.org/a1")])
        s = next(s for s in store.statements(limit=None) if s.speaker == "Caroline Leavitt")
        store.save_review(s.id, expected_version=0, reviewer=formula, note=formula, evidence_urls=[])
        out = io.StringIO()
        export.write_csv(map(export.stored_record, store.statements(limit=None)), out, fields=export.STORED_FIELDS)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    row = next(r for r in rows if r["speaker"] == "Caroline Leavitt")
    for field in ("article", "title", "publisher", "note", "reviewer"):
        assert row[field].startswith("'") and row[field][1:].strip() == formula.strip(), field  # notes are stripped
    assert row["start"].isdigit() and row["url"] == "https://news.example.org/a1"  # other cells unchanged


BAD_URLS = ["javascript:alert(document.cookie)", " JavaScript:alert(1)", "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "//evil.example/x", "/a1"]  # fmt: skip


@pytest.mark.parametrize(("url", "published"), [(u, None) for u in BAD_URLS] + [("https://news.example.org/a1", True)])
def test_claimreview_links_only_web_articles_and_is_safe_to_embed(store_url: str, url: str, published) -> None:
    title = '</script><script>alert("pwned")</script> & <!--'
    with Store(store_url) as store:
        store.ingest([Article("a1", TEXT, title=title, publisher="Harbour <b>Gazette</b>", url=url)])
        s = _by_speaker(store)["Caroline Leavitt"]
        store.save_review(s.id, expected_version=0, reviewer="ann", workflow="done", rating="true")
        out = io.StringIO()
        export.write_claimreview(export.claimreview(store.statements(limit=None), ORG), out)
    text = out.getvalue()
    assert not {"<", ">", "&"} & set(text)  # safe inside <script type="application/ld+json">
    [review] = json.loads(text)
    appearance = review["itemReviewed"].get("appearance")
    if published:
        assert appearance == [{"@type": "NewsArticle", "url": url, "headline": title,
                               "publisher": {"@type": "Organization", "name": "Harbour <b>Gazette</b>"}}]  # fmt: skip
    else:
        assert appearance is None and "script:" not in text.lower() and "data:" not in text


@pytest.mark.parametrize(
    ("org_url", "review_url", "said"),
    [
        ("javascript:alert(1)", None, "the organisation's web address must be an http(s):// address"),
        ("checks.example.org", None, "must be an http(s):// address"),
        ("https://checks.example.org", "javascript:alert({id})", "'javascript:alert({id})' gives 'javascript:alert("),
    ],
)
def test_claimreview_urls_of_the_reviewer_are_web_addresses(store: Store, org_url, review_url, said: str) -> None:
    s = _by_speaker(store)["Caroline Leavitt"]
    store.save_review(s.id, expected_version=0, reviewer="ann", workflow="done", rating="true")
    with pytest.raises(ExportError, match=re.escape(said)):
        export.claimreview(store.statements(limit=None), Organisation.from_env("Checks", org_url, review_url))


# (statement's sentence, speech) — the flag in CSV and JSONL, the store's filter, and ClaimReview of speech acts only
BELIEF_TEXT = "Anna Berg said the ferry would run. Anna Berg thinks the bridge will hold. Polls show Berg is ahead."
SPEECH_FLAGS = {"the ferry would run": True, "the bridge will hold": False, "Berg is ahead": False}


def test_speech_is_exported_filtered_and_only_speech_acts_get_a_claimreview(store_url: str) -> None:
    with Store(store_url) as store:
        store.ingest([Article("b1", BELIEF_TEXT, url="https://news.example.org/b1")])
        stmts = store.statements(StatementFilter(article_ids=(store.statements()[0].article_id,)), limit=None)
        assert {s.text: s.speech for s in stmts} == SPEECH_FLAGS
        for speech in (True, False):
            kept = {s.text for s in store.statements(StatementFilter(speech=speech), limit=None)}
            assert kept == {t for t, flag in SPEECH_FLAGS.items() if flag is speech}
        out = io.StringIO()
        export.write_csv(map(export.stored_record, stmts), out, fields=export.STORED_FIELDS)
        assert {r["text"]: r["speech"] for r in csv.DictReader(io.StringIO(out.getvalue()))} == {
            t: str(flag) for t, flag in SPEECH_FLAGS.items()
        }
        out = io.StringIO()
        export.write_jsonl(map(export.stored_record, stmts), out)
        assert {json.loads(line)["text"]: json.loads(line)["speech"] for line in out.getvalue().splitlines()} == (
            SPEECH_FLAGS
        )
        for s in stmts:
            store.save_review(s.id, expected_version=0, reviewer="ann", workflow="done", verdict="confirmed")
        reviews = export.claimreview(store.statements(limit=None), ORG)
    assert [r["claimReviewed"] for r in reviews] == ["Anna Berg said: “the ferry would run”"]
