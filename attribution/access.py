"""Who is acting and what they may do: the identity recorded with every write, and the roles of team mode.

A single-user store names its reviewer by hand (the CLI's `--reviewer`, the dashboard's name box on 127.0.0.1).
In team mode the dashboard signs people in through the newsroom's OpenID Connect provider and takes their
identity from the session; a small TOML file gives each person a role, by e-mail, e-mail domain or a groups
claim of the provider, and is read again whenever it changes (no restart):

    unknown = "viewer"          # a signed-in person the file does not name: "viewer" or "refuse"
    groups_claim = "groups"     # the ID token's claim that lists a person's groups

    [editor]
    emails = ["chief@desk.example.org"]
    groups = ["fact-check-editors"]

    [reviewer]
    domains = ["desk.example.org"]

A person named in several places gets the highest of their roles.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from threading import Lock

from attribution.errors import AttributionError

ROLES_ENV = "ATTRIBUTION_ROLES"  # the roles file's path; default DEFAULT_ROLES_FILE, next to secrets.toml
DEFAULT_ROLES_FILE = Path(".streamlit") / "roles.toml"
LABEL_MAX = 200  # the store's reviewer / decided_by columns


class AccessDenied(AttributionError):
    """The person in this session may not do this (not signed in, signed out, or their role is too low)."""


class RolesError(AttributionError):
    """A roles file that cannot be read or says something other than the format in attribution/access.py."""


class Role(StrEnum):
    """What a person may do; each role may do everything the ones before it may."""

    VIEWER = "viewer"  # read, export CSV and JSONL
    REVIEWER = "reviewer"  # record and change reviews, decide "same statement?" pairs, accept speaker merges
    EDITOR = "editor"  # bulk workflow changes, ClaimReview export, aids refresh, adding articles and feeds

    @property
    def rank(self) -> int:
        return list(Role).index(self)

    def allows(self, needed: Role) -> bool:
        return self.rank >= needed.rank


@dataclass(frozen=True, slots=True)
class Identity:
    """The person a write is recorded under: a signed-in identity (name with e-mail, or the provider's subject
    when it gives no e-mail), or a name typed on a single-user store."""

    name: str
    email: str | None = None
    subject: str | None = None

    def __post_init__(self) -> None:
        if not self.name.strip() and not self.email and not self.subject:
            raise AccessDenied("an identity needs a name, an e-mail or a subject")

    @classmethod
    def local(cls, name: str | None) -> Identity:
        """A name given by hand on a single-user store (the CLI's --reviewer, the dashboard's name box)."""
        if not name or not name.strip():
            raise AccessDenied("a change needs the reviewer's name")
        return cls(name.strip())

    @classmethod
    def from_claims(cls, claims: Mapping[str, object]) -> Identity:
        """The identity of a signed-in person from the provider's ID token claims (Streamlit's st.user)."""
        email = _text(claims.get("email"))
        subject = _text(claims.get("sub"))
        name = _text(claims.get("name")) or _text(claims.get("preferred_username")) or email or subject or ""
        return cls(name, email, subject)

    @property
    def label(self) -> str:
        """How the store records the person: "Ann Lee <ann@desk.example.org>", or the name alone when typed."""
        who = (self.email and f"<{self.email}>") or (self.subject and f"[{self.subject}]") or ""
        name = self.name.strip()
        if not who:
            return name[:LABEL_MAX]
        if not name or name in (self.email, self.subject):
            return who[:LABEL_MAX]
        return f"{name[: LABEL_MAX - len(who) - 1]} {who}"[:LABEL_MAX]


def recorded(who: Identity | str | None, error: type[AttributionError] = AccessDenied) -> str:
    """The text a write records for `who`: an Identity's label, or a name given by hand (stripped). No name
    raises `error` (the writing module's own exception)."""
    if isinstance(who, Identity):
        return who.label
    if not who or not who.strip():
        raise error("a change needs the reviewer's name")
    return Identity.local(who).label


@dataclass(frozen=True, slots=True)
class Policy:
    """Roles by e-mail, e-mail domain and group; `unknown` is the role of anyone else signed in (None: refused)."""

    emails: Mapping[str, Role] = field(default_factory=dict)
    domains: Mapping[str, Role] = field(default_factory=dict)
    groups: Mapping[str, Role] = field(default_factory=dict)
    unknown: Role | None = None
    groups_claim: str = "groups"

    def role_of(self, claims: Mapping[str, object]) -> Role | None:
        """The highest role the claims earn, else `unknown`. An e-mail the provider says it has not verified
        earns nothing by address or domain: anyone could have typed it."""
        found: list[Role] = []
        email = (_text(claims.get("email")) or "").lower()
        if email and claims.get("email_verified") is not False:
            found += [r for r in (self.emails.get(email), self.domains.get(email.rpartition("@")[2])) if r]
        groups = claims.get(self.groups_claim)
        if isinstance(groups, str):
            groups = [groups]
        if isinstance(groups, list | tuple):
            found += [self.groups[g] for g in groups if isinstance(g, str) and g in self.groups]
        return max(found, key=lambda r: r.rank) if found else self.unknown

    @classmethod
    def parse(cls, text: str, source: str = "roles file") -> Policy:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise RolesError(f"{source} is not valid TOML: {e}") from e
        unknown = data.pop("unknown", "refuse")
        names = [r.value for r in Role]
        if unknown not in ("refuse", *names):
            raise RolesError(f'{source}: unknown = {unknown!r}; expected "refuse" or one of {", ".join(Role)}')
        claim = data.pop("groups_claim", "groups")
        if not isinstance(claim, str) or not claim:
            raise RolesError(f"{source}: groups_claim must be the name of a claim, got {claim!r}")
        found: dict[str, dict[str, Role]] = {"emails": {}, "domains": {}, "groups": {}}
        for name, section in data.items():
            if name not in names or not isinstance(section, dict):
                raise RolesError(f"{source}: [{name}] is not a role; expected sections {', '.join(Role)}")
            role = Role(name)
            for kind, values in section.items():
                if kind not in found or not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                    raise RolesError(f"{source}: [{name}] {kind} must be one of emails, domains, groups, each a list "
                                     "of strings")  # fmt: skip
                for v in values:
                    key = v.strip() if kind == "groups" else v.strip().lower().lstrip("@")
                    if key and (key not in found[kind] or role.rank > found[kind][key].rank):
                        found[kind][key] = role
        return cls(**found, unknown=None if unknown == "refuse" else Role(unknown), groups_claim=claim)


def roles_path() -> Path:
    return Path(os.environ.get(ROLES_ENV) or DEFAULT_ROLES_FILE)


class RolesFile:
    """The roles file, read again when it changes: a role granted or taken away applies at the next action."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = Lock()
        self._seen: tuple[int, int] | None = None
        self._policy = Policy()

    def policy(self) -> Policy:
        """The file's policy; a missing file refuses everyone (team mode with no roles is a mistake, not open)."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            raise RolesError(
                f"no roles file at {self.path}: create it (see attribution/access.py, README 'Team mode') or point "
                f"{ROLES_ENV} at it"
            ) from None
        with self._lock:
            if self._seen != (stat.st_mtime_ns, stat.st_size):
                self._policy = Policy.parse(self.path.read_text(encoding="utf-8"), str(self.path))
                self._seen = (stat.st_mtime_ns, stat.st_size)
            return self._policy


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
