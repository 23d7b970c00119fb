"""Distributed mode: several ``scrapy crawl news`` processes share one frontier in Redis.

When ``REDIS_URL`` is set, the :class:`crawler.distributed.Distributed` addon switches the crawl
to scrapy-redis (this module is imported only then: scrapy-redis is an optional dependency):

* :class:`FrontierScheduler` (scrapy-redis's scheduler): one request queue (a sorted set) for
  every process; requests go in once, whoever finds them, through
* :class:`RedisArticleDupeFilter` (scrapy-redis's dupefilter): the fingerprints of newsmon's
  canonical URLs (``REQUEST_FINGERPRINTER_CLASS``) in one Redis set, and the stored articles
  known from the database as :class:`crawler.dupefilter.ArticleDupeFilter` knows them. The
  start URLs go through it too, so they are seeded once however many processes start.
* In-flight requests (crash safety). scrapy-redis's queue forgets a request once popped; a
  process killed with SIGKILL would lose what it was fetching. :class:`TrackedQueue` pops a
  request and records it in the process's in-flight set in one Lua script; the request leaves
  the set when it is done: its response's output is in the queue and its article's batch is
  committed (:class:`FrontierTracker`). Each process refreshes a heartbeat key; the in-flight
  set of a process whose heartbeat expired is put back in the queue (again one Lua script,
  so two processes cannot both take it back).
* :class:`Frontier` (an extension) closes a process when the frontier has been idle for
  ``FRONTIER_IDLE_SECONDS``: queue empty and no other live process busy. Scrapy polls an idle
  scheduler once per engine heartbeat (5 s), so the idle time must be longer than that.
  The last process out clears the dupefilter, so that the next run starts afresh.

Nothing here schedules: the queue, its order and the dupefilter are scrapy-redis's.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid

from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler
from twisted.internet import task

from crawler.dupefilter import article_fingerprint, known_article_fingerprints, listed_change
from crawler.signals import batch_committed

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 1.0
IN_FLIGHT = "newsmon_in_flight"  # request meta: the request as the queue stored it

# Pop the first request of the queue (KEYS[1]) into the in-flight set (KEYS[2]), at once.
POP_SCRIPT = """
local found = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #found == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('ZADD', KEYS[2], found[2], found[1])
return found[1]
"""
# Put back the in-flight set (KEYS[2]) of a process whose heartbeat (KEYS[3]) expired.
RECOVER_SCRIPT = """
if KEYS[3] ~= '' and redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
local count = redis.call('ZCARD', KEYS[2])
if count > 0 then
  redis.call('ZUNIONSTORE', KEYS[1], 2, KEYS[1], KEYS[2], 'AGGREGATE', 'MIN')
end
redis.call('DEL', KEYS[2])
return count
"""


class TrackedQueue(PriorityQueue):
    """scrapy-redis's priority queue whose pop also records the request as in flight."""

    in_flight_key: str | None = None  # set by the scheduler when it opens

    def pop(self, timeout=0):
        if self.in_flight_key is None:
            return super().pop(timeout)
        data = self.server.eval(POP_SCRIPT, 2, self.key, self.in_flight_key)
        if not data:
            return None
        request = self._decode_request(data)
        request.meta[IN_FLIGHT] = data
        return request

    def push(self, request):
        request.meta.pop(IN_FLIGHT, None)  # a request's own copy in the queue is not stored
        super().push(request)


class FrontierScheduler(Scheduler):
    """scrapy-redis's scheduler, joined to the :class:`Frontier` of this process."""

    frontier: Frontier | None = None

    @classmethod
    def from_crawler(cls, crawler):
        scheduler = super().from_crawler(crawler)
        scheduler.frontier = crawler.get_extension(Frontier)
        return scheduler

    def open(self, spider):
        result = super().open(spider)
        self.frontier.join(self.server, self.queue, self.df)
        return result

    def enqueue_request(self, request):
        # A request replacing one in flight (a redirect, a retry) takes its place in the queue.
        replaced = request.meta.pop(IN_FLIGHT, None)
        queued = super().enqueue_request(request)
        if replaced is not None:
            self.frontier.done(replaced)
        return queued


class RedisArticleDupeFilter(RFPDupeFilter):
    """scrapy-redis's dupefilter with newsmon's fingerprints (one per canonical URL), which
    also filters the articles stored before (as :class:`~crawler.dupefilter.ArticleDupeFilter`)."""

    known: dict[bytes, float] = {}
    fingerprinter = None
    stats = None

    @classmethod
    def from_spider(cls, spider):
        dupefilter = super().from_spider(spider)
        crawler = spider.crawler
        dupefilter.fingerprinter = crawler.request_fingerprinter
        dupefilter.stats = crawler.stats
        dupefilter.known = known_article_fingerprints(
            crawler.settings["DATABASE_URL"], crawler.settings.getfloat("RECHECK_DAYS")
        )
        return dupefilter

    def request_fingerprint(self, request) -> str:
        return self.fingerprinter.fingerprint(request).hex()

    def request_seen(self, request) -> bool:
        fingerprint = article_fingerprint(request) if self.known else None
        if fingerprint in self.known:
            changed = listed_change(request)
            if changed is None or changed <= self.known[fingerprint]:
                self.stats.inc_value("newsmon/dupefilter/stored_article")
                return True
            self.stats.inc_value("newsmon/dupefilter/changed_article")
            del self.known[fingerprint]
        return super().request_seen(request)


class Frontier:
    """This process's place in the shared frontier: its heartbeat, its in-flight requests,
    taking back those of dead processes, and when to close."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.idle_seconds = settings.getfloat("FRONTIER_IDLE_SECONDS")
        self.dead_seconds = settings.getfloat("FRONTIER_DEAD_SECONDS")
        self.name = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.server = self.queue = self.dupefilter = None
        self.idle_since: float | None = None
        self.heartbeat = task.LoopingCall(self.beat)
        self.committing: list[bytes] = []  # done once the store's open batch commits
        self.pending: dict[bytes, list] = {}  # [items not yet through the pipelines, output over]

    @classmethod
    def from_crawler(cls, crawler):
        frontier = cls(crawler)
        crawler.signals.connect(frontier.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(frontier.spider_closed, signal=signals.spider_closed)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(frontier.item_done, signal=signal)
        crawler.signals.connect(frontier.batch_committed, signal=batch_committed)
        return frontier

    # --- keys ----------------------------------------------------------------------------
    def _key(self, kind: str, name: str = "") -> str:
        return self.queue.key.rsplit(":", 1)[0] + f":{kind}:{name or self.name}"

    @property
    def in_flight_key(self) -> str:
        return self._key("inflight")

    def _others(self) -> list[str]:
        """Names of the processes with an in-flight set or a heartbeat, but this one."""
        names = set()
        for kind in ("inflight", "alive"):
            for key in self.server.scan_iter(match=self._key(kind, "*")):
                names.add(key.decode().rsplit(":", 1)[1])
        names.discard(self.name)
        return sorted(names)

    # --- joining and leaving -------------------------------------------------------------
    def join(self, server, queue, dupefilter) -> None:
        """Called by the scheduler as it opens: take back what dead processes left in flight;
        if no other process is alive, this is a new run: its dupefilter starts empty, so the
        start URLs are fetched again (what a dead run left queued or in flight is fetched too;
        stored articles are known from the database). One process joins at a time, so the
        start URLs are seeded once however many start together."""
        self.server, self.queue, self.dupefilter = server, queue, dupefilter
        queue.in_flight_key = self.in_flight_key
        lock = server.lock(self._key("joining", "lock"), timeout=60, blocking_timeout=120)
        with lock:
            recovered = self.recover_dead()
            alive = [n for n in self._others() if server.exists(self._key("alive", n))]
            if not alive:
                dupefilter.clear()
                logger.info(
                    "Frontier: a new run (%d request(s) left queued, %d taken back)",
                    len(queue), recovered,
                )  # fmt: skip
            else:
                logger.info(
                    "Frontier: joined %d other process(es), %d request(s) queued",
                    len(alive), len(queue),
                )  # fmt: skip
            self.announce("busy")  # it is about to seed its start URLs
        self.heartbeat.start(HEARTBEAT_SECONDS, now=False)
        logger.info("Frontier: this process is %s", self.name)

    def beat(self) -> None:
        """The heartbeat: alive for FRONTIER_DEAD_SECONDS more, busy or idle."""
        try:
            idle = self.crawler.engine.spider_is_idle()
        except (AttributeError, RuntimeError):  # the engine is opening or closing its slots
            idle = False
        self.announce("idle" if idle else "busy")

    def announce(self, state: str) -> None:
        self.server.set(self._key("alive"), state, px=int(self.dead_seconds * 1000))

    def spider_closed(self, reason: str) -> None:
        if self.server is None:
            return
        if self.heartbeat.running:
            self.heartbeat.stop()
        lost = self.crawler.stats.get_value("newsmon/stored/lost", 0)
        if reason != "finished" or lost:
            # Shut down early, or the database failed: what is in flight goes back.
            count = self.server.eval(RECOVER_SCRIPT, 3, self.queue.key, self.in_flight_key, "")
            logger.info("Frontier: %d in-flight request(s) put back in the queue", count)
        self.server.delete(self.in_flight_key, self._key("alive"))
        if not self._others() and not len(self.queue):
            self.dupefilter.clear()
            logger.info("Frontier: the last process out cleared the dupefilter")

    # --- crash safety --------------------------------------------------------------------
    def recover_dead(self) -> int:
        """Put back in the queue the in-flight requests of processes whose heartbeat expired."""
        recovered = 0
        for name in self._others():
            count = self.server.eval(
                RECOVER_SCRIPT, 3, self.queue.key, self._key("inflight", name),
                self._key("alive", name),
            )  # fmt: skip
            if count:
                logger.warning(
                    "Frontier: %d in-flight request(s) of %s (no heartbeat) put back",
                    count, name,
                )  # fmt: skip
                self.crawler.stats.inc_value("newsmon/frontier/recovered", count)
                recovered += count
        return recovered

    def done(self, data: bytes) -> None:
        """A request is done: its output is queued and its article (if any) committed."""
        self.server.zrem(self.in_flight_key, data)

    def output_started(self, data: bytes) -> None:
        self.pending.setdefault(data, [0, False, False])

    def output_item(self, data: bytes) -> None:
        state = self.pending.setdefault(data, [0, False, False])
        state[0] += 1
        state[2] = True

    def output_over(self, data: bytes) -> None:
        state = self.pending.setdefault(data, [0, False, False])
        state[1] = True
        self._settle(data, state)

    def item_done(self, item, response=None, **_) -> None:
        data = response.meta.get(IN_FLIGHT) if response is not None else None
        if data is None or data not in self.pending:
            return
        state = self.pending[data]
        state[0] -= 1
        self._settle(data, state)

    def _settle(self, data: bytes, state: list) -> None:
        outstanding, over, had_items = state
        if not over or outstanding > 0:
            return
        del self.pending[data]
        if had_items:
            self.committing.append(data)  # done when the store's batch holding it commits
        else:
            self.done(data)

    def batch_committed(self, **_) -> None:
        """The store committed: the requests whose articles went through are done."""
        committed, self.committing = self.committing, []
        if committed:
            self.server.zrem(self.in_flight_key, *committed)

    # --- closing -------------------------------------------------------------------------
    def spider_idle(self) -> None:
        """Keep this process open until the frontier has been idle for FRONTIER_IDLE_SECONDS:
        nothing queued, no other live process busy."""
        if self.server is None:
            return
        if self.recover_dead() or len(self.queue) or self._other_busy():
            self.idle_since = None
            raise DontCloseSpider
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.idle_seconds:
            raise DontCloseSpider
        logger.info("Frontier: idle for %.0f s, closing", now - self.idle_since)

    def _other_busy(self) -> bool:
        states = (self.server.get(self._key("alive", name)) for name in self._others())
        return any(state == b"busy" for state in states)


class FrontierTracker:
    """Spider middleware: when a response's output is over, its request is done, or waits for
    its articles' commit (a request whose callback failed is done: it would fail again)."""

    def __init__(self, frontier: Frontier):
        self.frontier = frontier

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.get_extension(Frontier))

    async def process_spider_output(self, response, result):
        data = response.meta.get(IN_FLIGHT)
        if data is None:
            async for output in result:
                yield output
            return
        self.frontier.output_started(data)
        async for output in result:
            if not isinstance(output, Request):
                self.frontier.output_item(data)
            yield output
        self.frontier.output_over(data)

    def process_spider_exception(self, response, exception):
        data = response.meta.get(IN_FLIGHT)
        if data is not None and data not in self.frontier.pending:
            self.frontier.done(data)
