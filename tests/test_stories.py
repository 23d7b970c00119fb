"""Stories: linking, windows, bridging merges, counts, and independence of crawl order."""

import json
import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from crawler.items import ArticleItem
from pipelines.similarity.terms import cosine, stopwords, term_vector
from pipelines.storage.database import open_database
from pipelines.storage.models import Article, Story
from pipelines.text.extraction import extract_article, extract_text_document
from pipelines.text.language import detect_language
from tests.conftest import SEEDS, SITE
from tests.test_storage import Pipeline

DAY = datetime(2025, 9, 5, 12, tzinfo=UTC)
# Made-up words, distinct in their first five letters: overlap is exactly what is chosen.
WORDS = [f"q{i:03d}x" for i in range(200)]


def article(url, words, published=DAY, **fields) -> ArticleItem:
    return ArticleItem(
        url=url, text=" ".join(words), title=fields.pop("title", None), language=None,
        published=published,
        site_name=fields.pop("site_name", url.split("/")[2]), **fields,
    )  # fmt: skip


def stories(database_url) -> dict[int, Story]:
    with open_database(database_url).session() as session:
        return {s.id: s for s in session.scalars(select(Story))}


def test_term_vectors_drop_stopwords_and_weigh_names():
    assert "und" in stopwords("de") and "the" in stopwords("en") and not stopwords("xx")
    vector = term_vector("Putin warnt", "Putin und die Soldaten der Koalition", "de")
    assert vector == term_vector("Putin warnt", "Putin Soldaten Koalition", "de")
    same, shared = cosine(vector, term_vector(None, "putin warnte soldat koalitionen", "de"))
    assert shared == 4 and same > 0.9
    # Outside languages that capitalise nouns, names and numbers weigh double.
    english = term_vector(None, "Kestrel delays plant 6.1", "en")
    assert sorted(english.weights) == pytest.approx([1 / 10**0.5] * 2 + [2 / 10**0.5] * 2)


def test_overlapping_coverage_within_the_window_shares_a_story(database_url):
    run = Pipeline(database_url)
    a = run(article("https://one.example/a", WORDS[:60]))
    b = run(article("https://two.example/b", WORDS[30:90], DAY + timedelta(days=2)))
    late = run(article("https://three.example/c", WORDS[:60], DAY + timedelta(days=4)))
    other = run(article("https://four.example/d", WORDS[100:160]))
    run.close()
    assert a.story_id == b.story_id
    assert late.story_id == b.story_id  # within 3 days of b: chained
    assert other.story_id != a.story_id
    story = stories(database_url)[a.story_id]
    assert (story.article_count, story.outlet_count, story.language_count) == (3, 3, 0)
    assert story.first_seen == DAY and story.last_seen == DAY + timedelta(days=4)


def test_outside_the_window_is_another_story(database_url):
    run = Pipeline(database_url, STORY_WINDOW_DAYS=1)
    a = run(article("https://one.example/a", WORDS[:60]))
    b = run(article("https://two.example/b", WORDS[20:80], DAY + timedelta(days=2)))
    run.close()
    assert a.story_id != b.story_id


def story_of(database_url) -> dict[str, int]:
    with open_database(database_url).session() as session:
        return {url: story for url, story in session.execute(select(Article.url, Article.story_id))}


def test_a_bridging_article_does_not_chain_two_stories(database_url):
    run = Pipeline(database_url)
    left = run(article("https://one.example/a", WORDS[:60]))
    right = run(article("https://two.example/c", WORDS[60:120]))
    assert left.story_id != right.story_id
    bridge = run(article("https://three.example/b", WORDS[30:90]))  # half of each
    run.close()
    assert bridge.story_id in {left.story_id, right.story_id}
    found = story_of(database_url)
    assert found["https://one.example/a"] != found["https://two.example/c"]


def test_regrouping_splits_a_story_the_same_in_any_order(tmp_path):
    # a and b are just similar enough; c is nearly a, and too unlike b: b leaves.
    a = ("https://one.example/a", WORDS[:60])
    b = ("https://two.example/b", WORDS[45:105])
    c = ("https://three.example/c", WORDS[:40] + WORDS[150:170])
    results = []
    for order in ((a, b, c), (c, b, a), (b, c, a)):
        url = f"sqlite:///{tmp_path / str(len(results))}.db"
        run = Pipeline(url)
        for link, words in order:
            run(article(link, words))
        run.close()
        found = story_of(url)
        results.append({frozenset(u for u in found if found[u] == s) for s in found.values()})
    assert results[0] == results[1] == results[2]
    assert frozenset({a[0], c[0]}) in results[0] and frozenset({b[0]}) in results[0]


def test_merged_stories_are_marked_and_their_ids_never_reused(database_url, scrapy):
    run = Pipeline(database_url)
    early = run(article("https://one.example/a", WORDS[:60]))
    late = run(article("https://two.example/b", WORDS[10:70], DAY + timedelta(days=5)))
    assert early.story_id != late.story_id  # too far apart to be compared
    middle = run(article("https://three.example/c", WORDS[5:65], DAY + timedelta(days=2.5)))
    run.close()
    kept, merged = sorted((early.story_id, late.story_id))
    assert set(story_of(database_url).values()) == {kept} and middle.story_id == kept
    rows = stories(database_url)
    assert rows[merged].merged_into == kept and rows[kept].merged_into is None
    assert rows[kept].article_count == 3
    run = Pipeline(database_url)  # another crawl opens new stories
    fresh = [run(article(f"https://new.example/{i}", WORDS[120 + 20 * i:][:20] * 3))
             for i in range(2)]  # fmt: skip
    run.close()
    assert [f.story_id for f in fresh] == [merged + 1, merged + 2]
    listed = scrapy("stories", "--json", database_url=database_url)
    records = {r["id"]: r for r in map(json.loads, listed.stdout.splitlines())}
    assert records[kept]["absorbed"] == [merged] and merged not in records


def test_story_title_is_the_most_republished_original(database_url):
    run = Pipeline(database_url)
    run(article("https://one.example/a", WORDS[:60], DAY - timedelta(hours=3), title="Early"))
    main = run(article("https://two.example/b", WORDS[20:80], DAY, title="Main"))
    run(article("https://three.example/c", WORDS[20:80], DAY + timedelta(hours=1), title="Copy"))
    run.close()
    assert stories(database_url)[main.story_id].title == "Main"


def fixture_items() -> list[ArticleItem]:
    """The fixture articles and seed texts, extracted once, ready for dedup and stories."""
    items = []
    for path in sorted(SITE.rglob("*.html")):
        body = path.read_bytes()
        if b'og:type" content="article"' not in body:
            continue
        result = extract_article(body, path.as_uri())
        items.append(
            ArticleItem(
                url=path.as_uri(),
                text=result.text,
                title=result.title,
                site_name=result.site_name,
                published=result.published,
            )
        )
    for path in sorted(SEEDS.glob("*.txt")):
        text, date = extract_text_document(path.read_text("utf-8"))
        items.append(ArticleItem(url=path.as_uri(), text=text, published=date))
    for entry in items:
        entry.language, _ = detect_language(entry.text, entry.title)
        entry.fetched_at = datetime(2025, 11, 1, tzinfo=UTC)  # seen: the same in every order
    return items


def outcome(database_url) -> tuple[set, set]:
    """Copy groups and stories, as sets of sets of file names."""
    with open_database(database_url).session() as session:
        articles = list(session.scalars(select(Article)))
    name = {a.id: a.url.rsplit("/", 1)[1] for a in articles}
    groups, story_groups = defaultdict(set), defaultdict(set)
    for a in articles:
        groups[name[a.duplicate_of or a.id]].add(name[a.id])
        story_groups[a.story_id].add(name[a.id])
    copies = {(original, frozenset(members)) for original, members in groups.items()}
    return copies, {frozenset(members) for members in story_groups.values()}


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_stories_and_copies_do_not_depend_on_order_or_runs(sqlite_url, tmp_path, seed):
    items = fixture_items()
    run = Pipeline(sqlite_url)
    for entry in items:
        run(entry)
    run.close()
    expected = outcome(sqlite_url)

    shuffled = fixture_items()
    random.Random(seed).shuffle(shuffled)
    split = len(shuffled) // 2
    other_url = f"sqlite:///{tmp_path / 'two-runs.db'}"
    for batch in (shuffled[:split], shuffled[split:]):
        run = Pipeline(other_url)  # a separate crawl: indexes reloaded from the database
        for entry in batch:
            run(entry)
        run.close()
    assert outcome(other_url) == expected


@pytest.mark.postgres
def test_stories_and_copies_are_the_same_on_postgresql(sqlite_url, postgres_url):
    run = Pipeline(sqlite_url)
    for entry in fixture_items():
        run(entry)
    run.close()
    shuffled = fixture_items()
    random.Random(5).shuffle(shuffled)
    for batch in (shuffled[:5], shuffled[5:]):
        run = Pipeline(postgres_url)
        for entry in batch:
            run(entry)
        run.close()
    assert outcome(postgres_url) == outcome(sqlite_url)


def test_fixture_outcome_is_the_expected_one(sqlite_url):
    run = Pipeline(sqlite_url)
    for entry in fixture_items():
        run(entry)
    run.close()
    copies, story_sets = outcome(sqlite_url)
    originals = {original: members for original, members in copies}
    assert originals["putin-warnt-westliche-truppen-100.html"] == {
        "putin-warnt-westliche-truppen-100.html",
        "putin-truppen-ukraine-legitimes-ziel-4711.html",
        "000_4ff62c2f2672f3f6.txt",
    }
    ukraine = next(s for s in story_sets if "002_a49ea989e3a13d76.txt" in s)
    assert "000_4ff62c2f2672f3f6.txt" in ukraine
    for unrelated in (
        "warnstreik-regionalverkehr-nordwesten-104.html",
        "mure-verschuettet-landesstrasse-pinzgau.html",
        "kestrel-semiconductor-delays-chip-plant.html",
    ):
        assert unrelated not in ukraine
