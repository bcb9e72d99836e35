"""Team mode under AppTest: sign-in first, what each role is shown, and the server-side check at every write.

AppTest fakes the signed-in person (`at.user`, Streamlit's documented way) and the [auth] secrets; the roles come
from a real roles file, rewritten during a session to show that a role taken away applies at the next click.
The provider's real sign-in flow is in tests/e2e/test_team.py.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from test_dashboard import APP, aid_statement, ok, table, template, url  # noqa: F401 - fixtures: the seeded store of every test

from attribution.store import Store
from attribution.store.aids import log_statements
from conftest import TEAM_ROLES

AUTH = {
    "redirect_uri": "http://127.0.0.1:8501/oauth2callback",
    "cookie_secret": "test-cookie-secret",
    "client_id": "dashboard",
    "client_secret": "dashboard-secret",
    "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
}
VERA = {"sub": "vera", "name": "Vera Viewer", "email": "vera@desk.example.org"}
RITA = {"sub": "rita", "name": "Rita Reviewer", "email": "rita@desk.example.org"}
ED = {"sub": "ed", "name": "Ed Editor", "email": "ed@desk.example.org", "groups": ["fc-editors"]}
STRANGER = {"sub": "x", "name": "Stranger", "email": "someone@elsewhere.example"}
LABEL = {"rita": "Rita Reviewer <rita@desk.example.org>", "ed": "Ed Editor <ed@desk.example.org>"}


@pytest.fixture
def roles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "roles.toml"
    path.write_text(TEAM_ROLES)
    monkeypatch.setenv("ATTRIBUTION_ROLES", str(path))
    return path


@pytest.fixture
def store(url: str, roles: Path):  # noqa: F811 - the url fixture of test_dashboard
    with Store(url) as s:
        yield s


def signed_in(user: dict | None, page: str | None = None, params: dict | None = None) -> AppTest:
    """A session of team mode ([auth] configured) as `user` (None: nobody signed in), opened on `page`."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["auth"] = AUTH
    as_user(at, user)
    at.query_params.update(params or {})
    at.run()
    if page is not None:  # a link to the page: its query params again (as test_dashboard.run)
        at.query_params.clear()
        at.query_params.update(params or {})
        at.switch_page(page).run()
    ok(at)
    return at


def as_user(at: AppTest, user: dict | None) -> None:
    at.user = {"is_logged_in": True, **user} if user else {"is_logged_in": False}


def keys(at: AppTest) -> set[str]:
    widgets = [*at.button, *at.get("download_button"), *at.text_input, *at.text_area, *at.selectbox]
    return {w.key for w in widgets if w.key}


def demote(roles: Path, email: str) -> None:
    """Take the role away in the roles file (as an editor would, no restart); the size changes, so it is seen."""
    roles.write_text(TEAM_ROLES.replace(f'"{email}"', '"nobody@desk.example.org"').replace('"fc-editors"', '"none"'))


def test_nothing_shows_before_sign_in(store: Store) -> None:
    at = signed_in(None)
    assert [b.key for b in at.button] == ["auth_login"]
    assert "sign in" in at.info[0].value and not at.dataframe and not at.metric


def test_a_person_the_roles_file_refuses_sees_why_and_nothing_else(store: Store) -> None:
    at = signed_in(STRANGER)
    assert "no role on this dashboard" in at.error[0].value
    assert not at.dataframe and "auth_logout" in keys(at)


def test_a_broken_roles_file_refuses_everyone_and_says_why(store: Store, roles: Path) -> None:
    roles.write_text("[editor\n")
    at = signed_in(ED)
    assert "roles file cannot be used" in at.error[0].value and not at.dataframe


# page, the write controls on it (a key or its start), the least role that sees them
CONTROLS = [
    ("views/review.py", "rv_save_", "reviewer"),
    ("views/review.py", "rv_use_", "reviewer"),
    ("views/review.py", "rv_bulk_apply", "editor"),
    ("views/groups.py", "grp_accept_", "reviewer"),
    ("views/speakers.py", "sp_accept_", "reviewer"),
    ("views/add.py", "add_paste_submit", "editor"),
    ("views/add.py", "add_upload_submit", "editor"),
    ("views/export.py", "ex_claimreview", "editor"),
    ("views/export.py", "ex_csv", "viewer"),
    ("views/review.py", "reviewer_input", None),  # nobody types a name in team mode
]


@pytest.mark.parametrize(("page", "control", "least"), CONTROLS)
@pytest.mark.parametrize("user", [VERA, RITA, ED], ids=["viewer", "reviewer", "editor"])
def test_each_role_sees_only_its_write_controls(store: Store, page: str, control: str, least: str | None,
                                                user: dict) -> None:  # fmt: skip
    params = {}
    if control == "rv_use_":  # a statement with an earlier verdict on a similar claim
        earlier, later = aid_statement(store, "claim-1"), aid_statement(store, "claim-2")
        store.save_review(earlier.id, expected_version=0, reviewer="Bo", rating="mostly_true")
        params = {"open": str(later.id)}
    at = signed_in(user, page, params)
    rank = ["viewer", "reviewer", "editor"]
    role = {"vera": "viewer", "rita": "reviewer", "ed": "editor"}[user["sub"]]
    shown = any(k.startswith(control) for k in keys(at))
    assert shown is (least is not None and rank.index(role) >= rank.index(least))
    assert f"Signed in as **{user['name']}** · {role}" in [c.value for c in at.sidebar.caption]


def review_form(at: AppTest) -> int:
    sid = at.selectbox(key="rv_pick").value
    at.selectbox(key=f"rv_verdict_{sid}").set_value("misattributed")
    at.text_area(key=f"rv_note_{sid}").input("checked the tape")
    return sid


def test_a_reviewer_records_a_review_under_the_signed_in_identity(store: Store) -> None:
    at = signed_in(RITA, "views/review.py")
    sid = review_form(at)
    at.button(key=f"rv_save_{sid}").click().run()
    ok(at)
    assert store.review(sid).reviewer == LABEL["rita"] and store.review(sid).verdict.value == "misattributed"
    assert set(table(at, "rv_history")["reviewer"]) == {LABEL["rita"]}


@pytest.mark.parametrize("how", ["demoted in the roles file", "signed out", "roles file broken"])
def test_a_click_after_losing_the_right_records_nothing(store: Store, roles: Path, how: str) -> None:
    """The widgets were drawn for a reviewer; the click (or a forged rerun with the same values) comes after the
    right is gone: the server checks at the write, so nothing is recorded."""
    at = signed_in(RITA, "views/review.py")
    sid = review_form(at)
    if how == "signed out":
        as_user(at, None)
    elif how == "roles file broken":
        roles.write_text("[reviewer\n")
    else:
        demote(roles, RITA["email"])
    at.button(key=f"rv_save_{sid}").click().run()
    ok(at)
    assert store.review(sid).version == 0 and store.review_history(sid) == []
    if how == "signed out":
        assert [b.key for b in at.button] == ["auth_login"]
    else:
        assert f"rv_save_{sid}" not in keys(at)


def test_signing_out_ends_the_persons_other_sessions_at_once(store: Store) -> None:
    """Each tab is a session holding the identity it signed in with; signing out in one ends write access in all."""
    rita = {**RITA, "iss": f"https://idp.example/{id(store)}", "iat": int(time.time()) - 5}
    here, there = signed_in(rita, "views/review.py"), signed_in(rita, "views/review.py")
    sid = review_form(there)
    here.button(key="auth_logout").click().run()
    there.button(key=f"rv_save_{sid}").click().run()
    ok(there)
    assert store.review(sid).version == 0
    assert "You signed out in another tab" in there.info[0].value and [b.key for b in there.button] == ["auth_login"]
    later = signed_in({**rita, "iat": int(time.time()) + 1}, "views/review.py")  # signed in again: a new token
    sid = review_form(later)
    later.button(key=f"rv_save_{sid}").click().run()
    assert store.review(sid).reviewer == LABEL["rita"]


def test_an_editor_bulk_sets_a_workflow_and_a_demoted_one_cannot(store: Store, roles: Path) -> None:
    at = signed_in(ED, "views/review.py", {"speaker": "John Kelley"})
    at.selectbox(key="rv_bulk_workflow").set_value("needs_second_review")
    at.checkbox(key="rv_bulk_confirm").check()
    at.run()
    at.button(key="rv_bulk_apply").click().run()
    ok(at)
    kelley = [s for s in store.statements(limit=None) if s.speaker == "John Kelley"]
    assert kelley and all(store.review(s.id).workflow.value == "needs_second_review" for s in kelley)
    assert {h.reviewer for s in kelley for h in store.review_history(s.id)} == {LABEL["ed"]}
    # Again, after the editor's group was taken away: the same click changes nothing.
    at.selectbox(key="rv_bulk_workflow").set_value("done")
    at.checkbox(key="rv_bulk_confirm").check()
    at.run()
    demote(roles, ED["email"])
    at.button(key="rv_bulk_apply").click().run()
    ok(at)
    assert all(store.review(s.id).workflow.value == "needs_second_review" for s in kelley)
    assert "rv_bulk_apply" not in keys(at)


@pytest.mark.parametrize("demoted", [False, True])
def test_same_statement_and_merge_decisions_need_the_reviewer_role(store: Store, roles: Path, demoted: bool) -> None:
    (link,) = store.group_suggestions()
    (merge,) = store.merge_suggestions()
    groups = signed_in(RITA, "views/groups.py")
    speakers = signed_in(RITA, "views/speakers.py")
    if demoted:
        demote(roles, RITA["email"])
    groups.button(key=f"grp_accept_{link.a.id}_{link.b.id}").click().run()
    speakers.button(key=f"sp_reject_{merge.id}").click().run()
    ok(groups), ok(speakers)
    if demoted:
        assert store.group_suggestions() and store.merge_suggestions()
        assert (
            "needs the reviewer role" in groups.error[0].value and "needs the reviewer role" in speakers.error[0].value
        )
    else:
        assert store.group_suggestions("accepted")[0].decided_by == LABEL["rita"]
        assert store.merge_suggestions(status="rejected")[0].decided_by == LABEL["rita"]


def test_an_article_added_by_an_editor_records_who(store: Store) -> None:
    at = signed_in(ED, "views/add.py")
    at.text_area(key="add_text").input('"The ferry will run again in June," Mayor Ida Brun said on Friday.')
    at.text_input(key="add_id").input("ferry-1")
    at.button(key="add_paste_submit").click().run()
    ok(at)
    assert store.article_by_key("ferry-1").added_by == LABEL["ed"]


@pytest.mark.parametrize(("user", "demoted", "refreshed"), [(VERA, False, False), (RITA, False, False),
                                                           (ED, False, True), (ED, True, False)])  # fmt: skip
def test_refreshing_the_aids_is_an_editors(store: Store, roles: Path, user: dict, demoted: bool,
                                           refreshed: bool) -> None:  # fmt: skip
    with store.engine.begin() as conn:  # a change the aids have not taken in
        log_statements(conn, [aid_statement(store, "mis-1").id])
    at = signed_in(user, "views/review.py")
    assert ("rv_refresh_aids" in keys(at)) is (user is ED)
    if user is ED:
        if demoted:
            demote(roles, ED["email"])
        at.button(key="rv_refresh_aids").click().run()
        ok(at)
        assert store.aids_status().up_to_date is refreshed
        assert refreshed or "needs the editor role" in at.error[0].value


def test_adding_articles_is_an_editors_and_checked_when_it_runs(store: Store, roles: Path) -> None:
    before = store.count_articles("")
    at = signed_in(ED, "views/add.py")
    at.text_area(key="add_text").input('"The bridge will reopen in May," Mayor Ida Brun said on Friday.')
    demote(roles, ED["email"])
    at.button(key="add_paste_submit").click().run()
    assert "needs the editor role" in at.info[0].value and "add_paste_submit" not in keys(at)
    assert store.count_articles("") == before
