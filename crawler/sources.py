"""The sources file: which outlets to crawl and which stories to watch.

A TOML file::

    [[sources]]
    name = "Tagesblick"
    feeds = ["https://tagesblick.example/feed.xml"]
    sitemaps = ["https://tagesblick.example/news-sitemap.xml"]
    pages = ["https://tagesblick.example/ausland/"]
    domains = ["tagesblick.example"]      # optional: defaults to the hosts above
                                          # ("host:port" allows a port beyond 80, 443 and
                                          # the start URLs' own)
    disclaimers = ["Dieser Text wurde maschinell übersetzt"]  # optional: its own disclaimers

    [[watches]]
    name = "ukraine-troops"
    examples = ["seeds/000_4ff62c2f2672f3f6.txt"]
    keywords = ["Koalition der Willigen", "Truppen"]
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from crawler.errors import ConfigError
from pipelines.text.phrases import check_pattern

START_SCHEMES = ("http", "https", "file")
WEB_PORTS = {"http": 80, "https": 443}


def url_port(url: str) -> int | None:
    """The port ``url`` connects to (its scheme's default if none is written); None if the
    URL names no valid port."""
    parts = urlsplit(url)
    try:
        return parts.port or WEB_PORTS.get(parts.scheme)
    except ValueError:  # a port out of range or not a number
        return None


def local_path(url: str) -> str | None:
    """The real file a ``file://`` URL opens: percent-decoded, normalised, links resolved;
    None for a path no file can have (a NUL byte)."""
    try:
        return os.path.realpath(unquote(urlsplit(url).path))
    except ValueError:
        return None


@dataclass
class Outlet:
    """One source: its start URLs and the hosts and ports its articles live on.

    Web pages are allowed on ``domains`` (and their subdomains) at ``ports``: the standard
    web ports, the start URLs' ports and those listed as ``host:port``. Files are allowed
    only to a local mirror (a ``file://`` start URL), inside its folder.
    """

    name: str | None
    start_urls: list[str]
    domains: set[str] = field(default_factory=set)
    disclaimers: list[str] = field(default_factory=list)
    ports: set[int] = field(default_factory=set)

    def __post_init__(self):
        if not self.domains:
            self.domains = {urlsplit(u).hostname for u in self.start_urls} - {None}
        self.ports = {*self.ports, *WEB_PORTS.values()}
        self.ports |= {url_port(u) for u in self.start_urls if not u.startswith("file:")}
        self.ports.discard(None)
        paths = [local_path(u) for u in self.start_urls if u.startswith("file:")]
        self.mirrors = [os.path.dirname(path) for path in paths if path]

    def covers(self, url: str) -> bool:
        """Whether ``url`` belongs to this outlet (its hosts and ports, or its mirror folder)."""
        return self.refusal(url) is None

    def refusal(self, url: str) -> str | None:
        """Why ``url`` is outside this outlet ("malformed", "scheme", "mirror", "offsite",
        "port"), or None."""
        try:
            parts = urlsplit(url)
        except ValueError:  # e.g. an unclosed IPv6 bracket
            return "malformed"
        if parts.scheme == "file":
            path = local_path(url)
            inside = path is not None and any(
                os.path.commonpath([path, m]) == m for m in self.mirrors
            )
            return None if inside else "mirror"
        if parts.scheme not in WEB_PORTS:
            return "scheme"
        host = (parts.hostname or "").lower()
        if not any(host == d or host.endswith("." + d) for d in self.domains):
            return "offsite"
        return None if url_port(url) in self.ports else "port"


@dataclass
class Watch:
    """A story or topic to monitor, described by example articles and/or keywords."""

    name: str
    examples: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


@dataclass
class SourcesFile:
    outlets: list[Outlet]
    watches: list[Watch]


def check_start_url(url: str, origin: str, base: Path | None = None) -> str:
    """``url`` if it can start a crawl; ConfigError naming it and ``origin`` otherwise.

    A plain path (no scheme) is a local mirror: it becomes a file:// URL, relative
    to ``base`` (the sources file's folder, or the current folder).
    """
    url = url.strip()
    if url and "://" not in url:
        path = (base or Path.cwd()) / url
        if not path.exists():
            raise ConfigError(f"{origin}: {url!r} is neither a URL nor an existing file")
        return path.resolve().as_uri()
    parts = urlsplit(url)
    if parts.scheme not in START_SCHEMES or not (parts.netloc or parts.scheme == "file"):
        raise ConfigError(f"{origin}: {url!r} is not an http, https or file URL")
    return url


def outlets_from_urls(urls: str) -> list[Outlet]:
    """Outlets for ``-a urls=URL[,URL…]``: one per URL, its host as its domain."""
    listed = [u for u in urls.split(",") if u.strip()]
    if not listed:
        raise ConfigError("urls: no URL given")
    return [Outlet(None, [check_start_url(u, "urls")]) for u in listed]


def load_sources(path: str | Path, need_outlets: bool = True) -> SourcesFile:
    """Read and check a sources file; ConfigError naming the file and the fault.

    ``need_outlets=False`` accepts a file with only ``[[watches]]`` (for replays).
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ConfigError(f"sources file {str(path)!r} does not exist") from error
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"sources file {str(path)!r} is unreadable: {error}") from error
    outlets = [
        _outlet(entry, path.parent, f"{path} [[sources]] #{n}")
        for n, entry in enumerate(_tables(data, "sources", path), 1)
    ]
    if not outlets and need_outlets:
        raise ConfigError(f"sources file {str(path)!r} lists no [[sources]]")
    watches = [
        _watch(entry, path.parent, f"{path} [[watches]] #{n}")
        for n, entry in enumerate(_tables(data, "watches", path), 1)
    ]
    return SourcesFile(outlets, watches)


def _tables(data: dict, key: str, path: Path) -> list[dict]:
    """The ``[[key]]`` tables of a sources file; ConfigError if ``key`` is something else."""
    tables = data.get(key, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise ConfigError(f"sources file {str(path)!r}: {key} must be [[{key}]] tables")
    return tables


def _outlet(entry: dict, base: Path, origin: str) -> Outlet:
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{origin}: needs a name")
    urls = [
        check_start_url(u, f"{origin} ({name})", base)
        for key in ("feeds", "sitemaps", "pages")
        for u in _strings(entry, key, origin)
    ]
    if not urls:
        raise ConfigError(f"{origin} ({name}): lists no feeds, sitemaps or pages")
    domains, ports = _hosts_and_ports(_strings(entry, "domains", origin), f"{origin} ({name})")
    disclaimers = _strings(entry, "disclaimers", origin)
    for pattern in disclaimers:
        if problem := check_pattern(pattern):
            raise ConfigError(f"{origin} ({name}): disclaimers: {pattern!r} is {problem}")
    return Outlet(name, urls, domains, disclaimers, ports)


def _hosts_and_ports(entries: list[str], origin: str) -> tuple[set[str], set[int]]:
    """The hosts of ``domains`` entries, and the ports of those written ``host:port``."""
    hosts, ports = set(), set()
    for entry in entries:
        parts = urlsplit("//" + entry.strip().lower())
        try:
            port = parts.port
        except ValueError:
            port = None
            parts = None
        if parts is None or not parts.hostname or parts.path or parts.query:
            raise ConfigError(f"{origin}: domains: {entry!r} is not a host or host:port")
        hosts.add(parts.hostname)
        if port is not None:
            ports.add(port)
    return hosts, ports


def _watch(entry: dict, base: Path, origin: str) -> Watch:
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{origin}: needs a name")
    examples = [e if "://" in e else str(base / e) for e in _strings(entry, "examples", origin)]
    for example in examples:
        if "://" not in example and not Path(example).is_file():
            raise ConfigError(f"{origin} ({name}): example {example!r} is not a file")
    keywords = _strings(entry, "keywords", origin)
    if not examples and not keywords:
        raise ConfigError(f"{origin} ({name}): needs examples or keywords")
    return Watch(name, examples, keywords)


def _strings(entry: dict, key: str, origin: str) -> list[str]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{origin}: {key} must be a list of strings")
    return value
