"""The worker processes' side of :mod:`crawler.workers`: warm up, then run batches of calls.

It imports neither Scrapy nor the database: a worker process holds the modules its calls
need and nothing else (Scrapy, Twisted and SQLAlchemy would add some 60 MB to each).
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import signal
import time
import traceback
from collections.abc import Callable

logger = logging.getLogger(__name__)

STOP = b""  # the message that tells a worker to exit


def call_name(function: Callable) -> str:
    return getattr(function, "__name__", None) or repr(function)


def serve(connection, warm_ups: list[tuple[Callable, tuple]]) -> None:
    """A worker's life: warm up, then run batches until told to stop or the parent is gone."""
    # Ctrl-C reaches the whole process group: the parent decides when workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for function, args in warm_ups:
        try:
            function(*args)
        except Exception:
            logger.exception("Warm-up call %s failed", call_name(function))
    # What is loaded so far lives until the end: keep the collector off it (and its pages shared).
    gc.freeze()
    connection.send_bytes(pickle.dumps(("ready", os.getpid())))
    while True:
        try:
            message = connection.recv_bytes()
        except (EOFError, OSError):
            return  # the parent is gone
        if message == STOP:
            return
        outcomes = [run_call(payload) for payload in pickle.loads(message)]
        connection.send_bytes(pickle.dumps(("done", outcomes), -1))


def run_call(payload: bytes) -> bytes:
    """One pickled call run: its pickled (ok, value or exception, CPU seconds, traceback)."""
    started = time.process_time()
    try:
        function, args, kwargs = pickle.loads(payload)
        outcome = (True, function(*args, **kwargs), None)
    except Exception as error:
        outcome = (False, error, traceback.format_exc())
    ok, value, remote_traceback = outcome
    seconds = time.process_time() - started
    try:
        return pickle.dumps((ok, value, seconds, remote_traceback), -1)
    except Exception as error:  # an unpicklable result or exception
        problem = RuntimeError(f"result cannot be sent back from the worker: {error!r}")
        return pickle.dumps((False, problem, seconds, remote_traceback), -1)
