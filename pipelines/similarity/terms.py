"""Content terms of an article: what story clustering and watches compare.

A text becomes a weighted, unit-length vector of its content terms:

* words are case-folded; the language's stopwords (jusText's lists, shipped
  with trafilatura, ~100 languages) and words under three letters are dropped
  (numbers are kept: "6.1", "2,25" and "1.100" identify events);
* each word is cut to its first :data:`PREFIX` letters, a light stemmer that
  works in every language ("Truppen"/"Truppe", "westlichen"/"westliche");
* weight = 1 + ln(term frequency), doubled for names and numbers (words written
  capitalised or with digits) in languages that do not capitalise every noun;
* the :data:`MAX_TERMS` heaviest terms are kept (ties by term id), then the
  vector is scaled to unit length.

Each vector carries a second one, ``names``: the terms written capitalised or with
digits, weighted 1 + ln(tf): the names, places, numbers and dates an article mentions,
which stories compare as evidence of one event. In languages that capitalise every
noun, capitals mark no names: only numbers count there.

The weights depend on the article alone, never on the rest of the corpus (no
corpus IDF): the similarity of two articles is then the same whatever else was
crawled, and in whatever order, which keeps stories order-independent.
"""

from __future__ import annotations

import math
import re
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import justext

PREFIX = 5
MAX_TERMS = 128
MIN_LETTERS = 3
NAME_WEIGHT = 2.0
WORD = re.compile(r"\w+(?:[.,]\d+)*")
# Languages that capitalise every noun: capitals there do not mark names.
NOUN_CAPITALISING = {"de", "lb"}
JUSTEXT_LANGUAGES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English",
    "eo": "Esperanto", "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic",
    "it": "Italian", "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian",
    "mk": "Macedonian", "ms": "Malay", "nl": "Dutch", "no": "Norwegian_Bokmal", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "sq": "Albanian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "th": "Thai",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
}  # fmt: skip


@dataclass(frozen=True)
class TermVector:
    """A unit-length sparse vector: term ids (CRC-32 of the term) and weights, by id.

    A content-term vector made by :func:`term_vector` also holds its names vector.
    """

    ids: tuple[int, ...] = ()
    weights: tuple[float, ...] = ()
    names: TermVector | None = None

    def __bool__(self) -> bool:
        return bool(self.ids)

    def as_dict(self) -> dict[int, float]:
        return dict(zip(self.ids, self.weights, strict=True))


@lru_cache(maxsize=128)
def stopwords(language: str | None) -> frozenset[str]:
    """The stopwords of an ISO 639-1 language; empty for languages jusText has no list for."""
    name = JUSTEXT_LANGUAGES.get((language or "").lower())
    if name is None:
        return frozenset()
    return frozenset(word.casefold() for word in justext.get_stoplist(name))


def term_id(term: str) -> int:
    """A stable id for a term, the same in every process and run."""
    return zlib.crc32(term.encode())


def term_counts(text: str, language: str | None) -> tuple[Counter[str], Counter[str]]:
    """Content-term frequencies of ``text``, and those of its terms written as names
    (capitalised, outside languages that capitalise every noun) or numbers."""
    skip = stopwords(language)
    names_matter = (language or "") not in NOUN_CAPITALISING
    counts: Counter[str] = Counter()
    name_counts: Counter[str] = Counter()
    for word in WORD.findall(unicodedata.normalize("NFKC", text)):
        folded = word.casefold()
        has_digit = not folded.isalpha() and any(c.isdigit() for c in folded)
        if folded in skip or (len(folded) < MIN_LETTERS and not has_digit):
            continue
        term = folded if has_digit else folded[:PREFIX]
        counts[term] += 1
        if has_digit or (names_matter and word[0].isupper()):
            name_counts[term] += 1
    return counts, name_counts


def content_terms(text: str, language: str | None) -> Counter[str]:
    """Content-term frequencies of ``text``, names and numbers counted at :data:`NAME_WEIGHT`."""
    counts, name_counts = term_counts(text, language)
    return Counter(
        {
            term: (1 + math.log(n)) * (NAME_WEIGHT if name_counts[term] * 2 > n else 1.0)
            for term, n in counts.items()
        }
    )


def unit_vector(weights: dict[str, float], names: TermVector | None = None) -> TermVector:
    """The :data:`MAX_TERMS` heaviest terms (ties by id), scaled to unit length."""
    ranked = sorted(((term_id(t), w) for t, w in weights.items()), key=lambda p: (-p[1], p[0]))
    kept = sorted(ranked[:MAX_TERMS])
    norm = math.sqrt(sum(w * w for _, w in kept))
    if not norm:
        return TermVector()
    return TermVector(tuple(i for i, _ in kept), tuple(w / norm for _, w in kept), names)


def term_vector(title: str | None, text: str, language: str | None) -> TermVector:
    """The unit-length content-term vector of an article (title and text), with its names."""
    full = f"{title or ''}\n{text}"
    _, name_counts = term_counts(full, language)
    names = unit_vector({t: 1 + math.log(n) for t, n in name_counts.items()})
    return unit_vector(content_terms(full, language), names)


def cosine(first: TermVector, second: TermVector) -> tuple[float, int]:
    """Cosine similarity of two term vectors and the number of terms they share."""
    small, large = sorted((first, second), key=lambda v: len(v.ids))
    other = large.as_dict()
    shared = [(w, other[i]) for i, w in zip(small.ids, small.weights, strict=True) if i in other]
    return sum(a * b for a, b in shared), len(shared)


def pack(vector: TermVector | None) -> bytes | None:
    """The stored form of a term vector: little-endian uint32 ids then float32 weights."""
    import numpy as np

    if vector is None:
        return None
    return (
        np.asarray(vector.ids, dtype="<u4").tobytes()
        + np.asarray(vector.weights, dtype="<f4").tobytes()
    )


def unpack(blob: bytes | None, names: bytes | None = None) -> TermVector:
    """A term vector back from :func:`pack` (with its names vector, if given)."""
    import numpy as np

    if not blob:
        return TermVector()
    count = len(blob) // 8
    ids = np.frombuffer(blob, dtype="<u4", count=count)
    weights = np.frombuffer(blob, dtype="<f4", offset=4 * count, count=count)
    inner = unpack(names) if names else None
    return TermVector(tuple(ids.tolist()), tuple(weights.tolist()), inner)
