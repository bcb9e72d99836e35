"""Team mode's library side: identities recorded with writes, roles from the roles file, the launcher's refusal."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

import pytest
from test_dashboard import AIDS, EXTRA

from attribution.access import AccessDenied, Identity, Policy, Role, RolesError, RolesFile, recorded
from attribution.errors import StoreError
from attribution.review import ReviewError
from attribution.store import StatementFilter, Store
from attribution.store.aids import AidsError

ROLES = """
unknown = "viewer"
groups_claim = "roles"

[editor]
emails = ["Chief@Desk.example.org"]
groups = ["fc-editors"]

[reviewer]
domains = ["@desk.example.org"]
emails = ["freelance@mail.example.com"]

[viewer]
emails = ["chief@desk.example.org"]
"""


@pytest.mark.parametrize(
    ("claims", "role"),
    [
        ({"email": "chief@desk.example.org"}, Role.EDITOR),  # editor and viewer: the higher one, case ignored
        ({"email": "ann@desk.example.org"}, Role.REVIEWER),  # by domain
        ({"email": "ann@desk.example.org", "roles": ["fc-editors"]}, Role.EDITOR),  # a group raises it
        ({"email": "ann@desk.example.org", "roles": "fc-editors"}, Role.EDITOR),  # a claim with one group
        ({"email": "freelance@mail.example.com"}, Role.REVIEWER),
        ({"email": "other@mail.example.com"}, Role.VIEWER),  # unknown: viewer
        ({"email": "ann@desk.example.org.evil.example"}, Role.VIEWER),  # a domain is matched whole
        ({"email": "ann@sub.desk.example.org"}, Role.VIEWER),  # and exactly
        ({"email": "chief@desk.example.org", "email_verified": False}, Role.VIEWER),  # unverified earns nothing
        ({"email": "chief@desk.example.org", "email_verified": True}, Role.EDITOR),
        ({"sub": "x1", "roles": ["fc-editors"], "email_verified": False}, Role.EDITOR),  # groups need no e-mail
        ({"sub": "x1", "groups": ["fc-editors"]}, Role.VIEWER),  # another claim than the configured one
        ({"sub": "x1", "roles": [3, None]}, Role.VIEWER),
        ({}, Role.VIEWER),
    ],
)
def test_roles_by_email_domain_and_group(claims: dict, role: Role) -> None:
    assert Policy.parse(ROLES).role_of(claims) is role


def test_unknown_people_are_refused_unless_the_file_says_viewer() -> None:
    refusing = Policy.parse('[editor]\nemails = ["chief@desk.example.org"]\n')
    assert refusing.role_of({"email": "someone@example.org"}) is None
    assert refusing.role_of({"email": "chief@desk.example.org"}) is Role.EDITOR
    assert Policy.parse('unknown = "refuse"').unknown is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("unknown = ", "not valid TOML"),
        ('unknown = "admin"', 'expected "refuse" or one of viewer, reviewer, editor'),
        ("[admin]\nemails = []", "[admin] is not a role"),
        ('[editor]\nphones = ["1"]', "must be one of emails, domains, groups"),
        ('[editor]\nemails = "a@b.org"', "each a list of strings"),
        ("groups_claim = 3", "groups_claim must be the name of a claim"),
    ],
)
def test_a_bad_roles_file_is_a_named_error(text: str, words: str) -> None:
    with pytest.raises(RolesError, match=None) as e:
        Policy.parse(text, "roles.toml")
    assert words in str(e.value) and "roles.toml" in str(e.value)


def test_the_roles_file_is_read_again_when_it_changes(tmp_path: Path) -> None:
    path = tmp_path / "roles.toml"
    roles = RolesFile(path)
    with pytest.raises(RolesError, match="no roles file at"):
        roles.policy()
    path.write_text('[reviewer]\nemails = ["ann@example.org"]\n')
    assert roles.policy().role_of({"email": "ann@example.org"}) is Role.REVIEWER
    path.write_text('[viewer]\nemails = ["ann@example.org"]\n')
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # a coarse clock still sees a change
    assert roles.policy().role_of({"email": "ann@example.org"}) is Role.VIEWER
    path.write_text("[viewer\n")
    time.sleep(0.01)
    with pytest.raises(RolesError, match="not valid TOML"):  # a broken file refuses, it does not keep old roles
        roles.policy()


@pytest.mark.parametrize(
    ("identity", "label"),
    [
        (Identity("Ann Lee", "ann@desk.example.org", "s-1"), "Ann Lee <ann@desk.example.org>"),
        (Identity("Ann Lee", None, "s-1"), "Ann Lee [s-1]"),
        (Identity("ann@desk.example.org", "ann@desk.example.org"), "<ann@desk.example.org>"),
        (Identity.local("  Ana  "), "Ana"),
        (Identity.from_claims({"sub": "s-2", "preferred_username": "bo", "email": " "}), "bo [s-2]"),
        (Identity.from_claims({"sub": "s-3"}), "[s-3]"),
        (Identity("N" * 300, "n@example.org"), "N" * 184 + " <n@example.org>"),  # fits the store's 200
    ],
)
def test_an_identity_is_recorded_with_its_email_or_subject(identity: Identity, label: str) -> None:
    assert identity.label == label and len(label) <= 200
    assert recorded(identity) == label


@pytest.mark.parametrize("who", [None, "", "   "])
def test_no_name_is_no_identity(who) -> None:
    with pytest.raises(AccessDenied, match="reviewer's name"):
        recorded(who)
    with pytest.raises(AccessDenied):
        Identity("", None, None)


def test_the_store_records_the_identity_of_every_write(store_url: str) -> None:
    ann = Identity("Ann Lee", "ann@desk.example.org", "s-1")
    with Store(store_url) as store:
        store.ingest([*EXTRA, *AIDS])
        sid = store.statements(limit=1)[0].id
        store.save_review(sid, expected_version=0, reviewer=ann, verdict="confirmed")
        assert store.review(sid).reviewer == "Ann Lee <ann@desk.example.org>"
        store.bulk_set_workflow(StatementFilter(statement_ids=(sid,)), "done", reviewer=Identity("Ed", None, "e"))
        assert [h.reviewer for h in store.review_history(sid)] == ["Ann Lee <ann@desk.example.org>", "Ed [e]"]
        (link,) = store.group_suggestions()
        assert store.decide_group_link(link.a.id, link.b.id, True, ann).decided_by == ann.label
        (suggestion,) = store.merge_suggestions()
        store.reject_merge(suggestion.id, ann)
        assert store.merge_suggestions(status="rejected")[0].decided_by == ann.label
        # A name typed by hand (the CLI's --reviewer) is recorded as it was; none at all is each module's error.
        for write, error in [
            (lambda: store.save_review(sid, expected_version=2, reviewer=" ", note="x"), ReviewError),
            (lambda: store.decide_group_link(link.a.id, link.b.id, False, ""), AidsError),
            (lambda: store.accept_merge(suggestion.id, None), StoreError),
        ]:
            with pytest.raises(error, match="reviewer's name"):
                write()
        assert store.review(sid).version == 2
        # Articles keep who added them (the dashboard's editor); the CLI's ingest names nobody.
        store.ingest([replace(EXTRA[0], text=EXTRA[0].text + " More."), EXTRA[1]], added_by=ann)
        assert store.article_by_key(EXTRA[0].id).added_by == ann.label  # changed by Ann
        assert store.article_by_key(EXTRA[1].id).added_by is None  # unchanged: still as the CLI stored it
        assert store.article_by_key(AIDS[0].id).added_by is None


@pytest.mark.parametrize(
    ("argv", "environ", "refused", "words"),
    [
        (["--server.address", "127.0.0.1"], {}, False, ""),
        (["--server.address=localhost"], {}, False, ""),
        (["--server.address", "::1"], {}, False, ""),
        (["--server.address", "127.0.0.2"], {}, False, ""),
        (["--server.address", "0.0.0.0"], {}, True, "on 0.0.0.0: sign-in is not configured"),
        (["--server.address=10.1.2.3"], {}, True, "on 10.1.2.3"),
        (["--server.address", "dashboard.example.org"], {}, True, "dashboard.example.org"),
        ([], {}, True, "on every network interface"),
        ([], {"STREAMLIT_SERVER_ADDRESS": "127.0.0.1"}, False, ""),
        ([], {"STREAMLIT_SERVER_ADDRESS": "0.0.0.0"}, True, "on 0.0.0.0"),
        (["--server.address", "0.0.0.0"], {"ATTRIBUTION_OPEN_ACCESS": "1"}, False, ""),
        (["--server.address", "0.0.0.0"], {"ATTRIBUTION_OPEN_ACCESS": "yes"}, True, "ATTRIBUTION_OPEN_ACCESS=1"),
    ],
)
def test_the_launcher_refuses_an_open_network_address_without_sign_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], environ: dict, refused: bool, words: str
) -> None:
    from views.__main__ import exposure_problem

    monkeypatch.chdir(tmp_path)  # no .streamlit/ here: no sign-in configured
    problem = exposure_problem(argv, environ)
    assert (problem is not None) is refused
    if refused:
        assert words in problem and "--server.address 127.0.0.1" in problem


@pytest.mark.parametrize(
    ("secrets", "roles", "words"),
    [
        (None, True, "no [auth] section"),
        ('[auth]\nredirect_uri = "http://x/oauth2callback"\n', True, "lacks cookie_secret"),
        ('[auth]\nredirect_uri = "http://x/oauth2callback"\ncookie_secret = "s"\n', False, "no roles file"),
        ('[auth]\nredirect_uri = "http://x/oauth2callback"\ncookie_secret = "s"\n', True, None),
    ],
)
def test_the_launcher_serves_beyond_loopback_once_sign_in_and_roles_are_set_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, secrets: str | None, roles: bool, words: str | None
) -> None:
    from streamlit.runtime.secrets import secrets_singleton

    from views.__main__ import exposure_problem

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ATTRIBUTION_ROLES", raising=False)
    (tmp_path / ".streamlit").mkdir()
    if secrets is not None:
        (tmp_path / ".streamlit" / "secrets.toml").write_text(secrets)
    if roles:
        (tmp_path / ".streamlit" / "roles.toml").write_text('unknown = "viewer"\n')
    secrets_singleton._reset()  # read the files of this test's folder
    try:
        problem = exposure_problem(["--server.address", "0.0.0.0"], {})
    finally:
        secrets_singleton._reset()
    assert problem is None if words is None else words in problem
