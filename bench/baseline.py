"""The baseline of ``bench/pipeline.py``: a plain Scrapy spider, extraction in its callback.

``python -m bench.baseline --stats FILE URL...`` crawls from feeds and sitemaps
to articles, as the ``news`` spider does, and calls ``trafilatura.extract``
and langdetect on each article in the parse callback: what a Scrapy user
writes without newsmon. ``--fetch-only`` skips the parsing, to show how fast
the server and Scrapy alone go. No project settings apply: ``-s NAME=VALUE``
gives the few that the benchmark sets for both crawls alike.
"""

from __future__ import annotations

import argparse
import json

import scrapy
import trafilatura
from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException
from scrapy.crawler import CrawlerProcess

DetectorFactory.seed = 0


class BaselineSpider(scrapy.Spider):
    """Feeds and sitemaps → articles → trafilatura + langdetect in the callback."""

    name = "baseline"

    def __init__(self, urls: list[str], fetch_only: bool = False, **kwargs):
        super().__init__(**kwargs)
        self.urls = urls
        self.fetch_only = fetch_only

    async def start(self):
        for url in self.urls:
            yield scrapy.Request(url, self.parse_listing)

    def parse_listing(self, response):
        response.selector.remove_namespaces()
        for href in response.xpath("//loc/text() | //item/link/text()").getall():
            callback = self.parse_listing if href.endswith(".xml") else self.parse_article
            yield response.follow(href.strip(), callback)

    def parse_article(self, response):
        if self.fetch_only:
            yield {"url": response.url, "bytes": len(response.body)}
            return
        text = trafilatura.extract(response.text, url=response.url) or ""
        try:
            language = detect_langs(text)[0].lang
        except LangDetectException:
            language = None
        yield {"url": response.url, "language": language, "chars": len(text)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--stats", required=True, help="write the crawl stats here (JSON)")
    parser.add_argument("--fetch-only", action="store_true")
    parser.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args()
    settings = dict(setting.split("=", 1) for setting in args.settings)
    process = CrawlerProcess(settings={"TELNETCONSOLE_ENABLED": False, **settings})
    crawler = process.create_crawler(BaselineSpider)
    process.crawl(crawler, urls=args.urls, fetch_only=args.fetch_only)
    process.start()
    stats = {k: v for k, v in crawler.stats.get_stats().items() if isinstance(v, int | float)}
    with open(args.stats, "w", encoding="utf-8") as handle:
        json.dump(stats, handle)


if __name__ == "__main__":
    main()
