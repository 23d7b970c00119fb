"""Runs and exit codes: every run recorded; a run that could not do its job exits non-zero
with one clear last line; a database lost mid-crawl costs nothing the next run does not fetch."""

from __future__ import annotations

import json
import time

import pytest
from sqlalchemy import create_engine, func, select, text

from bench.sitegen import generate_site
from bench.siteserver import SiteServer
from pipelines.storage.database import open_database
from pipelines.storage.models import Article
from tests.conftest import POSTGRES_ADMIN_URL, SEEDS
from tests.test_parallel_crawl import FAST, Crawl, stored

UNREACHABLE = ["http://127.0.0.1:1/feed.xml", "http://127.0.0.1:2/sitemap.xml", "http://127.0.0.1:3/"]


def runs(scrapy, database_url) -> list[dict]:
    result = scrapy("runs", "--json", database_url=database_url)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_every_source_unreachable_fails_the_run(scrapy, sqlite_url):
    result = scrapy(
        "crawl", "news", "-a", "urls=" + ",".join(UNREACHABLE), *FAST, database_url=sqlite_url
    )
    assert result.returncode == 1
    last = result.stderr.splitlines()[-1]
    assert last.startswith("newsmon: failed: every source was unreachable (3 of 3;"), last
    (run,) = runs(scrapy, sqlite_url)
    assert (run["status"], run["exit_code"], run["pages"]) == ("failed", 1, 0)
    assert run["errors"]["unreachable source"] == 3
    assert run["sources"] == "urls=" + ",".join(UNREACHABLE)


def test_a_run_that_did_its_job_exits_0_and_is_recorded(scrapy, sqlite_url):
    source = (SEEDS / "site" / "feed.xml").as_uri()
    result = scrapy("crawl", "news", "-a", f"urls={source},{UNREACHABLE[0]}", *FAST,
                    database_url=sqlite_url)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    (run,) = runs(scrapy, sqlite_url)
    assert run["status"] == "ok" and run["exit_code"] == 0 and run["message"] is None
    assert run["new"] == 7 and run["updated"] == 0 and run["pages"] >= 8
    assert run["errors"]["unreachable source"] == 1
    table = scrapy("runs", database_url=sqlite_url).stdout
    assert "ok" in table.splitlines()[1] and "unreachable source 1" in table


@pytest.fixture
def outage_site(tmp_path_factory):
    site = generate_site(tmp_path_factory.mktemp("site"), pages=120, seed=4)
    with SiteServer(site.root) as server:
        yield site, site.start_urls(server.url)


def committed(database_url: str) -> int:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(Article))
    finally:
        engine.dispose()


def cut_off(database: str, allow: bool) -> None:
    """Make the database refuse (or accept again) connections, ending the open ones."""
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS {allow}'))
        if not allow:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": database},
            )
    admin.dispose()


@pytest.mark.postgres
def test_a_database_lost_mid_crawl_fails_the_run_and_the_next_run_stores_the_rest(
    outage_site, postgres_url
):
    site, urls = outage_site
    database = postgres_url.rsplit("/", 1)[1]
    settings = ["-s", "WORKERS=1", "-s", "STORE_BATCH_SIZE=5"]
    open_database(postgres_url)  # the schema, for the counts below
    running = Crawl(urls, postgres_url, *settings)
    deadline = time.monotonic() + 120
    while committed(postgres_url) < 5:
        assert time.monotonic() < deadline and running.process.poll() is None, running.log[-3000:]
        time.sleep(0.05)
    cut_off(database, allow=False)
    try:
        assert running.finish(timeout=120) == 1, running.log[-3000:]
    finally:
        cut_off(database, allow=True)
    last = running.lines[-1]
    assert last.startswith("newsmon: failed: the database failed: "), running.log[-3000:]
    first_run = committed(postgres_url)
    assert 5 <= first_run < len(site.articles)

    again = Crawl(urls, postgres_url, *settings)
    assert again.finish() == 0, again.log[-3000:]
    rows, stats = stored(postgres_url)
    assert len(rows) == len({row.url for row in rows}) == len(site.articles)
    assert stats["newsmon/stored/new"] == len(site.articles) - first_run
