"""Source health records: one ``source_runs`` row per source and crawl run."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, select

from pipelines.storage.database import Database
from pipelines.storage.models import SourceRun


@dataclass
class SourceCounts:
    """What a crawl counted for one source (the columns of its ``source_runs`` row)."""

    source: str
    pages_fetched: int = 0
    articles_found: int = 0
    articles_no_text: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    start_urls: dict[str, dict] = field(default_factory=dict)


def last_success(session, source: str) -> datetime | None:
    """When ``source`` last had articles, as recorded by its latest run."""
    return session.scalar(
        select(SourceRun.last_success_at)
        .where(SourceRun.source == source)
        .order_by(SourceRun.run_id.desc())
        .limit(1)
    )


def write_source_runs(database: Database, run_id: int, counts: list[SourceCounts]) -> None:
    """One row per source for run ``run_id``, its last success carried forward."""
    now = datetime.now(UTC)
    with database.session() as session, session.begin():
        for count in counts:
            success = now if count.articles_found else last_success(session, count.source)
            session.add(
                SourceRun(run_id=run_id, finished_at=now, last_success_at=success, **asdict(count))
            )


def recent_runs(database: Database, per_source: int) -> dict[str, list[SourceRun]]:
    """Each source's latest ``per_source`` records, newest first."""
    ranked = select(
        SourceRun.id,
        func.row_number()
        .over(partition_by=SourceRun.source, order_by=SourceRun.run_id.desc())
        .label("rank"),
    ).subquery()
    query = (
        select(SourceRun)
        .join(ranked, ranked.c.id == SourceRun.id)
        .where(ranked.c.rank <= per_source)
        .order_by(SourceRun.source, SourceRun.run_id.desc())
    )
    runs: dict[str, list[SourceRun]] = {}
    with database.session() as session:
        for record in session.scalars(query):
            runs.setdefault(record.source, []).append(record)
    return runs
