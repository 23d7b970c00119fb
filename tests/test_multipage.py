"""Multi-page articles: the news spider follows rel=next and the pages become one article."""

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from crawler.discovery import declared_og_type, looks_like_article
from crawler.spiders.news import NEXT_PAGE, continues_article, may_have_next_page
from tests.test_crawl import articles, crawl

SITE = Path(__file__).parent / "fixtures" / "multipage-site"
LEAD = "Der Landtag hat am Donnerstag nach monatelangem Streit ein neues Schulgesetz beschlossen."


def test_an_article_over_three_pages_is_stored_once_with_all_its_text(scrapy, sqlite_url):
    result = crawl(scrapy, sqlite_url, "news", "-a", f"urls={(SITE / 'feed.xml').as_uri()}")
    assert "'newsmon/joined_pages': 2" in result.stderr
    rows = articles(scrapy, sqlite_url)
    assert len(rows) == 1
    text = rows[0]["text"]
    assert rows[0]["url"].endswith("schulgesetz.html")
    assert text.count(LEAD) == 1
    assert "in dritter Lesung" in text  # page 1
    assert "Die Lehrerverbände reagierten gespalten." in text  # page 2
    assert "vom Verfassungsgericht prüfen lassen" in text  # page 3
    assert text.endswith("Eine Entscheidung wird nicht vor dem Frühjahr erwartet.")
    assert "Seite 2" not in text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<link rel="next" href="/p2">', True),
        ("<a class=more rel='nofollow next' href=/p2>weiter</a>", True),
        ("<a rel=next href=/p2>", True),
        ('<LINK REL="next" HREF="/p2">', True),
        ('<a href="/p2" rel="nofollow">next page</a><p>Next week, the rel= vote.</p>', False),
        ('<link rel="nextjs-preload" href="/x.js">', False),
    ],
)
def test_the_byte_precheck_finds_every_rel_next_link(markup, expected):
    page = f"<html><head></head><body>{markup}</body></html>".encode()
    response = HtmlResponse("https://example.org/a", body=page, encoding="utf-8")
    assert may_have_next_page(response) is expected
    assert (response.xpath(NEXT_PAGE).get() is not None) is expected  # agrees with the parse


@pytest.mark.parametrize(
    ("following", "expected"),
    [
        ("https://example.org/news/story-2.html", True),
        ("https://example.org/news/story.html?page=3", True),
        ("https://example.org/news/story/page/2/", False),  # another path, not a page of it
        # WordPress's post navigation: the next post, marked rel=next too
        ("https://example.org/tech/2015/04/16/another-story-00165.html", False),
        ("https://example.org/news/story-of-the-day.html", False),
        ("https://other.example.org/news/story-2.html", False),
    ],
)
def test_only_a_page_of_the_same_article_continues_it(following, expected):
    assert continues_article("https://example.org/news/story.html", following) is expected


def test_a_wordpress_post_page_continues_under_its_path():
    assert continues_article(
        "https://example.org/2024/05/slug/", "https://example.org/2024/05/slug/2/"
    )
    assert continues_article("https://example.org/slug/", "https://example.org/slug/page/3/")


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<meta property="og:type" content="article">', True),
        ("<META content='Article ' property=og:type>", True),
        ('<meta property="og:type" content="website">', False),
        ('<meta property="og:title" content="og:type">', False),
        ('<script type="application/ld+json">{"@type": "NewsArticle"}</script>', True),
        ("<p>og:type article</p>", False),
    ],
)
def test_an_article_page_is_recognised_with_or_without_a_parse(markup, expected):
    page = f"<html><head>{markup}</head><body></body></html>".encode()
    response = HtmlResponse("https://example.org/a", body=page, encoding="utf-8")
    assert looks_like_article(response) is expected
    og_type = response.xpath('//meta[@property="og:type"]/@content').get()
    parsed = (og_type or "").strip().lower() == "article"
    assert (declared_og_type(page) == "article") is parsed
