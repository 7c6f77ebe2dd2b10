"""A lean HTTP/1.1 client on asyncio streams, for load runs on the same small machine as the server.

httpx costs ~6 ms of CPU per request here, as much as the server's own work; this client costs a
fraction of that, so the figures measure the app rather than the load generator. One connection per
request (gunicorn's sync workers close it anyway), form posts, a cookie jar, Content-Length and
chunked bodies. Loopback only.
"""
from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode, urlsplit


class TransportError(Exception):
    """The connection failed or dropped before a whole response arrived."""


class Response:
    def __init__(self, status: int, headers: dict[str, list[str]], body: bytes) -> None:
        self.status_code = status
        self.headers = {k: v[-1] for k, v in headers.items()}
        self.raw_headers = headers
        self.content = body

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        return json.loads(self.content)


class Client:
    """One browser's worth of state: a cookie jar, requests to one loopback host."""

    def __init__(self, base_url: str, *, timeout: float = 60.0) -> None:
        parts = urlsplit(base_url)
        if parts.hostname not in ("127.0.0.1", "localhost"):
            raise ValueError("load runs stay on loopback")
        self.host, self.port = parts.hostname, parts.port or 80
        self.timeout = timeout
        self.cookies: dict[str, str] = {}
        # Fault tests: the next request with a body sends its head and half the body, awaits
        # ``hold(client_port)`` (which may kill the worker reading it), then the rest. Used once.
        self.hold: Callable[[int], Awaitable[None]] | None = None

    async def request(self, method: str, path: str, *, data: dict[str, Any] | None = None,
                      headers: dict[str, str] | None = None) -> Response:
        """Send one request and read the whole response (raises TransportError on a dropped connection)."""
        try:
            return await asyncio.wait_for(self._request(method, path, data, headers or {}), self.timeout)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ValueError) as exc:
            raise TransportError(f"{type(exc).__name__}: {exc}") from exc

    async def _request(self, method: str, path: str, data: dict[str, Any] | None,
                       headers: dict[str, str]) -> Response:
        body = urlencode(data, doseq=True).encode() if data is not None else b""
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Connection: close",
                 "User-Agent: quizgen-load"]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if data is not None:
            lines += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        reader, writer = await asyncio.open_connection(self.host, self.port, limit=2**20)
        try:
            message = ("\r\n".join(lines) + "\r\n\r\n").encode() + body
            hold, cut = self.hold, len(message) - len(body) // 2
            if hold is not None and body:
                self.hold = None
                writer.write(message[:cut])
                await writer.drain()
                await hold(writer.get_extra_info("sockname")[1])
                message = message[cut:]
            writer.write(message)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status_line, *header_lines = head.decode("latin-1").split("\r\n")
            status = int(status_line.split()[1])
            got: dict[str, list[str]] = {}
            for line in header_lines:
                if ":" in line:
                    k, v = line.split(":", 1)
                    got.setdefault(k.strip().lower(), []).append(v.strip())
            if "content-length" in got:
                content = await reader.readexactly(int(got["content-length"][-1]))
            elif "chunked" in got.get("transfer-encoding", [""])[-1].lower():
                content = await self._chunked(reader)
            else:
                content = await reader.read()
        finally:
            writer.close()
        for cookie in got.get("set-cookie", []):
            self._store_cookie(cookie)
        return Response(status, got, content)

    @staticmethod
    async def _chunked(reader: asyncio.StreamReader) -> bytes:
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                await reader.readuntil(b"\r\n")
                return b"".join(parts)
            parts.append(await reader.readexactly(size))
            await reader.readexactly(2)

    def _store_cookie(self, header: str) -> None:
        pair, *attrs = header.split(";")
        name, _, value = pair.strip().partition("=")
        expired = any(a.strip().lower() in ("max-age=0",) for a in attrs) or (
            not value and any(a.strip().lower().startswith("expires=thu, 01 jan 1970") for a in attrs))
        if expired:
            self.cookies.pop(name, None)
        else:
            self.cookies[name] = value

    async def aclose(self) -> None:
        """Nothing stays open between requests; kept so it can stand in for an httpx client."""
