"""Pages/s with and without rendering, on the same local pages.

    python bench/rendering.py                  # 30 pages, 3 runs of each crawl
    python bench/rendering.py --pages 60 --runs 5 -s PLAYWRIGHT_MAX_PAGES_PER_CONTEXT=8

Writes article pages the way a server-rendered, then hydrated news app serves them: the
article is in the HTML, and the JavaScript fixture's script (``tests/fixtures/js-site/app.js``)
fetches it again from the site's API and writes it anew; each page also has a logo image,
which Chromium does not load. Both crawls thus store every article, and the difference is the
price of rendering. An RSS feed lists the pages; the site is served from memory by
``bench/siteserver.py`` in a process of its own.

Each run is ``scrapy crawl news`` of the feed with every pipeline, into a fresh SQLite file,
with the politeness settings of ``bench/pipeline.py`` (robots.txt and AutoThrottle off):
plain HTTP, then ``RENDER=playwright`` (the system Chromium, newsmon's browser pool), runs
alternating; the figures are medians of pages/s over the crawl (the store's crawl
run, from the spider's opening to its closing, Chromium's start included) and over the
wall time of the whole process (Python's start and imports too), with the process tree's
peak memory and CPU time per page. Splash is not measured: no Splash server runs here, and the
tests' Splash stand-in starts a Chromium per page, which would measure the stand-in.
"""

from __future__ import annotations

import html
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.pipeline import Run, bench_parser, full_pipeline, print_runs  # noqa: E402
from bench.prose import BANKS, headline, invented_name, paragraph  # noqa: E402

APP_SCRIPT = ROOT / "tests" / "fixtures" / "js-site" / "app.js"
PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{title} – Neckarbote</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Neckarbote">
<script src="../app.js" defer></script>
</head>
<body>
<header><a href="../">Neckarbote</a> <img src="../bilder/logo.png" alt="Neckarbote"></header>
<main id="app"><article><h1>{title}</h1>
<p class="byline">Von {author}, <time datetime="{published}">{day}. September 2025</time></p>
{paragraphs}
</article></main>
</body>
</html>
"""
ITEM = (
    "<item><title>{title}</title><link>artikel/{slug}.html</link><pubDate>{date}</pubDate></item>"
)
RENDERED = {"RENDER": "playwright"}


def write_site(root: Path, pages: int, seed: int) -> Path:
    """``pages`` hydrated article pages, their API documents and a feed; the feed's path."""
    rng = random.Random(seed)
    bank = BANKS["de"]
    (root / "artikel").mkdir(parents=True)
    (root / "api").mkdir()
    shutil.copy(APP_SCRIPT, root / "app.js")
    items = []
    for number in range(pages):
        slug, day = f"artikel-{number:03d}", 1 + number % 28
        article = {
            "title": headline(bank, rng),
            "author": invented_name(rng),
            "published": f"2025-09-{day:02d}T10:00:00+02:00",
            "published_text": f"{day}. September 2025",
            "paragraphs": [paragraph(bank, rng) for _ in range(rng.randint(5, 9))],
        }
        (root / "api" / f"{slug}.json").write_text(json.dumps(article), encoding="utf-8")
        (root / "artikel" / f"{slug}.html").write_text(page_html(article, day), encoding="utf-8")
        date = f"{day:02d} Sep 2025 08:00:00 GMT"
        items.append(ITEM.format(title=html.escape(article["title"]), slug=slug, date=date))
    feed = root / "feed.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Neckarbote</title>{''.join(items)}</channel></rss>\n",
        encoding="utf-8",
    )
    return feed


def page_html(article: dict, day: int) -> str:
    """The server-rendered HTML of ``article``."""
    paragraphs = "\n".join(f"<p>{html.escape(text)}</p>" for text in article["paragraphs"])
    return PAGE.format(
        title=html.escape(article["title"]),
        author=html.escape(article["author"]),
        published=article["published"],
        day=day,
        paragraphs=paragraphs,
    )


def crawl_rate(run: Run) -> float:
    """Pages/s from the spider's opening to its closing (without the process's start-up)."""
    return run.pages / run.stats["bench/crawl_seconds"]


def main() -> None:
    parser = bench_parser(
        __doc__, 30, 14, "a setting for both crawls, e.g. -s PLAYWRIGHT_MAX_PAGES_PER_CONTEXT=8"
    )
    args = parser.parse_args()
    extra = dict(setting.split("=", 1) for setting in args.settings)

    workdir = Path(tempfile.mkdtemp(prefix="newsmon-bench-rendering-"))
    write_site(workdir / "site", args.pages, args.seed)
    print(
        f"Site: {args.pages} hydrated article pages; {os.cpu_count()} CPUs, load average "
        f"{os.getloadavg()[0]:.1f} (other processes' load slows both crawls)",
        flush=True,
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.siteserver", str(workdir / "site")],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        feed = server.stdout.readline().strip() + "feed.xml"
        results: dict[str, list[Run]] = {"plain": [], "playwright": []}
        for number in range(1, args.runs + 1):
            for kind, settings in (("plain", extra), ("playwright", {**extra, **RENDERED})):
                run = full_pipeline([feed], workdir, settings)
                results[kind].append(run)
                print(
                    f"  run {number} {kind:<10} {run.pages} pages, stored "
                    f"{run.stats.get('item_scraped_count', 0)}: crawl "
                    f"{run.stats['bench/crawl_seconds']:5.1f} s = {crawl_rate(run):5.1f} pages/s, "
                    f"process {run.seconds:5.1f} s = {run.rate:5.1f} pages/s",
                    flush=True,
                )
        print("\nWhole process (pages/s, memory, CPU):")
        print_runs("plain HTTP", results["plain"])
        print_runs("rendered by Chromium", results["playwright"])
        print("\nCrawl only (median pages/s, spider opened to closed):")
        medians = {kind: statistics.median(map(crawl_rate, runs)) for kind, runs in results.items()}
        for kind, label in (("plain", "plain HTTP"), ("playwright", "rendered by Chromium")):
            print(f"{label:<28} {medians[kind]:7.1f} pages/s")
        print(f"\nRendered/plain: {medians['playwright'] / medians['plain']:.2f} (crawl only)")
    finally:
        server.stdin.close()
        server.wait(10)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
