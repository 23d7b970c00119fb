"""Article extraction: clean text and metadata out of a page.

trafilatura does the heavy lifting; newsmon adds what a monitor needs on top:
page dates with their provenance, canonical URLs, and the removal of
republisher disclaimers that trafilatura keeps as article text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin

import charset_normalizer
import trafilatura
from lxml.html import HtmlElement
from scrapy.exceptions import DropItem
from trafilatura.utils import load_html
from w3lib.encoding import html_to_unicode

from pipelines.dating import page_dates, text_marker_date
from pipelines.disclaimers import strip_disclaimers
from pipelines.workers import WorkerPool, worker_pool

logger = logging.getLogger(__name__)

# Below this, "text" is a menu or a caption, not an article (a two-line brief has ~150).
MIN_TEXT_CHARS = 80
# Extracted once by every worker as it starts, so that what trafilatura loads lazily is loaded
# then; its text is short, so that the fallbacks (justext and its stop lists) load too.
WARM_UP_PAGE = "<html><body><article><h1>Warm-up</h1><p>A short text.</p></article></body></html>"


@dataclass
class ExtractedArticle:
    """What newsmon makes of one page. ``text`` is empty when ``reason`` says why."""

    text: str = ""
    title: str | None = None
    author: str | None = None
    site_name: str | None = None
    description: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    date_source: str = "none"
    date_confidence: float = 0.0
    canonical_url: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    language_hint: str | None = None
    reason: str | None = None


def decode_html(html: str | bytes, encoding: str | None = None) -> str:
    """Page bytes as text, trusting the declared charset, then BOM and meta tags, then detection."""
    if isinstance(html, str):
        return html
    content_type = f"text/html; charset={encoding}" if encoding else None
    _, text = html_to_unicode(content_type, html, auto_detect_fun=_detect_encoding)
    return text


def _detect_encoding(data: bytes) -> str | None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        guess = charset_normalizer.from_bytes(data[:65536]).best()
        return guess.encoding if guess else "cp1252"
    return "utf-8"


def extract_article(
    html: str | bytes, url: str | None = None, encoding: str | None = None
) -> ExtractedArticle:
    """Extract the article of one HTML page: text without boilerplate, plus its metadata."""
    markup = decode_html(html, encoding)
    if not markup.strip():
        return ExtractedArticle(reason="empty document")
    tree = load_html(markup)
    if tree is None:
        return ExtractedArticle(reason="not parseable as HTML")
    # Read what trafilatura's cleaning would remove (JSON-LD, <link>, <html lang>) first.
    dates = page_dates(tree, url)
    canonical = _canonical_url(tree, url)
    language_hint = _declared_language(tree)
    document = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    if document is None or not (document.text or "").strip():
        return ExtractedArticle(
            reason="no article text found", canonical_url=canonical, language_hint=language_hint
        )
    text = "\n".join(strip_disclaimers(document.text.splitlines()))
    return ExtractedArticle(
        text=text,
        title=document.title,
        author=document.author,
        site_name=document.sitename,
        description=document.description,
        published=dates.published,
        updated=dates.updated,
        date_source=dates.source,
        date_confidence=dates.confidence,
        canonical_url=canonical,
        image=document.image,
        tags=list(document.tags or []),
        language_hint=language_hint,
        reason=_shortfall(text),
    )


def extract_text_document(text: str) -> tuple[str, datetime | None]:
    """Clean a plain-text fixture: its article text and the date its marker gives."""
    marker_date, text = text_marker_date(text)
    paragraphs = [line.strip() for line in text.splitlines()]
    return "\n".join(strip_disclaimers(p for p in paragraphs if p)), marker_date


def _shortfall(text: str) -> str | None:
    """Why ``text`` is not an article, or None if it is long enough to be one."""
    if not text:
        return "only boilerplate"
    if len(text) < MIN_TEXT_CHARS:
        return f"text too short ({len(text)} characters)"
    return None


def _canonical_url(tree: HtmlElement, url: str | None) -> str | None:
    hrefs = tree.xpath('//link[@rel="canonical"]/@href') or tree.xpath(
        '//meta[@property="og:url"]/@content'
    )
    if not hrefs or not hrefs[0].strip():
        return url
    return urljoin(url or "", hrefs[0].strip())


def _declared_language(tree: HtmlElement) -> str | None:
    lang = tree.get("lang") or next(iter(tree.xpath("//html/@lang")), None)
    return lang.split("-")[0].lower() if lang else None


class ExtractPipeline:
    """Turns the raw page of an item into clean text and metadata; drops pages without text."""

    def __init__(self, stats, pool: WorkerPool | None = None):
        self.stats = stats
        self.pool = pool if pool is not None else WorkerPool(0, stats=stats)

    @classmethod
    def from_crawler(cls, crawler):
        pool = worker_pool(crawler)
        pool.warm_up(extract_article, WARM_UP_PAGE, "https://example.org/warm-up")
        return cls(crawler.stats, pool)

    async def process_item(self, item):
        if item.content_type == "text":
            raw = decode_html(item.body or b"", item.encoding)
            item.text, item.text_date = extract_text_document(raw)
            reason = _shortfall(item.text)
        else:
            result = await self.pool.run(extract_article, item.body or b"", item.url, item.encoding)
            self._copy_result(item, result)
            reason = result.reason
        item.body = None  # the raw page is not needed past this point
        if reason:
            self.stats.inc_value(f"newsmon/no_text/{reason}")
            raise DropItem(f"No article text in {item.url}: {reason}")
        return item

    @staticmethod
    def _copy_result(item, result: ExtractedArticle) -> None:
        item.text = result.text
        item.title, item.author = result.title, result.author
        item.site_name, item.description = result.site_name, result.description
        item.canonical_url, item.image, item.tags = result.canonical_url, result.image, result.tags
        item.language_hint = result.language_hint
        item.page_published, item.page_updated = result.published, result.updated
        item.page_date_source = result.date_source
        item.page_date_confidence = result.date_confidence
