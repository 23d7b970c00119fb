"""Property-based fuzzing (Hypothesis) of what reads untrusted input: page extraction, date
parsing, feed and sitemap parsing, URL canonicalisation and the crawl-surface checks, and the
sources-file loader. Property: no uncaught exception, bounded time per input.

The normal suite tries about 200 inputs per target (the ``default`` profile, set in
``tests/conftest.py``); ``python -m bench.fuzz`` runs every target with many more.
"""

from __future__ import annotations

import contextlib
import string
import time
from collections import Counter
from urllib.parse import urlsplit

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from crawler.discovery import BrokenDocument, document_kind, feed_links, sitemap_links
from crawler.errors import ConfigError
from crawler.guard import address_refusal
from crawler.sources import Outlet, load_sources
from pipelines.dates.page import parse_timestamp, url_date
from pipelines.dates.text import find_text_dates
from pipelines.similarity.urls import article_url, canonical_url, plausible_canonical, url_hash
from pipelines.text.extraction import WARM_UP_PAGE, decode_html, extract_article

# Inputs tried and the slowest one's seconds per target, for bench/fuzz.py's report.
CALLS: Counter[str] = Counter()
SLOWEST: dict[str, float] = {}


@contextlib.contextmanager
def trying(target: str):
    """Count an input of ``target`` and keep the longest time one took."""
    CALLS[target] += 1
    started = time.perf_counter()
    yield
    seconds = time.perf_counter() - started
    SLOWEST[target] = max(SLOWEST.get(target, 0.0), seconds)


TAGS = ["p", "div", "article", "h1", "span", "script", "style", "a", "meta", "link", "time"]
ATTRIBUTES = [
    ' property="og:type" content="article"',
    ' rel="canonical" href="{}"',
    ' type="application/ld+json"',
    ' charset="{}"',
    ' datetime="{}"',
    ' href="{}"',
    "",
]
WORDS = st.sampled_from(
    ["Der", "Stadtrat", "hat", "am", "5. September 2025", "2025-09-05T14:12:00+02:00", "é",
     "Президент", "日本", "&amp;", "&#0;", "&bogus;", "<", ">", "\x00", "\ufffd", "{\"@type\":"]
)  # fmt: skip


@st.composite
def html_documents(draw) -> bytes:
    """HTML-like pages: nested known tags with attributes and text, or raw noise."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=4000))
    parts = [draw(st.sampled_from(["", "<!doctype html>", "\ufeff", "<?xml version='1.0'?>"]))]
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(st.sampled_from(TAGS))
        attribute = draw(st.sampled_from(ATTRIBUTES)).format(draw(st.text(max_size=30)))
        text = " ".join(draw(st.lists(st.one_of(WORDS, st.text(max_size=20)), max_size=15)))
        closing = draw(st.sampled_from([f"</{tag}>", "", "</div>"]))
        parts.append(f"<{tag}{attribute}>{text}{closing}")
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "cp1251", "latin-1", "shift_jis"]))
    return "".join(parts).encode(encoding, errors="replace")


URLS = st.one_of(
    st.text(max_size=80),
    st.builds(
        "{}://{}{}/{}?{}#{}".format,
        st.sampled_from(["http", "https", "file", "ftp", "HTTP", ""]),
        st.sampled_from(["news.example", "WWW.News.Example", "m.news.example", "[::1]", "127.0.0.1",
                         "xn--bcher-kva.example", "news.example:8080", "a@b:c@d", "", "%2e%2e",
                         "[", "[::1", "x:-1"]),
        st.sampled_from(["", "/", "/politik", "/tag", "/amp", "/%2e%2e", "/a/../b"]),
        st.text(max_size=20),
        st.text(max_size=20),
        st.text(max_size=10),
    ),
)  # fmt: skip


@pytest.fixture(scope="module", autouse=True)
def warm_up():
    """Load what extraction loads on first use, so that the slowest input is a page's own time."""
    extract_article(WARM_UP_PAGE, "https://example.org/warm-up")


def parseable(url: str) -> bool:
    try:
        urlsplit(url)
    except ValueError:
        return False
    return True


# A page's URL is one Scrapy fetched it from: one urlsplit reads.
FETCHED_URLS = URLS.filter(parseable)


@given(
    html_documents(), st.sampled_from([None, "utf-8", "cp1252", "bogus", "utf-16"]), FETCHED_URLS
)
def test_extraction_never_fails(page, encoding, url):
    with trying("extraction"):
        decode_html(page, encoding)
        result = extract_article(page, url, encoding)
        assert isinstance(result.text, str)


STAMPS = st.builds(
    "{}-{}-{}T{}:{}:{}{}".format,
    *[st.integers(-5, 99999)] * 6,
    st.sampled_from(["", "Z", "+02:00", "+99:99"]),
)


@given(st.one_of(st.text(max_size=60), STAMPS))
def test_timestamps_never_fail(value):
    with trying("dates"):
        parse_timestamp(value)
        url_date("https://news.example/" + value)


@given(
    st.text(max_size=300), st.sampled_from([None, "de", "en-US", "fr", "xx", "ja"]), st.booleans()
)
def test_text_dates_never_fail(text, language, any_language):
    with trying("dates"):
        find_text_dates(text, language, any_language)


@st.composite
def listings(draw) -> bytes:
    """Feed- and sitemap-like XML, well-formed or not, with entities and odd dates."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=3000))
    root = draw(st.sampled_from(["rss", "feed", "rdf:RDF", "urlset", "sitemapindex", "html"]))
    entry = draw(st.sampled_from(["item", "entry", "url", "sitemap"]))
    doctype = draw(st.sampled_from(["", '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>']))
    entries = "".join(
        f"<{entry}><link>{draw(URLS)}</link><loc>{draw(URLS)}</loc>"
        f"<pubDate>{draw(st.text(max_size=30))}</pubDate><lastmod>{draw(st.text(max_size=25))}"
        f"</lastmod>{draw(st.sampled_from(['&e;', '', '</' + entry + '>', '<![CDATA[x]]>']))}"
        f"</{entry}>"
        for _ in range(draw(st.integers(0, 8)))
    )
    cut = draw(st.integers(0, 3000))
    text = f'<?xml version="1.0"?>{doctype}<{root} version="2.0">{entries}</{root}>'
    return (
        text.encode("utf-8", errors="replace")[:cut]
        if cut < 200
        else text.encode("utf-8", "replace")
    )


@given(listings(), URLS)
@example(  # feedparser 6.0.11 read this pubDate as the year -99
    b'<?xml version="1.0"?><rss version="2.0"><item><link>0</link><loc></loc>'
    b"<pubDate>00</pubDate>",
    "",
)
def test_feeds_and_sitemaps_never_fail(body, base):
    with trying("feeds_and_sitemaps"):
        document_kind(body)
        for reader in (feed_links, sitemap_links):
            # BrokenDocument is the one way a listing may fail: said and counted by the spider.
            with contextlib.suppress(BrokenDocument):
                reader(body, base)


@given(URLS, URLS)
def test_url_canonicalisation_never_fails(first, second):
    with trying("urls"):
        canonical = canonical_url(first)
        url_hash(canonical)
        article_url(first, second)
        plausible_canonical(first, second)
        Outlet(None, ["https://news.example/feed.xml", "file:///tmp/mirror/feed.xml"]).refusal(
            first
        )
        address_refusal(second, [])


TOML_VALUES = st.one_of(
    st.text(alphabet=string.printable, max_size=30),
    st.sampled_from(['"feed.xml"', '["https://x.example/f"]', '["(a+)+$"]', "[1, 2]", "{}",
                     '["x.example:99999"]', '["x.example:80"]', '"("', "true", '["", " "]']),
)  # fmt: skip


@st.composite
def sources_texts(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 3))):
        lines.append(draw(st.sampled_from(["[[sources]]", "[[watches]]", "[sources]", ""])))
        for _ in range(draw(st.integers(0, 5))):
            key = draw(st.sampled_from(["name", "feeds", "sitemaps", "pages", "domains",
                                        "disclaimers", "examples", "keywords", "x"]))  # fmt: skip
            lines.append(f"{key} = {draw(TOML_VALUES)}")
    return "\n".join(lines)


@given(st.one_of(sources_texts(), st.text(max_size=200)))
def test_the_sources_loader_says_what_is_wrong_or_loads(tmp_path_factory, text):
    with trying("sources"):
        path = tmp_path_factory.getbasetemp() / "fuzz-sources.toml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            load_sources(path)
        except ConfigError as error:
            assert str(path) in str(error) or "[[" in str(error) or ":" in str(error)
