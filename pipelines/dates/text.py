"""Dates written in text: "5. September 2025", "Sept. 5, 2025", "05.09.2025 14:12 Uhr" …

:func:`find_text_dates` finds every full date (day, month and year) in a text,
tells what the words before it say it is (published, updated, "as of",
copyright) and rejects impossible ones ("31.02.2025") with a log line.

Month names are CLDR's, as babel gives them, for de, en, fr, es, it, nl, pt, pl, cs, sv, ru
and uk, kept in ``month_names.json`` (loading babel's locale data costs every process 18 MB;
``python -m tests.test_textdates`` writes the file anew from babel);
besides the full and the CLDR short names, every unambiguous prefix of at least
three letters counts ("Sept.", "sett", "dic"). With a known language only its
month names (and English ones, which every outlet uses) are read; without one,
all of them. Numbers are read day first (05.09.2025, 5/9/2025, 5-9-2025),
except slashed dates in US English, which are month first (9/5/2025); a date
that is only valid one way round is read that way. All patterns are compiled
once, at import.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from pathlib import Path

logger = logging.getLogger(__name__)

MONTH_LANGUAGES = ("de", "en", "fr", "es", "it", "nl", "pt", "pl", "cs", "sv", "ru", "uk")
# CLDR's month names per language and "width context" ("wide format", "abbreviated stand-alone").
MONTH_NAMES_FILE = Path(__file__).with_name("month_names.json")
MONTH_NAME_KINDS = (
    "wide format",
    "wide stand-alone",
    "abbreviated format",
    "abbreviated stand-alone",
)
MIN_PREFIX = 3
# A date's parts around its year: "Freitag, 30 de septiembre de " before, " 14:12 Uhr MESZ" after.
# Written digit first (the "no digit before" test comes after it) so that re can skip ahead
# to the next digit instead of trying the pattern at every character.
YEAR = re.compile(r"\d(?<!\d\d)\d{3}(?!\d)")
BEFORE_YEAR = 48
AFTER_YEAR = 40
# How far before a date its label may start: "Zuletzt aktualisiert am Montag, " fits.
CUE_WINDOW = 48

# Words that say what the date after them is. "as of" dates (German "Stand:") are the
# time of the last change, or of publication if the article never changed.
CUES = {
    "published": (
        r"ver[öo]ffentlicht|erschienen|publiziert|erstellt|"
        r"published|first\s+published|posted|released|"
        r"publi[ée]e?s?|mis\s+en\s+ligne|paru|"
        r"publicad[oa]|fecha\s+de\s+publicaci[óo]n|"
        r"pubblicat[oa]|data\s+di\s+pubblicazione|"
        r"gepubliceerd|geplaatst|verschenen|postad[oa]|"
        r"opublikowano|publikacja|publikováno|publicerad|publicerat|"
        r"опубликовано|публикация|опубліковано|публікація"
    ),
    "updated": (
        r"aktualisiert|zuletzt\s+ge[äa]ndert|ge[äa]ndert|update[d]?|last\s+updated|modified|"
        r"edited|revised|mis\s+[àa]\s+jour|mise\s+[àa]\s+jour|maj|modifi[ée]e?|actualis[ée]e?|"
        r"actualizad[oa]|[úu]ltima\s+actualizaci[óo]n|modificad[oa]|"
        r"aggiornat[oa]|ultimo\s+aggiornamento|modificat[oa]|"
        r"bijgewerkt|aangepast|gewijzigd|atualizad[oa]|"
        r"zaktualizowano|aktualizacja|aktualizováno|uppdaterad|uppdaterat|"
        r"обновлено|обновление|оновлено|оновлення"
    ),
    "asof": r"stand|as\s+of|datum|date|fecha|data|dated",
    "copyright": r"©|\(c\)|copyright|urheberrecht",
}
# Between a label and its date: a colon or dash, filler words ("am", "on", "le", "el",
# a weekday) and a comma; nothing that ends a sentence.
CUE_GAP = r"\s*[:\-–—|·]?\s*(?:[^\W\d_]{1,12}\.?,?\s+){0,2}$"
CUE_PATTERN = re.compile(
    r"(?:^|(?<=[\W\d_]))(?:" + "|".join(f"(?P<{role}>{cue})" for role, cue in CUES.items()) + r")"
    r"(?=[\W\d_]|$)" + CUE_GAP,
    re.IGNORECASE,
)

ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "west": 1, "bst": 1, "cet": 1, "mez": 1,
    "cest": 2, "mesz": 2, "eet": 2, "eest": 3,
    "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
}  # fmt: skip
TIME = (
    r"(?:\s*(?:,|um|at|à|a\s+las|alle|ore|om|às|-|–|\|)?\s*"
    r"(?P<hour>[01]?\d|2[0-3])(?:[:h](?P<minute>[0-5]\d))"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s*(?:uhr|h))?"
    r"(?:\s*(?P<zone>(?-i:" + "|".join(z.upper() for z in ZONES) + r"))(?![^\W\d_]))?)?"
)


@dataclass(frozen=True)
class TextDate:
    """A full date found in a text: when, where, and what its label says it is.

    ``role`` is ``published``, ``updated``, ``asof``, ``copyright`` or ``plain``
    (no label). ``has_time`` tells a stated time of day from a bare date.
    """

    moment: datetime
    start: int
    end: int
    role: str = "plain"
    has_time: bool = False


def find_text_dates(
    text: str, language: str | None = None, any_language: bool = False
) -> list[TextDate]:
    """Every valid full date in ``text``, in order, with its role.

    ``language`` is an ISO 639-1 code, optionally with a region ("en-US"); it
    chooses the month names and the order of slashed numbers. ``any_language``
    reads the month names of every language, for a language that may be wrong
    (a page's declared one).
    """
    if not text:
        return []
    base, region = _split_language(language)
    months = None if any_language else base
    pattern = _date_pattern(months)
    found = []
    for match in (
        m for start, end in _year_windows(text) for m in pattern.finditer(text, start, end)
    ):
        moment = _match_moment(match, months, base, region)
        if moment is None:
            continue
        role = date_role(text[max(0, match.start() - CUE_WINDOW) : match.start()])
        has_time = match.group("hour") is not None
        found.append(TextDate(moment, match.start(), match.end(), role, has_time))
    return found


def _year_windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` around four-digit numbers, merged: every full date has a year,
    and the long date pattern need not be tried anywhere else."""
    windows: list[tuple[int, int]] = []
    for year in YEAR.finditer(text):
        start, end = max(0, year.start() - BEFORE_YEAR), year.end() + AFTER_YEAR
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def date_role(before: str) -> str:
    """What the words right before a date call it: published, updated, asof, copyright, plain."""
    match = CUE_PATTERN.search(before)
    if not match:
        return "plain"
    return next(role for role in CUES if match.group(role))


def _split_language(language: str | None) -> tuple[str | None, str | None]:
    if not language:
        return None, None
    parts = re.split(r"[-_]", language.strip().lower())
    base = parts[0] if parts[0] in MONTH_LANGUAGES else None
    return base, (parts[1] if len(parts) > 1 else None)


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _month_names(cldr_names: dict[str, list[str]]) -> dict[str, int]:
    """Every way a language writes a month (lower case, no dot) → its number, from its CLDR
    names per width and context.

    CLDR's full and short names first; then the prefixes of the full names that
    stand for one month only ("sept" for September, not "jui" for juin/juillet).
    """
    names: dict[str, int] = {}
    prefixes: dict[str, set[int]] = {}
    for kind in MONTH_NAME_KINDS:
        for number, name in enumerate(cldr_names[kind], start=1):
            word = name.lower().rstrip(".")
            for form in {word, _strip_accents(word)}:
                names[form] = number
                for end in range(MIN_PREFIX, len(form)):
                    prefixes.setdefault(form[:end], set()).add(number)
    for prefix, numbers in prefixes.items():
        if len(numbers) == 1 and prefix not in names:
            names[prefix] = numbers.pop()
    return names


def _merge_months(*tables: dict[str, int]) -> dict[str, int]:
    """The union of month tables, without words that mean different months in different tables."""
    merged: dict[str, int] = {}
    clashes = set()
    for table in tables:
        for word, number in table.items():
            if merged.setdefault(word, number) != number:
                clashes.add(word)
    return {word: number for word, number in merged.items() if word not in clashes}


CLDR_MONTH_NAMES = json.loads(MONTH_NAMES_FILE.read_text(encoding="utf-8"))
MONTHS_BY_LANGUAGE = {
    language: _month_names(CLDR_MONTH_NAMES[language]) for language in MONTH_LANGUAGES
}
ALL_MONTHS = _merge_months(*MONTHS_BY_LANGUAGE.values())


@cache
def _months_for(language: str | None) -> dict[str, int]:
    if language is None or language == "en":
        return ALL_MONTHS if language is None else MONTHS_BY_LANGUAGE["en"]
    return _merge_months(MONTHS_BY_LANGUAGE[language], MONTHS_BY_LANGUAGE["en"])


@cache
def _date_pattern(language: str | None) -> re.Pattern:
    """The date pattern for one language (or all): built once per language, then reused."""
    # The month must be a whole word (no letter may follow), so at most one name can match at
    # a position and their order does not matter: a prefix tree of the names lets the regex
    # engine reject a word after its first letters instead of trying every name in turn.
    month = r"(?P<{}>" + _word_tree(_months_for(language)) + r")\.?(?![^\W\d_])"
    year = r"(?P<{}>\d{{4}})(?!\d)"
    alternatives = [
        # 2025-09-05, 2025/09/05 (ISO order)
        r"(?<![\d.])" + year.format("iso_y") + r"[-/](?P<iso_m>\d{1,2})[-/](?P<iso_d>\d{1,2})"
        r"(?![\d])(?:T(?=\d))?",
        # 5. September 2025, 5 septembre 2025, 5 de septiembre de 2025, 12th October 2025
        r"(?<![\d.])(?P<dmy_d>\d{1,2})(?:\.|º|°|er|st|nd|rd|th)?\s*(?:de\s+)?"
        + month.format("dmy_m")
        + r",?\s*(?:de\s+|del\s+)?"
        + year.format("dmy_y"),
        # Sept. 5, 2025; September 5th 2025
        month.format("mdy_m") + r"\s+(?P<mdy_d>\d{1,2})(?:st|nd|rd|th)?(?!\d),?\s+"
        r"" + year.format("mdy_y"),
        # 05.09.2025, 5/9/2025, 05-09-2025
        r"(?<![\d.])(?P<num_a>\d{1,2})(?P<sep>[./-])\s?(?P<num_b>\d{1,2})(?P=sep)\s?"
        + year.format("num_y"),
    ]
    body = "|".join(f"(?:{alternative})" for alternative in alternatives)
    return re.compile(r"(?<![^\W\d_])(?:" + body + r")" + TIME, re.IGNORECASE)


def _word_tree(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, as a prefix tree ("ma(?:i|rch|y)" …)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # the word ends here
    return _tree_pattern(tree)


def _tree_pattern(node: dict) -> str:
    branches = [re.escape(char) + _tree_pattern(child) for char, child in sorted(node.items())]
    if not branches:
        return ""
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _match_moment(
    match: re.Match, month_language: str | None, language: str | None, region: str | None
) -> datetime | None:
    """The datetime a match stands for, or None (logged) if no such day exists."""
    groups = match.groupdict()
    months = _months_for(month_language)
    if groups["iso_y"]:
        year, month, day = groups["iso_y"], groups["iso_m"], groups["iso_d"]
    elif groups["dmy_y"]:
        year, day = groups["dmy_y"], groups["dmy_d"]
        month = months.get(groups["dmy_m"].lower().rstrip("."))
    elif groups["mdy_y"]:
        year, day = groups["mdy_y"], groups["mdy_d"]
        month = months.get(groups["mdy_m"].lower().rstrip("."))
    else:
        year = groups["num_y"]
        day, month = _numeric_order(groups, language, region)
    try:
        moment = datetime(int(year), int(month), int(day))
    except (TypeError, ValueError):
        logger.info("Ignored impossible date %r", match.group(0).strip())
        return None
    return _with_time(moment, groups, english=language in (None, "en"))


def _numeric_order(groups: dict, language: str | None, region: str | None) -> tuple[str, str]:
    """(day, month) of a numeric date: day first, except US-style slashed dates."""
    first, second = groups["num_a"], groups["num_b"]
    month_first = groups["sep"] == "/" and language == "en" and region in (None, "us")
    if int(first) > 12 >= int(second):
        month_first = False
    elif int(second) > 12 >= int(first):
        month_first = True
    return (second, first) if month_first else (first, second)


def _with_time(moment: datetime, groups: dict, english: bool) -> datetime:
    """``moment`` with the time of day and zone the match states (UTC when it names none)."""
    zone = UTC
    if groups["hour"] is not None:
        hour = int(groups["hour"])
        ampm = (groups["ampm"] or "").lower().replace(".", "") if english else ""
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        moment = moment.replace(hour=hour, minute=int(groups["minute"] or 0))
        if groups["zone"]:
            zone = timezone(timedelta(hours=ZONES[groups["zone"].lower()]))
    return moment.replace(tzinfo=zone)
