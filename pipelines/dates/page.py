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
navigation, footers (copyright lines). :mod:`pipelines.dates.resolve` weighs the
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
from itertools import pairwise
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from pipelines.dates.text import CUE_WINDOW, date_role, find_text_dates

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
# Skipped tags that hold no page content to look into.
OPAQUE_TAGS = {"script", "style", "noscript", "template", "svg", "head", "title", "iframe"}
ITEMPROP_PUBLISHED = etree.XPath("descendant-or-self::*[@itemprop='datePublished']")
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
# Class and id names are read word by word, whole words only ("first-letter",
# "status-publish" and "single-format-standard" say nothing about dates): a name is split at
# "-", "_" and camelCase humps, and each word, and each pair of adjacent words run together
# ("post_date" → "postdate"), is looked up in these sets.
NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# Names whose first word says what state or kind a post is in, not what a date is.
STATE_NAMES = {"status", "format", "single", "type", "postid", "category", "tag", "has", "page"}
PUBLISHED_WORDS = {
    "published", "publish", "publishdate", "publishedat", "publishedon", "pubdate", "pubtime",
    "publication", "publicationdate", "datepublished", "datecreated", "created", "posted",
    "postdate", "postedon", "entrydate", "submitted", "erschienen", "veroeffentlicht",
    "veroeffentlichung", "veroeffentlichungsdatum", "publie", "publicado", "pubblicato",
}  # fmt: skip
UPDATED_WORDS = {
    "updated", "update", "modified", "modification", "lastmod", "lastmodified", "aktualisiert",
    "aktualisierung", "changed", "edited", "revised", "dateupdated", "datemodified",
}  # fmt: skip
# Letters every word of the three sets holds one of: a quick test before splitting names.
NAME_HINT = re.compile(
    r"publi|pub|post|entry|creat|submit|erschien|veroeffentlich|updat|modif|aktualis|chang|"
    r"edit|revis|lastmod|date|datum|time|zeit|byline|meta|fecha|data|stand",
    re.IGNORECASE,
)
DATE_WORDS = {
    "date", "dates", "datum", "time", "datetime", "timestamp", "zeit", "dateline", "byline",
    "meta", "metadata", "postmeta", "postmetadata", "entrymeta", "fecha", "data", "stand",
}  # fmt: skip
BLOCK_TAGS = {
    "p", "div", "section", "article", "header", "main", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "figure",
    "figcaption", "br", "hr", "pre", "address", "body",
}  # fmt: skip
# How much of the text after the headline counts as the top of the article, where a
# dateline stands; dates further down are more often events than publication.
HEAD_CHARS = 400
# htmldate searches the whole text too (dateparser on every date-like string): slow, but on
# the dev pages its quick search alone dates 13 fewer pages of 538.
EXTENSIVE_SEARCH = True
# Not ".//…": libxml2 evaluates "//" as every node of the page first.
ARTICLE_OR_MAIN = etree.XPath("descendant::*[self::article or self::main or @role='main'][1]")
# A full date in a URL path: 2025/09/05, 2025-9-5 (one-digit month and day only between
# separators), 20250905.
URL_DATE = re.compile(
    r"(?:^|[/_.-])(?P<y>(?:19|20)\d{2})(?:(?P<sep>[/_.-])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0?[1-9]|[12]\d|3[01])|(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01]))(?=$|[/_.-])"
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
    # With a machine-readable date, the page's other dates only confirm or correct it: those
    # of the article suffice, and walking the rest of the page is a good part of the cost.
    machine = signals.jsonld_published or signals.meta_published
    signals.marks = page_marks(tree, declared_language(tree), article_only=bool(machine))
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
    year, month, day = match["y"], match["m"] or match["m2"], match["d"] or match["d2"]
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
    # The page's scripts, wherever ``tree`` is in it; libxml2 keeps a script's text in one node.
    root = tree.getroottree().getroot()
    scripts = [
        script.text
        for script in root.iter("script")
        if script.get("type") == "application/ld+json" and script.text
    ]
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
    """What class and id words say dates inside are: updated, published, date, or None.

    A date named both published and updated (WordPress's single date is
    ``class="entry-date published updated"``) is the publication: a page that was updated
    shows two dates.
    """
    names = f"{classes} {id_}"
    if not NAME_HINT.search(names):
        return None  # most names: none of the words below can be in them
    words = set()
    for name in names.split():
        words |= _name_words(name)
    published, updated = words & PUBLISHED_WORDS, words & UPDATED_WORDS
    if published:
        return "published"
    if updated:
        return "updated"
    return "date" if words & DATE_WORDS else None


def _name_words(name: str) -> set[str]:
    """The lower-case words of one class or id name and its adjacent pairs run together; none
    for a name that states a post's state or kind ("status-publish", "format-standard")."""
    words = [word.lower() for word in NAME_WORD.findall(name)]
    if not words or words[0] in STATE_NAMES:
        return set()
    return {*words, *(first + second for first, second in pairwise(words))}


@lru_cache(maxsize=8192)
def _element_verdict(
    tag: str, classes: str, id_: str, role: str | None, itemprop: str | None, pubdate: bool
) -> tuple[bool, str | None]:
    """What an element's tag and attributes say, judged once per combination (templates repeat
    them): whether its dates are hidden wherever it stands (by tag, role, class or id; a
    ``<footer>`` and a teaser ``<article>`` depend on the place, see :class:`_TextWalk`), and
    what its itemprop, ``pubdate``, class or id name its dates (published, updated, date)."""
    hidden = (
        tag in ARTICLE_READABLE_TAGS
        or (role or "").lower() in SKIPPED_ROLES
        or _skipped_names(classes, id_)
    )
    prop = (itemprop or "").lower()
    if prop in ("datepublished", "datecreated"):
        return hidden, "published"
    if prop == "datemodified":
        return hidden, "updated"
    if pubdate:
        return hidden, "published"
    return hidden, _names_role(classes, id_)


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
    return next(iter(ARTICLE_OR_MAIN(body)), None)


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

    def _walk(self, body: HtmlElement) -> None:
        # One loop with local state, over lxml's walk of start and end events (no method call
        # of ours per element): this walk is a good part of a page's dating time.
        parts, times, role_starts, roles = self.parts, self.times, self.role_starts, self.roles
        article, around, inside = self.article, self.around_article, self.inside_article
        length = 0
        role = "plain"  # what the class names around the current position say
        opened: list[tuple | None] = []  # per open element: (role outside it, start), or None
        walker = etree.iterwalk(body, events=("start", "end", "comment", "pi"))
        for event, element in walker:
            if event == "start":
                tag = element.tag
                hidden, named = _element_verdict(
                    tag,
                    element.get("class", ""),
                    element.get("id", ""),
                    element.get("role"),
                    element.get("itemprop"),
                    tag == "time" and element.get("pubdate") is not None,
                )
                # The article's own <footer> holds its byline and dates; the page's holds the
                # copyright. Another <article> beside or inside the article is a teaser. A
                # layout class ("b-right-rail") does not hide the article in it.
                unread = (
                    hidden
                    or (tag == "footer" and not (inside and article is not None))
                    or (tag == "article" and article is not None)
                )
                if unread and element is not body and element not in around:
                    if tag not in OPAQUE_TAGS:
                        times.extend(_declared_in_skipped_part(element, length))
                    walker.skip_subtree()
                    opened.append(None)
                    continue
                outer = role
                if named == "date":
                    role = "asof" if role == "plain" else role
                elif named is not None:
                    role = named
                # Element edges separate words ("Hartmann</span><span>July 8"), as on screen.
                parts.append("\n" if tag in BLOCK_TAGS else " ")
                length += 1
                if element is article:
                    self.article_span = (length, length)
                    inside = True
                if not roles or roles[-1] != role:  # a repeat would not change role_at
                    role_starts.append(length)
                    roles.append(role)
                opened.append((outer, length))
                if text := element.text:
                    parts.append(text)
                    length += len(text)
                continue
            if event == "end" and (state := opened.pop()) is not None:
                outer, start = state
                tag = element.tag
                if tag == "time":
                    moment = read_timestamp(element.get("datetime"), "<time datetime>")
                    if moment is not None:
                        time_role = self._time_role(element, start, role)
                        times.append((start, length, moment, time_role))
                if tag == "h1" and self.headline_end is None and inside:
                    self.headline_end = length
                if element is article:
                    self.article_span = (self.article_span[0], length)
                    inside = False
                parts.append("\n" if tag in BLOCK_TAGS else " ")
                length += 1
                role = outer
                if roles[-1] != role:
                    role_starts.append(length)
                    roles.append(role)
            # The tail of an element (read or not), a comment or a processing instruction.
            if tail := element.tail:
                parts.append(tail)
                length += len(tail)
        self.length, self.inside_article = length, inside

    def _time_role(self, element: HtmlElement, start: int, named: str) -> str:
        """A <time>'s role: its own itemprop or class, else its label, else its container's."""
        own = _name_role(element, "plain")
        if own in ("published", "updated"):
            return own
        labelled = date_role(self.text()[max(0, start - CUE_WINDOW) : start])
        return labelled if labelled != "plain" else named


def _declared_in_skipped_part(part: HtmlElement, offset: int) -> list[tuple]:
    """The publication dates a part not read for dates (a footer, a sidebar) declares as the
    page's own with ``itemprop="datePublished"``: those not inside an item (``itemscope``) of
    that part, such as a teaser's, as (offset, offset, moment, "published")."""
    found = []
    for element in ITEMPROP_PUBLISHED(part):
        scopes = (e for e in (element, *element.iterancestors()) if e.get("itemscope") is not None)
        scope = next(scopes, None)
        if scope is not None and (scope is part or part in scope.iterancestors()):
            continue  # an item of the skipped part itself
        value = element.get("content") or element.get("datetime") or element.text_content()
        moment = read_timestamp(value.strip() if value else None, "itemprop datePublished")
        if moment is not None:
            found.append((offset, offset, moment, "published"))
    return found


def page_marks(tree: HtmlElement, language: str | None, article_only: bool = False) -> list[Mark]:
    """The dates shown in the page's visible text, in reading order (in its article only,
    when ``article_only`` and the page has one).

    ``language`` is the page's declared one: it orders slashed numbers, but the
    month names of every language are read, as the declaration may be wrong.
    """
    body = next(tree.getroottree().getroot().iter("body"), tree)
    article = _article_root(body)
    walk = _TextWalk(article if article_only and article is not None else body, article)
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
        found = find_date(tree, url=url, original_date=True, extensive_search=EXTENSIVE_SEARCH)
    except Exception:  # htmldate raises on odd trees; a missing date is not an error
        logger.debug("htmldate failed on %s", url, exc_info=True)
        return None
    return date.fromisoformat(found) if found else None
