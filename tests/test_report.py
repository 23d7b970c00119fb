"""`scrapy report`: after a replay and a crawl, a self-contained HTML file whose timeline
charts headless Chromium draws, one mark per (day, outlet) data point."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import LOCAL_NETWORK, SEEDS
from tests.test_crawl import articles, crawl

SCREENSHOT = Path(__file__).resolve().parent.parent / "data" / "report-screenshot.png"


class Resources(HTMLParser):
    """What a page would fetch: src attributes, stylesheet and icon links, CSS urls."""

    def __init__(self):
        super().__init__()
        self.fetched: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("src"):
            self.fetched.append(attrs["src"])
        if tag == "link" and attrs.get("href"):
            self.fetched.append(attrs["href"])
        if tag in ("image", "use") and (attrs.get("href") or attrs.get("xlink:href")):
            self.fetched.append(attrs.get("href") or attrs.get("xlink:href"))

    def handle_data(self, data):
        self.fetched += re.findall(r"url\(\s*['\"]?([^'\")]+)", data)
        self.fetched += re.findall(r"@import\s+['\"]([^'\"]+)", data)


def chromium(*args: str) -> subprocess.CompletedProcess:
    """Headless Chromium (Debian's ``chromium``), as the CI installs it."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        pytest.fail("chromium is not installed: apt-get install chromium (.ci/run does)")
    return subprocess.run(
        [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def expected_points(rows: list[dict]) -> dict[int, Counter]:
    """Per story, the (day, outlet) points its timeline should show: dated articles on their
    publication day (all on their crawl day if none is dated)."""
    stories: dict[int, list[dict]] = {}
    for row in rows:
        stories.setdefault(row["story_id"], []).append(row)
    points = {}
    for story_id, members in stories.items():
        dated = [r for r in members if r["published"]] or members
        points[story_id] = Counter(
            (r["published"] or r["crawled_at"][:10], r["source"]) for r in dated
        )
    return points


def test_must_show_1_html_report_with_timelines_drawn_by_chromium(
    scrapy, sqlite_url, site_server, tmp_path
):
    crawl(scrapy, sqlite_url, "replay", "-a", f"path={SEEDS}")
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[sources]]\nname = "Fixture"\nfeeds = ["{site_server}feed.xml"]\n')
    crawl(scrapy, sqlite_url, "news", "-a", f"sources={sources}", *LOCAL_NETWORK)
    html_file = tmp_path / "report.html"
    result = scrapy("report", "--html", str(html_file), database_url=sqlite_url)
    assert result.returncode == 0, result.stderr
    html = html_file.read_text(encoding="utf-8")

    # Self-contained: nothing to fetch, over http(s) or otherwise.
    parser = Resources()
    parser.feed(html)
    assert parser.fetched == []
    assert "<script src" not in html and "@import" not in html

    rows = articles(scrapy, sqlite_url)
    points = expected_points(rows)
    # After the scripts ran, each chart says how many marks the browser laid out.
    dom = chromium("--dump-dom", html_file.as_uri()).stdout
    charts = re.findall(r'<section class="card story" id="story-(\d+)".*?</section>', dom, re.S)
    assert len(charts) == len({r["story_id"] for r in rows}) > 3
    for story_id in charts:
        section = re.search(
            rf'id="story-{story_id}".*?<svg class="timeline"[^>]*>.*?</svg>', dom, re.S
        ).group(0)
        marks = re.findall(
            r'<rect class="mark"[^>]*data-day="([^"]+)" data-outlet="([^"]+)" '
            r'data-count="(\d+)"',
            section,
        )
        want = points[int(story_id)]
        assert {(day, outlet): int(n) for day, outlet, n in marks} == dict(want), story_id
        assert len(marks) == len(want)
        drawn = re.search(r'data-drawn="(\d+)"', section)
        assert drawn, "the chart's script did not run"
        assert int(drawn.group(1)) == len(want)
    # The Ukraine story has articles of several outlets over two days.
    assert max(len(p) for p in points.values()) >= 4

    # Since the last run (the news crawl): its articles only; the replayed story has grown.
    text = scrapy("report", "--since-last-run", database_url=sqlite_url).stdout
    new_part, grown_part = text.split("Grown stories")[0], text.split("Grown stories")[1]
    assert "New articles by outlet" in text and "000_4ff62c2f2672f3f6: 1" not in text
    assert "Westliche Soldaten" in grown_part.split("New articles")[0]
    assert "Westliche Soldaten" not in new_part

    # A phone-sized screenshot goes with the note.
    SCREENSHOT.parent.mkdir(exist_ok=True)
    chromium("--window-size=412,2400", f"--screenshot={SCREENSHOT}", html_file.as_uri())
    assert SCREENSHOT.stat().st_size > 10_000
