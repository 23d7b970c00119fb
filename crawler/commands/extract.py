"""``scrapy extract PATH_OR_URL [--json]``: what newsmon makes of one page.

The tool for a source that looks wrong: the page (a file, a file:// URL or an http(s) URL,
fetched with the project's settings, robots.txt included) goes through the same extraction
as in a crawl, and its clean text and metadata are printed, or the reason there is none.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import scrapy
from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.http import TextResponse

from pipelines.text.extraction import ExtractedArticle, extract_article
from pipelines.text.phrases import check_pattern

LABELS = [
    ("title", "Title"),
    ("author", "Author"),
    ("site_name", "Site"),
    ("published", "Published"),
    ("updated", "Updated"),
    ("date_source", "Date from"),
    ("canonical_url", "Canonical"),
    ("image", "Image"),
    ("tags", "Tags"),
    ("language_hint", "Language"),
    ("description", "Description"),
]


class PageSpider(scrapy.Spider):
    """Fetches one URL for the command; its page (or the error) goes into ``found``."""

    name = "newsmon-extract"
    custom_settings = {"ITEM_PIPELINES": {}, "HTTPCACHE_ENABLED": False}

    def __init__(self, url: str, found: dict, **kwargs):
        super().__init__(**kwargs)
        self.url, self.found = url, found

    async def start(self):
        yield scrapy.Request(
            self.url,
            callback=self.keep,
            errback=self.failed,
            dont_filter=True,
            meta={"handle_httpstatus_all": True},
        )

    def keep(self, response):
        if response.status >= 400:
            self.found["error"] = f"HTTP status {response.status}"
            return
        encoding = response.encoding if isinstance(response, TextResponse) else None
        self.found["page"] = (response.url, response.body, encoding)

    def failed(self, failure):
        self.found["error"] = str(failure.value) or failure.type.__name__


def local_path(target: str) -> Path | None:
    """The file ``target`` names (a path or a file:// URL), or None for an http(s) URL."""
    parts = urlsplit(target)
    if parts.scheme in ("http", "https"):
        return None
    if parts.scheme == "file":
        return Path(unquote(parts.path))
    if "://" in target:
        raise UsageError(f"{target!r} is not a file path, file:// or http(s) URL")
    return Path(target)


def as_record(result: ExtractedArticle, url: str) -> dict:
    """The JSON form of an extraction result."""
    record = {"url": url, **asdict(result)}
    for key, value in record.items():
        if isinstance(value, datetime):
            record[key] = value.isoformat()
    return record


def as_report(result: ExtractedArticle, url: str) -> str:
    """The human form: metadata lines, a blank line, the text."""
    lines = [f"{'URL':<12} {url}"]
    for key, label in LABELS:
        value = getattr(result, key)
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, list):
            value = ", ".join(value)
        if value:
            lines.append(f"{label:<12} {value}")
    return "\n".join(lines) + "\n\n" + result.text + "\n"


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "PATH_OR_URL [--json] [--encoding CHARSET] [--disclaimer PATTERN ...]"

    def short_desc(self) -> str:
        return "Print the clean text and metadata newsmon extracts from one page"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--encoding", help="charset of a local file, if it does not say")
        parser.add_argument(
            "--disclaimer",
            action="append",
            default=[],
            metavar="PATTERN",
            help="an extra disclaimer pattern, as a source's `disclaimers` (repeatable)",
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give one file path or URL")
        for pattern in opts.disclaimer:
            if problem := check_pattern(pattern):
                raise UsageError(f"--disclaimer {pattern!r} is {problem}")
        url, body, encoding = self.read(args[0], opts.encoding)
        result = extract_article(body, url, encoding, disclaimers=opts.disclaimer)
        if opts.json:
            sys.stdout.write(json.dumps(as_record(result, url), ensure_ascii=False) + "\n")
        elif not result.reason:
            sys.stdout.write(as_report(result, url))
        if result.reason:
            print(f"newsmon: no article text in {url}: {result.reason}", file=sys.stderr)
            self.exitcode = 1

    def read(self, target: str, encoding: str | None) -> tuple[str, bytes, str | None]:
        """(URL, body, declared charset) of the page ``target`` names; exit 2 if unreadable."""
        path = local_path(target)
        if path is not None:
            try:
                return path.resolve().as_uri(), path.read_bytes(), encoding
            except OSError as error:
                self.fail(f"cannot read {str(path)!r}: {error.strerror or error}")
        found: dict = {}
        self.crawler_process.crawl(PageSpider, url=target, found=found)
        self.crawler_process.start()
        if "page" not in found:
            self.fail(f"cannot fetch {target}: {found.get('error', 'no response')}")
        return found["page"]

    @staticmethod
    def fail(message: str):
        print(f"newsmon: error: {message}", file=sys.stderr)
        raise SystemExit(2)
