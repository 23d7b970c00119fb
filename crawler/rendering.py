"""Pages that need JavaScript: which requests are rendered, by what, and what happens on failure.

A source's article pages are rendered when its ``render`` (sources file) or, for sources
without one, the ``RENDER`` setting says so:

* ``"playwright"``: headless Chromium through scrapy-playwright, with the system's Chromium
  (``CHROMIUM_EXECUTABLE``, else ``chromium`` or ``chromium-browser`` on PATH), a bounded pool
  (``PLAYWRIGHT_MAX_CONTEXTS`` × ``PLAYWRIGHT_MAX_PAGES_PER_CONTEXT``), a per-page timeout
  (``RENDER_TIMEOUT``), and images, fonts and media not loaded;
* ``"splash"``: a Splash server (``SPLASH_URL``) through scrapy-splash, made to work with this
  Scrapy by :mod:`crawler.splash_compat`.

Feeds, sitemaps and start URLs are always fetched plain; what a listing or a section page links
to, and the following pages of an article, are rendered. The rendered DOM comes back as the
response body, so the same pipelines get it. The renderers' components (the playwright
download handler, the Splash middlewares and fingerprinter) are switched on only when some
source of the crawl uses them: :meth:`Rendering.enable` is called from the spider's
``from_crawler``, before the crawler's settings are frozen.

Downloader middlewares see a rendered request with its page's URL, except that from
scrapy-splash's middleware (order 725) on its URL is Splash's (``SPLASH_URL``), with the page's
URL in ``meta["splash"]["args"]["url"]``. The resources a page loads inside Chromium or Splash
(scripts, API calls) do not pass through Scrapy; Chromium's pass ``PLAYWRIGHT_ABORT_REQUEST``.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import IgnoreRequest

from crawler.errors import ConfigError
from crawler.options import render_setting, render_wait_until, splash_endpoint

logger = logging.getLogger(__name__)

PLAYWRIGHT_HANDLER = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
CHROMIUM_NAMES = ("chromium", "chromium-browser")
# Resource types Chromium does not fetch for a rendered page: only the text is wanted.
HEAVY_RESOURCES = frozenset({"image", "font", "media"})
# The Lua script sent to Splash's `execute` endpoint (SPLASH_ENDPOINT = "execute").
SPLASH_SCRIPT = (Path(__file__).with_name("splash_render.lua")).read_text(encoding="utf-8")
# Before RetryMiddleware (550) in process_response/process_exception, so that it decides
# alone how often a rendered request is tried.
RENDER_FAILURES_ORDER = 560


def skip_heavy_resource(request) -> bool:
    """``PLAYWRIGHT_ABORT_REQUEST``: whether Chromium skips this resource of a rendered page."""
    return request.resource_type in HEAVY_RESOURCES


def chromium_executable(settings) -> str:
    """The Chromium binary: ``CHROMIUM_EXECUTABLE``, or the first of CHROMIUM_NAMES on PATH."""
    configured = settings.get("CHROMIUM_EXECUTABLE")
    if configured:
        if not Path(configured).is_file():
            raise ConfigError(f"CHROMIUM_EXECUTABLE {configured!r} is not a file")
        return configured
    for name in CHROMIUM_NAMES:
        if found := shutil.which(name):
            return found
    raise ConfigError(
        "rendering with playwright needs Chromium: install Debian's or Ubuntu's chromium"
        " package, or set CHROMIUM_EXECUTABLE"
    )


def is_rendered(request) -> bool:
    """Whether ``request`` goes through a browser (Chromium or Splash)."""
    return bool(request.meta.get("playwright")) or "splash" in request.meta


class Rendering:
    """How each outlet's pages are fetched in one crawl, from the sources and the settings."""

    def __init__(self, settings=None, outlets=()):
        self.default = render_setting(settings) if settings is not None else "none"
        self.settings = settings
        self.modes = {self.mode(outlet) for outlet in outlets} - {"none"}

    @classmethod
    def from_crawler(cls, crawler, outlets):
        rendering = cls(crawler.settings, outlets)
        rendering.enable(crawler.settings)
        return rendering

    def mode(self, outlet) -> str:
        """``"playwright"``, ``"splash"`` or ``"none"`` for ``outlet`` (always ``"none"``
        without a crawler's settings: nothing would render)."""
        if self.settings is None:
            return "none"
        return outlet.render or self.default

    def meta(self, outlet) -> dict:
        """Request meta that has ``outlet``'s page rendered (empty for plain HTTP)."""
        mode = self.mode(outlet)
        if mode == "playwright":
            return self.playwright_meta()
        if mode == "splash":
            return self.splash_meta()
        return {}

    def playwright_meta(self) -> dict:
        timeout_ms = self.settings.getfloat("RENDER_TIMEOUT") * 1000
        goto = {"wait_until": render_wait_until(self.settings), "timeout": timeout_ms}
        return {"playwright": True, "playwright_page_goto_kwargs": goto}

    def splash_meta(self) -> dict:
        """The ``splash`` meta of scrapy-splash's SplashRequest, built fresh for each request."""
        endpoint = splash_endpoint(self.settings)
        args = {
            "wait": self.settings.getfloat("SPLASH_WAIT"),
            "timeout": self.settings.getfloat("RENDER_TIMEOUT"),
            "images": 0,
        }
        splash = {
            "endpoint": endpoint,
            "args": args,
            "slot_policy": "per_domain",
            "magic_response": True,
            "http_status_from_error_code": True,
        }
        if endpoint == "execute":
            args["lua_source"] = SPLASH_SCRIPT
            splash["cache_args"] = ["lua_source"]  # sent once, then Splash's saved copy
        return {"splash": splash}

    def enable(self, settings) -> None:
        """Switch on the components of the renderers this crawl's outlets use."""
        if "playwright" in self.modes:
            enable_playwright(settings)
        if "splash" in self.modes:
            enable_splash(settings)
        if self.modes:
            settings.set_in_component_priority_dict(
                "DOWNLOADER_MIDDLEWARES", RenderFailures, RENDER_FAILURES_ORDER
            )


def enable_playwright(settings) -> None:
    """scrapy-playwright's download handler with the system Chromium.

    The handler fetches requests without ``meta["playwright"]`` with Scrapy's own HTTP
    handler, so feeds and sitemaps stay plain.
    """
    handlers = {**settings.getdict("DOWNLOAD_HANDLERS")}
    handlers.update(http=PLAYWRIGHT_HANDLER, https=PLAYWRIGHT_HANDLER)
    settings.set("DOWNLOAD_HANDLERS", handlers, priority="spider")
    launch = {**settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")}
    launch.setdefault("executable_path", chromium_executable(settings))
    settings.set("PLAYWRIGHT_LAUNCH_OPTIONS", launch, priority="spider")


def enable_splash(settings) -> None:
    """scrapy-splash's middlewares and its Splash-aware request fingerprints (through
    :mod:`crawler.splash_compat`), in the order scrapy-splash documents."""
    from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware

    from crawler import splash_compat

    settings.set_in_component_priority_dict(
        "DOWNLOADER_MIDDLEWARES", splash_compat.SplashCookiesMiddleware, 723
    )
    settings.set_in_component_priority_dict(
        "DOWNLOADER_MIDDLEWARES", splash_compat.SplashMiddleware, 725
    )
    settings.set_in_component_priority_dict(
        "DOWNLOADER_MIDDLEWARES", HttpCompressionMiddleware, 810
    )
    settings.set_in_component_priority_dict(
        "SPIDER_MIDDLEWARES", splash_compat.SplashDeduplicateArgsMiddleware, 100
    )
    splash_compat.use_splash_fingerprints(settings)


class RenderFailures:
    """Downloader middleware: a rendered request that failed (an exception such as a browser
    crash or timeout, or a 5xx answer, e.g. from Splash) is tried ``RENDER_RETRY_TIMES`` more
    times, then logged, counted (``newsmon/render/failed``) and dropped; the crawl goes on."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.retry_times = crawler.settings.getint("RENDER_RETRY_TIMES")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response):
        if response.status < 500 or not is_rendered(request):
            return response
        return self.retry_or_give_up(request, f"HTTP {response.status}")

    def process_exception(self, request, exception):
        if isinstance(exception, IgnoreRequest) or not is_rendered(request):
            return None
        return self.retry_or_give_up(request, exception)

    def retry_or_give_up(self, request, reason):
        """The retry of ``request``; IgnoreRequest once its tries are used up."""
        retry = get_retry_request(
            request,
            spider=self.crawler.spider,
            reason=reason,
            max_retry_times=self.retry_times,
            stats_base_key="newsmon/render/retry",
            give_up_log_level=logging.DEBUG,
        )
        if retry is not None:
            return retry
        url = request.meta.get("splash", {}).get("args", {}).get("url", request.url)
        self.crawler.stats.inc_value("newsmon/render/failed")
        logger.warning("Rendering %s failed: %s; the crawl goes on without it", url, reason)
        raise IgnoreRequest(f"rendering {url} failed: {reason}")
