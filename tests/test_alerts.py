"""Source health and alerts, end to end: crawls of a local site whose feed disappears, a local
HTTP receiver (apprise ``json://``) and a local SMTP server (apprise ``mailto://``)."""

from __future__ import annotations

import base64
import email
import email.policy
import functools
import http.server
import json
import re
import socket
import threading

import pytest
from aiosmtpd.controller import Controller

from tests.conftest import LOCAL_NETWORK, SEEDS, SITE, QuietHandler
from tests.test_crawl import crawl as crawl_as_user

WATCH = "ukraine-schutztruppe"
SECRET = "s3cr3t-hook-password"
STORY_TITLE = "Putin droht: Westliche Soldaten wären „legitime Ziele“"


class FlakySite(QuietHandler):
    """The fixture site; paths in ``gone`` answer 404."""

    gone: set[str] = set()

    def do_GET(self):
        if self.path in self.gone:
            self.send_error(404)
        else:
            super().do_GET()


class Receiver(http.server.BaseHTTPRequestHandler):
    """Keeps each POSTed JSON body in ``received``."""

    received: list[dict]

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        auth = self.headers.get("Authorization", "")
        self.received.append({"path": self.path, "auth": auth, **json.loads(body)})
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


class Mailbox:
    """aiosmtpd handler: keeps each message."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)
        )
        return "250 OK"


def serve(handler) -> tuple[http.server.ThreadingHTTPServer, int]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def receivers():
    """A flaky fixture site, a JSON webhook receiver and an SMTP server, all on 127.0.0.1."""
    site_handler = type("Site", (FlakySite,), {"gone": set()})
    site, site_port = serve(functools.partial(site_handler, directory=str(SITE)))
    hook_handler = type("Hook", (Receiver,), {"received": []})
    hook, hook_port = serve(hook_handler)
    mailbox = Mailbox()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    yield {
        "site": f"http://127.0.0.1:{site_port}/",
        "gone": site_handler.gone,
        # The password comes from the environment (SECRET, set by the test).
        "hook": f"json://newsmon:${{NEWSMON_TEST_HOOK_SECRET}}@127.0.0.1:{hook_port}/hook",
        "posts": hook_handler.received,
        "mailto": f"mailto://127.0.0.1:{smtp.port}?mode=insecure"
        "&from=newsmon@example.org&to=desk@example.org",
        "mails": mailbox.messages,
    }
    smtp.stop()
    for server in (site, hook):
        server.shutdown()
        server.server_close()


def sources_file(tmp_path, site: str, notify: list[str]):
    path = tmp_path / "sources.toml"
    examples = [str(SEEDS / "000_4ff62c2f2672f3f6.txt"), str(SEEDS / "002_a49ea989e3a13d76.txt")]
    path.write_text(
        f"""
[[sources]]
name = "Flaky Feed"
feeds = ["{site}feed.xml"]

[[watches]]
name = "{WATCH}"
examples = {json.dumps(examples)}
keywords = ["Koalition der Willigen", "Schutztruppe", "Sicherheitsgarantien"]

[alerts]
notify = {json.dumps(notify)}
failing_runs = 2
""",
        encoding="utf-8",
    )
    return path


def digests(receivers) -> list[tuple[str, str]]:
    """(title, body) of every digest each channel received, webhook first, then e-mail."""
    posts = [(p["title"], p["message"]) for p in receivers["posts"]]
    mails = [(m["Subject"], m.get_body(("plain",)).get_content()) for m in receivers["mails"]]
    return posts, mails


def test_must_show_3_digests_for_new_articles_and_a_broken_feed(
    scrapy, sqlite_url, tmp_path, receivers, monkeypatch
):
    monkeypatch.setenv("NEWSMON_TEST_HOOK_SECRET", SECRET)
    sources = sources_file(tmp_path, receivers["site"], [receivers["hook"], receivers["mailto"]])
    news = ("news", "-a", f"sources={sources}", "-s", "LOG_LEVEL=DEBUG", *LOCAL_NETWORK)

    def crawl(*args, unreachable: bool = False):
        if unreachable:  # its one source answers 404: the run could not do its job (exit 1)
            result = scrapy("crawl", *args[2:], database_url=args[1])
            assert result.returncode == 1, result.stderr[-3000:]
            assert "every source was unreachable" in result.stderr.strip().splitlines()[-1]
        else:
            result = crawl_as_user(*args)
        assert SECRET not in result.stdout + result.stderr  # the secret is never printed
        return result

    # Run 1: new articles relevant to the watch: one digest naming them and their story.
    crawl(scrapy, sqlite_url, *news)
    posts, mails = digests(receivers)
    assert len(posts) == len(mails) == 1
    assert (
        receivers["posts"][0]["auth"]
        == "Basic " + base64.b64encode(f"newsmon:{SECRET}".encode()).decode()
    )
    for title, body in (posts[0], mails[0]):
        assert "new article" in title
        assert re.search(rf"- {re.escape(STORY_TITLE)} \(Tagesblick; {WATCH}\)", body), body
        assert re.search(rf"in story \d+: {re.escape(STORY_TITLE)}", body)
        assert "broke" not in body

    # Run 2: the same feed, nothing new: nothing is sent.
    crawl(scrapy, sqlite_url, *news)
    assert digests(receivers) == (posts, mails)
    status = scrapy("sources", "status", str(sources), database_url=sqlite_url)
    assert "Flaky Feed: OK" in status.stdout, status.stdout + status.stderr

    # Runs 3 and 4: the feed answers 404. After one run a warning, after two broken, with one
    # digest naming the source; the status says why.
    receivers["gone"].add("/feed.xml")
    crawl(scrapy, sqlite_url, *news, unreachable=True)
    assert digests(receivers) == (posts, mails)
    status = scrapy("sources", "status", str(sources), database_url=sqlite_url).stdout
    assert "Flaky Feed: WARNING" in status, status
    crawl(scrapy, sqlite_url, *news, unreachable=True)
    status = scrapy("sources", "status", str(sources), database_url=sqlite_url).stdout
    assert "Flaky Feed: BROKEN" in status, status
    assert "feed.xml answered 404 (2 runs in a row)" in status
    assert "no articles (2 runs in a row)" in status
    assert "errors: http_404 ×1" in status
    posts, mails = digests(receivers)
    assert len(posts) == len(mails) == 2
    for title, body in (posts[1], mails[1]):
        assert "broken source" in title
        assert "Flaky Feed" in body and "404" in body
        assert "new article" not in body

    # Run 5: still broken, nothing new: nothing is sent again.
    crawl(scrapy, sqlite_url, *news, unreachable=True)
    assert [len(channel) for channel in digests(receivers)] == [2, 2]
