"""Publication dates: what the page states, what the text says, what the crawl saw.

Signals, in order of trust:

1. structured metadata on the page (JSON-LD ``datePublished``, OpenGraph
   ``article:published_time``, ``<time datetime>``) → ``jsonld`` / ``meta``;
2. htmldate's search of the page → ``htmldate``;
3. the feed or sitemap entry that linked the page → ``feed``;
4. a ``date YYYY-MM-DD`` marker leading a text fixture → ``text``;
5. HTTP ``Last-Modified`` → ``http``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

EARLIEST_PLAUSIBLE = datetime(1990, 1, 1, tzinfo=UTC)
TEXT_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")
JSONLD_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "blogposting",
    "liveblogposting",
    "opinionnewsarticle",
    "webpage",
}
META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "date",
    "pubdate",
    "dc.date.issued",
    "dcterms.created",
    "publish-date",
    "parsely-pub-date",
)
META_UPDATED = ("article:modified_time", "og:updated_time", "dcterms.modified", "last-modified")
CONFIDENCE = {
    "jsonld": 0.95,
    "meta": 0.9,
    "htmldate": 0.75,
    "feed": 0.8,
    "text": 0.7,
    "http": 0.4,
    "none": 0.0,
}


@dataclass
class PageDates:
    """The dates one page states about itself, and where they were found."""

    published: datetime | None = None
    updated: datetime | None = None
    source: str = "none"


def parse_timestamp(value: str | None) -> datetime | None:
    """An ISO 8601 or RFC 822 timestamp as an aware datetime (UTC if no offset), or None."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def plausible(moment: datetime | None, what: str = "date") -> datetime | None:
    """``moment`` if it could be a publication time (1990 … tomorrow), else None with a log line."""
    if moment is None:
        return None
    if EARLIEST_PLAUSIBLE <= moment <= datetime.now(UTC) + timedelta(days=1):
        return moment
    logger.info("Rejected implausible %s %s", what, moment.isoformat())
    return None


def page_dates(tree: HtmlElement | None, url: str | None = None) -> PageDates:
    """The published and updated dates a page states, most trusted signal first."""
    if tree is None:
        return PageDates()
    for source, finder in (("jsonld", _jsonld_dates), ("meta", _meta_dates)):
        published, updated = finder(tree)
        published, updated = plausible(published), plausible(updated, "updated date")
        if published:
            if updated and updated < published:
                logger.info("Rejected updated date %s before published %s", updated, published)
                updated = None
            return PageDates(published, updated, source)
    found = _htmldate(tree, url)
    return PageDates(found, None, "htmldate") if found else PageDates()


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
    return datetime(day.year, day.month, day.day, tzinfo=UTC), text[match.end() :]


def jsonld_objects(scripts: Iterable[str]) -> Iterator[dict]:
    """Every JSON object in JSON-LD ``scripts``, lists and ``@graph`` unfolded; bad JSON skipped."""
    for script in scripts:
        try:
            yield from _jsonld_nodes(json.loads(script))
        except ValueError:
            continue


def jsonld_types(node: dict) -> set[str]:
    """The lower-cased ``@type`` names of a JSON-LD object."""
    kind = node.get("@type")
    return {str(k).lower() for k in (kind if isinstance(kind, list) else [kind]) if k}


def _jsonld_nodes(data):
    if isinstance(data, list):
        for entry in data:
            yield from _jsonld_nodes(entry)
    elif isinstance(data, dict):
        yield data
        yield from _jsonld_nodes(data.get("@graph", []))


def _jsonld_dates(tree: HtmlElement) -> tuple[datetime | None, datetime | None]:
    scripts = tree.xpath('//script[@type="application/ld+json"]/text()')
    for node in jsonld_objects(scripts):
        if jsonld_types(node) & JSONLD_ARTICLE_TYPES:
            published = parse_timestamp(node.get("datePublished"))
            if published:
                return published, parse_timestamp(node.get("dateModified"))
    return None, None


def _meta_dates(tree: HtmlElement) -> tuple[datetime | None, datetime | None]:
    metas = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key and key not in metas:
            metas[key] = meta.get("content")
    published = next((parse_timestamp(metas[k]) for k in META_PUBLISHED if metas.get(k)), None)
    updated = next((parse_timestamp(metas[k]) for k in META_UPDATED if metas.get(k)), None)
    if published is None:
        stamps = tree.xpath("//time[@datetime]/@datetime")
        published = parse_timestamp(stamps[0]) if stamps else None
    return published, updated


def _htmldate(tree: HtmlElement, url: str | None) -> datetime | None:
    from htmldate import find_date

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=True)
    except Exception:  # htmldate raises on odd trees; a missing date is not an error
        logger.debug("htmldate failed on %s", url, exc_info=True)
        return None
    if not found:
        return None
    day = date.fromisoformat(found)
    return plausible(datetime(day.year, day.month, day.day, tzinfo=UTC))


def resolve_dates(
    page: PageDates,
    feed: datetime | None = None,
    text: datetime | None = None,
    http_last_modified: str | None = None,
) -> tuple[PageDates, float]:
    """Combine the page's own dates with what the crawl saw; return the dates and a confidence."""
    if page.published and page.source in ("jsonld", "meta"):
        chosen = page
    elif plausible(feed, "feed date"):
        chosen = PageDates(feed, page.updated, "feed")
    elif page.published:
        chosen = page
    elif text:
        chosen = PageDates(text, None, "text")
    elif modified := plausible(parse_timestamp(http_last_modified), "Last-Modified"):
        chosen = PageDates(modified, None, "http")
    else:
        chosen = PageDates()
    return chosen, CONFIDENCE[chosen.source]


class DatePipeline:
    """Sets ``published``, ``updated``, ``date_source`` and ``date_confidence``."""

    def process_item(self, item):
        page = PageDates(item.page_published, item.page_updated, item.page_date_source or "none")
        chosen, confidence = resolve_dates(
            page, item.feed_published, item.text_date, item.http_last_modified
        )
        item.published, item.updated = chosen.published, chosen.updated
        item.date_source, item.date_confidence = chosen.source, confidence
        return item
