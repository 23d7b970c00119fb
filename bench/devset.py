"""Benchmark on real pages newsmon was not written for: ``../shared/devsets/pages/``.

    python bench/devset.py [--pages DIR] [--rounds 3] [--misses dates|snippets] [--no-own]
    python bench/devset.py --no-speed --no-own --steps   # each cleaning step switched off

In one run, on the dev pages (966 real pages; 538 with an expected publication day, 725 with
``with``/``without`` snippets), it prints:

- **dates**: day-level accuracy of ``extract_article(html, url).published`` against
  ``htmldate.find_date(html, url=url, original_date=True)`` (a ``null`` expected date is right
  only when none is given), per date set and overall;
- **snippets**: precision and recall over the snippets (a ``with`` snippet found is a true
  positive, missed a false negative; a ``without`` snippet found is a false positive) and the
  share of snippets right, newsmon's text against plain ``trafilatura.extract(html, url=url)``;
- **speed**: pages per second of ``extract_article`` and of ``trafilatura.extract`` on every
  page, the two alternating page by page (which goes first alternates too), so that both see
  the same machine load; ``--rounds`` timed rounds, the median ratio quoted;
- next to them, the same figures on the project's own sets (``bench/data/extraction`` token F1,
  ``bench/data/dating`` page-level day accuracy), unless ``--no-own``.

These are development figures: the rules were tuned looking at these pages. Pages are decoded
as the devset README says: UTF-8, else the ``<meta>`` charset, else cp1252.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import trafilatura
from htmldate import find_date
from w3lib.encoding import html_body_declared_encoding, resolve_encoding

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.text.extraction import extract_article  # noqa: E402

DEFAULT_PAGES = ROOT.parent / "shared" / "devsets" / "pages"
TARGET_DATE_MARGIN = 0.03  # newsmon's date accuracy at least htmldate's plus this
TARGET_SPEED = 0.9  # newsmon's pages/s at least this share of trafilatura's


@dataclass(frozen=True)
class DevPage:
    """One page of the dev set."""

    id: str
    url: str
    html: str
    date_set: str | None
    expected_date: str | None
    dated: bool  # whether the page has an expected_date field (null included)
    with_: tuple[str, ...]
    without: tuple[str, ...]


def decode(data: bytes) -> str:
    """UTF-8, else the page's declared charset, else cp1252."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = html_body_declared_encoding(data)
    codec = resolve_encoding(declared) if declared else None
    if codec and codec != "utf-8":
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace")


def load_pages(folder: Path) -> list[DevPage]:
    """The manifest's pages, their HTML decoded."""
    pages = []
    with (folder / "manifest.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            entry = json.loads(line)
            html = decode(gzip.decompress((folder / entry["file"]).read_bytes()))
            pages.append(
                DevPage(
                    entry["id"],
                    entry["url"],
                    html,
                    entry.get("date_set"),
                    entry.get("expected_date"),
                    "expected_date" in entry,
                    tuple(entry.get("with") or ()),
                    tuple(entry.get("without") or ()),
                )
            )
    return pages


def newsmon(page: DevPage) -> tuple[str | None, str]:
    """newsmon's (published day, text) of a page."""
    article = extract_article(page.html, page.url)
    day = article.published.date().isoformat() if article.published else None
    return day, article.text


def plain_trafilatura(page: DevPage) -> str:
    """Plain ``trafilatura.extract``'s text of a page."""
    return trafilatura.extract(page.html, url=page.url) or ""


def htmldate(page: DevPage) -> str | None:
    """``htmldate.find_date(original_date=True)``'s day for a page."""
    try:
        return find_date(page.html, url=page.url, original_date=True)
    except Exception:  # htmldate raises on odd pages; no date is its answer then
        return None


@dataclass
class SnippetScore:
    """Snippet counts: with-snippets found (tp) and missed (fn), without-snippets found (fp)
    and absent (tn)."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0

    def add(self, page: DevPage, text: str) -> None:
        for snippet in page.with_:
            if snippet in text:
                self.tp += 1
            else:
                self.fn += 1
        for snippet in page.without:
            if snippet in text:
                self.fp += 1
            else:
                self.tn += 1

    def figures(self) -> tuple[float, float, float]:
        """(precision, recall, share of snippets right)."""
        total = self.tp + self.fn + self.fp + self.tn
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return precision, recall, (self.tp + self.tn) / total if total else 0.0


def quality(pages: list[DevPage], misses: str | None) -> None:
    """Date accuracy and snippet precision/recall, newsmon against the libraries."""
    dates: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # set: newsmon, htmldate, n
    ours, theirs = SnippetScore(), SnippetScore()
    for page in pages:
        day, text = newsmon(page)
        if page.dated:
            found = htmldate(page)
            for key in (page.date_set or "unknown", "all"):
                dates[key][0] += day == page.expected_date
                dates[key][1] += found == page.expected_date
                dates[key][2] += 1
            if misses == "dates" and day != page.expected_date:
                print(
                    f"  date miss {page.id} expected {page.expected_date} newsmon {day} "
                    f"htmldate {found} {page.url}"
                )
        if page.with_ or page.without:
            ours.add(page, text)
            theirs.add(page, plain_trafilatura(page))
            if misses == "snippets":
                _print_snippet_misses(page, text)
    print("dates (day accuracy)                 newsmon  htmldate  diff")
    for key, (hits, library, total) in sorted(dates.items(), key=lambda kv: kv[0] == "all"):
        print(
            f"  {key:<18} n={total:<4}        {hits / total:.3f}    {library / total:.3f}"
            f"  {(hits - library) / total:+.3f}"
        )
    hits, library, total = dates["all"]
    _verdict(
        "date accuracy ≥ htmldate + 0.03", hits / total >= library / total + TARGET_DATE_MARGIN
    )
    p1, r1, s1 = ours.figures()
    p2, r2, s2 = theirs.figures()
    print("snippets                             newsmon  trafilatura")
    print(f"  precision                          {p1:.3f}    {p2:.3f}")
    print(f"  recall                             {r1:.3f}    {r2:.3f}")
    print(f"  share right                        {s1:.3f}    {s2:.3f}")
    _verdict("snippet precision and recall ≥ trafilatura", p1 >= p2 and r1 >= r2)


def _print_snippet_misses(page: DevPage, text: str) -> None:
    for snippet in page.with_:
        if snippet not in text:
            print(f"  missing {page.id} {snippet!r} {page.url}")
    for snippet in page.without:
        if snippet in text:
            print(f"  kept    {page.id} {snippet!r} {page.url}")


def speed(pages: list[DevPage], rounds: int) -> None:
    """Pages per second of newsmon and plain trafilatura, alternating page by page."""
    ratios, ours_rates, theirs_rates = [], [], []
    for round_ in range(rounds):
        spent = {"newsmon": 0.0, "trafilatura": 0.0}
        for index, page in enumerate(pages):
            order = [("newsmon", extract_article), ("trafilatura", trafilatura.extract)]
            for name, run in order if (index + round_) % 2 else order[::-1]:
                start = time.perf_counter()
                run(page.html, page.url)
                spent[name] += time.perf_counter() - start
        ours_rates.append(len(pages) / spent["newsmon"])
        theirs_rates.append(len(pages) / spent["trafilatura"])
        ratios.append(spent["trafilatura"] / spent["newsmon"])
    ratio = statistics.median(ratios)
    print(f"speed ({rounds} rounds, {len(pages)} pages)  newsmon  trafilatura  ratio")
    print(
        f"  pages/s (median)                   {statistics.median(ours_rates):6.1f}   "
        f"{statistics.median(theirs_rates):6.1f}       {ratio:.2f}x "
        f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)})"
    )
    _verdict("pages/s ≥ 0.9x trafilatura", ratio >= TARGET_SPEED)


def own_sets() -> None:
    """The same kinds of figures on the project's own annotated sets."""
    from trafilatura.utils import load_html

    from bench.dating import DATA as DATING
    from bench.dating import load_jsonl
    from bench.extraction import DEFAULT_DATA, score, summary
    from bench.extraction import load_pages as load_own
    from pipelines.dates.resolve import page_dates

    own = load_own(DEFAULT_DATA)
    ours = summary(score(p.truth, extract_article(p.html, p.url).text) for p in own)
    theirs = summary(score(p.truth, trafilatura.extract(p.html, url=p.url) or "") for p in own)
    print(f"own extraction set ({len(own)} pages)    newsmon  trafilatura")
    print(f"  token F1                           {ours[2]:.3f}    {theirs[2]:.3f}")
    entries = load_jsonl(DATING / "manifest.jsonl")
    hits = library = 0
    for entry in entries:
        html = (DATING / "pages" / f"{entry['id']}.html").read_text(encoding="utf-8")
        expected = entry.get("expected_published")
        found = page_dates(load_html(html), entry.get("url")).published
        hits += (found.date().isoformat() if found else None) == expected
        library += find_date(html, url=entry.get("url"), original_date=True) == expected
    print(f"own dating set ({len(entries)} pages, page signals only)  newsmon  htmldate")
    print(
        f"  day accuracy                       {hits / len(entries):.3f}    "
        f"{library / len(entries):.3f}"
    )


# Cleaning steps, each switched off in turn by ``--steps``: (module, attribute, stand-in).
STEPS = {
    "standfirst": (
        "extraction",
        "_with_standfirst",
        lambda paragraphs, tree, description: paragraphs,
    ),
    "disclaimers": (
        "extraction",
        "strip_disclaimers",
        lambda paragraphs, extra=(): list(paragraphs),
    ),
    "headline echoes": ("furniture", "_headline_echoes", lambda *args: set()),
    "furniture lines": ("furniture", "_is_furniture", lambda *args: False),
    "teaser blocks": ("furniture", "_teaser_blocks", lambda *args: set()),
    "pitch headings": ("furniture", "_pitch_headings", lambda *args: set()),
    "pull quotes": ("furniture", "_pull_quotes", lambda *args: set()),
    "captions": ("furniture", "_captions", lambda *args: set()),
    "layout tables": ("extraction", "_unwrap_layout_tables", lambda tree: None),
    "sign-up boxes": ("extraction", "_drop_signup_boxes", lambda tree: None),
}
MARKUP_STEPS = {"layout tables", "sign-up boxes"}  # these change what trafilatura sees


def steps(pages: list[DevPage]) -> None:
    """Each cleaning step's net effect: snippet figures with the step switched off."""
    from pipelines.text import extraction, furniture

    modules = {"extraction": extraction, "furniture": furniture}
    pages = [page for page in pages if page.with_ or page.without]
    found = extraction._article_paragraphs
    cache: dict[str, list[str]] = {}

    def cached(tree, url, gallery, finders):  # trafilatura's paragraphs, found once per page
        if url not in cache:
            cache[url] = found(tree, url, gallery, finders)
        return list(cache[url])

    def figures() -> tuple[float, float, float]:
        score = SnippetScore()
        for page in pages:
            score.add(page, extract_article(page.html, page.url).text)
        return score.figures()

    extraction._article_paragraphs = cached
    try:
        base = figures()
        print("cleaning steps, each switched off (snippets)  precision  recall  share right")
        print(
            f"  all steps on                             {base[0]:.3f}      {base[1]:.3f}"
            f"   {base[2]:.3f}"
        )
        for name, (module, attribute, stand_in) in STEPS.items():
            owner = modules[module]
            kept = getattr(owner, attribute)
            setattr(owner, attribute, stand_in)
            extraction._article_paragraphs = found if name in MARKUP_STEPS else cached
            try:
                off = figures()
            finally:
                setattr(owner, attribute, kept)
                extraction._article_paragraphs = cached
            pays = "pays" if off[2] < base[2] else "does not pay"
            print(
                f"  without {name:<32} {off[0]:.3f}      {off[1]:.3f}   {off[2]:.3f}"
                f"  ({pays}: {base[2] - off[2]:+.4f})"
            )
    finally:
        extraction._article_paragraphs = found


def _verdict(target: str, met: bool) -> None:
    print(f"  target {target}: {'met' if met else 'NOT MET'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--misses", choices=("dates", "snippets"))
    parser.add_argument("--no-own", action="store_true", help="skip the project's own sets")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--steps", action="store_true", help="each cleaning step's net effect")
    args = parser.parse_args()
    pages = load_pages(args.pages)
    print(f"dev pages: {len(pages)} from {args.pages} (development figures: in-sample)")
    quality(pages, args.misses)
    if not args.no_speed:
        speed(pages, args.rounds)
    if not args.no_own:
        own_sets()
    if args.steps:
        steps(pages)


if __name__ == "__main__":
    main()
