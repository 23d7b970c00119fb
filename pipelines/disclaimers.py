"""Republisher disclaimers: load the pattern library and cut disclaimers out of text."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

PATTERN_FILE = Path(__file__).with_name("disclaimers.toml")


@lru_cache(maxsize=8)
def load_patterns(extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """All disclaimer start patterns of the library (plus ``extra``) as one regex."""
    with PATTERN_FILE.open("rb") as handle:
        library = tomllib.load(handle)
    sources = [p for lang in library.values() for p in lang.get("patterns", [])]
    sources.extend(extra)
    return re.compile("|".join(f"(?:{p})" for p in sources), re.IGNORECASE)


def strip_disclaimers(paragraphs: Iterable[str], extra: Iterable[str] = ()) -> list[str]:
    """Remove every disclaimer from ``paragraphs``.

    A disclaimer runs from its matching start to the end of its paragraph;
    article text before it in the same paragraph is kept.
    """
    pattern = load_patterns(tuple(extra))
    kept = []
    for paragraph in paragraphs:
        match = pattern.search(paragraph)
        if match:
            paragraph = paragraph[: match.start()].rstrip()
        if paragraph:
            kept.append(paragraph)
    return kept
