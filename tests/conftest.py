"""Shared fixtures: real databases, a real local HTTP server, and running scrapy as a user does."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from crawler.offline import project_crawler  # noqa: F401  (tests import it from here)

# Fuzzing (tests/test_fuzz.py): about 200 inputs per target in the normal suite;
# HYPOTHESIS_PROFILE=fuzz (or bench/fuzz.py, which reports the slowest input) tries many more.
# No per-input deadline: on shared cores a first call's lazy loading or a busy neighbour would
# make it flaky; the bound on a crawl's pages is EXTRACTION_TIMEOUT (crawler/deadline.py).
FUZZ = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("default", max_examples=200, **FUZZ)
settings.register_profile("fuzz", max_examples=20000, **FUZZ)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SITE = SEEDS / "site"
POSTGRES_ADMIN_URL = os.environ.get(
    "NEWSMON_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
# Test sites are served on loopback, which a crawl refuses unless allowed (crawler/guard.py).
LOCAL_NETWORK = ("-s", "ALLOWED_NETWORKS=127.0.0.0/8")
# CI sets this: there a missing server is a failure, not a skip.
REQUIRE_SERVICES = os.environ.get("NEWSMON_REQUIRE_SERVICES") == "1"


def service_missing(reason: str) -> None:
    if REQUIRE_SERVICES:
        pytest.fail(f"{reason} (NEWSMON_REQUIRE_SERVICES=1)")
    pytest.skip(reason)


# The tests' default database (the ``sqlite_url`` fixture): a SQLite file, or with
# NEWSMON_TEST_DATABASE=postgres a fresh PostgreSQL database (CI runs the suite both ways).
TEST_DATABASE = os.environ.get("NEWSMON_TEST_DATABASE", "sqlite")


@pytest.fixture
def sqlite_url(tmp_path):
    """The tests' default database: a SQLite file, or a fresh PostgreSQL database when
    NEWSMON_TEST_DATABASE=postgres."""
    if TEST_DATABASE == "postgres":
        with postgres_database() as url:
            yield url
        return
    yield f"sqlite:///{tmp_path / 'newsmon.db'}"


@contextlib.contextmanager
def postgres_database():
    """A fresh PostgreSQL database (its URL), dropped afterwards."""
    try:
        from sqlalchemy import create_engine, text
    except ImportError:  # pragma: no cover
        service_missing("SQLAlchemy is not installed")
    name = f"newsmon_test_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:
        service_missing(
            f"PostgreSQL at {POSTGRES_ADMIN_URL} is not reachable: {str(error).splitlines()[0]}"
        )
    try:
        yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def postgres_url():
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    with postgres_database() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request) -> str:
    """Each storage test runs on SQLite and on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_url")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


@pytest.fixture
def site_server():
    """The fixture site served over HTTP on 127.0.0.1; yields its base URL."""
    handler = functools.partial(QuietHandler, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def run_scrapy(*args: str, database_url: str, timeout: int = 180) -> subprocess.CompletedProcess:
    """Run ``scrapy ARGS`` in the project folder, as a user would."""
    env = {**os.environ, "DATABASE_URL": database_url}
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def scrapy():
    return run_scrapy
