"""The worker pool: results, batches, errors, dead workers, start and stop (no Scrapy needed)."""

import asyncio
import os
import signal

import psutil
import pytest
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from crawler.workers import WorkerLost, WorkerPool, worker_count
from tests import workload


def new_pool(size=2, **options) -> WorkerPool:
    return WorkerPool(size, stats=MemoryStatsCollector(get_crawler()), **options)


def run(pool: WorkerPool, calls):
    """Run ``calls`` ((function, *args) tuples) on ``pool`` at once; results or exceptions."""

    async def main():
        pool.start()
        try:
            return await asyncio.gather(
                *(pool.run(function, *args) for function, *args in calls), return_exceptions=True
            )
        finally:
            pool.close()

    return asyncio.run(main())


def stat(pool: WorkerPool, key: str):
    return pool.stats.get_value("newsmon/workers/" + key)


def test_results_come_back_to_their_callers_in_batches():
    pool = new_pool(batch_size=8)
    results = run(pool, [(workload.square, n) for n in range(100)])
    assert results == [n * n for n in range(100)]
    assert stat(pool, "calls/square") == 100
    assert stat(pool, "batches") < 50  # calls travel together, not one by one
    assert stat(pool, "cpu_seconds/square") >= 0


def test_the_work_happens_in_the_workers_and_nowhere_else():
    pool = new_pool(size=2)
    pids = set(run(pool, [(workload.pid,) for _ in range(40)]))
    assert os.getpid() not in pids
    assert 1 <= len(pids) <= 2


def test_in_process_pool_gives_the_same_results():
    pool = new_pool(size=0)
    assert run(pool, [(workload.square, n) for n in range(10)]) == [n * n for n in range(10)]
    assert set(run(pool, [(workload.pid,)])) == {os.getpid()}
    assert stat(pool, "calls/square") == 10


def test_every_worker_warms_up_before_its_first_call():
    pool = new_pool(size=2)
    pool.warm_up(workload.warm_up)
    for warmed_up_in, pid in run(pool, [(workload.where_warmed_up,) for _ in range(20)]):
        assert warmed_up_in == pid


def test_an_exception_reaches_its_caller_only():
    pool = new_pool()
    square, failure, other = run(
        pool, [(workload.square, 3), (workload.fail, "bad page"), (workload.square, 4)]
    )
    assert (square, other) == (9, 16)
    assert isinstance(failure, ValueError) and str(failure) == "bad page"
    assert any("In worker process" in note for note in failure.__notes__)
    assert not stat(pool, "died")


def test_arguments_that_cannot_be_pickled_fail_alone():
    pool = new_pool()
    results = run(pool, [(workload.square, 2), (workload.square, lambda: 1)])
    assert results[0] == 4
    assert isinstance(results[1], TypeError) and "cannot go to a worker" in str(results[1])


def test_a_poison_call_fails_after_one_retry_and_spares_its_batch():
    pool = new_pool(size=2, batch_size=8)
    results = run(pool, [(workload.die_on, n, 5) for n in range(16)])
    assert isinstance(results[5], WorkerLost)
    assert [r for n, r in enumerate(results) if n != 5] == [n * n for n in range(16) if n != 5]
    assert stat(pool, "died") == 2  # the first try and the retry
    assert stat(pool, "failed") == 1
    assert stat(pool, "retried") >= 1
    assert stat(pool, "started") == 4  # each dead worker was replaced


def test_a_worker_killed_from_outside_is_replaced_and_its_calls_retried():
    pool = new_pool(size=2, batch_size=2)

    async def main():
        pool.start()
        await asyncio.gather(*(pool.run(workload.square, n) for n in range(4)))  # both ready
        victim = pool.worker_pids()[0]
        calls = [asyncio.ensure_future(pool.run(workload.slow_square, n)) for n in range(4)]
        await asyncio.sleep(0.1)  # each worker is now sleeping in its batch of two
        os.kill(victim, signal.SIGKILL)
        results = await asyncio.gather(*calls)
        pids = pool.worker_pids()
        pool.close()
        return results, victim, pids

    results, victim, pids = asyncio.run(main())
    assert results == [0, 1, 4, 9]
    assert stat(pool, "died") == 1 and stat(pool, "retried") == 2 and not stat(pool, "failed")
    assert len(pids) == 2 and victim not in pids


def test_close_stops_every_worker():
    pool = new_pool(size=2)

    async def main():
        pool.start()
        await pool.run(workload.square, 2)
        pids = pool.worker_pids()
        pool.close()
        return pids

    for pid in asyncio.run(main()):
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def test_workers_ignore_ctrl_c_sent_to_the_process_group():
    pool = new_pool(size=1)

    async def main():
        pool.start()
        await pool.run(workload.square, 2)
        os.kill(pool.worker_pids()[0], signal.SIGINT)  # what a terminal's Ctrl-C does
        await asyncio.sleep(0.2)
        result = await pool.run(workload.square, 3)
        pool.close()
        return result

    assert asyncio.run(main()) == 9
    assert not stat(pool, "died")


@pytest.mark.parametrize(("value", "expected"), [(None, os.cpu_count()), ("0", 0), ("3", 3)])
def test_worker_count_defaults_to_the_cores(value, expected):
    assert worker_count(value) == expected


def test_workers_that_die_as_they_start_leave_the_work_to_this_process():
    pool = new_pool(size=2)
    pool.warm_up(workload.die)  # a broken set-up: every worker dies before its first call
    assert run(pool, [(workload.square, n) for n in range(6)]) == [n * n for n in range(6)]
    assert stat(pool, "died") >= 3 and pool.size == 0


def test_terminate_fails_the_calls_not_done():
    pool = new_pool(size=1)

    async def main():
        pool.start()
        calls = [asyncio.ensure_future(pool.run(workload.slow_square, n)) for n in range(3)]
        await asyncio.sleep(0.1)
        pids = pool.worker_pids()
        pool.terminate()
        return await asyncio.gather(*calls, return_exceptions=True), pids

    results, pids = asyncio.run(main())
    assert all(isinstance(result, WorkerLost) for result in results)
    assert not any(
        psutil.pid_exists(pid) and psutil.Process(pid).status() != "zombie" for pid in pids
    )
