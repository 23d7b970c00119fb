"""Site-level boilerplate: learned from recurrence, the same texts in any crawl order."""

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select

from crawler import settings
from crawler.items import ArticleItem
from pipelines.boilerplate import BoilerplatePipeline
from pipelines.similarity.copies import copy_features, text_fingerprint
from pipelines.similarity.terms import pack, term_vector
from pipelines.storage.database import open_database
from pipelines.storage.models import Article, ArticleFeatures, SiteDocument
from pipelines.text.boilerplate import (
    Paragraphs,
    paragraph_fingerprint,
    site_key,
    without_boilerplate,
)
from tests.conftest import project_crawler
from tests.test_crawl import articles, crawl

SITE = Path(__file__).parent / "fixtures" / "boilerplate-site"
PITCH = "Der Rheinkurier am Morgen: Jeden Werktag um sieben Uhr die wichtigsten Meldungen"
QUOTED = "„Jeden Werktag um sieben Uhr die wichtigsten Meldungen aus der Region, kostenlos"
QUOTING = "verlag-startet-morgenbrief.html"
NEWSLETTER = "Unser Morgenbrief: jeden Tag die Nachrichten der Region in Ihrem Postfach."


# --- the pure parts ----------------------------------------------------------------------------


def test_fingerprints_ignore_case_spacing_and_punctuation_and_skip_single_words():
    assert paragraph_fingerprint("Jetzt  abonnieren!") == paragraph_fingerprint("jetzt abonnieren")
    assert paragraph_fingerprint("Anzeige") is None


def test_without_boilerplate_drops_whole_paragraphs_only():
    text = f"Erster Absatz hier.\n{NEWSLETTER}\nZweiter Absatz hier."
    boilerplate = {paragraph_fingerprint(NEWSLETTER)}
    assert without_boilerplate(text, boilerplate) == "Erster Absatz hier.\nZweiter Absatz hier."
    quoting = f"Der Verlag wirbt mit „{NEWSLETTER}“ um neue Leser."
    assert without_boilerplate(quoting, boilerplate) == quoting
    assert without_boilerplate(NEWSLETTER, boilerplate) == NEWSLETTER  # never empties a text
    # Nor leaves only what is too short to judge: a stray quote mark is no article.
    stray = f"{NEWSLETTER}\n\u201d\nAnzeige"
    assert without_boilerplate(stray, boilerplate) == stray


@pytest.mark.parametrize(
    "text",
    [
        f"Erster Absatz hier.\n\n{NEWSLETTER}\n  \nZweiter Absatz – „zitiert“!",
        "STRASSE\nstraße\nＦｕｌｌｗｉｄｔｈ ﬁ\n\u0301Akzent am Zeilenanfang",
        "\n",
        "",
    ],
)
def test_the_paragraph_pass_digests_the_text_as_dedup_does(text):
    # Boilerplate counts copies once by this digest; it must be dedup's text fingerprint.
    assert Paragraphs.of(text).digest == text_fingerprint(text)


def test_site_keys_tell_outlets_on_one_host_apart():
    assert site_key("https://www.rheinkurier.example/a") == "rheinkurier.example"
    assert site_key("http://127.0.0.1:8000/a", "Alpenpost") != site_key(
        "http://127.0.0.1:8000/b", "Tagesblick"
    )
    assert site_key("file:///srv/mirror/artikel/a.html") == "file:/srv/mirror/artikel"


# --- the pipeline against a real database ----------------------------------------------------


def body(n: int, *extra: str) -> str:
    own = [f"Meldung {n}: Der Gemeinderat hat am Abend Beschluss Nummer {n} gefasst.", *extra]
    return "\n".join([*own, f"Die Sitzung {n} dauerte bis kurz vor Mitternacht."])


def learn_and_store(pipeline, database, url: str, text: str) -> str:
    """What a crawl does with one article: the boilerplate step, then the store."""
    item = pipeline.process_item(ArticleItem(url=url, text=text, site_name="Rheinkurier"))
    with database.session() as session, session.begin():
        article = session.scalar(select(Article).where(Article.url == url))
        if article is None:
            article = Article(url=url, source="Rheinkurier")
            session.add(article)
        article.text, article.text_hash = item.text, text_fingerprint(item.text)
    return item.text


def stored(database) -> dict[str, str]:
    with database.session() as session:
        rows = session.scalars(select(Article)).all()
        for row in rows:
            assert row.text_hash == text_fingerprint(row.text)  # the hash follows the text
        return {row.url: row.text for row in rows}


def new_crawl(database_url) -> BoilerplatePipeline:
    crawler = project_crawler(settings_dict={"DATABASE_URL": database_url})
    return BoilerplatePipeline.from_crawler(crawler)


@pytest.fixture
def pipeline(database_url):
    return new_crawl(database_url), open_database(database_url)


def close(boilerplate: BoilerplatePipeline) -> None:
    """What Scrapy does as the crawl ends (the crawler of these tests has no worker pool)."""
    asyncio.run(boilerplate.close_spider())


def pending(database) -> set[str]:
    with database.session() as session:
        return set(session.scalars(select(SiteDocument.url).where(SiteDocument.rewrite_pending)))


def test_a_paragraph_in_three_articles_goes_from_all_of_them_as_the_crawl_closes(
    pipeline, database_url
):
    boilerplate, database = pipeline
    urls = [f"https://rheinkurier.example/{n}" for n in range(4)]
    for n, url in enumerate(urls[:3]):
        # The crawl hands on what it got: the paragraph was no boilerplate when it began.
        assert learn_and_store(boilerplate, database, url, body(n, NEWSLETTER)) == body(
            n, NEWSLETTER
        )
    assert pending(database) == set(urls[:3])
    close(boilerplate)
    texts = stored(database)
    assert texts == {url: body(n) for n, url in enumerate(urls[:3])}
    assert not pending(database)
    # The next crawl knows it from the start.
    later = new_crawl(database_url)
    assert learn_and_store(later, database, urls[3], body(3, NEWSLETTER)) == body(3)
    assert not pending(database)


def test_items_of_a_crawl_get_the_same_texts_in_any_order(tmp_path):
    texts = [body(n, NEWSLETTER) for n in range(3)]
    for order, name in ((texts, "forward"), (texts[::-1], "backward")):
        database_url = f"sqlite:///{tmp_path / name}.db"
        boilerplate = new_crawl(database_url)
        for n, text in enumerate(order):
            item = ArticleItem(url=f"https://rk.example/{n}", text=text, site_name="Rheinkurier")
            assert boilerplate.process_item(item).text == text


def test_an_edit_that_drops_the_paragraph_gives_it_back_to_the_others(pipeline, database_url):
    boilerplate, database = pipeline
    urls = [f"https://rheinkurier.example/{n}" for n in range(3)]
    for n, url in enumerate(urls):
        learn_and_store(boilerplate, database, url, body(n, NEWSLETTER))
    close(boilerplate)
    later = new_crawl(database_url)
    assert learn_and_store(later, database, urls[2], body(2)) == body(2)  # the box is gone
    assert pending(database) == set(urls[:2])
    close(later)
    texts = stored(database)
    assert texts[urls[0]] == body(0, NEWSLETTER) and texts[urls[2]] == body(2)


def test_a_crawl_that_died_leaves_its_rewrites_to_the_next(pipeline, database_url):
    boilerplate, database = pipeline
    urls = [f"https://rheinkurier.example/{n}" for n in range(3)]
    for n, url in enumerate(urls):
        learn_and_store(boilerplate, database, url, body(n, NEWSLETTER))
    del boilerplate  # killed: it never closed
    assert NEWSLETTER in stored(database)[urls[0]] and pending(database) == set(urls)
    close(new_crawl(database_url))
    assert stored(database) == {url: body(n) for n, url in enumerate(urls)}


def test_copies_of_one_text_count_once(pipeline):
    boilerplate, database = pipeline
    text = body(7, NEWSLETTER)
    for n in range(3):
        assert learn_and_store(boilerplate, database, f"https://rk.example/c{n}", text) == text


def test_sites_learn_apart(pipeline):
    boilerplate, _ = pipeline
    for n in range(3):
        item = ArticleItem(
            url=f"https://host.example/{n}", text=body(n, NEWSLETTER), site_name=f"Outlet {n}"
        )
        assert NEWSLETTER in boilerplate.process_item(item).text


# --- must-show: a crawl of the fixture site, in two orders ------------------------------------


def crawl_feeds(scrapy, database_url, *feeds, options=()):
    for feed in feeds:
        crawl(scrapy, database_url, "news", "-a", f"urls={(SITE / feed).as_uri()}", *options)
    return {row["url"]: row["text"] for row in articles(scrapy, database_url)}


def check_site_texts(texts: dict[str, str]) -> None:
    assert len(texts) == 6
    quoting = next(text for url, text in texts.items() if url.endswith(QUOTING))
    assert QUOTED in quoting  # the quoted sentence stays in the article quoting it
    for url, text in texts.items():
        assert PITCH not in text, url
        assert len(text.split("\n")) == 4  # each article keeps its own four paragraphs


# The marks for a rewrite are written with the store's batches, committed one article at a time
# or all at once; the crawl rewrites the marked articles as it closes.
@pytest.mark.parametrize("batch_size", [1, 200])
def test_the_shared_newsletter_paragraph_goes_from_every_stored_article(
    scrapy, database_url, batch_size
):
    options = ("-s", f"STORE_BATCH_SIZE={batch_size}")
    check_site_texts(crawl_feeds(scrapy, database_url, "feed.xml", options=options))
    # What dedup and stories read at their next start-up follows the rewritten texts.
    with open_database(database_url).session() as session:
        for row in session.scalars(select(Article)):
            features = copy_features(row.text, settings.DEDUP_MIN_WORDS)
            assert row.text_hash == features.text_hash
            stored = session.get(ArticleFeatures, row.id)
            assert (stored.words, stored.signature) == (features.words, features.signature)
            if stored.terms is not None:
                assert stored.terms == pack(term_vector(row.title, row.text, row.language))


def test_two_crawl_orders_over_two_runs_give_the_same_texts(scrapy, tmp_path):
    # feed-first holds three articles with the paragraph: it is boilerplate within the first
    # run. feed-second holds only two: the paragraph becomes boilerplate in the second run,
    # which must clean the articles the first run stored.
    first_then_second, second_then_first = (
        crawl_feeds(scrapy, f"sqlite:///{tmp_path / f'{n}.db'}", *feeds)
        for n, feeds in enumerate(
            [("feed-first.xml", "feed-second.xml"), ("feed-second.xml", "feed-first.xml")]
        )
    )
    check_site_texts(first_then_second)
    assert first_then_second == second_then_first
