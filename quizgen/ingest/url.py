"""Fetch an article page over http(s), refusing private and local network addresses.

Redirects are followed here, one hop at a time, so that every host on the way is resolved
and checked; the connection then goes to the checked address itself (the name is not
resolved a second time), which keeps a DNS answer from changing between check and use.
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from quizgen.errors import FetchError

MAX_REDIRECTS = 5
USER_AGENT = "Quizgen/0.1 (+lesson builder; fetches one article page on a teacher's request)"


@dataclass(frozen=True)
class Fetched:
    """A fetched page: final URL after redirects, body bytes and media type."""

    url: str
    body: bytes
    content_type: str  # "text/html", "application/pdf", ... (lowercase, no parameters)
    charset: str | None


def is_public_address(ip: str) -> bool:
    """Is ``ip`` a public unicast address (not loopback, private, link-local, multicast, reserved)?"""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return not (
        addr.is_private
        or addr.is_loopback
        or addr.is_link_local
        or addr.is_multicast
        or addr.is_reserved
        or addr.is_unspecified
        or not addr.is_global
    )


def resolve(host: str, port: int, *, allow_private: bool) -> list[str]:
    """Every address ``host`` resolves to; raise FetchError when one of them is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(
            f"Quizgen could not find the website {host!r}. Check the address for typos."
        ) from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not allow_private:
        for ip in addresses:
            if not is_public_address(ip):
                raise FetchError(
                    f"Quizgen does not fetch pages from private or local network addresses ({host} is {ip}). "
                    "Use the article's public web address, or save the page and upload the file."
                )
    return addresses


def fetch(
    url: str, *, allow_private: bool = False, timeout: float = 10.0, max_bytes: int = 5_000_000
) -> Fetched:
    """GET ``url`` (http/https only), following up to MAX_REDIRECTS redirects.

    Args:
        url: the page address.
        allow_private: also fetch from loopback/private addresses (tests, intranets).
        timeout: seconds for the whole fetch (and for each connect and read).
        max_bytes: largest body accepted.

    Raises:
        FetchError: bad scheme, refused address, timeout, too large, error status, too many redirects.
    """
    deadline = time.monotonic() + timeout
    for _ in range(MAX_REDIRECTS + 1):
        status, headers, body = _get_once(url, allow_private, timeout, deadline, max_bytes)
        if status in (301, 302, 303, 307, 308):
            location = headers.get("location")
            if not location:
                raise FetchError(
                    f"The web page at {url} redirected without saying where to. Try another address."
                )
            url = urljoin(url, location.strip())
            continue
        if status >= 400 or status < 200:
            raise FetchError(
                f"The web page at {url} answered with error {status} "
                f"({http.client.responses.get(status, 'error')}). "
                "Check the address, or copy the article's text and paste it instead."
            )
        media, _, params = (headers.get("content-type") or "").partition(";")
        charset = None
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.lower() == "charset" and value:
                charset = value.strip("\"' ").lower()
        return Fetched(url, body, media.strip().lower(), charset)
    raise FetchError(
        f"The web page at {url} redirected too many times. Copy the article's text and paste it instead."
    )


def _get_once(
    url: str, allow_private: bool, timeout: float, deadline: float, max_bytes: int
) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(
            f"Quizgen only fetches http:// and https:// web addresses, not {scheme or 'this'!r}. "
            "Upload the file instead."
        )
    host = parts.hostname
    if not host:
        raise FetchError(f"{url!r} is not a complete web address. Copy it again from your browser.")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(f"{url!r} has an invalid port number. Copy the address again.") from exc
    addresses = resolve(host, port, allow_private=allow_private)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    try:
        conn = _connect(scheme, host, port, addresses[0], timeout)
        try:
            conn.request("GET", path, headers={
                "Host": parts.netloc.rsplit("@", 1)[-1],
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,text/plain,application/pdf;q=0.9,*/*;q=0.5",
                "Accept-Encoding": "gzip, deflate",
                "Connection": "close",
            })
            response = conn.getresponse()
            headers = {k.lower(): v for k, v in response.getheaders()}
            if response.status in (301, 302, 303, 307, 308) or response.status >= 400:
                return response.status, headers, b""
            body = _read_body(response, headers, deadline, max_bytes, url)
            return response.status, headers, body
        finally:
            conn.close()
    except TimeoutError as exc:
        raise _timeout(url, timeout) from exc
    except ssl.SSLError as exc:
        raise FetchError(
            f"The secure connection to {host} failed ({exc.reason or 'certificate problem'}). "
            "Save the page and upload the file instead."
        ) from exc
    except (OSError, http.client.HTTPException) as exc:
        raise FetchError(
            f"Quizgen could not download {url} ({type(exc).__name__}). "
            "Check the address, or copy the article's text and paste it instead."
        ) from exc


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to an already checked address instead of resolving the host again."""

    def __init__(self, host: str, port: int, ip: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._ip = ip

    def connect(self) -> None:
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to a checked address; the certificate is verified against the host name."""

    def __init__(self, host: str, port: int, ip: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._ip = ip

    def connect(self) -> None:
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def _connect(scheme: str, host: str, port: int, ip: str, timeout: float) -> http.client.HTTPConnection:
    cls = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    return cls(host, port, ip, timeout)


def _read_body(response: http.client.HTTPResponse, headers: dict[str, str], deadline: float,
               max_bytes: int, url: str) -> bytes:
    length = headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise _too_large(url, max_bytes)
    encoding = headers.get("content-encoding", "identity").lower()
    inflater = None
    if encoding in ("gzip", "x-gzip", "deflate"):
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, auto-detected
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = response.read(65536)
        if not chunk:
            break
        if inflater is not None:
            chunk = inflater.decompress(chunk, max_bytes + 1 - size)
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(url, max_bytes)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(url: str, max_bytes: int) -> FetchError:
    return FetchError(
        f"The web page at {url} is larger than {max_bytes / 1_000_000:g} MB, too large to be one article. "
        "Copy the article's text and paste it instead."
    )


def _timeout(url: str, timeout: float) -> FetchError:
    return FetchError(
        f"The web page at {url} took longer than {timeout:g} seconds to answer. "
        "Try again later, or copy the article's text and paste it instead."
    )
