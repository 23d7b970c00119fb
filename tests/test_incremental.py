"""Incremental crawls against a server that honours ETag and If-Modified-Since: feeds and
sitemaps asked conditionally (304), known articles not fetched again unless a feed says they
changed, edits kept as versions; gzipped sitemaps and robots.txt Sitemap: lines read."""

from __future__ import annotations

import functools
import gzip
import hashlib
import http.server
import json
import re
import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crawler.discovery import Link, newest_first
from tests.conftest import LOCAL_NETWORK, SITE
from tests.test_crawl import articles

LISTINGS = {"/feed.xml", "/atom.xml", "/sitemap-index.xml", "/sitemap.xml", "/news-sitemap.xml"}
EDITED = "tagesblick/ausland/koalition-der-willigen-paris-schutztruppe-102.html"
OLD_SENTENCE = "Österreich nahm an den Beratungen als Beobachter teil."
NEW_SENTENCE = "Österreich und die Schweiz nahmen an den Beratungen als Beobachter teil."
FAST = ("-s", "AUTOTHROTTLE_ENABLED=False", *LOCAL_NETWORK)


class ConditionalHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder with an ETag per file; answers If-None-Match (and, through the
    standard handler, If-Modified-Since) with 304. Logs (path, status, conditional)."""

    requests: list[tuple[str, int, bool]]

    def send_head(self):
        self.etag = None
        path = Path(self.translate_path(self.path))
        if path.is_file():
            etag = '"' + hashlib.sha1(path.read_bytes()).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return None
            self.etag = etag
        return super().send_head()

    def end_headers(self):
        if getattr(self, "etag", None):
            self.send_header("ETag", self.etag)
            self.etag = None
        super().end_headers()

    def log_request(self, code="-", size="-"):
        conditional = "If-None-Match" in self.headers or "If-Modified-Since" in self.headers
        self.requests.append((self.path, int(code), conditional))


@pytest.fixture
def conditional_site(tmp_path):
    """A copy of the fixture site (so it can be edited) served with validators."""
    root = tmp_path / "site"
    shutil.copytree(SITE, root)
    log: list[tuple[str, int, bool]] = []
    handler = type("Handler", (ConditionalHandler,), {"requests": log})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(root))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}/", log
    server.shutdown()
    server.server_close()


def sources_file(folder: Path, base: str, **lists: list[str]) -> Path:
    path = folder / "sources.toml"
    lines = ["[[sources]]", 'name = "fixture-site"']
    lines += [f"{key} = {json.dumps([base + u for u in urls])}" for key, urls in lists.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def crawl(scrapy, database_url, sources: Path, log: list) -> dict:
    """One `scrapy crawl news`; the run's record from `scrapy runs`."""
    log.clear()
    result = scrapy("crawl", "news", "-a", f"sources={sources}", *FAST, database_url=database_url)
    assert result.returncode == 0, result.stderr[-3000:]
    runs = scrapy("runs", "--json", "--limit", "1", database_url=database_url)
    return json.loads(runs.stdout)


def test_a_re_crawl_asks_conditionally_and_an_edit_becomes_a_version(
    scrapy, sqlite_url, conditional_site, tmp_path
):
    root, base, log = conditional_site
    sources = sources_file(
        tmp_path, base, feeds=["feed.xml", "atom.xml"], sitemaps=["sitemap-index.xml"]
    )
    first = crawl(scrapy, sqlite_url, sources, log)
    assert first["new"] == 7 and first["status"] == "ok"
    assert {path for path, status, _ in log if status == 200} >= LISTINGS

    second = crawl(scrapy, sqlite_url, sources, log)
    listings = [(path, status, conditional) for path, status, conditional in log
                if path in LISTINGS]  # fmt: skip
    assert {path for path, _, _ in listings} == LISTINGS
    assert all(status == 304 and conditional for _, status, conditional in listings), listings
    fetched = {path for path, _, _ in log}
    assert not any(re.search(r"-\d+\.html$|/\d{4}/\d\d/\d\d/", path) for path in fetched), fetched
    assert (second["new"], second["updated"], second["status"]) == (0, 0, "ok")
    assert len(articles(scrapy, sqlite_url)) == 7

    page = root / EDITED
    page.write_text(page.read_text("utf-8").replace(OLD_SENTENCE, NEW_SENTENCE), "utf-8")
    atom = root / "atom.xml"
    now = datetime.now(UTC).isoformat(timespec="seconds")
    atom.write_text(
        atom.read_text("utf-8").replace(
            "<updated>2025-09-04T21:30:00+02:00</updated>", f"<updated>{now}</updated>"
        ),
        "utf-8",
    )
    third = crawl(scrapy, sqlite_url, sources, log)
    assert (third["new"], third["updated"]) == (0, 1)
    statuses = {path: status for path, status, _ in log}
    assert statuses["/atom.xml"] == 200 and statuses["/" + EDITED] == 200
    assert all(statuses[path] == 304 for path in LISTINGS - {"/atom.xml"})
    rows = articles(scrapy, sqlite_url)
    (edited,) = [row for row in rows if row["url"].endswith(EDITED)]
    assert edited["version"] == 2 and NEW_SENTENCE in edited["text"]
    assert sum(row["version"] for row in rows) == 8

    history = scrapy("articles", "--versions", str(edited["id"]), database_url=sqlite_url)
    assert history.returncode == 0, history.stderr
    assert "== version 1" in history.stdout and "== version 2" in history.stdout
    assert "--- version 1\n+++ version 2\n" in history.stdout
    assert f"\n-{OLD_SENTENCE}" in history.stdout and f"\n+{NEW_SENTENCE}" in history.stdout


def test_gzipped_sitemaps_named_in_robots_txt_are_read(scrapy, sqlite_url, conditional_site,
                                                       tmp_path):  # fmt: skip
    root, base, log = conditional_site
    sitemap = (root / "news-sitemap.xml").read_bytes()
    (root / "news-sitemap.xml.gz").write_bytes(gzip.compress(sitemap))
    (root / "robots.txt").write_text(
        "User-agent: *\nDisallow: /private/\n\nSitemap: news-sitemap.xml.gz\n", "utf-8"
    )
    sources = sources_file(tmp_path, base, pages=["northbridge/about.html"])
    run = crawl(scrapy, sqlite_url, sources, log)
    assert run["new"] == 7, run
    assert ("/news-sitemap.xml.gz", 200, False) in log


def test_a_sitemap_is_capped_to_its_newest_entries(scrapy, sqlite_url, site_server):
    result = scrapy("crawl", "news", "-a", f"urls={site_server}news-sitemap.xml", *FAST,
                    "-s", "SITEMAP_MAX_ENTRIES=2", database_url=sqlite_url)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    published = sorted(row["published_at"] for row in articles(scrapy, sqlite_url))
    assert published == ["2025-09-05T14:12:00+02:00", "2025-09-05T16:45:00+02:00"]


def test_newest_first_keeps_undated_entries_last_in_their_order():
    day = functools.partial(datetime, 2025, 9, tzinfo=UTC)
    links = [Link("a"), Link("b", modified=day(3)), Link("c"), Link("d", published=day(5))]
    assert [link.url for link in newest_first(links)] == ["d", "b", "a", "c"]
