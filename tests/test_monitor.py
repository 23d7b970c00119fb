"""End to end: replaying the fixtures gives copies, stories and watch scores a user can list."""

import json
import shutil
from collections import defaultdict

import pytest

from tests.conftest import SEEDS, SITE
from tests.test_crawl import ALPENPOST, BOERSENBLICK, TAGESBLICK, articles, crawl

SOURCES = SEEDS / "sources.toml"
WATCH = "ukraine-schutztruppe"
UNRELATED = (
    "tagesblick/inland/warnstreik-regionalverkehr-nordwesten-104.html",
    "alpenpost/chronik/2025/09/04/mure-verschuettet-landesstrasse-pinzgau.html",
    "northbridge/technology/2025/09/03/kestrel-semiconductor-delays-chip-plant.html",
)


def by_path(rows, root=SEEDS):
    prefix = root.resolve().as_uri() + "/"
    return {row["url"].removeprefix(prefix): row for row in rows}


def replay(scrapy, database_url, path=SEEDS):
    crawl(scrapy, database_url, "replay", "-a", f"path={path}", "-a", f"sources={SOURCES}")


def test_must_show_1_copies_stories_and_watch_after_replaying_the_fixtures(scrapy, database_url):
    replay(scrapy, database_url)
    rows = by_path(articles(scrapy, database_url))
    seed_000, seed_002 = rows["000_4ff62c2f2672f3f6.txt"], rows["002_a49ea989e3a13d76.txt"]
    original, republished = rows[f"site/{TAGESBLICK}"], rows[f"site/{BOERSENBLICK}"]
    # 000 and 002 cover one event: one story, neither a copy of the other.
    assert seed_000["story_id"] == seed_002["story_id"]
    assert seed_000["duplicate_of"] != seed_002["id"] and seed_002["duplicate_of"] != seed_000["id"]
    # The republished copy (disclaimer, crumbs) points to the dated original; so does seed 000.
    assert original["duplicate_of"] is None
    assert republished["duplicate_of"] == original["id"] == seed_000["duplicate_of"]
    assert republished["source"] == "Börsenblick News"
    assert rows[f"site/{ALPENPOST}"]["story_id"] == seed_002["story_id"]
    for path in UNRELATED:
        assert rows[f"site/{path}"]["story_id"] != seed_000["story_id"], path
        assert rows[f"site/{path}"]["watches"][WATCH] < 0.2, path
    for row in (seed_000, seed_002, original, republished):
        assert row["watches"][WATCH] >= 0.5
    # Pages that say they are no article (home, sections, imprints) are not replayed.
    assert "site/tagesblick/index.html" not in rows

    story = articles(scrapy, database_url, "--story", str(seed_000["story_id"]))
    assert {r["id"] for r in story} == {
        r["id"] for r in rows.values() if r["story_id"] == seed_000["story_id"]
    }
    first_copy = next(i for i, r in enumerate(story) if r["duplicate_of"] == original["id"])
    assert story[first_copy - 1]["id"] == original["id"]  # a copy follows its original
    relevant = articles(scrapy, database_url, "--watch", WATCH)
    assert {r["id"] for r in relevant} == {
        r["id"] for r in rows.values() if r["watches"][WATCH] >= 0.2
    }
    assert [r["watches"][WATCH] for r in relevant] == sorted(
        (r["watches"][WATCH] for r in relevant), reverse=True
    )


def test_stories_command_lists_table_and_json(scrapy, sqlite_url):
    replay(scrapy, sqlite_url)
    listed = scrapy("stories", "--json", database_url=sqlite_url)
    assert listed.returncode == 0, listed.stderr
    stories = [json.loads(line) for line in listed.stdout.splitlines()]
    ukraine = next(s for s in stories if s["articles"] == 6)
    assert ukraine["title"] == "Putin droht: Westliche Soldaten wären „legitime Ziele“"
    assert (ukraine["outlets"], ukraine["languages"], ukraine["language_codes"]) == (5, 1, ["de"])
    assert ukraine["first_seen"].startswith("2025-09-04")
    assert {"id", "title", "first_seen", "last_seen", "articles", "outlets", "languages"} <= set(
        ukraine
    )
    table = scrapy("stories", "--min-articles", "2", database_url=sqlite_url)
    lines = table.stdout.splitlines()
    assert lines[0].split()[:6] == ["id", "first_seen", "last_seen", "articles", "outlets",
                                    "languages"]  # fmt: skip
    assert len(lines) == 2 and "Putin droht" in lines[1] and " 6 " in lines[1]


def copy_fixtures(target, paths):
    for path in paths:
        destination = target / path
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SEEDS / path, destination)


def outcome(rows, root):
    """Copy groups (original, members) and stories, by fixture path."""
    rows = by_path(rows, root)
    path_of = {row["id"]: path for path, row in rows.items()}
    groups, stories = defaultdict(set), defaultdict(set)
    for path, row in rows.items():
        groups[path_of[row["duplicate_of"] or row["id"]]].add(path)
        stories[row["story_id"]].add(path)
    return {(k, frozenset(v)) for k, v in groups.items()}, {frozenset(v) for v in stories.values()}


@pytest.mark.parametrize("first_part", [0, 1])
def test_must_show_2_two_runs_in_any_order_equal_one_run(scrapy, tmp_path, first_part):
    articles_ = [
        "000_4ff62c2f2672f3f6.txt",
        "002_a49ea989e3a13d76.txt",
        *(f"site/{p.relative_to(SITE)}" for p in sorted(SITE.rglob("*.html"))
          if b'og:type" content="article"' in p.read_bytes()),
    ]  # fmt: skip
    # The copies without their original in one part, the original in the other.
    parts = [
        [p for p in articles_ if "boersenblick" in p or "000_" in p or "chronik" in p],
        [p for p in articles_ if not ("boersenblick" in p or "000_" in p or "chronik" in p)],
    ]
    single = f"sqlite:///{tmp_path / 'one.db'}"
    copy_fixtures(tmp_path / "all", articles_)
    replay(scrapy, single, tmp_path / "all")
    expected = outcome(articles(scrapy, single), tmp_path / "all")

    double = f"sqlite:///{tmp_path / 'two.db'}"
    for part in (parts[first_part], parts[1 - first_part]):
        copy_fixtures(tmp_path / "split", part)
        replay(scrapy, double, tmp_path / "split")
        for path in part:
            (tmp_path / "split" / path).unlink()
    assert outcome(articles(scrapy, double), tmp_path / "split") == expected
    copies, _ = expected
    assert ("site/" + TAGESBLICK, frozenset({"site/" + TAGESBLICK, "site/" + BOERSENBLICK,
            "000_4ff62c2f2672f3f6.txt"})) in copies  # fmt: skip


def test_replay_with_a_bad_sources_file_stops_with_one_line(scrapy, sqlite_url, tmp_path):
    bad = tmp_path / "sources.toml"
    bad.write_text('[[watches]]\nname = "w"\nexamples = ["nowhere.txt"]\n')
    result = scrapy("crawl", "replay", "-a", f"path={SEEDS}", "-a", f"sources={bad}",
                    database_url=sqlite_url)  # fmt: skip
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode != 0 and len(errors) == 1 and "nowhere.txt" in errors[0]
