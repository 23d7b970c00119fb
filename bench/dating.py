"""Benchmark: publication dates and languages on the annotated set in ``bench/data/dating/``.

    python bench/dating.py            # figures per case and overall
    python bench/dating.py --misses   # also list every page newsmon dates wrongly

For every page of ``manifest.jsonl`` it runs, in the same process:

- **newsmon**: the extract → language → date pipelines on the page, given the
  manifest's feed date (as the feed entry that linked the page) and HTTP
  ``Last-Modified``, as a crawl would;
- **htmldate alone**: ``find_date(html, url=url, original_date=True,
  extensive_search=True)``, the baseline.

A page counts as correctly dated when the day matches ``expected_published``
(``published`` in the outlet's own offset), or when both are empty. It prints
day-level accuracy per case and overall, the ratio newsmon / htmldate, the
accuracy of ``updated`` on pages that declare an update, the confidence of
right and wrong dates, median times per page (newsmon's whole
extract → language → date chain; its page-level dating alone, parsing
included; htmldate alone), and language accuracy on the pages and on the
short texts of ``language.jsonl``.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from htmldate import find_date  # noqa: E402
from trafilatura import load_html  # noqa: E402

from crawler.items import ArticleItem  # noqa: E402
from crawler.offline import project_crawler  # noqa: E402
from pipelines.date import DatePipeline  # noqa: E402
from pipelines.dates.page import parse_timestamp  # noqa: E402
from pipelines.dates.resolve import page_dates  # noqa: E402
from pipelines.extract import ExtractPipeline  # noqa: E402
from pipelines.language import LanguagePipeline  # noqa: E402
from pipelines.text.language import detect_language  # noqa: E402

DATA = ROOT / "bench" / "data" / "dating"


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


class Newsmon:
    """newsmon's pipelines, as a crawl chains them, without storage."""

    def __init__(self):
        crawler = project_crawler(settings_dict={"LANGUAGES": []})
        self.steps = [
            ExtractPipeline.from_crawler(crawler),
            LanguagePipeline.from_crawler(crawler),
            DatePipeline.from_crawler(crawler),
        ]

    def run(self, page: dict, body: bytes) -> ArticleItem:
        item = ArticleItem(
            url=page["url"],
            body=body,
            encoding="utf-8",
            feed_published=parse_timestamp(page.get("feed_date")),
            http_last_modified=page.get("last_modified"),
        )
        for step in self.steps:
            item = step.process_item(item)
            if inspect.isawaitable(item):  # extract and language are async (the worker pool)
                item = asyncio.run(item)
        return item


def published_day(item: ArticleItem) -> str | None:
    return item.published.date().isoformat() if item.published else None


def htmldate_day(html: str, url: str) -> str | None:
    try:
        return find_date(html, url=url, original_date=True, extensive_search=True)
    except Exception as error:  # the baseline's failures count as misses, not crashes
        print(f"htmldate failed on {url}: {error}", file=sys.stderr)
        return None


def fraction(hits: int, total: int) -> str:
    return f"{hits}/{total} = {hits / total:.2f}" if total else "–"


def date_benchmark(pages: list[dict], show_misses: bool) -> None:
    newsmon = Newsmon()
    per_case: dict[str, Counter] = defaultdict(Counter)
    timings: dict[str, list[float]] = defaultdict(list)
    confidences: dict[bool, list[float]] = defaultdict(list)
    sources: Counter = Counter()
    updated = Counter()
    languages = Counter()
    misses = []
    for page in pages:
        body = (DATA / "pages" / f"{page['id']}.html").read_bytes()
        expected = page["expected_published"]

        started = time.perf_counter()
        item = newsmon.run(page, body)
        timings["newsmon"].append(time.perf_counter() - started)
        started = time.perf_counter()
        baseline = htmldate_day(body.decode("utf-8"), page["url"])
        timings["htmldate"].append(time.perf_counter() - started)
        started = time.perf_counter()
        page_dates(load_html(body.decode("utf-8")), page["url"])
        timings["page dates"].append(time.perf_counter() - started)

        ours = published_day(item)
        counts = per_case[page["case"]]
        counts["pages"] += 1
        counts["newsmon"] += ours == expected
        counts["htmldate"] += baseline == expected
        confidences[ours == expected].append(item.date_confidence)
        sources[item.date_source] += 1
        languages[item.language == page["language"]] += 1
        if page.get("expected_updated"):
            updated["pages"] += 1
            day = item.updated.date().isoformat() if item.updated else None
            updated["right"] += day == page["expected_updated"]
            if day != page["expected_updated"]:
                misses.append((page, f"updated {day}", "", "", page["expected_updated"]))
        if ours != expected:
            misses.append((page, ours, item.date_source, item.date_confidence, baseline))

    print("Publication day, per case (newsmon | htmldate alone):")
    width = max(len(case) for case in per_case)
    for case, counts in sorted(per_case.items()):
        print(
            f"  {case:<{width}}  newsmon {fraction(counts['newsmon'], counts['pages']):<13}"
            f"  htmldate {fraction(counts['htmldate'], counts['pages'])}"
        )
    total = sum((counts for counts in per_case.values()), Counter())
    ours, theirs = total["newsmon"] / total["pages"], total["htmldate"] / total["pages"]
    overall = (fraction(total[name], total["pages"]) for name in ("newsmon", "htmldate"))
    print("Overall: newsmon {}, htmldate alone {},".format(*overall), f"ratio {ours / theirs:.2f}")
    print("Updated day (pages declaring an update):", fraction(updated["right"], updated["pages"]))
    print("Date sources: " + ", ".join(f"{s} {n}" for s, n in sources.most_common()))
    for right in (True, False):
        values = confidences[right]
        if values:
            label = "right" if right else "wrong"
            spread = f"median {statistics.median(values):.2f}, min {min(values):.2f}"
            print(f"Confidence of {label} dates: {spread}, max {max(values):.2f} ({len(values)})")
    median = {name: statistics.median(values) * 1000 for name, values in timings.items()}
    print(
        "Median time per page: "
        + ", ".join(f"{name} {ms:.1f} ms" for name, ms in median.items())
        + f"; page dates / htmldate alone {median['page dates'] / median['htmldate']:.2f}"
    )
    print(f"Language of the pages: {fraction(languages[True], len(pages))}")
    if show_misses:
        print("Misses:")
        for page, ours, source, confidence, baseline in misses:
            expected = f"{page['id']:<18} {page['case']:<13} expected {page['expected_published']}"
            print(f"  {expected}  newsmon {ours} ({source} {confidence})  htmldate {baseline}")


def language_benchmark(items: list[dict]) -> None:
    per_language: dict[str, Counter] = defaultdict(Counter)
    for entry in items:
        found, _ = detect_language(entry["text"], entry.get("title"), entry.get("description"))
        counts = per_language[entry["language"]]
        counts["items"] += 1
        counts["right"] += found == entry["language"]
    right = sum(c["right"] for c in per_language.values())
    print(f"Language of the short texts (language.jsonl): {fraction(right, len(items))}")
    print("  " + ", ".join(f"{lang} {c['right']}/{c['items']}" for lang, c in per_language.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the pages dated wrongly")
    options = parser.parse_args()
    pages = load_jsonl(DATA / "manifest.jsonl")
    print(f"{len(pages)} pages, {len({p['language'] for p in pages})} languages")
    date_benchmark(pages, options.misses)
    language_benchmark(load_jsonl(DATA / "language.jsonl"))


if __name__ == "__main__":
    main()
