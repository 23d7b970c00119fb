"""Benchmark: republisher disclaimers on a labelled set, ``bench/data/disclaimers/set.jsonl``.

    python bench/disclaimers.py [--misses]

The set holds, per language (12), one short news article and labelled items written the way
aggregators and newspapers phrase them, not from newsmon's vocabulary:

- ``disclaimer``: a republisher disclaimer (rights stay with the author and takedown on
  request, "originally published on", machine translation, not investment advice, the views
  are the author's own, sponsored/partner content, source lines), placed as the article's
  first, middle or last paragraph, or inside its first or last paragraph (``position``);
- ``decoy``: news text that mentions what disclaimers are about (a copyright ruling, a
  minister's "this is not advice", an anonymous source, "first appeared in 2014"), placed
  as a paragraph of the article.

For each item it runs ``strip_disclaimers`` on the article with the item in it and prints,
overall and per language: recall (disclaimers removed whole: none of their sentences left,
and the article intact), precision (of the items where something was removed, the share
where exactly the disclaimer was), decoys touched, article paragraphs lost; and whether
seed 000's disclaimer goes and its credit line stays.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.text.disclaimers import strip_disclaimers  # noqa: E402

SET = ROOT / "bench" / "data" / "disclaimers" / "set.jsonl"
SEED = next((ROOT / "seeds").glob("000_*.txt"))
SEED_CREDIT = "Mit Informationen von Björn Blaschke"


def placed(article: list[str], text: str, position: str) -> list[str]:
    """The article with ``text`` as a paragraph (start, middle, end) or inside its first or
    last paragraph (inline-start, inline-end)."""
    if position == "inline-start":
        return [f"{text} {article[0]}", *article[1:]]
    if position == "inline-end":
        return [*article[:-1], f"{article[-1]} {text}"]
    at = {"start": 0, "middle": len(article) // 2 + 1, "end": len(article)}[position]
    return [*article[:at], text, *article[at:]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="show every wrong item")
    args = parser.parse_args()
    items = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line]
    articles = {i["lang"]: i["paragraphs"] for i in items if i["kind"] == "article"}
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for item in items:
        if item["kind"] == "article":
            continue
        article = articles[item["lang"]]
        given = placed(article, item["text"], item["position"])
        kept = strip_disclaimers(given)
        lost = sum(p not in kept for p in article)
        for key in (item["lang"], "all"):
            tally = counts[key]
            tally["paragraphs lost"] += lost
            if item["kind"] == "disclaimer":
                tally["disclaimers"] += 1
                whole = kept == article
                tally["removed whole"] += whole
                tally["removals"] += kept != given
                tally["exact removals"] += whole
            else:
                tally["decoys"] += 1
                tally["decoys touched"] += kept != given
                tally["removals"] += kept != given
        wrong = kept != (article if item["kind"] == "disclaimer" else given)
        if args.misses and wrong:
            print(f"  miss {item['id']} ({item['position']}): {kept}")
    print(f"disclaimer set: {SET.relative_to(ROOT)}")
    print("  lang  disclaimers  recall  precision  decoys  touched  article paragraphs lost")
    for key in sorted(counts, key=lambda k: (k == "all", k)):
        t = counts[key]
        recall = t["removed whole"] / t["disclaimers"] if t["disclaimers"] else 0.0
        precision = t["exact removals"] / t["removals"] if t["removals"] else 1.0
        print(
            f"  {key:<5} {t['disclaimers']:>11}  {recall:6.3f}  {precision:9.3f}  "
            f"{t['decoys']:>6}  {t['decoys touched']:>7}  {t['paragraphs lost']:>23}"
        )
    seed = SEED.read_text(encoding="utf-8").splitlines()
    kept = strip_disclaimers(seed)
    gone = not any("Haftungsausschluss" in p or "Urheberrecht" in p for p in kept)
    credit = any(p.startswith(SEED_CREDIT) for p in kept)
    print(f"  seed 000: Haftungsausschluss gone: {gone}; credit line kept: {credit}")


if __name__ == "__main__":
    main()
