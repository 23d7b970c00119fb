"""Distributed mode's switch: the :class:`Distributed` addon (``ADDONS``).

Without ``REDIS_URL`` it does nothing and imports nothing more, so a crawl needs no
scrapy-redis; with it, the crawl uses the shared frontier of :mod:`crawler.frontier`.
"""

from __future__ import annotations

from crawler.errors import ConfigError

# Scrapy asks an idle scheduler for requests once per engine heartbeat.
ENGINE_POLL_SECONDS = 5.0


class Distributed:
    """Addon (``ADDONS``): with ``REDIS_URL`` set, scrapy-redis's scheduler and dupefilter over
    newsmon's fingerprints, the in-flight tracking and the idle close; without it, nothing."""

    def update_settings(self, settings) -> None:
        if not settings.get("REDIS_URL"):
            return
        if settings.getfloat("FRONTIER_IDLE_SECONDS") <= ENGINE_POLL_SECONDS:
            raise ConfigError(
                f"FRONTIER_IDLE_SECONDS must exceed {ENGINE_POLL_SECONDS:g}: an idle process"
                " looks at the queue only that often"
            )
        try:
            from crawler.frontier import Frontier, FrontierTracker
        except ImportError as error:
            raise ConfigError(
                f"REDIS_URL is set, but distributed mode's {error.name} is not installed:"
                " pip install -e '.[redis,postgres]'"
            ) from error
        prefix = settings.get("REDIS_PREFIX")
        for name, value in {
            "SCHEDULER": "crawler.frontier.FrontierScheduler",
            "DUPEFILTER_CLASS": "crawler.frontier.RedisArticleDupeFilter",
            "SCHEDULER_QUEUE_CLASS": "crawler.frontier.TrackedQueue",
            "SCHEDULER_QUEUE_KEY": f"{prefix}:%(spider)s:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:%(spider)s:dupefilter",
            # One process closing must not clear what the others still use: the last one does.
            "SCHEDULER_PERSIST": True,
        }.items():
            settings.set(name, value, priority="spider")
        settings.set_in_component_priority_dict("EXTENSIONS", Frontier, 0)
        # Next to the engine: it sees the output once every other middleware has filtered it.
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", FrontierTracker, 1)
