"""Pages that need JavaScript, end to end: `scrapy crawl news` of the JavaScript fixture site
(tests/fixtures/js-site/) plain, through the real Chromium (scrapy-playwright), and through
scrapy-splash against a local server that speaks Splash's HTTP API (tests/rendering_servers.py).
"""

from __future__ import annotations

import shutil

import pytest

from tests.rendering_servers import JsSite, SplashStandIn
from tests.test_crawl import articles, crawl

RADWEGE = "artikel/radwege.html"
MESSE = "artikel/messe.html"
RADWEGE_TEXT = "Bis 2028 sollen zwölf Kilometer geschützte Radstreifen entstehen"
MESSE_TEXT = "mehr als 240.000 Menschen"
# Chromium is heavy and the machine is shared: one context of two pages.
SMALL_POOL = ("-s", "PLAYWRIGHT_MAX_CONTEXTS=1", "-s", "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT=2")
# Faster runs: no politeness towards the tests' own server.
QUICK = ("-s", "AUTOTHROTTLE_ENABLED=False", "-s", "ROBOTSTXT_OBEY=False")

needs_chromium = pytest.mark.skipif(
    not (shutil.which("chromium") or shutil.which("chromium-browser")),
    reason="Chromium is not installed (apt-get install chromium; .ci/run installs it)",
)


def sources_file(tmp_path, feed_url: str, render: str | None = None):
    """A sources file with one source, the fixture site's feed, rendered by ``render``."""
    lines = ["[[sources]]", 'name = "Neckarbote"', f'feeds = ["{feed_url}"]']
    if render:
        lines.append(f'render = "{render}"')
    path = tmp_path / "sources.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stored_text(rows, url: str) -> str:
    found = [row["text"] for row in rows if row["url"] == url]
    assert found, f"{url} is not stored"
    return found[0]


def test_without_rendering_the_script_written_article_stores_no_text(scrapy, sqlite_url, tmp_path):
    with JsSite() as site:
        sources = sources_file(tmp_path, site.url + "feed.xml")
        result = crawl(scrapy, sqlite_url, "news", "-a", f"sources={sources}", *QUICK)
    assert articles(scrapy, sqlite_url) == []
    assert f"No article text in {site.url}{RADWEGE}: text too short" in result.stderr
    assert "'newsmon/no_text/text too short': 2" in result.stderr
    assert "playwright" not in result.stderr and "splash" not in result.stderr


@needs_chromium
def test_rendered_by_chromium_the_article_text_is_stored(scrapy, sqlite_url, tmp_path):
    with JsSite() as site:
        sources = sources_file(tmp_path, site.url + "feed.xml", render="playwright")
        result = crawl(scrapy, sqlite_url, "news", "-a", f"sources={sources}", *QUICK, *SMALL_POOL)
    rows = articles(scrapy, sqlite_url)
    assert RADWEGE_TEXT in stored_text(rows, site.url + RADWEGE)
    assert MESSE_TEXT in stored_text(rows, site.url + MESSE)
    assert "Der Artikel wird geladen" not in " ".join(row["text"] for row in rows)
    # Only the two article pages went through Chromium, the feed was fetched plain…
    assert "'playwright/page_count': 2" in result.stderr
    # …and the logo image of each page was not loaded.
    assert "'playwright/request_count/aborted': 2" in result.stderr


@needs_chromium
def test_a_page_that_never_renders_is_retried_once_then_counted(scrapy, sqlite_url, tmp_path):
    with JsSite() as site:
        sources = sources_file(
            tmp_path, site.url + "feed-with-stalled-page.xml", render="playwright"
        )
        result = crawl(
            scrapy,
            sqlite_url,
            "news",
            "-a",
            f"sources={sources}",
            "-s",
            "RENDER_TIMEOUT=3",
            *QUICK,
            *SMALL_POOL,
        )
    assert f"Rendering {site.url}artikel/haengt.html failed" in result.stderr
    assert "'newsmon/render/failed': 1" in result.stderr
    assert "'newsmon/render/retry/count': 1" in result.stderr
    # the crawl went on: the other articles are stored
    rows = articles(scrapy, sqlite_url)
    assert {row["url"] for row in rows} == {site.url + RADWEGE, site.url + MESSE}


@needs_chromium
@pytest.mark.parametrize("endpoint", ["render.html", "execute"])
def test_rendered_through_splash_the_article_text_is_stored(scrapy, sqlite_url, tmp_path, endpoint):
    with JsSite() as site, SplashStandIn() as splash:
        sources = sources_file(tmp_path, site.url + "feed.xml", render="splash")
        result = crawl(
            scrapy,
            sqlite_url,
            "news",
            "-a",
            f"sources={sources}",
            "-s",
            f"SPLASH_URL={splash.url}",
            "-s",
            f"SPLASH_ENDPOINT={endpoint}",
            *QUICK,
        )
    rows = articles(scrapy, sqlite_url)
    assert RADWEGE_TEXT in stored_text(rows, site.url + RADWEGE)
    assert MESSE_TEXT in stored_text(rows, site.url + MESSE)
    # Splash was asked for the two article pages only; the feed was fetched plain.
    assert sorted(args["url"] for _, args in splash.calls) == [site.url + MESSE, site.url + RADWEGE]
    assert {called for called, _ in splash.calls} == {endpoint}
    assert all(args["images"] == 0 and args["wait"] == 0.5 for _, args in splash.calls)
    assert f"'splash/{endpoint}/response_count/200': 2" in result.stderr
    if endpoint == "execute":  # the script is sent once, then by the key Splash saved it under
        assert "save_args" in splash.calls[0][1]


@needs_chromium
def test_a_splash_error_is_retried_once_then_counted(scrapy, sqlite_url, tmp_path):
    with JsSite() as site, SplashStandIn(failing={site.url + RADWEGE}) as splash:
        sources = sources_file(tmp_path, site.url + "feed.xml", render="splash")
        result = crawl(
            scrapy,
            sqlite_url,
            "news",
            "-a",
            f"sources={sources}",
            "-s",
            f"SPLASH_URL={splash.url}",
            *QUICK,
        )
    assert [args["url"] for _, args in splash.calls].count(site.url + RADWEGE) == 2
    assert f"Rendering {site.url}{RADWEGE} failed: HTTP 503" in result.stderr
    assert "'newsmon/render/failed': 1" in result.stderr
    rows = articles(scrapy, sqlite_url)
    assert [row["url"] for row in rows] == [site.url + MESSE]
