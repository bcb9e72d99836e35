"""Who is acting in this session and what they may do: the one check every write in the dashboard calls.

Single-user mode (no `[auth]` in .streamlit/secrets.toml; `make run` on 127.0.0.1): whoever reaches the page is the
store's one user and may do everything; reviews and decisions are recorded under the name typed once per session.
Team mode (`[auth]` configured): people sign in with the newsroom's OpenID Connect provider (st.login); their role
comes from the roles file (attribution/access.py), read again when it changes. Pages hide what a role may not do,
and every write calls `require` on the server side, so a forged rerun (widget values set by hand) or a click after
signing out or losing a role records nothing.
"""

from __future__ import annotations

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


def role() -> Role | None:
    """The role of the person in this session: every role in single-user mode; in team mode the roles file's
    answer for the signed-in person (None: not signed in, or refused)."""
    if not team_mode():
        return Role.EDITOR
    if not st.user.is_logged_in:
        return None
    return _roles(str(roles_path())).policy().role_of(st.user.to_dict())


def signed_in() -> Identity | None:
    """The signed-in person (team mode), else None."""
    if not team_mode() or not st.user.is_logged_in:
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
    if not st.user.is_logged_in:
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
    if not st.user.is_logged_in:
        st.title("Quote attribution")
        st.info("This dashboard is shared by a team: sign in with your organisation's account to continue.",
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
    left, right = side.columns([3, 1], vertical_alignment="center")
    left.caption(f"Signed in as **{who.name}**" + (f" · {current}" if current else ""))
    right.button("", key="auth_logout", on_click=st.logout, icon=":material/logout:", help="Sign out")
    if current is None:
        st.error(problem, icon=":material/block:")
        st.stop()
