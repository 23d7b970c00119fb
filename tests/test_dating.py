"""Dates: every signal, in the documented order of trust, and what must never win."""

import asyncio
import logging
from datetime import UTC, datetime

import pytest
from lxml import html as lxml_html

from crawler.discovery import feed_links, sitemap_links
from crawler.items import ArticleItem
from pipelines.date import DatePipeline
from pipelines.dates.page import parse_timestamp, read_page_signals
from pipelines.dates.resolve import PageDates, page_dates, resolve_dates, text_dates
from pipelines.extract import ExtractPipeline
from pipelines.text.extraction import extract_article, extract_text_document
from tests.conftest import SEEDS, SITE

NOW = datetime(2026, 1, 1, tzinfo=UTC)
BODY = (
    "<p>Der Gemeinderat hat am Abend nach langer Debatte beschlossen, die Brücke über den "
    "Fluss zu sanieren. Die Arbeiten sollen im Frühjahr beginnen und ein Jahr dauern.</p>"
)


def page(head: str = "", body: str = BODY, lang: str = "de") -> str:
    return f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>'


def dates_of(markup: str, url: str | None = None) -> PageDates:
    return page_dates(lxml_html.fromstring(markup), url, now=NOW)


def day(moment: datetime | None) -> str | None:
    return moment.date().isoformat() if moment else None


JSONLD = (
    '<script type="application/ld+json">{{"@context": "https://schema.org", '
    '"@type": "NewsArticle", "datePublished": "{}"}}</script>'
)
OG = '<meta property="article:published_time" content="{}">'


# --- must show 1: the fixture site, seed 002, metadata against the URL -----------------

SITE_ARTICLES = [
    (
        "tagesblick/ausland/putin-warnt-westliche-truppen-100.html",
        "2025-09-05T14:12:00+02:00",
        "2025-09-05T17:38:00+02:00",
    ),
    (
        "boersenblick/nachrichten/putin-truppen-ukraine-legitimes-ziel-4711.html",
        "2025-09-05T16:45:00+02:00",
        None,  # modified = published: no later update
    ),
    (
        "alpenpost/politik/2025/09/05/putin-warnt-vor-westlichen-truppen.html",
        "2025-09-05T11:30:00+02:00",
        "2025-09-05T13:05:00+02:00",
    ),
    (
        "tagesblick/ausland/koalition-der-willigen-paris-schutztruppe-102.html",
        "2025-09-04T20:05:00+02:00",
        "2025-09-04T21:30:00+02:00",
    ),
    (
        "tagesblick/inland/warnstreik-regionalverkehr-nordwesten-104.html",
        "2025-09-04T09:40:00+02:00",
        "2025-09-04T12:15:00+02:00",
    ),
    (
        "alpenpost/chronik/2025/09/04/mure-verschuettet-landesstrasse-pinzgau.html",
        "2025-09-04T18:20:00+02:00",
        "2025-09-04T23:40:00+02:00",
    ),
    (
        "northbridge/technology/2025/09/03/kestrel-semiconductor-delays-chip-plant.html",
        "2025-09-03T10:30:00+01:00",
        "2025-09-03T15:10:00+01:00",
    ),
]


@pytest.mark.parametrize(
    ("path", "published", "updated"),
    SITE_ARTICLES,
    ids=[p.split("/")[0] + p[-9:-5] for p, _, _ in SITE_ARTICLES],
)
def test_fixture_pages_are_dated_from_their_metadata(path, published, updated):
    article = extract_article((SITE / path).read_bytes(), f"https://fixture.example/{path}")
    assert article.date_source == "jsonld"
    assert article.published.isoformat() == published  # the original offset is kept
    assert (article.updated.isoformat() if article.updated else None) == updated
    assert article.date_confidence >= 0.95  # JSON-LD, meta, <time> (and URL) agree


def test_comments_on_the_fixture_page_do_not_date_it():
    path = "alpenpost/politik/2025/09/05/putin-warnt-vor-westlichen-truppen.html"
    markup = (SITE / path).read_text("utf-8")
    # Without its metadata the page still shows its date; the later comments do not count.
    stripped = markup.replace("application/ld+json", "text/plain")
    for name in ("article:published_time", "article:modified_time"):
        stripped = stripped.replace(f'property="{name}"', 'property="x"')
    article = extract_article(stripped, f"https://fixture.example/{path}")
    assert day(article.published) == "2025-09-05"


def test_seed_002_is_dated_from_its_text():
    text, marker = extract_text_document((SEEDS / "002_a49ea989e3a13d76.txt").read_text("utf-8"))
    item = ArticleItem(url="file:///seeds/002.txt", content_type="text", text=text)
    item.text_date, item.language = marker, "de"
    DatePipeline().process_item(item)
    assert (day(item.published), item.date_source) == ("2025-09-05", "text")


def test_metadata_beats_a_disagreeing_url_and_says_it_is_less_sure():
    url = "https://x.example/politik/2025/09/01/bruecke.html"
    agreeing = dates_of(page(OG.format("2025-09-01T10:00:00+02:00")), url)
    disagreeing = dates_of(page(OG.format("2025-09-05T10:00:00+02:00")), url)
    assert (disagreeing.source, day(disagreeing.published)) == ("meta", "2025-09-05")
    assert disagreeing.confidence < 0.9 < agreeing.confidence


def test_the_url_dates_a_page_without_metadata():
    for url in ("https://x.example/a/2025/09/05/b.html", "https://x.example/a/20250905/b"):
        dates = dates_of(page(), url)
        assert (dates.source, day(dates.published)) == ("url", "2025-09-05")


# --- the page's own signals, in order ----------------------------------------------------


def test_jsonld_beats_opengraph_and_keeps_the_offset():
    dates = dates_of(
        page(
            OG.format("2025-09-04T10:00:00+02:00")
            + '<script type="application/ld+json">[{"@type": "NewsArticle", '
            '"datePublished": "2025-09-05T14:12:00+02:00", '
            '"dateModified": "2025-09-05T18:00:00+02:00"}]</script>'
        )
    )
    assert dates.source == "jsonld"
    assert dates.published == datetime(2025, 9, 5, 12, 12, tzinfo=UTC)
    assert dates.published.utcoffset().total_seconds() == 7200
    assert dates.updated.isoformat() == "2025-09-05T18:00:00+02:00"


def test_jsonld_graph_and_article_before_webpage():
    dates = dates_of(
        page(
            '<script type="application/ld+json">{"@graph": ['
            '{"@type": "WebPage", "datePublished": "2020-01-01"},'
            '{"@type": ["NewsArticle"], "datePublished": "2025-09-05"}]}</script>'
        )
    )
    assert (dates.source, day(dates.published)) == ("jsonld", "2025-09-05")


@pytest.mark.parametrize(
    "head",
    [
        OG.format("2025-09-05"),
        '<meta name="date" content="2025-09-05T08:00:00Z">',
        '<meta name="DC.date.issued" content="2025-09-05">',
        '<meta name="parsely-pub-date" content="2025-09-05T06:00:00Z">',
        '<meta itemprop="datePublished" content="2025-09-05">',
        '<meta name="date" content="05.09.2025">',
    ],
)
def test_meta_tags(head):
    dates = dates_of(page(head))
    assert (dates.source, day(dates.published)) == ("meta", "2025-09-05")


def test_time_element_in_the_article():
    markup = page(
        body="<article><h1>Brücke</h1><p>Von A. Autor · "
        '<time datetime="2025-09-05T14:12:00+02:00">5. September 2025</time></p>'
        f"{BODY}</article>"
    )
    dates = dates_of(markup)
    assert (dates.source, dates.published.isoformat()) == ("meta", "2025-09-05T14:12:00+02:00")


@pytest.mark.parametrize(
    ("label", "lang"),
    [
        ("Veröffentlicht am 5. September 2025", "de"),
        ("Stand: 05.09.2025 14:12 Uhr", "de"),
        ("Published Sept. 5, 2025", "en"),
        ("Publié le 5 septembre 2025 à 14h12", "fr"),
        ("Publicado el 5 de septiembre de 2025", "es"),
        ("Pubblicato il 5 settembre 2025", "it"),
        ("Gepubliceerd op 5 september 2025", "nl"),
    ],
)
def test_dates_written_on_the_page(label, lang):
    markup = page(body=f"<article><h1>Brücke</h1><p>{label}</p>{BODY}</article>", lang=lang)
    dates = dates_of(markup)
    assert (dates.source, day(dates.published)) == ("text", "2025-09-05")
    assert extract_article(markup).published == dates.published  # what extraction returns


def test_a_wrong_declared_language_does_not_hide_a_written_date():
    markup = page(body=f"<article><h1>X</h1><p>23 de febrero de 2022</p>{BODY}</article>")
    assert day(dates_of(markup.replace('lang="de"', 'lang="en"')).published) == "2022-02-23"


# --- misleading dates must not win -------------------------------------------------------


def test_copyright_years_do_not_date_a_page():
    markup = page(body=f"<main><h1>Bürgerbüro</h1>{BODY}</main><footer>© 2019-2025 Stadt</footer>")
    assert dates_of(markup).published is None


def test_comment_dates_do_not_date_a_page():
    markup = page(
        body="<article><h1>Brücke</h1><p>Veröffentlicht am 4. September 2025</p>"
        f"{BODY}</article>"
        '<section id="comments"><div class="comment"><time datetime="2025-09-06T08:14:00+02:00">'
        "6. September 2025</time> Toller Artikel!</div></section>"
    )
    assert day(dates_of(markup).published) == "2025-09-04"


def test_related_article_dates_do_not_date_a_page():
    markup = page(
        body="<article><h1>Brücke</h1><p>Stand: 04.09.2025</p>"
        f"{BODY}"
        '<div class="related"><h2>Mehr zum Thema</h2>'
        '<article><time datetime="2025-08-01">1. August 2025</time> Alte Brücke</article>'
        "</div></article>"
    )
    dates = dates_of(markup)
    assert day(dates.published) == "2025-09-04"


def test_an_updated_stamp_is_the_update_not_the_publication():
    markup = page(
        OG.format("2025-09-04T10:00:00+02:00"),
        body=f"<article><h1>Brücke</h1><p>Aktualisiert am 6. September 2025</p>{BODY}</article>",
    )
    dates = dates_of(markup)
    assert (day(dates.published), day(dates.updated)) == ("2025-09-04", "2025-09-06")


def test_an_updated_stamp_alone_gives_no_publication_date():
    markup = page(body=f"<article><h1>Brücke</h1><p>Updated: Sept. 6, 2025</p>{BODY}</article>")
    dates = dates_of(markup)
    assert dates.published is None and day(dates.updated) == "2025-09-06"


def test_a_future_event_in_the_text_does_not_date_the_article():
    markup = page(
        body="<article><h1>Stadtfest</h1><p>Veröffentlicht am 20. Mai 2025</p>"
        f"{BODY}<p>Das Fest beginnt am Samstag, 14. Juni 2025, auf dem Marktplatz.</p></article>"
    )
    assert day(dates_of(markup).published) == "2025-05-20"


def test_a_date_deep_in_the_text_is_no_dateline():
    filler = BODY * 4
    markup = page(body=f"<article><h1>X</h1>{filler}<p>Am 3. März 2021 begann es.</p></article>")
    dates = dates_of(markup)
    assert dates.source != "text"


# --- the crawl's signals, in order -------------------------------------------------------

FEED = datetime(2025, 9, 5, 8, tzinfo=UTC)


def test_order_of_trust_with_the_crawl_signals():
    text = PageDates(datetime(2025, 9, 4, tzinfo=UTC), None, "text", 0.75)
    meta = PageDates(datetime(2025, 9, 3, tzinfo=UTC), None, "meta", 0.9)
    http = "Fri, 05 Sep 2025 12:00:00 GMT"
    assert resolve_dates(meta, FEED).source == "meta"
    assert resolve_dates(text, FEED).source == "feed"
    assert resolve_dates(text, None, FEED).source == "text"  # over a mere modification date
    assert resolve_dates(PageDates(), None, FEED, http).source == "feed"
    only_http = resolve_dates(PageDates(), None, None, http)
    assert (only_http.source, only_http.published.day) == ("http", 5)
    assert resolve_dates(PageDates()) == PageDates()


def test_confidence_follows_the_order_and_agreement():
    feed = resolve_dates(PageDates(), FEED)
    modified = resolve_dates(PageDates(), None, FEED)
    http = resolve_dates(PageDates(), None, None, "Fri, 05 Sep 2025 12:00:00 GMT")
    assert feed.confidence > modified.confidence > http.confidence > 0
    agreeing = PageDates(datetime(2025, 9, 5, 10, tzinfo=UTC), None, "meta", 0.9)
    disagreeing = PageDates(datetime(2025, 8, 1, tzinfo=UTC), None, "meta", 0.9)
    assert (
        resolve_dates(agreeing, FEED).confidence > 0.9 > resolve_dates(disagreeing, FEED).confidence
    )


def test_a_later_modification_date_of_the_entry_is_the_update():
    meta = PageDates(datetime(2025, 9, 3, tzinfo=UTC), None, "meta", 0.9)
    assert resolve_dates(meta, None, FEED).updated == FEED


def test_pipeline_prefers_page_metadata_over_feed():
    item = ArticleItem(
        url="https://x.example/a",
        page_published=datetime(2025, 9, 5, tzinfo=UTC),
        page_date_source="meta",
        page_date_confidence=0.9,
        feed_published=datetime(2025, 9, 6, tzinfo=UTC),
    )
    DatePipeline().process_item(item)
    assert (item.published.day, item.date_source) == (5, "meta")


def test_pipeline_dates_a_page_from_the_feed_that_linked_it():
    item = ArticleItem(url="https://x.example/a", body=page(body=f"<article>{BODY}</article>"))
    item.feed_published = datetime.fromisoformat("2025-09-05T14:12:00+02:00")
    asyncio.run(ExtractPipeline(stats=None).process_item(item))
    DatePipeline().process_item(item)
    assert (item.published.isoformat(), item.date_source) == ("2025-09-05T14:12:00+02:00", "feed")
    assert item.date_confidence == 0.8


def test_text_fixture_without_marker_is_dated_from_a_written_date():
    dates = text_dates("Stand: 05.09.2025 14:12 Uhr\nDer Gemeinderat hat …", "de", now=NOW)
    assert (dates.source, day(dates.published)) == ("text", "2025-09-05")
    assert text_dates("Kein Datum hier.", "de") == PageDates()


# --- feeds and sitemaps hand over publication and modification dates --------------------


def test_feed_and_sitemap_entries_tell_publication_from_modification():
    rss = feed_links((SITE / "feed.xml").read_bytes(), "https://fixture.example/feed.xml")
    assert all(link.published and link.modified is None for link in rss)
    atom = feed_links((SITE / "atom.xml").read_bytes(), "https://fixture.example/atom.xml")
    assert all(link.published and link.modified for link in atom)
    news = sitemap_links((SITE / "news-sitemap.xml").read_bytes(), "https://f.example/n.xml")
    assert all(link.published for link in news)
    plain = sitemap_links((SITE / "sitemap.xml").read_bytes(), "https://fixture.example/s.xml")
    # a plain sitemap's lastmod is when the page changed, not when it was published
    assert all(link.published is None for link in plain) and any(link.modified for link in plain)


# --- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        OG.format("31.02.2025"),
        OG.format("2025-13-45"),
        OG.format("1970-01-01T00:00:00Z"),
        OG.format("9999-01-01"),
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": 0}</script>',
        JSONLD.format("9999-12-31T00:00:00Z"),
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>',
    ],
)
def test_garbage_metadata_is_not_stored_and_is_logged(head, caplog):
    with caplog.at_level(logging.INFO):
        dates = dates_of(page(head))
    assert dates.source not in ("jsonld", "meta")
    assert dates.confidence < 0.7
    if 'datePublished": </script>' not in head:  # broken JSON is skipped as a whole
        assert "Ignored" in caplog.text or "Rejected" in caplog.text


@pytest.mark.parametrize("written", ["31.02.2025", "2025-13-45", "30. Februar 2025"])
def test_garbage_written_dates_are_not_stored(written, caplog):
    markup = page(body=f"<article><h1>X</h1><p>Veröffentlicht am {written}</p>{BODY}</article>")
    with caplog.at_level(logging.INFO):
        dates = dates_of(markup)
    assert dates.published is None or dates.confidence < 0.7
    assert written in caplog.text


def test_garbage_crawl_dates_are_rejected_with_a_log_line(caplog):
    with caplog.at_level(logging.INFO, logger="pipelines.dates.resolve"):
        epoch = datetime(1970, 1, 1, tzinfo=UTC)
        far = datetime(9999, 1, 1, tzinfo=UTC)
        assert resolve_dates(PageDates(), epoch, far, "Thu, 01 Jan 1970 00:00:00 GMT").source == (
            "none"
        )
        assert resolve_dates(PageDates(), None, None, "not a date").source == "none"
    assert caplog.text.count("Rejected implausible") == 3 and "not a date" in caplog.text


def test_updated_before_published_is_dropped_with_a_log_line(caplog):
    head = (
        '<meta property="article:published_time" content="2025-09-05T10:00:00Z">'
        '<meta property="article:modified_time" content="2025-08-01T10:00:00Z">'
    )
    with caplog.at_level(logging.INFO):
        dates = dates_of(page(head))
    assert dates.published and dates.updated is None
    assert "before published" in caplog.text


@pytest.mark.parametrize(
    "markup",
    [
        "",
        "<html></html>",
        "<html><body></body></html>",
        page(body="<p>Hello. Bonjour. Hallo. Hola. 05.09.2025 and 5 de mayo de 2024.</p>"),
        page(body="<div>" * 3000 + "5. September 2025" + "</div>" * 3000),
    ],
    ids=["empty", "bare", "empty-body", "mixed", "deep"],
)
def test_odd_pages_do_not_crash(markup):
    tree = lxml_html.fromstring(markup) if markup else None
    dates = page_dates(tree, "https://x.example/a", now=NOW)
    assert dates.confidence <= 0.7 or dates.source in ("jsonld", "meta")


def test_parse_timestamp_accepts_iso_and_rfc822_and_rejects_garbage():
    assert parse_timestamp("2025-09-05T14:12:00Z").tzinfo is not None
    assert parse_timestamp("Fri, 05 Sep 2025 14:12:00 +0200").hour == 14
    assert parse_timestamp("31.02.2025") is None
    assert parse_timestamp("2025-13-45") is None


# --- local day against UTC instant; CMS markup; whole-word class names -------------------

ARTICLE_TOP = "<article><h1>Brücke</h1>{}" + BODY + "</article>"


def test_a_utc_instant_near_midnight_gives_the_local_day_the_url_and_page_show():
    markup = page(
        JSONLD.format("2023-11-01T23:01:00Z"),
        body=ARTICLE_TOP.format("<p>Veröffentlicht am 2. November 2023</p>"),
    )
    dates = dates_of(markup, "https://www.example.it/esteri/2023/11/02/diretta/gaza")
    assert day(dates.published) == "2023-11-02"
    assert dates.published == datetime(2023, 11, 1, 23, 1, tzinfo=UTC)  # the same instant
    assert dates.source == "jsonld"


def test_a_utc_instant_after_midnight_gives_the_local_day_before():
    markup = page(JSONLD.format("2023-11-09T01:09:55Z"), body=ARTICLE_TOP.format(""))
    dates = dates_of(markup, "https://www.example.com/2023/11/08/playoffs/")
    assert day(dates.published) == "2023-11-08"


def test_a_utc_instant_in_the_morning_is_not_moved_by_a_url_a_day_later():
    markup = page(JSONLD.format("2023-11-09T10:30:00Z"), body=ARTICLE_TOP.format(""))
    assert day(dates_of(markup, "https://x.example/2023/11/10/a/").published) == "2023-11-09"


def test_an_instant_with_its_own_offset_stays_on_its_day():
    markup = page(JSONLD.format("2020-06-29T00:16:15+03:00"), body=ARTICLE_TOP.format(""))
    assert day(dates_of(markup, "https://x.example/2020/06/28/a/").published) == "2020-06-29"


def test_a_day_before_is_no_agreement():
    agreeing = PageDates(datetime(2025, 9, 5, 10, tzinfo=UTC), None, "meta", 0.9)
    day_after = PageDates(datetime(2025, 9, 6, 10, tzinfo=UTC), None, "meta", 0.9)
    assert resolve_dates(agreeing, FEED).confidence > 0.9
    assert resolve_dates(day_after, FEED).confidence < 0.9


WORDPRESS_DATE = (
    '<div class="entry-meta"><span class="posted-on">Am <a href="/x/" rel="bookmark">'
    '<time class="entry-date published updated" datetime="2019-11-13T08:39:36+00:00">'
    "13. November 2019</time></a></span></div>"
)


def test_a_wordpress_single_date_marked_published_updated_is_the_publication():
    dates = dates_of(page(body=ARTICLE_TOP.format(WORDPRESS_DATE)))
    assert day(dates.published) == "2019-11-13"
    assert dates.source == "meta"


def test_a_date_span_named_post_date_and_updated_is_the_publication():
    body = ARTICLE_TOP.format(
        '<span class="post-info-date post_date date updated">Juli 12, 2017</span>'
    )
    assert day(dates_of(page(body=body)).published) == "2017-07-12"


@pytest.mark.parametrize(
    "classes", ["first-letter", "status-publish", "single-format-standard", "firstpara"]
)
def test_class_names_are_read_as_whole_words(classes):
    body = (
        f'<article class="{classes}"><h1>Brücke</h1>{BODY * 3}'
        "<p>Am 3. März 2021 begann der Bau.</p></article>"
    )
    signals = read_page_signals(lxml_html.fromstring(page(body=body)))
    assert [mark.role for mark in signals.marks] == ["plain"]


def test_a_one_digit_month_in_the_url():
    markup = page(body=ARTICLE_TOP.format(""))
    assert day(dates_of(markup, "https://blog.example/2017/7/12/notes/").published) == "2017-07-12"


def test_a_date_published_property_in_the_footer_is_read_but_not_a_teasers():
    footer = (
        '<footer><time itemprop="datePublished" datetime="2021-03-04T10:00:00+01:00">'
        "4. März</time></footer>"
    )
    teaser = (
        '<aside><div itemscope itemtype="https://schema.org/NewsArticle">'
        '<span itemprop="datePublished" content="2020-01-05"></span></div></aside>'
    )
    assert day(dates_of(page(body=ARTICLE_TOP.format("") + footer)).published) == "2021-03-04"
    assert dates_of(page(body=ARTICLE_TOP.format("") + teaser)).source != "meta"  # not the page's


def test_a_republished_page_is_dated_by_the_date_it_shows():
    head = (
        '<script type="application/ld+json">{"@type": "Article", '
        '"datePublished": "2021-11-29T14:13:37Z", "dateModified": "2022-01-12T14:27:30Z"}</script>'
    )
    shown = page(head, body=ARTICLE_TOP.format("<p>Veröffentlicht am 12. Januar 2022</p>"))
    assert day(dates_of(shown).published) == "2022-01-12"
    both = page(
        head,
        body=ARTICLE_TOP.format(
            "<p>Veröffentlicht am 29. November 2021</p><p>Aktualisiert am 12. Januar 2022</p>"
        ),
    )
    assert day(dates_of(both).published) == "2021-11-29"


def test_a_page_without_text_still_gets_its_jsonld_date():
    markup = page(JSONLD.format("2024-02-03T09:00:00+01:00"), body="<div><img src='a.jpg'></div>")
    article = extract_article(markup, "https://x.example/gallery")
    assert article.reason and not article.text
    assert day(article.published) == "2024-02-03" and article.date_source == "jsonld"
