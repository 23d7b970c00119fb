"""Canonical URLs, exact and near copies, originals, on real SQLite and PostgreSQL databases."""

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from sqlalchemy import select

from crawler import settings
from crawler.items import ArticleItem
from pipelines.similarity.copies import (
    MINHASH_SCHEME,
    MINHASH_SEED,
    NUM_PERM,
    BandIndex,
    CopyIndex,
    copy_features,
    is_near_copy,
    jaccard,
    lsh_shape,
    minhash_signature,
    shingles,
)
from pipelines.similarity.urls import article_url, canonical_url, url_key
from pipelines.storage.database import open_database
from pipelines.storage.models import Article, ArticleFeatures
from tests.conftest import SEEDS
from tests.test_storage import Pipeline

SEED_TEXT = (SEEDS / "000_4ff62c2f2672f3f6.txt").read_text("utf-8")
ORIGINAL = " ".join(SEED_TEXT.split()[:260])
# A republication: new teaser on top, a sentence dropped, an update line at the end.
NEAR_COPY = (
    "Moskau droht dem Westen. "
    + ORIGINAL.replace("Vielmehr solle ein erneuter Angriff auf die Ukraine verhindert werden.", "")
    + " Update: Der Artikel wurde um eine Stellungnahme ergänzt."
)
DAY = datetime(2025, 9, 5, 12, tzinfo=UTC)


def item(url: str, text: str, published: datetime | None = DAY, **fields) -> ArticleItem:
    return ArticleItem(
        url=url, text=text, title=fields.pop("title", "Putin warnt"),
        language=fields.pop("language", "de"),
        published=published, date_source="meta" if published else "none", **fields,
    )  # fmt: skip


def rows(database_url) -> dict[str, Article]:
    with open_database(database_url).session() as session:
        return {a.url: a for a in session.scalars(select(Article))}


# --- canonical URLs ------------------------------------------------------------------
def test_tracking_parameters_fragments_and_case_are_dropped():
    assert (
        canonical_url("HTTPS://News.Example/a/b.html?utm_source=x&fbclid=1&gclid=2&id=3#top")
        == "https://news.example/a/b.html?id=3"
    )


def test_amp_and_mobile_variants_are_one_article():
    desktop = canonical_url("https://www.news.example/politik/putin-100.html")
    for variant in (
        "https://news.example/politik/putin-100.html",
        "http://m.news.example/politik/putin-100.html",
        "https://amp.news.example/politik/putin-100.html",
        "https://www.news.example/amp/politik/putin-100.html",
        "https://www.news.example/politik/putin-100.amp.html",
        "https://www.news.example/politik/putin-100.html?amp=1",
        "https://www.news.example/politik/putin-100.html?outputType=amp",
    ):
        assert url_key(canonical_url(variant)) == url_key(desktop), variant


def test_declared_canonical_is_taken_on_the_same_site_only():
    page = "https://m.news.example/p/100?utm_medium=rss"
    assert article_url(page, "https://www.news.example/putin-100.html") == (
        "https://www.news.example/putin-100.html"
    )
    # A republisher's canonical to the original must not make the copy lose its URL.
    assert article_url(page, "https://original.example/putin.html") == canonical_url(page)
    # A canonical to the home page is a template error.
    assert article_url(page, "https://www.news.example/") == canonical_url(page)


# --- signatures and LSH -------------------------------------------------------------
def test_short_and_empty_texts_get_no_signature():
    assert (
        copy_features("Zwei Zeilen, ein Unfall auf der A3.", settings.DEDUP_MIN_WORDS).signature
        is None
    )
    assert copy_features("", settings.DEDUP_MIN_WORDS).words == 0
    assert copy_features(ORIGINAL, settings.DEDUP_MIN_WORDS).signature is not None


def test_lsh_shape_finds_pairs_at_the_threshold():
    bands, rows_ = lsh_shape(64, 0.8)
    assert bands * rows_ <= 64
    assert 1 - (1 - 0.8**rows_) ** bands >= 0.999


def test_band_index_finds_the_near_copy_not_the_unrelated_text():
    index = BandIndex(64, 0.8)
    unrelated = " ".join(f"wort{i} satz{i % 7}" for i in range(200))
    signatures = [
        copy_features(t, settings.DEDUP_MIN_WORDS).signature for t in (ORIGINAL, unrelated)
    ]
    index.load(np.frombuffer(b"".join(signatures), "<u4").reshape(2, -1), np.array([0, 1]))
    assert jaccard(ORIGINAL, NEAR_COPY) >= 0.8
    assert index.query(copy_features(NEAR_COPY, settings.DEDUP_MIN_WORDS).signature) == {0}
    index.add(copy_features(unrelated + " ende", settings.DEDUP_MIN_WORDS).signature, 2)
    assert 2 in index.query(copy_features(unrelated, settings.DEDUP_MIN_WORDS).signature)


def test_candidates_far_below_the_threshold_are_not_read():
    # A text sharing half of its words (Jaccard 0.32) that LSH still proposes (filler 1 makes
    # one band collide): its signature rules it out before its text would be read.
    words = ORIGINAL.split()
    kept = int(len(words) * 0.5)
    partial = " ".join(words[:kept] + [f"anders1x{i}" for i in range(len(words) - kept)])
    index = CopyIndex(settings.DEDUP_THRESHOLD, settings.DEDUP_CONTAINMENT)
    stored = ArticleItem(url="https://a.example/1", canonical_url="https://a.example/1")
    stored.article_id, stored.fetched_at = 1, DAY
    index.add(stored, None, copy_features(ORIGINAL, settings.DEDUP_MIN_WORDS))
    features = copy_features(partial, settings.DEDUP_MIN_WORDS)
    assert index.bands.query(features.signature) == {0}  # an LSH candidate…
    read = []
    decision = index.decide(features, partial, (0.0, 0.0, 0), lambda i: read.append(i) or ORIGINAL)
    assert not decision.groups and read == []  # …screened out unread
    near = copy_features(NEAR_COPY, settings.DEDUP_MIN_WORDS)
    assert index.decide(near, NEAR_COPY, (0.0, 0.0, 0), lambda i: read.append(i) or ORIGINAL).groups
    assert read == [1]  # a real near copy is still read and confirmed


# --- copies through the pipelines -----------------------------------------------------
def test_near_copy_with_new_teaser_is_a_copy_in_the_same_story(database_url):
    run = Pipeline(database_url)
    original = run(item("https://tagesblick.example/100.html", ORIGINAL))
    copy = run(item("https://boersen.example/4711.html", NEAR_COPY, DAY + timedelta(hours=2)))
    run.close()
    assert copy.duplicate_of == original.article_id
    assert copy.story_id == original.story_id
    stored = rows(database_url)
    assert stored["https://boersen.example/4711.html"].duplicate_of == original.article_id
    assert stored["https://boersen.example/4711.html"].source == "boersen.example"


def test_earlier_original_arriving_later_takes_over_the_copies(database_url):
    run = Pipeline(database_url)
    run(item("https://late.example/a.html", ORIGINAL, DAY + timedelta(hours=5)))
    run(item("https://later.example/b.html", NEAR_COPY, DAY + timedelta(hours=9)))
    run.close()
    run = Pipeline(database_url)  # another crawl: the index comes from the database
    first = run(item("https://first.example/c.html", NEAR_COPY + " ", DAY))
    run.close()
    stored = rows(database_url)
    assert stored["https://first.example/c.html"].duplicate_of is None
    assert stored["https://late.example/a.html"].duplicate_of == first.article_id
    assert stored["https://later.example/b.html"].duplicate_of == first.article_id
    assert len({a.story_id for a in stored.values()}) == 1


def test_signatures_persist_and_copies_are_found_in_a_later_run(database_url):
    run = Pipeline(database_url)
    original = run(item("https://tagesblick.example/100.html", ORIGINAL))
    run.close()
    with open_database(database_url).session() as session:
        assert session.get(ArticleFeatures, original.article_id).signature
    run = Pipeline(database_url)
    copy = run(item("https://boersen.example/4711.html", NEAR_COPY, DAY + timedelta(hours=1)))
    run.close()
    assert copy.duplicate_of == original.article_id


def test_short_briefs_are_not_merged_by_shared_phrases(database_url):
    brief = (
        "Nach einem Unfall mit zwei Lastwagen ist die A3 zwischen Limburg-Nord und Diez "
        "in Richtung Köln voll gesperrt. Ein Fahrer wurde leicht verletzt, es bildet "
        "sich ein Stau von sieben Kilometern."
    )
    other = (
        "Nach einem Unfall mit einem Lkw ist die A1 zwischen Remscheid und Wermelskirchen "
        "in Richtung Köln gesperrt. Zwei Menschen wurden leicht verletzt, es bildet "
        "sich ein Stau von fünf Kilometern."
    )
    run = Pipeline(database_url)
    a3 = run(item("https://mittelland.example/a3.html", brief))
    a1 = run(item("https://kurier.example/a1.html", other))
    a3_copy = run(item("https://ticker.example/a3.html", brief, DAY + timedelta(minutes=20)))
    run.close()
    assert a1.duplicate_of is None and a1.story_id != a3.story_id
    assert a3_copy.duplicate_of == a3.article_id and a3_copy.story_id == a3.story_id


def test_empty_text_and_other_languages_are_stored_without_copies(database_url):
    english = (
        "Russian President Vladimir Putin warned that Western troops deployed to Ukraine "
        "would be legitimate targets, speaking at an economic forum in Vladivostok a day "
        "after 26 countries pledged to join a reassurance force. "
    ) * 3
    run = Pipeline(database_url)
    german = run(item("https://tagesblick.example/100.html", ORIGINAL))
    translated = run(item("https://ledger.example/putin.html", english, language="en"))
    empty = run(item("https://leer.example/x.html", ""))
    run.close()
    assert translated.duplicate_of is None and empty.duplicate_of is None
    # Not copies; the English report of the same event meets the German one by its names,
    # places and numbers; the empty text joins nothing.
    assert translated.story_id == german.story_id != empty.story_id


# --- copies by containment ------------------------------------------------------------
PARAGRAPHS = [p for p in SEED_TEXT.split("\n") if p.strip()]
OTHER_TEXT = (SEEDS / "002_a49ea989e3a13d76.txt").read_text("utf-8")[len(" date 2025-09-05 ") :]


def without_longest_paragraphs(share: float) -> str:
    """The seed text without its longest paragraphs, up to ``share`` of its words."""
    words = sum(len(p.split()) for p in PARAGRAPHS)
    dropped, cut = set(), 0
    for index in sorted(range(len(PARAGRAPHS)), key=lambda i: -len(PARAGRAPHS[i].split())):
        if cut + len(PARAGRAPHS[index].split()) > share * words:
            break
        dropped.add(index)
        cut += len(PARAGRAPHS[index].split())
    return "\n".join(p for i, p in enumerate(PARAGRAPHS) if i not in dropped)


def test_containment_rule_takes_cut_republications_not_shared_quotes():
    full = shingles(SEED_TEXT)
    assert jaccard(SEED_TEXT, without_longest_paragraphs(0.3)) < settings.DEDUP_THRESHOLD
    assert is_near_copy(full, shingles(without_longest_paragraphs(0.3)), 0.8, 0.9)
    quoted = OTHER_TEXT + "\n" + PARAGRAPHS[10]  # another article quoting one paragraph
    assert not is_near_copy(full, shingles(quoted), 0.8, 0.9)


def test_republication_missing_a_long_paragraph_is_a_copy(database_url):
    run = Pipeline(database_url)
    original = run(item("https://tagesblick.example/100.html", SEED_TEXT))
    cut = run(item("https://boersen.example/1.html", without_longest_paragraphs(0.3),
                   DAY + timedelta(hours=1)))  # fmt: skip
    moved = "\n".join(PARAGRAPHS[1:] + PARAGRAPHS[:1])
    reordered = run(item("https://ticker.example/2.html", moved, DAY + timedelta(hours=2)))
    quoting = run(item("https://kurier.example/3.html", OTHER_TEXT + "\n" + PARAGRAPHS[10],
                       DAY + timedelta(hours=3)))  # fmt: skip
    run.close()
    assert cut.duplicate_of == original.article_id
    assert reordered.duplicate_of == original.article_id
    assert quoting.duplicate_of is None


@pytest.mark.parametrize("count", [1, 2, 7, 400])
def test_signatures_are_datasketchs(count):
    """Stored signatures stay comparable: the numpy MinHash gives datasketch's hash values."""
    from datasketch import MinHash

    values = [f"shingle {number} of {count}".encode() for number in range(count)]
    reference = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME)
    reference.update_batch(values)
    signature = minhash_signature(values)
    assert signature.dtype == reference.hashvalues.dtype
    assert signature.tolist() == reference.hashvalues.tolist()
