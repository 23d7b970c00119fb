"""The request dupefilter: canonical URLs within a crawl, stored articles across crawls."""

from datetime import UTC, datetime, timedelta

from scrapy import Request
from scrapy.utils.request import RequestFingerprinter

from crawler.dupefilter import ArticleDupeFilter, ArticleRequestFingerprinter, url_fingerprint
from crawler.spiders.news import NewsSpider
from pipelines.similarity.urls import canonical_url
from pipelines.storage.database import open_database
from pipelines.storage.models import Article
from tests.conftest import LOCAL_NETWORK, project_crawler
from tests.test_crawl import BOERSENBLICK, TAGESBLICK, articles, crawl


def dupefilter(database_url: str, **settings) -> ArticleDupeFilter:
    return ArticleDupeFilter.from_crawler(
        project_crawler(NewsSpider, {"DATABASE_URL": database_url, **settings})
    )


def store_article(database_url: str, url: str, published: datetime) -> None:
    with open_database(database_url).session() as session, session.begin():
        session.add(Article(url=url, source="x", text="t", text_hash="0" * 64,
                            published_at=published))  # fmt: skip


def test_variants_of_one_page_are_requested_once(sqlite_url):
    seen = dupefilter(sqlite_url)
    assert not seen.request_seen(Request("https://www.news.example/a.html?utm_source=rss"))
    for variant in (
        "https://news.example/a.html#comments",
        "http://m.news.example/a.html?fbclid=abc",
        "https://www.news.example/amp/a.html",
    ):
        assert seen.request_seen(Request(variant)), variant
    assert not seen.request_seen(Request("https://www.news.example/b.html"))


def test_stored_articles_are_not_fetched_again_unless_due_for_a_recheck(database_url):
    now = datetime.now(UTC)
    store_article(database_url, "https://news.example/old.html", now - timedelta(days=30))
    store_article(database_url, "https://news.example/new.html", now - timedelta(hours=2))
    seen = dupefilter(database_url)
    assert seen.request_seen(Request("https://www.news.example/old.html?utm_medium=x"))
    assert seen.request_seen(Request("https://news.example/new.html"))
    assert not seen.request_seen(Request("https://news.example/feed.xml"))
    assert seen.stats.get_value("newsmon/dupefilter/stored_article") == 2
    recheck = dupefilter(database_url, RECHECK_DAYS=7)
    assert recheck.request_seen(Request("https://news.example/old.html"))
    assert not recheck.request_seen(Request("https://news.example/new.html"))


def test_a_second_crawl_fetches_the_feed_but_not_the_stored_articles(scrapy, sqlite_url,
                                                                     site_server):  # fmt: skip
    crawl(scrapy, sqlite_url, "news", "-a", f"urls={site_server}feed.xml", *LOCAL_NETWORK)
    first = articles(scrapy, sqlite_url)
    second = crawl(scrapy, sqlite_url, "news", "-a", f"urls={site_server}feed.xml", *LOCAL_NETWORK)
    assert "'newsmon/dupefilter/stored_article': 7" in second.stderr
    assert "'downloader/response_count': 2," in second.stderr  # robots.txt and the feed
    assert len(articles(scrapy, sqlite_url)) == len(first)
    by_url = {row["url"]: row for row in first}
    copy = by_url[site_server + BOERSENBLICK]
    assert copy["duplicate_of"] == by_url[site_server + TAGESBLICK]["id"]


def test_one_fingerprint_for_all_the_urls_of_one_article(sqlite_url):
    fingerprinter = project_crawler(NewsSpider, {"DATABASE_URL": sqlite_url}).request_fingerprinter
    assert isinstance(fingerprinter, ArticleRequestFingerprinter)
    first = fingerprinter.fingerprint(Request("https://www.news.example/a.html?utm_source=rss"))
    assert first == url_fingerprint(canonical_url("https://news.example/a.html"))
    assert fingerprinter.fingerprint(Request("http://m.news.example/amp/a.html#top")) == first
    assert fingerprinter.fingerprint(Request("https://news.example/b.html")) != first


def test_other_requests_keep_scrapys_fingerprint():
    fingerprinter = ArticleRequestFingerprinter()
    form = Request("https://news.example/search", method="POST", body=b"q=x")
    assert fingerprinter.fingerprint(form) == RequestFingerprinter().fingerprint(form)
    assert len(fingerprinter.fingerprint(Request("https://news.example/a.html"))) == 8


def test_requests_seen_survive_a_paused_crawl(sqlite_url, tmp_path):
    settings = {"JOBDIR": str(tmp_path / "job")}
    first = dupefilter(sqlite_url, **settings)
    assert not first.request_seen(Request("https://www.news.example/a.html"))
    first.close("shutdown")
    resumed = dupefilter(sqlite_url, **settings)
    assert resumed.request_seen(Request("http://news.example/a.html?utm_source=x"))
    resumed.close("finished")
