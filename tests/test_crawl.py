"""End to end, as a user runs it: `scrapy crawl …` then `scrapy articles`."""

import json

import pytest

from tests.conftest import LOCAL_NETWORK, SEEDS, SITE

TAGESBLICK = "tagesblick/ausland/putin-warnt-westliche-truppen-100.html"
ALPENPOST = "alpenpost/politik/2025/09/05/putin-warnt-vor-westlichen-truppen.html"
BOERSENBLICK = "boersenblick/nachrichten/putin-truppen-ukraine-legitimes-ziel-4711.html"


def articles(scrapy, database_url, *options):
    result = scrapy("articles", *options, database_url=database_url)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def crawl(scrapy, database_url, *args):
    result = scrapy("crawl", *args, database_url=database_url)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def by_text(rows, fragment):
    found = [row for row in rows if fragment in row["text"]]
    assert found, f"no stored article contains {fragment!r}"
    return found


def test_replay_of_the_seeds(scrapy, database_url):
    crawl(scrapy, database_url, "replay", "-a", f"path={SEEDS}")
    rows = articles(scrapy, database_url)
    seed_000 = [r for r in rows if r["url"].endswith("000_4ff62c2f2672f3f6.txt")]
    seed_002 = [r for r in rows if r["url"].endswith("002_a49ea989e3a13d76.txt")]
    assert len(seed_000) == len(seed_002) == 1
    assert seed_000[0]["language"] == seed_002[0]["language"] == "de"
    text = seed_000[0]["text"]
    assert text.startswith("26 Staaten sind bereit")
    assert "Haftungsausschluss" not in text and "Urheberrecht dieses Artikels" not in text
    assert text.endswith("Mit Informationen von Björn Blaschke, ARD-Studio Moskau, zzt. in Tiflis")
    assert "Nach den erneuten Beratungen" in seed_002[0]["text"]
    assert (seed_002[0]["published"], seed_002[0]["date_source"]) == ("2025-09-05", "text")
    # One event: the undated seed joins the dated one's story; neither copies the other.
    assert seed_000[0]["story_id"] == seed_002[0]["story_id"]
    assert seed_000[0]["duplicate_of"] != seed_002[0]["id"]
    assert seed_002[0]["duplicate_of"] is None
    for row in rows:
        assert set(row) >= {
            "id",
            "url",
            "source",
            "title",
            "text",
            "language",
            "published",
            "date_source",
            "story_id",
            "duplicate_of",
            "crawled_at",
        }

    crawl(scrapy, database_url, "replay", "-a", f"path={SEEDS}")
    assert len(articles(scrapy, database_url)) == len(rows)


def test_replay_of_the_two_seed_texts_alone_is_one_story(scrapy, database_url, tmp_path):
    for path in SEEDS.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    crawl(scrapy, database_url, "replay", "-a", f"path={tmp_path}")
    rows = articles(scrapy, database_url)
    assert len(rows) == 2 and rows[0]["story_id"] == rows[1]["story_id"]
    assert rows[0]["duplicate_of"] is None and rows[1]["duplicate_of"] is None


def test_news_crawl_of_the_feed_over_http(scrapy, sqlite_url, site_server):
    crawl(scrapy, sqlite_url, "news", "-a", f"urls={site_server}feed.xml", *LOCAL_NETWORK)
    rows = articles(scrapy, sqlite_url)
    urls = {row["url"] for row in rows}
    for path in (TAGESBLICK, ALPENPOST, BOERSENBLICK):
        assert site_server + path in urls
    original = next(r for r in rows if r["url"] == site_server + TAGESBLICK)
    # the original offset is kept: 12:12 UTC as the outlet wrote it
    assert original["published_at"] == "2025-09-05T14:12:00+02:00"
    assert original["date_source"] in ("jsonld", "meta")
    assert original["title"] and original["language"] == "de"
    assert "Haftungsausschluss" not in " ".join(r["text"] for r in rows)


def test_news_crawl_through_file_urls(scrapy, sqlite_url):
    crawl(scrapy, sqlite_url, "news", "-a", f"urls={(SITE / 'feed.xml').as_uri()}")
    rows = articles(scrapy, sqlite_url)
    assert (SITE / TAGESBLICK).as_uri() in {row["url"] for row in rows}
    assert all(row["published"] for row in rows)


def test_sitemap_index_and_section_pages_lead_to_articles(scrapy, sqlite_url, site_server):
    crawl(
        scrapy,
        sqlite_url,
        "news",
        "-a",
        f"urls={site_server}sitemap-index.xml,{site_server}alpenpost/politik/index.html",
        *LOCAL_NETWORK,
    )
    urls = {row["url"] for row in articles(scrapy, sqlite_url)}
    assert {site_server + TAGESBLICK, site_server + ALPENPOST} <= urls


def test_robots_txt_is_obeyed(scrapy, sqlite_url, site_server):
    result = crawl(
        scrapy,
        sqlite_url,
        "news",
        "-a",
        f"urls={site_server}private/secret.html,{site_server}index.html",
        *LOCAL_NETWORK,
    )
    assert "'robotstxt/forbidden': 1" in result.stderr
    rows = articles(scrapy, sqlite_url)
    assert rows, "the allowed start page leads to articles"
    assert not any("NEWSMON-ROBOTS-CANARY" in row["text"] for row in rows)


def test_filters(scrapy, sqlite_url):
    crawl(scrapy, sqlite_url, "news", "-a", f"urls={(SITE / 'feed.xml').as_uri()}")
    everything = articles(scrapy, sqlite_url)
    german = articles(scrapy, sqlite_url, "--lang", "de")
    assert german and all(r["language"] == "de" for r in german) and len(german) < len(everything)
    recent = articles(scrapy, sqlite_url, "--since", "2025-09-05")
    assert recent and all(r["published"] >= "2025-09-05" for r in recent)
    assert len(articles(scrapy, sqlite_url, "--limit", "1")) == 1


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("crawl", "replay", "-a", "path=/no/such/dir"), "/no/such/dir"),
        (("crawl", "replay"), "path"),
        (("crawl", "news", "-a", "sources=/no/such/sources.toml"), "/no/such/sources.toml"),
        (("crawl", "news", "-a", "urls=ftp://x.example/feed"), "ftp://x.example/feed"),
    ],
)
def test_bad_arguments_stop_the_run_with_one_line(scrapy, sqlite_url, args, named):
    result = scrapy(*args, database_url=sqlite_url)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and named in errors[0], result.stderr


def test_bad_database_url_stops_the_run_with_one_line(scrapy, tmp_path):
    bad = "postgresql+psycopg://nobody@127.0.0.1:1/nowhere"
    result = scrapy("crawl", "replay", "-a", f"path={SEEDS}", database_url=bad)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "DATABASE_URL" in errors[0] and "127.0.0.1:1" in errors[0]


def test_bad_fixtures_are_logged_and_the_replay_goes_on(scrapy, sqlite_url, tmp_path):
    (tmp_path / "good.txt").write_text((SEEDS / "002_a49ea989e3a13d76.txt").read_text("utf-8"))
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 100)
    (tmp_path / "latin1.txt").write_bytes(
        "Die Münchner Verkehrsbetriebe erhöhen die Preise für Monatskarten ab Januar um "
        "fünf Prozent, teilte die Stadt am Dienstag mit.".encode("latin-1")
    )
    # Tests run as root, where permissions do not stop reads: /proc/self/mem does.
    (tmp_path / "unreadable.html").symlink_to("/proc/self/mem")
    result = crawl(scrapy, sqlite_url, "replay", "-a", f"path={tmp_path}")
    assert "empty.html" in result.stderr
    assert "Unreadable fixture" in result.stderr and "unreadable.html" in result.stderr
    rows = articles(scrapy, sqlite_url)
    assert any("Nach den erneuten Beratungen" in r["text"] for r in rows)
    assert any("Münchner" in r["text"] for r in rows)


GERMAN = {
    "old": " date 2025-08-20 Der Stadtrat hat im August über den neuen Haushalt beraten und "
    "zahlreiche Änderungsanträge der Opposition abgelehnt.",
    "new": " date 2025-09-05 Die Feuerwehr musste am Freitag zu einem Großbrand in einer "
    "Lagerhalle am Stadtrand ausrücken, verletzt wurde niemand.",
    "written": "Stand: 02.09.2025 10:00 Uhr\nDie Bahn hat angekündigt, die Strecke zwischen den "
    "beiden Städten im Herbst für drei Wochen zu sperren.",
    "undated": "Das Museum zeigt ab sofort eine Ausstellung über die Geschichte der Schifffahrt "
    "auf dem Fluss, mit Modellen und alten Karten.",
}
ENGLISH = (
    " date 2025-09-06 The council approved plans on Saturday for a new cycle route linking "
    "the railway station with the university campus."
)


def dated_fixtures(folder):
    for name, text in GERMAN.items():
        (folder / f"de-{name}.txt").write_text(text, encoding="utf-8")
    (folder / "en-new.txt").write_text(ENGLISH, encoding="utf-8")
    for path in (
        TAGESBLICK,
        "northbridge/technology/2025/09/03/kestrel-semiconductor-delays-chip-plant.html",
    ):
        (folder / path.rsplit("/", 1)[1]).write_bytes((SITE / path).read_bytes())


def test_articles_since_and_lang_filter_on_dates_and_languages(scrapy, database_url, tmp_path):
    dated_fixtures(tmp_path)
    crawl(scrapy, database_url, "replay", "-a", f"path={tmp_path}")
    rows = articles(scrapy, database_url, "--since", "2025-09-01", "--lang", "de")
    names = sorted(row["url"].rsplit("/", 1)[1] for row in rows)
    assert names == ["de-new.txt", "de-written.txt", TAGESBLICK.rsplit("/", 1)[1]]
    by_name = {row["url"].rsplit("/", 1)[1]: row for row in rows}
    assert by_name["de-written.txt"]["date_source"] == "text"
    assert by_name["de-written.txt"]["published"] == "2025-09-02"
    page = by_name[TAGESBLICK.rsplit("/", 1)[1]]
    assert (page["published"], page["published_at"]) == ("2025-09-05", "2025-09-05T14:12:00+02:00")
    assert page["updated_at"] == "2025-09-05T17:38:00+02:00"
    assert page["date_source"] == "jsonld" and page["date_confidence"] >= 0.95
    assert all(row["language"] == "de" and row["language_probability"] > 0.9 for row in rows)
    until = articles(scrapy, database_url, "--since", "2025-09-01", "--until", "2025-09-04")
    assert sorted(row["url"].rsplit("/", 1)[1] for row in until) == [
        "de-written.txt",
        "kestrel-semiconductor-delays-chip-plant.html",
    ]
    undated = [r for r in articles(scrapy, database_url) if r["url"].endswith("de-undated.txt")]
    assert undated[0]["published"] is None and undated[0]["date_source"] == "none"


def test_unwanted_languages_are_flagged_or_dropped(scrapy, sqlite_url, tmp_path):
    dated_fixtures(tmp_path)
    crawl(scrapy, sqlite_url, "replay", "-a", f"path={tmp_path}", "-s", "LANGUAGES=de")
    assert {row["language"] for row in articles(scrapy, sqlite_url)} == {"de"}
    flagging = ("-s", "LANGUAGES=de", "-s", "LANGUAGE_ACTION=flag")
    crawl(scrapy, sqlite_url, "replay", "-a", f"path={tmp_path}", *flagging)
    rows = articles(scrapy, sqlite_url)
    assert {row["language"] for row in rows if row["language_unwanted"]} == {"en"}
    assert not any(row["language_unwanted"] for row in rows if row["language"] == "de")


def test_bad_language_action_stops_the_run_with_one_line(scrapy, sqlite_url):
    result = scrapy(
        "crawl",
        "replay",
        "-a",
        f"path={SEEDS}",
        "-s",
        "LANGUAGE_ACTION=keep",
        database_url=sqlite_url,
    )
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "LANGUAGE_ACTION" in errors[0], result.stderr
