"""Monitors over the source health records: each source's state (ok, warning, broken) and why.

A run of a source can show three problems: no articles at all, a start URL (feed, sitemap,
page) answering 404 or 410, and no text in most of its article pages. A problem seen in the
latest ``failing_runs`` runs in a row makes the source broken; seen in fewer, a warning. Start
URLs that came back byte for byte the same for ``unchanged_runs`` runs are a warning too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from pipelines.storage.database import Database
from pipelines.storage.health import recent_runs
from pipelines.storage.models import SourceRun

GONE = (404, 410)
OK, WARNING, BROKEN = "ok", "warning", "broken"


def no_articles(run: SourceRun) -> str | None:
    return "no articles" if run.articles_found == 0 else None


def feed_gone(run: SourceRun) -> str | None:
    gone = sorted(
        f"{url} answered {answer['status']}"
        for url, answer in (run.start_urls or {}).items()
        if answer.get("status") in GONE
    )
    return "; ".join(gone) or None


def extraction_failing(run: SourceRun) -> str | None:
    pages = run.articles_found + run.articles_no_text
    if run.articles_no_text * 2 > pages:
        return f"no text in {run.articles_no_text} of {pages} article pages"
    return None


PROBLEMS: dict[str, Callable[[SourceRun], str | None]] = {
    "no_articles": no_articles,
    "feed_gone": feed_gone,
    "extraction": extraction_failing,
}


@dataclass
class SourceStatus:
    """A source's state after its latest run, with the reasons."""

    source: str
    state: str
    reasons: list[str] = field(default_factory=list)
    latest: SourceRun | None = None

    @property
    def last_success(self) -> datetime | None:
        return self.latest.last_success_at if self.latest else None


def streak(runs: list[SourceRun], problem: Callable[[SourceRun], str | None]) -> int:
    """How many of the latest runs (newest first) in a row show ``problem``."""
    count = 0
    for run in runs:
        if problem(run) is None:
            break
        count += 1
    return count


def unchanged_streak(runs: list[SourceRun]) -> int:
    """How many of the latest runs in a row fetched the same start URLs, unchanged."""
    if not runs or not runs[0].start_urls:
        return 0
    digests = {url: answer.get("digest") for url, answer in runs[0].start_urls.items()}
    count = 0
    for run in runs:
        if {url: a.get("digest") for url, a in (run.start_urls or {}).items()} != digests:
            break
        count += 1
    return count


def judge(source: str, runs: list[SourceRun], failing_runs: int, unchanged_runs: int):
    """The status of ``source`` from its latest runs (newest first)."""
    state, reasons = OK, []
    for problem in PROBLEMS.values():
        count = streak(runs, problem)
        if count:
            reasons.append(f"{problem(runs[0])} ({runs_in_a_row(count)})")
            state = BROKEN if count >= failing_runs or state == BROKEN else WARNING
    unchanged = unchanged_streak(runs)
    if unchanged_runs and unchanged >= unchanged_runs:
        reasons.append(f"feeds and pages unchanged ({runs_in_a_row(unchanged)})")
        state = state if state == BROKEN else WARNING
    return SourceStatus(source, state, reasons, runs[0] if runs else None)


def runs_in_a_row(count: int) -> str:
    return "the latest run" if count == 1 else f"{count} runs in a row"


def history_needed(failing_runs: int, unchanged_runs: int) -> int:
    """How many runs of each source the monitors look at (one more, to see a change)."""
    return max(failing_runs, unchanged_runs) + 1


def source_statuses(
    database: Database, failing_runs: int, unchanged_runs: int
) -> list[SourceStatus]:
    """Every recorded source's status, by name."""
    runs = recent_runs(database, history_needed(failing_runs, unchanged_runs))
    return [judge(source, r, failing_runs, unchanged_runs) for source, r in sorted(runs.items())]


def newly_broken(
    database: Database, run_id: int, failing_runs: int, unchanged_runs: int
) -> list[SourceStatus]:
    """Sources that are broken after run ``run_id`` and were not before it."""
    broke = []
    runs = recent_runs(database, history_needed(failing_runs, unchanged_runs))
    for source, history in sorted(runs.items()):
        if history[0].run_id != run_id:
            continue
        now = judge(source, history, failing_runs, unchanged_runs)
        before = judge(source, history[1:], failing_runs, unchanged_runs)
        if now.state == BROKEN and before.state != BROKEN:
            broke.append(now)
    return broke


def monitor_settings(settings, alerts=None) -> tuple[int, int]:
    """``failing_runs`` (the sources file's [alerts], else ALERT_FAILING_RUNS) and
    FEED_UNCHANGED_RUNS."""
    failing = (alerts.failing_runs if alerts else None) or settings.getint("ALERT_FAILING_RUNS")
    return max(1, failing), settings.getint("FEED_UNCHANGED_RUNS")
