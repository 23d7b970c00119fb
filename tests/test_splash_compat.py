"""crawler/splash_compat.py: one test per scrapy-splash breakage it fixes, and that the
breakage is still there in what is installed (when one is not, its fix can be dropped)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from types import SimpleNamespace

import pytest
import scrapy
from scrapy.core.downloader import Downloader
from scrapy.core.spidermw import SpiderMiddlewareManager
from scrapy.settings import Settings
from w3lib.url import canonicalize_url

from crawler import splash_compat
from crawler.rendering import Rendering
from crawler.sources import Outlet
from crawler.splash_compat import scrapy_splash  # fix 1 comes first
from tests.conftest import project_crawler

PAGE = "https://news.example/artikel/radwege.html?utm_source=feed#kommentare"


def splash_request(endpoint: str = "execute") -> scrapy.Request:
    """A request of a source rendered by Splash, as the news spider makes it."""
    crawler = project_crawler(settings_dict={"SPLASH_ENDPOINT": endpoint})
    rendering = Rendering(crawler.settings, [])
    outlet = Outlet("Neckarbote", [PAGE], render="splash")
    return scrapy.Request(PAGE, meta=rendering.meta(outlet))


def collect(async_iterable) -> list:
    async def run():
        return [element async for element in async_iterable]

    return asyncio.run(run())


async def from_list(elements):
    for element in elements:
        yield element


def test_1_canonicalize_url_is_provided_where_scrapy_splash_imports_it():
    from scrapy.utils.url import canonicalize_url as provided

    assert provided is canonicalize_url
    fingerprinter = splash_compat.SplashRequestFingerprinter(project_crawler())
    assert fingerprinter.fingerprint(splash_request())  # the function is reached and works


def test_1_breakage_scrapy_splash_alone_fails_to_import():
    result = subprocess.run(
        [sys.executable, "-c", "import scrapy_splash"], capture_output=True, text=True, check=False
    )
    if result.returncode == 0:
        pytest.skip("scrapy_splash imports without fix 1 here: fix 1 can be dropped")
    assert "cannot import name 'canonicalize_url'" in result.stderr


def splash_middleware(cls):
    """``cls`` (a SplashMiddleware) of a crawler with a real downloader."""
    crawler = project_crawler(settings_dict={"SPLASH_URL": "http://splash.test:8050"})
    crawler.engine = SimpleNamespace(downloader=Downloader(crawler))
    crawler.spider = SimpleNamespace(state={})
    middleware = cls.from_crawler(crawler)
    middleware.spider_opened(crawler.spider)
    return middleware


def test_2_the_download_slot_is_the_page_domain_from_the_public_downloader_api():
    middleware = splash_middleware(splash_compat.SplashMiddleware)
    sent = middleware.process_request(splash_request("render.html"), middleware.crawler.spider)
    assert sent.url == "http://splash.test:8050/render.html" and sent.method == "POST"
    assert sent.meta["download_slot"] == "news.example"  # the page's domain, not Splash's


def test_2_breakage_scrapy_splash_asks_the_downloader_for_a_private_method():
    if hasattr(Downloader, "_get_slot_key"):
        pytest.skip("Downloader._get_slot_key exists in this Scrapy: fix 2 is not needed with it")
    middleware = splash_middleware(scrapy_splash.SplashMiddleware)
    with pytest.raises(AttributeError, match="_get_slot_key"):
        middleware.process_request(splash_request("render.html"), middleware.crawler.spider)


def dedup_crawler():
    crawler = project_crawler(
        settings_dict={
            "SPIDER_MIDDLEWARES": {splash_compat.SplashDeduplicateArgsMiddleware: 100},
        }
    )
    crawler.spider = SimpleNamespace()  # no state yet, as without JOBDIR
    return crawler


def test_3_asynchronous_spider_output_has_its_splash_arguments_replaced():
    crawler = dedup_crawler()
    SpiderMiddlewareManager.from_crawler(crawler)  # Scrapy accepts the middleware
    middleware = splash_compat.SplashDeduplicateArgsMiddleware.from_crawler(crawler)
    item = {"kind": "item"}
    output = collect(middleware.process_spider_output(None, from_list([splash_request(), item])))
    request, passed = output
    assert passed is item
    key = request.meta["splash"]["args"]["lua_source"]
    assert key.startswith("LOCAL+")  # the script is stored once, the request carries its key
    stored = crawler.spider.state[middleware.local_values_key][key]
    assert "splash:go" in stored


def test_3_breakage_scrapy_rejects_scrapy_splash_middleware_for_async_output():
    crawler = project_crawler(
        settings_dict={"SPIDER_MIDDLEWARES": {scrapy_splash.SplashDeduplicateArgsMiddleware: 100}}
    )
    if hasattr(scrapy_splash.SplashDeduplicateArgsMiddleware, "process_spider_output_async"):
        pytest.skip("scrapy-splash handles async output: fix 3 can be dropped")
    with pytest.raises(TypeError, match="doesn't support asynchronous spider output"):
        SpiderMiddlewareManager.from_crawler(crawler)


def test_4_start_requests_have_their_arguments_replaced_in_a_prepared_state():
    crawler = dedup_crawler()
    middleware = splash_compat.SplashDeduplicateArgsMiddleware.from_crawler(crawler)
    (request,) = collect(middleware.process_start(from_list([splash_request()])))
    assert request.meta["splash"]["_replaced_args"] == ["lua_source"]
    assert list(crawler.spider.state[middleware.local_values_key])


def test_4_breakage_scrapy_splash_prepares_its_state_where_scrapy_no_longer_calls():
    upstream = scrapy_splash.SplashDeduplicateArgsMiddleware
    if hasattr(upstream, "process_start"):
        pytest.skip("scrapy-splash has process_start: fix 4 can be dropped")
    assert hasattr(upstream, "process_start_requests")
    with pytest.raises(AttributeError, match="state"):
        upstream()._process_request(splash_request(), SimpleNamespace())


def test_splash_fingerprints_build_on_the_configured_fingerprinter():
    # the project's settings, not yet frozen, as the spider's from_crawler has them
    settings = Settings(project_crawler().settings.copy_to_dict(), priority="project")
    base = settings["REQUEST_FINGERPRINTER_CLASS"]
    splash_compat.use_splash_fingerprints(settings)
    splash_compat.use_splash_fingerprints(settings)  # twice: no fingerprinter loop
    assert settings["SCRAPY_SPLASH_REQUEST_FINGERPRINTER_BASE_CLASS"] == base
    crawler = project_crawler(settings_dict=settings.copy_to_dict())
    fingerprinter = crawler.request_fingerprinter
    assert isinstance(fingerprinter, splash_compat.SplashRequestFingerprinter)
    plain = scrapy.Request(PAGE)
    base_fingerprinter = fingerprinter._base_request_fingerprinter
    assert fingerprinter.fingerprint(plain) == base_fingerprinter.fingerprint(plain)
    rendered, by_script = splash_request("render.html"), splash_request("execute")
    assert fingerprinter.fingerprint(rendered) != fingerprinter.fingerprint(plain)
    assert fingerprinter.fingerprint(rendered) != fingerprinter.fingerprint(by_script)
    assert fingerprinter.fingerprint(rendered) == fingerprinter.fingerprint(
        splash_request("render.html")
    )
