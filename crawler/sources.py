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
    render = "playwright"   # optional: "playwright", "splash" or "none"; default: RENDER setting

    [[watches]]
    name = "ukraine-troops"
    examples = ["seeds/000_4ff62c2f2672f3f6.txt"]
    keywords = ["Koalition der Willigen", "Truppen"]

    [alerts]                              # optional: digests after each run (crawler.alerts)
    notify = ["mailto://${SMTP_USER}:${SMTP_PASSWORD}@mail.example?to=desk@example.org"]
    failing_runs = 3                      # runs without articles before a source is broken

The file is checked against a schema (:data:`TOP_KEYS`, :data:`SOURCE_KEYS`,
:data:`WATCH_KEYS`): an unknown key, a value of the wrong type or a bad value is a
:class:`Problem` naming the file, the line and the key. :func:`check_sources` returns
every problem at once (``scrapy sources check FILE``); :func:`load_sources` refuses a
file with any.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from crawler.errors import ConfigError
from pipelines.text.phrases import check_pattern

START_SCHEMES = ("http", "https", "file")
# The schema: every key a table may have. Values are lists of strings (a single string is
# taken as a list of one) except ``name``, a non-empty string.
TOP_KEYS = ("sources", "watches", "alerts")
URL_KEYS = ("feeds", "sitemaps", "pages")
SOURCE_KEYS = ("name", *URL_KEYS, "domains", "disclaimers", "render")
WATCH_KEYS = ("name", "examples", "keywords")
ALERT_KEYS = ("notify", "failing_runs")
# Tables that appear once ([alerts]), not as an array of tables ([[sources]]).
SINGLE_TABLES = ("alerts",)
# How a source's article pages are fetched: rendered by Chromium (scrapy-playwright) or by
# Splash (scrapy-splash), or "none": plain HTTP. See crawler/rendering.py.
RENDER_CHOICES = ("playwright", "splash", "none")
ENV_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
LABEL = r"[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?"
HOSTNAME = re.compile(rf"^(?=.{{1,253}}$){LABEL}(\.{LABEL})*$")

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
    # None: the RENDER setting decides (crawler/rendering.py)
    render: str | None = None

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
class Alerts:
    """Where each run's digest goes (apprise URLs, ``${NAME}`` read from the environment)
    and after how many failing runs a source counts as broken (None: ALERT_FAILING_RUNS)."""

    notify: list[str] = field(default_factory=list)
    failing_runs: int | None = None

    def urls(self) -> list[str]:
        """The notify URLs with their ``${NAME}`` secrets filled in from the environment."""
        return [ENV_REFERENCE.sub(lambda m: os.environ[m.group(1)], url) for url in self.notify]


@dataclass
class SourcesFile:
    outlets: list[Outlet]
    watches: list[Watch]
    alerts: Alerts = field(default_factory=Alerts)


@dataclass(frozen=True)
class Problem:
    """One fault of a sources file: where it is and what is wrong."""

    file: str
    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.key}: {self.message}"


class KeyLocator:
    """Finds the line of a key in a TOML text (tomllib gives values, not positions).

    Tables are found by their ``[[name]]`` headers, counted; a key by its ``key =``
    line inside its table, else the table's header line.
    """

    HEADER = re.compile(r"^\s*\[\[?\s*([^\]\s]+)\s*\]\]?")

    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.headers: list[tuple[str, int]] = [
            (match.group(1).strip('"'), number)
            for number, line in enumerate(self.lines, 1)
            if (match := self.HEADER.match(line))
        ]

    def table(self, name: str, index: int) -> tuple[int, int]:
        """The line span (first, last) of the ``index``-th (from 1) ``[[name]]`` table; for
        ``name`` None, the top of the file before the first header."""
        starts = [n for table, n in self.headers if table == name]
        if index > len(starts):
            return 1, len(self.lines)
        first = starts[index - 1]
        later = [n for _, n in self.headers if n > first]
        return first, (later[0] - 1 if later else len(self.lines))

    def line(self, key: str, table: str | None = None, index: int = 1) -> int | None:
        """The line that sets ``key`` (in the ``index``-th ``[[table]]``), or the header."""
        if table is None:
            for name, number in self.headers:
                if name.split(".")[0] == key:
                    return number
            first, last = 1, (self.headers[0][1] - 1 if self.headers else len(self.lines))
        else:
            first, last = self.table(table, index)
        setter = re.compile(rf"""^\s*["']?{re.escape(key)}["']?\s*=""")
        for number in range(first, last + 1):
            if setter.match(self.lines[number - 1]):
                return number
        return first if table is not None else None


class Checker:
    """Collects the problems of one sources file."""

    def __init__(self, path: Path, text: str = ""):
        self.path = path
        self.locator = KeyLocator(text)
        self.problems: list[Problem] = []

    def report(
        self, key: str, message: str, table: str | None = None, index: int = 1, name=None
    ) -> None:
        """A problem with ``key`` (of the ``index``-th ``[[table]]``, called ``name``)."""
        line = self.locator.line(key, table, index)
        label = key
        if table in SINGLE_TABLES:
            label = f"[{table}]: {key}"
        elif table:
            label = f"[[{table}]] #{index}{f' ({name})' if name else ''}: {key}"
        self.problems.append(Problem(str(self.path), line, label, message))

    def unknown_keys(self, data: dict, known: tuple[str, ...], table: str | None, index: int):
        for key in data:
            if key not in known:
                close = difflib.get_close_matches(key, known, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                self.report(
                    key, f"unknown key (known: {', '.join(known)}){hint}", table, index
                )

    def tables(self, data: dict, key: str) -> list[dict]:
        """The ``[[key]]`` tables of the file (an array of tables), else a problem."""
        value = data.get(key, [])
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            return value
        self.report(key, f"must be [[{key}]] tables, found {type_name(value)}")
        return []

    def name(self, entry: dict, table: str, index: int) -> str | None:
        name = entry.get("name")
        if isinstance(name, str) and name.strip():
            return name
        if name is None:
            self.report("name", "missing: every entry needs a name", table, index)
        else:
            self.report("name", f"must be a non-empty string, found {name!r}", table, index)
        return None

    def strings(self, entry: dict, key: str, table: str, index: int) -> list[str]:
        """``entry[key]`` as a list of strings (a string is a list of one)."""
        value = entry.get(key, [])
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return value
        self.report(key, f"must be a list of strings, found {type_name(value)}", table, index)
        return []


def type_name(value) -> str:
    """How a TOML value is called in messages."""
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list with " + ", ".join(sorted({type_name(v) for v in value}))
    return f"{type(value).__name__} {value!r}"


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


def read_sources(path: str | Path, need_outlets: bool = True) -> tuple[SourcesFile, list[Problem]]:
    """The sources file at ``path`` and every problem found in it (none: the file is usable).

    ``need_outlets=False`` accepts a file with only ``[[watches]]`` (for replays).
    """
    path = Path(path)
    checker = Checker(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError:
        checker.problems.append(Problem(str(path), None, "file", "does not exist"))
        return SourcesFile([], []), checker.problems
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        checker.problems.append(Problem(str(path), None, "file", f"unreadable: {error}"))
        return SourcesFile([], []), checker.problems
    checker.locator = KeyLocator(text)
    checker.unknown_keys(data, TOP_KEYS, None, 1)
    outlets = [
        outlet
        for index, entry in enumerate(checker.tables(data, "sources"), 1)
        if (outlet := _outlet(checker, entry, index, path.parent))
    ]
    if need_outlets and "sources" in data and not checker.tables(data, "sources"):
        checker.report("sources", "lists no [[sources]]")
    elif need_outlets and "sources" not in data:
        checker.problems.append(Problem(str(path), None, "sources", "lists no [[sources]]"))
    watches = [
        watch
        for index, entry in enumerate(checker.tables(data, "watches"), 1)
        if (watch := _watch(checker, entry, index, path.parent))
    ]
    _unique_names(checker, [w.name for w in watches], "watches")
    alerts = _alerts(checker, data.get("alerts", {}))
    return SourcesFile(outlets, watches, alerts), checker.problems


def check_sources(path: str | Path, need_outlets: bool = True) -> list[Problem]:
    """Every problem of the sources file at ``path`` (an empty list: it is usable)."""
    return read_sources(path, need_outlets)[1]


def load_sources(path: str | Path, need_outlets: bool = True) -> SourcesFile:
    """Read and check a sources file; ConfigError naming the file, line and key at fault."""
    sources, problems = read_sources(path, need_outlets)
    if problems:
        more = len(problems) - 1
        also = f" (and {more} more: scrapy sources check {path})" if more else ""
        raise ConfigError(f"sources file {problems[0]}{also}")
    return sources


def _outlet(checker: Checker, entry: dict, index: int, base: Path) -> Outlet | None:
    table = "sources"
    checker.unknown_keys(entry, SOURCE_KEYS, table, index)
    name = checker.name(entry, table, index)
    urls = []
    for key in URL_KEYS:
        for url in checker.strings(entry, key, table, index):
            try:
                urls.append(check_start_url(url, key, base))
            except ConfigError as error:
                checker.report(key, str(error).removeprefix(f"{key}: "), table, index)
    if not any(entry.get(key) for key in URL_KEYS):
        checker.report("feeds", "lists no feeds, sitemaps or pages", table, index)
    domains, ports = set(), set()
    for written in checker.strings(entry, "domains", table, index):
        host, port = host_and_port(written)
        if host is None:
            checker.report("domains", f"{written!r} is not a host or host:port", table, index)
            continue
        domains.add(host)
        if port is not None:
            ports.add(port)
    disclaimers = checker.strings(entry, "disclaimers", table, index)
    for pattern in disclaimers:
        if problem := check_pattern(pattern):
            checker.report("disclaimers", f"{pattern!r} is {problem}", table, index, name)
    render = entry.get("render")
    if render is not None and render not in RENDER_CHOICES:
        choices = ", ".join(RENDER_CHOICES)
        checker.report("render", f"{render!r} is not one of {choices}", table, index, name)
    if name is None or not urls:
        return None
    return Outlet(name, urls, domains, disclaimers, ports=ports, render=render)


def host_and_port(written: str) -> tuple[str | None, int | None]:
    """The host and port of a ``domains`` entry (``host`` or ``host:port``); (None, None) if it
    names no host."""
    parts = urlsplit("//" + written.strip().lower())
    try:
        port = parts.port
    except ValueError:  # a port out of range or not a number
        return None, None
    if not parts.hostname or parts.path or parts.query or not HOSTNAME.match(parts.hostname):
        return None, None
    return parts.hostname, port


def _watch(checker: Checker, entry: dict, index: int, base: Path) -> Watch | None:
    table = "watches"
    checker.unknown_keys(entry, WATCH_KEYS, table, index)
    name = checker.name(entry, table, index)
    examples = []
    for example in checker.strings(entry, "examples", table, index):
        if example.startswith("file://"):
            example = unquote(urlsplit(example).path)
        if "://" in example:
            if urlsplit(example).scheme not in ("http", "https", "file"):
                checker.report("examples", f"{example!r} is not an http(s) URL", table, index)
            examples.append(example)
        elif not (base / example).is_file():
            checker.report("examples", f"{str(base / example)!r} is not a file", table, index)
        else:
            examples.append(str(base / example))
    keywords = checker.strings(entry, "keywords", table, index)
    if not entry.get("examples") and not keywords:
        checker.report("keywords", "needs examples or keywords", table, index, name)
    if name is None:
        return None
    return Watch(name, examples, keywords)


def _unique_names(checker: Checker, names: list[str], table: str) -> None:
    for index, name in enumerate(names, 1):
        if name in names[: index - 1]:
            checker.report("name", f"{name!r} is used twice", table, index)


def _alerts(checker: Checker, entry) -> Alerts:
    table = "alerts"
    if not isinstance(entry, dict):
        checker.report(table, f"must be a table, found {type_name(entry)}")
        return Alerts()
    checker.unknown_keys(entry, ALERT_KEYS, table, 1)
    notify = checker.strings(entry, "notify", table, 1)
    for position, url in enumerate(notify, 1):
        # Named by its position only: the URL may hold a secret.
        if "://" not in url:
            checker.report("notify", f"#{position} is not an apprise URL", table)
        for name in ENV_REFERENCE.findall(url):
            if name not in os.environ:
                checker.report("notify", f"#{position} needs ${{{name}}}, not set", table)
    failing_runs = entry.get("failing_runs")
    if failing_runs is not None and (
        not isinstance(failing_runs, int) or isinstance(failing_runs, bool) or failing_runs < 1
    ):
        checker.report("failing_runs", "must be a whole number from 1", table)
        failing_runs = None
    return Alerts(notify, failing_runs)
