"""Fetch a link someone posted, without letting the link reach into our own network.

A user-supplied URL is a server-side request forgery risk: it may name (or resolve to, or
redirect to) a loopback, private or link-local address such as the cloud metadata service at
169.254.169.254. So the host is resolved once, every address is vetted, the connection goes to
the vetted address (the Host header and TLS server name stay the original host name), each
redirect is vetted again, proxies from the environment are never used, and time, size and
content type are bounded.
"""

from __future__ import annotations

import concurrent.futures
import http.client
import ipaddress
import os
import posixpath
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

from text.read import MAX_BYTES

ALLOWED_TYPES = frozenset({"text/html", "text/plain", "application/pdf", "text/markdown"})
EXTENSIONS = {
    "text/html": ".html",
    "text/plain": ".txt",
    "application/pdf": ".pdf",
    "text/markdown": ".md",
}
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "Sitrep/0.1 (article fetcher)"
CHUNK = 64 * 1024
NAT64 = ipaddress.ip_network("64:ff9b::/96")
ALLOW_LOOPBACK_ENV = "SITREP_FETCH_ALLOW_LOOPBACK"

Resolver = Callable[[str, int], list[str]]

# getaddrinfo has no timeout of its own; it runs here so a slow resolver cannot stall a listener.
_resolver_pool = concurrent.futures.ThreadPoolExecutor(
    max_workers=4, thread_name_prefix="sitrep-resolve"
)


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


@dataclass(frozen=True)
class FetchPolicy:
    """What a fetch may do. The defaults are the production policy; tests allow loopback."""

    allow_loopback: bool = False
    max_redirects: int = 3
    connect_timeout: float = 5.0
    total_timeout: float = 20.0
    max_bytes: int = MAX_BYTES
    content_types: frozenset[str] = ALLOWED_TYPES
    resolver: Resolver = field(default=system_resolver, compare=False)


DEFAULT_POLICY = FetchPolicy()


def policy_from_env(env: Mapping[str, str] = os.environ) -> FetchPolicy:
    """The production policy, unless the test-only loopback switch is set."""
    return FetchPolicy(allow_loopback=env.get(ALLOW_LOOPBACK_ENV, "") == "1")


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str  # media type, lower case, no parameters
    charset: str | None
    name: str  # a file name with the extension of the content type

    @property
    def mimetype(self) -> str:
        return f"{self.content_type}; charset={self.charset}" if self.charset else self.content_type


class FetchError(Exception):
    """A link that was not fetched; the message is one line for the user."""


@dataclass(frozen=True)
class _Target:
    url: str
    scheme: str
    host: str  # ASCII (IDNA) form, no brackets
    port: int
    path: str  # path and query, as sent
    addresses: tuple[str, ...]


def refusal(address: str, policy: FetchPolicy = DEFAULT_POLICY) -> str | None:
    """Why a connection to this IP address is refused, or None when it is allowed."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    for candidate in _embedded(ip):
        reason = _refusal_one(candidate, policy)
        if reason:
            return reason
    return None


def _embedded(
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address,
) -> Iterator[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """Every IPv4 address an IPv6 address carries (mapped, 6to4, Teredo, NAT64), then the
    address itself: the embedded address names the real destination in the refusal."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            yield ip.ipv4_mapped
        if ip.sixtofour:
            yield ip.sixtofour
        if ip.teredo:
            yield from ip.teredo
        if ip in NAT64:
            yield ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    yield ip


def _refusal_one(
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address, policy: FetchPolicy
) -> str | None:
    if ip.is_loopback:
        return None if policy.allow_loopback else "a loopback address"
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_private:
        return "a private address"
    if ip.is_reserved:
        return "a reserved address"
    if not ip.is_global:
        return "not a public address"
    return None


def _short(url: str) -> str:
    return url if len(url) <= 120 else url[:117] + "..."


def _vet(url: str, policy: FetchPolicy, deadline: float) -> _Target:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise FetchError(f"{_short(url)}: not a valid link") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"{_short(url)}: only http and https links are fetched")
    if parts.username is not None or parts.password is not None:
        raise FetchError(f"{_short(url)}: links with a user name or password are not fetched")
    if not parts.hostname:
        raise FetchError(f"{_short(url)}: the link has no host")
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError:
        raise FetchError(f"{_short(url)}: the host name is not valid") from None
    port = port or (443 if scheme == "https" else 80)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    addresses = _resolve(host, port, policy, deadline, url)
    for address in addresses:
        reason = refusal(address, policy)
        if reason:
            raise FetchError(f"{_short(url)}: refused, {host} is {reason}")
    return _Target(url, scheme, host, port, path, tuple(addresses))


def _resolve(host: str, port: int, policy: FetchPolicy, deadline: float, url: str) -> list[str]:
    try:
        return [str(ipaddress.ip_address(host))]  # a literal address needs no lookup
    except ValueError:
        pass
    future = _resolver_pool.submit(policy.resolver, host, port)
    try:
        addresses = future.result(
            timeout=max(0.1, min(policy.connect_timeout, deadline - time.monotonic()))
        )
    except concurrent.futures.TimeoutError:
        raise FetchError(f"{_short(url)}: looking up {host} timed out") from None
    except (OSError, UnicodeError):
        raise FetchError(f"{_short(url)}: {host} could not be found") from None
    if not addresses:
        raise FetchError(f"{_short(url)}: {host} could not be found")
    return list(addresses)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to a vetted address while the Host header keeps the host name."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """As above, with TLS verified against the host name (SNI and certificate check)."""

    def __init__(
        self, host: str, port: int, address: str, timeout: float, context: ssl.SSLContext
    ) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self._address = address
        self._tls = context

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._tls.wrap_socket(sock, server_hostname=self.host)


def _open(
    target: _Target, policy: FetchPolicy, deadline: float
) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
    last_error: Exception | None = None
    for address in target.addresses:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        timeout = min(policy.connect_timeout, remaining)
        connection: http.client.HTTPConnection
        if target.scheme == "https":
            connection = _PinnedHTTPSConnection(
                target.host, target.port, address, timeout, ssl.create_default_context()
            )
        else:
            connection = _PinnedHTTPConnection(target.host, target.port, address, timeout)
        try:
            connection.connect()
            assert connection.sock is not None
            connection.sock.settimeout(max(0.1, deadline - time.monotonic()))
            connection.request(
                "GET",
                target.path,
                headers={
                    "User-Agent": USER_AGENT,
                    "Accept": ", ".join(sorted(policy.content_types)) + ";q=0.9, */*;q=0.1",
                    "Accept-Encoding": "identity",
                    "Connection": "close",
                },
            )
            return connection, connection.getresponse()
        except (OSError, http.client.HTTPException) as exc:
            connection.close()
            last_error = exc
    if isinstance(last_error, ssl.SSLError):
        raise FetchError(f"{_short(target.url)}: secure connection failed") from None
    if isinstance(last_error, TimeoutError) or time.monotonic() >= deadline:
        raise FetchError(f"{_short(target.url)}: the site did not answer in time") from None
    raise FetchError(f"{_short(target.url)}: could not connect to {target.host}") from None


def _read_body(
    connection: http.client.HTTPConnection,
    response: http.client.HTTPResponse,
    policy: FetchPolicy,
    deadline: float,
    url: str,
) -> bytes:
    length = response.getheader("Content-Length")
    if length and length.strip().isdigit() and int(length) > policy.max_bytes:
        raise FetchError(f"{_short(url)}: the page is larger than {policy.max_bytes // 2**20} MB")
    chunks: list[bytes] = []
    size = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"{_short(url)}: the download took too long")
        if connection.sock is not None:
            connection.sock.settimeout(remaining)
        try:
            chunk = response.read(CHUNK)
        except (OSError, http.client.HTTPException):
            raise FetchError(f"{_short(url)}: the download failed or took too long") from None
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > policy.max_bytes:
            raise FetchError(
                f"{_short(url)}: the page is larger than {policy.max_bytes // 2**20} MB"
            )
        chunks.append(chunk)


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"')
    return media.strip().lower(), charset


def _file_name(url: str, content_type: str) -> str:
    base = posixpath.basename(unquote(urlsplit(url).path)) or "page"
    extension = EXTENSIONS.get(content_type, "")
    if not base.lower().endswith(extension):
        base += extension
    return base


def fetch(url: str, policy: FetchPolicy = DEFAULT_POLICY) -> Fetched:
    """GET one link under the policy; raise FetchError with a one-line reason otherwise."""
    deadline = time.monotonic() + policy.total_timeout
    current = url
    for _hop in range(policy.max_redirects + 1):
        target = _vet(current, policy, deadline)
        connection, response = _open(target, policy, deadline)
        try:
            if response.status in REDIRECT_STATUSES:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(f"{_short(current)}: a redirect without a destination")
                current = urljoin(current, location.strip())
                continue
            if response.status != 200:
                raise FetchError(f"{_short(current)}: the site answered HTTP {response.status}")
            encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
            if encoding != "identity":
                raise FetchError(f"{_short(current)}: the site sent compressed data ({encoding})")
            content_type, charset = _media_type(response.getheader("Content-Type"))
            if content_type not in policy.content_types:
                shown = content_type or "no content type"
                raise FetchError(
                    f"{_short(current)}: {shown} is not an article "
                    "(expected HTML, text, Markdown or PDF)"
                )
            data = _read_body(connection, response, policy, deadline, current)
            return Fetched(current, data, content_type, charset, _file_name(current, content_type))
        finally:
            connection.close()
    raise FetchError(f"{_short(url)}: more than {policy.max_redirects} redirects")
