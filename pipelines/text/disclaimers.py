"""Republisher disclaimers: the pattern library, and cutting disclaimers out of text.

The library (``disclaimers.toml``) is data: per language, ``anchors`` (a sentence certainly
belonging to a disclaimer) and ``parts`` (a sentence belonging to one only next to an
anchor). A disclaimer is a run of adjacent anchor/part sentences with at least one anchor; it
is removed whole wherever it stands, and the sentences around it are kept as they were.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipelines.text.phrases import Phrases, check_pattern, fold

__all__ = ["check_pattern", "load_patterns", "strip_disclaimers"]

PATTERN_FILE = Path(__file__).with_name("disclaimers.toml")

# A sentence ends at . ! ? or … (closing quotes/brackets included) followed by white space.
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'»«“”’)\]]*\s+")


@dataclass(frozen=True)
class DisclaimerPatterns:
    """The compiled library (plus any per-source anchors)."""

    anchor: Phrases
    part: Phrases
    anywhere: Phrases  # the anchors unanchored: a quick test of a whole text
    closing: Phrases  # a closing word leading a sentence, with what follows it


@lru_cache(maxsize=1)
def _library() -> dict[str, dict[str, list[str]]]:
    with PATTERN_FILE.open("rb") as handle:
        return tomllib.load(handle)


def library_languages() -> list[str]:
    """The languages the pattern library covers."""
    return sorted(_library())


@lru_cache(maxsize=64)
def load_patterns(extra: tuple[str, ...] = ()) -> DisclaimerPatterns:
    """The library's patterns of every language, with ``extra`` anchors, compiled once."""
    library = _library()
    anchors = [p for lang in library.values() for p in lang.get("anchors", [])] + list(extra)
    parts = [p for lang in library.values() for p in lang.get("parts", [])]
    closings = "|".join(lang["closings"] for lang in library.values() if lang.get("closings"))
    return DisclaimerPatterns(
        Phrases(anchors),
        Phrases([*parts, rf"^(?:{closings})\W*$"]),
        Phrases([a.removeprefix("^") for a in anchors]),
        Phrases([closings], prefix="^", suffix=r"(?:[.!]\s*|\s+(?=[^\W\d_]))"),
    )


def _sentences(paragraph: str) -> list[str]:
    """``paragraph`` cut into sentences; joined with single spaces they give it back."""
    return [s for s in SENTENCE_END.split(paragraph) if s]


def strip_disclaimers(paragraphs: Iterable[str], extra: Iterable[str] = ()) -> list[str]:
    """``paragraphs`` without the disclaimers in them (see the module docstring).

    Paragraphs without a disclaimer come back unchanged; paragraphs left empty are dropped.
    ``extra`` are additional anchor patterns, e.g. a source's own disclaimer.
    """
    patterns = load_patterns(tuple(extra))
    paragraphs = [p for p in paragraphs if p.strip()]
    if not patterns.anywhere.search(fold("\n".join(paragraphs))):
        return paragraphs  # the common case, at the cost of one scan
    # (paragraph index, sentence) over the whole text: a disclaimer may span paragraphs.
    sentences = [(i, s) for i, p in enumerate(paragraphs) for s in _sentences(p.strip())]
    doomed = _disclaimer_sentences([s for _, s in sentences], patterns)
    if not doomed:
        return paragraphs
    kept: dict[int, list[str]] = {}
    touched = {sentences[k][0] for k in doomed}
    for k, (i, sentence) in enumerate(sentences):
        if k in doomed:
            continue
        if k - 1 in doomed:
            sentence = _without_closing(sentence, patterns.closing)
        kept.setdefault(i, []).append(sentence)
    result = []
    for i, paragraph in enumerate(paragraphs):
        if i not in touched:
            result.append(paragraph)
        elif kept.get(i):
            result.append(" ".join(kept[i]))
    return result


def _without_closing(sentence: str, closing: Phrases) -> str:
    """``sentence`` without a leading closing word that ends the disclaimer before it.

    "… zur Löschung ergreifen. Danke Bitcoin fiel …": the unpunctuated "Danke" belongs to the
    disclaimer; "Thanks to the rally, …" starts with a lower-case word and is kept whole.
    """
    folded = fold(sentence)
    match = closing.search(folded)
    if not match or len(folded) != len(sentence):
        return sentence
    rest = sentence[match.end() :]
    punctuated = match.group(0).rstrip()[-1:] in ".!"
    return rest if punctuated or rest[:1].isupper() else sentence


def _disclaimer_sentences(sentences: list[str], patterns: DisclaimerPatterns) -> set[int]:
    """Indexes of the sentences in runs of anchor/part sentences that hold an anchor."""
    kinds = []
    for sentence in sentences:
        sentence = fold(sentence.strip())
        if patterns.anchor.search(sentence):
            kinds.append("anchor")
        elif patterns.part.search(sentence):
            kinds.append("part")
        else:
            kinds.append(None)
    doomed: set[int] = set()
    start = 0
    while start < len(kinds):
        if kinds[start] is None:
            start += 1
            continue
        end = start
        while end < len(kinds) and kinds[end] is not None:
            end += 1
        if "anchor" in kinds[start:end]:
            doomed.update(range(start, end))
        start = end
    return doomed
