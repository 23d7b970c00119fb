"""Watches: relevance scores from example files and keywords, flag or drop."""

import asyncio

import pytest
from scrapy.exceptions import DropItem

from crawler.errors import ConfigError
from crawler.items import ArticleItem
from crawler.sources import Watch, load_sources
from crawler.spiders.replay import ReplaySpider
from pipelines.similarity.copies import normalise_text
from pipelines.similarity.terms import term_vector
from pipelines.similarity.watches import read_example_file, relevance, watch_profile
from pipelines.text.extraction import extract_article
from pipelines.watch import WatchPipeline
from tests.conftest import SEEDS, SITE, project_crawler

EXAMPLES = [str(SEEDS / "000_4ff62c2f2672f3f6.txt"), str(SEEDS / "002_a49ea989e3a13d76.txt")]
KEYWORDS = ["Koalition der Willigen", "Schutztruppe", "Sicherheitsgarantien"]


def page(path: str) -> ArticleItem:
    result = extract_article((SITE / path).read_bytes(), (SITE / path).as_uri())
    return ArticleItem(url=(SITE / path).as_uri(), text=result.text, title=result.title,
                       language="en" if "northbridge" in path else "de")  # fmt: skip


def score(watch: Watch, entry: ArticleItem) -> float:
    profile = watch_profile(watch, [read_example_file(e) for e in watch.examples])
    vector = term_vector(entry.title, entry.text, entry.language)
    return relevance(profile, vector, normalise_text(f"{entry.title}\n{entry.text}"))


@pytest.mark.parametrize(
    ("path", "low"),
    [
        ("alpenpost/politik/2025/09/05/putin-warnt-vor-westlichen-truppen.html", False),
        ("tagesblick/ausland/putin-warnt-westliche-truppen-100.html", False),
        ("tagesblick/inland/warnstreik-regionalverkehr-nordwesten-104.html", True),
        ("alpenpost/chronik/2025/09/04/mure-verschuettet-landesstrasse-pinzgau.html", True),
        ("northbridge/technology/2025/09/03/kestrel-semiconductor-delays-chip-plant.html", True),
    ],
)
def test_examples_alone_tell_coverage_from_unrelated_articles(path, low):
    value = score(Watch("seeds", EXAMPLES), page(path))
    assert (value < 0.15) if low else (value > 0.5), value


def test_keywords_alone_score_their_share():
    watch = Watch("keywords", keywords=KEYWORDS)
    related = page("tagesblick/ausland/koalition-der-willigen-paris-schutztruppe-102.html")
    assert score(watch, related) >= 2 / 3
    assert (
        score(watch, page("tagesblick/inland/warnstreik-regionalverkehr-nordwesten-104.html")) == 0
    )


def pipeline(tmp_path, watches, **settings) -> WatchPipeline:
    crawler = project_crawler(
        ReplaySpider, {"DATABASE_URL": f"sqlite:///{tmp_path / 'w.db'}", **settings}
    )
    crawler.spider = ReplaySpider(path=__file__)
    crawler.spider.watches = watches
    watch_pipeline = WatchPipeline.from_crawler(crawler)
    watch_pipeline.open_spider()
    return watch_pipeline


def scored(watch_pipeline: WatchPipeline, entry: ArticleItem) -> ArticleItem:
    return asyncio.run(watch_pipeline.process_item(entry))


def test_irrelevant_articles_are_flagged_or_dropped(tmp_path):
    watches = [Watch("seeds", EXAMPLES, KEYWORDS)]
    strike = "tagesblick/inland/warnstreik-regionalverkehr-nordwesten-104.html"
    flagged = scored(pipeline(tmp_path, watches), page(strike))
    score_, relevant = flagged.watch_scores["seeds"]
    assert not relevant and not flagged.relevant and score_ < 0.2
    with pytest.raises(DropItem, match="Relevant to no watch"):
        scored(pipeline(tmp_path, watches, WATCH_IRRELEVANT="drop"), page(strike))
    kept = scored(
        pipeline(tmp_path, watches, WATCH_IRRELEVANT="drop"),
        page("tagesblick/ausland/putin-warnt-westliche-truppen-100.html"),
    )
    assert kept.relevant and kept.terms


def test_bad_watch_settings_and_files_are_named(tmp_path):
    with pytest.raises(ConfigError, match=r"WATCH_IRRELEVANT 'delete'"):
        pipeline(tmp_path, [], WATCH_IRRELEVANT="delete")
    sources = tmp_path / "sources.toml"
    sources.write_text('[[watches]]\nname = "w"\nexamples = ["missing.txt"]\n')
    with pytest.raises(ConfigError, match=r"missing\.txt"):
        load_sources(sources, need_outlets=False)
    sources.write_text('[[watches]]\nname = "w"\nkeywords = ["Putin"]\n')
    assert load_sources(sources, need_outlets=False).watches == [Watch("w", [], ["Putin"])]
    with pytest.raises(ConfigError, match="lists no"):
        load_sources(sources)
