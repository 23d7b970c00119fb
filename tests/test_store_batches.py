"""The store writes in batches; deduplication sees the articles of a batch not yet written."""

import asyncio

from scrapy.utils.test import get_crawler
from sqlalchemy import func, select

from crawler.items import ArticleItem
from crawler.spiders.replay import ReplaySpider
from pipelines.database import open_database
from pipelines.dedup import DedupPipeline
from pipelines.models import Article
from pipelines.store import StorePipeline


def text(number: int) -> str:
    return f"Artikel {number}: Der Stadtrat beschließt den Bau eines neuen Hallenbads am Dienstag."


class Crawl:
    """dedup → store with the given settings, wired as in a crawl."""

    def __init__(self, database_url: str, **settings):
        self.crawler = get_crawler(ReplaySpider, {"DATABASE_URL": database_url, **settings})
        self.crawler.spider = ReplaySpider(path=__file__)
        self.dedup = DedupPipeline.from_crawler(self.crawler)
        self.store = StorePipeline.from_crawler(self.crawler)
        self.store.open_spider()
        self.dedup.store = self.store  # what DedupPipeline.open_spider finds in a crawl

    def __call__(self, url: str, body: str) -> ArticleItem:
        item = ArticleItem(url=url, text=body, title="Hallenbad", language="de")
        return self.store.process_item(self.dedup.process_item(item))

    def stat(self, key: str):
        return self.crawler.stats.get_value(key)


def rows(database_url: str) -> int:
    with open_database(database_url).session() as session:
        return session.scalar(select(func.count()).select_from(Article))


def test_articles_are_written_a_batch_at_a_time_and_at_close(database_url):
    crawl = Crawl(database_url, STORE_BATCH_SIZE=3)
    items = [crawl(f"https://a.example/{n}.html", text(n)) for n in range(4)]
    assert rows(database_url) == 3  # the first batch
    assert crawl.stat("newsmon/store/batches") == 1
    assert items[3].article_id is None  # accepted, not yet written
    crawl.store.close_spider()
    assert rows(database_url) == 4 and items[3].article_id is not None
    assert crawl.stat("newsmon/store/batches") == 2
    assert crawl.stat("newsmon/stored/new") == 4


def test_a_copy_of_an_article_still_in_the_batch_is_found(database_url):
    crawl = Crawl(database_url, STORE_BATCH_SIZE=100)
    original = crawl("https://a.example/1.html", text(1))
    copy = crawl("https://b.example/copy.html", text(1).upper())
    again = crawl("https://a.example/1.html?utm_source=feed", text(1) + " Update.")
    crawl.store.close_spider()
    assert copy.duplicate_of == original.article_id is not None
    assert again.article_id == original.article_id
    assert rows(database_url) == 2
    assert crawl.stat("newsmon/stored/edited") == 1


def test_a_bad_article_costs_only_itself(database_url):
    crawl = Crawl(database_url, STORE_BATCH_SIZE=100)
    crawl("https://a.example/1.html", text(1))
    # Two items for one URL that skipped deduplication: the second cannot be inserted.
    twin = ArticleItem(url="https://a.example/1.html", text=text(2), title="x")
    twin.canonical_url, twin.text_hash = "https://a.example/1.html", "0" * 64
    crawl.store.process_item(twin)
    crawl("https://a.example/3.html", text(3))
    crawl.store.close_spider()
    assert rows(database_url) == 2
    assert crawl.stat("newsmon/stored/failed") == 1
    assert crawl.stat("newsmon/stored/new") == 2


def test_a_partial_batch_is_written_after_the_batch_seconds(database_url):
    crawl = Crawl(database_url, STORE_BATCH_SIZE=100, STORE_BATCH_SECONDS=0.05)

    async def main():
        crawl("https://a.example/1.html", text(1))
        before = rows(database_url)
        await asyncio.sleep(0.3)
        return before, rows(database_url)

    assert asyncio.run(main()) == (0, 1)
    crawl.store.close_spider()
