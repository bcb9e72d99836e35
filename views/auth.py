"""Who is acting in this session and what they may do: the one check every write in the dashboard calls.

Single-user mode (no `[auth]` in .streamlit/secrets.toml; `make run` on 127.0.0.1): whoever reaches the page is the
store's one user and may do everything; reviews and decisions are recorded under the name typed once per session.
Team mode (`[auth]` configured): people sign in with the newsroom's OpenID Connect provider (st.login); their role
comes from the roles file (attribution/access.py), read again when it changes. Pages hide what a role may not do,
and every write calls `require` on the server side, so a forged rerun (widget values set by hand) or a click after
signing out or losing a role records nothing. A new write (a feed, a link to fetch) does the same: in its callback,
`who = require(Role.EDITOR)`, and hands `who` to the store.
"""

from __future__ import annotations

import time
from pathlib import Path

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from attribution.access import AccessDenied, Identity, Role, RolesError, RolesFile, roles_path

REVIEWER = "reviewer"  # session key of the name typed in single-user mode (views/common.py asks for it)
NEEDS = {
    Role.REVIEWER: "recording reviews and decisions needs the reviewer role",
    Role.EDITOR: "this needs the editor role",
}


def team_mode() -> bool:
    """Sign-in is configured: Streamlit's [auth] section in .streamlit/secrets.toml."""
    try:
        return "auth" in st.secrets
    except (FileNotFoundError, StreamlitSecretNotFoundError):
        return False


@st.cache_resource(show_spinner=False)
def _roles(path: str) -> RolesFile:
    return RolesFile(Path(path))


@st.cache_resource(show_spinner=False)
def _sign_outs() -> dict[tuple[str, str], float]:
    """(issuer, subject) → when that person last signed out on this server. Signing out in one tab ends the
    person's other sessions too: each tab is a session of its own, holding the identity it signed in with."""
    return {}


def _person(claims: dict) -> tuple[str, str]:
    return str(claims.get("iss", "")), str(claims.get("sub") or claims.get("email") or "")


def _logged_in() -> bool:
    """Signed in, and not since signed out in another session (the ID token was issued after the last sign-out)."""
    if not st.user.is_logged_in:
        return False
    claims = st.user.to_dict()
    out = _sign_outs().get(_person(claims))
    issued = claims.get("iat")
    return out is None or (isinstance(issued, int | float) and issued >= int(out))


def sign_out() -> None:
    """Sign out here and in every other session of the same person on this server, at once."""
    if st.user.is_logged_in:
        _sign_outs()[_person(st.user.to_dict())] = time.time()
    st.logout()


def role() -> Role | None:
    """The role of the person in this session: every role in single-user mode; in team mode the roles file's
    answer for the signed-in person (None: not signed in, or refused)."""
    if not team_mode():
        return Role.EDITOR
    if not _logged_in():
        return None
    return _roles(str(roles_path())).policy().role_of(st.user.to_dict())


def signed_in() -> Identity | None:
    """The signed-in person (team mode), else None."""
    if not team_mode() or not _logged_in():
        return None
    return Identity.from_claims(st.user.to_dict())


def may(needed: Role) -> bool:
    """Whether to show a control: the person in this session may act as `needed` (no name asked yet)."""
    try:
        current = role()
    except RolesError:
        return False
    return current is not None and current.allows(needed)


def require(needed: Role, *, named: bool = True) -> Identity | None:
    """The identity a write records, checked now, on the server, at the moment of the write. Raises AccessDenied
    (an AttributionError the pages already show) when this session may not act as `needed`. In single-user mode
    the typed name (None when `named` is False and none was given: ingest and refreshes need no name)."""
    if not team_mode():
        name = st.session_state.get(REVIEWER)
        if not name and not named:
            return None
        try:
            return Identity.local(name)
        except AccessDenied:
            raise AccessDenied("enter your name above first: it is recorded with the change") from None
    if not _logged_in():
        raise AccessDenied("you are signed out: sign in again to make changes")
    current = role()
    if current is None or not current.allows(needed):
        raise AccessDenied(f"{NEEDS[needed]}; you are {f'a {current}' if current else 'not given a role'}")
    return signed_in()


def gate() -> None:
    """Before any page (dashboard.py): in team mode, sign in first; show who is signed in, their role and a
    sign-out button in the sidebar. A person the roles file refuses sees why and can sign out, nothing else."""
    if not team_mode():
        return
    if not _logged_in():
        st.title("Quote attribution")
        st.info("This dashboard is shared by a team: sign in with your organisation's account to continue."
                + (" You signed out in another tab." if st.user.is_logged_in else ""),
                icon=":material/lock:")  # fmt: skip
        st.button("Sign in", key="auth_login", on_click=st.login, type="primary", icon=":material/login:")
        st.stop()
    who = signed_in()
    try:
        current = role()
    except RolesError as e:  # a broken roles file refuses everyone until fixed, and says why
        current, problem = None, f"The roles file cannot be used: {e}"
    else:
        problem = "Your account has no role on this dashboard. Ask an editor to add you to the roles file."
    side = st.sidebar
    side.caption(f"Signed in as **{who.name}**" + (f" · {current}" if current else ""))
    side.button("Sign out", key="auth_logout", on_click=sign_out, icon=":material/logout:")
    if current is None:
        st.error(problem, icon=":material/block:")
        st.stop()
