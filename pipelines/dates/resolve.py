"""Publication dates: every signal, weighed in a documented order of trust.

An article's ``published`` date is the first of these signals that gives a
plausible one (``date_source`` in brackets, then the base confidence):

1. JSON-LD ``datePublished`` of the article object [jsonld] 0.95
2. ``<meta>`` dates: OpenGraph ``article:published_time``, Dublin Core,
   ``itemprop="datePublished"``, ``date``, ``pubdate`` … [meta] 0.9
3. a ``<time datetime>`` in the article that is not an "updated" stamp [meta] 0.85
4. the date in the URL (``/2025/09/05/``, ``/20250905/``) [url] 0.85
5. the publication date of the feed or news-sitemap entry that linked the
   page (``pubDate``, Atom ``published``, ``news:publication_date``) [feed] 0.8
6. a date written in the page labelled as the publication ("Veröffentlicht am
   5. September 2025", "Published Sept. 5, 2025", "Publié le …") [text] 0.75, or
   as "as of" ("Stand: 05.09.2025 14:12 Uhr") or in a date/byline element
   [text] 0.7; a ``date YYYY-MM-DD`` marker leading a text fixture [text] 0.8
7. an unlabelled date written near the top of the article (a dateline), when the
   dates there give one day [text] 0.65
8. htmldate's extensive search of the page [htmldate] 0.6 (never a 1st of the month that
   the page does not show: that is a month or a year read as a day)
9. a modification date of the linking entry: a plain sitemap's ``lastmod``,
   an Atom entry's ``updated`` [feed] 0.4
10. HTTP ``Last-Modified`` [http] 0.3

Signals 1–4 and 6–8 come from the page alone: :func:`page_dates`, which is what
``extract_article(html, url).published`` returns. 5, 9 and 10 come from the crawl:
:func:`resolve_dates` adds them.

Never read as the publication date: "updated" stamps, dates in comments,
related-article teasers, sidebars, archives and footers, copyright years, and
dates further down the text (events, quoted past dates). ``updated`` comes from
JSON-LD ``dateModified``, ``article:modified_time``, an "updated" ``<time>`` or
label, a later "as of" date, or the linking entry's modification date.

Two rules come before the order. A page's machine-readable timestamp written in UTC
(``…T23:01:00Z``) is moved to the local day when the URL or a publication date shown at
the top of the article gives the day before or after that the instant falls on in some
time zone (UTC−11 … UTC+13): the same instant, written with that day's offset. And a
page that shows readers only another date it states in its metadata (a second
``datePublished``, its ``dateModified``), never its first ``datePublished``, was
republished that day: the shown date is its publication.

Class and id names give a date's role word by word (``entry-date``, ``post_date``,
``datePublished``; never ``first-letter`` or ``status-publish``); a date named both
published and updated (WordPress's ``entry-date published updated``) is the publication.
A ``datePublished`` microdata property is read even in a footer or sidebar, unless it
belongs to an item of that part (a teaser).

The confidence starts at the base value above and gains 0.05 when another
independent signal agrees on the day (the same calendar day, as written), or loses
0.15 when a trusted signal (1–5) gives another day. Dates before 1990 or more than a
day in the future are rejected with a log line, and so is an ``updated`` date
before ``published``. Timestamps keep the offset they were written with; dates
without a time of day are midnight UTC.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone

from lxml.html import HtmlElement

from pipelines.dates.page import (
    HEAD_CHARS,
    Mark,
    PageSignals,
    htmldate_day,
    parse_timestamp,
    read_page_signals,
)
from pipelines.dates.text import find_text_dates

logger = logging.getLogger(__name__)

EARLIEST_PLAUSIBLE = datetime(1990, 1, 1, tzinfo=UTC)
TEXT_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")
# Base confidence of each kind of signal (see the module docstring for the order).
CONFIDENCE = {
    "jsonld": 0.95,
    "meta": 0.9,
    "time": 0.85,
    "url": 0.85,
    "feed": 0.8,
    "marker": 0.8,
    "text-published": 0.75,
    "text-asof": 0.7,
    "text-top": 0.65,
    "htmldate": 0.6,
    "feed-modified": 0.4,
    "http": 0.3,
}
# Where a page's own date ranks among the crawl's signals, by its date_source.
PAGE_RANK = {"jsonld": "jsonld", "meta": "meta", "url": "url", "htmldate": "htmldate"}
# The kinds that may lower the confidence of a date they contradict.
TRUSTED = {"jsonld", "meta", "time", "url", "feed"}
AGREEMENT_BONUS = 0.05
CONTRADICTION_PENALTY = 0.15
# The time zones outlets publish in, in hours from UTC (American Samoa … New Zealand's
# summer): where on the calendar a UTC instant may fall.
LOCAL_EARLIEST, LOCAL_LATEST = -11, 13


@dataclass(frozen=True)
class PageDates:
    """The published and updated dates of an article, where they came from, and how sure."""

    published: datetime | None = None
    updated: datetime | None = None
    source: str = "none"
    confidence: float = 0.0


@dataclass(frozen=True)
class _Candidate:
    moment: datetime
    kind: str  # a key of CONFIDENCE: its rank in the order of trust
    confidence: float | None = None  # if not the base confidence of its kind

    @property
    def source(self) -> str:
        """The ``date_source`` name of this kind of signal."""
        return {"time": "meta", "marker": "text", "feed-modified": "feed"}.get(
            self.kind, self.kind.split("-")[0]
        )


def plausible(
    moment: datetime | None, what: str = "date", now: datetime | None = None, where: str = ""
) -> datetime | None:
    """``moment`` if it could be a publication time (1990 … tomorrow), else None with a log line."""
    if moment is None:
        return None
    latest = (now or datetime.now(UTC)) + timedelta(days=1)
    if EARLIEST_PLAUSIBLE <= moment <= latest:
        return moment
    logger.info(
        "Rejected implausible %s %s%s", what, moment.isoformat(), f" on {where}" * bool(where)
    )
    return None


def page_dates(
    tree: HtmlElement | None, url: str | None = None, now: datetime | None = None
) -> PageDates:
    """The dates a page states about itself: signals 1–4 and 6–8 of the module docstring."""
    if tree is None:
        return PageDates()
    signals = read_page_signals(tree, url)
    candidates = [c for c in _page_candidates(signals) if plausible(c.moment, c.kind, now, url)]
    candidates = _on_local_days(_shown_dates_first(candidates, signals), signals)
    if all(CONFIDENCE[c.kind] < CONFIDENCE["htmldate"] for c in candidates):
        # htmldate is the slowest signal: asked only when nothing more trusted is there.
        day = htmldate_day(tree, url)
        if day and not _htmldate_misread(day, signals):
            found = _Candidate(_midnight(day), "htmldate")
            candidates += [found] if plausible(found.moment, "htmldate", now, url) else []
    return _decide(candidates, _page_updated(signals), now, url)


def text_dates(
    text: str, language: str | None = None, marker: datetime | None = None, now=None
) -> PageDates:
    """The dates of a plain-text article: its `` date `` marker, else dates written in it."""
    candidates = [_Candidate(marker, "marker")] if marker else []
    found = find_text_dates(text, language)
    candidates += _text_candidates(
        Mark(d.moment, d.role, "text", True, d.start <= HEAD_CHARS) for d in found
    )
    updated = [d.moment for d in found if d.role in ("updated", "asof")]
    return _decide([c for c in candidates if plausible(c.moment, c.kind, now)], updated, now)


def resolve_dates(
    page: PageDates,
    feed_published: datetime | None = None,
    feed_modified: datetime | None = None,
    http_last_modified: str | None = None,
    now: datetime | None = None,
    where: str = "",
) -> PageDates:
    """The page's own dates combined with what the crawl saw (signals 5, 9 and 10)."""
    candidates = []
    if page.published:
        rank = PAGE_RANK.get(page.source, "text-published")
        candidates.append(_Candidate(page.published, rank, page.confidence))
    if feed_published:
        candidates.append(_Candidate(feed_published, "feed"))
    if feed_modified:
        candidates.append(_Candidate(feed_modified, "feed-modified"))
    if http_last_modified:
        http = parse_timestamp(http_last_modified)
        if http is None:
            logger.info("Ignored unreadable Last-Modified %r on %s", http_last_modified, where)
        else:
            candidates.append(_Candidate(http, "http"))
    candidates = [c for c in candidates if plausible(c.moment, c.kind, now, where)]
    modified = [c.moment for c in candidates if c.kind == "feed-modified"]
    return _decide(candidates, [page.updated] * bool(page.updated) + modified, now, where)


def text_marker_date(text: str) -> tuple[datetime | None, str]:
    """Split a leading `` date YYYY-MM-DD `` marker off a text fixture: (date, rest of text)."""
    match = TEXT_DATE_MARKER.match(text)
    if not match:
        return None, text
    try:
        day = date.fromisoformat(match.group(1))
    except ValueError:
        logger.info("Ignored invalid date marker %r", match.group(0).strip())
        return None, text[match.end() :]
    return _midnight(day), text[match.end() :]


def _page_candidates(signals: PageSignals) -> list[_Candidate]:
    candidates = []
    if signals.jsonld_published:
        candidates.append(_Candidate(signals.jsonld_published, "jsonld"))
    if signals.meta_published:
        candidates.append(_Candidate(signals.meta_published, "meta"))
    times = [m for m in signals.marks if m.kind == "time" and m.role != "updated"]
    published_times = [m for m in times if m.role == "published"]
    article_times = [m for m in times if m.in_article]
    if chosen := (published_times or article_times)[:1]:
        candidates.append(_Candidate(chosen[0].moment, "time"))
    if signals.url_date:
        candidates.append(_Candidate(signals.url_date, "url"))
    candidates += _text_candidates(m for m in signals.marks if m.kind == "text")
    return candidates


def _on_local_days(candidates: list[_Candidate], signals: PageSignals) -> list[_Candidate]:
    """Machine timestamps written in UTC, moved to the local day the page shows.

    ``2023-11-01T23:01:00Z`` is 2 November in Rome and ``2023-11-09T01:09:55Z`` 8 November in
    Denver: an instant stated in UTC may fall on the day before or after in the outlet's own
    time zone. When the URL or a date shown on the page gives such a neighbouring day, the
    instant is the same, written with the offset that puts it on that day.
    """
    shown = _local_days(signals)
    moved = []
    for candidate in candidates:
        moment = candidate.moment
        if candidate.kind in ("jsonld", "meta") and _written_in_utc(moment):
            day = next((d for d in shown if d in _possible_local_days(moment)), None)
            if day is not None and day != moment.date():
                candidate = replace(candidate, moment=_on_day(moment, day))
        moved.append(candidate)
    return moved


def _local_days(signals: PageSignals) -> list[date]:
    """The publication days the page states in local time, most trusted first: the URL's,
    then the article's publication dates shown at its top (a <time> with an offset of its
    own, a labelled date)."""
    days = [signals.url_date.date()] if signals.url_date else []
    for mark in signals.marks:
        local = mark.kind == "text" or mark.moment.utcoffset() != timedelta(0)
        if mark.in_article and mark.at_top and mark.role == "published" and local:
            days.append(mark.moment.date())
    return days


def _written_in_utc(moment: datetime) -> bool:
    """Whether a timestamp is a UTC instant with a time of day (not a bare day)."""
    return moment.utcoffset() == timedelta(0) and (moment.hour, moment.minute) != (0, 0)


def _possible_local_days(moment: datetime) -> set[date]:
    """The days a UTC instant falls on somewhere (UTC−11 … UTC+13)."""
    return {
        (moment + timedelta(hours=hours)).date()
        for hours in range(LOCAL_EARLIEST, LOCAL_LATEST + 1)
    }


def _on_day(moment: datetime, day: date) -> datetime:
    """``moment`` written with the offset nearest UTC that puts it on ``day``."""
    for hours in sorted(range(LOCAL_EARLIEST, LOCAL_LATEST + 1), key=abs):
        local = moment.astimezone(timezone(timedelta(hours=hours)))
        if local.date() == day:
            return local
    return moment


def _shown_dates_first(candidates: list[_Candidate], signals: PageSignals) -> list[_Candidate]:
    """The page's machine-readable publication date replaced by another one it states (its
    other publication date, its modification date) when only that one is shown on the page.

    A page republished or refreshed keeps the first datePublished in its JSON-LD but shows
    readers the day it went out again: the day shown is the page's.
    """
    machine = [c for c in candidates if c.kind in ("jsonld", "meta")]
    if not machine or not signals.marks:
        return candidates
    shown = {m.moment.date() for m in signals.marks if m.in_article or m.kind == "time"}
    chosen = max(machine, key=lambda c: CONFIDENCE[c.kind])
    if chosen.moment.date() in shown:
        return candidates
    stated = [c.moment for c in machine if c is not chosen]
    stated += [m for m in (signals.jsonld_updated, signals.meta_updated) if m]
    for moment in stated:
        if moment.date() in shown and moment > chosen.moment:
            return [replace(chosen, moment=moment) if c is chosen else c for c in candidates]
    return candidates


def _text_candidates(marks) -> list[_Candidate]:
    """The best date of each text kind: labelled published, "as of", and unlabelled at the
    top of the article when all such dates there give one day (a caption's date beside the
    dateline makes the top ambiguous)."""
    best: dict[str, datetime] = {}
    top_days: set[date] = set()
    for mark in marks:
        if mark.role == "published":
            best.setdefault("text-published", mark.moment)
        elif mark.role == "asof":
            best.setdefault("text-asof", mark.moment)
        elif mark.role == "plain" and mark.in_article and mark.at_top:
            best.setdefault("text-top", mark.moment)
            top_days.add(mark.moment.date())
    if len(top_days) > 1:
        del best["text-top"]
    return [_Candidate(moment, kind) for kind, moment in best.items()]


def _page_updated(signals: PageSignals) -> list[datetime]:
    """Candidate updated dates of a page, most trusted first."""
    updated = [signals.jsonld_updated, signals.meta_updated]
    updated += [m.moment for m in signals.marks if m.role == "updated"]
    updated += [m.moment for m in signals.marks if m.role == "asof"]
    return [moment for moment in updated if moment]


def _htmldate_misread(day: date, signals: PageSignals) -> bool:
    """Whether htmldate's answer is no publication day the page shows.

    htmldate answers the 1st of a month when all it found was a month or a year
    (a copyright line, an archive heading), and it reads "updated" stamps as
    dates like any other.
    """
    shown = [mark for mark in signals.marks if mark.moment.date() == day]
    if day.day == 1 and not shown:
        return True
    return bool(shown) and all(mark.role == "updated" for mark in shown)


def _decide(
    candidates: list[_Candidate], updated: list[datetime], now=None, where: str = ""
) -> PageDates:
    """The most trusted candidate, its confidence weighed against the others, and the updated
    date that goes with it."""
    if not candidates:
        return PageDates(updated=_updated_after(None, updated, now, where))
    ranked = sorted(candidates, key=lambda c: -CONFIDENCE[c.kind])
    chosen = ranked[0]
    others = [c for c in ranked[1:] if c.source != chosen.source]
    confidence = chosen.confidence if chosen.confidence is not None else CONFIDENCE[chosen.kind]
    if any(_same_day(c.moment, chosen.moment) for c in others):
        confidence += AGREEMENT_BONUS
    if any(c.kind in TRUSTED and not _same_day(c.moment, chosen.moment) for c in others):
        confidence -= CONTRADICTION_PENALTY
    return PageDates(
        chosen.moment,
        _updated_after(chosen.moment, updated, now, where),
        chosen.source,
        _clamp(confidence),
    )


def _updated_after(
    published: datetime | None, updated: list[datetime], now=None, where: str = ""
) -> datetime | None:
    """The first plausible updated date later than ``published`` (any, without one)."""
    for moment in updated:
        if not plausible(moment, "updated date", now, where):
            continue
        if published is None:
            return moment
        if moment < published and not _same_day(moment, published):
            logger.info(
                "Rejected updated date %s before published %s%s",
                moment.isoformat(),
                published.isoformat(),
                f" on {where}" * bool(where),
            )
            continue
        if moment > published:
            return moment
    return None


def _same_day(first: datetime, second: datetime) -> bool:
    """Whether two dates fall on the same day, each as written (in its own offset): a day
    before or after is another day (UTC instants near midnight are moved to the local day
    first, by :func:`_on_local_days`)."""
    return first.date() == second.date()


def _clamp(confidence: float) -> float:
    return round(min(0.99, max(0.05, confidence)), 2)


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)
