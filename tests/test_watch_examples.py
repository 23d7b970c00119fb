"""A watch example that cannot be read: a file stops the run before it starts, a page
without text stops the crawl, a URL that is down skips the watch (never scores it 0)."""

import json

from tests.conftest import LOCAL_NETWORK, SITE
from tests.test_incremental import conditional_site  # noqa: F401 - a fixture
from tests.test_runs import runs

FEED = (SITE / "feed.xml").as_uri()


def sources_with_example(tmp_path, example: str):
    path = tmp_path / "sources.toml"
    path.write_text(
        f'[[sources]]\nname = "fixture"\nfeeds = ["{FEED}"]\n\n'
        f'[[watches]]\nname = "w"\nexamples = ["{example}"]\n',
        encoding="utf-8",
    )
    return path


def test_an_example_file_without_text_stops_the_run_before_it_starts(scrapy, sqlite_url,
                                                                      tmp_path):  # fmt: skip
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    sources = sources_with_example(tmp_path, "empty.txt")
    result = scrapy("crawl", "news", "-a", f"sources={sources}", database_url=sqlite_url)
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 2 and len(errors) == 1, result.stderr[-2000:]
    assert "empty.txt" in errors[0] and "no article text" in errors[0]


def test_an_example_url_that_is_down_skips_its_watch(scrapy, sqlite_url, tmp_path,
                                                     conditional_site):  # noqa: F811
    _, base, _ = conditional_site
    sources = sources_with_example(tmp_path, f"{base}gone.html")
    result = scrapy("crawl", "news", "-a", f"sources={sources}", "-s", "WATCH_IRRELEVANT=drop",
                    database_url=sqlite_url)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"Watch 'w' skipped in this run: example {base}gone.html" in result.stderr
    stored = scrapy("articles", database_url=sqlite_url).stdout.splitlines()
    assert len(stored) == 7  # none dropped as irrelevant, none scored
    assert all(json.loads(line)["watches"] == {} for line in stored)
    assert runs(scrapy, sqlite_url)[0]["errors"]["watch skipped"] == 1


def test_an_example_url_without_text_stops_the_crawl(scrapy, sqlite_url, tmp_path,
                                                     conditional_site):  # noqa: F811
    root, base, _ = conditional_site
    (root / "blank.html").write_text("<html><body></body></html>", encoding="utf-8")
    sources = sources_with_example(tmp_path, f"{base}blank.html")
    result = scrapy(
        "crawl", "news", "-a", f"sources={sources}", *LOCAL_NETWORK, database_url=sqlite_url
    )
    assert result.returncode == 1, result.stderr[-2000:]
    last = result.stderr.splitlines()[-1]
    assert last.startswith(f"newsmon: failed: watch example {base}blank.html has no article text")
    assert scrapy("articles", database_url=sqlite_url).stdout == ""
