"""Alerts: after each run, one digest of what is new and what broke, sent through apprise to
the ``notify`` URLs of the sources file's ``[alerts]`` table.

The digest names the new articles relevant to a watch (with their story) and the sources that
became broken in this run (:mod:`crawler.monitors`). A run with neither sends nothing. The URLs
may hold secrets (``${NAME}`` from the environment): they are never logged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import apprise
from sqlalchemy import select

from crawler.monitors import SourceStatus, monitor_settings, newly_broken
from crawler.sources import Alerts
from pipelines.storage.database import Database
from pipelines.storage.models import Article, Story, WatchScore

logger = logging.getLogger(__name__)
# apprise's debug messages may show a notify URL, with its secrets: never below warnings.
logging.getLogger("apprise").setLevel(logging.WARNING)


@dataclass
class NewArticle:
    """A new article of the run that is relevant to at least one watch."""

    id: int
    title: str
    source: str
    url: str
    watches: list[str]
    story_id: int | None
    story_title: str | None


def new_relevant_articles(database: Database, run_id: int) -> list[NewArticle]:
    """The articles first stored by run ``run_id`` that are relevant to a watch."""
    query = (
        select(Article, WatchScore.watch, Story.title)
        .join(WatchScore, WatchScore.article_id == Article.id)
        .outerjoin(Story, Story.id == Article.story_id)
        .where(Article.run_id == run_id, WatchScore.relevant.is_(True))
        .order_by(Article.story_id, Article.id, WatchScore.watch)
    )
    found: dict[int, NewArticle] = {}
    with database.session() as session:
        for article, watch, story_title in session.execute(query):
            entry = found.setdefault(
                article.id,
                NewArticle(
                    article.id,
                    article.title or article.url,
                    article.source,
                    article.url,
                    [],
                    article.story_id,
                    story_title,
                ),
            )
            entry.watches.append(watch)
    return list(found.values())


def digest_text(articles: list[NewArticle], broke: list[SourceStatus]) -> tuple[str, str]:
    """The digest's title and plain-text body."""
    parts = []
    if articles:
        parts.append(f"{len(articles)} new article(s) on your watches:")
        for article in articles:
            story = f"story {article.story_id}: {article.story_title or '(untitled)'}"
            parts.append(
                f"- {article.title} ({article.source}; {', '.join(article.watches)})\n"
                f"  {article.url}\n  in {story}"
            )
    if broke:
        parts.append(f"{len(broke)} source(s) broke:")
        parts.extend(f"- {status.source}: {'; '.join(status.reasons)}" for status in broke)
    summary = ", ".join(
        text
        for count, text in (
            (len(articles), f"{len(articles)} new article(s)"),
            (len(broke), f"{len(broke)} broken source(s)"),
        )
        if count
    )
    return f"newsmon: {summary}", "\n".join(parts)


def notify(urls: list[str], title: str, body: str) -> bool:
    """Send one message to every URL; False (logged, URLs hidden) if any failed."""
    sender = apprise.Apprise()
    for url in urls:
        if not sender.add(url):
            logger.error("Alerts: a notify URL is not usable (check its apprise syntax)")
    if not len(sender):
        return False
    sent = sender.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT)
    if not sent:
        logger.error("Alerts: the digest could not be sent to every notify URL")
    return bool(sent)


def send_run_digest(database: Database, run_id: int, alerts: Alerts | None, crawler) -> bool:
    """The digest of run ``run_id``, sent if there is anything to say and anyone to tell."""
    if not alerts or not alerts.notify:
        return False
    failing_runs, unchanged_runs = monitor_settings(crawler.settings, alerts)
    articles = new_relevant_articles(database, run_id)
    broke = newly_broken(database, run_id, failing_runs, unchanged_runs)
    if not articles and not broke:
        logger.info("Alerts: nothing new in this run, no digest sent")
        return False
    title, body = digest_text(articles, broke)
    sent = notify(alerts.urls(), title, body)
    crawler.stats.set_value("newsmon/alerts/digest_sent", int(sent))
    logger.info("Alerts: digest %s (%d articles, %d broken sources)",
                "sent" if sent else "failed", len(articles), len(broke))  # fmt: skip
    return sent
