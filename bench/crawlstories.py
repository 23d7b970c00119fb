"""Stories through a real crawl: the yardstick site's pages that carry the development set's
labelled articles, crawled by newsmon, scored against their stories.

    python bench/crawlstories.py [--perf ../shared/perf] [--pages 600] [-s NAME=VALUE ...]

``bench/dedup.py --quality`` feeds the labelled texts straight to the copy and story steps;
here the same texts come out of 50-150 KB pages with menus, teaser cards, comments and a
"latest news" river (``../shared/perf/gen_site.py``: its first pages each carry one labelled
article, the rest mix three). Printed, over the real pages the crawl stored:

- the stories the crawl formed (decided on the texts as they were when each was crawled);
- the same texts as stored after the crawl, fed to the story step alone (after the crawl's
  site boilerplate is applied: what a second crawl would see);
- the labelled texts themselves, the same articles (what extraction costs).

The generator gives undated articles random dates over 2012-2019, which says nothing about
their stories: ``STORY_WINDOW_DAYS`` is raised to 5000 for all three (``-s`` overrides).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bench.dedup import DEVSET, bcubed, devset_item, run_labelled  # noqa: E402
from bench.pipeline import bench_parser, full_pipeline  # noqa: E402
from pipelines.storage.models import Article  # noqa: E402

WINDOW = {"STORY_WINDOW_DAYS": "5000"}


def labelled_by_title() -> dict[str, dict]:
    """The development set's articles by their title as the generator writes it (titles
    that two articles share are left out: they cannot be told apart)."""
    found: dict[str, list[dict]] = {}
    for line in DEVSET.read_text("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            title = (record.get("title") or "").strip() or record["text"].split(". ")[0][:90]
            found.setdefault(" ".join(title.split()), []).append(record)
    return {title: records[0] for title, records in found.items() if len(records) == 1}


def crawl_site(perf: Path, site: Path, workdir: Path, settings: dict[str, str]) -> str:
    """Serve ``site`` with the yardstick's server, crawl its sitemap; the database's URL."""
    server = subprocess.Popen(
        [sys.executable, str(perf / "serve.py"), str(site)], stdout=subprocess.PIPE, text=True
    )
    try:
        base = server.stdout.readline().split()[-1]
        full_pipeline([base + "sitemap.xml"], workdir, settings)
    finally:
        server.terminate()
        server.wait()
    return f"sqlite:///{workdir / 'newsmon.db'}"


def score(name: str, predicted: dict[str, object], gold: dict[str, str]) -> None:
    precision, recall, f1 = bcubed(predicted, gold)
    print(f"  {name:<44} B-cubed P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")


def main() -> None:
    parser = bench_parser(__doc__, 600, 1, "a setting for the crawl, e.g. -s WORKERS=0")
    parser.add_argument("--perf", type=Path, default=ROOT.parent / "shared" / "perf")
    args = parser.parse_args()
    settings = {**WINDOW, **dict(setting.split("=", 1) for setting in args.settings)}
    labelled = labelled_by_title()
    with tempfile.TemporaryDirectory(prefix="newsmon-crawlstories-") as folder:
        workdir, site = Path(folder), Path(folder) / "site"
        subprocess.run(
            [sys.executable, str(args.perf / "gen_site.py"), str(site), "--n", str(args.pages),
             "--seed", str(args.seed)],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        engine = create_engine(crawl_site(args.perf, site, workdir, settings))
        # Per stored page that carries a labelled article: the article, its stored text, its story.
        real: dict[str, tuple[dict, str, int]] = {}
        with Session(engine) as session:
            columns = (Article.id, Article.title, Article.text, Article.story_id)
            for row in session.execute(select(*columns)):
                record = labelled.get(" ".join((row.title or "").split()))
                if record is not None:
                    real[str(row.id)] = (record, row.text, row.story_id)
        engine.dispose()
        gold = {key: record["story_id"] for key, (record, _, _) in real.items()}
        stored = [{**record, "id": key, "text": text} for key, (record, text, _) in real.items()]
        source = [{**record, "id": key} for key, (record, _, _) in real.items()]
        print(f"{len(real)} stored pages carry a labelled article ({len(set(gold.values()))} "
              f"stories); {settings}")  # fmt: skip
        score("the crawl's stories", {key: story for key, (_, _, story) in real.items()}, gold)
        for name, texts in (("stored texts, stories alone", stored), ("labelled texts", source)):
            assigned = run_labelled(texts, workdir, name.split()[0], devset_item)
            score(name, {key: value[1] for key, value in assigned.items()}, gold)


if __name__ == "__main__":
    main()
