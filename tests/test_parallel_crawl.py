"""Crawls of a generated news site through the worker pool: same results with any number of
workers, a worker killed mid-crawl, Ctrl-C. Each crawl is `scrapy crawl news` in a subprocess."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time

import psutil
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from bench.sitegen import generate_site
from bench.siteserver import SiteServer
from pipelines.storage.models import Article, CrawlRun
from tests.conftest import LOCAL_NETWORK, ROOT

POOL_LINE = re.compile(r"Worker pool: \d+ processes \(pids ([\d, ]+)\)")
FAST = ["-s", "ROBOTSTXT_OBEY=False", "-s", "AUTOTHROTTLE_ENABLED=False", *LOCAL_NETWORK]


@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    site = generate_site(tmp_path_factory.mktemp("site"), pages=60, seed=2)
    with SiteServer(site.root) as server:
        yield site, site.start_urls(server.url)


@pytest.fixture(scope="module")
def large_site(tmp_path_factory):
    site = generate_site(tmp_path_factory.mktemp("site"), pages=240, seed=5)
    with SiteServer(site.root) as server:
        yield site, site.start_urls(server.url)


class Crawl:
    """`scrapy crawl news` running in the background, its log collected as it comes."""

    def __init__(self, urls: list[str], database_url: str, *settings: str):
        command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "urls=" + ",".join(urls)]
        self.process = subprocess.Popen(
            [*command, *FAST, *settings],
            cwd=ROOT,
            env={**os.environ, "DATABASE_URL": database_url},
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            start_new_session=True,  # its own process group, as in a terminal
        )
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for line in self.process.stderr:
            self.lines.append(line)

    @property
    def log(self) -> str:
        return "".join(self.lines)

    def worker_pids(self, timeout: float = 60) -> list[int]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if match := POOL_LINE.search(self.log):
                return [int(pid) for pid in match.group(1).split(", ")]
            assert self.process.poll() is None, self.log[-3000:]
            time.sleep(0.05)
        raise AssertionError("the worker pool never started:\n" + self.log[-3000:])

    def wait_for(self, text: str, count: int = 1, timeout: float = 60) -> None:
        """Wait until the log has ``text`` ``count`` times."""
        deadline = time.monotonic() + timeout
        while self.log.count(text) < count:
            assert time.monotonic() < deadline and self.process.poll() is None, self.log[-3000:]
            time.sleep(0.01)

    def finish(self, timeout: float = 240) -> int:
        code = self.process.wait(timeout)
        self.reader.join(5)
        return code


def crawl(urls, database_url, *settings) -> Crawl:
    running = Crawl(urls, database_url, *settings)
    assert running.finish() == 0, running.log[-3000:]
    return running


def stored(database_url: str) -> tuple[list[Article], dict]:
    """The stored articles, and the stats of the last crawl run (None if it never closed)."""
    engine = create_engine(database_url)
    with Session(engine) as session:
        rows = list(session.scalars(select(Article)))
        stats = session.scalars(select(CrawlRun.stats).order_by(CrawlRun.id.desc())).first()
    engine.dispose()
    return rows, stats


def last_run(database_url: str) -> CrawlRun:
    engine = create_engine(database_url)
    with Session(engine) as session:
        run = session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc())).first()
    engine.dispose()
    return run


FIELDS = [
    "url",
    "source",
    "title",
    "author",
    "site_name",
    "description",
    "text",
    "text_hash",
    "language",
    "language_probability",
    "published_at",
    "updated_at",
    "date_source",
    "date_confidence",
    "version",
]


def comparable(rows: list[Article]) -> tuple[dict, set]:
    """Every stored field by URL, and the copies as groups of URLs (which member of a group is
    the original depends on arrival order; each group must have exactly one)."""
    by_id = {row.id: row for row in rows}
    fields = {row.url: tuple(getattr(row, name) for name in FIELDS) for row in rows}
    groups: dict[int, set[str]] = {}
    for row in rows:
        original = by_id[row.duplicate_of] if row.duplicate_of else row
        assert original.duplicate_of is None, "a copy of a copy"
        groups.setdefault(original.id, set()).add(row.url)
    return fields, {frozenset(group) for group in groups.values()}


def test_results_are_the_same_with_any_number_of_workers(small_site, tmp_path):
    """Texts, dates and every stored field, copies and stories."""
    site, urls = small_site
    results = {}
    for workers in (0, 1, 2):
        database_url = f"sqlite:///{tmp_path / f'workers-{workers}.db'}"
        crawl(urls, database_url, "-s", f"WORKERS={workers}", "-s", "WORKER_BATCH_SIZE=4")
        rows, stats = stored(database_url)
        assert len(rows) == len(site.articles)
        assert stats.get("newsmon/workers/started", 0) == workers
        # The crawl learns site boilerplate (what made results depend on timing before).
        assert stats.get("newsmon/boilerplate/recomputed", 0) > 0
        results[workers] = (*comparable(rows), story_partition(rows))
    assert results[1] == results[0]
    assert results[2] == results[0]
    copies = [group for group in results[2][1] if len(group) > 1]
    assert copies, "the site has republished copies, and they are found"


def story_partition(rows: list[Article]) -> set[frozenset[str]]:
    stories: dict[int, set[str]] = {}
    for row in rows:
        stories.setdefault(row.story_id, set()).add(row.url)
    return {frozenset(urls) for urls in stories.values()}


def test_copies_and_stories_are_the_same_with_16_or_3_concurrent_requests(small_site, tmp_path):
    site, urls = small_site
    results = []
    for concurrency in (16, 3):
        database_url = f"sqlite:///{tmp_path / f'concurrency-{concurrency}.db'}"
        crawl(urls, database_url, "-s", f"CONCURRENT_REQUESTS={concurrency}",
              "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}")  # fmt: skip
        rows, _ = stored(database_url)
        assert len(rows) == len(site.articles)
        results.append((comparable(rows)[1], story_partition(rows)))
    assert results[0] == results[1]


def test_a_worker_killed_mid_crawl_costs_no_page(large_site, tmp_path):
    site, urls = large_site
    database_url = f"sqlite:///{tmp_path / 'killed.db'}"
    settings = ["-s", "WORKERS=2", "-s", "WORKER_BATCH_SIZE=16", "-s", "LOG_LEVEL=DEBUG"]
    running = Crawl(urls, database_url, *settings)
    victim = running.worker_pids()[0]
    # Its third batch: mid-crawl, and with 16 pages to extract, still at work when killed.
    running.wait_for(f"calls to worker {victim}\n", count=3)
    os.kill(victim, signal.SIGKILL)
    assert running.finish() == 0, running.log[-3000:]
    assert f"Worker {victim} died" in running.log
    rows, stats = stored(database_url)
    failed = stats.get("newsmon/workers/failed", 0)
    assert stats["newsmon/workers/died"] == 1 and stats["newsmon/workers/retried"] >= 1
    assert len(rows) + failed == len(site.articles)
    assert failed == 0  # a retry in a live worker succeeds
    # None twice: one insert per page, no page processed again as an update of itself.
    assert len({row.url for row in rows}) == len(rows) == stats["newsmon/stored/new"]
    assert "newsmon/stored/unchanged" not in stats and "newsmon/stored/edited" not in stats


def test_ctrl_c_stops_the_crawl_cleanly(large_site, tmp_path):
    _, urls = large_site
    database_url = f"sqlite:///{tmp_path / 'interrupted.db'}"
    running = Crawl(urls, database_url, "-s", "WORKERS=2", "-s", "LOG_LEVEL=DEBUG")
    pids = running.worker_pids()
    running.wait_for("Scraped from", count=5)
    os.killpg(running.process.pid, signal.SIGINT)  # the whole group, as a terminal does
    assert running.finish(timeout=90) == 130, running.log[-3000:]
    assert running.lines[-1].startswith("newsmon: interrupted: ")
    assert "Closing spider (shutdown)" in running.log
    assert "Traceback" not in running.log and "died" not in running.log
    for pid in pids:
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == "zombie"
    rows, stats = stored(database_url)
    # The crawl run was closed, and everything that went through the pipelines is stored.
    assert stats is not None and rows and len(rows) == stats["item_scraped_count"]
    assert last_run(database_url).status == "interrupted"


def test_a_forced_shutdown_still_stores_what_was_accepted(large_site, tmp_path):
    _, urls = large_site
    database_url = f"sqlite:///{tmp_path / 'forced.db'}"
    batching = ["-s", "STORE_BATCH_SIZE=100000", "-s", "STORE_BATCH_SECONDS=3600"]
    running = Crawl(urls, database_url, "-s", "WORKERS=2", "-s", "LOG_LEVEL=DEBUG", *batching)
    pids = running.worker_pids()
    running.wait_for("Scraped from", count=5)
    os.killpg(running.process.pid, signal.SIGINT)
    time.sleep(0.2)
    os.killpg(running.process.pid, signal.SIGINT)  # the second Ctrl-C: no clean close
    assert running.finish(timeout=90) == 130
    assert "forcing unclean shutdown" in running.log
    assert last_run(database_url).status == "interrupted"
    rows, stats = stored(database_url)
    assert stats is None, "the spider was not closed: the rows come from the exit-time flush"
    assert len(rows) == running.log.count("Scraped from")
    for pid in pids:
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == "zombie"
