"""The language pipeline: langdetect, reproducible, with short-text handling and a filter."""

import asyncio
import logging

import pytest
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from scrapy.exceptions import DropItem

from crawler.errors import ConfigError
from crawler.items import ArticleItem
from crawler.options import language_settings
from pipelines.language import LanguagePipeline
from pipelines.text.extraction import extract_text_document
from pipelines.text.language import SEED, detect_language, detectors
from tests.conftest import SEEDS, project_crawler

TEXTS = {
    "en": "The city council voted on Tuesday evening to repair the old bridge over the river. "
    "Work is expected to begin in the spring and will take about a year to complete.",
    "fr": "Le conseil municipal a voté mardi soir la rénovation du vieux pont sur la rivière. "
    "Les travaux devraient commencer au printemps et durer environ un an.",
    "es": "El ayuntamiento aprobó el martes por la noche la reparación del viejo puente sobre el "
    "río. Las obras comenzarán en primavera y durarán aproximadamente un año.",
    "it": "Il consiglio comunale ha approvato martedì sera il restauro del vecchio ponte sul "
    "fiume. I lavori dovrebbero iniziare in primavera e durare circa un anno.",
    "nl": "De gemeenteraad heeft dinsdagavond besloten de oude brug over de rivier te "
    "herstellen. De werkzaamheden beginnen in het voorjaar en duren ongeveer een jaar.",
    "pl": "Rada miasta zdecydowała we wtorek wieczorem o remoncie starego mostu na rzece. "
    "Prace mają się rozpocząć wiosną i potrwają mniej więcej rok.",
    "ru": "Городской совет во вторник вечером проголосовал за ремонт старого моста через реку. "
    "Работы начнутся весной и продлятся около года.",
    "uk": "Міська рада у вівторок увечері ухвалила рішення відремонтувати старий міст через "
    "річку. Роботи розпочнуться навесні й триватимуть близько року.",
    "de": "Der Gemeinderat hat am Dienstagabend beschlossen, die alte Brücke über den Fluss zu "
    "sanieren. Die Arbeiten sollen im Frühjahr beginnen und etwa ein Jahr dauern.",
}


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seeds_are_german(seed):
    text, _ = extract_text_document(seed.read_text(encoding="utf-8"))
    language, probability = detect_language(text)
    assert language == "de"
    assert probability > 0.9


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_each_language_is_recognised(language):
    found, probability = detect_language(TEXTS[language])
    assert found == language
    assert probability > 0.8


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_detection_is_identical_across_runs(language):
    results = {detect_language(TEXTS[language]) for _ in range(10)}
    assert len(results) == 1


def test_a_long_text_is_judged_on_its_first_2000_characters():
    # The lead decides; an English appendix five times its length does not.
    german = " ".join([TEXTS["de"]] * 12)[:2000]
    assert detect_language(german + " " + " ".join([TEXTS["en"]] * 60))[0] == "de"
    assert detect_language(" ".join([TEXTS["en"]] * 60))[0] == "en"


def test_close_languages_are_told_apart():
    assert detect_language(TEXTS["uk"])[0] == "uk"
    assert detect_language(TEXTS["ru"])[0] == "ru"


def test_short_text_uses_title_and_reports_low_probability():
    language, probability = detect_language(
        "Putin warnt.",
        title="Putin warnt vor westlichen Truppen in der Ukraine",
        description="Der Kreml lehnt eine Schutztruppe der Koalition der Willigen ab",
    )
    assert language == "de"
    assert probability <= 0.5


def test_the_declared_language_breaks_ties_only():
    # a clear text wins over a wrong declaration
    assert detect_language(TEXTS["es"], declared="en")[0] == "es"
    # a half-and-half page goes to its declared language
    mixed = TEXTS["en"] + " " + TEXTS["de"]
    languages = {detect_language(mixed, declared=code)[0] for code in ("de", "en")}
    assert languages == {"de", "en"}
    assert detect_language(mixed, declared="de-AT")[1] < 0.9


def test_no_letters_gives_declared_language_with_zero_probability():
    assert detect_language("12345 67890 !!!", declared="nl") == ("nl", 0.0)
    assert detect_language("", declared=None) == (None, 0.0)


def test_unwanted_languages_are_dropped_when_configured():
    crawler = project_crawler(settings_dict={"LANGUAGES": ["de"]})
    pipeline = LanguagePipeline.from_crawler(crawler)
    english = ArticleItem(url="https://x.example/en", text=TEXTS["en"])
    with pytest.raises(DropItem, match=r"https://x\.example/en"):
        asyncio.run(pipeline.process_item(english))
    assert crawler.stats.get_value("newsmon/dropped/language") == 1
    german = asyncio.run(
        pipeline.process_item(ArticleItem(url="https://x.example/de", text=TEXTS["de"]))
    )
    assert not german.language_unwanted


def test_unwanted_languages_are_flagged_when_configured():
    crawler = project_crawler(settings_dict={"LANGUAGES": "de,fr", "LANGUAGE_ACTION": "flag"})
    pipeline = LanguagePipeline.from_crawler(crawler)
    english = asyncio.run(
        pipeline.process_item(ArticleItem(url="https://x.example/en", text=TEXTS["en"]))
    )
    french = asyncio.run(
        pipeline.process_item(ArticleItem(url="https://x.example/fr", text=TEXTS["fr"]))
    )
    assert english.language_unwanted and not french.language_unwanted
    assert crawler.stats.get_value("newsmon/flagged/language") == 1


def test_a_text_without_language_is_kept_and_logged(caplog):
    pipeline = LanguagePipeline.from_crawler(project_crawler(settings_dict={"LANGUAGES": ["de"]}))
    with caplog.at_level(logging.INFO, logger="pipelines.language"):
        item = asyncio.run(
            pipeline.process_item(ArticleItem(url="https://x.example/n", text="1234 5678"))
        )
    assert item.language is None and "https://x.example/n" in caplog.text


def test_a_bad_language_action_is_a_config_error_naming_it():
    crawler = project_crawler(settings_dict={"LANGUAGE_ACTION": "ignore"})
    with pytest.raises(ConfigError, match="LANGUAGE_ACTION 'ignore'"):
        language_settings(crawler.settings)


@pytest.fixture(scope="module")
def langdetect_as_shipped():
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(SEED)
    return factory


def test_the_sparse_profiles_hold_what_langdetect_loads(langdetect_as_shipped):
    ours, theirs = detectors(), langdetect_as_shipped
    assert ours.langlist == theirs.langlist
    assert set(ours.word_lang_prob_map) == set(theirs.word_lang_prob_map)
    assert all(ours.word_lang_prob_map[w] == p for w, p in theirs.word_lang_prob_map.items())


def test_detection_gives_langdetects_own_probabilities(langdetect_as_shipped):
    texts = [*TEXTS.values(), *(seed.read_text(encoding="utf-8") for seed in SEEDS.glob("*.txt"))]
    texts += [TEXTS["de"] + " " + TEXTS["en"], "Paris 2024", "http://example.org 12:30"]

    def probabilities(factory, text):
        detector = factory.create()
        detector.append(text)
        try:
            return [(c.lang, c.prob) for c in detector.get_probabilities()]
        except LangDetectException as error:  # no letters
            return str(error)

    for text in texts:
        assert probabilities(detectors(), text) == probabilities(langdetect_as_shipped, text)
