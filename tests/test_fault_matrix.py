"""The fault matrix: one crawl of a local site where nearly every page misbehaves.

Each case says what must come of it: its article stored exactly once (``stored``), or nothing
stored and the fault counted in the crawl stats (``counted``), or only that the crawl survives
(``survives``). The crawl must finish with no crash, no article lost and none duplicated. Run
with ``-s`` to see the table.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass

from scrapy.http import HtmlResponse, Request, Response, TextResponse

from crawler.sniffing import HtmlSniffer
from tests.faultserver import FaultServer, Page, article_page, article_text, rss
from tests.test_crawl import articles

RUSSIAN = (
    "Президент России заявил в пятницу, что переговоры о прекращении огня продолжатся на "
    "следующей неделе в Стамбуле. Представители обеих сторон подтвердили своё участие. "
)
BOMB_ENTITIES = '<!ENTITY a "aaaaaaaaaa">' + "".join(
    f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">' for n in range(8)
)


@dataclass
class Case:
    """A fault: the paths it serves, what must come of it, and the evidence looked for."""

    name: str
    expect: str  # "stored", "counted" or "survives"
    seed: int | None = None  # the article's text seed (stored cases)
    stat: str | None = None  # a stats key that must be non-zero (counted cases)…
    log: str | None = None  # …or a line the log must have


def cyrillic_page() -> bytes:
    body = (
        '<html><head><meta charset="iso-8859-1"><meta property="og:type" content="article">'
        f"<title>Новости</title></head><body><article><h1>Новости дня</h1><p>{RUSSIAN * 2}</p>"
        f"<p>{RUSSIAN}</p></article></body></html>"
    )
    return body.encode("cp1251")


def deep_page(seed: int) -> bytes:
    depth = 300_000
    return article_page(seed).replace(
        b"<article>", b"<article>" + b"<div>" * depth + b"<p>deep</p>" + b"</div>" * depth
    )


def bomb_feed() -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [{BOMB_ENTITIES}]><rss version="2.0"><channel>'
        "<title>&i;</title><item><title>&i;</title><link>bomb-item.html</link></item>"
        "</channel></rss>"
    ).encode()


def xxe_sitemap() -> bytes:
    return (
        '<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">'
        f"{BOMB_ENTITIES}]>"
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>&x;</loc></url><url><loc>/xxe-&i;.html</loc></url>"
        "<url><loc>/sitemap-item.html</loc></url></urlset>"
    ).encode()


def huge_sitemap(site_url: str, entries: int = 20_000) -> bytes:
    urls = [f"https://elsewhere.example/story/{n}.html" for n in range(entries)]
    urls.insert(entries // 2, site_url + "huge-sitemap-item.html")
    locs = "".join(f"<url><loc>{url}</loc><lastmod>2025-09-05</lastmod></url>" for url in urls)
    return (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{locs}</urlset>"
    ).encode()


def slug(name: str) -> str:
    return re.sub(r"\W+", "-", name).strip("-").lower()


OCTETS, JPEG, PLAIN = "application/octet-stream", "image/jpeg", "text/plain"
LATIN1 = "text/html; charset=iso-8859-1"
XML, RSS = "application/xml", "application/rss+xml"


def moved(to: str, status: int = 302) -> Page:
    return Page(status=status, headers={"Location": to})


def build(site: FaultServer, other: FaultServer) -> tuple[list[Case], list[str], list[str]]:
    """Routes for every case on ``site`` (127.0.0.1) and ``other`` ("localhost"); the cases,
    the feed's items and the sources file's sitemaps."""
    cases: list[Case] = []
    items: list[str] = []

    def article(name, pages, seed=None, expect="stored", stat=None, log=None):
        path = "/" + slug(name)
        site.route(path, pages)
        items.append(site.url + path.lstrip("/"))
        cases.append(Case(name, expect, seed, stat, log))

    def ok(seed: int, **options) -> Page:
        return Page(article_page(seed), **options)

    def stalled(seed: int) -> bytes:
        return article_page(seed).replace(b"</article>", b"<p>" + b"a" * 40 + b"b</p></article>")

    bomb = gzip.compress(b"\0" * 64 * 1024 * 1024, compresslevel=9)
    big = b"<html><body><p>" + b"x" * (50 * 1024 * 1024) + b"</p></body></html>"
    refresh = b'<html><head><meta http-equiv="refresh" content="0;url=http://intra.example/">'
    metadata = "http://169.254.169.254/latest/meta-data/"
    article("ordinary article", ok(100), 100)
    article("500 then 200", [Page(status=500), ok(101)], 101)
    article("502, 504 then 200", [Page(status=502), Page(status=504), ok(102)], 102)
    article("503 then 200 (back-off)", [Page(status=503), ok(103)], 103)
    article(
        "429 Retry-After 1 then 200", [Page(status=429, headers={"Retry-After": "1"}), ok(104)], 104
    )
    article("connection reset then 200", [Page(reset=True), ok(105)], 105)
    article("timeout (silence) then 200", [ok(106, stall=6), ok(106)], 106)
    article("slow drip then 200", [ok(107, drip=0.25), ok(107)], 107)
    article("truncated body then 200", [ok(108, cut=400), ok(108)], 108)
    site.route("/moved-target", ok(109))
    article("301 to an article", moved("/moved-target", 301), 109)
    site.route("/loop-b", moved("/redirect-loop"))
    article("redirect loop", moved("/loop-b"), expect="survives")
    article("HTML as application/octet-stream", ok(110, content_type=OCTETS), 110)
    article("HTML as image/jpeg", ok(111, content_type=JPEG), 111)
    article("HTML as text/plain", ok(112, content_type=PLAIN), 112)
    article("cp1251 declared ISO-8859-1", Page(cyrillic_page(), content_type=LATIN1))
    cases[-1].expect = "stored (Cyrillic)"
    article(
        "gzip bomb (64 MB unpacked)",
        Page(bomb, headers={"Content-Encoding": "gzip"}),
        expect="survives",
    )
    article("50 MB page", Page(big), expect="survives")
    article("binary data as text/html", Page(bytes(range(256)) * 400), expect="survives")
    article("300k-deep nesting", Page(deep_page(113)), expect="survives")
    article("404", Page(b"gone", status=404), expect="survives")
    article("canonical to the home page", Page(article_page(114, canonical=site.url)), 114)
    article("canonical to the feed", Page(article_page(115, canonical=site.url + "feed.xml")), 115)
    article(
        "page stalling a disclaimer pattern",
        Page(stalled(116)),
        expect="counted",
        stat="newsmon/stalled/extract",
    )
    loopback = f"http://127.0.0.2:{site.port}/x"
    article(
        "redirect to 127.0.0.2",
        moved(loopback),
        expect="counted",
        log=f"Refused {loopback}: loopback",
    )
    article(
        "redirect to 169.254.169.254",
        moved(metadata),
        expect="counted",
        log=f"Refused {metadata}: metadata",
    )
    article(
        "meta refresh to another host",
        Page(refresh),
        expect="counted",
        log="Refused http://intra.example/: offsite",
    )
    another_port = f"http://127.0.0.1:{other.port + 1}/other-port"
    items.append(another_port)
    cases.append(Case("feed item on another port", "counted", log=f"Refused {another_port}: port"))
    other.route("/closed", Page(status=429, headers={"Retry-After": "3600"}))
    items.append(f"http://localhost:{other.port}/closed")
    cases.append(Case("429 Retry-After 3600", "counted", stat="newsmon/deferred/retry_after"))

    site.route("/feed.xml", Page(rss(items), content_type=RSS))
    site.route("/feed-as-octets", Page(rss(["feed-octet-item"]), content_type=OCTETS))
    site.route("/feed-octet-item", ok(117))
    cases.append(Case("feed as application/octet-stream", "stored", 117))
    site.route(
        "/broken-feed.xml",
        Page(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title></chan'),
    )
    cases.append(Case("malformed feed", "counted", stat="newsmon/broken/feed"))
    site.route(
        "/broken-sitemap.xml", Page(b"<?xml version='1.0'?><urlset><url><loc>/a<", content_type=XML)
    )
    cases.append(Case("malformed sitemap", "survives"))
    site.route("/bomb-feed.xml", Page(bomb_feed(), content_type=RSS))
    site.route("/bomb-item.html", ok(118))
    cases.append(Case("XML entity bomb in a feed", "survives"))
    site.route("/xxe-sitemap.xml", Page(xxe_sitemap(), content_type=XML))
    site.route("/sitemap-item.html", ok(119))
    cases.append(Case("external entity + bomb in a sitemap", "survives"))
    site.route("/huge-sitemap.xml", Page(huge_sitemap(site.url), content_type=XML))
    site.route("/huge-sitemap-item.html", ok(120))
    cases.append(Case("huge sitemap (20,001 URLs, 20,000 elsewhere)", "stored", 120))
    feeds = ["feed.xml", "feed-as-octets", "broken-feed.xml", "bomb-feed.xml"]
    sitemaps = ["broken-sitemap.xml", "xxe-sitemap.xml", "huge-sitemap.xml"]
    return cases, [site.url + f for f in feeds], [site.url + s for s in sitemaps]


def sources_file(tmp_path, feeds, sitemaps, other: FaultServer) -> str:
    path = tmp_path / "sources.toml"
    quoted = lambda urls: ", ".join(f'"{u}"' for u in urls)  # noqa: E731
    path.write_text(
        f'[[sources]]\nname = "Faulty"\nfeeds = [{quoted(feeds)}]\n'
        f"sitemaps = [{quoted(sitemaps)}]\n"
        f'domains = ["127.0.0.1", "127.0.0.2", "169.254.169.254", "localhost:{other.port}"]\n'
        'disclaimers = ["(a|a)+$"]\n'
    )
    return str(path)


SETTINGS = [
    *("-s", "ALLOWED_NETWORKS=127.0.0.1/32", "-s", "DOWNLOAD_TIMEOUT=3"),
    *("-s", "EXTRACTION_TIMEOUT=3", "-s", "BACKOFF_DELAY=0.5"),
    *("-s", "WORKERS=1", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_TIMES=3"),
]
# A crash: an exception in the spider, a pipeline or a signal handler, or none caught at all
# (failed downloads, "Error downloading", are the faults themselves: retried or given up).
CRASH = re.compile(
    r"Spider error processing|Error processing \{|Unhandled error|Error caught on signal"
)


def stat(log: str, key: str) -> int:
    return sum(int(m) for m in re.findall(rf"'{re.escape(key)}[^']*': (\d+)", log))


def test_the_fault_matrix(scrapy, sqlite_url, tmp_path, capsys):
    with FaultServer() as site, FaultServer(host="127.0.0.1") as other:
        cases, feeds, sitemaps = build(site, other)
        sources = sources_file(tmp_path, feeds, sitemaps, other)
        result = scrapy(
            "crawl", "news", "-a", f"sources={sources}", *SETTINGS,
            database_url=sqlite_url, timeout=400,
        )  # fmt: skip
    log = result.stderr
    (tmp_path / "crawl.log").write_text(log)  # kept by pytest for a look after a failure
    crashes = int(result.returncode != 0) + len(CRASH.findall(log))
    rows = articles(scrapy, sqlite_url)
    table, lost, duplicated = [], 0, 0
    for case in cases:
        if case.expect.startswith("stored"):
            marker = "Президент России" if case.seed is None else article_text(case.seed)[:40]
            found = sum(marker in row["text"] for row in rows)
            lost += found == 0
            duplicated += found > 1
            outcome = f"stored {found}×"
        elif case.expect == "counted" and case.stat:
            found = stat(log, case.stat)
            lost += found == 0  # an uncounted fault would be a silent loss
            outcome = f"{case.stat} = {found}"
        elif case.expect == "counted":
            lost += case.log not in log
            outcome = f"logged {case.log.split(': ')[-1]!r}" if case.log in log else "not logged"
        else:
            outcome = "crawl went on"
        table.append(f"| {case.name} | {case.expect} | {outcome} |")
    with capsys.disabled():
        print("\n| case | expected | outcome |\n| --- | --- | --- |")
        print("\n".join(table))
        print(f"\ncases {len(cases)}, crashes {crashes}, lost {lost}, duplicated {duplicated}")
    problems = [line for line in log.splitlines() if "ERROR" in line or "Traceback" in line]
    assert (crashes, lost, duplicated) == (0, 0, 0), "\n".join([*table, *problems])
    assert not any("STOLEN" in row["text"] for row in rows)


def test_html_with_a_wrong_content_type_is_read_as_html():
    sniffer, request = HtmlSniffer(), Request("https://news.example/a")
    page = Response(
        request.url, body=b"\xef\xbb\xbf<!-- x -->\n<!DOCTYPE html><html>", request=request
    )
    assert isinstance(sniffer.process_response(request, page), HtmlResponse)
    image = Response(request.url, body=b"\x89PNG\r\n\x1a\n<html>", request=request)
    assert sniffer.process_response(request, image) is image
    text = TextResponse(request.url, body=b"<html>", encoding="utf-8", request=request)
    assert sniffer.process_response(request, text) is text
