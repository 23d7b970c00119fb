"""Pages that need JavaScript, end to end: `scrapy crawl news` of the JavaScript fixture site
(tests/fixtures/js-site/) plain, through the real Chromium (scrapy-playwright), and through
scrapy-splash against a local server that speaks Splash's HTTP API (tests/rendering_servers.py).
"""

from __future__ import annotations

import shutil

import pytest
from scrapy.crawler import Crawler
from scrapy.settings import Settings

from crawler.errors import ConfigError
from crawler.rendering import (
    PLAYWRIGHT_HANDLER,
    RenderFailures,
    chromium_executable,
    skip_heavy_resource,
)
from crawler.sources import load_sources
from crawler.spiders.news import NewsSpider
from tests.conftest import REQUIRE_SERVICES, project_crawler
from tests.rendering_servers import JsSite, SplashStandIn
from tests.test_crawl import articles, crawl

RADWEGE = "artikel/radwege.html"
MESSE = "artikel/messe.html"
RADWEGE_TEXT = "Bis 2028 sollen zwölf Kilometer geschützte Radstreifen entstehen"
MESSE_TEXT = "mehr als 240.000 Menschen"
# Chromium is heavy and the machine is shared: one context of two pages.
SMALL_POOL = {"PLAYWRIGHT_MAX_CONTEXTS": 1, "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 2}
# Faster runs: no politeness towards the tests' own server.
QUICK = {"AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": False, "ALLOWED_NETWORKS": "127.0.0.0/8"}

# In CI (.ci/run installs Chromium) a missing Chromium fails these tests instead.
needs_chromium = pytest.mark.skipif(
    not (shutil.which("chromium") or shutil.which("chromium-browser")) and not REQUIRE_SERVICES,
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


def news_spider(settings: dict | None = None, **arguments) -> NewsSpider:
    """The news spider as `scrapy crawl` makes it: from a crawler whose settings are open."""
    project = project_crawler(settings_dict=settings).settings.copy_to_dict()
    crawler = Crawler(NewsSpider, Settings(project, priority="project"))
    return NewsSpider.from_crawler(crawler, **arguments)


def test_render_in_the_sources_file_is_checked(tmp_path):
    path = sources_file(tmp_path, "https://neckarbote.example/feed.xml", render="selenium")
    with pytest.raises(ConfigError, match="render: 'selenium' is not one of playwright, splash"):
        load_sources(path)


def test_a_plain_crawl_switches_no_renderer_on(tmp_path):
    spider = news_spider(urls="https://neckarbote.example/feed.xml")
    settings = spider.crawler.settings
    assert spider.rendering.modes == set()
    assert PLAYWRIGHT_HANDLER not in settings.getdict("DOWNLOAD_HANDLERS").values()
    assert RenderFailures not in settings.getdict("DOWNLOADER_MIDDLEWARES")
    outlet = spider.outlets[0]
    assert spider.rendering.meta(outlet) == {}


@needs_chromium
def test_a_source_rendered_by_chromium_switches_playwright_on(tmp_path):
    rendered = sources_file(tmp_path, "https://neckarbote.example/feed.xml", render="playwright")
    spider = news_spider({"RENDER_TIMEOUT": 7}, sources=str(rendered))
    settings = spider.crawler.settings
    handlers = settings.getdict("DOWNLOAD_HANDLERS")
    assert handlers["http"] == handlers["https"] == PLAYWRIGHT_HANDLER
    launch = settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")
    assert launch["executable_path"] == chromium_executable(settings)
    assert "--no-sandbox" in launch["args"]
    assert settings.getdict("DOWNLOADER_MIDDLEWARES")[RenderFailures] == 560
    assert spider.rendering.meta(spider.outlets[0]) == {
        "playwright": True,
        "playwright_page_goto_kwargs": {"wait_until": "networkidle", "timeout": 7000},
    }


def test_the_render_setting_is_the_default_of_sources_without_their_own(tmp_path):
    plain = sources_file(tmp_path, "https://neckarbote.example/feed.xml", render="none")
    spider = news_spider(
        {"RENDER": "splash"}, urls="https://zeitung.example/feed.xml", sources=str(plain)
    )
    by_url, plain_outlet = spider.outlets
    assert set(spider.rendering.meta(by_url)) == {"splash"}
    assert spider.rendering.meta(plain_outlet) == {}
    assert spider.rendering.modes == {"splash"}


def test_chromium_is_found_or_named(monkeypatch):
    settings = Settings({"CHROMIUM_EXECUTABLE": ""})
    monkeypatch.setattr(shutil, "which", lambda name: f"/opt/bin/{name}")
    assert chromium_executable(settings) == "/opt/bin/chromium"
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ConfigError, match="install Debian's or Ubuntu's chromium"):
        chromium_executable(settings)
    with pytest.raises(ConfigError, match="CHROMIUM_EXECUTABLE '/nowhere/chrome' is not a file"):
        chromium_executable(Settings({"CHROMIUM_EXECUTABLE": "/nowhere/chrome"}))


@pytest.mark.parametrize(
    ("resource_type", "skipped"),
    [("image", True), ("font", True), ("media", True), ("script", False), ("fetch", False)],
)
def test_chromium_skips_images_fonts_and_media(resource_type, skipped):
    class PlaywrightRequest:  # what scrapy-playwright hands PLAYWRIGHT_ABORT_REQUEST
        def __init__(self, resource_type):
            self.resource_type = resource_type

    assert skip_heavy_resource(PlaywrightRequest(resource_type)) is skipped


def crawl_sources(scrapy, database_url: str, sources, **settings):
    """`scrapy crawl news -a sources=…` with QUICK and ``settings`` (``-s NAME=VALUE``)."""
    merged = {**QUICK, **settings}
    options = [part for name, value in merged.items() for part in ("-s", f"{name}={value}")]
    return crawl(scrapy, database_url, "news", "-a", f"sources={sources}", *options)


def stored_text(rows, url: str) -> str:
    found = [row["text"] for row in rows if row["url"] == url]
    assert found, f"{url} is not stored"
    return found[0]


def test_without_rendering_the_script_written_article_stores_no_text(scrapy, sqlite_url, tmp_path):
    with JsSite() as site:
        sources = sources_file(tmp_path, site.url + "feed.xml")
        result = crawl_sources(scrapy, sqlite_url, sources)
    assert articles(scrapy, sqlite_url) == []
    assert f"No article text in {site.url}{RADWEGE}: text too short" in result.stderr
    assert "'newsmon/no_text/text too short': 2" in result.stderr
    assert "playwright" not in result.stderr and "splash" not in result.stderr


@needs_chromium
def test_rendered_by_chromium_the_article_text_is_stored(scrapy, sqlite_url, tmp_path):
    with JsSite() as site:
        sources = sources_file(tmp_path, site.url + "feed.xml", render="playwright")
        result = crawl_sources(scrapy, sqlite_url, sources, **SMALL_POOL)
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
        result = crawl_sources(scrapy, sqlite_url, sources, RENDER_TIMEOUT=3, **SMALL_POOL)
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
        # one page at a time: the second request finds the script saved by the first
        result = crawl_sources(
            scrapy,
            sqlite_url,
            sources,
            SPLASH_URL=splash.url,
            SPLASH_ENDPOINT=endpoint,
            CONCURRENT_REQUESTS=1,
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
        first, second = (args for _, args in splash.calls)
        assert first["save_args"] == ["lua_source"] and "lua_source" in first
        assert list(second["load_args"]) == ["lua_source"] and "lua_source" not in second


@needs_chromium
def test_a_splash_error_is_retried_once_then_counted(scrapy, sqlite_url, tmp_path):
    with JsSite() as site, SplashStandIn(failing={site.url + RADWEGE}) as splash:
        sources = sources_file(tmp_path, site.url + "feed.xml", render="splash")
        result = crawl_sources(scrapy, sqlite_url, sources, SPLASH_URL=splash.url)
    assert [args["url"] for _, args in splash.calls].count(site.url + RADWEGE) == 2
    assert f"Rendering {site.url}{RADWEGE} failed: HTTP 503" in result.stderr
    assert "'newsmon/render/failed': 1" in result.stderr
    rows = articles(scrapy, sqlite_url)
    assert [row["url"] for row in rows] == [site.url + MESSE]
