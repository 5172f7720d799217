"""The link fetcher refuses internal addresses before connecting, and bounds everything else."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot import fetch
from bot.fetch import FetchError, FetchPolicy

LOOPBACK = FetchPolicy(allow_loopback=True)
ARTICLE = (
    b"<html><head><title>Dam taken</title></head><body><p>"
    + b"Fighters took the dam. " * 40
    + b"</p></body></html>"
)


class Site:
    """A tiny web server on 127.0.0.1: path -> (status, headers, body)."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.hits: list[tuple[str, str | None]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                site.hits.append((self.path, self.headers.get("Host")))
                status, headers, body = site.routes.get(self.path, (404, {}, b"missing"))
                if headers.get("X-Sleep"):
                    time.sleep(float(headers["X-Sleep"]))
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                if "Content-Length" not in headers and not headers.get("X-No-Length"):
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        # The fetcher hangs up on pages it refuses mid-body; that is not a server error.
        self.server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    server = Site()
    yield server
    server.server.shutdown()
    server.server.server_close()


def html_page(body: bytes = ARTICLE) -> tuple[int, dict[str, str], bytes]:
    return 200, {"Content-Type": "text/html; charset=utf-8"}, body


@pytest.mark.parametrize(
    "address, reason",
    [
        ("10.1.2.3", "a private address"),
        ("192.168.0.10", "a private address"),
        ("172.16.5.4", "a private address"),
        ("127.0.0.1", "a loopback address"),
        ("::1", "a loopback address"),
        ("169.254.169.254", "a link-local address"),
        ("fe80::1", "a link-local address"),
        ("224.0.0.251", "a multicast address"),
        ("0.0.0.0", "an unspecified address"),
        ("100.64.0.1", "not a public address"),
        ("::ffff:10.0.0.1", "a private address"),
        ("::ffff:169.254.169.254", "a link-local address"),
        ("fc00::5", "a private address"),
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_refusal_by_address(address: str, reason: str | None) -> None:
    assert fetch.refusal(address) == reason


def test_loopback_only_under_the_test_policy() -> None:
    assert fetch.refusal("127.0.0.1", LOOPBACK) is None
    assert fetch.refusal("10.0.0.1", LOOPBACK) == "a private address"
    assert fetch.refusal("169.254.169.254", LOOPBACK) == "a link-local address"


def test_page_on_loopback_is_fetched_with_the_test_policy(site: Site) -> None:
    site.routes["/story"] = html_page()
    got = fetch.fetch(site.url("/story"), LOOPBACK)
    assert got.data == ARTICLE
    assert got.content_type == "text/html"
    assert got.charset == "utf-8"
    assert got.name == "story.html"
    assert got.mimetype == "text/html; charset=utf-8"


def test_loopback_refused_by_default_without_connecting(site: Site, connections: list) -> None:
    site.routes["/private"] = html_page()
    before = len(site.hits)
    with pytest.raises(FetchError, match="is a loopback address"):
        fetch.fetch(site.url("/private"))
    assert connections == []
    assert len(site.hits) == before


@pytest.mark.parametrize(
    "url, reason",
    [
        ("http://10.0.0.8/report", "a private address"),
        ("http://169.254.169.254/latest/meta-data/", "a link-local address"),
        ("http://[::ffff:10.0.0.8]/", "a private address"),
        ("https://192.168.1.1:8443/admin", "a private address"),
    ],
)
def test_internal_addresses_refused_before_any_connection(
    url: str, reason: str, connections: list
) -> None:
    with pytest.raises(FetchError, match=reason):
        fetch.fetch(url)
    assert connections == []


def test_name_resolving_to_a_private_address_is_refused(connections: list) -> None:
    policy = FetchPolicy(resolver=lambda host, port: ["10.20.30.40"])
    with pytest.raises(FetchError, match=r"intranet\.example\.com is a private address"):
        fetch.fetch("http://intranet.example.com/page", policy)
    assert connections == []


def test_one_private_address_among_public_ones_is_enough_to_refuse(connections: list) -> None:
    policy = FetchPolicy(resolver=lambda host, port: ["93.184.216.34", "10.0.0.1"])
    with pytest.raises(FetchError, match="a private address"):
        fetch.fetch("http://mixed.example.com/", policy)
    assert connections == []


def test_connects_to_the_vetted_address_and_keeps_the_host_name(
    site: Site, connections: list
) -> None:
    site.routes["/named"] = html_page()
    resolved: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        resolved.append(host)
        return ["127.0.0.1"]

    policy = FetchPolicy(allow_loopback=True, resolver=resolver)
    got = fetch.fetch(f"http://news.example.test:{site.port}/named", policy)
    assert got.data == ARTICLE
    assert resolved == ["news.example.test"]  # resolved once
    assert connections == [("127.0.0.1", site.port)]
    assert site.hits[-1] == ("/named", f"news.example.test:{site.port}")


def test_redirect_into_a_private_address_is_refused(site: Site, connections: list) -> None:
    site.routes["/hop"] = (302, {"Location": "http://10.1.1.1/secret"}, b"")
    with pytest.raises(FetchError, match=r"10\.1\.1\.1 is a private address"):
        fetch.fetch(site.url("/hop"), LOOPBACK)
    assert connections == [("127.0.0.1", site.port)]


def test_redirect_to_metadata_service_via_name_is_refused(site: Site, connections: list) -> None:
    site.routes["/meta"] = (301, {"Location": "http://metadata.internal/latest"}, b"")

    def resolver(host: str, port: int) -> list[str]:
        return ["169.254.169.254"] if host == "metadata.internal" else ["127.0.0.1"]

    with pytest.raises(FetchError, match="a link-local address"):
        fetch.fetch(site.url("/meta"), FetchPolicy(allow_loopback=True, resolver=resolver))
    assert connections == [("127.0.0.1", site.port)]


def test_at_most_three_redirects(site: Site) -> None:
    for n in range(5):
        site.routes[f"/r{n}"] = (302, {"Location": f"/r{n + 1}"}, b"")
    site.routes["/r5"] = html_page()
    site.routes["/s0"] = (307, {"Location": "/s1"}, b"")
    site.routes["/s1"] = (308, {"Location": "/s2"}, b"")
    site.routes["/s2"] = (303, {"Location": "/r5"}, b"")
    assert fetch.fetch(site.url("/s0"), LOOPBACK).url == site.url("/r5")
    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetch.fetch(site.url("/r0"), LOOPBACK)


@pytest.mark.parametrize(
    "url, message",
    [
        ("ftp://example.com/file.txt", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("http://user:secret@example.com/", "user name or password"),
        ("http:///nohost", "has no host"),
        ("http://example.com:99999/", "not a valid link"),
    ],
)
def test_bad_links_refused(url: str, message: str, connections: list) -> None:
    with pytest.raises(FetchError, match=message):
        fetch.fetch(url)
    assert connections == []


def test_content_type_allow_list(site: Site) -> None:
    site.routes["/image"] = (200, {"Content-Type": "image/png"}, b"\x89PNG....")
    site.routes["/untyped"] = (200, {}, b"some bytes")
    site.routes["/pdf"] = (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4 ...")
    site.routes["/md"] = (200, {"Content-Type": "text/markdown"}, b"# Title\n\nText.")
    with pytest.raises(FetchError, match="image/png is not an article"):
        fetch.fetch(site.url("/image"), LOOPBACK)
    with pytest.raises(FetchError, match="no content type is not an article"):
        fetch.fetch(site.url("/untyped"), LOOPBACK)
    assert fetch.fetch(site.url("/pdf"), LOOPBACK).name == "pdf.pdf"
    assert fetch.fetch(site.url("/md"), LOOPBACK).content_type == "text/markdown"


def test_size_cap_with_and_without_content_length(site: Site) -> None:
    small = FetchPolicy(allow_loopback=True, max_bytes=1000)
    site.routes["/big"] = (200, {"Content-Type": "text/plain"}, b"x" * 5000)
    site.routes["/big-unsized"] = (
        200,
        {"Content-Type": "text/plain", "Connection": "close", "X-No-Length": "1"},
        b"y" * 5000,
    )
    with pytest.raises(FetchError, match="larger than"):
        fetch.fetch(site.url("/big"), small)
    with pytest.raises(FetchError, match="larger than"):
        fetch.fetch(site.url("/big-unsized"), small)


def test_http_errors_are_one_line(site: Site) -> None:
    site.routes["/gone"] = (410, {"Content-Type": "text/html"}, b"gone")
    with pytest.raises(FetchError, match="answered HTTP 410") as caught:
        fetch.fetch(site.url("/gone"), LOOPBACK)
    assert "\n" not in str(caught.value)


def test_slow_site_times_out(site: Site) -> None:
    site.routes["/slow"] = (200, {"Content-Type": "text/html", "X-Sleep": "2"}, b"late")
    with pytest.raises(FetchError, match="in time|too long"):
        fetch.fetch(site.url("/slow"), FetchPolicy(allow_loopback=True, total_timeout=0.5))


def test_proxies_from_the_environment_are_not_used(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")
    site.routes["/direct"] = html_page()
    assert fetch.fetch(site.url("/direct"), LOOPBACK).data == ARTICLE


def test_unresolvable_host_is_a_one_line_error() -> None:
    def resolver(host: str, port: int) -> list[str]:
        raise socket.gaierror("no such host")

    with pytest.raises(FetchError, match="could not be found"):
        fetch.fetch("http://nowhere.invalid/", FetchPolicy(resolver=resolver))


def test_policy_from_env_is_strict_unless_the_test_switch_is_set() -> None:
    assert fetch.policy_from_env({}).allow_loopback is False
    assert fetch.policy_from_env({"SITREP_FETCH_ALLOW_LOOPBACK": "1"}).allow_loopback is True
    assert fetch.policy_from_env({"SITREP_FETCH_ALLOW_LOOPBACK": "yes"}).allow_loopback is False
