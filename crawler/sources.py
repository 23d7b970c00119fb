"""The sources file: which outlets to crawl and which stories to watch.

A TOML file::

    [[sources]]
    name = "Tagesblick"
    feeds = ["https://tagesblick.example/feed.xml"]
    sitemaps = ["https://tagesblick.example/news-sitemap.xml"]
    pages = ["https://tagesblick.example/ausland/"]
    domains = ["tagesblick.example"]      # optional: defaults to the hosts above
    disclaimers = ["Dieser Text wurde maschinell übersetzt"]  # optional: its own disclaimers
    render = "playwright"   # optional: "playwright", "splash" or "none"; default: RENDER setting

    [[watches]]
    name = "ukraine-troops"
    examples = ["seeds/000_4ff62c2f2672f3f6.txt"]
    keywords = ["Koalition der Willigen", "Truppen"]

    [alerts]                              # optional: digests after each run (crawler.alerts)
    notify = ["mailto://${SMTP_USER}:${SMTP_PASSWORD}@mail.example?to=desk@example.org"]
    failing_runs = 3                      # runs without articles before a source is broken
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from crawler.errors import ConfigError
from pipelines.text.phrases import check_pattern

START_SCHEMES = ("http", "https", "file")
# How a source's article pages are fetched: rendered by Chromium (scrapy-playwright) or by
# Splash (scrapy-splash), or "none": plain HTTP. See crawler/rendering.py.
RENDER_CHOICES = ("playwright", "splash", "none")


@dataclass
class Outlet:
    """One source: its start URLs and the domains its articles live on."""

    name: str | None
    start_urls: list[str]
    domains: set[str] = field(default_factory=set)
    disclaimers: list[str] = field(default_factory=list)
    # None: the RENDER setting decides (crawler/rendering.py)
    render: str | None = None

    def __post_init__(self):
        if not self.domains:
            self.domains = {urlsplit(u).hostname for u in self.start_urls} - {None}

    def covers(self, url: str) -> bool:
        """Whether ``url`` belongs to this outlet (its domains, or for files its folder)."""
        parts = urlsplit(url)
        if parts.scheme == "file":
            folders = [
                PurePosixPath(urlsplit(u).path).parent
                for u in self.start_urls
                if u.startswith("file:")
            ]
            return any(PurePosixPath(parts.path).is_relative_to(f) for f in folders)
        host = (parts.hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)


@dataclass
class Watch:
    """A story or topic to monitor, described by example articles and/or keywords."""

    name: str
    examples: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


@dataclass
class Alerts:
    """Where each run's digest goes (apprise URLs, ``${NAME}`` read from the environment)
    and after how many failing runs a source counts as broken (None: ALERT_FAILING_RUNS)."""

    notify: list[str] = field(default_factory=list)
    failing_runs: int | None = None

    def urls(self) -> list[str]:
        """The notify URLs with their ``${NAME}`` secrets filled in from the environment."""
        return [ENV_REFERENCE.sub(lambda m: os.environ[m.group(1)], url) for url in self.notify]


ENV_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass
class SourcesFile:
    outlets: list[Outlet]
    watches: list[Watch]
    alerts: Alerts = field(default_factory=Alerts)


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
        for n, entry in enumerate(data.get("sources", []), 1)
    ]
    if not outlets and need_outlets:
        raise ConfigError(f"sources file {str(path)!r} lists no [[sources]]")
    watches = [
        _watch(entry, path.parent, f"{path} [[watches]] #{n}")
        for n, entry in enumerate(data.get("watches", []), 1)
    ]
    return SourcesFile(outlets, watches, _alerts(data.get("alerts", {}), f"{path} [alerts]"))


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
    domains = {d.lower() for d in _strings(entry, "domains", origin)}
    disclaimers = _strings(entry, "disclaimers", origin)
    for pattern in disclaimers:
        if problem := check_pattern(pattern):
            raise ConfigError(f"{origin} ({name}): disclaimers: {pattern!r} is {problem}")
    render = entry.get("render")
    if render is not None and render not in RENDER_CHOICES:
        raise ConfigError(
            f"{origin} ({name}): render {render!r} is not one of {', '.join(RENDER_CHOICES)}"
        )
    return Outlet(name, urls, domains, disclaimers, render)


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


def _alerts(entry: dict, origin: str) -> Alerts:
    if not isinstance(entry, dict):
        raise ConfigError(f"{origin}: must be a table")
    notify = _strings(entry, "notify", origin)
    for url in notify:
        # Named by its position only: the URL may hold a secret.
        position = notify.index(url) + 1
        if "://" not in url:
            raise ConfigError(f"{origin}: notify #{position} is not an apprise URL")
        for name in ENV_REFERENCE.findall(url):
            if name not in os.environ:
                raise ConfigError(f"{origin}: notify #{position} needs ${{{name}}}, not set")
    failing_runs = entry.get("failing_runs")
    if failing_runs is not None and (
        not isinstance(failing_runs, int) or isinstance(failing_runs, bool) or failing_runs < 1
    ):
        raise ConfigError(f"{origin}: failing_runs must be a whole number from 1")
    return Alerts(notify, failing_runs)


def _strings(entry: dict, key: str, origin: str) -> list[str]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{origin}: {key} must be a list of strings")
    return value
