"""`python -m views [streamlit run options]`: serve dashboard.py with what its pages need already loaded.

Streamlit imports a page's modules in the first session that runs it. At a million statements that made the first
visitor after a start wait ~0.8 s longer than the next ones (pandas, PyArrow, SQLAlchemy, the engine), and the first
chart ~1.5 s longer (Altair loads and compiles the Vega-Lite schema). Loading them here, before the server listens,
moves that cost to the start, as a preloading web server does.
"""

from __future__ import annotations

import gc
import ipaddress
import logging
import os
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path

import altair as alt
import pandas as pd
import pyarrow  # noqa: F401 - Streamlit's dataframe serialisation, imported on a first table otherwise
from sqlalchemy.exc import SQLAlchemyError
from streamlit.web import cli

from attribution.access import ROLES_ENV, roles_path
from attribution.errors import AttributionError
from attribution.store import Store

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"
OPEN_ACCESS = "ATTRIBUTION_OPEN_ACCESS"  # "1": serve beyond this machine without sign-in, on purpose
ADDRESS_ENV = "STREAMLIT_SERVER_ADDRESS"
SIGN_IN_KEYS = ("redirect_uri", "cookie_secret")  # what every provider's [auth] section has (Streamlit's docs)


def server_address(argv: list[str], environ: Mapping[str, str]) -> str | None:
    """The address Streamlit will listen on: --server.address, else its environment variable, else the project's
    .streamlit/config.toml; None when nothing names one (Streamlit then listens on every interface)."""
    for i, arg in enumerate(argv):
        if arg == "--server.address" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--server.address="):
            return arg.partition("=")[2]
    if environ.get(ADDRESS_ENV):
        return environ[ADDRESS_ENV]
    config = Path(".streamlit") / "config.toml"
    try:
        return tomllib.loads(config.read_text(encoding="utf-8")).get("server", {}).get("address")
    except (FileNotFoundError, tomllib.TOMLDecodeError):
        return None


def is_loopback(address: str | None) -> bool:
    if not address:
        return False
    if address.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(address.strip("[]")).is_loopback
    except ValueError:  # a host name other than localhost may resolve to anything
        return False


def sign_in_problem() -> str | None:
    """Why team mode's sign-in is not usable, or None when [auth] and the roles file are in place."""
    from streamlit.runtime.secrets import secrets_singleton

    if not secrets_singleton.load_if_toml_exists() or "auth" not in secrets_singleton:
        return "sign-in is not configured (no [auth] section in .streamlit/secrets.toml)"
    auth = secrets_singleton["auth"]
    if missing := [k for k in SIGN_IN_KEYS if not auth.get(k)]:
        return f"the [auth] section of .streamlit/secrets.toml lacks {', '.join(missing)}"
    if not roles_path().is_file():
        return f"sign-in is configured but there is no roles file at {roles_path()} (or set {ROLES_ENV})"
    return None


def exposure_problem(argv: list[str], environ: Mapping[str, str]) -> str | None:
    """A reason not to start: the dashboard would be reachable from other machines with no sign-in."""
    address = server_address(argv, environ)
    if is_loopback(address) or environ.get(OPEN_ACCESS) == "1":
        return None
    problem = sign_in_problem()
    if problem is None:
        return None
    where = f"on {address}" if address else "on every network interface (no --server.address given)"
    return (
        f"refusing to serve the dashboard {where}: {problem}, so anyone who reaches it could record reviews under "
        "any name. Either\n"
        "  - serve it on this machine only: --server.address 127.0.0.1 (what `make run` does), or\n"
        "  - set up team mode: an [auth] section in .streamlit/secrets.toml and a roles file (README, 'Team mode'), "
        "or\n"
        f"  - if the network itself admits only the right people, say so: {OPEN_ACCESS}=1"
    )


def warm_up() -> None:
    """Load what a first session would: one chart validated against the Vega-Lite schema, and the store opened
    once (its migration check imports Alembic). A store that cannot be opened is reported; the pages say so too."""
    # The pages' shared module (pandas, SQLAlchemy, the store, the engine). Outside a running server each cached
    # function warns "No runtime found" as it is defined; its storage is only picked at its first call, inside
    # the server, so here the warning is noise.
    caching_log = logging.getLogger("streamlit.runtime.caching.cache_data_api")
    level = caching_log.level
    caching_log.setLevel(logging.ERROR)
    try:
        import views.common  # noqa: F401
    finally:
        caching_log.setLevel(level)
    alt.Chart(pd.DataFrame({"value": ["a"], "statements": [1]})).mark_bar().encode(x="statements", y="value").to_dict()
    try:
        Store().close()
    except (AttributionError, SQLAlchemyError, OSError) as e:
        print(f"warning: {e}", file=sys.stderr)


def main(argv: list[str]) -> int:
    if problem := exposure_problem(argv, os.environ):
        print(f"error: {problem}", file=sys.stderr)
        return 2
    warm_up()
    # What is loaded now lives as long as the server. Out of the collector's sight, it is no longer rescanned by
    # each full collection during page runs: at 1M statements, 8 sessions changing filters cost the server 43 ms
    # of CPU per page run instead of 106-128 (`streamlit run` without the preloading), p50 0.29 s instead of 0.7-0.9.
    gc.freeze()
    sys.argv = ["streamlit", "run", str(DASHBOARD), *argv]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
