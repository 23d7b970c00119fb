"""The ``news`` spider: from feeds, sitemaps and section pages to articles."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from urllib.parse import urlsplit

import scrapy
from protego import Protego
from scrapy.http import TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.gz import gunzip

from crawler.discovery import (
    BrokenDocument,
    Link,
    document_kind,
    feed_links,
    looks_like_article,
    newest_first,
    robots_root,
    sitemap_links,
)
from crawler.errors import ConfigError
from crawler.guard import count_refusal
from crawler.items import ArticleItem
from crawler.rendering import Rendering
from crawler.runs import describe_arguments
from crawler.sources import Outlet, SourcesFile, load_sources, outlets_from_urls
from crawler.spiders.base import NewsmonSpider
from pipelines.similarity.watches import check_example_files

# A multi-page article is followed through at most this many pages (rel=next).
MAX_ARTICLE_PAGES = 10
NEXT_PAGE = (
    "//link[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"
    " | //a[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href"
)

# Most pages have no rel=next link: a byte search says so without parsing the page here, in
# the crawl's own process (its parse costs as much as the rest of the spider's work). It runs
# on the lower-cased bytes: a case-insensitive pattern is searched five times slower.
NEXT_REL = re.compile(rb"""rel\s*=\s*["']?[^"'>]*\bnext\b""")
GZIP_MAGIC = b"\x1f\x8b"
# What two pages of one article's URLs may differ by: page numbers, a word that says "page"
# before one, and the separators around them (story.html, story-2.html, story.html?page=2,
# story/2/, story/page/2/).
PAGE_NUMBER_PARTS = re.compile(r"(?:\b(?:page|seite|pagina)\W*(?=\d))?[\d\W_]+", re.IGNORECASE)


def may_have_next_page(response: TextResponse) -> bool:
    """False when ``response`` surely has no rel=next link (unsure for UTF-16/32 pages)."""
    if response.encoding.lower().replace("-", "").startswith(("utf16", "utf32")):
        return True
    return NEXT_REL.search(response.body.lower()) is not None


def continues_article(url: str, next_url: str) -> bool:
    """Whether a rel=next link from ``url`` to ``next_url`` leads to the article's next page.

    WordPress themes (and others) mark the link to the next *post* rel=next too: a page of
    the same article has the same host and the same path but for page numbers.
    """
    first, following = urlsplit(url), urlsplit(next_url)
    return first.hostname == following.hostname and _without_page_numbers(
        first.path
    ) == _without_page_numbers(following.path)


def _without_page_numbers(path: str) -> str:
    return PAGE_NUMBER_PARTS.sub("", path)


def read_arguments(urls: str | None, sources: str | None) -> tuple[list[Outlet], SourcesFile]:
    """The outlets named by the spider arguments, and the sources file's contents (empty
    without one); ConfigError if neither argument is usable."""
    if not urls and not sources:
        raise ConfigError("news spider needs -a urls=URL[,URL…] or -a sources=FILE")
    listed = load_sources(sources) if sources else SourcesFile([], [])
    return (outlets_from_urls(urls) if urls else []) + listed.outlets, listed


class NewsSpider(NewsmonSpider):
    """Crawls outlets' feeds, sitemaps and section pages and yields their articles.

    Arguments: ``urls`` (comma-separated http, https or file URLs) and/or
    ``sources`` (a TOML sources file, see :mod:`crawler.sources`).
    """

    name = "news"
    link_extractor = LinkExtractor(deny_extensions=[*LinkExtractor().deny_extensions, "xml"])
    # Which pages are rendered (crawler/rendering.py); none unless the crawler says otherwise.
    rendering = Rendering()

    def __init__(self, urls: str | None = None, sources: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.outlets, listed = read_arguments(urls, sources)
        # Outlets of the sources file are sites: their robots.txt Sitemap: lines are read.
        self.sites = listed.outlets
        # The sources file's [[watches]], scored by the watch step, and its [alerts].
        self.watches = listed.watches
        self.alerts = listed.alerts if sources else None
        # What the run crawled (crawl_runs.sources), and which start URLs answered.
        self.run_sources = describe_arguments(sources=sources, urls=urls)
        self.sources_reached = 0
        self.sources_failed: list[tuple[str, str]] = []

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.rendering = Rendering.from_crawler(crawler, spider.outlets)
        return spider

    @classmethod
    def check_arguments(cls, urls: str | None = None, sources: str | None = None, **_) -> None:
        """Fail before the crawl starts if the arguments are unusable."""
        check_example_files(read_arguments(urls, sources)[1].watches)

    async def start(self):
        for outlet in self.outlets:
            for url in outlet.start_urls:
                yield scrapy.Request(
                    url,
                    callback=self.parse,
                    errback=self.source_failed,
                    cb_kwargs={"outlet": outlet},
                    meta={"newsmon_source": True},
                )
        if self.settings.getbool("ROBOTS_SITEMAPS"):
            for outlet in self.sites:
                for robots in sorted({r for u in outlet.start_urls if (r := robots_root(u))}):
                    yield scrapy.Request(
                        robots, callback=self.parse_robots, cb_kwargs={"outlet": outlet}
                    )

    def parse_robots(self, response, outlet: Outlet):
        """A site's robots.txt: its Sitemap: lines are sitemaps of the outlet."""
        for url in Protego.parse(response.text).sitemaps:
            url = response.urljoin(url.strip())
            if outlet.covers(url):
                self.crawler.stats.inc_value("newsmon/robots_sitemaps")
                yield scrapy.Request(url, callback=self.parse, cb_kwargs={"outlet": outlet})

    def source_failed(self, failure):
        """A start URL did not answer (network error, HTTP error status)."""
        response = getattr(failure.value, "response", None)
        reason = f"HTTP {response.status}" if response is not None else str(failure.value)
        self.sources_failed.append((failure.request.url, reason or failure.type.__name__))
        self.crawler.stats.inc_value("newsmon/sources/unreachable")
        self.logger.error("Source %s unreachable: %s", failure.request.url, reason)

    def run_failure(self) -> str | None:
        """Why the run could not do its job, if it could not: no source answered."""
        if self.sources_reached or not self.sources_failed:
            return None
        url, reason = self.sources_failed[0]
        count = len(self.sources_failed)
        return f"every source was unreachable ({count} of {count}; {url}: {reason})"

    def parse(self, response, outlet: Outlet):
        """A start URL or a followed link: a feed, a sitemap, an article or a section page."""
        if response.meta.get("newsmon_source"):
            self.sources_reached += 1
        body = self.unzipped(response)
        if body is None:
            return
        kind = document_kind(body)
        if kind != "html":
            yield from self.follow_listing(response, outlet, kind, body)
        elif not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("newsmon/skipped/not_html")
            self.logger.warning("Skipped %s: not an HTML page", response.url)
        elif looks_like_article(response):
            yield from self.article(response, outlet)
        else:
            yield from self.follow_section(response, outlet)

    def unzipped(self, response) -> bytes | None:
        """The body, gunzipped if it is a gzip file (``sitemap.xml.gz``); None if broken."""
        if not response.body.startswith(GZIP_MAGIC):
            return response.body
        try:
            return gunzip(response.body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
        except Exception as error:  # gzip raises OSError, EOFError, zlib.error or size errors
            self.crawler.stats.inc_value("newsmon/broken/gzip")
            self.logger.warning("Broken gzip file %s: %s", response.url, error)
            return None

    def follow_listing(self, response, outlet: Outlet, kind: str, body: bytes):
        """Requests for the entries of a feed or sitemap, carrying the date it gives them."""
        reader = feed_links if kind == "feed" else sitemap_links
        try:
            links = reader(body, response.url)
        except BrokenDocument as error:
            self.crawler.stats.inc_value(f"newsmon/broken/{kind}")
            self.logger.warning("Broken %s: %s", kind, error)
            return
        self.crawler.stats.inc_value(f"newsmon/{kind}_links", len(links))
        # The cap counts the entries the outlet may follow: a sitemap mostly about other
        # sites does not crowd out its own pages (refusals there are logged at DEBUG: many).
        level = logging.DEBUG if kind == "sitemap" else logging.INFO
        links = [link for link in links if self.allowed(outlet, link.url, level)]
        if kind == "sitemap":
            links = self.capped(links, response.url)
        for link in links:
            callback = self.parse_article if link.is_article else self.parse
            # A sitemap of a sitemap index is fetched plain; pages are rendered if the outlet is.
            render = {} if link.is_sitemap else self.rendering.meta(outlet)
            yield response.follow(
                link.url,
                callback,
                cb_kwargs={"outlet": outlet},
                meta={"feed_published": link.published, "feed_modified": link.modified, **render},
            )

    def capped(self, links: list[Link], url: str) -> list[Link]:
        """At most ``SITEMAP_MAX_ENTRIES`` of a sitemap's entries, the newest first."""
        limit = self.settings.getint("SITEMAP_MAX_ENTRIES")
        if not limit or len(links) <= limit:
            return links
        self.crawler.stats.inc_value("newsmon/sitemap/capped", len(links) - limit)
        self.logger.info("Sitemap %s: the newest %d of %d entries followed", url, limit, len(links))
        return newest_first(links)[:limit]

    def follow_section(self, response, outlet: Outlet):
        """Follow a section page's links to pages of the same outlet."""
        for link in self.link_extractor.extract_links(response):
            if self.allowed(outlet, link.url, logging.DEBUG):
                yield response.follow(
                    link.url,
                    self.parse,
                    cb_kwargs={"outlet": outlet},
                    meta=self.rendering.meta(outlet),
                )

    def allowed(self, outlet: Outlet, url: str, level: int = logging.INFO) -> bool:
        """Whether ``url`` is the outlet's to follow; a refusal is logged and counted."""
        reason = outlet.refusal(url)
        if reason is not None:
            count_refusal(self.crawler.stats, url, reason, level)
        return reason is None

    def parse_article(self, response, outlet: Outlet):
        """A page a feed or sitemap lists as an article."""
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("newsmon/skipped/not_html")
            self.logger.warning("Skipped %s: not an HTML page", response.url)
            return
        yield from self.article(response, outlet)

    def article(self, response: TextResponse, outlet: Outlet):
        """The article item of a page, once the following pages of the article are fetched."""
        yield from self.follow_next_page(response, outlet, self.article_item(response, outlet))

    def follow_next_page(self, response: TextResponse, outlet: Outlet, item: ArticleItem):
        """Fetch the article's next page (rel=next) into ``item``, or yield it when complete."""
        href = response.xpath(NEXT_PAGE).get() if may_have_next_page(response) else None
        url = response.urljoin(href.strip()) if href and href.strip() else None
        seen = {item.url, *(page_url for page_url, _, _ in item.next_pages)}
        if (
            url
            and url not in seen
            and outlet.covers(url)
            and continues_article(item.url, url)
            and len(item.next_pages) < MAX_ARTICLE_PAGES - 1
        ):
            # The pending item rides on this request: it must not be dropped without its
            # errback being called, so no duplicate filter (the page may be linked elsewhere
            # too) and no depth limit (the pages are bounded by MAX_ARTICLE_PAGES).
            yield response.follow(
                url,
                self.parse_next_page,
                cb_kwargs={"outlet": outlet, "item": item},
                errback=self.next_page_failed,
                dont_filter=True,
                meta={"depth_reset": True, **self.rendering.meta(outlet)},
            )
        else:
            yield item

    def parse_next_page(self, response, outlet: Outlet, item: ArticleItem):
        """A following page of a multi-page article."""
        if not isinstance(response, TextResponse):
            yield item
            return
        item.next_pages.append((response.url, response.body, response.encoding))
        yield from self.follow_next_page(response, outlet, item)

    def next_page_failed(self, failure):
        """A following page could not be fetched: the article goes on with the pages it has."""
        self.crawler.stats.inc_value("newsmon/next_page_failed")
        self.logger.warning(
            "Next page %s of an article failed: %s", failure.request.url, failure.value
        )
        yield failure.request.cb_kwargs["item"]

    def article_item(self, response: TextResponse, outlet: Outlet) -> ArticleItem:
        last_modified = response.headers.get("Last-Modified")
        return ArticleItem(
            url=response.url,
            body=response.body,
            encoding=response.encoding,
            source=outlet.name,
            feed_published=response.meta.get("feed_published"),
            feed_modified=response.meta.get("feed_modified"),
            http_last_modified=last_modified.decode("latin-1") if last_modified else None,
            fetched_at=datetime.now(UTC),
        )
