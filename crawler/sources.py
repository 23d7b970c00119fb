"""The sources file: which outlets to crawl and which stories to watch.

A TOML file::

    [[sources]]
    name = "Tagesblick"
    feeds = ["https://tagesblick.example/feed.xml"]
    sitemaps = ["https://tagesblick.example/news-sitemap.xml"]
    pages = ["https://tagesblick.example/ausland/"]
    domains = ["tagesblick.example"]      # optional: defaults to the hosts above
    disclaimers = ["Dieser Text wurde maschinell übersetzt"]  # optional: its own disclaimers

    [[watches]]
    name = "ukraine-troops"
    examples = ["seeds/000_4ff62c2f2672f3f6.txt"]
    keywords = ["Koalition der Willigen", "Truppen"]

The file is checked against a schema (:data:`TOP_KEYS`, :data:`SOURCE_KEYS`,
:data:`WATCH_KEYS`): an unknown key, a value of the wrong type or a bad value is a
:class:`Problem` naming the file, the line and the key. :func:`check_sources` returns
every problem at once (``scrapy sources check FILE``); :func:`load_sources` refuses a
file with any.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from crawler.errors import ConfigError
from pipelines.text.phrases import check_pattern

START_SCHEMES = ("http", "https", "file")
# The schema: every key a table may have. Values are lists of strings (a single string is
# taken as a list of one) except ``name``, a non-empty string.
TOP_KEYS = ("sources", "watches")
URL_KEYS = ("feeds", "sitemaps", "pages")
SOURCE_KEYS = ("name", *URL_KEYS, "domains", "disclaimers")
WATCH_KEYS = ("name", "examples", "keywords")
LABEL = r"[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?"
HOSTNAME = re.compile(rf"^(?=.{{1,253}}$){LABEL}(\.{LABEL})*$")


@dataclass
class Outlet:
    """One source: its start URLs and the domains its articles live on."""

    name: str | None
    start_urls: list[str]
    domains: set[str] = field(default_factory=set)
    disclaimers: list[str] = field(default_factory=list)

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
class SourcesFile:
    outlets: list[Outlet]
    watches: list[Watch]


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
        if table:
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
    return SourcesFile(outlets, watches), checker.problems


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
    domains = [d.strip().lower() for d in checker.strings(entry, "domains", table, index)]
    for domain in domains:
        if not HOSTNAME.match(domain):
            checker.report("domains", f"{domain!r} is not a host name", table, index)
    disclaimers = checker.strings(entry, "disclaimers", table, index)
    for pattern in disclaimers:
        if problem := check_pattern(pattern):
            checker.report("disclaimers", f"{pattern!r} is {problem}", table, index, name)
    if name is None or not urls:
        return None
    return Outlet(name, urls, set(domains), disclaimers)


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
