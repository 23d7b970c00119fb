"""Distributed mode's throughput: pages/s with 1, 2 and 3 crawl processes sharing one frontier.

    python bench/distributed.py                       # 600 pages, 1, 2 and 3 processes
    python bench/distributed.py --pages 300 --processes 1 3 --workers 1

Generates a news site (``bench/sitegen.py``), serves it from memory on 127.0.0.1 in a process
of its own, and for each process count crawls it into a fresh PostgreSQL database with
``REDIS_URL`` set (the machine's Redis, a key prefix of its own), every process started at
once. Needs PostgreSQL (``NEWSMON_TEST_POSTGRES``, as the tests) and Redis (``REDIS_URL``,
default redis://127.0.0.1:6379/0).

pages/s counts the articles stored over the time from the start to the last article's
commit: a process waits ``FRONTIER_IDLE_SECONDS`` on an idle frontier before it exits, which
is not crawling. From each process's crawl run it also reports the time spent waiting for
the store lock and how often the in-memory indexes were reloaded (another process stored
articles since this one last held the lock), and the CPU time of all processes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psutil
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sitegen import generate_site  # noqa: E402
from pipelines.storage.models import Article, CrawlRun  # noqa: E402

POSTGRES_ADMIN_URL = os.environ.get(
    "NEWSMON_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
SETTINGS = {
    "ROBOTSTXT_OBEY": "False",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
    "ALLOWED_NETWORKS": "127.0.0.0/8",
    "FRONTIER_IDLE_SECONDS": "8",
    "LOG_LEVEL": "INFO",
}


def fresh_database(admin) -> str:
    name = f"newsmon_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    return name


def crawl(urls: list[str], processes: int, workers: int, database_url: str, logs: Path) -> dict:
    """Start ``processes`` crawlers at once; their figures once all have exited."""
    prefix = f"newsmon-bench-{uuid.uuid4().hex[:8]}"
    settings = {**SETTINGS, "REDIS_URL": REDIS_URL, "REDIS_PREFIX": prefix, "WORKERS": workers}
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "urls=" + ",".join(urls)]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    env = {**os.environ, "DATABASE_URL": database_url}
    started = time.time()
    running = [
        subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
            stderr=open(logs / f"crawler-{n}.log", "w"),  # noqa: SIM115
        )
        for n in range(processes)
    ]  # fmt: skip
    cpu = 0.0
    tracked = {p.pid: psutil.Process(p.pid) for p in running}
    while any(p.poll() is None for p in running):
        cpu = max(cpu, sum(_tree_cpu(t) for t in tracked.values()))
        time.sleep(0.5)
    ended = time.time()
    codes = [p.returncode for p in running]
    engine = create_engine(database_url)
    with Session(engine) as session:
        articles = session.scalar(select(func.count()).select_from(Article))
        last = session.scalar(select(func.max(Article.last_seen_at)))
        runs = list(session.scalars(select(CrawlRun.stats)))
    engine.dispose()
    busy = last.timestamp() - started
    stats = [s or {} for s in runs]
    return {
        "processes": processes,
        "exit codes": codes,
        "articles": articles,
        "crawl seconds": busy,
        "wall seconds": ended - started,
        "pages/s": articles / busy,
        "lock wait s": sum(s.get("newsmon/store/lock_wait_seconds", 0) for s in stats),
        "index reloads": sum(s.get("newsmon/store/index_reloads", 0) for s in stats),
        "cpu s": cpu,
    }


def _tree_cpu(process: psutil.Process) -> float:
    """CPU seconds of a process and its live descendants (read while they run)."""
    total = 0.0
    try:
        for member in [process, *process.children(recursive=True)]:
            times = member.cpu_times()
            total += times.user + times.system
    except psutil.Error:
        pass
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--workers", type=int, default=1, help="WORKERS of each process")
    args = parser.parse_args()
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with tempfile.TemporaryDirectory() as folder:
        site = generate_site(Path(folder) / "site", args.pages, seed=3)
        server = subprocess.Popen(
            [sys.executable, "-m", "bench.siteserver", str(site.root)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        base = server.stdout.readline().strip()
        print(f"{args.pages} pages, {os.cpu_count()} CPUs, WORKERS={args.workers} per process")
        try:
            for count in args.processes:
                name = fresh_database(admin)
                url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
                logs = Path(folder) / f"logs-{count}"
                logs.mkdir()
                try:
                    result = crawl(site.start_urls(base), count, args.workers, url, logs)
                finally:
                    with admin.connect() as connection:
                        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
                print(
                    f"{count} process(es): {result['pages/s']:.1f} pages/s"
                    f" ({result['articles']} articles in {result['crawl seconds']:.1f} s;"
                    f" wall {result['wall seconds']:.1f} s with the idle close),"
                    f" store lock waits {result['lock wait s']:.1f} s,"
                    f" index reloads {result['index reloads']},"
                    f" CPU {result['cpu s']:.0f} s, exit codes {result['exit codes']}",
                    flush=True,
                )
        finally:
            server.stdin.close()
            server.wait(10)
    admin.dispose()


if __name__ == "__main__":
    main()
