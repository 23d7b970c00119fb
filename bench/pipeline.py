"""Throughput of the full pipeline against plain Scrapy + trafilatura, in the same run.

    python bench/pipeline.py                 # 2,000 pages, 3 runs of each crawl
    python bench/pipeline.py --pages 300 --runs 1
    python bench/pipeline.py --yardstick ../shared/perf --pages 600 --runs 5

Generates a news site (``bench/sitegen.py``: 50–150 KB article pages, five
templates, five languages, feeds, a sitemap index) into a temporary folder,
serves it from memory on 127.0.0.1 in a process of its own, and crawls it:

- (a) baseline: a plain Scrapy spider calling ``trafilatura.extract`` and
  langdetect in its callback (``bench/baseline.py``);
- (b) ``scrapy crawl news`` with every newsmon pipeline, into a fresh SQLite file.

Both crawls start from the same feeds and sitemap index with the same
politeness settings (robots.txt and AutoThrottle off, 32 concurrent requests),
runs alternate (a, b, a, b, …), and the figures are medians: pages/s over the
wall time of the whole crawl process, and its peak memory: the RSS of the crawl
process and all its descendants, summed (pages that forked workers share are
counted in each), and their PSS summed (shared pages split between the processes
sharing them: what the crawl really holds). A fetch-only crawl first shows what
the server and Scrapy alone manage. The headline is the ratio b/a; the per-stage
split of (b) comes from the stats newsmon records in the crawl run.

With ``--yardstick PERF``, the shared throughput yardstick (``PERF/run.py`` on a site of
``PERF/gen_site.py``, which decides the throughput goals) runs instead, with the same
settings for newsmon as its README gives, and the stage split of its median newsmon run
is printed after its figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sitegen import generate_site  # noqa: E402
from pipelines.storage.models import Article, CrawlRun  # noqa: E402

# The same for both crawls: no politeness towards our own loopback server.
CRAWL_SETTINGS = {
    "ROBOTSTXT_OBEY": "False",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
    "DOWNLOAD_DELAY": "0",
    "LOG_LEVEL": "INFO",
    "ALLOWED_NETWORKS": "127.0.0.0/8",  # the guard refuses loopback unless allowed
}
SAMPLE_SECONDS = 0.1
# Proportional set sizes cost more to read (smaps): every this many samples.
PSS_EVERY = 5


@dataclass
class Run:
    """One crawl: how many article pages it processed, how long it took, its peak memory."""

    kind: str
    pages: int
    seconds: float
    peak_rss: int
    peak_pss: int
    main_cpu: float
    tree_cpu: float
    stats: dict = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.pages / self.seconds


def measure(command: list[str], env: dict) -> tuple[float, int, int, float, float]:
    """Run ``command``; return its wall seconds, the peak RSS and PSS of its process tree, and
    the CPU seconds of its main process and of the whole tree."""
    with tempfile.TemporaryFile(mode="w+") as log:
        began = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log)
        main = psutil.Process(process.pid)
        peak, peak_pss, cpu_by_pid, samples = 0, 0, {}, 0
        while process.poll() is None:
            rss, pss = sample_tree(main, cpu_by_pid, with_pss=samples % PSS_EVERY == 0)
            peak, peak_pss = max(peak, rss), max(peak_pss, pss)
            samples += 1
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - began
        if process.returncode != 0:
            log.seek(0)
            raise SystemExit(f"{command[2:4]} failed ({process.returncode}):\n{log.read()[-3000:]}")
    return seconds, peak, peak_pss, cpu_by_pid.get(main.pid, 0.0), sum(cpu_by_pid.values())


def sample_tree(
    main: psutil.Process, cpu_by_pid: dict[int, float], with_pss: bool
) -> tuple[int, int]:
    """The summed RSS of ``main`` and its descendants now, and their summed PSS (0 unless
    ``with_pss``); their CPU times go to ``cpu_by_pid``.

    RSS counts the pages that forked workers share with each other in every one of them;
    PSS splits them between the processes sharing them, so its sum is what the crawl holds.
    """
    try:
        tree = [main, *main.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0, 0
    rss = pss = 0
    for member in tree:
        try:
            with member.oneshot():
                rss += member.memory_info().rss
                pss += member.memory_full_info().pss if with_pss else 0
                times = member.cpu_times()
        except psutil.NoSuchProcess:
            continue
        cpu_by_pid[member.pid] = times.user + times.system
    return rss, pss


def setting_args(flag: str, settings: dict[str, str]) -> list[str]:
    return [part for name, value in settings.items() for part in (flag, f"{name}={value}")]


def baseline(urls: list[str], workdir: Path, fetch_only: bool = False) -> Run:
    stats_file = workdir / "baseline-stats.json"
    command = [sys.executable, "-m", "bench.baseline", "--stats", str(stats_file), *urls]
    command += setting_args("-s", CRAWL_SETTINGS) + (["--fetch-only"] if fetch_only else [])
    seconds, peak, pss, main_cpu, tree_cpu = measure(command, dict(os.environ))
    stats = json.loads(stats_file.read_text())
    kind = "fetch only" if fetch_only else "baseline"
    pages = stats.get("item_scraped_count", 0)
    return Run(kind, pages, seconds, peak, pss, main_cpu, tree_cpu, stats)


def full_pipeline(urls: list[str], workdir: Path, extra: dict[str, str]) -> Run:
    database = workdir / "newsmon.db"
    for stale in workdir.glob("newsmon.db*"):
        stale.unlink()
    url = f"sqlite:///{database}"
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "urls=" + ",".join(urls)]
    command += setting_args("-s", {**CRAWL_SETTINGS, **extra})
    seconds, peak, pss, main_cpu, tree_cpu = measure(command, {**os.environ, "DATABASE_URL": url})
    engine = create_engine(url)
    with Session(engine) as session:
        stored = session.scalar(select(func.count()).select_from(Article))
        crawl_run = session.scalars(select(CrawlRun)).one()
        # The crawl's own seconds: from the spider's opening to its closing (the store's run).
        crawl_seconds = (crawl_run.finished_at - crawl_run.started_at).total_seconds()
        stats = {**crawl_run.stats, "bench/crawl_seconds": crawl_seconds}
    engine.dispose()
    # Pages the pipeline finished: stored, or dropped on purpose (no text, unwanted language).
    pages = stats.get("item_scraped_count", 0) + stats.get("item_dropped_count", 0)
    if stored != stats.get("item_scraped_count", 0):
        raise SystemExit(f"stored {stored} articles, but {pages} went through the pipeline")
    return Run("newsmon", pages, seconds, peak, pss, main_cpu, tree_cpu, stats)


def median_run(runs: list[Run]) -> Run:
    return sorted(runs, key=lambda run: run.rate)[len(runs) // 2]


def megabytes(size: float) -> str:
    return f"{size / 2**20:.0f} MB"


def print_runs(name: str, runs: list[Run]) -> None:
    rates = ", ".join(f"{run.rate:.1f}" for run in runs)
    middle = median_run(runs)
    print(
        f"{name:<28} {statistics.median(r.rate for r in runs):7.1f} pages/s   "
        f"peak RSS {megabytes(statistics.median(r.peak_rss for r in runs)):>7} "
        f"(PSS {megabytes(statistics.median(r.peak_pss for r in runs)):>7})   "
        f"CPU {1000 * middle.tree_cpu / middle.pages:5.1f} ms/page   (runs: {rates})"
    )


def print_stage_split(run: Run) -> None:
    """Where the full pipeline's CPU time goes, per page, from the stats of the median run."""
    stats, pages = run.stats, run.pages

    def seconds(key: str) -> float:
        return float(stats.get(key, 0.0))

    workers = [
        ("extract (trafilatura, dates)", seconds("newsmon/workers/cpu_seconds/extract_article")),
        ("language (langdetect)", seconds("newsmon/workers/cpu_seconds/detect_language")),
        ("features (MinHash, terms)", seconds("newsmon/workers/cpu_seconds/text_features")),
    ]
    stages = sorted(key for key in stats if key.startswith("newsmon/stage_seconds/"))
    reactor = [(key.rsplit("/", 1)[1].removesuffix("Pipeline"), seconds(key)) for key in stages]
    reactor += [
        ("store: batch commits", seconds("newsmon/store/commit_seconds")),
        ("worker pool (pickle, pipes)", seconds("newsmon/workers/reactor_seconds")),
    ]
    accounted = sum(value for _, value in reactor)
    reactor.append(("Scrapy (download, schedule, spider)", max(0.0, run.main_cpu - accounted)))
    print(f"\nStage split of the median newsmon run ({pages} pages, {run.seconds:.1f} s):")
    print(f"  {'stage':<38} {'process':<8} {'ms/page':>8} {'share':>6}")
    total = sum(v for _, v in workers) + sum(v for _, v in reactor)
    for where, rows in (("workers", workers), ("reactor", reactor)):
        for name, value in rows:
            share = 100 * value / total if total else 0.0
            print(f"  {name:<38} {where:<8} {1000 * value / pages:8.2f} {share:5.1f}%")
    batches = stats.get("newsmon/workers/batches", 0)
    if batches:
        mean = stats.get("newsmon/workers/batched_calls", 0) / batches
        print(f"  worker batches: {batches}, {mean:.1f} calls each on average")
    waits = [
        (name, seconds(f"newsmon/stage_wait_seconds/{name}"))
        for name in ("ExtractPipeline", "LanguagePipeline")
    ]
    print(
        "  mean wait for the pool per page: "
        + ", ".join(f"{n} {1000 * v / pages:.0f} ms" for n, v in waits)
    )


# A number in the "Dumping Scrapy stats" block of a crawl's log.
LOGGED_STAT = re.compile(r"^\s*[{ ]'([\w/.:-]+)': (-?[\d.]+(?:e-?\d+)?),?$", re.MULTILINE)
YARDSTICK_CANDIDATE = (
    "scrapy crawl news -a urls={sitemap} -s DATABASE_URL=sqlite:///{db}"
    " -s AUTOTHROTTLE_ENABLED=False -s DOWNLOAD_DELAY=0 -s CONCURRENT_REQUESTS=16"
    " -s CONCURRENT_REQUESTS_PER_DOMAIN=16 -s ALLOWED_NETWORKS=127.0.0.1/32"
)


def logged_stats(log: str) -> dict[str, float]:
    """The numeric stats of the last "Dumping Scrapy stats" block of a crawl's log."""
    block = log.rsplit("Dumping Scrapy stats", 1)[-1]
    return {name: float(value) for name, value in LOGGED_STAT.findall(block)}


def run_yardstick(
    perf: Path, pages: int, rounds: int, workdir: Path, settings: dict[str, str]
) -> None:
    """The shared yardstick on a site of ``pages`` pages, newsmon crawling with ``settings``
    added, then the median newsmon run's stage split (the crawl's own process is the tree's
    CPU minus the workers')."""
    site, figures = workdir / "site", workdir / "yardstick.json"
    python = sys.executable
    candidate = " ".join([YARDSTICK_CANDIDATE, *map(shlex.quote, setting_args("-s", settings))])
    subprocess.run([python, perf / "gen_site.py", site, "--n", str(pages)], check=True)
    subprocess.run(
        [
            python, perf / "run.py", site, "--repeats", str(rounds), "--variants", "baseline",
            "--extract-sample", "0", "--python", python, "--candidate", candidate,
            "--candidate-cwd", ROOT, "--candidate-venv", sys.prefix,
            "--logs", workdir / "logs", "--json", figures,
        ],
        check=True,
    )  # fmt: skip
    runs = [r for r in json.loads(figures.read_text())["runs"] if r["variant"] == "candidate"]
    middle = sorted(runs, key=lambda r: r["pps"])[len(runs) // 2]
    stats = logged_stats(Path(middle["log"]).read_text())
    workers = sum(v for k, v in stats.items() if k.startswith("newsmon/workers/cpu_seconds/"))
    seconds, cpu = middle["wall_s"], middle["cpu_s"]
    print_stage_split(Run("newsmon", middle["pages"], seconds, 0, 0, cpu - workers, cpu, stats))


def bench_parser(doc: str, pages: int, seed: int, setting_help: str) -> argparse.ArgumentParser:
    """The options of a crawl benchmark: --pages, --runs, --seed and -s NAME=VALUE."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--pages", type=int, default=pages, help=f"article pages ({pages})")
    parser.add_argument("--runs", type=int, default=3, help="runs of each crawl (default 3)")
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument(
        "-s", dest="settings", action="append", default=[], metavar="NAME=VALUE", help=setting_help
    )
    return parser


def main() -> None:
    parser = bench_parser(
        __doc__, 2000, 7, "a setting for the newsmon crawl only, e.g. -s WORKERS=1"
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated site")
    parser.add_argument(
        "--yardstick", type=Path, metavar="PERF", help="run the shared yardstick in PERF instead"
    )
    args = parser.parse_args()
    extra = dict(setting.split("=", 1) for setting in args.settings)

    workdir = Path(tempfile.mkdtemp(prefix="newsmon-bench-"))
    if args.yardstick:
        try:
            run_yardstick(args.yardstick.resolve(), args.pages, args.runs, workdir, extra)
        finally:
            if not args.keep:
                shutil.rmtree(workdir, ignore_errors=True)
        return
    began = time.perf_counter()
    site = generate_site(workdir / "site", args.pages, args.seed)
    sizes = [(site.root / a.path).stat().st_size for a in site.articles]
    print(
        f"Site: {len(sizes)} article pages, {min(sizes) // 1000}–{max(sizes) // 1000} KB "
        f"(mean {statistics.mean(sizes) / 1000:.0f} KB), generated in "
        f"{time.perf_counter() - began:.1f} s; {os.cpu_count()} CPUs, load average "
        f"{os.getloadavg()[0]:.1f} (other processes' load slows both crawls)",
        flush=True,
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.siteserver", str(site.root)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        urls = site.start_urls(server.stdout.readline().strip())
        print_runs("fetch only (server+Scrapy)", [baseline(urls, workdir, fetch_only=True)])
        results: dict[str, list[Run]] = {"baseline": [], "newsmon": []}
        for number in range(1, args.runs + 1):
            for run in (baseline(urls, workdir), full_pipeline(urls, workdir, extra)):
                results[run.kind].append(run)
                print(
                    f"  run {number} {run.kind:<9} {run.pages} pages in {run.seconds:5.1f} s = "
                    f"{run.rate:5.1f} pages/s, peak RSS {megabytes(run.peak_rss)} "
                    f"(PSS {megabytes(run.peak_pss)}), "
                    f"load average after it {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
        print()
        print_runs("(a) Scrapy + trafilatura", results["baseline"])
        print_runs("(b) newsmon full pipeline", results["newsmon"])
        ratio = statistics.median(r.rate for r in results["newsmon"]) / statistics.median(
            r.rate for r in results["baseline"]
        )
        print(f"\nRatio b/a: {ratio:.2f}  (target ≥ 1.2; peak RSS target < 1 GB)")
        print_stage_split(median_run(results["newsmon"]))
    finally:
        server.stdin.close()
        server.wait(10)
        if args.keep:
            print(f"\nSite kept in {site.root}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
