"""Module-level functions for the worker pool tests: workers import them by name."""

from __future__ import annotations

import os
import signal
import time

warmed_up_in: int | None = None  # the pid that ran warm_up, in a worker


def warm_up() -> None:
    global warmed_up_in
    warmed_up_in = os.getpid()


def where_warmed_up() -> tuple[int | None, int]:
    """(the pid that ran the warm-up in this process, this pid)."""
    return warmed_up_in, os.getpid()


def square(number: int) -> int:
    return number * number


def fail(message: str) -> None:
    raise ValueError(message)


def die_on(number: int, poison: int) -> int:
    """``number`` squared, except that ``poison`` kills the process running it."""
    if number == poison:
        os.kill(os.getpid(), signal.SIGKILL)
    return number * number


def slow_square(number: int) -> int:
    time.sleep(0.3)
    return number * number


def pid() -> int:
    return os.getpid()


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)
