"""Language detection with langdetect, made reproducible by a fixed seed."""

from __future__ import annotations

import logging

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException
from scrapy.exceptions import DropItem

from pipelines.workers import worker_pool

logger = logging.getLogger(__name__)

# langdetect samples n-grams at random: a fixed seed gives the same answer every run.
DetectorFactory.seed = 0
SHORT_TEXT = 100  # characters; below this the title and description help
# Detected once by every worker as it starts: langdetect loads its profiles on first use.
WARM_UP_TEXT = "The profiles of every language are loaded before the first article arrives."


def detect_language(
    text: str, title: str | None = None, description: str | None = None, declared: str | None = None
) -> tuple[str | None, float]:
    """The ISO 639-1 code of ``text`` and its probability; (None, 0.0) if undecidable."""
    sample = text
    if len(text) < SHORT_TEXT:
        sample = " ".join(part for part in (title, description, text) if part)
    try:
        candidates = detect_langs(sample)
    except LangDetectException:
        return declared, 0.0
    best = candidates[0]
    # A close call goes to the language the page declares.
    if declared and len(candidates) > 1 and best.prob - candidates[1].prob < 0.2:
        for candidate in candidates[:2]:
            if candidate.lang.split("-")[0] == declared:
                best = candidate
    language = best.lang.split("-")[0]
    probability = round(best.prob, 4)
    if len(text) < SHORT_TEXT:
        probability = round(min(probability, 0.5), 4)
    return language, probability


class LanguagePipeline:
    """Sets ``language`` and ``language_probability``; drops unwanted languages if configured."""

    def __init__(self, wanted: list[str], stats, pool):
        self.wanted = set(wanted)
        self.stats = stats
        self.pool = pool

    @classmethod
    def from_crawler(cls, crawler):
        pool = worker_pool(crawler)
        pool.warm_up(detect_language, WARM_UP_TEXT)
        return cls(crawler.settings.getlist("LANGUAGES"), crawler.stats, pool)

    async def process_item(self, item):
        item.language, item.language_probability = await self.pool.run(
            detect_language, item.text, item.title, item.description, item.language_hint
        )
        if self.wanted and item.language not in self.wanted:
            self.stats.inc_value("newsmon/dropped/language")
            raise DropItem(f"Language {item.language} not wanted: {item.url}")
        return item
