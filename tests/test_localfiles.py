"""Local files are not a remote server: file:// sources are read without politeness delays."""

import json
from datetime import datetime

from tests.conftest import SEEDS


def test_file_sources_ignore_download_delays(scrapy, sqlite_url):
    # Ten seconds between requests would make the fixture's 27 files take minutes.
    slow = ["-s", "DOWNLOAD_DELAY=10", "-s", "AUTOTHROTTLE_START_DELAY=10"]
    result = scrapy("crawl", "news", "-a", f"sources={SEEDS / 'sources.toml'}", *slow,
                    database_url=sqlite_url)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    (run,) = [json.loads(line) for line in scrapy("runs", "--json", database_url=sqlite_url)
              .stdout.splitlines()]  # fmt: skip
    assert run["new"] == 7 and run["pages"] >= 20 and run["status"] == "ok"
    took = datetime.fromisoformat(run["ended"]) - datetime.fromisoformat(run["started"])
    assert took.total_seconds() < 60  # not 27 × 10 s


def test_progress_is_logged_every_n_pages(scrapy, sqlite_url):
    result = scrapy("crawl", "news", "-a", f"sources={SEEDS / 'sources.toml'}",
                    "-s", "PROGRESS_PAGES=10", database_url=sqlite_url)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [line for line in result.stderr.splitlines() if "Progress: " in line]
    assert len(lines) == 2 and "Progress: 10 pages, " in lines[0] and "pages/s" in lines[0]
