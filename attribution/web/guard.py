"""The address guard: only http and https, and by default no host that resolves into a private network.

A dashboard that fetches any address typed into it must not become a way into the newsroom's network or the
cloud's metadata service. Every hop of a redirect is checked again, and the connection itself goes only to the
address checked (GuardedBackend). ATTRIBUTION_ALLOW_PRIVATE_HOSTS=1 lets a
desk fetch from its intranet (and the tests from 127.0.0.1).
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

import httpcore

from .errors import Failure, FetchError

ALLOW_PRIVATE = "ATTRIBUTION_ALLOW_PRIVATE_HOSTS"
SCHEMES = ("http", "https")

Resolver = Callable[[str, int], list[str]]  # (host, port) -> IP addresses


def resolve(host: str, port: int) -> list[str]:
    return [info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


def private_allowed() -> bool:
    return os.environ.get(ALLOW_PRIVATE, "").strip() == "1"


def refused(host: str, address: str) -> str | None:
    """Why `address` (an IP) of `host` may not be fetched from, or None when it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if not ip.is_global or ip.is_multicast:
        return (f"{host} resolves to {ip}, a loopback, private, link-local or metadata address; "
                f"set {ALLOW_PRIVATE}=1 to fetch from private networks")  # fmt: skip
    return None


class GuardedBackend(httpcore.SyncBackend):
    """httpx's connections through the guard: the host is resolved once, here, and only a public address is
    connected to, so a name that resolved to a public address for `check` cannot answer a private one to the
    connection (DNS rebinding)."""

    def __init__(self, resolver: Resolver = resolve, allow_private: bool | None = None) -> None:
        self._resolver = resolver
        self._allow_private = allow_private

    def connect_tcp(self, host: str, port: int, timeout=None, local_address=None, socket_options=None):
        if private_allowed() if self._allow_private is None else self._allow_private:
            return super().connect_tcp(host, port, timeout, local_address, socket_options)
        try:
            addresses = self._resolver(host, port)
        except (OSError, UnicodeError) as e:
            raise httpcore.ConnectError(f"cannot resolve the host {host!r} ({e})") from e
        for address in addresses:
            if reason := refused(host, address):
                raise FetchError(f"http://{host}:{port}/", Failure.REFUSED, reason)
        return super().connect_tcp(addresses[0], port, timeout, local_address, socket_options)


def check(url: str, *, resolver: Resolver = resolve, allow_private: bool | None = None) -> None:
    """Raise FetchError unless `url` is http(s) with a host that resolves only to public addresses."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as e:
        raise FetchError(url, Failure.INVALID, f"not a web address ({e})") from e
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(url, Failure.INVALID, "only http:// and https:// addresses are fetched")
    host = parts.hostname
    if not host:
        raise FetchError(url, Failure.INVALID, "the address has no host name")
    if private_allowed() if allow_private is None else allow_private:
        return
    try:
        addresses = resolver(host, port)
    except (OSError, UnicodeError) as e:
        raise FetchError(url, Failure.NETWORK, f"cannot resolve the host {host!r} ({e})") from e
    for address in addresses:
        if reason := refused(host, address):
            raise FetchError(url, Failure.REFUSED, reason)
