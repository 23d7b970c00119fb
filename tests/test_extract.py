"""The extract pipeline: clean text and metadata out of pages and text fixtures."""

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.items import ArticleItem
from pipelines.disclaimers import strip_disclaimers
from pipelines.extract import ExtractPipeline, extract_article, extract_text_document
from tests.conftest import SEEDS

SEED_000 = (SEEDS / "000_4ff62c2f2672f3f6.txt").read_text(encoding="utf-8")
SEED_002 = (SEEDS / "002_a49ea989e3a13d76.txt").read_text(encoding="utf-8")
DISCLAIMER = SEED_000.splitlines()[-1]


def page(body: str, head: str = "") -> str:
    return (
        f'<html lang="de"><head><meta charset="utf-8">{head}</head><body>'
        f"<nav><a href='/'>Start</a> <a href='/politik'>Politik</a></nav>"
        f"<article>{body}</article><footer>© Beispielverlag</footer></body></html>"
    )


PARAGRAPHS = [line for line in SEED_000.splitlines() if not line.startswith("Haftungs")]


def test_seed_000_text_fixture_loses_its_disclaimer_and_keeps_its_credit():
    text, published = extract_text_document(SEED_000)
    assert "Haftungsausschluss" not in text
    assert "Urheberrecht dieses Artikels" not in text
    assert text.startswith("26 Staaten sind bereit")
    assert text.endswith("Mit Informationen von Björn Blaschke, ARD-Studio Moskau, zzt. in Tiflis")
    assert published is None


def test_seed_002_date_marker_is_split_off():
    text, published = extract_text_document(SEED_002)
    assert published.date().isoformat() == "2025-09-05"
    assert text.startswith("Nach den erneuten Beratungen")
    assert "date 2025" not in text


def test_disclaimer_inside_a_paragraph_keeps_the_text_before_it():
    kept = strip_disclaimers(["Kiew lehnt dies ab. " + DISCLAIMER, "Zweiter Absatz."])
    assert kept == ["Kiew lehnt dies ab.", "Zweiter Absatz."]


def test_html_page_with_disclaimer_yields_article_text_and_metadata():
    head = (
        '<title>Putin warnt</title><meta property="og:site_name" content="Börsenblick">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2025-09-05T16:45:00+02:00", "headline": "Putin warnt"}</script>'
        '<link rel="canonical" href="https://boersenblick.example/n/4711.html">'
    )
    html = page("".join(f"<p>{p}</p>" for p in [*PARAGRAPHS, DISCLAIMER]), head)
    result = extract_article(html.encode("utf-8"), "https://boersenblick.example/n/4711.html?x=1")
    assert result.reason is None
    assert "Haftungsausschluss" not in result.text
    assert result.text.rstrip().endswith("zzt. in Tiflis")
    assert "Start" not in result.text.split("\n")[0]
    assert result.site_name == "Börsenblick"
    assert result.published.isoformat() == "2025-09-05T16:45:00+02:00"
    assert result.date_source == "jsonld"
    assert result.canonical_url == "https://boersenblick.example/n/4711.html"
    assert result.language_hint == "de"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty document"),
        (b"   \n ", "empty document"),
        (b"<html><body><nav>Menu</nav></body></html>", "text too short (4 characters)"),
    ],
)
def test_pages_without_text_say_why(body, reason):
    assert extract_article(body, "https://x.example/a").reason == reason


def test_undecodable_bytes_do_not_crash():
    garbage = bytes(range(256)) * 200
    result = extract_article(garbage, "https://x.example/bin")
    assert isinstance(result.text, str)


def test_pipeline_drops_a_page_without_text_and_counts_it():
    crawler = get_crawler()
    pipeline = ExtractPipeline.from_crawler(crawler)
    with pytest.raises(DropItem, match=r"https://x\.example/empty"):
        pipeline.process_item(ArticleItem(url="https://x.example/empty", body=b""))
    assert crawler.stats.get_value("newsmon/no_text/empty document") == 1


def test_pipeline_fills_the_item_and_releases_the_raw_page():
    item = ArticleItem(url="file:///seeds/002.txt", body=SEED_002.encode(), content_type="text")
    ExtractPipeline.from_crawler(get_crawler()).process_item(item)
    assert item.body is None
    assert item.text.startswith("Nach den erneuten Beratungen")
    assert item.text_date.date().isoformat() == "2025-09-05"
