"""The crawl cannot be steered inside: redirects, meta refreshes, other ports and hosts, private
and metadata addresses and escapes from a local mirror are refused before any connection."""

from __future__ import annotations

import re
from contextlib import ExitStack

import pytest
from scrapy.settings import Settings

from crawler.errors import ConfigError
from crawler.guard import address_refusal, allowed_networks
from crawler.sources import Outlet, load_sources
from tests.faultserver import FaultServer, Page, article_page, rss
from tests.test_crawl import articles, crawl

METADATA = "http://169.254.169.254/latest/meta-data/iam/security-credentials/"
QUICK = ("-s", "AUTOTHROTTLE_ENABLED=False", "-s", "WORKERS=0")


def refused_stats(log: str) -> dict[str, int]:
    """The ``newsmon/refused/<reason>`` counts of a crawl's closing stats."""
    return {m[1]: int(m[2]) for m in re.finditer(r"'newsmon/refused/(\w+)': (\d+)", log)}


def refresh_page(target: str) -> bytes:
    return (
        f'<html><head><meta http-equiv="refresh" content="0; url={target}"></head></html>'.encode()
    )


def trap_server(stack: ExitStack, host: str, port: int = 0) -> FaultServer:
    """A server whose every page is a stored-looking article that must never be requested."""
    trap = FaultServer({}, host=host, port=port)
    for path in ("/stolen-a.html", "/stolen-b.html", "/stolen-c.html", "/robots.txt"):
        trap.route(path, Page(article_page(666, title="STOLEN internal page")))
    return stack.enter_context(trap)


@pytest.fixture
def hostile_site():
    """A feed on 127.0.0.1 whose articles redirect inside; the trap servers it points at."""
    with ExitStack() as stack:
        site = stack.enter_context(FaultServer())
        other_host = trap_server(stack, "127.0.0.2", site.port)  # same port, other address
        other_port = trap_server(stack, "127.0.0.1")
        inside = {
            "loopback": f"http://127.0.0.2:{site.port}/stolen-a.html",
            "localhost": f"http://localhost:{other_port.port}/stolen-b.html",
            "metadata": METADATA,
        }
        items = [site.url + "ok.html", f"http://127.0.0.1:{other_port.port}/stolen-c.html"]
        for name, target in inside.items():
            # Each way in has its own target: a target requested once is not requested again.
            for status in (301, 302, 307):
                moved = Page(status=status, headers={"Location": f"{target}?via={status}"})
                site.route(f"/{status}-{name}.html", moved)
                items.append(f"{site.url}{status}-{name}.html")
            site.route(f"/refresh-{name}.html", Page(refresh_page(f"{target}?via=refresh")))
            items.append(f"{site.url}refresh-{name}.html")
        site.route("/feed.xml", Page(rss(items), content_type="application/rss+xml"))
        site.route("/ok.html", Page(article_page(1)))
        yield site, [other_host, other_port]


def sources_listing_every_host(tmp_path, site) -> str:
    """A sources file whose domains name every host: the network and port checks must hold."""
    path = tmp_path / "sources.toml"
    path.write_text(
        f'[[sources]]\nname = "Hostile"\nfeeds = ["{site.url}feed.xml"]\n'
        'domains = ["127.0.0.1", "127.0.0.2", "localhost", "169.254.169.254"]\n'
    )
    return str(path)


@pytest.mark.parametrize("outlet", ["urls", "sources"])
def test_redirects_refreshes_and_other_ports_are_refused(
    scrapy, sqlite_url, tmp_path, hostile_site, outlet
):
    site, traps = hostile_site
    argument = (
        f"urls={site.url}feed.xml"
        if outlet == "urls"
        else f"sources={sources_listing_every_host(tmp_path, site)}"
    )
    result = crawl(
        scrapy, sqlite_url, "news", "-a", argument, "-s", "ALLOWED_NETWORKS=127.0.0.1/32", *QUICK
    )
    rows = articles(scrapy, sqlite_url)
    assert [row["url"] for row in rows] == [site.url + "ok.html"]
    assert all(trap.hits == [] for trap in traps), [trap.hits for trap in traps]
    refused = refused_stats(result.stderr)
    # 3 HTTP redirects and a meta refresh to each of 3 inside addresses, 1 feed item on
    # another port: 13 refusals.
    assert sum(refused.values()) == 13, result.stderr[-3000:]
    for target in ("127.0.0.2", "localhost", "169.254.169.254", f"127.0.0.1:{traps[1].port}"):
        assert f"Refused http://{target}" in result.stderr
    if outlet == "sources":
        assert refused == {"metadata": 4, "loopback": 4, "port": 5}
    else:
        assert refused == {"offsite": 12, "port": 1}


def test_loopback_is_refused_unless_allowed(scrapy, sqlite_url):
    with FaultServer({"/a.html": Page(article_page(2))}) as site:
        result = scrapy(
            "crawl", "news", "-a", f"urls={site.url}a.html", *QUICK, database_url=sqlite_url
        )
        assert site.hits == []
    # Its one source refused, the run could not do its job.
    assert result.returncode == 1, result.stderr[-2000:]
    assert "every source was unreachable" in result.stderr.strip().splitlines()[-1]
    assert refused_stats(result.stderr) == {"loopback": 1}
    assert articles(scrapy, sqlite_url) == []


def test_a_bad_allowed_network_stops_the_run_with_one_line(scrapy, sqlite_url):
    result = scrapy(
        "crawl", "news", "-a", "urls=http://x.example/", "-s", "ALLOWED_NETWORKS=10.0.0.0/33",
        database_url=sqlite_url,
    )  # fmt: skip
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode != 0 and len(errors) == 1 and "10.0.0.0/33" in errors[0]


def test_a_mirror_cannot_be_escaped(scrapy, sqlite_url, tmp_path):
    mirror, outside = tmp_path / "mirror", tmp_path / "outside"
    (mirror / "news").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.html").write_bytes(article_page(13, title="SECRET outside the mirror"))
    (mirror / "news" / "ok.html").write_bytes(article_page(3))
    links = [
        "news/ok.html",
        "%2e%2e/outside/secret.html",
        "news/%2e%2e/%2e%2e/outside/secret.html",
        "news/%2E%2E%2f%2E%2E%2foutside/secret.html",
        "../outside/secret.html",
        (outside / "secret.html").as_uri(),
    ]
    (mirror / "feed.xml").write_bytes(rss(links))
    result = crawl(scrapy, sqlite_url, "news", "-a", f"urls={(mirror / 'feed.xml').as_uri()}")
    rows = articles(scrapy, sqlite_url)
    assert [row["url"] for row in rows] == [(mirror / "news" / "ok.html").as_uri()]
    assert refused_stats(result.stderr)["mirror"] >= 4


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.2", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "metadata"),
        ("fd00:ec2::254", "metadata"),
        ("100.100.100.200", "metadata"),
        ("169.254.1.1", "link_local"),
        ("fe80::1%eth0", "link_local"),
        ("0.0.0.0", "loopback"),
        ("::", "loopback"),
        ("100.64.0.1", "reserved"),
        ("224.0.0.1", "reserved"),
        ("93.184.215.14", None),
        ("2606:4700::1111", None),
    ],
)
def test_addresses_that_are_not_public_are_refused(address, reason):
    assert address_refusal(address, []) == reason


def test_allowed_networks_let_their_addresses_through():
    allowed = allowed_networks(Settings({"ALLOWED_NETWORKS": "127.0.0.1/32, 10.0.0.0/8"}))
    assert address_refusal("127.0.0.1", allowed) is None
    assert address_refusal("10.9.8.7", allowed) is None
    assert address_refusal("127.0.0.2", allowed) == "loopback"
    with pytest.raises(ConfigError, match=re.escape("'10.0.0.0/33'")):
        allowed_networks(Settings({"ALLOWED_NETWORKS": "10.0.0.0/33"}))


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://news.example/a", None),
        ("http://www.news.example/a", None),
        ("https://news.example:8443/a", None),
        ("https://news.example:22/a", "port"),
        ("https://evil.example/a", "offsite"),
        ("https://news.example.evil.example/a", "offsite"),
        ("gopher://news.example/a", "scheme"),
        ("file:///etc/passwd", "mirror"),
        ("http://[::1", "malformed"),
    ],
)
def test_an_outlet_covers_its_hosts_and_ports(url, reason):
    outlet = Outlet("News", ["https://news.example/feed.xml"], {"news.example"}, ports={8443})
    assert outlet.refusal(url) == reason


def test_a_domain_with_a_port_allows_that_port(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(
        '[[sources]]\nname = "N"\nfeeds = ["https://news.example/feed"]\n'
        'domains = ["news.example", "cdn.example:8080"]\n'
    )
    outlet = load_sources(path).outlets[0]
    assert outlet.covers("http://cdn.example:8080/a") and not outlet.covers(
        "http://cdn.example:81/"
    )
    path.write_text(path.read_text().replace("cdn.example:8080", "cdn.example/x"))
    with pytest.raises(ConfigError, match=re.escape("cdn.example/x")):
        load_sources(path)
