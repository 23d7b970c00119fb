"""Page furniture: what extraction keeps around and inside an article that is not the article.

trafilatura finds the article's container well, but keeps what the page puts inside it:
the headline and kicker repeated at the top, byline and dateline crumbs, photo captions and
credits, "Mehr zum Thema" teasers, newsletter and subscription pitches, cookie banners,
broadcast notes, tag lists, pull quotes. :func:`strip_furniture` removes them from the
extracted paragraphs with generic rules and the phrase library in ``furniture.toml`` (data,
per language). The rules look at one paragraph and its neighbours, never at a site.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipelines.text.phrases import Phrases, fold

PATTERN_FILE = Path(__file__).with_name("furniture.toml")

# Separators of byline/dateline crumbs ("05.09.2025 · Aktualisiert: … · Red.").
CRUMB_SEPARATOR = re.compile(r"\s*[·•|]\s*")
SENTENCE_END = re.compile(r"[.!?…:;\"'»«“”’)]$")
WORD = re.compile(r"[^\W_]+")
TIME = r"\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h|am|pm|a\.m\.|p\.m\.))?"
# A heading-like line: a few words, no sentence punctuation at the end.
HEADING_WORDS = 10
# A caption sits next to its credit; longer paragraphs are article text.
CAPTION_WORDS = 40
# The longest photo credit the library matches ("Photograph: " and 80 characters).
CREDIT_SPAN = 120
# Pull quotes repeat a sentence of the body; shorter repeats are left alone.
PULL_QUOTE_WORDS = 6
PULL_QUOTE_MAX_PARAGRAPHS = 400
# A page with this many captions is a gallery: its captions are its content.
GALLERY_CAPTIONS = 3


@dataclass(frozen=True)
class FurniturePatterns:
    """The compiled phrase library."""

    teaser_label: Phrases
    pitch: Phrases
    cookie: Phrases
    note: Phrases
    crumb_label: Phrases
    credit_only: Phrases
    credit_tail: Phrases
    counter: Phrases
    tag_label: Phrases
    date_only: Phrases
    limits: dict[str, int]


def _patterns_of(table: dict) -> list[str]:
    return [p for key, value in table.items() if key != "max_words" for p in value]


@lru_cache(maxsize=1)
def load_patterns() -> FurniturePatterns:
    """The phrase library of ``furniture.toml``, compiled once per process."""
    with PATTERN_FILE.open("rb") as handle:
        library = tomllib.load(handle)

    def phrases(kind: str, prefix: str = "", suffix: str = "") -> Phrases:
        return Phrases(_patterns_of(library[kind]), prefix, suffix)

    credits = library["credits"]["all"]
    months = "|".join(_patterns_of(library["months"]))
    day_month_year = rf"\d{{1,2}}\.?\s+(?:{months})\.?\s+\d{{4}}"
    month_day_year = rf"(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    numeric = r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}"
    date = rf"(?:[^\W\d_]+,?\s+)?(?:{day_month_year}|{month_day_year}|{numeric})"
    at = r"(?:um\s+|at\s+|à\s+|a las\s+|alle\s+)?"
    return FurniturePatterns(
        teaser_label=phrases("teaser_labels", prefix=r"^\W*", suffix=r"\b\s*[:!.…»>|–-]*"),
        pitch=phrases("pitches"),
        cookie=phrases("cookies"),
        note=phrases("notes"),
        crumb_label=phrases("crumb_labels", prefix="^", suffix=r"\s*:"),
        credit_only=Phrases(_patterns_of(library["credits"]), prefix="^", suffix=r"\W*$"),
        credit_tail=Phrases(credits, prefix=r"(?<=[.!?…\s])\s*", suffix=r"\W*$"),
        counter=phrases("counters"),
        tag_label=phrases("tag_labels", prefix="^", suffix=r"\s*:"),
        date_only=Phrases([rf"^{date}(?:,?\s*{at}{TIME})?\W*$"]),
        limits={
            kind: table["max_words"] for kind, table in library.items() if "max_words" in table
        },
    )


def normalised(text: str) -> str:
    """``text`` reduced to its lower-case words, for comparing headlines and quotes."""
    return " ".join(WORD.findall(text.casefold()))


def words(text: str) -> int:
    return len(text.split())


def looks_like_heading(line: str) -> bool:
    """A few words without sentence punctuation: a heading, kicker, label or button."""
    return words(line) <= HEADING_WORDS and not SENTENCE_END.search(line.rstrip())


def strip_furniture(
    paragraphs: Sequence[str], headlines: Iterable[str] = (), gallery: bool | None = None
) -> list[str]:
    """``paragraphs`` (extracted text, one paragraph each) without the page furniture.

    ``headlines`` are the page's headline(s) (title, og:title, h1): their echoes go, with the
    kicker before them. ``gallery`` says whether captions are the content (photo galleries);
    None lets the text decide (several captions with credits make a gallery).
    """
    patterns = load_patterns()
    lines = [p.strip() for p in paragraphs if p and p.strip()]
    # The phrase patterns match case-folded text; the kept paragraphs are the original ones.
    folded = [fold(line) for line in lines]
    captions = _captions(folded, patterns)
    if gallery is None:
        gallery = len(captions) >= GALLERY_CAPTIONS
    words_of = [normalised(line) for line in lines]
    doomed = _headline_echoes(lines, words_of, headlines)
    for i, line in enumerate(folded):
        if i not in doomed and _is_furniture(line, i, patterns):
            doomed.add(i)
    doomed |= _teaser_blocks(folded, patterns, doomed)
    doomed |= _pitch_headings(folded, patterns, doomed)
    doomed |= _pull_quotes(words_of, doomed)
    kept = []
    for i, line in enumerate(lines):
        if i in doomed:
            continue
        if i in captions:
            if not gallery:
                continue
            line = _without_credit(line, folded[i], patterns)
        if line:
            kept.append(line)
    return kept


def _without_credit(line: str, folded: str, patterns: FurniturePatterns) -> str:
    """A gallery caption without its photo credit."""
    start = _credit_start(folded, patterns)
    if start is None or len(folded) != len(line):
        return line
    return line[:start].rstrip()


def _credit_start(line: str, patterns: FurniturePatterns) -> int | None:
    """Where the photo credit ending ``line`` starts, or None."""
    # A credit is a label and at most 80 characters: only the tail of a line can hold one.
    offset = max(0, len(line) - CREDIT_SPAN)
    credit = patterns.credit_tail.search(line, offset)
    return credit.start() if credit else None


def _is_furniture(line: str, position: int, patterns: FurniturePatterns) -> bool:
    """Whether one (case-folded) paragraph, on its own, is furniture."""
    n = words(line)
    limits = patterns.limits
    return bool(
        (n <= limits["teaser_labels"] and patterns.teaser_label.search(line))
        or (n <= limits["pitches"] and patterns.pitch.search(line))
        or (n <= limits["cookies"] and patterns.cookie.search(line))
        or (n <= limits["notes"] and patterns.note.search(line))
        or (n <= limits["tag_labels"] and patterns.tag_label.search(line))
        or patterns.credit_only.search(line)
        or patterns.counter.search(line)
        or _is_crumb(line, patterns, n)
        or _is_dateline(line, position, patterns)
    )


def _is_crumb(line: str, patterns: FurniturePatterns, n: int) -> bool:
    """A byline/dateline crumb: "· Aktualisiert: · Red./Agenturen", "Lesezeit: 3 Min."

    ``n`` is the line's number of words.
    """
    if n > 15:
        return False
    segments = [s for s in CRUMB_SEPARATOR.split(line) if s]
    separated = len(segments) > 1 or CRUMB_SEPARATOR.match(line) is not None
    if separated and any(
        patterns.crumb_label.search(s) or patterns.date_only.search(s) for s in segments
    ):
        return True
    return bool(patterns.crumb_label.search(line) and re.search(r"\d", line) and n <= 8)


def _is_dateline(line: str, position: int, patterns: FurniturePatterns) -> bool:
    """A paragraph that is only a date: a dateline (live-blog time labels have no date)."""
    if not patterns.date_only.search(line):
        return False
    has_time = re.search(TIME + r"\W*$", line) is not None
    return position < 3 or not has_time


def _captions(lines: list[str], patterns: FurniturePatterns) -> set[int]:
    """Photo captions: short paragraphs ending with a credit, or just above a credit line.

    A credit line closing the text ("© dpa-infocom, dpa:…") is the article's copyright, not
    a photo's: the paragraph above it is the article's last.
    """
    short = [words(line) <= CAPTION_WORDS for line in lines]
    credit = [bool(patterns.credit_only.search(line)) for line in lines]
    last = len(lines) - 1
    while last >= 0 and credit[last]:
        last -= 1
    return {
        i
        for i, line in enumerate(lines)
        if short[i]
        and not credit[i]
        and (
            (i + 1 < len(lines) and credit[i + 1] and i != last)
            or _credit_start(line, patterns) is not None
        )
    }


def _headline_echoes(lines: list[str], words_of: list[str], headlines: Iterable[str]) -> set[int]:
    """Paragraphs repeating the headline (alone or after a kicker), and kickers above them.

    ``words_of`` holds the :func:`normalised` form of each line.
    """
    wanted = {normalised(h) for h in headlines if h and words(h) >= 2}
    wanted.discard("")
    doomed: set[int] = set()
    if not wanted:
        return doomed
    for i, line in enumerate(lines):
        text = words_of[i]
        if not any(
            text == h or (text.endswith(" " + h) and words(line) - words(h) <= 4) for h in wanted
        ):
            continue
        doomed.add(i)
        # Kickers and section labels right above a headline at the top of the text.
        above = i - 1
        while above >= 0 and above not in doomed and i <= 3 and looks_like_heading(lines[above]):
            doomed.add(above)
            above -= 1
    return doomed


def _teaser_blocks(lines: list[str], patterns: FurniturePatterns, doomed: set[int]) -> set[int]:
    """The teased headlines under a lone teaser label ("Mehr zum Thema" + headline list)."""
    more: set[int] = set()
    for i, line in enumerate(lines):
        label = patterns.teaser_label.search(line)
        if not label or line[label.end() :].strip(" -–:"):
            continue
        following = i + 1
        while following < len(lines) and (
            lines[following].startswith("- ") or looks_like_heading(lines[following])
        ):
            more.add(following)
            following += 1
    return more - doomed


def _pitch_headings(lines: list[str], patterns: FurniturePatterns, doomed: set[int]) -> set[int]:
    """The heading of a newsletter box ("The Evening Briefing" above the pitch)."""
    return {
        i - 1
        for i, line in enumerate(lines)
        if i in doomed
        and i > 0
        and i - 1 not in doomed
        and patterns.pitch.search(line)
        and looks_like_heading(lines[i - 1])
    }


def _pull_quotes(words_of: list[str], doomed: set[int]) -> set[int]:
    """Paragraphs repeating a sentence of another paragraph: pull quotes, repeated leads.

    A paragraph that a summary at the top of the text repeats (the summary's sentences lead
    the sections below it) is body text, not a pull quote.
    """
    if len(words_of) > PULL_QUOTE_MAX_PARAGRAPHS:
        return set()  # the comparison is quadratic; news articles are far shorter
    texts = {i: text for i, text in enumerate(words_of) if i not in doomed}
    # The texts longest first, joined by a character no normalised text holds: a text is in a
    # longer one if it is found before the first text of its own length (one C-level search).
    ordered = sorted(texts.values(), key=len, reverse=True)
    joined = "\n".join(ordered)
    longer_end: dict[int, int] = {}
    position = 0
    for text in ordered:
        longer_end.setdefault(len(text), position)
        position += len(text) + 1
    repeats = {
        i
        for i, text in texts.items()
        if words(text) >= PULL_QUOTE_WORDS and joined.find(text, 0, longer_end[len(text)]) >= 0
    }
    return {i for i in repeats if not _summarised(i, texts)}


def _summarised(index: int, texts: dict[int, str]) -> bool:
    """Whether the paragraph at ``index`` is repeated only by a summary above it: a longer
    paragraph among the text's first two that holds it and at least one other paragraph."""
    text = texts[index]
    for top in sorted(texts)[:2]:
        summary = texts[top]
        if top >= index or len(summary) <= len(text) or text not in summary:
            continue
        others = (t for i, t in texts.items() if i not in (top, index) and len(t) < len(summary))
        if any(words(t) >= PULL_QUOTE_WORDS and t in summary for t in others):
            return True
    return False
