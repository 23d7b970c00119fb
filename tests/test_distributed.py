"""Distributed mode: three `scrapy crawl news` processes with REDIS_URL share one frontier in the
machine's Redis and store into one PostgreSQL database; a generated site of 300 articles (with
syndicated copies) is served on loopback. Compared with a single-process run of the same site:
each page fetched once, each article stored once, the same copies and stories. One process
killed with SIGKILL and restarted loses nothing and duplicates nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from bench.sitegen import generate_site
from bench.siteserver import SiteServer
from pipelines.storage.database import open_database
from pipelines.storage.locks import RunLock
from pipelines.storage.models import Article
from tests.conftest import LOCAL_NETWORK, ROOT, postgres_database, service_missing
from tests.test_parallel_crawl import comparable, story_partition

REDIS = "redis://127.0.0.1:6379/0"
FAST = [
    "-s", "ROBOTSTXT_OBEY=False", "-s", "AUTOTHROTTLE_ENABLED=False", *LOCAL_NETWORK,
    "-s", "WORKERS=1", "-s", "FRONTIER_IDLE_SECONDS=8", "-s", "FRONTIER_DEAD_SECONDS=4",
]  # fmt: skip


@pytest.fixture(scope="module")
def redis_server():
    redis = pytest.importorskip("redis")
    client = redis.Redis.from_url(REDIS)
    try:
        client.ping()
    except redis.RedisError as error:
        service_missing(f"Redis at {REDIS} is not reachable: {error}")
    yield client
    client.close()


@pytest.fixture
def prefix(redis_server):
    """A Redis key prefix of this test's own; its keys are deleted afterwards."""
    name = f"newsmon-test-{uuid.uuid4().hex[:10]}"
    yield name
    keys = list(redis_server.scan_iter(match=f"{name}:*"))
    if keys:
        redis_server.delete(*keys)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    generated = generate_site(tmp_path_factory.mktemp("site"), pages=300, seed=11)
    assert sum(1 for a in generated.articles if a.copy_of) >= 10, "syndicated copies"
    with SiteServer(generated.root) as server:
        yield generated, server


class Crawler:
    """One `scrapy crawl news` process in its own process group, its log in a file."""

    def __init__(self, urls, database_url, log_path, *settings: str):
        self.log_path = log_path
        command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "urls=" + ",".join(urls)]
        self.process = subprocess.Popen(
            [*command, *FAST, *settings],
            cwd=ROOT,
            env={**os.environ, "DATABASE_URL": database_url},
            stdout=subprocess.DEVNULL,
            stderr=open(log_path, "w"),  # noqa: SIM115 - the child holds it
            start_new_session=True,
        )

    @property
    def log(self) -> str:
        return self.log_path.read_text()

    def finish(self, timeout: float = 240) -> int:
        return self.process.wait(timeout)

    def kill(self) -> None:
        """SIGKILL to the process and its workers, as a host going down."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(30)


def run_together(count, urls, database_url, tmp_path, *settings) -> list[Crawler]:
    crawlers = [
        Crawler(urls, database_url, tmp_path / f"crawler-{n}.log", *settings) for n in range(count)
    ]
    for crawler in crawlers:
        assert crawler.finish() == 0, crawler.log[-3000:]
    return crawlers


def stored(database_url: str) -> list[Article]:
    engine = create_engine(database_url)
    with Session(engine) as session:
        rows = list(session.scalars(select(Article)))
    engine.dispose()
    return rows


def stored_count(database_url: str) -> int:
    engine = create_engine(database_url)
    with engine.connect() as connection:
        count = connection.scalar(select(func.count()).select_from(Article))
    engine.dispose()
    return count


def article_hits(site) -> dict[str, int]:
    generated, server = site
    return {article.path: server.hits["/" + article.path] for article in generated.articles}


@pytest.fixture(scope="module")
def single_run(site, tmp_path_factory):
    """The site crawled by one process (no REDIS_URL): copies and stories to compare with."""
    generated, server = site
    with postgres_database() as database_url:
        logs = tmp_path_factory.mktemp("one")
        run_together(1, generated.start_urls(server.url), database_url, logs)
        rows = stored(database_url)
    assert len(rows) == len(generated.articles)
    return comparable(rows)[1], story_partition(rows)


def test_three_processes_fetch_each_page_once_and_store_what_one_process_stores(
    site, single_run, postgres_url, prefix, tmp_path, redis_server
):
    generated, server = site
    server.hits.clear()
    crawlers = run_together(
        3, generated.start_urls(server.url), postgres_url, tmp_path,
        "-s", f"REDIS_URL={REDIS}", "-s", f"REDIS_PREFIX={prefix}",
    )  # fmt: skip
    hits = article_hits(site)
    assert set(hits.values()) == {1}, {path: n for path, n in hits.items() if n != 1}
    assert server.hits["/sitemap-index.xml"] == 1, "start URLs seeded once"
    rows = stored(postgres_url)
    assert len(rows) == len({row.url for row in rows}) == len(generated.articles)
    copies, stories = comparable(rows)[1], story_partition(rows)
    assert any(len(group) > 1 for group in copies)
    assert copies == single_run[0]
    assert stories == single_run[1]
    logs = [crawler.log for crawler in crawlers]
    assert all("Spider closed (finished)" in log for log in logs)
    assert not any("duplicate key" in log for log in logs)
    # Every process took part, and the last one out left nothing behind in Redis.
    assert all("'item_scraped_count'" in log for log in logs), "each process stored articles"
    assert not list(redis_server.scan_iter(match=f"{prefix}:*"))


def test_a_process_killed_mid_crawl_and_restarted_loses_and_duplicates_nothing(
    site, single_run, postgres_url, prefix, tmp_path
):
    generated, server = site
    server.hits.clear()
    urls = generated.start_urls(server.url)
    shared = ("-s", f"REDIS_URL={REDIS}", "-s", f"REDIS_PREFIX={prefix}")
    # Slower downloads keep the crawl going long enough to kill one process in the middle.
    slow = ("-s", "DOWNLOAD_DELAY=0.05", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4", *shared)
    open_database(postgres_url).engine.dispose()  # the schema, so that it can be watched
    crawlers = [Crawler(urls, postgres_url, tmp_path / f"c{n}.log", *slow) for n in range(3)]
    deadline = time.monotonic() + 120
    while stored_count(postgres_url) < len(generated.articles) // 4:
        assert time.monotonic() < deadline, crawlers[0].log[-3000:]
        time.sleep(0.2)
    victim = crawlers[0]
    assert victim.process.poll() is None, "killed mid-crawl, not after its end"
    victim.kill()
    restarted = Crawler(urls, postgres_url, tmp_path / "restarted.log", *slow)
    for crawler in [*crawlers[1:], restarted]:
        assert crawler.finish() == 0, crawler.log[-3000:]
    rows = stored(postgres_url)
    assert len(rows) == len({row.url for row in rows}) == len(generated.articles)
    assert comparable(rows)[1] == single_run[0]
    assert story_partition(rows) == single_run[1]
    logs = "".join(crawler.log for crawler in [*crawlers[1:], restarted])
    assert "in-flight request(s) of" in logs, "the killed process's requests were taken back"
    assert "duplicate key" not in logs


def test_distributed_processes_share_the_run_lock_and_keep_a_single_run_out(database_url):
    engine = open_database(database_url).engine
    first, second = RunLock(engine, shared=True), RunLock(engine, shared=True)
    single = RunLock(engine)
    try:
        assert first.acquire() and second.acquire(), "distributed processes crawl together"
        assert not single.acquire(), "a single-process run waits for them"
        first.release()
        second.release()
        assert single.acquire()
        assert not RunLock(engine, shared=True).acquire(), "and they for it"
    finally:
        for lock in (first, second, single):
            lock.release()
        engine.dispose()
