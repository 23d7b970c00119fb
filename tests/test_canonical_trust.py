"""A canonical URL is trusted only when plausible: template canonicals pointing at a section, a
tag page, the home page or another stored article do not merge different articles."""

from __future__ import annotations

import pytest

from pipelines.similarity.urls import article_url, plausible_canonical
from tests.conftest import LOCAL_NETWORK
from tests.faultserver import FaultServer, Page, article_page
from tests.test_crawl import articles, crawl

PAGE = "https://news.example/politik/2025/09/putin-warnt-100.html"


@pytest.mark.parametrize(
    "declared",
    [
        "https://news.example/",
        "https://news.example/politik/",
        "https://news.example/politik/index.html",
        "https://news.example/politik/2025",
        "https://news.example/tag/ukraine",
        "https://news.example/themen/europa/",
    ],
)
def test_sections_tags_and_the_home_page_are_not_canonicals(declared):
    assert not plausible_canonical(PAGE, declared)
    assert article_url(PAGE, declared) == PAGE


@pytest.mark.parametrize(
    "declared",
    [
        PAGE,
        "https://www.news.example/politik/2025/09/putin-warnt-100.html?utm_source=x",
        "https://news.example/putin-warnt-100",
        "https://news.example/politik/2025/09/putin-warnt-100/",
    ],
)
def test_plausible_canonicals_are_taken(declared):
    assert plausible_canonical(PAGE, declared)


def section(links: list[str]) -> bytes:
    anchors = "".join(f'<li><a href="{link}">Story</a></li>' for link in links)
    return (
        f"<html><head><title>Politik</title></head><body><ul>{anchors}</ul></body></html>".encode()
    )


@pytest.fixture
def template_canonicals():
    """Four articles canonical to their section page, four to a 'latest news' page."""
    with FaultServer() as site:
        stories = [f"/politik/story-{n}.html" for n in range(4)]
        latest = [f"/wirtschaft/story-{n}.html" for n in range(4)]
        for n, path in enumerate(stories):
            site.route(path, Page(article_page(20 + n, canonical=site.url + "politik/")))
        for n, path in enumerate(latest):
            site.route(path, Page(article_page(30 + n, canonical=site.url + "latest.html")))
        site.route("/politik/", Page(section(stories + latest)))
        yield site, stories + latest


def test_four_articles_canonical_to_their_section_are_four_articles(
    scrapy, sqlite_url, template_canonicals
):
    site, paths = template_canonicals
    start = ("news", "-a", f"urls={site.url}politik/", *LOCAL_NETWORK)
    first = crawl(scrapy, sqlite_url, *start, "-s", "WORKERS=0")
    rows = articles(scrapy, sqlite_url)
    assert len(rows) == 8 and len({row["text"] for row in rows}) == 8
    urls = {row["url"] for row in rows}
    assert {site.url + path.lstrip("/") for path in paths[:4]} <= urls
    assert site.url + "politik/" not in urls
    # The 'latest' canonical names one article at most: the other three keep their own URLs.
    assert len(urls & {site.url + path.lstrip("/") for path in paths[4:]}) >= 3
    assert "'newsmon/canonical_ignored': " in first.stderr
    # The next run fetches the section page again: it was not stored as an article.
    crawl(scrapy, sqlite_url, *start, "-s", "WORKERS=0")
    assert site.counts["/politik/"] == 2
    assert len(articles(scrapy, sqlite_url)) == 8
