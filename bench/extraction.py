"""Extraction benchmark: newsmon's ``extract_article`` against plain ``trafilatura.extract``.

Reads the annotated set in ``bench/data/extraction/`` (``manifest.jsonl``, ``pages/<id>.html``,
``truth/<id>.txt``), runs both extractors on every page in the same process and prints

* token-level bag-of-words precision, recall and F1, scored as the ScrapingHub
  article-extraction-benchmark does (tokens ``\\w+``, case-sensitive; per page the matched,
  extra and missing tokens; precision and recall averaged over pages, F1 from the two
  averages), overall and per kind, language and template;
* speed in documents per second, the median of ``--passes`` timed passes (≥ 3), the two
  extractors alternating so that both see the same machine load;
* newsmon's figures as differences and ratios against trafilatura's, and whether the
  targets hold: F1 ≥ trafilatura's, precision above it, speed ≥ 0.8× (``--check`` turns a
  missed target into exit status 1).

Usage::

    python bench/extraction.py [--data DIR] [--passes 5] [--pages] [--only ID] [--check]
    python bench/extraction.py --fallbacks   # the fallback candidates, each on its own
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import trafilatura
from trafilatura import load_html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.dates.resolve import page_dates  # noqa: E402
from pipelines.text.extraction import (  # noqa: E402
    baseline_text,
    extract_article,
    readable_markup,
    recall_text,
    trafilatura_text,
)

DEFAULT_DATA = ROOT / "bench" / "data" / "extraction"
TOKEN = re.compile(r"\w+")
SPEED_TARGET = 0.8  # newsmon's docs/s at least this share of trafilatura's


@dataclass(frozen=True)
class Page:
    """One annotated page of the set."""

    id: str
    url: str
    html: bytes
    truth: str
    groups: tuple[str, ...]  # "kind:teaser", "lang:de", "template:wp", …


@dataclass(frozen=True)
class Score:
    """Matched, extra and missing tokens of one page, as shares of their sum."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float | None:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


EXTRACTORS: dict[str, Callable[[bytes, str], str]] = {
    "newsmon": lambda html, url: extract_article(html, url).text,
    "trafilatura": lambda html, url: trafilatura.extract(html, url=url) or "",
}


# Candidates for the fallback when trafilatura finds nothing, each measured on its own.
FALLBACKS = {
    "recall mode (1st fallback)": recall_text,
    "baseline (2nd fallback)": baseline_text,
    "trafilatura (for reference)": trafilatura_text,
}


def load_pages(data: Path, only: str | None = None) -> list[Page]:
    """The pages listed in ``data/manifest.jsonl`` (only ids starting with ``only``)."""
    pages = []
    for line in (data / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        if only and not entry["id"].startswith(only):
            continue
        groups = (
            *(f"kind:{kind}" for kind in entry.get("kinds", [])),
            f"lang:{entry['language']}",
            f"template:{entry['template']}",
        )
        pages.append(
            Page(
                id=entry["id"],
                url=entry["url"],
                html=(data / "pages" / f"{entry['id']}.html").read_bytes(),
                truth=(data / "truth" / f"{entry['id']}.txt").read_text(encoding="utf-8"),
                groups=groups,
            )
        )
    return pages


def score(truth: str, predicted: str) -> Score:
    """Bag-of-words comparison of one page's extracted text with its ground truth."""
    expected, got = Counter(TOKEN.findall(truth)), Counter(TOKEN.findall(predicted))
    tp = sum((expected & got).values())
    fp = sum((got - expected).values())
    fn = sum((expected - got).values())
    total = tp + fp + fn
    return Score(tp / total, fp / total, fn / total) if total else Score(0.0, 0.0, 0.0)


def summary(scores: Iterable[Score]) -> tuple[float, float, float]:
    """Precision and recall averaged over pages, and F1 of the two averages."""
    scores = list(scores)
    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def measure_speed(pages: list[Page], passes: int) -> dict[str, float]:
    """Median docs/s of each extractor over ``passes`` passes (after one warm-up pass).

    Within a pass the extractors take turns page by page, so that both see the same load of
    a shared machine; each pass gives each extractor its docs/s over all pages.
    """
    rates: dict[str, list[float]] = defaultdict(list)
    for n in range(passes + 1):
        spent = dict.fromkeys(EXTRACTORS, 0.0)
        for i, page in enumerate(pages):
            order = list(EXTRACTORS) if (i + n) % 2 == 0 else list(reversed(EXTRACTORS))
            for name in order:
                started = time.perf_counter()
                EXTRACTORS[name](page.html, page.url)
                spent[name] += time.perf_counter() - started
        if n > 0:  # the first pass warms caches up
            for name, seconds in spent.items():
                rates[name].append(len(pages) / seconds)
    return {name: statistics.median(values) for name, values in rates.items()}


def page_dates_ms(pages: list[Page], passes: int) -> float:
    """Median milliseconds per page that ``page_dates`` (a step of ``extract_article``) takes,
    on pages parsed beforehand: the share of newsmon's time that is date finding."""
    trees = [load_html(readable_markup(page.html)[0] or "<html></html>") for page in pages]
    timings = []
    for _ in range(passes):
        started = time.perf_counter()
        for tree, page in zip(trees, pages, strict=True):
            page_dates(tree, page.url)
        timings.append((time.perf_counter() - started) * 1000 / len(pages))
    return statistics.median(timings)


def print_quality(pages: list[Page], scores: dict[str, list[Score]]) -> None:
    groups = sorted({g for page in pages for g in page.groups})
    print(f"{'group':<22} {'pages':>5}  " + "  ".join(f"{n:^20}" for n in EXTRACTORS))
    print(f"{'':<22} {'':>5}  " + "  ".join(f"{'P':>6} {'R':>6} {'F1':>6}" for _ in EXTRACTORS))
    for group in ["all", *groups]:
        chosen = [i for i, p in enumerate(pages) if group == "all" or group in p.groups]
        cells = []
        for name in EXTRACTORS:
            precision, recall, f1 = summary(scores[name][i] for i in chosen)
            cells.append(f"{precision:6.3f} {recall:6.3f} {f1:6.3f}")
        print(f"{group:<22} {len(chosen):>5}  " + "  ".join(cells))


def print_pages(pages: list[Page], scores: dict[str, list[Score]]) -> None:
    print(f"\n{'page':<14} " + "  ".join(f"{n + ' P/R':^15}" for n in EXTRACTORS))
    for i, page in enumerate(pages):
        cells = [
            f"{scores[n][i].precision or 0:6.3f}/{scores[n][i].recall or 0:6.3f}"
            for n in EXTRACTORS
        ]
        print(f"{page.id:<14} " + "  ".join(f"{c:^15}" for c in cells))


def print_fallbacks(pages: list[Page]) -> None:
    """Each fallback candidate alone, through newsmon's cleaning: how much it would recover."""
    print(f"{'fallback alone':<32} {'P':>6} {'R':>6} {'F1':>6}  no text")
    for name, finder in FALLBACKS.items():
        results = [extract_article(p.html, p.url, finders=(finder,)) for p in pages]
        precision, recall, f1 = summary(
            score(p.truth, r.text) for p, r in zip(pages, results, strict=True)
        )
        empty = sum(1 for r in results if not r.text)
        print(f"{name:<32} {precision:6.3f} {recall:6.3f} {f1:6.3f}  {empty}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the annotated set")
    parser.add_argument("--passes", type=int, default=5, help="timed passes (at least 3)")
    parser.add_argument("--pages", action="store_true", help="also print each page's scores")
    parser.add_argument("--only", help="only pages whose id starts with this")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument(
        "--fallbacks", action="store_true", help="only score the fallback candidates, alone"
    )
    args = parser.parse_args(argv)
    if args.passes < 3:
        parser.error("--passes must be at least 3 (the speed is a median)")
    pages = load_pages(args.data, args.only)
    if not pages:
        parser.error(f"no pages in {args.data}")
    if args.fallbacks:
        print_fallbacks(pages)
        return 0

    scores = {
        name: [score(page.truth, extract(page.html, page.url)) for page in pages]
        for name, extract in EXTRACTORS.items()
    }
    print(f"{len(pages)} pages from {args.data}\n")
    print_quality(pages, scores)
    if args.pages:
        print_pages(pages, scores)

    speed = measure_speed(pages, args.passes)
    ours, theirs = (summary(scores[name]) for name in ("newsmon", "trafilatura"))
    ratio = speed["newsmon"] / speed["trafilatura"]
    print(f"\nspeed (median of {args.passes} passes, docs/s): ", end="")
    print(", ".join(f"{name} {rate:.1f}" for name, rate in speed.items()))
    print(
        f"newsmon vs trafilatura: precision {ours[0] - theirs[0]:+.3f}, "
        f"recall {ours[1] - theirs[1]:+.3f}, F1 {ours[2] - theirs[2]:+.3f}, speed ×{ratio:.2f}"
    )
    dating = page_dates_ms(pages, args.passes)
    ours_ms, theirs_ms = 1000 / speed["newsmon"], 1000 / speed["trafilatura"]
    print(
        f"of newsmon's {ours_ms:.2f} ms/page, page dates take {dating:.2f} ms "
        f"(without them: speed ×{theirs_ms / (ours_ms - dating):.2f})"
    )
    targets = {
        "F1 ≥ trafilatura's": ours[2] >= theirs[2],
        "precision > trafilatura's": ours[0] > theirs[0],
        f"speed ≥ {SPEED_TARGET}× trafilatura's": ratio >= SPEED_TARGET,
    }
    for target, met in targets.items():
        print(f"  {'met ' if met else 'MISSED'} {target}")
    return 1 if args.check and not all(targets.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
