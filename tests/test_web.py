"""attribution.web against a local news site (tests/websrv.py on a free loopback port): pages and feeds read
exactly, every way a fetch fails named, the address guard, and ingest into the store that repeats nothing."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from attribution import cli
from attribution.store import Store
from attribution.store import web as stored
from attribution.store.schema import articles
from attribution.web import (
    Failure,
    Fetcher,
    FetchError,
    Outcome,
    check,
    discover,
    guard,
    ingest_urls,
    parse_feed,
    poll,
    read_page,
)
from attribution.web.guard import ALLOW_PRIVATE
from attribution.web.http import USER_AGENT, _retry_after
from attribution.web.urls import article_key, normalize

sys.path.insert(0, str(Path(__file__).resolve().parent))
import websrv

CLINICS = "/news/2026/11/clinics.html"
BRIDGE = "/news/2026/11/bridge.html"
FERRY = "/harbour-times/ferry.html"
CLINICS_TEXT = (
    "Council approves three new clinics\n"
    "The city council approved the plan for three new clinics on Tuesday after a long debate.\n"
    '"We are ready to open the first clinic in March," Mayor Tom Rivers said after the vote.\n'
    "Health director Anna Keller said the clinics would serve about 40,000 residents in the eastern districts."
)
BRIDGE_TEXT = (
    "Harbour Bridge to close for repairs\n"
    "The old Harbour Bridge will close for repairs from next Monday, engineers confirmed.\n"
    '"The steel is older than anyone working on it," chief engineer Paul Mendes told the Riverside Gazette.\n'
    "Transport minister Clara Obi said the repairs would take six weeks."
)
FERRY_TEXT = (
    "Night ferry returns after two years\n"
    "The night ferry between the two harbours will run again from January, the operator announced.\n"
    '"Passengers asked for it every single week," operations manager Rita Baines said on Monday.\n'
    "The service was stopped two years ago when the older of the two boats failed its safety inspection.\n"
    "Tickets for the first crossings go on sale in the harbour offices and online from Thursday."
)
RU_TEXT = (
    "Городской совет одобрил строительство трёх поликлиник\n"
    "Городской совет во вторник одобрил план строительства трёх новых поликлиник после долгих обсуждений.\n"
    "«Мы готовы открыть первую поликлинику в марте», — сказал мэр Олег Смирнов после голосования."
)


@pytest.fixture
def site() -> Iterator[websrv.Site]:
    server = websrv.Site(slow=3.0).start()
    yield server
    server.stop()


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(allow_private=True, timeout=1.0, sleep=Sleeps()) as f:
        yield f


# -- pages ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, canonical, title, publisher, published, language, text",
    [
        (CLINICS, CLINICS, "Council approves three new clinics", "Riverside Gazette", date(2026, 11, 24), "en",
         CLINICS_TEXT),
        (CLINICS + "?utm_source=rss&utm_medium=feed", CLINICS, "Council approves three new clinics",
         "Riverside Gazette", date(2026, 11, 24), "en", CLINICS_TEXT),
        (BRIDGE, BRIDGE, "Harbour Bridge to close for repairs", "Riverside Gazette", date(2026, 11, 26), "en",
         BRIDGE_TEXT),
        ("/amp/bridge.html", None, "Harbour Bridge to close for repairs", "Riverside Gazette", date(2026, 11, 26),
         "en", BRIDGE_TEXT),
        ("/moved", BRIDGE, "Harbour Bridge to close for repairs", "Riverside Gazette", date(2026, 11, 26), "en",
         BRIDGE_TEXT),
        (FERRY, None, "Night ferry returns after two years", "Harbour Times", date(2026, 12, 1), "en", FERRY_TEXT),
        ("/ru/council.html", None, "Городской совет одобрил строительство трёх поликлиник", "Речной вестник",
         date(2026, 11, 25), "ru", RU_TEXT),
    ],
)  # fmt: skip
def test_a_page_becomes_its_article(site, fetcher, path, canonical, title, publisher, published, language, text):
    page = read_page(fetcher.get(site.url(path)))
    a = page.article
    assert a.text == text  # no navigation, ads, byline, related links or comments
    assert (a.title, a.publisher, a.published, a.language) == (title, publisher, published, language)
    assert page.canonical_url == (site.url(canonical) if canonical else None)
    expected_url = site.url(canonical or path.split("?")[0] if path != "/moved" else BRIDGE)
    assert (a.id, a.url) == (expected_url, expected_url)
    assert page.fetched_url == site.url(path)


@pytest.mark.parametrize(
    "path, kind, reason",
    [
        ("/missing", Failure.STATUS, "HTTP 404 Not Found"),
        ("/down.html", Failure.STATUS, "HTTP 503 Service Unavailable; the server asks to retry after 3600 s"),
        ("/slow.html", Failure.TIMEOUT, "no answer within 1 s"),
        ("/huge.html", Failure.TOO_LARGE, "larger than 5 MB (declares 52,428,800 bytes); not read"),
        ("/huge-chunked.html", Failure.TOO_LARGE, "larger than 5 MB (sent more); not read"),
        ("/loop-a", Failure.REDIRECTS, "more than 5 redirects (last to {base}/loop-a)"),
        ("/report.pdf", Failure.NOT_HTML, "the address serves application/pdf, not a web page"),
        ("/empty.html", Failure.NO_TEXT, "the page is empty (0 bytes)"),
        ("/blank.html", Failure.NO_TEXT, "only 1 word on the page; not an article"),
        ("/private/leak.html", Failure.ROBOTS, "{base}/robots.txt disallows this address"),
    ],
)
def test_each_failure_is_named(site, fetcher, path, kind, reason):
    with pytest.raises(FetchError) as caught:
        read_page(fetcher.get(site.url(path)))
    assert (caught.value.url, caught.value.kind, caught.value.reason) == (site.url(path), kind, reason.format(
        base=site.base))  # fmt: skip


@pytest.mark.parametrize("path, status, waits", [("/flaky.html", 500, [0.5]), ("/busy.html", 429, [1.0])])
def test_a_server_error_or_429_is_retried_after_backoff_or_retry_after(site, fetcher, path, status, waits):
    page = read_page(fetcher.get(site.url(path)))
    assert page.article.text == FERRY_TEXT
    assert site.hits[path] == 2
    assert fetcher._sleep == waits


def test_one_robots_txt_per_site_a_descriptive_user_agent_and_conditional_get(site, fetcher):
    first = fetcher.get(site.url(CLINICS))
    for path in (BRIDGE, CLINICS):
        fetcher.get(site.url(path))
    again = fetcher.get(site.url(CLINICS), etag=first.etag)
    assert first.etag and (first.status, again.status, again.not_modified, again.content) == (200, 304, True, b"")
    assert len(site.requests("/robots.txt")) == 1
    assert {h["User-Agent"] for _, h in site.log} == {USER_AGENT}
    assert site.requests(CLINICS)[-1]["If-None-Match"] == first.etag


@pytest.mark.parametrize(
    "value, seconds", [("3", 3.0), (" 120 ", 120.0), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0), ("soon", None), ("", None)]
)
def test_retry_after_in_seconds_or_as_a_date(value, seconds):
    assert _retry_after(value) == seconds


# -- the address guard ----------------------------------------------------------------------------------

PUBLIC = "93.184.216.34"
HOSTS = {"news.example": [PUBLIC], "intranet.example": ["10.1.2.3"], "metadata.example": ["169.254.169.254"],
         "mixed.example": [PUBLIC, "192.168.0.7"], "cgnat.example": ["100.64.0.9"],
         "mapped.example": ["::ffff:10.0.0.1"], "six.example": ["fd00:ec2::254"],
         "v6.example": ["2606:2800:220:1::"]}  # fmt: skip


def fake_resolver(host: str, port: int) -> list[str]:
    if host in HOSTS:
        return HOSTS[host]
    if host.replace(".", "").isdigit() or ":" in host:
        return [host]
    raise OSError("Name or service not known")


@pytest.mark.parametrize(
    "url, kind",
    [
        ("http://news.example/a", None),
        ("https://v6.example/a", None),
        ("http://127.0.0.1:8501/", Failure.REFUSED),
        ("http://[::1]/", Failure.REFUSED),
        ("http://intranet.example/wiki", Failure.REFUSED),
        ("http://metadata.example/latest/meta-data/", Failure.REFUSED),
        ("http://169.254.169.254/latest/meta-data/", Failure.REFUSED),
        ("http://mixed.example/", Failure.REFUSED),
        ("http://cgnat.example/", Failure.REFUSED),
        ("http://mapped.example/", Failure.REFUSED),
        ("http://six.example/", Failure.REFUSED),
        ("http://0.0.0.0/", Failure.REFUSED),
        ("ftp://news.example/a", Failure.INVALID),
        ("file:///etc/passwd", Failure.INVALID),
        ("javascript:alert(1)", Failure.INVALID),
        ("http:///nohost", Failure.INVALID),
        ("http://news.example:99999/", Failure.INVALID),
        ("http://nowhere.example/", Failure.NETWORK),
    ],
)
def test_the_address_guard_by_resolution(monkeypatch, url, kind):
    monkeypatch.delenv(ALLOW_PRIVATE, raising=False)
    if kind is None:
        check(url, resolver=fake_resolver)
        return
    with pytest.raises(FetchError) as caught:
        check(url, resolver=fake_resolver)
    assert caught.value.kind is kind
    if kind is Failure.REFUSED:
        assert ALLOW_PRIVATE in caught.value.reason


def test_the_setting_allows_private_hosts_without_resolving(monkeypatch):
    def no_resolving(host, port):
        raise AssertionError("resolved")

    monkeypatch.setenv(ALLOW_PRIVATE, "1")
    check("http://127.0.0.1:8501/", resolver=no_resolving)
    with pytest.raises(FetchError, match="only http"):  # the scheme is still checked
        check("file:///etc/passwd", resolver=no_resolving)


def test_loopback_is_refused_by_default_and_nothing_is_sent(site, monkeypatch):
    monkeypatch.delenv(ALLOW_PRIVATE, raising=False)
    with Fetcher() as f, pytest.raises(FetchError) as caught:
        f.get(site.url(CLINICS))
    assert caught.value.kind is Failure.REFUSED and "127.0.0.1" in caught.value.reason
    assert site.log == []


def test_a_redirect_into_a_private_network_is_refused_before_it_is_followed(monkeypatch):
    monkeypatch.delenv(ALLOW_PRIVATE, raising=False)
    asked = []

    def answer(request: httpx.Request) -> httpx.Response:  # no traffic: the client's transport is this function
        asked.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})

    transport = httpx.MockTransport(answer)
    with Fetcher(resolver=fake_resolver, robots=False, transport=transport) as f, pytest.raises(FetchError) as caught:
        f.get("http://news.example/story")
    assert caught.value.kind is Failure.REFUSED and "169.254.169.254" in caught.value.reason
    assert asked == ["http://news.example/story"]


def test_the_connection_goes_only_to_the_address_the_guard_saw(site, monkeypatch):
    """DNS rebinding: a name public when checked and loopback when connected to is refused, nothing sent."""
    monkeypatch.delenv(ALLOW_PRIVATE, raising=False)
    answers = iter([[PUBLIC]])

    def rebinding(host: str, port: int) -> list[str]:
        return next(answers, ["127.0.0.1"])

    port = site.server_address[1]
    with Fetcher(resolver=rebinding, robots=False) as f, pytest.raises(FetchError) as caught:
        f.get(f"http://rebind.example:{port}{CLINICS}")
    assert caught.value.kind is Failure.REFUSED and caught.value.url == f"http://rebind.example:{port}{CLINICS}"
    assert "rebind.example resolves to 127.0.0.1" in caught.value.reason
    assert site.log == []


def test_the_connection_uses_the_guards_resolution(site, monkeypatch):
    """A name only the guard's resolver knows is reached: the connection does not resolve it again."""
    monkeypatch.delenv(ALLOW_PRIVATE, raising=False)
    monkeypatch.setattr(guard, "refused", lambda host, address: None)  # loopback taken for public, here only
    port = site.server_address[1]
    with Fetcher(resolver=lambda host, port: ["127.0.0.1"], robots=False) as f:
        response = f.get(f"http://gazette.invalid:{port}{CLINICS}")
    assert response.status == 200 and site.requests(CLINICS)[0]["Host"] == f"gazette.invalid:{port}"


# -- addresses ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, expected",
    [
        ("HTTPS://News.Example.org:443/a/b?id=7&utm_source=x&UTM_Medium=y#top", "https://news.example.org/a/b?id=7"),
        ("http://news.example.org:80", "http://news.example.org/"),
        ("http://news.example.org:8080/a?fbclid=1&gclid=2&page=2", "http://news.example.org:8080/a?page=2"),
        ("https://news.example.org/a?ref=home", "https://news.example.org/a?ref=home"),  # not only tracking
        ("https://news.example.org/a?at_custom1=x&share=y", "https://news.example.org/a"),
    ],
)
def test_addresses_are_normalized_without_tracking_parameters(url, expected):
    assert normalize(url) == expected


def test_a_long_address_is_shortened_to_a_key_with_a_hash():
    long = "https://news.example.org/" + "a" * 400
    key = article_key(long)
    assert len(key) == 300 and key.startswith("https://news.example.org/aaa") and key != article_key(long + "b")


# -- feeds ----------------------------------------------------------------------------------------------


def test_rss_and_atom_feeds(site, fetcher):
    rss = parse_feed(fetcher.get(site.url("/feed.rss")).content, site.url("/feed.rss"))
    atom = parse_feed(fetcher.get(site.url("/transport.atom")).content, site.url("/transport.atom"))
    assert (rss.title, rss.site) == ("Riverside Gazette: all news", site.url("/"))
    assert [(e.url, e.title, e.published) for e in rss.entries] == [
        (site.url(CLINICS + "?utm_source=rss&utm_medium=feed"), "Council approves three new clinics",
         date(2026, 11, 24)),
        (site.url(BRIDGE), "Harbour Bridge to close for repairs", date(2026, 11, 26)),
    ]  # fmt: skip
    assert (atom.title, [(e.url, e.published) for e in atom.entries]) == (
        "Riverside Gazette: transport",
        [(site.url(FERRY), date(2026, 12, 1)), (site.url("/amp/bridge.html"), date(2026, 11, 26))],
    )
    with pytest.raises(FetchError) as caught:
        parse_feed(websrv.page("clinics.html"), site.url(CLINICS))
    assert caught.value.kind is Failure.NOT_FEED


@pytest.mark.parametrize("path", ["/", "/feed.rss", CLINICS])
def test_feeds_are_discovered_from_a_page_or_are_the_address_itself(site, fetcher, path):
    expected = {"/": ["/feed.rss", "/transport.atom"], "/feed.rss": ["/feed.rss"], CLINICS: ["/feed.rss"]}[path]
    assert discover(fetcher, site.url(path)) == [site.url(p) for p in expected]


# -- into the store -------------------------------------------------------------------------------------


def _outcomes(results):
    return [(r.url, r.outcome, r.failure, r.statements) for r in results]


def test_urls_are_stored_once_each_and_failures_named(site, fetcher, store_url):
    urls = [site.url(p) for p in (CLINICS, CLINICS + "?utm_source=social&fbclid=abc", BRIDGE, "/de/rat.html",
                                  "/missing", "/report.pdf", "/ru/council.html")]  # fmt: skip
    with Store(store_url) as store:
        first = ingest_urls(store, urls, fetcher=fetcher)
        assert _outcomes(first) == [
            (urls[0], Outcome.NEW, None, 2),
            (urls[1], Outcome.UNCHANGED, None, 0),  # a tracking-parameter variant: the same canonical URL
            (urls[2], Outcome.NEW, None, 3),
            (urls[3], Outcome.NEW, None, 0),
            (urls[4], Outcome.FAILED, Failure.STATUS, 0),
            (urls[5], Outcome.FAILED, Failure.NOT_HTML, 0),
            (urls[6], Outcome.NEW, None, 1),  # Russian: read by its own engine
        ]
        assert (
            first[0].message == "new: Council approves three new clinics (Riverside Gazette, 2026-11-24); 2 statements"
        )
        assert first[1].message == f"unchanged: the same article as {urls[0]}"
        assert first[3].message == (
            "new: Stadtrat genehmigt drei neue Kliniken (Flussbote, 2026-11-25); 0 statements; "
            "the page is in language 'de', which no engine reads yet"
        )
        assert first[3].not_read and not first[0].not_read and not first[6].not_read
        assert first[4].message == "HTTP error: HTTP 404 Not Found"
        assert store.count_articles() == 4
        said = {(s.speaker, s.publisher, s.published) for s in store.statements()}
        assert ("Tom Rivers", "Riverside Gazette", date(2026, 11, 24)) in said
        assert ("Clara Obi", "Riverside Gazette", date(2026, 11, 26)) in said
        with store.engine.connect() as conn:
            rows = {r.key: r for r in conn.execute(select(articles))}
        clinics = rows[site.url(CLINICS)]
        assert (clinics.fetched_url, clinics.final_url, clinics.canonical_url, clinics.url, clinics.language) == (
            urls[0], urls[0], site.url(CLINICS), site.url(CLINICS), "en")  # fmt: skip
        assert clinics.etag and clinics.fetched_at is not None
        assert rows[site.url("/de/rat.html")].language == "de" and rows[site.url("/ru/council.html")].language == "ru"

        fetched = len(site.log)
        more = [site.url(CLINICS + "?utm_campaign=x"), site.url("/amp/bridge.html")]
        again = ingest_urls(store, urls + more, fetcher=fetcher)
        assert [r.outcome for r in again] == [Outcome.UNCHANGED] * 4 + [Outcome.FAILED] * 2 + [Outcome.UNCHANGED] * 3
        assert again[0].message == "unchanged (HTTP 304)"
        assert again[8].message == f"unchanged: the same article as {site.url(BRIDGE)}"  # no canonical, same text
        assert store.count_articles() == 4
        assert store.article_by_key(site.url(BRIDGE)).url == site.url(BRIDGE)  # not the copy's address
        assert site.requests(CLINICS)[-1]["If-None-Match"] == clinics.etag
        assert len(site.log) - fetched == 9  # each address once


def test_with_workers_pages_are_read_in_processes_and_failures_still_named(site, fetcher, sqlite_url):
    urls = [site.url(p) for p in (CLINICS, "/blank.html", BRIDGE, "/report.pdf")]
    with Store(sqlite_url) as store:
        results = ingest_urls(store, urls, fetcher=fetcher, workers=2)
    assert _outcomes(results) == [
        (urls[0], Outcome.NEW, None, 2), (urls[1], Outcome.FAILED, Failure.NO_TEXT, 0),
        (urls[2], Outcome.NEW, None, 3), (urls[3], Outcome.FAILED, Failure.NOT_HTML, 0),
    ]  # fmt: skip
    assert results[1].message == "no article text: only 1 word on the page; not an article"


def test_a_changed_page_is_updated_and_its_reviews_kept(site, fetcher, store_url):
    body = websrv.page("ferry.html")
    site.extra["/changing.html"] = (body, "text/html")
    with Store(store_url) as store:
        [first] = ingest_urls(store, [site.url("/changing.html")], fetcher=fetcher)
        [said] = [s for s in store.statements() if s.speaker == "Rita Baines"]
        store.save_review(said.id, expected_version=0, reviewer="ann", verdict="confirmed")
        changed = body.replace(b"</article>", b"<p>The operator said fares would not rise this year.</p></article>")
        site.extra["/changing.html"] = (changed, "text/html")
        [second] = ingest_urls(store, [site.url("/changing.html")], fetcher=fetcher)
        assert (first.outcome, second.outcome, first.key) == (Outcome.NEW, Outcome.UPDATED, second.key)
        assert store.count_articles() == 1
        assert store.review(said.id).verdict.value == "confirmed"
        assert store.article_by_key(second.key).text.endswith("fares would not rise this year.")


def test_feeds_polled_twice_add_nothing_twice(site, fetcher, sqlite_url):
    with Store(sqlite_url) as store:
        rss = stored.add_feed(store, site.url("/feed.rss"), added_by="ann")
        atom = stored.add_feed(store, site.url("/transport.atom"))
        with pytest.raises(stored.FeedExists, match="followed already"):
            stored.add_feed(store, site.url("/feed.rss"))
        stored.add_feed(store, site.url("/missing.rss"))
        first = poll(store, fetcher=fetcher)
        assert [(p.ok, p.feed.last_status, p.feed.article_count) for p in first] == [
            (True, "ok", 2), (True, "ok", 1), (False, "HTTP error", 0)]  # fmt: skip
        assert first[2].feed.last_error == "HTTP 404 Not Found"
        assert [r.outcome for r in first[1].results] == [Outcome.NEW, Outcome.UNCHANGED]  # the AMP copy of the bridge
        assert store.count_articles() == 3
        bridge = store.article_by_key(site.url(BRIDGE))
        assert (bridge.publisher, bridge.published) == ("Riverside Gazette", date(2026, 11, 26))

        pages = sum(site.hits[p] for p in (CLINICS, BRIDGE, FERRY))
        second = poll(store, [rss.id, atom.id], fetcher=fetcher)  # both feeds answer 304: no page is asked for
        assert [(p.feed.last_status, p.results) for p in second] == [("not modified", ()), ("not modified", ())]
        assert sum(site.hits[p] for p in (CLINICS, BRIDGE, FERRY)) == pages

        feed = websrv.page("transport.atom").replace(b"<entry>", b"<entry><title>Ferry (updated)</title>", 1)
        site.extra["/transport.atom"] = (feed, "application/atom+xml")
        [third] = poll(store, [atom.id], fetcher=fetcher)  # the feed changed; the ferry page did not: a 304
        assert third.results[0].message == "unchanged (HTTP 304)"
        assert site.requests(FERRY)[-1]["If-None-Match"] == websrv.ETAG
        assert store.count_articles() == 3 and stored.feed(store, atom.id).article_count == 1
        assert [f.title for f in stored.list_feeds(store)] == [
            "Riverside Gazette: all news", "Riverside Gazette: transport", None]  # fmt: skip
        stored.remove_feed(store, rss.id)
        assert [f.id for f in stored.list_feeds(store)] == [atom.id, rss.id + 2]
        assert store.count_articles() == 3


# -- command line ---------------------------------------------------------------------------------------


def test_cli_ingest_urls_beside_paths_names_each_failure(site, sqlite_url, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(ALLOW_PRIVATE, "1")
    (tmp_path / "local.txt").write_text('"It works," Mayor Tom Rivers said.\n', encoding="utf-8")
    args = ["ingest", site.url(CLINICS), site.url("/missing"), site.url("/report.pdf"), str(tmp_path / "local.txt")]
    assert cli.main([*args, "--db", sqlite_url]) == 1
    out, err = capsys.readouterr()
    assert f"failed {site.url('/missing')}: HTTP error: HTTP 404 Not Found" in err.splitlines()
    assert f"failed {site.url('/report.pdf')}: not HTML: the address serves application/pdf, not a web page" in (
        err.splitlines())  # fmt: skip
    assert "urls: 1 new, 0 updated, 0 unchanged, 2 failed; statements stored: 2" in out
    assert "articles: 1 new" in out
    assert cli.main(["ingest", site.url(CLINICS), "--db", sqlite_url]) == 0
    assert "urls: 0 new, 0 updated, 1 unchanged, 0 failed" in capsys.readouterr().out


def test_cli_feeds(site, sqlite_url, monkeypatch, capsys):
    monkeypatch.setenv(ALLOW_PRIVATE, "1")
    db = ["--db", sqlite_url]
    assert cli.main(["feeds", "add", site.url("/"), "--added-by", "ann", *db]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"following feed 1: {site.url('/feed.rss')}", f"following feed 2: {site.url('/transport.atom')}"]  # fmt: skip
    assert cli.main(["feeds", "add", site.url(FERRY), *db]) == 1
    assert "no RSS or Atom feed found there" in capsys.readouterr().err
    assert cli.main(["feeds", "poll", *db]) == 0
    out = capsys.readouterr().out
    assert f"{site.url('/feed.rss')}: 2 entries, 2 new articles, 0 failed" in out
    assert cli.main(["feeds", "poll", "1", *db]) == 0
    assert f"{site.url('/feed.rss')}: not modified since the last poll (HTTP 304)" in capsys.readouterr().out
    assert cli.main(["feeds", "list", *db]) == 0
    assert "Riverside" in capsys.readouterr().out
    assert cli.main(["feeds", "remove", "2", *db]) == 0
    assert capsys.readouterr().out.startswith(f"no longer following feed 2: {site.url('/transport.atom')}")
    assert cli.main(["feeds", "remove", "2", *db]) == 2
    assert "no feed with id 2" in capsys.readouterr().err
    for bad in (["--every", "soon"], ["--every", "0m"], ["--workers", "0"]):
        with pytest.raises(SystemExit):
            cli.main(["feeds", "poll", *bad, *db])
        assert "expected" in capsys.readouterr().err
