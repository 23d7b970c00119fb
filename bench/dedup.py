"""Benchmark of copy detection and story clustering: quality and scale.

(a) Quality, on the labelled set ``bench/data/dedup/articles.jsonl``: every
    article goes through the real dedup → stories → store pipelines (SQLite),
    once in the file's order and once reversed. Printed: duplicate precision
    and recall (pairs of articles in one copy group), story B-cubed precision,
    recall and F1, cross-language pairs of one story found (multilingual), and
    whether both orders gave the same partitions. Next to it, the same on the
    real development set ``../shared/devsets/stories/articles.jsonl`` (ECB+:
    496 English articles without dates, 42 stories in pairs of same-kind
    events), when present: story B-cubed, both orders.
(b) Scale: 10k, 100k and 300k synthetic articles are stored first (rows and
    persisted features, as a crawl leaves them), then a new crawl opens the
    pipelines (start-up load, timed) and processes the same 400 new articles
    (a tenth of them copies of stored ones). Printed per size: load time,
    median dedup-and-story time per article, median store time, resident memory
    after loading, and the ratios to the 10k baseline measured in the same run.
    The archive grows by a fixed number of articles per day, like a real one:
    a bigger archive is a longer history, not a denser day.

Run: ``python bench/dedup.py`` (both), ``--quality`` or ``--scale`` (one),
``--sizes 10000,100000`` (other sizes), ``--archives DIR`` (keep the built archives
there and reuse them: building 300k takes a while; measure on a quiet machine; each
measurement crawls into a copy). Targets: duplicate P and R ≥ 0.95, story B-cubed
F1 ≥ 0.85, time per article at 300k within 1.5× of 10k.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import itertools
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from crawler import settings  # noqa: E402
from crawler.items import ArticleItem  # noqa: E402
from crawler.offline import project_crawler  # noqa: E402
from crawler.spiders.replay import ReplaySpider  # noqa: E402
from pipelines.dedup import DedupPipeline  # noqa: E402
from pipelines.similarity.copies import copy_features  # noqa: E402
from pipelines.similarity.terms import pack, term_vector  # noqa: E402
from pipelines.storage.database import open_database  # noqa: E402
from pipelines.storage.models import Article, ArticleFeatures, Story  # noqa: E402
from pipelines.store import StorePipeline  # noqa: E402
from pipelines.story import StoryPipeline  # noqa: E402
from pipelines.text.disclaimers import strip_disclaimers  # noqa: E402

LABELLED = ROOT / "bench" / "data" / "dedup" / "articles.jsonl"
SIZES = (10_000, 100_000, 300_000)
NEW_ARTICLES = 400
ARTICLES_PER_DAY = 300
FUNCTION_WORDS = 300
DEVSET = ROOT.parent / "shared" / "devsets" / "stories" / "articles.jsonl"
TARGETS = {
    "dup_precision": 0.95, "dup_recall": 0.95, "story_f1": 0.85, "time_ratio": 1.5,
    "devset_story_precision": 0.95, "devset_story_f1": 0.90,
}  # fmt: skip
DEVSET_SEEN = datetime(2025, 11, 1, tzinfo=UTC)  # every devset article first seen then


class Crawl:
    """dedup → stories → store over one database, as one crawl run."""

    def __init__(self, database_url: str):
        self.crawler = project_crawler(ReplaySpider, {"DATABASE_URL": database_url})
        self.crawler.spider = ReplaySpider(path=__file__)
        self.dedup = DedupPipeline.from_crawler(self.crawler)
        self.stories = StoryPipeline.from_crawler(self.crawler)
        self.store = StorePipeline.from_crawler(self.crawler)
        started = time.perf_counter()
        self.dedup.open_spider()
        self.load_seconds = time.perf_counter() - started
        self.store.open_spider()

    def process(self, item: ArticleItem) -> tuple[float, float]:
        """Run one item; seconds spent in dedup and stories, and in the store."""
        started = time.perf_counter()
        item = self.stories.process_item(self.dedup.process_item(item))
        decided = time.perf_counter()
        self.store.process_item(item)  # its signal updates the indexes: timed with the store
        return decided - started, time.perf_counter() - decided

    def close(self) -> None:
        self.store.close_spider()


# --- (a) quality ------------------------------------------------------------------
def labelled_item(record: dict) -> ArticleItem:
    paragraphs = [p.strip() for p in record["text"].split("\n") if p.strip()]
    published = datetime.fromisoformat(record["published"])
    return ArticleItem(
        url=record["url"],
        title=record["title"],
        site_name=record["outlet"],
        text="\n".join(strip_disclaimers(paragraphs)),  # as extraction leaves it
        language=record["language"],
        published=published,
        fetched_at=published + timedelta(hours=1),
        date_source="meta",
    )


def devset_item(record: dict) -> ArticleItem:
    """A devset article as extraction leaves it: no date, first seen at one moment."""
    return ArticleItem(
        url=f"https://devset.example/{record['id']}",
        title=record["title"],
        site_name=record.get("outlet"),
        text=record["text"],
        language=record.get("lang") or "en",
        fetched_at=DEVSET_SEEN,
    )


def run_labelled(
    records: list[dict], folder: Path, name: str, make_item=labelled_item
) -> dict[str, tuple[int, int]]:
    """Each record's (copy group, story) after a crawl of ``records`` in the given order."""
    url = f"sqlite:///{folder / name}.db"
    crawl = Crawl(url)
    ids = {}
    for record in records:
        item = make_item(record)
        crawl.process(item)
        ids[record["id"]] = item.article_id
    crawl.close()
    with open_database(url).session() as session:
        rows = {
            row.id: (row.duplicate_of or row.id, row.story_id)
            for row in session.execute(select(Article.id, Article.duplicate_of, Article.story_id))
        }
    return {key: rows[article_id] for key, article_id in ids.items()}


def pair_scores(predicted: dict[str, object], gold: dict[str, object]) -> tuple[float, float]:
    """Precision and recall of the pairs put in one group."""

    def pairs(groups):
        members = defaultdict(list)
        for key, group in groups.items():
            members[group].append(key)
        return {(a, b) for keys in members.values() for a in keys for b in keys if a < b}

    found, true = pairs(predicted), pairs(gold)
    precision = len(found & true) / len(found) if found else 1.0
    recall = len(found & true) / len(true) if true else 1.0
    return precision, recall


def bcubed(predicted: dict[str, object], gold: dict[str, object]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering."""
    by_predicted, by_gold = defaultdict(set), defaultdict(set)
    for key in gold:
        by_predicted[predicted[key]].add(key)
        by_gold[gold[key]].add(key)
    precision = recall = 0.0
    for key in gold:
        same = by_predicted[predicted[key]] & by_gold[gold[key]]
        precision += len(same) / len(by_predicted[predicted[key]])
        recall += len(same) / len(by_gold[gold[key]])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def partition(assignment: dict[str, object]) -> set[frozenset[str]]:
    groups = defaultdict(set)
    for key, group in assignment.items():
        groups[group].add(key)
    return {frozenset(g) for g in groups.values()}


def quality() -> dict[str, float]:
    records = [json.loads(line) for line in LABELLED.read_text("utf-8").splitlines() if line]
    originals = {r["id"]: r["duplicate_of"] or r["id"] for r in records}
    stories = {r["id"]: r["story"] for r in records}
    with tempfile.TemporaryDirectory() as folder:
        forward = run_labelled(records, Path(folder), "forward")
        backward = run_labelled(records[::-1], Path(folder), "backward")
    dup_p, dup_r = pair_scores({k: v[0] for k, v in forward.items()}, originals)
    story_p, story_r, story_f1 = bcubed({k: v[1] for k, v in forward.items()}, stories)
    same_copies = partition({k: v[0] for k, v in forward.items()}) == partition(
        {k: v[0] for k, v in backward.items()}
    )
    same_stories = partition({k: v[1] for k, v in forward.items()}) == partition(
        {k: v[1] for k, v in backward.items()}
    )
    gold_groups = partition(originals)
    exact_groups = len(partition({k: v[0] for k, v in forward.items()}) & gold_groups)
    print(f"(a) quality on {len(records)} labelled articles ({LABELLED.relative_to(ROOT)})")
    print(f"    duplicates   precision {dup_p:.3f}  recall {dup_r:.3f}")
    print(
        f"    stories      B-cubed precision {story_p:.3f}  recall {story_r:.3f}  F1 {story_f1:.3f}"
    )
    print(f"    copy groups found exactly: {exact_groups} of {len(gold_groups)}")
    cross_found, cross_true = cross_language_pairs(
        {k: v[1] for k, v in forward.items()}, stories, {r["id"]: r["language"] for r in records}
    )
    print(f"    multilingual: {cross_found} of {cross_true} cross-language pairs of a story joined")
    print(
        f"    file order vs reversed: same copy groups {same_copies}, same stories {same_stories}"
    )
    return {"dup_precision": dup_p, "dup_recall": dup_r, "story_f1": story_f1}


def cross_language_pairs(predicted: dict, gold: dict, languages: dict) -> tuple[int, int]:
    """Pairs of articles in different languages of one gold story: joined, and in all."""
    keys = sorted(gold)
    pairs = [
        (a, b) for i, a in enumerate(keys) for b in keys[i + 1 :]
        if gold[a] == gold[b] and languages[a] != languages[b]
    ]  # fmt: skip
    return sum(predicted[a] == predicted[b] for a, b in pairs), len(pairs)


def devset_quality() -> dict[str, float]:
    """Story B-cubed on the real development set, in file order and reversed."""
    if not DEVSET.exists():
        print(f"(a') development set: {DEVSET} not found, skipped")
        return {}
    records = [json.loads(line) for line in DEVSET.read_text("utf-8").splitlines() if line]
    gold = {r["id"]: r["story_id"] for r in records}
    with tempfile.TemporaryDirectory() as folder:
        forward = run_labelled(records, Path(folder), "forward", devset_item)
        backward = run_labelled(records[::-1], Path(folder), "backward", devset_item)
    precision, recall, f1 = bcubed({k: v[1] for k, v in forward.items()}, gold)
    same = partition({k: v[1] for k, v in forward.items()}) == partition(
        {k: v[1] for k, v in backward.items()}
    )
    print(f"(a') development set, real articles ({len(records)}, {len(set(gold.values()))} stories,"
          f" no dates; in-sample: rules were chosen on it)")  # fmt: skip
    print(f"    stories      B-cubed precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"    file order vs reversed: same stories {same}")
    return {"devset_story_precision": precision, "devset_story_f1": f1}


# --- (b) scale --------------------------------------------------------------------
def synthetic_words(rng: random.Random, count: int) -> list[str]:
    syllables = ["ka", "lo", "mi", "ne", "tu", "ra", "se", "vo", "di", "pa", "ge", "ri", "sto"]
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class SyntheticNews:
    """Deterministic fake articles: events of 1–4 reports sharing event words, Zipf prose."""

    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.vocabulary = synthetic_words(self.rng, 20000)
        # Ranks from FUNCTION_WORDS on: the most frequent words are what stopword lists remove.
        self.cumulative = list(
            itertools.accumulate(
                1 / (rank + FUNCTION_WORDS) for rank in range(len(self.vocabulary))
            )
        )

    def prose(self, words: int) -> list[str]:
        return self.rng.choices(self.vocabulary, cum_weights=self.cumulative, k=words)

    def event(self) -> list[str]:
        return self.rng.sample(self.vocabulary[2000:], 25)

    def article(self, event_words: list[str]) -> tuple[str, str]:
        body = self.prose(110) + self.rng.choices(event_words, k=40)
        self.rng.shuffle(body)
        return " ".join(event_words[:6]).capitalize(), " ".join(body) + "."

    def copy_of(self, text: str) -> str:
        words = text.split()
        return " ".join([*self.prose(8), *words[: len(words) - 5]]) + "."


def build_archive(database_url: str, size: int, news: SyntheticNews, start: datetime) -> None:
    """``size`` stored articles with features, ARTICLES_PER_DAY a day up to ``start``."""
    database = open_database(database_url)
    rows, features, stories = [], [], []
    story_id = article_id = 0
    while article_id < size:
        story_id += 1
        event = news.event()
        day = start - timedelta(days=(size - article_id) / ARTICLES_PER_DAY)
        stories.append({"id": story_id, "title": f"event {story_id}", "article_count": 0})
        for _ in range(min(news.rng.randint(1, 4), size - article_id)):
            article_id += 1
            title, text = news.article(event)
            published = day + timedelta(minutes=news.rng.randint(0, 600))
            copy = copy_features(text, settings.DEDUP_MIN_WORDS)
            rows.append({
                "id": article_id, "url": f"https://outlet{article_id % 50}.example/a/{article_id}",
                "source": f"outlet{article_id % 50}", "title": title, "text": text,
                "text_hash": copy.text_hash, "language": "xx", "published_at": published,
                "crawled_at": published, "last_seen_at": published, "story_id": story_id,
                "date_source": "meta", "date_confidence": 0.9, "version": 1,
            })  # fmt: skip
            vector = term_vector(title, text, "xx")
            features.append({
                "article_id": article_id, "words": copy.words, "signature": copy.signature,
                "terms": pack(vector), "names": pack(vector.names), "event_time": published,
                "dated": True,
            })  # fmt: skip
    with database.engine.begin() as connection:
        connection.execute(insert(Story), stories)
        for start_row in range(0, len(rows), 5000):
            connection.execute(insert(Article), rows[start_row : start_row + 5000])
            connection.execute(insert(ArticleFeatures), features[start_row : start_row + 5000])


def new_articles(news: SyntheticNews, start: datetime, archive: list[str]) -> list[ArticleItem]:
    """The articles of the measured crawl: new events, some copies of archived texts."""
    items = []
    for number in range(NEW_ARTICLES):
        if number % 10 == 9 and archive:
            title, text = "Republished", news.copy_of(news.rng.choice(archive))
        else:
            title, text = news.article(news.event())
        published = start + timedelta(minutes=number * 3)
        items.append(
            ArticleItem(
                url=f"https://new{number % 20}.example/story/{number}",
                title=title,
                text=text,
                language="xx",
                published=published,
                fetched_at=published,
                date_source="meta",
                source=f"new{number % 20}",
            )
        )
    return items


def resident_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


START = datetime(2025, 9, 1, tzinfo=UTC)


def build_archives(sizes: tuple[int, ...], folder: Path) -> float:
    """Archives of every size: the largest built article by article, the others its
    most recent articles (the same days up to START, a shorter history)."""
    built = time.perf_counter()
    largest = folder / f"archive-{max(sizes)}.db"
    build_archive(f"sqlite:///{largest}", max(sizes), SyntheticNews(), START)
    for size in sizes:
        if size == max(sizes):
            continue
        target = folder / f"archive-{size}.db"
        open_database(f"sqlite:///{target}")  # the schema
        first = max(sizes) - size
        with sqlite3.connect(target) as connection:
            connection.execute("ATTACH DATABASE ? AS big", (str(largest),))
            connection.execute(
                "INSERT INTO articles SELECT * FROM big.articles WHERE id > ?", (first,)
            )
            connection.execute(
                "INSERT INTO article_features SELECT * FROM big.article_features"
                " WHERE article_id > ?",
                (first,),
            )
            connection.execute(
                "INSERT INTO stories SELECT * FROM big.stories WHERE id IN"
                " (SELECT story_id FROM articles)"
            )
    return time.perf_counter() - built


def measure_size(size: int, folder: Path) -> dict[str, float]:
    """One size, in this process: time a crawl over its archive."""
    crawled = folder / f"crawl-{size}.db"  # a copy: the archive stays as built, for reuse
    shutil.copyfile(folder / f"archive-{size}.db", crawled)
    database_url = f"sqlite:///{crawled}"
    start = START
    with open_database(database_url).session() as session:
        archive = list(session.scalars(select(Article.text).order_by(Article.id.desc()).limit(50)))
    items = new_articles(SyntheticNews(seed=11), start, archive)
    gc.collect()
    crawl = Crawl(database_url)
    memory = resident_mib()
    decide, store = [], []
    for item in items:
        seconds = crawl.process(item)
        decide.append(seconds[0])
        store.append(seconds[1])
    crawl.close()
    for leftover in folder.glob(f"{crawled.name}*"):
        leftover.unlink()
    return {
        "size": size,
        "load_s": crawl.load_seconds,
        "decide_ms": statistics.median(decide) * 1000,
        "store_ms": statistics.median(store) * 1000,
        "rss_mib": memory,
        "copies": crawl.crawler.stats.get_value("newsmon/dedup/copies", 0),
    }


def scale(sizes: tuple[int, ...], archives: Path | None = None) -> float:
    print(
        f"(b) scale: {NEW_ARTICLES} new articles over stored archives"
        f" ({ARTICLES_PER_DAY} articles a day)"
    )
    with contextlib.ExitStack() as stack:
        if archives is None:
            archives = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        archives.mkdir(parents=True, exist_ok=True)
        if all((archives / f"archive-{size}.db").exists() for size in sizes):
            print(f"    archives reused from {archives}")
        else:
            print(f"    archives built in {build_archives(sizes, archives):.0f} s")
        results = [measure_in_subprocess(size, archives) for size in sizes]
    base = results[0]
    print(
        "    stored   load s   dedup+story ms/article (×base)   store ms (×base)   RSS MiB"
        "   copies found"
    )
    for r in results:
        decide_ratio = r["decide_ms"] / base["decide_ms"]
        store_ratio = r["store_ms"] / base["store_ms"]
        print(
            f"    {r['size']:>7,}  {r['load_s']:6.2f}"
            f"   {r['decide_ms']:8.3f} ({decide_ratio:4.2f}×)"
            f"                  {r['store_ms']:6.2f} ({store_ratio:4.2f}×)"
            f"    {r['rss_mib']:7.0f}   {r['copies']}/{NEW_ARTICLES // 10}"
        )
    return results[-1]["decide_ms"] / base["decide_ms"]


def measure_in_subprocess(size: int, folder: Path) -> dict[str, float]:
    """One size in a process of its own: memory and caches measured cleanly."""
    output = subprocess.run(
        [sys.executable, __file__, "--measure", str(size), "--folder", str(folder)],
        capture_output=True, text=True, check=True, env={**os.environ},
    ).stdout  # fmt: skip
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quality", action="store_true")
    parser.add_argument("--scale", action="store_true")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument(
        "--archives", type=Path, help="folder keeping the built archives (reused when there)"
    )
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_size(args.measure, Path(args.folder))))
        return
    both = not args.quality and not args.scale
    figures = {}
    if args.quality or both:
        figures.update(quality())
        figures.update(devset_quality())
    if args.scale or both:
        figures["time_ratio"] = scale(tuple(int(s) for s in args.sizes.split(",")), args.archives)
    print("targets:", ", ".join(target_verdict(name, value) for name, value in figures.items()))


def target_verdict(name: str, value: float) -> str:
    """``name value ≥ target ok`` (``≤`` for the time ratio, ``MISSED`` when missed)."""
    at_most = name == "time_ratio"
    met = value <= TARGETS[name] if at_most else value >= TARGETS[name]
    sign = "≤" if at_most else "≥"
    return f"{name} {value:.3f} {sign} {TARGETS[name]} {'ok' if met else 'MISSED'}"


if __name__ == "__main__":
    main()
