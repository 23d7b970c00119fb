"""The ``replay`` spider: stored pages and texts through the pipelines, offline."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from scrapy.http import HtmlResponse

from crawler.discovery import looks_like_article
from crawler.errors import ConfigError
from crawler.items import ArticleItem
from crawler.runs import describe_arguments
from crawler.sources import Watch, load_sources
from crawler.spiders.base import NewsmonSpider
from pipelines.similarity.watches import check_example_files

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


def watches_in(sources: str | None) -> list[Watch]:
    """The ``[[watches]]`` of ``-a sources=FILE`` (its outlets are not crawled by a replay)."""
    return load_sources(sources, need_outlets=False).watches if sources else []


def says_it_is_no_article(url: str, body: bytes) -> bool:
    """Whether an HTML page declares a type (og:type) and is not an article (home, section,
    imprint pages of a mirrored site). Pages that declare nothing are replayed."""
    response = HtmlResponse(url=url, body=body)
    try:
        declared = response.xpath('//meta[@property="og:type"]/@content').get()
    except ValueError:  # not parseable as HTML: extraction will say why
        return False
    return declared is not None and not looks_like_article(response)


class ReplaySpider(NewsmonSpider):
    """Replays fixtures (.html, .htm, .txt) from ``-a path=DIR``.

    A .txt fixture is article text; a leading `` date YYYY-MM-DD `` marker in it
    is its publication date. ``-a sources=FILE`` scores the articles against the
    file's ``[[watches]]``.
    """

    name = "replay"
    custom_settings = {"ROBOTSTXT_OBEY": False, "AUTOTHROTTLE_ENABLED": False}

    def __init__(self, path: str | None = None, sources: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.files = fixture_files(path)
        self.watches = watches_in(sources)
        # The sources file's [alerts]: a replay's new articles are announced like a crawl's.
        self.alerts = load_sources(sources, need_outlets=False).alerts if sources else None
        self.run_sources = describe_arguments(path=path, sources=sources)

    @classmethod
    def check_arguments(cls, path: str | None = None, sources: str | None = None, **_) -> None:
        """Fail before the crawl starts if the arguments are unusable."""
        fixture_files(path)
        check_example_files(watches_in(sources))

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
        url, kind = file.resolve().as_uri(), FIXTURE_SUFFIXES[file.suffix.lower()]
        if kind == "html" and says_it_is_no_article(url, body):
            self.crawler.stats.inc_value("newsmon/skipped/not_article")
            self.logger.info("Skipped %s: the page says it is no article", file)
            return None
        self.crawler.stats.inc_value("newsmon/fixtures")
        return ArticleItem(
            url=url,
            body=body,
            content_type=kind,
            fetched_at=datetime.now(UTC),
        )
