"""Two runs started together on one database: the second waits or says another run holds
the database; every article stored once; the schema made once, whoever starts first."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from pipelines.storage.database import database_engine
from pipelines.storage.models import CrawlRun
from tests.conftest import ROOT, SEEDS
from tests.test_parallel_crawl import stored


def start(database_url: str, *settings: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"sources={SEEDS / 'sources.toml'}",
         *settings],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": database_url},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def together(database_url: str, *settings: str) -> list[tuple[int, str]]:
    """Start two crawls at once; their exit statuses and logs."""
    runs = [start(database_url, *settings) for _ in range(2)]
    return [(run.wait(timeout=240), run.stderr.read()) for run in runs]


def articles_once(database_url: str) -> list:
    rows, _ = stored(database_url)
    assert len(rows) == len({row.url for row in rows}) == 7
    return rows


def test_the_second_run_exits_saying_another_run_holds_the_database(database_url):
    outcomes = sorted(together(database_url))
    (ok, ok_log), (busy, busy_log) = outcomes
    assert ok == 0, ok_log[-3000:]
    assert busy == 75, busy_log[-3000:]
    last = busy_log.splitlines()[-1]
    assert last.startswith("newsmon: another run (") and "holds the database" in last
    assert last.endswith("this run did not start")
    assert "ERROR" not in busy_log and "Traceback" not in busy_log
    assert "ERROR" not in ok_log and "Traceback" not in ok_log
    articles_once(database_url)


def test_with_a_wait_the_second_run_follows_the_first(database_url):
    outcomes = together(database_url, "-s", "RUN_LOCK_WAIT=200")
    assert [code for code, _ in outcomes] == [0, 0], [log[-2000:] for _, log in outcomes]
    articles_once(database_url)
    engine = create_engine(database_url)
    with Session(engine) as session:
        runs = list(session.scalars(select(CrawlRun).order_by(CrawlRun.id)))
    engine.dispose()
    assert [run.status for run in runs] == ["ok", "ok"]
    assert [run.stats.get("newsmon/stored/new", 0) for run in runs] == [7, 0]
    assert runs[1].started_at >= runs[0].finished_at


def open_new(url: str) -> str:
    """Connect to ``url`` as a crawl does (WAL, busy timeout); what went wrong, if anything."""
    engine = database_engine(url)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except Exception as error:  # reported to the test, which names it
        return repr(error)
    finally:
        engine.dispose()
    return "ok"


def test_processes_opening_a_new_sqlite_database_together_all_get_in(tmp_path):
    # SQLite does not wait for a lock when switching a new file to WAL; without the retry
    # about one round in twenty-five failed on this machine.
    urls = [f"sqlite:///{tmp_path}/new{round_}.db" for round_ in range(60)]
    with multiprocessing.get_context("fork").Pool(4) as pool:
        outcomes = [pool.map(open_new, [url] * 4) for url in urls]
    failures = [outcome for round_ in outcomes for outcome in round_ if outcome != "ok"]
    assert failures == []
