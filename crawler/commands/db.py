"""``scrapy db upgrade | current | rebuild-features``: the database's schema and derived data.

* ``upgrade`` brings a database written by any earlier newsmon to the schema this one needs
  (one written before migrations is first recognised as revision 0001);
* ``current`` prints its schema revision and the versions of its derived data, and whether
  they are up to date;
* ``rebuild-features`` recomputes stored derived data (MinHash signatures, term vectors, text
  hashes; paragraph fingerprints) whose version is not the one this newsmon computes
  (``--all``: all of it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scrapy.exceptions import UsageError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from crawler.commands.crawl import exit_on_config_error
from crawler.database_command import DatabaseCommand
from crawler.errors import ConfigError
from pipelines.storage.database import cannot_open, database_engine, describe, open_database
from pipelines.storage.rebuild import rebuild, stale_kinds, versions
from pipelines.storage.schema import head, read_state, upgrade

ACTIONS = ("upgrade", "current", "rebuild-features")


class Command(DatabaseCommand):
    def syntax(self) -> str:
        return "upgrade | current | rebuild-features [--all]"

    def short_desc(self) -> str:
        return "Upgrade the database's schema, show it, or recompute stored derived data"

    def long_desc(self) -> str:
        return (
            "upgrade: bring the database at DATABASE_URL (written by any earlier newsmon) to"
            " the schema this newsmon needs. current: print its schema revision and the"
            " versions of its derived data. rebuild-features: recompute stored MinHash"
            " signatures, term vectors and paragraph fingerprints whose version is not the"
            " current one (--all: all of them)."
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "--all",
            action="store_true",
            dest="everything",
            help="rebuild-features: recompute all derived data, whatever its version",
        )

    def check_database(self, url: str) -> None:
        # The schema is what these commands look at or change: only the URL is checked here.
        database_engine(url).dispose()

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1 or args[0] not in ACTIONS:
            raise UsageError(f"expected one of: {', '.join(ACTIONS)}")
        if opts.everything and args[0] != "rebuild-features":
            raise UsageError("--all goes with rebuild-features")
        url = self.settings["DATABASE_URL"]
        action = {
            "upgrade": self.upgrade,
            "current": self.current,
            "rebuild-features": self.rebuild_features,
        }[args[0]]
        exit_on_config_error(action, url, opts)

    def upgrade(self, url: str, opts) -> None:
        engine = database_engine(url)
        try:
            before, after = upgrade(engine, describe(url))
        except SQLAlchemyError as error:
            raise cannot_open(url, error) from error
        finally:
            engine.dispose()
        if before.kind == "head":
            print(f"{describe(url)}: schema {after.describe()}, up to date")
        else:
            print(f"{describe(url)}: schema {before.describe()} upgraded to {after.describe()}")
        # Derived data of another version is recomputed too: after an upgrade the crawl works.
        if stale_kinds(open_database(url)):
            self.rebuild_features(url, opts)

    def current(self, url: str, _opts) -> None:
        print(f"database: {describe(url)}")
        if _missing_sqlite_file(url):
            print(
                f"schema: none (no database yet), this newsmon needs {head()}:"
                " the first crawl or 'scrapy db upgrade' creates it"
            )
            return
        engine = database_engine(url)
        try:
            state = read_state(engine)
        except SQLAlchemyError as error:
            raise cannot_open(url, error) from error
        finally:
            engine.dispose()
        print(f"schema: {state.describe()}, this newsmon needs {head()}: {state.status()}")
        if state.kind != "head":
            return
        for kind in versions(open_database(url)):
            stored = "none" if kind.stored is None else kind.stored
            if not kind.has_rows:
                status = "no data yet"
            elif kind.stale:
                status = "needs rebuild: run 'scrapy db rebuild-features'"
            else:
                status = "up to date"
            print(f"{kind.name}: version {stored}, this newsmon computes {kind.current}: {status}")

    def rebuild_features(self, url: str, opts) -> None:
        database = open_database(url)
        stale = stale_kinds(database)
        if not stale and not opts.everything:
            print(f"{describe(url)}: derived data is up to date, nothing to recompute")
            return
        before = {kind.name: kind.stored for kind in versions(database)}
        try:
            counts = rebuild(
                database,
                min_words=self.settings.getint("DEDUP_MIN_WORDS"),
                min_articles=self.settings.getint("BOILERPLATE_MIN_ARTICLES"),
                everything=opts.everything,
                progress=lambda line: print(line, file=sys.stderr, flush=True),
            )
        except SQLAlchemyError as error:
            reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
            raise ConfigError(
                f"{describe(url)}: the rebuild failed ({reason}); the versions recorded are"
                " unchanged: run it again"
            ) from error
        for kind in versions(database):
            if opts.everything or kind.name in {s.name for s in stale}:
                print(f"{kind.name}: version {before[kind.name]} -> {kind.stored}")
        print(
            "recomputed: "
            + ", ".join(f"{count} {what.replace('_', ' ')}" for what, count in counts.items())
        )


def _missing_sqlite_file(url: str) -> bool:
    """Whether ``url`` names a SQLite file that does not exist (``current`` makes none)."""
    try:
        parsed = make_url(url)
    except Exception:  # database_engine reports it
        return False
    name = parsed.database
    return (
        parsed.get_backend_name() == "sqlite"
        and name not in (None, "", ":memory:")
        and not name.startswith("file:")
        and not Path(name).exists()
    )
