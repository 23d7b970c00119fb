"""Local servers for the rendering tests: the JavaScript fixture site, and a Splash stand-in.

* :class:`JsSite` serves ``tests/fixtures/js-site/`` (an article shell whose text a script
  fetches from ``api/…json`` and writes into the page) and holds ``/haengt-api`` open until
  it stops, so that a page calling it never finishes rendering.
* :class:`SplashStandIn` speaks the part of Splash's HTTP API that scrapy-splash uses:
  ``POST /render.html`` and ``POST /execute`` with a JSON body of arguments, the
  ``save_args``/``load_args`` argument cache (``X-Splash-Saved-Arguments``, HTTP 498 for an
  unknown key), and Splash's error answers. It is not Splash: it runs no Lua. For both
  endpoints it renders ``args["url"]`` with the real Chromium of this machine
  (``chromium --headless --dump-dom``, JavaScript run, network waited for by a virtual time
  budget) and answers the DOM as ``text/html``, which is what newsmon's script
  (``crawler/splash_render.lua``) returns from Splash. ``execute`` requests must carry that
  script (or its saved key). Pages listed in ``failing`` are answered 503, like an
  overloaded Splash.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import shutil
import subprocess
import threading
from pathlib import Path

from crawler.rendering import SPLASH_SCRIPT

JS_SITE = Path(__file__).parent / "fixtures" / "js-site"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--blink-settings=imagesEnabled=false",
]


class Served:
    """A threaded HTTP server on an ephemeral port of 127.0.0.1, as a context manager."""

    def __init__(self, handler):
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class JsSite(Served):
    """The JavaScript fixture site; ``/haengt-api`` never answers while the server runs."""

    def __init__(self, root: Path = JS_SITE):
        self.released = threading.Event()
        released = self.released

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(root), **kwargs)

            def do_GET(self):
                if self.path.startswith("/haengt-api"):
                    released.wait(60)
                    self.send_error(504)
                    return
                super().do_GET()

            def log_message(self, *args):
                pass

        super().__init__(Handler)

    def stop(self):
        self.released.set()
        super().stop()


def render_with_chromium(url: str, timeout: float) -> bytes:
    """The DOM of ``url`` after its scripts ran, from this machine's headless Chromium."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    budget_ms = int(min(timeout, 5) * 1000)
    result = subprocess.run(
        [chromium, *CHROMIUM_ARGS, f"--virtual-time-budget={budget_ms}", "--dump-dom", url],
        capture_output=True,
        timeout=timeout + 30,
        check=True,
    )
    return result.stdout


class SplashStandIn(Served):
    """Splash's ``render.html`` and ``execute`` endpoints, rendered by Chromium (see above)."""

    def __init__(self, failing: set[str] | None = None):
        self.calls: list[tuple[str, dict]] = []
        self.saved: dict[str, str] = {}
        self.failing = failing or set()
        stand_in = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                args = json.loads(self.rfile.read(length) or b"{}")
                status, headers, body = stand_in.answer(self.path.strip("/"), args)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                # An HTTP/1.0 server closes each connection: said so, the client pools none
                # (else a retry could go out on a connection being closed: ConnectionDone).
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        super().__init__(Handler)

    def answer(self, endpoint: str, args: dict) -> tuple[int, dict, bytes]:
        """Status, headers and body of Splash's answer to ``endpoint`` with ``args``."""
        self.calls.append((endpoint, dict(args)))
        if endpoint not in ("render.html", "execute"):
            return self.error(404, "NotFound", f"no endpoint {endpoint}")
        headers = {}
        for name, key in (args.pop("load_args", None) or {}).items():
            if key not in self.saved:
                return self.error(498, "ExpiredArguments", f"{name} is not saved")
            args[name] = self.saved[key]
        saved = []
        for name in args.pop("save_args", None) or []:
            key = hashlib.sha1(json.dumps(args[name]).encode()).hexdigest()
            self.saved[key] = args[name]
            saved.append(f"{name}={key}")
        if saved:
            headers["X-Splash-Saved-Arguments"] = ";".join(saved)
        if endpoint == "execute" and args.get("lua_source") != SPLASH_SCRIPT:
            return self.error(400, "BadOption", "lua_source is not newsmon's script")
        if args["url"] in self.failing:
            return self.error(503, "GlobalTimeoutError", "overloaded")
        try:
            dom = render_with_chromium(args["url"], float(args.get("timeout", 30)))
        except (subprocess.SubprocessError, OSError) as error:
            return self.error(502, "RenderError", str(error))
        return 200, {**headers, "Content-Type": "text/html; charset=utf-8"}, dom

    @staticmethod
    def error(status: int, kind: str, message: str) -> tuple[int, dict, bytes]:
        body = json.dumps({"error": status, "type": kind, "description": message}).encode()
        return status, {"Content-Type": "application/json"}, body
