"""Politeness under pressure: Retry-After honoured up to a cap, then the URL waits for the next
run; 429 and 503 slow their host down."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from crawler.backoff import retry_after
from tests.conftest import LOCAL_NETWORK
from tests.faultserver import FaultServer, Page, article_page, rss
from tests.test_crawl import articles, crawl


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        (b"120", 120.0),
        ("Fri, 05 Sep 2025 12:01:00 GMT", 60.0),
        ("Fri, 05 Sep 2025 11:00:00 GMT", 0.0),
        (b"soon", None),
        (b"-5", None),
        (None, None),
        ("", None),
    ],
)
def test_retry_after_is_read_as_seconds_or_a_date(header, seconds):
    assert retry_after(header, datetime(2025, 9, 5, 12, 0, tzinfo=UTC)) == seconds


def test_retry_after_is_honoured_up_to_the_cap_then_deferred(scrapy, sqlite_url):
    busy = Page(status=429, headers={"Retry-After": "2"})
    down = Page(status=503)
    with FaultServer() as site, FaultServer(host="127.0.0.1") as closed:
        # The site on 127.0.0.1; the closed host is "localhost", another host for the slots.
        closed_url = f"http://localhost:{closed.port}/closed.html"
        closed.route("/closed.html", Page(status=429, headers={"Retry-After": "3600"}))
        closed.route("/later.html", Page(article_page(43)))
        site.route("/busy.html", [busy, Page(article_page(41))])
        site.route("/down.html", [down, down, Page(article_page(42))])
        site.route("/feed.xml", Page(rss(["busy.html", "down.html"])))
        urls = f"urls={site.url}feed.xml,{closed_url},http://localhost:{closed.port}/later.html"
        result = crawl(
            scrapy, sqlite_url, "news", "-a", urls, *LOCAL_NETWORK, "-s", "BACKOFF_DELAY=0.5",
            "-s", "WORKERS=0", "-s", "ROBOTSTXT_OBEY=False", "-s", "CONCURRENT_REQUESTS=1",
        )  # fmt: skip
        assert closed.counts["/closed.html"] == 1  # not retried at once, twice
        assert site.counts["/busy.html"] == 2 and site.counts["/down.html"] == 3
        first, second = site.times["/busy.html"]
        assert second - first >= 1.9  # Retry-After: 2
    stored = {row["url"].rsplit("/", 1)[1] for row in articles(scrapy, sqlite_url)}
    assert {"busy.html", "down.html"} <= stored and "closed.html" not in stored
    assert re.search(r"'newsmon/deferred/retry_after': 1", result.stderr)
    assert "Deferred " + closed_url in result.stderr


def test_retry_after_counts_from_the_answer_not_from_the_request(scrapy, sqlite_url):
    # A slow answer must not eat into the wait: Scrapy's slot delay runs from the request.
    slow_busy = Page(status=429, headers={"Retry-After": "1"}, stall=1.0)
    with FaultServer() as site:
        site.route("/busy.html", [slow_busy, Page(article_page(44))])
        crawl(
            scrapy, sqlite_url, "news", "-a", f"urls={site.url}busy.html", *LOCAL_NETWORK,
            "-s", "WORKERS=0", "-s", "ROBOTSTXT_OBEY=False", "-s", "RANDOMIZE_DOWNLOAD_DELAY=False",
        )  # fmt: skip
        first, second = site.times["/busy.html"]
        assert second - first >= 1.0 + 1.0 - 0.05  # the stall, then Retry-After: 1
