"""Article extraction: clean text and metadata out of a page.

trafilatura finds the article; newsmon adds what a monitor needs on top of it:

* the page is read the way it was meant (charset from the HTTP header, the page's meta tags
  or detection) and bad input (empty, binary, huge, too deeply nested) gets a clear
  ``reason`` instead of an exception, in bounded time and memory;
* the markup is prepared where trafilatura goes wrong on news pages (layout tables, newsletter
  sign-up boxes, photo galleries) and a standfirst kept outside the body is brought back;
* page furniture trafilatura keeps is removed (:mod:`pipelines.text.furniture`), and so are
  republisher disclaimers (:mod:`pipelines.text.disclaimers`);
* metadata: title, author, site, description, dates with their provenance, canonical URL,
  image, tags, declared language; and several pages of one article joined into one.

:func:`extract_article` is a pure function of its arguments (no database, no global state it
changes), so that it can run in worker processes.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from urllib.parse import urljoin

import charset_normalizer
import trafilatura
from lxml import etree
from lxml.html import HtmlElement

# Not trafilatura's public API (that is its top-level functions, trafilatura.metadata.Document
# and the Extractor that bare_extraction's ``options`` takes): its JSON-LD reader and the parts
# of its metadata search that newsmon needs, without the rest that extract_metadata costs.
# tests/test_trafilatura_parity.py checks, on real pages and on the newest and the lowest
# allowed trafilatura, that what newsmon builds from them is what trafilatura gives.
from trafilatura.json_metadata import extract_json, extract_json_parse_error, normalize_json
from trafilatura.metadata import Document, examine_meta, extract_sitename, extract_title
from trafilatura.settings import Extractor
from w3lib.encoding import html_body_declared_encoding, read_bom, resolve_encoding

from pipelines.dates.resolve import page_dates, text_marker_date
from pipelines.text.disclaimers import strip_disclaimers
from pipelines.text.furniture import HEADING_WORDS, normalised, strip_furniture
from pipelines.text.htmlparse import parse_page

logger = logging.getLogger(__name__)

# Below this, "text" is a menu or a caption, not an article (a two-line brief has ~150).
MIN_TEXT_CHARS = 80
# Extracted once by every worker as it starts, so that what trafilatura loads lazily is loaded
# then; its text is short, so that the fallbacks (justext and its stop lists) load too.
WARM_UP_PAGE = "<html><body><article><h1>Warm-up</h1><p>A short text.</p></article></body></html>"
# Markup beyond this (after scripts and styles are cut) is not an article page; parsing it
# would cost seconds and hundreds of MB.
MAX_MARKUP_CHARS = 5_000_000
# Above this size scripts, styles and inline data are cut before parsing (pages mostly script).
HEAVY_MARKUP_CHARS = 500_000
# libxml2 stops parsing at this depth; what follows the deep part is lost.
PARSER_MAX_DEPTH = 255
# Undecodable bytes a page may have and still be in the charset it declares.
BROKEN_BYTES = 8
# Share of control characters in the first characters that makes "text" binary data.
BINARY_SHARE = 0.02
BINARY_SAMPLE = 8192
# A sign-up box is the largest block around an e-mail field with at most this much text.
SIGNUP_BOX_CHARS = 400
# A table cell with this many words holds prose: the table is page layout, not data.
LAYOUT_CELL_WORDS = 60
# A page with this many captioned figures is a photo gallery: its captions are its content.
GALLERY_FIGURES = 3

# Finds an article's raw text in a parsed page: (tree, url, gallery?) -> text.
TextFinder = Callable[[HtmlElement, str | None, "bool | None"], str]

# Where a heavy part (script, style, inline SVG, comment) opens, and what closes it.
HEAVY_OPENING = re.compile(r"<(script|style|svg)\b[^>]{0,1000}>|<!--", re.IGNORECASE)
HEAVY_CLOSING = {"script": "</script", "style": "</style", "svg": "</svg", None: "-->"}
INLINE_DATA = re.compile(r"(?<=[\"'(])data:[^\"')]{256,}")
# Control characters (tab, newlines, form feed aside) as bytes: counted in the page's UTF-8
# by bytes.translate, several times faster than a regex (they never occur inside multi-byte
# characters).
CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
CONTROL_CHARS = CONTROL_BYTES.decode("ascii")
IMAGE_MARKDOWN = re.compile(r"!\[(?:[^\[\]]|\[[^\]]*\])*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
EMAIL_FIELDS = etree.XPath(
    "//input[@type='email' or contains(translate(@name, 'EMAIL', 'email'), 'mail')"
    " or contains(translate(@placeholder, 'EMAIL', 'email'), 'mail')]"
)
LAYOUT_TABLES = etree.XPath("//table[.//table]")
CAPTIONED_FIGURES = etree.XPath("count(//figure[.//figcaption])")
# A standfirst opens with the meta description's first words; shorter descriptions are labels.
STANDFIRST_MIN_WORDS = 8
STANDFIRST_MAX_CHARS = 1000
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
STANDFIRST_TEXTS = etree.XPath("descendant::text()[starts-with(normalize-space(.), $opening)]")
# Headlines (h1, og:title, twitter:title) a paragraph may echo.
MAX_HEADLINES = 4
# The attributes a byline element is known by, of every element in the body, in page order:
# reading them all costs a third of libxml2 testing a predicate on every element.
BYLINE_ATTRIBUTES = etree.XPath(
    "descendant::*/@class | descendant::*/@rel | descendant::*/@itemprop"
)
BYLINE_PREFIX = re.compile(r"^(?:von|by|par|por|di|door|de|autor|author)\b:?\s*", re.IGNORECASE)
HTML_LANG = etree.XPath("//html/@lang")
# The scripts trafilatura reads metadata from, and a JSON string in them (possessive, so that
# an unclosed one fails at once).
JSON_SCRIPT_TYPES = ("application/ld+json", "application/settings+json")
# Elements whose content is never article text, removed before the text finders run (see
# _drop_inert_parts): these before anything reads the page, scripts once the dates are read.
STYLING_TAGS = ("style", "svg", "template")
# Blocks dropped before the text finders when this share of their text is link text.
LINK_BLOCK_TAGS = ("nav", "aside", "footer")
LINK_BLOCK_SHARE = 0.5
# The headings a teaser card's headline is written in.
HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
# A list of teaser cards has at least this many, and they are at least half its items.
TEASER_LIST_ITEMS = 2
# A teaser card's words at most: headline, summary, kicker and time.
TEASER_ITEM_WORDS = 100
JSON_STRING = re.compile(r'("(?:[^"\\]++|\\.)*+")')
LANGUAGE_META = etree.XPath(
    "//meta[@property='og:locale']/@content | //meta[@http-equiv='content-language']/@content"
    " | //meta[@name='language']/@content"
)


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
    """Page bytes as text.

    A byte-order mark wins; then the charset the HTTP response declared (``encoding``), then
    the page's own ``<meta>`` declaration, then detection. A declaration the bytes contradict
    is not trusted: valid UTF-8 declared as a single-byte charset is read as UTF-8, and bytes
    that do not decode in the declared charset are detected instead.
    """
    if isinstance(html, str):
        return html
    bom_encoding, bom = read_bom(html)
    if bom_encoding:
        return html[len(bom) :].decode(bom_encoding, errors="replace")
    for declared in (encoding, html_body_declared_encoding(html)):
        codec = resolve_encoding(declared) if declared else None
        if codec:
            text = _decode_as_declared(html, codec)
            if text is None:
                continue
            # Bytes that are valid UTF-8 beyond ASCII are UTF-8: the plausibility test (a
            # fifth of the extraction time on a typical page) is for single-byte charsets.
            if codec == "utf-8" and "\ufffd" not in text:
                return text
            return _redecoded(html, codec) if _implausible(text) else text
    detected = _detect_encoding(html)
    return html.decode(detected, errors="replace")


# Words of Latin-1 letters; those holding an accented letter are weighed ("Ïðåçèäåíò" is
# Cyrillic read as Latin-1). One pass, no backtracking: pages can be megabytes long.
LATIN1_WORD = re.compile(r"[A-Za-z\u00c0-\u00ff]+")
ACCENTED = re.compile(r"[\u00c0-\u00ff]")
C1_CONTROL = re.compile(r"[\x80-\x9f]")
MOJIBAKE_WORDS = 10  # this many accented words decide; fewer say nothing
MOJIBAKE_SAMPLE = 200_000  # characters read for the word test


def _implausible(text: str) -> bool:
    """Whether text decoded with its declared charset reads as the wrong charset would: many
    broken bytes, C1 control characters, or words made mostly of accented Latin-1 letters (real
    French, German or Icelandic words are mostly plain letters)."""
    if text.isascii():
        return False
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if text.count("\ufffd") * 4 > non_ascii or C1_CONTROL.search(text):
        return True  # broken bytes are a good part of what is not ASCII, or C1 controls
    words = [
        word
        for word in LATIN1_WORD.findall(text, 0, MOJIBAKE_SAMPLE)
        if len(word) < 64 and ACCENTED.search(word)
    ]
    if len(words) < MOJIBAKE_WORDS:
        return False
    accented = sum(len(ACCENTED.findall(word)) / len(word) for word in words)
    return accented / len(words) > 0.5


def _redecoded(data: bytes, declared: str) -> str:
    """``data`` in the charset detection finds, if that reads plausibly; else as declared."""
    guess = _guess_charset(data)
    if guess is not None and guess.encoding != declared:
        try:
            text = data.decode(guess.encoding)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None and not _implausible(text):
            return text
    return data.decode(declared, errors="replace")


MARKUP = re.compile(rb"<[^>]*>")
DETECTION_SAMPLE = 65536  # bytes of text the detector reads


def _guess_charset(data: bytes):
    """charset-normalizer's best guess for ``data``, made on its text: the ASCII markup
    around it (a ``<meta charset>`` included) swayed the guess from one release to another."""
    text = MARKUP.sub(b" ", data[: DETECTION_SAMPLE * 4])[:DETECTION_SAMPLE]
    return charset_normalizer.from_bytes(text).best()


def _decode_as_declared(data: bytes, codec: str) -> str | None:
    """``data`` decoded with its declared ``codec``, or None if the bytes say otherwise.

    A few broken bytes in a page that is otherwise what it declares (a truncated character,
    a pasted fragment) are replaced rather than discrediting the declaration.
    """
    if codec != "utf-8" and _is_utf8_beyond_ascii(data):
        return data.decode("utf-8")
    try:
        return data.decode(codec)
    except LookupError:
        return None
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        broken = text.count("\ufffd")
        return text if broken <= max(BROKEN_BYTES, len(data) // 1000) else None


def _is_utf8_beyond_ascii(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect_encoding(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        guess = _guess_charset(data)
        return guess.encoding if guess else "cp1252"
    return "utf-8"


def trafilatura_text(tree: HtmlElement, url: str | None, gallery: bool | None) -> str:
    """The article text trafilatura finds (a photo gallery's figures included)."""
    options = _extractor_options(url, images=bool(gallery))
    document = trafilatura.bare_extraction(tree, options=options)
    return document.text if document is not None else ""


@lru_cache(maxsize=4)
def _extractor_template(images: bool, recall: bool) -> Extractor:
    # Building trafilatura's options reads its config anew each time (a twentieth of a page's
    # extraction time): built once, copied per page (trafilatura never changes them).
    return Extractor(
        output_format="python",
        comments=False,
        tables=True,
        images=images,
        recall=recall,
        with_metadata=False,
    )


def _extractor_options(url: str | None, *, images: bool = False, recall: bool = False) -> Extractor:
    """trafilatura's options for one page: what ``bare_extraction``'s keywords would make."""
    options = copy(_extractor_template(images, recall))
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


def baseline_text(tree: HtmlElement, url: str | None, gallery: bool | None) -> str:
    """trafilatura's baseline: JSON-LD ``articleBody``, else ``<article>``, else paragraphs."""
    return trafilatura.baseline(tree)[1]


def recall_text(tree: HtmlElement, url: str | None, gallery: bool | None) -> str:
    """trafilatura in its recall mode."""
    document = trafilatura.bare_extraction(tree, options=_extractor_options(url, recall=True))
    return document.text if document is not None else ""


# What runs when trafilatura finds nothing, chosen by measurement: each run alone on the
# benchmark set (bench/extraction.py --fallbacks), recall mode scores F1 0.980 and the
# baseline 0.876; the baseline comes last for pages whose text is only in JSON-LD.
FALLBACKS: tuple[TextFinder, ...] = (recall_text, baseline_text)


def extract_article(
    html: str | bytes,
    url: str | None = None,
    encoding: str | None = None,
    *,
    disclaimers: Sequence[str] = (),
    finders: Sequence[TextFinder] = (trafilatura_text, *FALLBACKS),
) -> ExtractedArticle:
    """Extract the article of one HTML page: text without boilerplate, plus its metadata.

    ``encoding`` is the charset the HTTP response declared, if any; ``disclaimers`` are extra
    disclaimer patterns of the page's source (see :mod:`pipelines.text.disclaimers`); ``finders``
    find the article's raw text, tried in turn until one finds some (the benchmark compares
    fallbacks with it). Never raises on bad input: the result's ``reason`` says why there is
    no text.
    """
    markup, problem = readable_markup(html, encoding)
    if problem:
        return ExtractedArticle(reason=problem)
    tree = parse_page(markup)
    if tree is None:
        return ExtractedArticle(reason="not parseable as HTML")
    _drop_inert_parts(tree, STYLING_TAGS)
    # Read what trafilatura's cleaning would remove (JSON-LD, <link>, <html lang>) first.
    dates = page_dates(tree, url)
    canonical = _canonical_url(tree, url)
    language_hint = _declared_language(tree)
    metadata = page_metadata(tree)
    headlines = [metadata.title, *_headlines(tree)]
    _drop_inert_parts(tree, ("script",))  # (after the dates: htmldate finds some in scripts)
    _drop_link_blocks(tree)
    gallery = _prepare_markup(tree)
    paragraphs = _article_paragraphs(tree, url, gallery, finders)
    if not paragraphs:
        return ExtractedArticle(
            published=dates.published,
            updated=dates.updated,
            date_source=dates.source,
            date_confidence=dates.confidence,
            canonical_url=canonical,
            language_hint=language_hint,
            reason=_no_text_reason(tree),
        )
    paragraphs = _with_standfirst(paragraphs, tree, metadata.description)
    paragraphs = strip_furniture(paragraphs, headlines, gallery)
    text = "\n".join(strip_disclaimers(paragraphs, disclaimers))
    return ExtractedArticle(
        text=text,
        title=metadata.title,
        author=metadata.author,
        site_name=metadata.sitename,
        description=metadata.description,
        published=dates.published,
        updated=dates.updated,
        date_source=dates.source,
        date_confidence=dates.confidence,
        canonical_url=canonical,
        image=urljoin(url or "", metadata.image) if metadata.image else None,
        tags=_tags(metadata),
        language_hint=language_hint,
        reason=_shortfall(text),
    )


def page_metadata(tree: HtmlElement) -> Document:
    """Title, author, site name, description, image and tags the page states.

    trafilatura's metadata extraction without the parts newsmon does elsewhere or does not
    need (its date search, its category/tag link scan, the license): a third of the cost.
    """
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None  # a user name or a single word is not a byline
    try:
        metadata = _json_ld_metadata(tree, metadata)
    except Exception:  # trafilatura's JSON-LD reader trips over odd JSON
        logger.debug("JSON-LD metadata unreadable", exc_info=True)
    metadata.title = metadata.title or extract_title(tree)
    metadata.author = metadata.author or _byline_author(tree)
    sitename = (metadata.sitename or extract_sitename(tree) or "").lstrip("@")
    metadata.sitename = sitename or None
    return metadata


def _json_ld_metadata(tree: HtmlElement, metadata: Document) -> Document:
    """trafilatura's ``extract_meta_json``: ``metadata`` completed from the page's JSON-LD.

    The same steps, but the JSON is minified by :func:`_minified_json`, which gives the
    same text several times faster (trafilatura's minifying regex calls back into Python
    at every string and white-space character).
    """
    # trafilatura's ".//script[@type=…]", walked in C instead of through libxml2's "//".
    for script in tree.iterdescendants("script"):
        if script.get("type") not in JSON_SCRIPT_TYPES or not script.text:
            continue
        text = normalize_json(_minified_json(script.text))
        try:
            metadata = extract_json(json.loads(text, strict=False), metadata)
        except json.JSONDecodeError:
            metadata = extract_json_parse_error(text, metadata)
    return metadata


def _minified_json(text: str) -> str:
    """``text`` without the white space outside its JSON strings (as trafilatura's
    ``JSON_MINIFY.sub(r"\\1", text)``): one split in C, then the parts between strings."""
    parts = JSON_STRING.split(text)
    parts[::2] = ["".join(between.split()) for between in parts[::2]]
    return "".join(parts)


def _byline_elements(tree: HtmlElement) -> list[HtmlElement]:
    """The body's elements with rel or itemprop "author" or "author" or "byline" in their
    class, in page order (no meta, link or img): what
    ``//body//*[@rel='author' or @itemprop='author' or contains(@class, 'author')
    or contains(@class, 'byline')][not(self::meta or self::link or self::img)]`` finds."""
    found: list[HtmlElement] = []
    for body in tree.getroottree().getroot().iter("body"):
        for value in BYLINE_ATTRIBUTES(body):
            if value.attrname == "class":
                named = "author" in value or "byline" in value
            else:
                named = value == "author"
            element = value.getparent()
            if not named or element.tag in ("meta", "link", "img"):
                continue
            if not found or found[-1] is not element:  # an element's attributes are adjacent
                found.append(element)
    return found


def _byline_author(tree: HtmlElement) -> str | None:
    """The author a byline element names, when the metadata names none.

    A cheap stand-in for trafilatura's author search, which costs more (2 ms a page) than
    the rest of the metadata together.
    """
    for element in _byline_elements(tree)[:3]:
        name = " ".join(element.text_content().split())
        name = BYLINE_PREFIX.sub("", name).strip(" ,·|")
        if 2 <= len(name.split()) <= 6 and not any(c.isdigit() for c in name):
            return name
    return None


def readable_markup(html: str | bytes, encoding: str | None = None) -> tuple[str, str | None]:
    """The page as markup ready to parse, or a reason why it is not an HTML page."""
    if not html or html.isspace():  # (isspace, unlike strip, copies nothing)
        return "", "empty document"
    markup = decode_html(html, encoding)
    sample = markup[:BINARY_SAMPLE]
    if _control_chars(sample) > BINARY_SHARE * len(sample):
        return "", "binary data, not an HTML page"
    if len(markup) > HEAVY_MARKUP_CHARS:
        markup = without_heavy_parts(markup)
        if len(markup) > MAX_MARKUP_CHARS:
            size = len(markup) / 1_000_000
            return "", (
                f"page too large: {size:.1f} million characters of markup without scripts "
                f"and styles (limit {MAX_MARKUP_CHARS / 1_000_000:.0f} million)"
            )
    if not markup or markup.isspace():
        return "", "empty document"
    return markup, None


def _control_chars(text: str) -> int:
    # Most pages have none: a search for each character (memchr) is cheaper than encoding.
    if not any(char in text for char in CONTROL_CHARS):
        return 0
    encoded = text.encode("utf-8", "surrogatepass")
    return len(encoded) - len(encoded.translate(None, CONTROL_BYTES))


def without_heavy_parts(markup: str) -> str:
    """``markup`` without scripts (JSON-LD kept), styles, inline SVG, comments and inline data.

    One pass: each opening tag's end is looked up once, so that unclosed ones cannot make
    the work quadratic; an unclosed part runs to the end of the page.
    """
    lowered = markup.lower()
    kept, position = [], 0
    while match := HEAVY_OPENING.search(markup, position):
        kind = match.group(1).lower() if match.group(1) else None
        closing = HEAVY_CLOSING[kind]
        end = lowered.find(closing, match.end())
        end = len(markup) if end < 0 else lowered.find(">", end) + 1 or len(markup)
        if kind == "script" and "application/ld+json" in lowered[match.start() : match.end()]:
            kept.append(markup[position:end])
        else:
            kept.append(markup[position : match.start()] + " ")
        position = end
    kept.append(markup[position:])
    return INLINE_DATA.sub("", "".join(kept))


def _drop_inert_parts(tree: HtmlElement, tags: tuple[str, ...]) -> None:
    """Remove, in place, the elements of ``tags`` but JSON scripts (the baseline's
    ``articleBody`` is in JSON-LD): no text finder reads them, and trafilatura copies and
    walks the tree several times per page (they cost some 5% of its time on the dev pages)."""
    doomed = [
        element
        for element in tree.iter(*tags)
        if element.tag != "script" or element.get("type") not in JSON_SCRIPT_TYPES
    ]
    for element in doomed:
        element.drop_tree()


def _drop_link_blocks(tree: HtmlElement) -> None:
    """Remove, in place, navigation, asides and footers made mostly of links: trafilatura
    drops them before it looks for the article, but its fallbacks and its tests of how much
    of the page it found walk them (a fifth of its time on the dev pages). Blocks that hold
    prose stay: an unclosed ``<nav>`` swallows the page, some sites put the body in ``<aside>``."""
    root = tree.getroottree().getroot()
    for block in list(tree.iter(*LINK_BLOCK_TAGS)):
        if block.getparent() is None or block.getroottree().getroot() is not root:
            continue  # inside a block already dropped
        text = len(" ".join(block.text_content().split()))
        links = sum(len(" ".join(link.text_content().split())) for link in block.iter("a"))
        if links >= LINK_BLOCK_SHARE * text:
            block.drop_tree()


def _prepare_markup(tree: HtmlElement) -> bool | None:
    """Fix, in place, what trafilatura misreads on news pages.

    True for a photo gallery of ``<figure>`` elements, None if the markup does not tell
    (galleries of plain blocks are recognised in the text by their credited captions).
    """
    # One walk tells which of the fixes' whole-page searches can find anything at all.
    present = {element.tag for element in tree.iter("table", "input", "figure", *HEADING_TAGS)}
    if not present.isdisjoint(HEADING_TAGS):
        _drop_teaser_lists(tree)
    if "table" in present:
        _unwrap_layout_tables(tree)
    if "input" in present:
        _drop_signup_boxes(tree)
    if "figure" in present and CAPTIONED_FIGURES(tree) >= GALLERY_FIGURES:
        return True
    return None


def _drop_teaser_lists(tree: HtmlElement) -> None:
    """Remove lists of teaser cards ("More on this story", "Latest news", "Related"): lists
    most of whose items hold a linked headline, a heading that leads to another page.
    trafilatura keeps them when the cards carry a summary, and their leads, taken from other
    articles, make unrelated articles look alike. An article's own lists hold sentences or
    plain links, not headlines."""
    teasers: dict[HtmlElement, set[HtmlElement]] = {}  # list -> its teaser cards
    for heading in tree.iter(*HEADING_TAGS):
        if heading.find(".//a[@href]") is None and next(heading.iterancestors("a"), None) is None:
            continue
        item = next(heading.iterancestors("li"), None)
        listing = item.getparent() if item is not None else None
        if listing is not None and listing.tag in ("ul", "ol") and _is_teaser(item, heading):
            teasers.setdefault(listing, set()).add(item)  # (a card may hold two headings)
    root = tree.getroottree().getroot()
    for listing, cards in teasers.items():
        if listing.getparent() is None or listing.getroottree().getroot() is not root:
            continue  # inside a list already dropped
        items = sum(1 for child in listing if child.tag == "li")
        if len(cards) >= TEASER_LIST_ITEMS and 2 * len(cards) >= items:
            _drop_with_its_heading(listing)


def _is_teaser(item: HtmlElement, headline: HtmlElement) -> bool:
    """Whether list ``item`` is a teaser card: its linked ``headline`` and a short summary.
    Lists of bare headlines are left to trafilatura, which tells links from text; an item as
    long as an article (a blog that lists its posts in full) is no teaser."""
    words = len(item.text_content().split())
    return len(headline.text_content().split()) < words <= TEASER_ITEM_WORDS


def _drop_with_its_heading(block: HtmlElement) -> None:
    """Remove ``block``, and the element around it if nothing but a heading is left there
    ("Latest news" over the list it named)."""
    parent = block.getparent()
    block.drop_tree()
    if (
        parent is not None
        and parent.getparent() is not None
        and parent.tag not in ("body", "article", "main")
        and len(parent.text_content().split()) <= HEADING_WORDS  # only the list's heading
    ):
        parent.drop_tree()


def _unwrap_layout_tables(tree: HtmlElement) -> None:
    """Tables used for page layout become plain blocks, so that their navigation cells and
    their article cell are told apart like any other blocks (trafilatura keeps a table whole)."""
    layout = set(LAYOUT_TABLES(tree))
    for table in tree.iter("table"):
        if table in layout or any(a in layout for a in table.iterancestors("table")):
            continue
        if any(len(cell.text_content().split()) >= LAYOUT_CELL_WORDS for cell in table.iter("td")):
            layout.add(table)
    for table in layout:
        for element in table.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th"):
            element.tag = "div"


def _drop_signup_boxes(tree: HtmlElement) -> None:
    """Remove newsletter sign-up boxes: the largest small block around an e-mail field."""
    for field_ in EMAIL_FIELDS(tree):
        box = None
        for ancestor in field_.iterancestors():
            if ancestor.tag in ("body", "html", "article", "main"):
                break
            if len(ancestor.text_content()) > SIGNUP_BOX_CHARS:
                break
            box = ancestor
        if box is not None and box.getparent() is not None:
            box.drop_tree()


def _article_paragraphs(
    tree: HtmlElement, url: str | None, gallery: bool | None, finders: Sequence[TextFinder]
) -> list[str]:
    """The article's paragraphs by the first of ``finders`` that finds any text."""
    text = ""
    for find in finders:
        text = find(tree, url, gallery)
        if text.strip():
            break
    # Image markdown first, on the whole text: an image's alt text may span lines.
    lines = (line.strip() for line in IMAGE_MARKDOWN.sub("", text).splitlines())
    return [line for line in lines if line]


def _with_standfirst(
    paragraphs: list[str], tree: HtmlElement, description: str | None
) -> list[str]:
    """Bring back a standfirst the template keeps outside the article body.

    Many CMSs put the lead paragraph in the header, next to the headline, and repeat it (or
    its first sentence) as the meta description: a visible paragraph starting with the
    description that the extracted text lacks is the standfirst.
    """
    words = description.split() if description else []
    if len(words) < STANDFIRST_MIN_WORDS:
        return paragraphs
    opening = words[:STANDFIRST_MIN_WORDS]
    if _holds_words(" ".join(paragraphs), opening):
        return paragraphs
    for text_node in _standfirst_candidates(tree, " ".join(opening)):
        block = text_node.getparent()
        while block is not None and block.tag not in ("p", "div"):
            block = block.getparent()
        if block is None or _hidden_or_linked(block):
            continue
        content = " ".join(block.text_content().split())
        if content.startswith(" ".join(opening)) and len(content) <= STANDFIRST_MAX_CHARS:
            return [content, *paragraphs]
    return paragraphs


def _holds_words(text: str, words: list[str]) -> bool:
    """Whether ``" ".join(text.split())`` contains ``" ".join(words)``, without rewriting all
    of ``text``: the words follow one another from an occurrence of the first, the last
    perhaps the start of a longer one."""
    *whole, last = words
    position = text.find(words[0])
    while position >= 0:
        # The words before the last, then the rest of the text, which the last one starts.
        found = text[position:].split(None, len(whole))
        if len(found) > len(whole) and found[:-1] == whole and found[-1].startswith(last):
            return True
        position = text.find(words[0], position + 1)
    return False


def _standfirst_candidates(tree: HtmlElement, opening: str) -> list:
    """The text nodes in the body whose normalised text starts with ``opening``, in page order
    (``//body//text()[starts-with(normalize-space(.), $opening)]``, without libxml2's costly
    "//")."""
    root = tree.getroottree().getroot()
    return [node for body in root.iter("body") for node in STANDFIRST_TEXTS(body, opening=opening)]


def _hidden_or_linked(block: HtmlElement) -> bool:
    """Whether a block is not shown as the page's own text: a link, navigation, a footer, an
    aside, or hidden (``hidden``, ``aria-hidden``, ``display: none``)."""
    return any(
        a.tag in ("a", "nav", "footer", "aside", "head", "noscript", "script", "template")
        or a.get("hidden") is not None
        or a.get("aria-hidden") == "true"
        or HIDDEN_STYLE.search(a.get("style") or "") is not None
        for a in (block, *block.iterancestors())
    )


def _no_text_reason(tree: HtmlElement) -> str:
    if _depth(tree) >= PARSER_MAX_DEPTH - 5:
        return f"no article text found: markup nested deeper than {PARSER_MAX_DEPTH} levels"
    return "no article text found"


def _depth(tree: HtmlElement) -> int:
    deepest = 0
    for element in tree.iter():
        depth = sum(1 for _ in element.iterancestors())
        deepest = max(deepest, depth)
        if deepest >= PARSER_MAX_DEPTH - 5:
            break
    return deepest


def extract_text_document(
    text: str, disclaimers: Sequence[str] = ()
) -> tuple[str, datetime | None]:
    """Clean a plain-text fixture: its article text and the date its marker gives."""
    marker_date, text = text_marker_date(text)
    paragraphs = [line.strip() for line in text.splitlines()]
    return "\n".join(strip_disclaimers((p for p in paragraphs if p), disclaimers)), marker_date


def join_pages(first: ExtractedArticle, following: Iterable[ExtractedArticle]) -> ExtractedArticle:
    """One article out of its pages (rel=next): the first page's metadata, all pages' text.

    Paragraphs a later page repeats (the lead, a box on every page) are taken once.
    """
    paragraphs = first.text.splitlines()
    seen = {normalised(p) for p in paragraphs}
    for page in following:
        for paragraph in page.text.splitlines():
            key = normalised(paragraph)
            if key and key not in seen:
                seen.add(key)
                paragraphs.append(paragraph)
    text = "\n".join(paragraphs)
    return replace(first, text=text, reason=_shortfall(text))


def _shortfall(text: str) -> str | None:
    """Why ``text`` is not an article, or None if it is long enough to be one."""
    if not text:
        return "only boilerplate"
    if len(text) < MIN_TEXT_CHARS:
        return f"text too short ({len(text)} characters)"
    return None


def _canonical_url(tree: HtmlElement, url: str | None) -> str | None:
    hrefs = _canonical_hrefs(tree)
    if not hrefs or not hrefs[0].strip():
        return url
    return urljoin(url or "", hrefs[0].strip())


def _canonical_hrefs(tree: HtmlElement) -> list[str]:
    """The first ``<link rel=canonical>`` href, else the first og:url, in one walk of the page."""
    og_url = None
    for element in tree.iter("link", "meta"):
        if element.tag == "link":
            if element.get("rel") == "canonical" and (href := element.get("href")) is not None:
                return [href]
        elif og_url is None and element.get("property") == "og:url":
            og_url = element.get("content")
    return [og_url] if og_url is not None else []


def _declared_language(tree: HtmlElement) -> str | None:
    lang = tree.get("lang") or next(iter(HTML_LANG(tree)), None)
    if not lang:
        lang = next(iter(LANGUAGE_META(tree)), None)
    return re.split(r"[-_]", lang.strip())[0].lower() or None if lang else None


def _headlines(tree: HtmlElement) -> list[str]:
    """The first four of the page's ``<h1>`` texts and og:/twitter: titles, in page order."""
    found = []
    # One walk over the h1 and meta elements: a union of three //-paths walks the page thrice.
    for element in tree.iter("h1", "meta"):
        if element.tag == "h1":
            text = element.text_content()
        elif element.get("property") == "og:title" or element.get("name") == "twitter:title":
            text = element.get("content")
            if text is None:
                continue
        else:
            continue
        found.append(" ".join(text.split()))
        if len(found) == MAX_HEADLINES:
            break
    return found


def _tags(metadata: Document) -> list[str]:
    """Tags and categories, one each ("a, b" keyword strings split), without repeats."""
    tags: list[str] = []
    for group in (metadata.tags or [], metadata.categories or []):
        for entry in group:
            for tag in re.split(r"[,;]", entry):
                tag = " ".join(tag.split())
                if tag and tag not in tags:
                    tags.append(tag)
    return tags


def stats_key(reason: str) -> str:
    """A reason without its particulars ("text too short (45 characters)" → "text too short")."""
    return re.sub(r"\s*\(.*", "", reason.split(":")[0])
