"""The store commits in batches; ids and the indexes follow each article at once."""

import asyncio

import pytest
from scrapy.exceptions import DropItem
from sqlalchemy import create_engine, func, select

from pipelines.storage.models import Article
from tests.test_storage import Pipeline, article


def text(number: int) -> str:
    return f"Artikel {number}: Der Stadtrat beschließt den Bau eines neuen Hallenbads am Dienstag."


def committed(database_url: str) -> int:
    """Articles another process would see: a connection of its own, no batch committed first."""
    engine = create_engine(database_url)
    with engine.connect() as connection:
        found = connection.scalar(select(func.count()).select_from(Article))
    engine.dispose()
    return found


def test_articles_are_committed_a_batch_at_a_time_and_at_close(database_url):
    run = Pipeline(database_url, STORE_BATCH_SIZE=3)
    items = [run(article(f"https://a.example/{n}.html", text(n))) for n in range(4)]
    assert committed(database_url) == 3  # the first batch
    assert all(item.article_id for item in items)  # ids at once, committed or not
    run.close()
    assert committed(database_url) == 4
    assert run.crawler.stats.get_value("newsmon/store/batches") == 2


def test_a_read_of_the_database_sees_the_open_batch(database_url):
    run = Pipeline(database_url, STORE_BATCH_SIZE=100)
    original = run(article("https://a.example/1.html", text(1)))
    copy = run(article("https://b.example/copy.html", text(1).upper()))
    other = run(article("https://a.example/2.html", text(2)))
    assert copy.duplicate_of == original.article_id and other.article_id
    assert committed(database_url) == 0  # all in the open batch
    with run.store.database.session() as session:  # a session of the crawl's database
        assert session.scalar(select(func.count()).select_from(Article)) == 3  # …sees the batch
    run.close()
    assert committed(database_url) == 3


def test_a_bad_article_costs_only_itself(database_url):
    run = Pipeline(database_url, STORE_BATCH_SIZE=100)
    run(article("https://a.example/1.html", text(1)))
    bad = article("https://a.example/2.html", text(2))  # no canonical URL: the row is refused
    with pytest.raises(DropItem, match="Not stored"):
        run.store.process_item(bad)
    assert bad.article_id is None
    run(article("https://a.example/3.html", text(3)))
    run.close()
    assert committed(database_url) == 2
    assert run.crawler.stats.get_value("newsmon/stored/failed") == 1


def test_a_partial_batch_is_committed_after_the_batch_seconds(database_url):
    run = Pipeline(database_url, STORE_BATCH_SIZE=100, STORE_BATCH_SECONDS=0.05)

    async def main():
        run(article("https://a.example/1.html", text(1)))
        before = committed(database_url)
        await asyncio.sleep(0.3)
        return before, committed(database_url)

    assert asyncio.run(main()) == (0, 1)
    run.close()
