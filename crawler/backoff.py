"""Politeness under pressure: a host answering 429 or 503 is given time, per host.

:class:`HostBackOff` is a downloader middleware that sees a response before Scrapy's retry
middleware does. On a status in ``BACKOFF_HTTP_CODES`` (429, 503):

* the wait is the response's ``Retry-After`` (seconds or an HTTP date), else
  ``BACKOFF_DELAY`` seconds doubled for each refusal in a row from that host;
* up to ``RETRY_AFTER_MAX`` seconds, the host's download slot sends nothing for that long
  after the answer (Scrapy's own per-host delay) and the URL is retried (``RETRY_TIMES``);
* beyond it, the URL and every later request to that host in this run are deferred: not
  requested, logged and counted (``newsmon/deferred/…``). Nothing was stored for them, so
  the next run requests them again.

A successful answer from the host ends its back-off and gives its slot its delay back.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import IgnoreRequest

logger = logging.getLogger(__name__)

DEFERRED = "newsmon/deferred/"


def retry_after(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait (a number or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())


def delay_jitter(slot) -> float:
    """How far a download slot varies its delay: it waits between (1 ± jitter) × delay."""
    jitter = getattr(slot, "jitter", None)  # Scrapy 2.19
    if jitter is None:  # Scrapy 2.18: RANDOMIZE_DOWNLOAD_DELAY meant ±50 %
        jitter = 0.5 if slot.randomize_delay else 0.0
    return jitter


class HostBackOff:
    """Downloader middleware: per-host back-off on 429/503, ``Retry-After`` honoured up to a cap."""

    def __init__(self, crawler, codes: set[int], delay: float, cap: float):
        self.crawler = crawler
        self.codes, self.delay, self.cap = codes, delay, cap
        self.strikes: dict[str, int] = {}  # host -> refusals in a row
        self.saved_delay: dict[str, float] = {}  # host -> its slot's delay before the back-off
        self.deferred_until: dict[str, float] = {}  # host -> monotonic time

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            crawler,
            {int(code) for code in settings.getlist("BACKOFF_HTTP_CODES")},
            settings.getfloat("BACKOFF_DELAY"),
            settings.getfloat("RETRY_AFTER_MAX"),
        )

    def process_request(self, request, spider=None):
        host = urlsplit(request.url).hostname or ""
        if self.deferred_until.get(host, 0.0) > time.monotonic():
            self.defer(request, "host", "its host asked for more time than RETRY_AFTER_MAX")
        return None

    def process_response(self, request, response, spider=None):
        host = urlsplit(request.url).hostname or ""
        if response.status not in self.codes:
            if host in self.strikes:
                self.recover(request, host)
            return response
        strikes = self.strikes.get(host, 0)
        asked = retry_after(response.headers.get("Retry-After"))
        wait = asked if asked is not None else self.delay * 2**strikes
        self.strikes[host] = strikes + 1
        if wait > self.cap:
            self.deferred_until[host] = time.monotonic() + wait
            self.defer(request, "retry_after", f"{response.status}, wait {wait:.0f} s")
        self.slow_down(request, host, wait)
        retry = get_retry_request(
            request, spider=self.crawler.spider, reason=f"back_off_{response.status}"
        )
        if retry is None:
            self.defer(request, "retries", f"still {response.status} after retries")
        logger.info("Host %s answered %d: next request in %.1f s", host, response.status, wait)
        return retry

    def defer(self, request, reason: str, why: str) -> None:
        """Leave ``request`` to the next run: count, log, and drop it (IgnoreRequest)."""
        self.crawler.stats.inc_value(DEFERRED + reason)
        logger.warning("Deferred %s to the next run: %s", request.url, why)
        raise IgnoreRequest(f"Deferred {request.url}: {why}")

    def slot(self, request):
        downloader = self.crawler.engine.downloader
        return downloader.slots.get(downloader.get_slot_key(request))

    def slow_down(self, request, host: str, wait: float) -> None:
        """Have the host's download slot send nothing for ``wait`` seconds from now."""
        slot = self.slot(request)
        if slot is None:
            return
        self.saved_delay.setdefault(host, slot.delay)
        # The slot counts its delay from when it last sent a request, not from this answer:
        # a slow answer would otherwise eat into the wait the host asked for.
        since_sent = max(0.0, time.monotonic() - slot.lastseen)
        jitter = min(delay_jitter(slot), 0.9)
        slot.delay = max(slot.delay, (since_sent + wait) / (1 - jitter))

    def recover(self, request, host: str) -> None:
        """The host answers again: its slot gets its own delay back."""
        self.strikes.pop(host, None)
        saved = self.saved_delay.pop(host, None)
        slot = self.slot(request)
        if slot is not None and saved is not None:
            slot.delay = saved
