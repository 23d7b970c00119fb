"""``scrapy sources status``: each source's state after its latest run, and why."""

from __future__ import annotations

import sys
from typing import TextIO

from crawler.health import outlet_label
from crawler.monitors import SourceStatus, monitor_settings, source_statuses
from crawler.sources import SourcesFile
from pipelines.storage.database import Database


def never_crawled(statuses: list[SourceStatus], sources: SourcesFile | None) -> list[str]:
    """The sources of the file that no run has recorded yet."""
    known = {status.source for status in statuses}
    outlets = sources.outlets if sources else []
    return [label for label in map(outlet_label, outlets) if label not in known]


def status_lines(status: SourceStatus) -> list[str]:
    """A source's state line, its latest counts and one line per reason."""
    latest = status.latest
    success = status.last_success.isoformat(timespec="minutes") if status.last_success else "never"
    errors = ", ".join(f"{kind} ×{n}" for kind, n in sorted(latest.errors.items())) or "none"
    lines = [
        f"{status.source}: {status.state.upper()}",
        f"  latest run {latest.run_id} ({latest.finished_at.isoformat(timespec='minutes')}):"
        f" {latest.pages_fetched} pages, {latest.articles_found} articles,"
        f" {latest.articles_no_text} without text; errors: {errors}",
        f"  last success: {success}",
    ]
    lines.extend(f"  why: {reason}" for reason in status.reasons)
    return lines


def print_status(
    database: Database, settings, sources: SourcesFile | None = None, stream: TextIO | None = None
) -> list[SourceStatus]:
    """Print every source's state and why; returns the statuses."""
    stream = stream or sys.stdout
    failing_runs, unchanged_runs = monitor_settings(settings, sources.alerts if sources else None)
    statuses = source_statuses(database, failing_runs, unchanged_runs)
    for status in statuses:
        stream.write("\n".join(status_lines(status)) + "\n")
    for label in never_crawled(statuses, sources):
        stream.write(f"{label}: NEVER CRAWLED\n")
    if not statuses and not (sources and sources.outlets):
        stream.write("No source health recorded yet: crawl with -a sources=FILE first.\n")
    return statuses
