"""Serve a folder over HTTP on 127.0.0.1 from memory, fast enough not to be what a crawl waits on.

Every file is read once at start-up; requests are answered from memory by a
threaded HTTP/1.1 server with keep-alive. Run it in its own process for a
benchmark (``python -m bench.siteserver DIR`` prints the base URL, then serves
until stdin closes), or as a context manager in a test.
"""

from __future__ import annotations

import http.server
import sys
import threading
from collections import Counter
from email.utils import formatdate
from pathlib import Path
from urllib.parse import unquote, urlsplit

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
}
LAST_MODIFIED = formatdate(1759248000, usegmt=True)  # 2025-09-30


def load_files(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by its URL path ("/a/b.html")."""
    return {
        "/" + path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file()
    }


class SiteServer:
    """The files of ``root`` served on an ephemeral port of 127.0.0.1."""

    def __init__(self, root: Path):
        files = load_files(Path(root))
        # Requests answered, by path: tests count how often each page was fetched.
        self.hits: Counter[str] = Counter()
        hits, counting = self.hits, threading.Lock()

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                path = unquote(urlsplit(self.path).path)
                if path.endswith("/"):
                    path += "index.html"
                with counting:
                    hits[path] += 1
                body = files.get(path)
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", CONTENT_TYPES.get(Path(path).suffix, "text/plain"))
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Last-Modified", LAST_MODIFIED)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # a benchmark's output stays readable
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def main(root: str) -> None:
    with SiteServer(Path(root)) as server:
        print(server.url, flush=True)
        sys.stdin.read()  # serve until the parent closes our stdin


if __name__ == "__main__":
    main(sys.argv[1])
