"""Finding articles: what a fetched document is, and the article links it holds."""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree

from pipelines.dates.page import JSONLD_ARTICLE_TYPES, jsonld_objects, jsonld_types, parse_timestamp

logger = logging.getLogger(__name__)

SNIFF_BYTES = 2048
ROOT_TAG = re.compile(rb"<(?!\?|!)([\w:.-]+)")
FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf"}
SITEMAP_ROOTS = {"urlset", "sitemapindex"}
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
# A page typed WebPage may carry dates, but it does not present itself as an article.
ARTICLE_TYPES = JSONLD_ARTICLE_TYPES - {"webpage"}
# The page's <meta> tags and their attributes, read from its bytes: most article pages say
# og:type article, which then spares the crawl's own process a parse of the whole page.
META_TAG = re.compile(rb"<meta\s[^>]*>", re.IGNORECASE)
TAG_ATTRIBUTE = re.compile(rb"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, recover=True, huge_tree=True, remove_comments=True
)


class BrokenDocument(ValueError):
    """A feed or sitemap that cannot be read."""


@dataclass
class Link:
    """A link found in a feed or sitemap, with the dates given for it.

    ``published`` is a publication date: an RSS ``pubDate`` (or ``dc:date``), an
    Atom ``published``, a ``news:publication_date``. ``modified`` is only when
    the entry last changed: an Atom ``updated``, a sitemap ``lastmod``; it is a
    weaker hint at publication (:mod:`pipelines.dates.resolve`).

    Feed entries and news-sitemap entries are articles; a plain sitemap lists
    pages of every kind, and a sitemap index lists sitemaps.
    """

    url: str
    published: datetime | None = None
    modified: datetime | None = None
    is_sitemap: bool = False
    is_article: bool = False


def document_kind(body: bytes) -> str:
    """``"feed"``, ``"sitemap"`` or ``"html"``, from the first tag of the document."""
    head = body[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    for match in ROOT_TAG.finditer(head):
        tag = match.group(1).decode("ascii", "replace").lower()
        if tag in FEED_ROOTS:
            return "feed"
        if tag in SITEMAP_ROOTS:
            return "sitemap"
        if tag in ("html", "head", "body"):
            return "html"
    return "html"


def sitemap_links(body: bytes, base_url: str) -> list[Link]:
    """The ``<loc>`` entries of a sitemap or sitemap index, with news or lastmod dates."""
    try:
        root = etree.fromstring(body, parser=XML_PARSER)
    except etree.XMLSyntaxError as error:
        raise BrokenDocument(f"sitemap {base_url}: {error}") from error
    if root is None:
        raise BrokenDocument(f"sitemap {base_url}: empty document")
    is_index = local_name(root.tag) == "sitemapindex"
    links = []
    for entry in root:
        if not isinstance(entry.tag, str):
            continue
        fields = {
            local_name(child.tag): (child.text or "").strip()
            for child in entry.iter()
            if isinstance(child.tag, str)
        }
        if not fields.get("loc"):
            continue
        news_date = parse_timestamp(entry.findtext(f".//{{{NEWS_NS}}}publication_date"))
        lastmod = None if is_index else parse_timestamp(fields.get("lastmod"))
        url = joined(base_url, fields["loc"])
        if url is None:
            continue
        links.append(
            Link(url, news_date, lastmod, is_sitemap=is_index, is_article=news_date is not None)
        )
    return links


def newest_first(links: list[Link]) -> list[Link]:
    """``links`` by their date (publication, else modification), newest first; undated ones
    after them, in their order."""
    dated = [link for link in links if link.published or link.modified]
    undated = [link for link in links if not (link.published or link.modified)]
    dated.sort(key=lambda link: _aware(link.published or link.modified), reverse=True)
    return dated + undated


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def robots_root(url: str) -> str | None:
    """The robots.txt of an http(s) URL's site (None for other schemes)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


def joined(base_url: str, href: str) -> str | None:
    """``href`` resolved against ``base_url``; None for a link no URL can be made of
    (``http://[`` is not a URL: urljoin raises)."""
    try:
        return urljoin(base_url, href)
    except ValueError:
        logger.debug("Unusable link %r in %s", href, base_url)
        return None


def local_name(tag: str) -> str:
    """An element's name without its namespace or prefix (``{ns}loc``, ``news:loc`` → loc); what
    ``etree.QName`` gives, without its error on names a recovering parse leaves broken."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def feed_links(body: bytes, base_url: str) -> list[Link]:
    """The entries of an RSS or Atom feed with their publication dates."""
    # Relative links are joined here: feedparser's own resolution mangles file:// bases.
    parsed = feedparser.parse(body)
    if not parsed.entries and parsed.bozo:
        raise BrokenDocument(f"feed {base_url}: {parsed.bozo_exception}")
    # RSS has one date per item (pubDate, or dc:date, which feedparser calls "updated");
    # only Atom tells a publication from a later change.
    is_atom = parsed.get("version", "").startswith("atom")
    links = []
    for entry in parsed.entries:
        href = entry.get("link") or next(
            (link.get("href") for link in entry.get("links", []) if link.get("href")), None
        )
        if not href:
            continue
        published = _entry_date(entry, "published") or _entry_date(entry, "created")
        modified = _entry_date(entry, "updated")
        if not is_atom and published is None:
            published, modified = modified, None
        url = joined(base_url, href)
        if url is not None:
            links.append(Link(url, published, modified, is_article=True))
    return links


def _entry_date(entry, key: str) -> datetime | None:
    """The feed entry's ``key`` date, with its offset if feedparser's raw string has one."""
    # dict.get: feedparser's own get() answers "updated" with "published" when there is none.
    stamp = parse_timestamp(dict.get(entry, key))
    if stamp:
        return stamp
    parsed = dict.get(entry, f"{key}_parsed")
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC) if parsed else None
    except (ValueError, OverflowError, OSError):
        return None  # feedparser 6.0 reads a date such as "00" as the year -99: no date


def declared_og_type(body: bytes) -> str | None:
    """The og:type of the page's first ``<meta property="og:type">`` (its content, trimmed and
    lower-cased), read from the bytes of an ASCII-compatible page without parsing it."""
    for tag in META_TAG.finditer(body):
        if b"og:type" not in tag[0]:
            continue
        attributes = {
            match[1].lower(): match[2] or match[3] or match[4]
            for match in TAG_ATTRIBUTE.finditer(tag[0])
        }
        if attributes.get(b"property") == b"og:type":
            content = attributes.get(b"content") or b""
            return content.decode("ascii", "replace").strip().lower()
    return None


def looks_like_article(response) -> bool:
    """Whether an HTML page presents itself as an article (OpenGraph or JSON-LD type)."""
    if declared_og_type(response.body) == "article":
        return True
    og_type = response.xpath('//meta[@property="og:type"]/@content').get("")
    if og_type.strip().lower() == "article":
        return True
    scripts = response.xpath('//script[@type="application/ld+json"]/text()').getall()
    return any(jsonld_types(node) & ARTICLE_TYPES for node in jsonld_objects(scripts))
