"""URL ingest against a local HTTP server in a thread (never the internet)."""
from __future__ import annotations

import gzip
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from paths import ARTICLES

from quizgen.errors import FetchError
from quizgen.ingest import load_article
from quizgen.ingest import url as url_module
from quizgen.ingest.url import is_public_address

SEED = (ARTICLES / "00-seed-pompeo-xinjiang.txt").read_text(encoding="utf-8")
PARAS = SEED.split("\n\n")[1:12]
PAGE = ("<html><head><title>Pompeo invited to Xinjiang</title></head><body><article>"
        "<h1>Pompeo invited to Xinjiang</h1>" + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</article></body></html>").encode("utf-8")
RELEASE = threading.Event()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, format, *args):  # keep test output quiet
        pass

    def send(self, status, body=b"", ctype="text/html; charset=utf-8", length=True, **headers):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # http.server's name
        routes = {
            "/article.html": lambda: self.send(200, PAGE),
            "/article.txt": lambda: self.send(200, SEED.encode(), "text/plain"),
            "/cp1252": lambda: self.send(
                200, PAGE.decode().replace("Pompeo invited", "Pompeo \u201cinvited\u201d").encode("cp1252"),
                "text/html; charset=windows-1252"),
            "/gzip": lambda: self.send(200, gzip.compress(PAGE), Content_Encoding="gzip"),
            "/redirect": lambda: self.send(302, Location="/article.html"),
            "/loop": lambda: self.send(302, Location="/loop"),
            "/to-other-host": lambda: self.send(302, Location=f"http://127.0.0.2:{self.server.server_port}/x"),
            "/missing": lambda: self.send(404, b"not here"),
            "/big": lambda: self.send(200, b"<p>" + b"word " * 40_000 + b"</p>"),
            "/big-unsized": lambda: self.send(200, b"<p>" + b"word " * 40_000 + b"</p>", length=False),
            "/image": lambda: self.send(200, b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png"),
        }
        if self.path == "/slow":
            RELEASE.wait(5)
            return
        routes.get(self.path, lambda: self.send(404))()


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    RELEASE.set()
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def test_fetches_html_when_private_addresses_are_allowed(server):
    article = load_article(f"{server}/article.html", allow_private_urls=True)
    assert article.title == "Pompeo invited to Xinjiang"
    assert [p.text for p in article.paragraphs] == PARAS
    assert article.source_url == f"{server}/article.html"


def test_loopback_is_refused_by_default(server):
    with pytest.raises(FetchError) as info:
        load_article(f"{server}/article.html")
    message = str(info.value)
    assert "does not fetch pages from private or local network addresses (127.0.0.1 is 127.0.0.1)" in message
    assert "upload the file" in message


@pytest.mark.parametrize("url", [
    "http://localhost/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]/",
    "http://192.168.1.1:8080/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/",
])
def test_private_link_local_and_loopback_targets_are_refused(url):
    with pytest.raises(FetchError, match="private or local network"):
        load_article(url)


def test_redirect_is_followed(server):
    article = load_article(f"{server}/redirect", allow_private_urls=True)
    assert len(article.paragraphs) == 11
    assert article.source_url == f"{server}/article.html"  # the final address


def test_redirect_target_is_checked_again(server, monkeypatch):
    # pretend 127.0.0.1 is public; the redirect to 127.0.0.2 must still be refused
    monkeypatch.setattr(url_module, "is_public_address", lambda ip: ip == "127.0.0.1")
    with pytest.raises(FetchError, match=r"private or local network addresses \(127.0.0.2 is 127.0.0.2\)"):
        load_article(f"{server}/to-other-host")


def test_redirect_loop(server):
    with pytest.raises(FetchError, match="redirected too many times"):
        load_article(f"{server}/loop", allow_private_urls=True)


def test_plain_text_page(server):
    article = load_article(f"{server}/article.txt", allow_private_urls=True)
    assert article.text == SEED and len(article.paragraphs) == 11
    assert article.set_aside[0].startswith("Mike Pompeo, China")
    assert article.source_url == f"{server}/article.txt"


def test_charset_from_content_type(server):
    article = load_article(f"{server}/cp1252", allow_private_urls=True)
    assert article.title == "Pompeo \u201cinvited\u201d to Xinjiang"


def test_gzip_body(server):
    article = load_article(f"{server}/gzip", allow_private_urls=True)
    assert len(article.paragraphs) == 11


def test_error_status(server):
    with pytest.raises(FetchError, match="answered with error 404 \\(Not Found\\)"):
        load_article(f"{server}/missing", allow_private_urls=True)


@pytest.mark.parametrize("path", ["/big", "/big-unsized"])
def test_size_cap(server, path):
    with pytest.raises(FetchError, match="larger than 0.1 MB"):
        load_article(f"{server}{path}", allow_private_urls=True, max_bytes=100_000)


def test_timeout(server):
    with pytest.raises(FetchError, match="took longer than 0.3 seconds"):
        load_article(f"{server}/slow", allow_private_urls=True, timeout=0.3)


def test_image_is_not_an_article(server):
    with pytest.raises(FetchError, match="is image, not an article"):
        load_article(f"{server}/image", allow_private_urls=True)


@pytest.mark.parametrize("url", ["ftp://example.org/a.txt", "file:///etc/passwd", "javascript://alert(1)"])
def test_only_http_and_https(url):
    with pytest.raises(FetchError, match="only fetches http:// and https://"):
        load_article(url)


def test_connection_refused():
    with socket.socket() as sock:  # bound but not listening: connections to it are refused
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        with pytest.raises(FetchError, match="could not download"):
            load_article(f"http://127.0.0.1:{port}/", allow_private_urls=True)


@pytest.mark.parametrize(("ip", "public"), [
    ("8.8.8.8", True), ("2606:4700:4700::1111", True), ("127.0.0.1", False), ("10.1.2.3", False),
    ("172.16.0.1", False), ("192.168.0.1", False), ("169.254.1.1", False), ("100.64.0.1", False),
    ("224.0.0.1", False), ("240.0.0.1", False), ("0.0.0.0", False), ("::1", False), ("fe80::1%eth0", False),
    ("fc00::1", False), ("::ffff:10.0.0.1", False), ("ff02::1", False),
])
def test_is_public_address(ip, public):
    assert is_public_address(ip) is public
