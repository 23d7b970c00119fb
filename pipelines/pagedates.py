"""The date signals one HTML page carries, read but not yet weighed.

:func:`read_page_signals` collects, from a parsed page:

- the JSON-LD ``datePublished``/``dateModified`` of the article object;
- the ``<meta>`` dates (OpenGraph, Dublin Core, ``itemprop``, common names);
- *marks*: every ``<time datetime>`` and every date written in the visible
  text, each with its role (published, updated, "as of", plain) taken from its
  label ("Veröffentlicht am", "Updated:") or its element's class or
  ``itemprop``, and with whether it sits in the main article and near its top;
- the date in the URL (``/2025/09/05/``, ``/20250905/``).

Parts of a page that carry other pages' or other people's dates are not read:
comments, related-article teasers, sidebars, archives and calendars,
navigation, footers (copyright lines). :mod:`pipelines.dating` weighs the
signals.
"""

from __future__ import annotations

import json
import logging
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from pipelines.textdates import CUE_WINDOW, date_role, find_text_dates

logger = logging.getLogger(__name__)

JSONLD_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "backgroundnewsarticle",
    "blogposting",
    "liveblogposting",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "report",
    "webpage",
}
META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "datecreated",
    "date",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "publication_date",
    "dc.date.issued",
    "dc.date.created",
    "dc.date",
    "dcterms.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "article_date_original",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
)
META_UPDATED = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
    "lastmod",
    "article.updated",
)
# Containers whose dates belong to other pages or to readers, by tag, role or class/id word.
SKIPPED_TAGS = {
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
    "select", "iframe", "svg", "head", "title",
}  # fmt: skip
ARTICLE_READABLE_TAGS = SKIPPED_TAGS - {"footer"}
SKIPPED_ROLES = {"navigation", "complementary", "contentinfo", "banner", "search"}
SKIPPED_NAMES = re.compile(
    r"(?:^|[\s_-])(?:comments?|kommentare?|postings?|disqus|repl(?:y|ies)|respond|discussion|"
    r"related|recommend\w*|empfehlung\w*|teasers?|more-?stories|read-?more|weiterlesen|"
    r"sidebar|widget\w*|rail|footer|colophon|nav\w*|menu\w*|breadcrumbs?|pathway|"
    r"newsletter|promo(?:tion)?s?|trending|popular|meistgelesen|most-?read|archives?|archiv|calendar|"
    r"kalender|cookie\w*|consent|share\w*|social|advert\w*|ad-?slot|anzeige|sponsored|"
    r"outbrain|taboola)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Class/id/itemprop words that say what the dates inside an element are.
PUBLISHED_NAMES = re.compile(
    r"publish|pubdate|date-?created|datecreated|entry-date|post-?date|posted|submitted|erschien|"
    r"veroeffentlich|first",
    re.IGNORECASE,
)
UPDATED_NAMES = re.compile(r"updat|modif|aktualis|changed|edited|revised", re.IGNORECASE)
DATE_NAMES = re.compile(
    r"date|datum|time|zeit|dateline|byline|meta|fecha|data|submitted|stand", re.IGNORECASE
)
BLOCK_TAGS = {
    "p", "div", "section", "article", "header", "main", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "figure",
    "figcaption", "br", "hr", "pre", "address", "body",
}  # fmt: skip
# How much of the text after the headline counts as the top of the article, where a
# dateline stands; dates further down are more often events than publication.
HEAD_CHARS = 400
URL_DATE = re.compile(
    r"(?:^|[/_.-])((?:19|20)\d{2})([/_.-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=$|[/_.-])"
)


@dataclass(frozen=True)
class Mark:
    """A date shown on the page: a ``<time>`` element or a date written in the text.

    ``role`` is published, updated, asof or plain; ``kind`` is ``time`` or
    ``text``; ``in_article`` and ``at_top`` say whether it stands in the main
    article, and near its headline.
    """

    moment: datetime
    role: str
    kind: str
    in_article: bool
    at_top: bool


@dataclass
class PageSignals:
    """Every date signal of one page, unweighed."""

    jsonld_published: datetime | None = None
    jsonld_updated: datetime | None = None
    meta_published: datetime | None = None
    meta_updated: datetime | None = None
    url_date: datetime | None = None
    marks: list[Mark] = field(default_factory=list)


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
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def read_timestamp(value, what: str = "date") -> datetime | None:
    """A date from page markup: ISO 8601, RFC 822, a Unix time, or a date as people write it
    ("05.09.2025"); None, with a log line, when it is not one."""
    if value is None or value == "":
        return None
    stamp = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if abs(value) > 10**11 else value  # milliseconds, as JavaScript
        try:
            stamp = datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            stamp = None
    elif isinstance(value, str):
        stamp = parse_timestamp(value)
        if stamp is None:
            written = find_text_dates(value, any_language=True)
            stamp = written[0].moment if written and written[0].start <= 1 else None
    if stamp is None:
        logger.info("Ignored unreadable %s %r", what, value)
    return stamp


def read_page_signals(tree: HtmlElement, url: str | None = None) -> PageSignals:
    """The date signals of a parsed page (see the module docstring)."""
    signals = PageSignals()
    signals.jsonld_published, signals.jsonld_updated = jsonld_dates(tree)
    signals.meta_published, signals.meta_updated = meta_dates(tree)
    signals.url_date = url_date(url)
    signals.marks = page_marks(tree, declared_language(tree))
    return signals


def declared_language(tree: HtmlElement) -> str | None:
    """The page's ``<html lang>``, as written ("de-AT"), or None."""
    lang = tree.get("lang") or next(iter(tree.xpath("//html/@lang")), None)
    return lang.strip() if lang and lang.strip() else None


def url_date(url: str | None) -> datetime | None:
    """The full date in a URL's path (``/2025/09/05/``, ``/20250905/``, ``-2025-09-05``)."""
    if not url:
        return None
    match = URL_DATE.search(urlsplit(url).path)
    if not match:
        return None
    year, _, month, day = match.groups()
    try:
        return datetime(int(year), int(month), int(day), tzinfo=UTC)
    except ValueError:
        logger.info("Ignored impossible date in URL %s", url)
        return None


def jsonld_objects(scripts: Iterable[str]) -> Iterator[dict]:
    """Every JSON object in JSON-LD ``scripts``, lists, ``@graph`` and ``mainEntity`` unfolded;
    bad JSON skipped."""
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
        yield from _jsonld_nodes(data.get("mainEntity", []))


def jsonld_dates(tree: HtmlElement) -> tuple[datetime | None, datetime | None]:
    """(datePublished, dateModified) of the page's article object; a WebPage's only if no
    article object has them."""
    scripts = tree.xpath('//script[@type="application/ld+json"]/text()')
    nodes = [node for node in jsonld_objects(scripts) if jsonld_types(node) & JSONLD_ARTICLE_TYPES]
    nodes.sort(key=lambda node: jsonld_types(node) == {"webpage"})
    for node in nodes:
        published = read_timestamp(_jsonld_value(node.get("datePublished")), "datePublished")
        if published:
            modified = read_timestamp(_jsonld_value(node.get("dateModified")), "dateModified")
            return published, modified
    return None, None


def _jsonld_value(value):
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value")
    return value


def meta_dates(tree: HtmlElement) -> tuple[datetime | None, datetime | None]:
    """(published, updated) from the page's ``<meta>`` tags, in the order of META_PUBLISHED."""
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key and content and key not in metas and not _in_skipped_part(meta):
            metas[key] = content
    return _first_timestamp(metas, META_PUBLISHED), _first_timestamp(metas, META_UPDATED)


def _first_timestamp(metas: dict[str, str], names: Iterable[str]) -> datetime | None:
    for name in names:
        if stamp := read_timestamp(metas.get(name), f"<meta {name}>"):
            return stamp
    return None


def _in_skipped_part(element: HtmlElement) -> bool:
    """Whether a body element sits in a part whose dates are not the article's."""
    return any(
        _skipped(ancestor)
        for ancestor in element.iterancestors()
        if ancestor.tag not in ("head", "html")
    )


def _skipped(element: HtmlElement, tags: set[str] = SKIPPED_TAGS) -> bool:
    if not isinstance(element.tag, str) or element.tag in tags:
        return True
    if (element.get("role") or "").lower() in SKIPPED_ROLES:
        return True
    return _skipped_names(element.get("class", ""), element.get("id", ""))


# Templates repeat a few class and id strings on many elements: each is judged once.
@lru_cache(maxsize=4096)
def _skipped_names(classes: str, id_: str) -> bool:
    return bool(SKIPPED_NAMES.search(f"{classes} {id_}"))


def _name_role(element: HtmlElement, inherited: str) -> str:
    """What an element's itemprop, class or id say its dates are, else what its parent's say."""
    itemprop = (element.get("itemprop") or "").lower()
    if itemprop in ("datepublished", "datecreated"):
        return "published"
    if itemprop == "datemodified":
        return "updated"
    if element.tag == "time" and element.get("pubdate") is not None:
        return "published"
    named = _names_role(element.get("class", ""), element.get("id", ""))
    if named == "date":
        return "asof" if inherited == "plain" else inherited
    return named or inherited


@lru_cache(maxsize=4096)
def _names_role(classes: str, id_: str) -> str | None:
    """What class and id words say dates inside are: updated, published, date, or None."""
    names = f"{classes} {id_}"
    if UPDATED_NAMES.search(names):
        return "updated"
    if PUBLISHED_NAMES.search(names):
        return "published"
    if DATE_NAMES.search(names):
        return "date"
    return None


def _article_root(body: HtmlElement) -> HtmlElement | None:
    """The element holding the article: the ``<article>`` (or main part) around the headline."""
    for headline in body.iter("h1"):
        if any(ancestor.tag in SKIPPED_TAGS for ancestor in headline.iterancestors()):
            continue
        for ancestor in headline.iterancestors():
            if ancestor.tag in ("article", "main") or (ancestor.get("role") or "") == "main":
                return ancestor
            if (ancestor.get("itemprop") or "") == "articleBody":
                return ancestor
        break
    return next(iter(body.xpath(".//article|.//main|.//*[@role='main']")), None)


class _TextWalk:
    """The visible text of a page, with the ``<time>`` elements and class-named roles in it."""

    def __init__(self, body: HtmlElement, article: HtmlElement | None):
        self.article = article
        self.parts: list[str] = []
        self.length = 0
        self.times: list[tuple[int, int, datetime, str]] = []  # start, end, moment, role
        self.role_starts: list[int] = []  # offsets where the class-named role changes …
        self.roles: list[str] = []  # … and the role from there on
        self.article_span = (0, 0)
        self.headline_end: int | None = None
        self.inside_article = article is None
        self.around_article = set() if article is None else {article, *article.iterancestors()}
        self._walk(body)

    def text(self) -> str:
        return "".join(self.parts)

    def role_at(self, offset: int) -> str:
        """The role the class names around ``offset`` give a date there."""
        index = bisect_right(self.role_starts, offset) - 1
        return self.roles[index] if index >= 0 else "plain"

    def _add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)

    def _set_role(self, role: str) -> None:
        if not self.roles or self.roles[-1] != role:  # a repeat would not change role_at
            self.role_starts.append(self.length)
            self.roles.append(role)

    def _walk(self, body: HtmlElement) -> None:
        # An explicit stack: article pages can nest deeper than Python's recursion limit.
        stack: list[tuple] = [(body, "plain", None)]
        while stack:
            element, role, opened = stack.pop()
            if opened is not None:
                self._close(element, role, *opened)
            elif element is not body and self._unread(element):
                self._add(element.tail)
            else:
                own_role = _name_role(element, role)
                tag = element.tag
                start = self._open(element, tag, own_role)
                stack.append((element, role, (tag, own_role, start)))
                stack.extend([(child, own_role, None) for child in reversed(element)])

    def _unread(self, element: HtmlElement) -> bool:
        if element in self.around_article:
            return False  # a layout class ("b-right-rail") does not hide the article in it
        # The article's own <footer> holds its byline and dates; the page's holds the copyright.
        tags = ARTICLE_READABLE_TAGS if self.inside_article and self.article is not None else None
        # Another <article> beside or inside the article is a teaser of another page.
        teaser = element.tag == "article" and self.article is not None
        return _skipped(element, tags or SKIPPED_TAGS) or teaser

    def _open(self, element: HtmlElement, tag: str, role: str) -> int:
        # Element edges separate words ("Hartmann</span><span>July 8"), as they look on screen.
        self._add("\n" if tag in BLOCK_TAGS else " ")
        if element is self.article:
            self.article_span = (self.length, self.length)
            self.inside_article = True
        self._set_role(role)
        start = self.length
        self._add(element.text)
        return start

    def _close(
        self, element: HtmlElement, parent_role: str, tag: str, role: str, start: int
    ) -> None:
        if tag == "time":
            moment = read_timestamp(element.get("datetime"), "<time datetime>")
            if moment is not None:
                self.times.append(
                    (start, self.length, moment, self._time_role(element, start, role))
                )
        if tag == "h1" and self.headline_end is None and self.inside_article:
            self.headline_end = self.length
        if element is self.article:
            self.article_span = (self.article_span[0], self.length)
            self.inside_article = False
        self._add("\n" if tag in BLOCK_TAGS else " ")
        self._set_role(parent_role)
        self._add(element.tail)

    def _time_role(self, element: HtmlElement, start: int, named: str) -> str:
        """A <time>'s role: its own itemprop or class, else its label, else its container's."""
        own = _name_role(element, "plain")
        if own in ("published", "updated"):
            return own
        labelled = date_role(self.text()[max(0, start - CUE_WINDOW) : start])
        return labelled if labelled != "plain" else named


def page_marks(tree: HtmlElement, language: str | None) -> list[Mark]:
    """The dates shown in the page's visible text, in reading order.

    ``language`` is the page's declared one: it orders slashed numbers, but the
    month names of every language are read, as the declaration may be wrong.
    """
    body = next(iter(tree.xpath("//body")), tree)
    article = _article_root(body)
    walk = _TextWalk(body, article)
    text = walk.text()
    start, end = walk.article_span if article is not None else (0, len(text))
    top = (walk.headline_end or start) + HEAD_CHARS

    def mark(moment: datetime, role: str, kind: str, offset: int) -> Mark:
        return Mark(moment, role, kind, start <= offset < end, offset <= top)

    marks = [mark(moment, role, "time", first) for first, _, moment, role in walk.times]
    for found in find_text_dates(text, language, any_language=True):
        if any(first <= found.start < last for first, last, _, _ in walk.times):
            continue  # the visible side of a <time> already read
        role = found.role if found.role != "plain" else walk.role_at(found.start)
        marks.append(mark(found.moment, role, "text", found.start))
    return marks


def htmldate_day(tree: HtmlElement, url: str | None) -> date | None:
    """htmldate's extensive search for the original publication day, or None."""
    from htmldate import find_date

    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=True)
    except Exception:  # htmldate raises on odd trees; a missing date is not an error
        logger.debug("htmldate failed on %s", url, exc_info=True)
        return None
    return date.fromisoformat(found) if found else None
