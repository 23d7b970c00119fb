"""The date pipeline: page metadata, feed, text marker, HTTP, in that order of trust."""

from datetime import UTC, datetime

from lxml import html as lxml_html

from crawler.items import ArticleItem
from pipelines.dating import DatePipeline, PageDates, page_dates, parse_timestamp, resolve_dates


def tree(head: str, body: str = "<p>Text</p>"):
    return lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_jsonld_beats_opengraph():
    dates = page_dates(
        tree(
            '<meta property="article:published_time" content="2025-09-04T10:00:00+02:00">'
            '<script type="application/ld+json">[{"@type": "NewsArticle", '
            '"datePublished": "2025-09-05T14:12:00+02:00", '
            '"dateModified": "2025-09-05T18:00:00+02:00"}]'
            "</script>"
        )
    )
    assert dates.source == "jsonld"
    assert dates.published == datetime(2025, 9, 5, 12, 12, tzinfo=UTC)
    assert dates.published.utcoffset().total_seconds() == 7200  # original offset kept
    assert dates.updated.isoformat() == "2025-09-05T18:00:00+02:00"


def test_opengraph_when_no_jsonld():
    dates = page_dates(tree('<meta property="article:published_time" content="2025-09-05">'))
    assert (dates.source, dates.published.date().isoformat()) == ("meta", "2025-09-05")


def test_implausible_dates_are_rejected():
    dates = page_dates(
        tree(
            '<meta property="article:published_time" content="9999-01-01">'
            '<meta name="date" content="1970-01-01">'
        )
    )
    assert dates.source != "meta"


def test_updated_before_published_is_dropped():
    dates = page_dates(
        tree(
            '<meta property="article:published_time" content="2025-09-05T10:00:00Z">'
            '<meta property="article:modified_time" content="2025-09-01T10:00:00Z">'
        )
    )
    assert dates.published and dates.updated is None


def test_order_of_trust_without_page_metadata():
    feed = datetime(2025, 9, 5, 8, tzinfo=UTC)
    marker = datetime(2025, 9, 4, tzinfo=UTC)
    assert resolve_dates(PageDates(), feed, marker)[0].source == "feed"
    assert resolve_dates(PageDates(), None, marker)[0].source == "text"
    chosen, confidence = resolve_dates(PageDates(), None, None, "Fri, 05 Sep 2025 12:00:00 GMT")
    assert (chosen.source, chosen.published.day) == ("http", 5)
    assert 0 < confidence < resolve_dates(PageDates(), feed)[1]
    assert resolve_dates(PageDates())[0].source == "none"


def test_pipeline_prefers_page_metadata_over_feed():
    item = ArticleItem(
        url="https://x.example/a",
        page_published=datetime(2025, 9, 5, tzinfo=UTC),
        page_date_source="meta",
        feed_published=datetime(2025, 9, 6, tzinfo=UTC),
    )
    DatePipeline().process_item(item)
    assert (item.published.day, item.date_source) == (5, "meta")


def test_parse_timestamp_accepts_iso_and_rfc822_and_rejects_garbage():
    assert parse_timestamp("2025-09-05T14:12:00Z").tzinfo is not None
    assert parse_timestamp("Fri, 05 Sep 2025 14:12:00 +0200").hour == 14
    assert parse_timestamp("31.02.2025") is None
    assert parse_timestamp("2025-13-45") is None
