"""Bounded work per page: catastrophic patterns are refused at load, and a page whose extraction
runs past EXTRACTION_TIMEOUT is abandoned, logged and counted while the run goes on."""

from __future__ import annotations

import re
import time

import pytest

from crawler.deadline import Bounded, Stalled
from crawler.errors import ConfigError
from crawler.sources import load_sources
from pipelines.text.phrases import check_pattern
from tests.faultserver import article_page, rss
from tests.test_crawl import articles, crawl


@pytest.mark.parametrize(
    "pattern", [r"(a+)+$", r"(\w+\s?)+$", r"(?:x{1,9}){2,}y", r"(?=(a*)*)b", r"((ab)*c)+"]
)
def test_nested_repeats_are_refused(pattern):
    assert "repeat inside a repeat" in check_pattern(pattern)


@pytest.mark.parametrize(
    "pattern", [r"maschinell (?:übersetzt|erstellt)", r"a+b+", r"(ab){2}", r"(a+)++", r"\d+ min"]
)
def test_ordinary_patterns_pass(pattern):
    assert check_pattern(pattern) is None


def test_a_sources_file_with_a_catastrophic_disclaimer_is_rejected_at_load(tmp_path):
    (tmp_path / "feed.xml").write_bytes(rss([]))
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[[sources]]\nname = "Slow"\nfeeds = ["feed.xml"]\ndisclaimers = ["(a+)+$"]\n'
    )
    with pytest.raises(ConfigError) as error:
        load_sources(sources)
    message = str(error.value)
    assert str(sources) in message and "Slow" in message and "'(a+)+$'" in message
    assert "exponential" in message


def spin(seconds: float) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pass
    return "done"


def test_a_bounded_call_is_abandoned_in_time():
    started = time.monotonic()
    with pytest.raises(Stalled, match=r"spin took more than 0\.2 s"):
        Bounded(spin, 0.2)(30)
    assert time.monotonic() - started < 2
    assert Bounded(spin, 5)(0.01) == "done" and Bounded(spin, 0).__name__ == "spin"


def test_a_catastrophic_regex_is_interrupted():
    with pytest.raises(Stalled):
        Bounded(re.search, 0.3)(r"(a|a)+$", "a" * 40 + "b")


@pytest.mark.parametrize("workers", ["0", "1"])
def test_a_stalling_page_is_abandoned_and_the_run_finishes(scrapy, sqlite_url, tmp_path, workers):
    # (a|a)+$ escapes the load-time check (no nested repeat) and backtracks for ages on "aaa…b".
    stalling = article_page(7).replace(b"</article>", b"<p>" + b"a" * 40 + b"b</p></article>")
    (tmp_path / "stalling.html").write_bytes(stalling)
    (tmp_path / "ordinary.html").write_bytes(article_page(8))
    (tmp_path / "feed.xml").write_bytes(rss(["stalling.html", "ordinary.html"]))
    (tmp_path / "sources.toml").write_text(
        '[[sources]]\nname = "Slow"\nfeeds = ["feed.xml"]\ndisclaimers = ["(a|a)+$"]\n'
    )
    started = time.monotonic()
    result = crawl(
        scrapy, sqlite_url, "news", "-a", f"sources={tmp_path / 'sources.toml'}",
        "-s", "EXTRACTION_TIMEOUT=2", "-s", f"WORKERS={workers}",
    )  # fmt: skip
    assert time.monotonic() - started < 90
    assert "'newsmon/stalled/extract': 1" in result.stderr
    assert "Abandoned " + (tmp_path / "stalling.html").as_uri() in result.stderr
    rows = articles(scrapy, sqlite_url)
    assert [row["url"] for row in rows] == [(tmp_path / "ordinary.html").as_uri()]
