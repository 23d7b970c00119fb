"""Canonical URLs: the one address an article is known by, however it was linked.

Two forms:

* :func:`canonical_url` is what is stored: lower-case scheme and host, no
  tracking parameters (``utm_*``, ``fbclid``, ``gclid`` … courlan's list), no
  fragment, no AMP markers (``/amp/``, ``.amp.html``, ``?amp=1``,
  ``?outputType=amp``).
* :func:`url_key` is what identity is checked on: the canonical URL without
  its scheme and without the ``www.``, ``m.``, ``mobile.`` and ``amp.`` host
  prefixes, so that the http/https, desktop, mobile and AMP variants of one
  page are one article. :func:`url_hash` is its 64-bit digest, for compact
  in-memory sets.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import courlan

VARIANT_HOST_PREFIX = re.compile(r"^(?:www\d*|m|mobile|amp)\.(?=[^.]+\.[^.]+)")
AMP_PATH_SEGMENT = re.compile(r"/amp(?=/|$)", re.IGNORECASE)
AMP_SUFFIX = re.compile(r"\.amp(?=\.html?$|$)", re.IGNORECASE)
AMP_PARAMS = {"amp", "_amp", "outputtype", "amp_js_v", "usqp"}


def canonical_url(url: str) -> str:
    """The URL an article is stored under: normalised, without trackers, fragment or AMP markers."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # not a URL at all ("http://["): kept as it is
        parts = None
    if parts is None or parts.scheme not in ("http", "https"):
        return url.strip().split("#", 1)[0]
    try:
        normalised = courlan.normalize_url(url.strip(), strict=False)
    except ValueError:
        normalised = url.strip()
    parts = urlsplit(normalised)
    path = AMP_SUFFIX.sub("", AMP_PATH_SEGMENT.sub("", parts.path)) or "/"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_amp(k, v)]
    )
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def _is_amp(key: str, value: str) -> bool:
    key = key.lower()
    return key in AMP_PARAMS and (key != "outputtype" or value.lower() == "amp")


def url_key(url: str) -> str:
    """Identity of a canonical URL: no scheme, no www/m/mobile/amp host prefix."""
    try:
        parts = urlsplit(url)
    except ValueError:  # not a URL ("http://["): its own identity
        return url
    if parts.scheme not in ("http", "https"):
        return url
    host = VARIANT_HOST_PREFIX.sub("", parts.netloc)
    return urlunsplit(("", host, parts.path, parts.query, ""))[2:]


def url_hash(url: str) -> int:
    """A signed 64-bit digest of :func:`url_key` (fits a BIGINT and a compact set)."""
    digest = hashlib.blake2b(url_key(url).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def same_site(first: str, second: str) -> bool:
    """Whether two URLs are on the same site (hosts equal once variant prefixes are dropped)."""
    host_a = VARIANT_HOST_PREFIX.sub("", urlsplit(first).netloc.lower())
    host_b = VARIANT_HOST_PREFIX.sub("", urlsplit(second).netloc.lower())
    return host_a == host_b


def article_url(fetched: str, declared: str | None) -> str:
    """The canonical URL of a fetched page, given the ``<link rel="canonical">`` it declares.

    A declared canonical on another site is not taken: republishers point it at
    the original, and the copy must keep its own URL (syndication reach). A
    canonical pointing at the site root, at a section above the page or at a tag or
    topic listing is a template error and is ignored too (:func:`plausible_canonical`).
    """
    try:
        trusted = (
            declared
            and urlsplit(declared).scheme in ("http", "https")
            and same_site(fetched, declared)
            and plausible_canonical(fetched, declared)
        )
    except ValueError:  # not a URL at all ("http://[")
        trusted = False
    return canonical_url(declared if trusted else fetched)


# Path segments of listing pages: a canonical pointing at one names no article.
LISTING_SEGMENTS = {
    "tag", "tags", "category", "categories", "topic", "topics", "section", "sections",
    "thema", "themen", "rubrik", "ressort", "schlagwort", "stichwort", "tema", "temi",
    "sujet", "sujets", "archive", "archiv", "page", "seite", "author", "autor",
}  # fmt: skip
INDEX_PAGE = re.compile(r"/(?:index|default)\.(?:s?html?|php|aspx?)$", re.IGNORECASE)


def listing_path(url: str) -> str:
    """The path of ``url`` as a folder: no trailing slash, no ``index.html``."""
    try:
        path = urlsplit(url).path
    except ValueError:  # not a URL: no path
        return ""
    return INDEX_PAGE.sub("", path).rstrip("/")


def plausible_canonical(fetched: str, declared: str) -> bool:
    """Whether a same-site ``declared`` canonical can name the ``fetched`` page.

    Not when it points at the site root, at a folder above the page (its section: a
    page ``/politik/story.html`` declaring ``/politik/``) or at a tag, topic or
    archive listing the page is not itself under.
    """
    page, claimed = listing_path(fetched), listing_path(declared)
    if not claimed:
        return False
    if claimed != page and page.startswith(claimed + "/"):
        return False
    listing = {s.lower() for s in claimed.split("/")} & LISTING_SEGMENTS
    return not listing - {s.lower() for s in page.split("/")}
