"""Team mode end to end: a real OpenID Connect provider (oidc-provider-mock) on a loopback port, the dashboard
signing people in through it with st.login, and Chromium clicking through as a viewer, a reviewer and an editor."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from oidc_provider_mock import User
from oidc_provider_mock import app as provider_app
from playwright.sync_api import Page, expect
from werkzeug.serving import make_server

from attribution.store import StatementFilter, Store
from conftest import TEAM_ROLES

from .conftest import free_port, pick_option, serve

pytestmark = pytest.mark.e2e

PEOPLE = {
    "vera": {"name": "Vera Viewer", "email": "vera@desk.example.org", "email_verified": True},
    "rita": {"name": "Rita Reviewer", "email": "rita@desk.example.org", "email_verified": True},
    "ed": {"name": "Ed Editor", "email": "ed@desk.example.org", "email_verified": True, "groups": ["fc-editors"]},
}


@pytest.fixture(scope="module")
def provider() -> Iterator[str]:
    """The identity provider, with the three people as one-click users."""
    users = [User(sub=sub, claims=claims) for sub, claims in PEOPLE.items()]
    server = make_server("127.0.0.1", free_port(), provider_app(user_claims=users), threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(5)


@pytest.fixture(scope="module")
def team(provider: str, e2e_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The dashboard in team mode: [auth] in .streamlit/secrets.toml of its own folder, and a roles file."""
    home = tmp_path_factory.mktemp("team")
    port = free_port()
    (home / ".streamlit").mkdir()
    (home / ".streamlit" / "secrets.toml").write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(16)}"\n'
        'client_id = "quote-dashboard"\n'
        'client_secret = "not-a-secret-in-tests"\n'
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n'
    )
    roles = home / ".streamlit" / "roles.toml"
    roles.write_text(TEAM_ROLES)
    with serve({"DATABASE_URL": e2e_url}, home, home / "streamlit.log", port=port) as url:
        yield url, roles


def sign_in(page: Page, url: str, who: str, path: str = "") -> None:
    """Through the provider's page; Streamlit comes back to its home page, and the session then opens `path`."""
    page.goto(url)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("button", name=who, exact=True).click()  # the provider's one-click user
    page.get_by_text(f"Signed in as {PEOPLE[who]['name']}").wait_for()
    if path:
        page.goto(f"{url}/{path}")
        page.get_by_text(f"Signed in as {PEOPLE[who]['name']}").wait_for()


def heading(page: Page, name: str):
    return page.get_by_role("heading", name=name, level=1)


def test_nothing_is_shown_before_sign_in(team, page: Page) -> None:
    url, _ = team
    page.goto(f"{url}/review")
    page.get_by_role("button", name="Sign in").wait_for()
    assert page.get_by_test_id("stDataFrame").count() == 0
    assert page.get_by_role("button", name="Save review").count() == 0


def test_a_viewer_reads_but_sees_no_write_controls(team, page: Page, artifacts) -> None:
    url, _ = team
    sign_in(page, url, "vera", "review")
    heading(page, "Review").wait_for()
    page.get_by_text("you can read reviews; recording them needs the reviewer role").wait_for()
    page.get_by_test_id("stSidebar").get_by_text("viewer").wait_for()
    page.get_by_test_id("stDataFrame").first.wait_for()
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(artifacts / "team-viewer-review.png"))
    assert page.get_by_role("button", name="Save review").count() == 0
    assert page.get_by_text("Bulk: set the workflow").count() == 0
    assert page.get_by_label("Your name, recorded with every change you make").count() == 0
    page.goto(f"{url}/groups")
    page.get_by_text("Open pairs").wait_for()
    assert page.get_by_role("button", name="Same statement").count() == 0
    page.goto(f"{url}/add")
    page.get_by_text("Adding articles needs the editor role").wait_for()
    page.goto(f"{url}/export")
    page.get_by_role("button", name="Download CSV").wait_for()
    assert page.get_by_role("button", name="Download ClaimReview JSON-LD").count() == 0


def test_a_reviewer_records_a_verdict_under_the_signed_in_name(team, e2e_url: str, page: Page, artifacts) -> None:
    url, _ = team
    with Store(e2e_url) as store:
        sid = store.statements(StatementFilter(speakers=("Caroline Leavitt",)), limit=1)[0].id
        assert store.review(sid).version == 0
    sign_in(page, url, "rita", f"review?open={sid}")
    heading(page, "Review").wait_for()
    assert page.get_by_text("Bulk: set the workflow").count() == 0  # an editor's
    page.locator(f".st-key-rv_verdict_{sid}").get_by_role("combobox").click()
    page.get_by_role("option", name="confirmed").click()
    page.get_by_role("button", name="Save review").click()
    page.get_by_text("Saved: verdict").wait_for()
    history = page.get_by_test_id("stDataFrame").last
    expect(history).to_contain_text("Rita Reviewer <rita@desk.example.org>")
    page.screenshot(path=str(artifacts / "team-reviewer-saved.png"))
    with Store(e2e_url) as store:
        assert store.review(sid).reviewer == "Rita Reviewer <rita@desk.example.org>"
        assert [h.reviewer for h in store.review_history(sid)] == ["Rita Reviewer <rita@desk.example.org>"]


def test_a_forged_save_after_the_role_is_taken_away_records_nothing(team, e2e_url: str, page: Page) -> None:
    """The browser sends a rerun with the form's values set and the Save trigger, as a forged request would, for a
    person who is a viewer now (the roles file changed while the form was open): the server records nothing."""
    url, roles = team
    with Store(e2e_url) as store:
        sid = store.statements(StatementFilter(speakers=("John Kelley",)), limit=1)[0].id
        before = store.review(sid), store.review_history(sid)
    sign_in(page, url, "rita", f"review?open={sid}")
    page.locator(f".st-key-rv_verdict_{sid}").get_by_role("combobox").click()
    page.get_by_role("option", name="fabricated").click()
    roles.write_text(TEAM_ROLES.replace('"rita@desk.example.org"', '"nobody@desk.example.org"'))
    try:
        page.get_by_role("button", name="Save review").click()
        page.get_by_text(
            "Not saved: recording reviews and decisions needs the reviewer role; you are a viewer"
        ).wait_for()
        expect(page.get_by_role("button", name="Save review")).to_have_count(0)
    finally:
        roles.write_text(TEAM_ROLES)
    with Store(e2e_url) as store:
        assert (store.review(sid), store.review_history(sid)) == before


def test_an_editor_bulk_sets_a_workflow(team, e2e_url: str, page: Page, artifacts) -> None:
    url, _ = team
    with Store(e2e_url) as store:
        kelley = [s.id for s in store.statements(StatementFilter(speakers=("John Kelley",)), limit=None)]
    sign_in(page, url, "ed", "review?speaker=John+Kelley")
    heading(page, "Review").wait_for()
    page.get_by_text("Bulk: set the workflow").click()
    pick_option(page, page.locator(".st-key-rv_bulk_workflow"), "needs second review")
    page.get_by_text(f"Yes, change {len(kelley)} statements").click()
    page.get_by_role("button", name="Apply to the queue").click()
    page.get_by_text("to “needs second review”").wait_for()
    page.screenshot(path=str(artifacts / "team-editor-bulk.png"))
    with Store(e2e_url) as store:
        assert all(store.review(i).workflow.value == "needs_second_review" for i in kelley)
        assert {store.review_history(i)[-1].reviewer for i in kelley} == {"Ed Editor <ed@desk.example.org>"}


def test_signing_out_removes_write_access_in_every_tab_at_once(team, e2e_url: str, page: Page, artifacts) -> None:
    url, _ = team
    with Store(e2e_url) as store:
        sid = store.statements(StatementFilter(speakers=("John Kelley",)), limit=1)[0].id
        before = store.review(sid)  # the module's tests share the store: compare with what it holds now
    sign_in(page, url, "rita", f"review?open={sid}")
    other = page.context.new_page()  # a second tab: a session of its own, signed in by the same cookie
    other.goto(f"{url}/review?open={sid}")
    other.get_by_role("button", name="Save review").wait_for()
    other.locator(f".st-key-rv_verdict_{sid}").get_by_role("combobox").click()
    other.get_by_role("option", name="altered").click()

    page.get_by_role("button", name="Sign out").click()
    end = page.get_by_role("button", name="End session")  # the provider asks before it ends its own session
    end.or_(page.get_by_role("button", name="Sign in")).first.wait_for()
    if end.count():
        end.click()
    page.get_by_role("button", name="Sign in").wait_for()
    assert page.get_by_role("button", name="Save review").count() == 0

    other.get_by_role("button", name="Save review").click()  # the other tab still shows the form
    other.get_by_text("You signed out in another tab").wait_for()  # the page asks to sign in again, and saved nothing
    other.get_by_role("button", name="Sign in").wait_for()
    other.screenshot(path=str(artifacts / "team-signed-out-other-tab.png"))
    with Store(e2e_url) as store:
        assert store.review(sid) == before
