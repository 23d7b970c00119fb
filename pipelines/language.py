"""Language detection with langdetect, made reproducible by a fixed seed.

langdetect samples the text's n-grams at random; with a fixed seed the same
text gets the same answer in every run and every process. Its language
profiles are loaded once per process, on first use.

- The cleaned article text is what is read, up to its first 2,000 characters
  (cut at a space): langdetect's time grows with the text it reads, and a
  longer sample decides no better (``bench/dating.py`` scores the same). A text
  shorter than 100
  characters is read together with the title and the description, and its
  probability is capped at 0.5: few letters make a weak guess.
- The language the page declares (``<html lang>``) only breaks ties: it wins
  when langdetect ranks it within 0.2 of its first choice. A wrong declaration
  does not override a clear detection.
- With ``LANGUAGES`` set, an article in another language is dropped
  (``LANGUAGE_ACTION = "drop"``, the default) or kept and marked
  ``language_unwanted`` (``"flag"``). An article whose language cannot be told
  is kept.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from scrapy.exceptions import DropItem

from crawler.errors import ConfigError
from pipelines.workers import WorkerPool, worker_pool

logger = logging.getLogger(__name__)

SEED = 0
SHORT_TEXT = 100  # characters; below this the title and description help
SHORT_TEXT_MAX_PROBABILITY = 0.5
SAMPLE_CHARACTERS = 2000  # of a long text, what is read
TIE_MARGIN = 0.2  # a declared language this close to the first choice wins
LANGUAGE_ACTIONS = ("drop", "flag")


@lru_cache(maxsize=1)
def detectors() -> DetectorFactory:
    """langdetect's profiles, loaded once per process on first use (only where detection runs:
    with worker processes, not in the crawl's own)."""
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(SEED)
    return factory


# Detected once by every worker as it starts: the profiles load then, not with an article.
WARM_UP_TEXT = "A sentence to detect in every worker before the first article arrives."


def detect_language(
    text: str, title: str | None = None, description: str | None = None, declared: str | None = None
) -> tuple[str | None, float]:
    """The ISO 639-1 code of ``text`` and its probability; (declared, 0.0) if undecidable."""
    text = text or ""
    short = len(text.strip()) < SHORT_TEXT
    if short:
        sample = " ".join(part for part in (title, description, text) if part)
    else:
        sample = _beginning(text, SAMPLE_CHARACTERS)
    declared = _iso_639_1(declared) if declared else None
    try:
        detector = detectors().create()
        detector.append(sample)
        candidates = detector.get_probabilities()
    except LangDetectException:
        return declared, 0.0
    if not candidates:
        return declared, 0.0
    best = candidates[0]
    for candidate in candidates[1:]:
        close = best.prob - candidate.prob <= TIE_MARGIN
        if close and declared and _iso_639_1(candidate.lang) == declared:
            best = candidate
    probability = best.prob
    if short:
        probability = min(probability, SHORT_TEXT_MAX_PROBABILITY)
    return _iso_639_1(best.lang), round(probability, 4)


def _beginning(text: str, characters: int) -> str:
    """The first ``characters`` of ``text``, without the word the cut would split."""
    if len(text) <= characters:
        return text
    cut = text.rfind(" ", 0, characters + 1)
    return text[: cut if cut > 0 else characters]


def _iso_639_1(code: str) -> str:
    """langdetect's ``zh-cn`` and a page's ``de-AT`` as plain ISO 639-1 codes."""
    return code.replace("_", "-").split("-")[0].strip().lower()


def language_settings(settings) -> tuple[set[str], str]:
    """The wanted languages and what to do with others; ConfigError naming a bad setting."""
    action = str(settings.get("LANGUAGE_ACTION", "drop")).strip().lower()
    if action not in LANGUAGE_ACTIONS:
        raise ConfigError(
            f"LANGUAGE_ACTION {action!r} is not usable: choose {' or '.join(LANGUAGE_ACTIONS)}"
        )
    return {_iso_639_1(code) for code in settings.getlist("LANGUAGES") if code.strip()}, action


class LanguagePipeline:
    """Sets ``language`` and ``language_probability``; drops or flags unwanted languages."""

    def __init__(self, wanted: set[str], action: str, stats, pool: WorkerPool | None = None):
        self.wanted = wanted
        self.action = action
        self.stats = stats
        self.pool = pool if pool is not None else WorkerPool(0, stats=stats)

    @classmethod
    def from_crawler(cls, crawler):
        pool = worker_pool(crawler)
        pool.warm_up(detect_language, WARM_UP_TEXT)
        return cls(*language_settings(crawler.settings), crawler.stats, pool)

    async def process_item(self, item):
        item.language, item.language_probability = await self.pool.run(
            detect_language, item.text, item.title, item.description, item.language_hint
        )
        if item.language_probability == 0.0:
            logger.info("No language detected in %s (declared: %s)", item.url, item.language_hint)
        if not self.wanted or item.language is None or item.language in self.wanted:
            return item
        if self.action == "drop":
            self.stats.inc_value("newsmon/dropped/language")
            raise DropItem(f"Language {item.language} not wanted: {item.url}")
        self.stats.inc_value("newsmon/flagged/language")
        item.language_unwanted = True
        return item
