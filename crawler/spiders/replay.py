"""The ``replay`` spider: stored pages and texts through the pipelines, offline."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import scrapy

from crawler.errors import ConfigError
from crawler.items import ArticleItem

FIXTURE_SUFFIXES = {".html": "html", ".htm": "html", ".txt": "text"}
# Text files a web site serves that are not articles.
NOT_ARTICLES = {"robots.txt", "ads.txt", "app-ads.txt", "humans.txt", "security.txt", "llms.txt"}


def fixture_files(path: str | None) -> list[Path]:
    """The replayable files at ``path`` (a file, or a folder searched recursively), sorted."""
    if not path:
        raise ConfigError("replay spider needs -a path=DIR")
    root = Path(path)
    if not root.exists():
        raise ConfigError(f"replay path {path!r} does not exist")
    candidates = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    return [
        p
        for p in candidates
        if p.suffix.lower() in FIXTURE_SUFFIXES and p.name.lower() not in NOT_ARTICLES
    ]


class ReplaySpider(scrapy.Spider):
    """Replays fixtures (.html, .htm, .txt) from ``-a path=DIR``.

    A .txt fixture is article text; a leading `` date YYYY-MM-DD `` marker in it
    is its publication date.
    """

    name = "replay"
    custom_settings = {"ROBOTSTXT_OBEY": False, "AUTOTHROTTLE_ENABLED": False}

    def __init__(self, path: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.files = fixture_files(path)

    @classmethod
    def check_arguments(cls, path: str | None = None, **_) -> None:
        """Fail before the crawl starts if the arguments are unusable."""
        fixture_files(path)

    async def start(self):
        max_size = self.settings.getint("DOWNLOAD_MAXSIZE")
        for file in self.files:
            item = self.read_fixture(file, max_size)
            if item is not None:
                yield item

    def read_fixture(self, file: Path, max_size: int) -> ArticleItem | None:
        try:
            if max_size and file.stat().st_size > max_size:
                raise OSError(f"larger than DOWNLOAD_MAXSIZE ({max_size} bytes)")
            body = file.read_bytes()
        except OSError as error:
            self.crawler.stats.inc_value("newsmon/unreadable_fixture")
            self.logger.error("Unreadable fixture %s: %s", file, error)
            return None
        self.crawler.stats.inc_value("newsmon/fixtures")
        return ArticleItem(
            url=file.resolve().as_uri(),
            body=body,
            content_type=FIXTURE_SUFFIXES[file.suffix.lower()],
            fetched_at=datetime.now(UTC),
        )
