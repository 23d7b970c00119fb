"""Dedup and store on real databases: SQLite files and PostgreSQL."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from crawler.commands.articles import article_record
from crawler.errors import ConfigError
from crawler.items import ArticleItem
from crawler.spiders.replay import ReplaySpider
from pipelines.dedup import DedupPipeline
from pipelines.similarity.copies import text_fingerprint
from pipelines.similarity.urls import canonical_url
from pipelines.storage.database import open_database
from pipelines.storage.models import Article, ArticleVersion, CrawlRun
from pipelines.store import StorePipeline
from pipelines.story import StoryPipeline
from tests.conftest import project_crawler

TEXT = (
    "Die Koalition der Willigen hat in Paris über Sicherheitsgarantien für die Ukraine "
    "beraten. 26 Staaten sind bereit, sich an einer Schutztruppe zu beteiligen."
)


def article(url: str, text: str = TEXT, **fields) -> ArticleItem:
    fields.setdefault("published", datetime(2025, 9, 5, 12, tzinfo=UTC))
    return ArticleItem(
        url=url,
        text=text,
        title="Koalition der Willigen",
        language="de",
        date_source="meta",
        **fields,
    )


class Pipeline:
    """dedup → stories → store, as one crawl run."""

    def __init__(self, database_url: str, **settings):
        self.crawler = project_crawler(ReplaySpider, {"DATABASE_URL": database_url, **settings})
        self.crawler.spider = ReplaySpider(path=__file__)
        self.dedup = DedupPipeline.from_crawler(self.crawler)
        self.stories = StoryPipeline.from_crawler(self.crawler)
        self.store = StorePipeline.from_crawler(self.crawler)
        self.dedup.open_spider()
        self.store.open_spider()

    def __call__(self, item: ArticleItem) -> ArticleItem:
        return self.store.process_item(self.stories.process_item(self.dedup.process_item(item)))

    def close(self):
        self.store.close_spider()


def count(database_url, model) -> int:
    with open_database(database_url).session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_canonical_url_drops_tracking_and_fragment():
    assert (
        canonical_url("HTTPS://News.Example/a/b.html?utm_source=x&id=3#top")
        == "https://news.example/a/b.html?id=3"
    )
    assert canonical_url("file:///srv/site/a.html#x") == "file:///srv/site/a.html"


def test_text_fingerprint_ignores_spacing_case_and_punctuation():
    assert text_fingerprint("Putin warnt:  Truppen!") == text_fingerprint("putin warnt truppen")
    assert text_fingerprint("Putin warnt") != text_fingerprint("Putin warnt nicht")


def test_article_is_stored_with_its_fields(database_url):
    run = Pipeline(database_url)
    stored = run(article("https://tagesblick.example/a.html?utm_source=rss"))
    run.close()
    with open_database(database_url).session() as session:
        row = session.get(Article, stored.article_id)
        assert row.url == "https://tagesblick.example/a.html"
        assert row.published_at == datetime(2025, 9, 5, 12, tzinfo=UTC)
        assert row.source == "tagesblick.example"
        assert session.get(CrawlRun, row.run_id).finished_at is not None


def test_dates_keep_their_offset_and_local_day(database_url):
    # 00:30 in Berlin is still the previous day in UTC: the outlet's day is what counts.
    published = datetime.fromisoformat("2025-09-06T00:30:00+02:00")
    updated = datetime.fromisoformat("2025-09-06T09:15:00-04:00")
    run = Pipeline(database_url)
    stored = run(
        article(
            "https://tagesblick.example/night.html",
            published=published,
            updated=updated,
            date_confidence=0.9,
            language_unwanted=True,
        )
    )
    run.close()
    with open_database(database_url).session() as session:
        record = article_record(session.get(Article, stored.article_id))
    assert record["published"] == "2025-09-06"
    assert record["published_at"] == "2025-09-06T00:30:00+02:00"
    assert record["updated_at"] == "2025-09-06T09:15:00-04:00"
    assert (record["date_source"], record["date_confidence"]) == ("meta", 0.9)
    assert record["language_unwanted"] is True


def test_second_sighting_of_a_url_adds_no_row(database_url):
    for _ in range(2):
        run = Pipeline(database_url)
        run(article("https://tagesblick.example/a.html"))
        run.close()
    assert count(database_url, Article) == 1
    assert count(database_url, CrawlRun) == 2


def test_same_text_elsewhere_is_a_copy_of_the_first(database_url):
    run = Pipeline(database_url)
    original = run(article("https://tagesblick.example/a.html"))
    copy = run(article("https://boersenblick.example/4711.html", text=TEXT.upper() + " "))
    run.close()
    assert copy.duplicate_of == original.article_id
    assert count(database_url, Article) == 2


def test_edited_article_keeps_its_old_text_as_a_version(database_url):
    run = Pipeline(database_url)
    first = run(article("https://tagesblick.example/a.html"))
    run(article("https://tagesblick.example/a.html", text=TEXT + " Update: Moskau widerspricht."))
    run.close()
    with open_database(database_url).session() as session:
        row = session.get(Article, first.article_id)
        assert row.version == 2 and row.text.endswith("widerspricht.")
        old = session.scalars(select(ArticleVersion)).one()
        assert old.text == TEXT and old.version == 1


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:////proc/no/such/dir/x.db",
        "nosuchdb://x",
        "postgresql+psycopg://nobody@127.0.0.1:1/none",
    ],
)
def test_unusable_database_url_is_a_config_error_naming_it(url):
    with pytest.raises(ConfigError, match="DATABASE_URL"):
        open_database(url)
