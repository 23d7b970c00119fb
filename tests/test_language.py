"""The language pipeline: langdetect, reproducible, with short-text handling."""

import asyncio

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.items import ArticleItem
from pipelines.extract import extract_text_document
from pipelines.language import LanguagePipeline, detect_language
from tests.conftest import SEEDS


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seeds_are_german(seed):
    text, _ = extract_text_document(seed.read_text(encoding="utf-8"))
    language, probability = detect_language(text)
    assert language == "de"
    assert probability > 0.9


def test_detection_is_identical_across_runs():
    text = "Le gouvernement a présenté mardi un nouveau budget pour l'année prochaine."
    results = {detect_language(text) for _ in range(10)}
    assert len(results) == 1


def test_short_text_uses_title_and_reports_low_probability():
    language, probability = detect_language(
        "Putin warnt.",
        title="Putin warnt vor westlichen Truppen in der Ukraine",
        description="Der Kreml lehnt eine Schutztruppe der Koalition der Willigen ab",
    )
    assert language == "de"
    assert probability <= 0.5


def test_no_letters_gives_declared_language_with_zero_probability():
    assert detect_language("12345 67890 !!!", declared="nl") == ("nl", 0.0)


def test_unwanted_languages_are_dropped_when_configured():
    crawler = get_crawler(settings_dict={"LANGUAGES": ["de"]})
    pipeline = LanguagePipeline.from_crawler(crawler)
    english = ArticleItem(
        url="https://x.example/en",
        text="The central bank raised interest "
        "rates again on Thursday, citing persistent inflation in services.",
    )
    with pytest.raises(DropItem, match=r"https://x\.example/en"):
        asyncio.run(pipeline.process_item(english))
    assert crawler.stats.get_value("newsmon/dropped/language") == 1
