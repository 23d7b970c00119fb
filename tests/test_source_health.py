"""The monitors' judgement of a source's runs, and the [alerts] table of the sources file."""

from __future__ import annotations

import pytest

from crawler.errors import ConfigError
from crawler.monitors import BROKEN, OK, WARNING, judge, newly_broken
from crawler.sources import load_sources
from pipelines.storage.database import open_database
from pipelines.storage.health import SourceCounts, write_source_runs
from pipelines.storage.models import CrawlRun, SourceRun

FEED = "https://outlet.example/feed.xml"


def run(n: int, articles=5, no_text=0, status=200, digest=None) -> SourceRun:
    return SourceRun(
        run_id=n,
        source="Outlet",
        articles_found=articles,
        articles_no_text=no_text,
        errors={},
        start_urls={FEED: {"status": status, "digest": digest or f"d{n}"}},
    )


def test_a_problem_is_a_warning_then_broken_after_failing_runs():
    healthy = [run(2), run(1)]
    assert judge("Outlet", healthy, 2, 48).state == OK
    once = [run(3, articles=0, status=410), *healthy]
    status = judge("Outlet", once, 2, 48)
    assert status.state == WARNING
    assert f"{FEED} answered 410 (the latest run)" in status.reasons
    twice = [run(4, articles=0, status=410), *once]
    status = judge("Outlet", twice, 2, 48)
    assert status.state == BROKEN
    assert "no articles (2 runs in a row)" in status.reasons


def test_extraction_failing_for_most_pages():
    status = judge("Outlet", [run(2, articles=2, no_text=3), run(1, articles=1, no_text=4)], 2, 9)
    assert status.state == BROKEN
    assert status.reasons == ["no text in 3 of 5 article pages (2 runs in a row)"]
    assert judge("Outlet", [run(1, articles=3, no_text=3)], 2, 9).state == OK  # half is not most


def test_start_urls_that_stopped_changing():
    same = [run(n, digest="same") for n in (3, 2, 1)]
    assert judge("Outlet", same, 2, 4).state == OK
    status = judge("Outlet", same, 2, 3)
    assert (status.state, status.reasons) == (
        WARNING,
        ["feeds and pages unchanged (3 runs in a row)"],
    )
    assert judge("Outlet", same, 2, 0).state == OK  # 0 turns the check off


def test_newly_broken_names_a_source_once(sqlite_url):
    database = open_database(sqlite_url)

    def crawl_run(articles: int) -> int:
        with database.session() as session, session.begin():
            record = CrawlRun(spider="news")
            session.add(record)
            session.flush()
            run_id = record.id
        counts = SourceCounts("Outlet", articles_found=articles, start_urls={FEED: {"status": 200}})
        write_source_runs(database, run_id, [counts])
        return run_id

    assert newly_broken(database, crawl_run(4), 2, 48) == []
    assert newly_broken(database, crawl_run(0), 2, 48) == []
    broke = newly_broken(database, crawl_run(0), 2, 48)
    assert [s.source for s in broke] == ["Outlet"]
    assert broke[0].last_success is not None  # carried forward from the first run
    assert newly_broken(database, crawl_run(0), 2, 48) == []  # still broken: not news


def test_alerts_table(tmp_path, monkeypatch):
    path = tmp_path / "sources.toml"
    path.write_text(
        '[alerts]\nnotify = ["json://u:${NEWSMON_TEST_TOKEN}@hooks.example/x"]\nfailing_runs = 2\n'
    )
    with pytest.raises(ConfigError) as error:
        load_sources(path, need_outlets=False)
    assert "[alerts]: notify: #1 needs ${NEWSMON_TEST_TOKEN}, not set" in str(error.value)
    assert "hooks.example" not in str(error.value)  # the URL itself is not shown
    monkeypatch.setenv("NEWSMON_TEST_TOKEN", "t0ken")
    alerts = load_sources(path, need_outlets=False).alerts
    assert (alerts.urls(), alerts.failing_runs) == (["json://u:t0ken@hooks.example/x"], 2)
    path.write_text("[alerts]\nfailing_runs = 0\n")
    with pytest.raises(ConfigError, match=r"\[alerts\]: failing_runs: must be a whole number"):
        load_sources(path, need_outlets=False)
