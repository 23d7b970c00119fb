"""A pool of worker processes for the CPU-heavy steps, so the reactor keeps downloading.

Extraction and language detection take tens of milliseconds of CPU per page.
Run in the reactor thread, they stop downloads while they run and use one core.
The :class:`WorkerPool` extension runs them in ``WORKERS`` processes (default:
one per core) instead; item pipelines ``await pool.run(function, *args)``
from an ``async def process_item``.

- ``function`` is a module-level function on picklable arguments (the
  functions pickle by name). Calls are collected into batches of up to
  ``WORKER_BATCH_SIZE`` calls, or whatever arrived within
  ``WORKER_BATCH_DELAY`` seconds, and each batch goes to an idle worker as one
  message, so that inter-process overhead is paid per batch, not per item.
- Workers fork from a server that imported the pipelines' modules once, and
  run each registered :meth:`WorkerPool.warm_up` call once at start, so that
  libraries, language profiles and compiled patterns load once per worker,
  never per item.
- A worker that dies (killed, out of memory, a crash in a C library) is
  replaced; the calls of the batch it was running are retried once, each alone
  in a batch of its own, so that one poison page cannot take innocent pages
  down with it. A call whose retry dies too raises :class:`WorkerLost` (a
  ``DropItem``) and is counted in ``newsmon/workers/failed``: never silently
  lost.
- The pool starts when the spider opens and stops when it closes; workers
  ignore SIGINT, so that Ctrl-C lets Scrapy finish the items in flight
  through the pool. A forced shutdown terminates the workers.

``WORKERS = 0`` runs every call in the reactor thread (for debugging, or
where processes are unwanted): same results, same stats.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import pickle
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.utils.asyncio import is_asyncio_available

from crawler import workerprocess
from crawler.workerprocess import STOP, call_name, serve

logger = logging.getLogger(__name__)

STAT = "newsmon/workers/"
# Workers that die before they are ready this many times in a row mean a broken set-up.
MAX_START_FAILURES = 3
SHUTDOWN_GRACE = 10.0  # seconds a worker gets to exit before it is terminated


class WorkerLost(DropItem):
    """A call could not be completed: its worker process died on the first try and the retry."""

    def __init__(self, message: str):
        super().__init__(message, log_level="ERROR")


def worker_count(value: Any) -> int:
    """The ``WORKERS`` setting as a number of processes: empty or negative means one per core."""
    if value in (None, ""):
        return os.cpu_count() or 1
    count = int(value)
    return (os.cpu_count() or 1) if count < 0 else count


@dataclass(eq=False)
class Call:
    """One ``function(*args)`` on its way to a worker, and the future its caller awaits."""

    function: Callable
    args: tuple
    kwargs: dict
    future: asyncio.Future
    payload: bytes = b""
    attempts: int = 0
    queued_at: float = field(default_factory=time.monotonic)


@dataclass(eq=False)
class Worker:
    """One worker process, its end of the pipe, and the batch it is running."""

    process: multiprocessing.process.BaseProcess
    connection: Any  # multiprocessing.connection.Connection
    watched: tuple[int, ...] = ()  # file descriptors the event loop watches for it
    batch: list[Call] = field(default_factory=list)
    ready: bool = False

    @property
    def idle(self) -> bool:
        return self.ready and not self.batch


class WorkerPool:
    """Worker processes shared by the item pipelines of one crawl (a Scrapy extension)."""

    def __init__(
        self,
        size: int,
        batch_size: int = 8,
        batch_delay: float = 0.01,
        stats=None,
        start_method: str = "forkserver",
    ):
        self.size = size
        self.batch_size = max(1, batch_size)
        self.batch_delay = max(0.0, batch_delay)
        self.stats = stats
        self.start_method = start_method
        self.warm_ups: list[tuple[Callable, tuple]] = []
        self.workers: list[Worker] = []
        self.waiting: deque[Call] = deque()  # calls not yet sent, oldest first
        self.retries: deque[Call] = deque()  # calls of a dead worker's batch, sent alone
        self.loop: asyncio.AbstractEventLoop | None = None
        self.context: Any = None  # the multiprocessing context, set at start
        self.timer: asyncio.TimerHandle | None = None
        self.started = self.closing = False
        self.start_failures = 0

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        size = worker_count(settings.get("WORKERS"))
        if size and not is_asyncio_available():
            logger.warning("WORKERS=%d needs the asyncio reactor: running in-process", size)
            size = 0
        pool = cls(
            size,
            batch_size=settings.getint("WORKER_BATCH_SIZE"),
            batch_delay=settings.getfloat("WORKER_BATCH_DELAY"),
            stats=crawler.stats,
            start_method=settings.get("WORKER_START_METHOD"),
        )
        crawler.signals.connect(pool.start, signal=signals.spider_opened)
        crawler.signals.connect(pool.close, signal=signals.spider_closed)
        crawler.signals.connect(pool.terminate, signal=signals.engine_stopped)
        return pool

    # --- what pipelines use ------------------------------------------------

    def warm_up(self, function: Callable, *args) -> None:
        """Have every worker call ``function(*args)`` once when it starts (before any work),
        so that what the function loads on first use is loaded then, not during the crawl."""
        self.warm_ups.append((function, args))

    async def run(self, function: Callable, *args, **kwargs):
        """``function(*args, **kwargs)``, computed in a worker process (in this one if
        ``WORKERS`` is 0)."""
        if not self.size or self.closing:  # no pool (any more): compute it here
            return self._run_here(function, args, kwargs)
        if not self.started:
            self.start()
        call = Call(function, args, kwargs, self.loop.create_future())
        if not self._prepare(call):
            return await call.future
        self.waiting.append(call)
        self._dispatch()
        return await call.future

    def _run_here(self, function: Callable, args: tuple, kwargs: dict):
        started = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            self._count_call(call_name(function), time.thread_time() - started)

    # --- life cycle ----------------------------------------------------------

    def start(self) -> None:
        """Start the worker processes (at spider open; idempotent)."""
        if self.started or not self.size:
            return
        self.started = True
        self.loop = asyncio.get_event_loop()
        context = multiprocessing.get_context(self.start_method)
        if self.start_method == "forkserver":
            modules = {function.__module__ for function, _ in self.warm_ups}
            context.set_forkserver_preload(sorted(modules | {workerprocess.__name__}))
        self.context = context
        for _ in range(self.size):
            self._spawn()
        logger.info(
            "Worker pool: %d processes (pids %s), batches of up to %d calls or %.0f ms",
            self.size,
            ", ".join(str(w.process.pid) for w in self.workers),
            self.batch_size,
            self.batch_delay * 1000,
        )

    def close(self) -> None:
        """Stop the workers once they are idle (at spider close, when no item is in flight)."""
        if not self.started or self.closing:
            return
        self.closing = True
        self._cancel_timer()
        for call in [*self.retries, *self.waiting]:
            self._fail(call, "the worker pool closed before it ran")
        self.retries.clear()
        self.waiting.clear()
        for worker in self.workers:
            self._forget(worker)
            with contextlib.suppress(OSError):  # already gone
                worker.connection.send_bytes(STOP)
        deadline = time.monotonic() + SHUTDOWN_GRACE
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                logger.warning("Worker %s did not stop: terminating it", worker.process.pid)
                worker.process.terminate()
                worker.process.join(1.0)
            worker.connection.close()
        self.workers.clear()

    def terminate(self) -> None:
        """Kill the workers now (the reactor is stopping without a clean close); the calls
        not done fail."""
        if not self.started or (self.closing and not self.workers):
            return
        self.closing = True
        self._cancel_timer()
        unfinished = [*self.retries, *self.waiting]
        for worker in self.workers:
            self._forget(worker)
            if worker.process.is_alive():
                worker.process.kill()
            worker.process.join(1.0)
            worker.connection.close()
            unfinished += worker.batch
        self.workers.clear()
        self.retries.clear()
        self.waiting.clear()
        for call in unfinished:
            self._fail(call, "the worker pool was stopped")

    def worker_pids(self) -> list[int]:
        """The process ids of the running workers."""
        return [w.process.pid for w in self.workers]

    # --- workers -------------------------------------------------------------

    def _spawn(self) -> None:
        ours, theirs = self.context.Pipe(duplex=True)
        process = self.context.Process(
            target=serve, args=(theirs, self.warm_ups), name="newsmon-worker", daemon=True
        )
        with main_module_unseen():
            process.start()
        theirs.close()
        worker = Worker(process, ours, watched=(ours.fileno(), process.sentinel))
        self.workers.append(worker)
        self.loop.add_reader(ours.fileno(), self._on_message, worker)
        self.loop.add_reader(process.sentinel, self._on_exit, worker)
        self._inc("started")

    def _forget(self, worker: Worker) -> None:
        """Stop watching a worker's pipe and exit (idempotent)."""
        for fd in worker.watched:
            self.loop.remove_reader(fd)
        worker.watched = ()

    def _on_message(self, worker: Worker) -> None:
        try:
            message = worker.connection.recv_bytes()
        except (EOFError, OSError):
            self._on_exit(worker)
            return
        began = time.thread_time()
        kind, body = pickle.loads(message)
        if kind == "ready":
            worker.ready = True
            self.start_failures = 0
        elif kind == "done":
            batch, worker.batch = worker.batch, []
            for call, outcome in zip(batch, body, strict=True):
                self._settle(call, outcome)
        self._count_overhead(began)
        self._dispatch()

    def _on_exit(self, worker: Worker) -> None:
        """A worker exited: replace it and retry (or fail) the calls it was running."""
        if worker not in self.workers:
            return
        self._forget(worker)
        self.workers.remove(worker)
        worker.process.join(1.0)
        worker.connection.close()
        if self.closing:
            return
        logger.error(
            "Worker %s died (exit code %s) with %d calls in hand",
            worker.process.pid,
            worker.process.exitcode,
            len(worker.batch),
        )
        self._inc("died")
        for call in worker.batch:
            if call.attempts >= 2:
                self._fail(call, "its worker process died on the first try and on the retry")
            else:
                self._inc("retried")
                self.retries.append(call)
        if not worker.ready:
            self.start_failures += 1
        if self.start_failures >= MAX_START_FAILURES:
            self._give_up()
            return
        self._spawn()
        self._dispatch()

    def _give_up(self) -> None:
        """Workers keep dying as they start: run the remaining calls in this process."""
        logger.error(
            "Worker processes die as they start (%d in a row): running in-process from now on",
            self.start_failures,
        )
        pending = [*self.retries, *self.waiting]
        self.retries.clear()
        self.waiting.clear()
        self.terminate()
        self.size = 0
        for call in pending:
            if call.future.done():
                continue
            try:
                call.future.set_result(self._run_here(call.function, call.args, call.kwargs))
            except Exception as error:
                call.future.set_exception(error)

    # --- batches -------------------------------------------------------------

    def _prepare(self, call: Call) -> bool:
        """Pickle the call now (so an unpicklable one fails alone); False if it cannot be sent."""
        began = time.thread_time()
        try:
            call.payload = pickle.dumps(
                (call.function, call.args, call.kwargs), pickle.HIGHEST_PROTOCOL
            )
        except Exception as error:
            call.future.set_exception(
                TypeError(f"{call_name(call.function)}: arguments cannot go to a worker: {error}")
            )
            return False
        finally:
            self._count_overhead(began)
        return True

    def _batch_due(self) -> bool:
        if len(self.waiting) >= self.batch_size or self.closing:
            return True
        return time.monotonic() - self.waiting[0].queued_at >= self.batch_delay

    def _dispatch(self) -> None:
        """Hand retries (alone) and due batches to idle workers; wake up when the next is due."""
        began = time.thread_time()
        for worker in list(self.workers):
            if not worker.idle:
                continue
            if self.retries:
                self._send(worker, [self.retries.popleft()])
            elif self.waiting and self._batch_due():
                count = min(self.batch_size, len(self.waiting))
                self._send(worker, [self.waiting.popleft() for _ in range(count)])
        # A busy pool is woken by its workers' answers; an idle one waits for the batch delay.
        if self.waiting and self.timer is None and any(w.idle for w in self.workers):
            wait = self.batch_delay - (time.monotonic() - self.waiting[0].queued_at)
            self.timer = self.loop.call_later(max(wait, 0.0005), self._on_timer)
        self._count_overhead(began)

    def _send(self, worker: Worker, batch: list[Call]) -> None:
        for call in batch:
            call.attempts += 1
        worker.batch = batch
        logger.debug("Batch of %d calls to worker %s", len(batch), worker.process.pid)
        self._inc("batches")
        self._inc("batched_calls", len(batch))
        try:
            worker.connection.send_bytes(pickle.dumps([c.payload for c in batch], -1))
        except OSError:
            self._on_exit(worker)  # it died between its last message and this one

    def _on_timer(self) -> None:
        self.timer = None
        if not self.closing:
            self._dispatch()

    def _cancel_timer(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def _settle(self, call: Call, outcome: bytes) -> None:
        ok, value, seconds, remote_traceback = pickle.loads(outcome)
        self._count_call(call_name(call.function), seconds)
        if call.future.done():  # its caller was cancelled
            return
        if ok:
            call.future.set_result(value)
        else:
            if remote_traceback:
                value.add_note(f"In worker process:\n{remote_traceback}")
            call.future.set_exception(value)

    def _fail(self, call: Call, reason: str) -> None:
        self._inc("failed")
        if not call.future.done():
            call.future.set_exception(WorkerLost(f"{call_name(call.function)} failed: {reason}"))

    # --- stats ---------------------------------------------------------------

    def _inc(self, key: str, count: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(STAT + key, count)

    def _count_call(self, name: str, seconds: float) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"{STAT}calls/{name}")
            self.stats.inc_value(f"{STAT}cpu_seconds/{name}", seconds, start=0.0)

    def _count_overhead(self, began: float) -> None:
        """Time the reactor thread spends pickling, sending and receiving for the pool."""
        if self.stats is not None:
            self.stats.inc_value(STAT + "reactor_seconds", time.thread_time() - began, start=0.0)


@contextlib.contextmanager
def main_module_unseen():
    """While a worker starts, the crawl's main module has no file or module name to import.

    multiprocessing has a new process import the parent's main script again, for what it may
    define: here ``scrapy``'s, which imports Scrapy, Twisted and cryptography (some 50 MB in
    each worker). Workers only run functions of importable modules.
    """
    main = sys.modules["__main__"]
    file, spec = main.__dict__.pop("__file__", None), getattr(main, "__spec__", None)
    main.__spec__ = None
    try:
        yield
    finally:
        main.__spec__ = spec
        if file is not None:
            main.__file__ = file


def worker_pool(crawler) -> WorkerPool:
    """The crawl's :class:`WorkerPool` extension; an in-process pool where it is not enabled."""
    try:
        pool = crawler.get_extension(WorkerPool)
    except RuntimeError:  # a crawler not set up for crawling (e.g. a test's)
        pool = None
    return pool if pool is not None else WorkerPool(0, stats=crawler.stats)
