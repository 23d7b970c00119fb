"""Bounded work per page: a call abandoned when it runs past its time.

Extraction runs the source's own disclaimer patterns and parses whatever a site sends; one
page must not stall the run (under a ``flock -n`` cron line, every later run too).
:class:`Bounded` wraps a function so that a call taking longer than its bound raises
:class:`Stalled`. It uses a real-time timer signal, so it bounds calls made in a process's
main thread: a worker process's calls, or the crawl's own with ``WORKERS = 0``; elsewhere
the call runs unbounded. Python code and regular expressions are interrupted; a single long
call into a C library is interrupted when it returns.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable


class Stalled(Exception):
    """A call ran past its time bound and was abandoned."""


def _expire(signum, frame):
    raise Stalled("time bound reached")


class Bounded:
    """``function`` with every call abandoned after ``seconds`` (0: unbounded).

    Picklable when ``function`` is (a module-level function), so it can be sent to a worker
    process; named like ``function``, so the worker pool's stats keep their names.
    """

    def __init__(self, function: Callable, seconds: float):
        self.function = function
        self.seconds = seconds
        self.__name__ = getattr(function, "__name__", repr(function))

    def __call__(self, *args, **kwargs):
        if self.seconds <= 0 or threading.current_thread() is not threading.main_thread():
            return self.function(*args, **kwargs)
        previous = signal.signal(signal.SIGALRM, _expire)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        try:
            return self.function(*args, **kwargs)
        except Stalled as error:
            raise Stalled(f"{self.__name__} took more than {self.seconds:g} s") from error
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
