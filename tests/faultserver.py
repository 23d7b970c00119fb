"""A local HTTP server that misbehaves on purpose, for the fault matrix and the crawl-surface tests.

Each path answers with a :class:`Page` or a sequence of them (the n-th request gets the n-th,
the last one repeats): any status and headers, a body sent whole, dripped slowly, cut short,
or a connection reset instead of an answer. Every request is recorded in :attr:`hits`.
"""

from __future__ import annotations

import http.server
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

HTML = "text/html; charset=utf-8"
VOCABULARY = (
    "council budget river bridge school teachers hospital doctors railway station harbour "
    "ministers parliament museum library festival market farmers weather storm coast village "
    "mayor court judges police firefighters election voters airport pilots factory workers "
    "union strike theatre orchestra university students scientists climate energy prices"
)
WORDS = VOCABULARY.split()


def article_text(seed: int, words: int = 160) -> str:
    """Plain English-like prose, different for each ``seed``."""
    chosen = [WORDS[(seed * 7 + i * (seed % 5 + 3)) % len(WORDS)] for i in range(words)]
    sentences = [" ".join(chosen[i : i + 12]) for i in range(0, len(chosen), 12)]
    return f"Report {seed}: " + ". ".join(s.capitalize() for s in sentences) + "."


def article_page(
    seed: int, title: str | None = None, canonical: str | None = None, head: str = ""
) -> bytes:
    """An article page (og:type article) whose text is :func:`article_text` of ``seed``."""
    title = title or f"Report number {seed}"
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    text = article_text(seed)
    paragraphs = "".join(f"<p>{s}.</p>" for s in text.split(". ") if s)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:type" content="article">{link}{head}</head><body><article>'
        f"<h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def rss(links: list[str]) -> bytes:
    """An RSS feed listing ``links``."""
    items = "".join(
        f"<item><title>Item {n}</title><link>{link}</link>"
        f"<pubDate>Fri, 05 Sep 2025 1{n % 10}:00:00 GMT</pubDate></item>"
        for n, link in enumerate(links)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Fault feed</title>'
        f"{items}</channel></rss>"
    ).encode()


@dataclass
class Page:
    """One answer. ``drip``: seconds between 64-byte chunks; ``cut``: bytes sent before the
    connection closes (Content-Length still says the whole); ``reset``: no answer at all."""

    body: bytes = b""
    status: int = 200
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)
    drip: float = 0.0
    cut: int | None = None
    reset: bool = False
    stall: float = 0.0  # seconds before anything is sent


class FaultServer:
    """Serves ``routes`` (path → Page or list of Pages) on ``host`` (an ephemeral port, or
    ``port``); a context manager."""

    def __init__(self, routes: dict | None = None, host: str = "127.0.0.1", port: int = 0):
        self.routes: dict[str, list[Page]] = {}
        self.hits: list[str] = []
        self.counts: Counter[str] = Counter()
        self.times: dict[str, list[float]] = {}  # path -> monotonic times of its requests
        self.lock = threading.Lock()
        for path, pages in (routes or {}).items():
            self.route(path, pages)
        self.server = http.server.ThreadingHTTPServer((host, port), self._handler())
        self.server.daemon_threads = True
        self.host, self.port = host, self.server.server_address[1]
        self.url = f"http://{host}:{self.port}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def route(self, path: str, pages: Page | list[Page]) -> None:
        self.routes[path] = pages if isinstance(pages, list) else [pages]

    def next_page(self, path: str) -> Page | None:
        with self.lock:
            self.hits.append(path)
            self.counts[path] += 1
            self.times.setdefault(path, []).append(time.monotonic())
            pages = self.routes.get(path)
            return pages[min(self.counts[path], len(pages)) - 1] if pages else None

    def _handler(self):
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                page = server.next_page(urlsplit(self.path).path)
                if page is not None and page.stall:
                    time.sleep(page.stall)
                if page is None:
                    self.send_error(404)
                elif page.reset:
                    reset(self.connection)
                    self.close_connection = True
                else:
                    self.answer(page)

            def answer(self, page: Page) -> None:
                self.send_response(page.status)
                self.send_header("Content-Type", page.content_type)
                self.send_header("Content-Length", str(len(page.body)))
                for name, value in page.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                body = page.body if page.cut is None else page.body[: page.cut]
                try:
                    if page.drip:
                        for start in range(0, len(body), 64):
                            self.wfile.write(body[start : start + 64])
                            self.wfile.flush()
                            time.sleep(page.drip)
                    else:
                        self.wfile.write(body)
                except OSError:
                    pass  # the client gave up (a timeout): that is the point
                if page.cut is not None:
                    self.close_connection = True

            def log_message(self, *args):
                pass

        return Handler

    def __enter__(self) -> FaultServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def reset(connection: socket.socket) -> None:
    """Close ``connection`` with a TCP reset (SO_LINGER 0) instead of an orderly close."""
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    connection.close()
