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
- langdetect's profiles are held sparsely (:class:`SparseProbabilities`): as
  langdetect loads them, they take some 60 MB in every process that detects.
  The answers are langdetect's own, to the last digit (``tests/test_language.py``
  compares them).
- The language the page declares (``<html lang>``) only breaks ties: it wins
  when langdetect ranks it within 0.2 of its first choice. A wrong declaration
  does not override a clear detection.
- With ``LANGUAGES`` set, an article in another language is dropped
  (``LANGUAGE_ACTION = "drop"``, the default) or kept and marked
  ``language_unwanted`` (``"flag"``). An article whose language cannot be told
  is kept.
"""

from __future__ import annotations

import json
import logging
import os
import struct
from collections.abc import Iterator, Mapping
from functools import lru_cache

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

logger = logging.getLogger(__name__)

SEED = 0
SHORT_TEXT = 100  # characters; below this the title and description help
SHORT_TEXT_MAX_PROBABILITY = 0.5
SAMPLE_CHARACTERS = 2000  # of a long text, what is read
TIE_MARGIN = 0.2  # a declared language this close to the first choice wins


# One non-zero probability of an n-gram: the language's index and the probability.
ENTRY = struct.Struct("=Bd")


class SparseProbabilities(Mapping):
    """n-gram → its probability in each language, as langdetect's detector reads them.

    langdetect keeps a list of one float per language (55) for each of its 87,600 n-grams,
    where two are non-zero on average: 60 MB in each process. Here each n-gram keeps its
    non-zero entries packed in bytes (18 MB in all, keys included), and a lookup unpacks them
    into the list langdetect would have held (a few hundred lookups per text, mostly of the
    same n-grams: the last ``UNPACKED`` lists are kept).
    """

    UNPACKED = 2048

    def __init__(self, languages: int):
        self.languages = languages
        self.entries: dict[str, bytes] = {}
        self._unpacked = lru_cache(maxsize=self.UNPACKED)(self._unpack)

    def add(self, ngram: str, language: int, probability: float | None) -> None:
        """Record the n-gram for a language: its probability there (None: listed, no weight)."""
        packed = self.entries.get(ngram, b"")
        if probability is not None:
            packed += ENTRY.pack(language, probability)
        self.entries[ngram] = packed

    def __getitem__(self, ngram: str) -> list[float]:
        return self._unpacked(ngram)  # langdetect only reads it

    def _unpack(self, ngram: str) -> list[float]:
        probabilities = [0.0] * self.languages
        for language, probability in ENTRY.iter_unpack(self.entries[ngram]):
            probabilities[language] = probability
        return probabilities

    def __contains__(self, ngram: object) -> bool:
        return ngram in self.entries

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def load_profiles(directory: str = PROFILES_DIRECTORY) -> DetectorFactory:
    """A langdetect factory with the profiles in ``directory``, held sparsely.

    What ``DetectorFactory.load_profile`` computes, in the same order (the directory's), with
    the same arithmetic: only the storage differs.
    """
    names = os.listdir(directory)
    probabilities = SparseProbabilities(len(names))
    languages: list[str] = []
    for name in names:
        path = os.path.join(directory, name)
        if name.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as file:
            profile = json.load(file)
        index = len(languages)
        languages.append(profile["name"])
        counts, totals = profile["freq"], profile["n_words"]
        for ngram, count in counts.items():
            size = len(ngram)
            weight = 1.0 * count / totals[size - 1] if 1 <= size <= 3 else None
            probabilities.add(ngram, index, weight)
    factory = DetectorFactory()
    factory.langlist = languages
    factory.word_lang_prob_map = probabilities
    return factory


@lru_cache(maxsize=1)
def detectors() -> DetectorFactory:
    """langdetect's profiles, loaded once per process on first use (only where detection runs:
    with worker processes, not in the crawl's own)."""
    factory = load_profiles()
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
    declared = iso_639_1(declared) if declared else None
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
        if close and declared and iso_639_1(candidate.lang) == declared:
            best = candidate
    probability = best.prob
    if short:
        probability = min(probability, SHORT_TEXT_MAX_PROBABILITY)
    return iso_639_1(best.lang), round(probability, 4)


def _beginning(text: str, characters: int) -> str:
    """The first ``characters`` of ``text``, without the word the cut would split."""
    if len(text) <= characters:
        return text
    cut = text.rfind(" ", 0, characters + 1)
    return text[: cut if cut > 0 else characters]


def iso_639_1(code: str) -> str:
    """langdetect's ``zh-cn`` and a page's ``de-AT`` as plain ISO 639-1 codes."""
    return code.replace("_", "-").split("-")[0].strip().lower()
