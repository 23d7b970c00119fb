"""`scrapy sources check FILE`: a sources file checked against its schema, every problem at once."""

import pytest

from crawler.errors import ConfigError
from crawler.sources import check_sources, load_sources
from tests.conftest import SEEDS

FEED = 'feeds = ["https://a.example/feed.xml"]\n'
BROKEN = {
    "misspelt-key": (
        f'[[sources]]\nname = "A"\n{FEED}domain = "a.example"\n',
        ":4: [[sources]] #1: domain: unknown key",
        "did you mean 'domains'?",
    ),
    "misspelt-table": (
        f'[[sources]]\nname = "A"\n{FEED}\n[[watch]]\nname = "w"\nkeywords = ["x"]\n',
        ":5: watch: unknown key",
        "did you mean 'watches'?",
    ),
    "wrong-type": (
        f'[[sources]]\nname = "A"\n{FEED}pages = 3\n',
        ":4: [[sources]] #1: pages: must be a list of strings",
        "found int 3",
    ),
    "bad-value": (
        '[[sources]]\nname = "A"\nfeeds = ["ftp://a.example/feed.xml"]\n',
        ":3: [[sources]] #1: feeds:",
        "'ftp://a.example/feed.xml' is not an http, https or file URL",
    ),
    "missing-example": (
        f'[[sources]]\nname = "A"\n{FEED}\n[[watches]]\nname = "w"\nexamples = ["gone.txt"]\n',
        ":7: [[watches]] #1: examples:",
        "gone.txt' is not a file",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_broken_file_gets_its_own_clear_error(scrapy, sqlite_url, tmp_path, case):
    text, where, what = BROKEN[case]
    path = tmp_path / f"{case}.toml"
    path.write_text(text, encoding="utf-8")
    result = scrapy("sources", "check", str(path), database_url=sqlite_url)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"{path}{where}") and what in lines[0], result.stderr
    assert lines[-1] == f"newsmon: error: {path}: 1 problem"
    assert result.stdout == ""


def test_the_five_errors_are_distinct(tmp_path):
    found = set()
    for case, (text, _, _) in BROKEN.items():
        path = tmp_path / f"{case}.toml"
        path.write_text(text, encoding="utf-8")
        (problem,) = check_sources(path)
        found.add((problem.line, problem.key, problem.message))
    assert len(found) == len(BROKEN)


def test_every_problem_is_printed_at_once(scrapy, sqlite_url, tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(
        '[[sources]]\nname = ""\nfeeds = ["ftp://x.example/"]\ndisclaimers = ["(x"]\n'
        'domains = ["https://x.example/"]\n[[watches]]\nname = "w"\nkeyword = ["x"]\n',
        encoding="utf-8",
    )
    result = scrapy("sources", "check", str(path), database_url=sqlite_url)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 7
    assert [(p.line, p.key) for p in check_sources(path)] == [
        (2, "[[sources]] #1: name"),
        (3, "[[sources]] #1: feeds"),
        (5, "[[sources]] #1: domains"),
        (4, "[[sources]] #1: disclaimers"),
        (8, "[[watches]] #1: keyword"),
        (6, "[[watches]] #1 (w): keywords"),
    ]
    assert result.stderr.splitlines()[-1].endswith("6 problems")


def test_the_bundled_sources_file_is_ok(scrapy, sqlite_url):
    result = scrapy("sources", "check", str(SEEDS / "sources.toml"), database_url=sqlite_url)
    assert (result.returncode, result.stdout) == (0, "ok\n"), result.stderr


def test_a_crawl_with_a_broken_file_stops_before_it_starts(scrapy, sqlite_url, tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(BROKEN["misspelt-key"][0], encoding="utf-8")
    result = scrapy("crawl", "news", "-a", f"sources={path}", database_url=sqlite_url)
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 2 and len(errors) == 1, result.stderr
    assert "domain: unknown key" in errors[0] and str(path) in errors[0]
    with pytest.raises(ConfigError, match="did you mean 'domains'"):
        load_sources(path)
