"""Schema migrations (Alembic) and versions of derived data, on SQLite and PostgreSQL.

The upgrade of a real database: ``tests/fixtures/previous-release/newsmon.db`` was written
by the last release before migrations (see the README beside it).
"""

from __future__ import annotations

import json
import multiprocessing
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text, update

from crawler.errors import ConfigError
from pipelines.similarity.features import FEATURES_VERSION
from pipelines.storage import rebuild as rebuild_module
from pipelines.storage.database import database_engine, open_database
from pipelines.storage.models import Base, DerivedVersion
from pipelines.storage.rebuild import check_versions, rebuild, versions
from pipelines.storage.schema import (
    FIRST_REVISION,
    SchemaOutdated,
    alembic_config,
    head,
    prepare,
    read_state,
    upgrade,
)
from tests.conftest import ROOT, SEEDS

PREVIOUS = ROOT / "tests" / "fixtures" / "previous-release"
# Where the previous release replayed the seeds from: a replayed file's URL is its path.
PREVIOUS_SEEDS = Path("/tmp/newsmon-previous-release/seeds")
# What the crawl changes but an article does not: one crawl_runs row per run.
RUN_TABLES = {"crawl_runs"}
DATA_TABLES = [
    "articles",
    "article_versions",
    "article_features",
    "stories",
    "watch_scores",
    "site_documents",
    "site_paragraphs",
]


def one_error_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 2, result.stderr[-3000:]
    assert len(lines) == 1, result.stderr[-3000:]
    return lines[0]


def ok(result):
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def listed(scrapy, url) -> list[dict]:
    result = ok(scrapy("articles", database_url=url))
    return [json.loads(line) for line in result.stdout.splitlines()]


def row_counts(url) -> dict[str, int]:
    engine = database_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                for table in [*DATA_TABLES, *RUN_TABLES]
            }
    finally:
        engine.dispose()


BOILERPLATE_SITE = ROOT / "tests" / "fixtures" / "boilerplate-site" / "artikel"
# Articles a replay stores: of seeds/ (the fixture site's index and a private page count) and
# of the boilerplate site.
SEED_ARTICLES, SITE_ARTICLES = 11, 6


def replay(scrapy, url, path, stored: int):
    """Replay ``path`` into the database at ``url``, which then holds ``stored`` articles."""
    result = ok(scrapy("crawl", "replay", "-a", f"path={path}", database_url=url))
    assert row_counts(url)["articles"] == stored, result.stderr[-3000:]
    return result


def replay_previous_seeds(scrapy, url):
    """Replay ``seeds/`` as the previous release did for the fixture: same place, watches."""
    shutil.rmtree(PREVIOUS_SEEDS, ignore_errors=True)
    shutil.copytree(SEEDS, PREVIOUS_SEEDS)
    return scrapy(
        "crawl",
        "replay",
        "-a",
        f"path={PREVIOUS_SEEDS}",
        "-a",
        f"sources={PREVIOUS_SEEDS / 'sources.toml'}",
        database_url=url,
    )


# --- must show: a database of the previous release ----------------------------------------


def test_a_database_of_the_previous_release_is_refused_then_upgraded(scrapy, tmp_path):
    path = tmp_path / "newsmon.db"
    shutil.copyfile(PREVIOUS / "newsmon.db", path)
    url = f"sqlite:///{path}"
    before = row_counts(url)
    assert before["articles"] == SEED_ARTICLES and before["site_paragraphs"] > 0

    # Not upgraded: the crawl stops before it starts, with one line naming the command.
    refused = replay_previous_seeds(scrapy, url)
    assert one_error_line(refused) == (
        f"newsmon: error: the database at {url} has schema unversioned (made before"
        f" migrations), this newsmon needs {head()}: run 'scrapy db upgrade'"
    )
    assert row_counts(url) == before  # not even a crawl run was recorded
    assert "scrapy db upgrade" in one_error_line(scrapy("articles", database_url=url))

    upgraded = ok(scrapy("db", "upgrade", database_url=url))
    assert upgraded.stdout.splitlines()[0] == (
        f"{url}: schema unversioned (made before migrations) upgraded to {head()}"
    )
    assert row_counts(url) == before

    # The same articles as the previous release listed, field for field.
    expected = [json.loads(line) for line in (PREVIOUS / "articles.jsonl").read_text().splitlines()]
    assert listed(scrapy, url) == expected

    # A second replay of the same seeds adds no rows: every article is known, unchanged.
    replayed = ok(replay_previous_seeds(scrapy, url))
    assert "'newsmon/stored/unchanged': 11" in replayed.stderr
    after = row_counts(url)
    assert {t: after[t] for t in DATA_TABLES} == {t: before[t] for t in DATA_TABLES}
    assert after["crawl_runs"] == before["crawl_runs"] + 1
    assert listed(scrapy, url) == expected


def test_revision_1_is_the_previous_release_schema_statement_for_statement(tmp_path):
    """On SQLite the schema is kept as the statements that made it: revision 0001 makes the
    same ones as the previous release's create_all did."""

    def statements(path):
        with sqlite3.connect(path) as connection:
            rows = connection.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                " AND name != 'alembic_version'"
            )
            return {(kind, name, re.sub(r"\s+", " ", sql)) for kind, name, sql in rows}

    path = tmp_path / "first.db"
    engine = database_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), FIRST_REVISION)
    engine.dispose()
    assert statements(path) == statements(PREVIOUS / "newsmon.db")


# --- the schema on both databases ---------------------------------------------------------


def reflected(connection) -> dict:
    """Everything the inspector tells about newsmon's tables."""
    inspector = inspect(connection)
    schema = {}
    for table in sorted(set(inspector.get_table_names()) - {"alembic_version"}):
        schema[table] = {
            "columns": [
                {key: str(value) for key, value in column.items() if key != "comment"}
                for column in inspector.get_columns(table)
            ],
            "primary key": inspector.get_pk_constraint(table),
            "foreign keys": sorted(map(repr, inspector.get_foreign_keys(table))),
            "indexes": sorted(map(repr, inspector.get_indexes(table))),
            "unique": sorted(map(repr, inspector.get_unique_constraints(table))),
        }
    return schema


# Columns that revisions after 0001 add to its tables.
LATER_COLUMNS = {
    "stories": {"merged_into", "merged_at"},
    "crawl_runs": {"sources", "status", "exit_code", "message"},
    "article_features": {"names", "dated"},
    "site_documents": {"rewrite_pending"},
}


def without_later_columns(schema: dict) -> dict:
    """``schema`` (:func:`reflected`) without the columns later revisions add, nor their
    indexes."""
    for table, columns in LATER_COLUMNS.items():
        described = schema[table]
        described["columns"] = [c for c in described["columns"] if c["name"] not in columns]
        described["indexes"] = [
            index for index in described["indexes"] if not any(f"'{c}'" in index for c in columns)
        ]
    return schema


def test_revision_1_is_what_create_all_made(database_url):
    """Revision 0001 makes, on SQLite and PostgreSQL alike, what the previous release's
    ``create_all`` made: today's models less what later revisions add."""
    later = {"derived_versions", "http_cache", "source_runs"}
    engine = database_engine(database_url)
    try:
        with engine.begin() as connection:
            tables = [t for t in Base.metadata.sorted_tables if t.name not in later]
            Base.metadata.create_all(connection, tables=tables)
            made_by_create_all = without_later_columns(reflected(connection))
            Base.metadata.drop_all(connection, tables=tables)
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), FIRST_REVISION)
            assert reflected(connection) == made_by_create_all
    finally:
        engine.dispose()


def test_an_empty_database_is_brought_to_head_and_matches_the_models(database_url):
    engine = database_engine(database_url)
    try:
        assert read_state(engine).kind == "empty"
        prepare(engine, database_url)
        state = read_state(engine)
        assert (state.kind, state.revision) == ("head", head())
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            # `alembic check`, through newsmon's env.py: no new revision would be generated.
            command.check(alembic_config(connection))
            # Every earlier newsmon stored derived data of version 1.
            assert connection.execute(text("SELECT name, version FROM derived_versions")).all()
    finally:
        engine.dispose()


def test_every_revision_downgrades_and_upgrades_again(database_url):
    engine = database_engine(database_url)
    try:
        prepare(engine, database_url)
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
            assert reflected(connection) == {}
            command.upgrade(alembic_config(connection), "head")
        assert read_state(engine).kind == "head"
    finally:
        engine.dispose()


def test_an_unversioned_database_is_stamped_and_upgraded(database_url):
    """The previous release's schema with no alembic_version (on PostgreSQL too)."""
    engine = database_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), FIRST_REVISION)
            connection.execute(text("DROP TABLE alembic_version"))
        assert read_state(engine).kind == "unversioned"
        with pytest.raises(SchemaOutdated, match=r"unversioned .*run 'scrapy db upgrade'"):
            prepare(engine, "db")
        before, after = upgrade(engine, "db")
        assert (before.kind, after.kind, after.revision) == ("unversioned", "head", head())
    finally:
        engine.dispose()


def test_a_database_too_old_to_upgrade_is_refused_with_one_line(scrapy, tmp_path):
    path = tmp_path / "skeleton.db"
    with sqlite3.connect(path) as connection:  # an early development version's schema
        connection.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, url VARCHAR(2048))")
    line = one_error_line(scrapy("db", "upgrade", database_url=f"sqlite:///{path}"))
    assert "too old to upgrade" in line and "article_features" in line, line


def test_a_revision_from_a_newer_newsmon_is_refused(scrapy, database_url):
    engine = database_engine(database_url)
    try:
        prepare(engine, database_url)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    finally:
        engine.dispose()
    for args in (("articles",), ("db", "upgrade")):
        line = one_error_line(scrapy(*args, database_url=database_url))
        assert "schema ffff, unknown to this newsmon" in line, line


def prepare_in_a_process(url, barrier):
    barrier.wait()
    engine = database_engine(url)
    try:
        prepare(engine, url)
    finally:
        engine.dispose()


def test_processes_opening_a_new_database_at_once_create_it_once(database_url):
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(4)
    processes = [
        spawn.Process(target=prepare_in_a_process, args=(database_url, barrier)) for _ in range(4)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
    assert [process.exitcode for process in processes] == [0, 0, 0, 0]
    engine = database_engine(database_url)
    try:
        assert read_state(engine).kind == "head"
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
            assert connection.execute(text("SELECT count(*) FROM derived_versions")).scalar() == 2
    finally:
        engine.dispose()


# --- scrapy db current ----------------------------------------------------------------------


def test_db_current_tells_the_revision_and_what_to_do(scrapy, database_url):
    def current():
        return ok(scrapy("db", "current", database_url=database_url)).stdout.splitlines()

    new = current()
    shown = new[0].removeprefix("database: ")
    if database_url.startswith("sqlite"):
        assert new[1:] == [
            f"schema: none (no database yet), this newsmon needs {head()}:"
            " the first crawl or 'scrapy db upgrade' creates it"
        ]
        assert not Path(database_url.removeprefix("sqlite:///")).exists()  # none was made
    else:
        assert new[1:] == [
            f"schema: none (empty database), this newsmon needs {head()}:"
            " the first crawl or 'scrapy db upgrade' creates it"
        ]

    engine = database_engine(database_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), FIRST_REVISION)
    engine.dispose()
    assert current() == [
        f"database: {shown}",
        f"schema: {FIRST_REVISION}, this newsmon needs {head()}:"
        " needs upgrade: run 'scrapy db upgrade'",
    ]
    refused = scrapy("crawl", "replay", "-a", f"path={SEEDS}", database_url=database_url)
    assert one_error_line(refused) == (
        f"newsmon: error: the database at {shown} has schema {FIRST_REVISION},"
        f" this newsmon needs {head()}: run 'scrapy db upgrade'"
    )

    upgraded = ok(scrapy("db", "upgrade", database_url=database_url)).stdout
    assert upgraded.splitlines() == [f"{shown}: schema {FIRST_REVISION} upgraded to {head()}"]
    assert current() == [
        f"database: {shown}",
        f"schema: {head()}, this newsmon needs {head()}: up to date",
        f"article_features: version {FEATURES_VERSION}, this newsmon computes {FEATURES_VERSION}:"
        " no data yet",
        "site_paragraphs: version 1, this newsmon computes 1: no data yet",
    ]
    again = ok(scrapy("db", "upgrade", database_url=database_url)).stdout
    assert again.splitlines() == [f"{shown}: schema {head()}, up to date"]


def test_db_needs_one_known_action(scrapy, sqlite_url):
    for args in (("db",), ("db", "downgrade"), ("db", "current", "--all")):
        result = scrapy(*args, database_url=sqlite_url)
        assert result.returncode == 2 and "db upgrade | current | rebuild-features" in (
            result.stdout + result.stderr
        )


# --- derived data: versions and rebuild-features -------------------------------------------


def derived(url) -> dict:
    """Everything derived from article texts, without surrogate ids of paragraph rows."""
    engine = database_engine(url)
    try:
        with engine.connect() as connection:

            def rows(query):
                return sorted(tuple(row) for row in connection.execute(text(query)))

            return {
                "features": rows(
                    "SELECT f.article_id, f.words, f.signature, f.terms, a.text_hash, a.text"
                    " FROM article_features f JOIN articles a ON a.id = f.article_id"
                ),
                "paragraphs": rows(
                    "SELECT document_id, site, fingerprint, document FROM site_paragraphs"
                ),
                "documents": rows("SELECT id, url, site, document, text FROM site_documents"),
            }
    finally:
        engine.dispose()


def garble(url, stored_version: int | None) -> None:
    """Derived data as another version of the code might have left it."""
    engine = database_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE article_features SET words = 0, signature = NULL"))
            connection.execute(text("UPDATE article_features SET terms = NULL"))
            connection.execute(text("UPDATE articles SET text_hash = 'old'"))
            connection.execute(text("UPDATE site_paragraphs SET fingerprint = 'old'"))
            connection.execute(text("UPDATE site_documents SET document = 'old'"))
            if stored_version is not None:
                connection.execute(update(DerivedVersion).values(version=stored_version))
    finally:
        engine.dispose()


def test_rebuild_features_recomputes_data_of_an_older_version(scrapy, database_url):
    replay(scrapy, database_url, SEEDS, SEED_ARTICLES)
    computed_by_the_crawl = derived(database_url)
    assert computed_by_the_crawl["paragraphs"] and computed_by_the_crawl["features"]
    counts = row_counts(database_url)

    garble(database_url, stored_version=0)  # as if an older newsmon had computed them
    current = ok(scrapy("db", "current", database_url=database_url)).stdout
    assert (
        f"article_features: version 0, this newsmon computes {FEATURES_VERSION}: needs rebuild"
        in current
    )
    refused = scrapy("crawl", "replay", "-a", f"path={SEEDS}", database_url=database_url)
    assert one_error_line(refused) == (
        f"newsmon: error: the database at {database_url} holds derived data of another"
        f" version (article_features version 0, this newsmon computes version {FEATURES_VERSION};"
        " site_paragraphs version 0, this newsmon computes version 1):"
        " run 'scrapy db rebuild-features'"
    )

    rebuilt = ok(scrapy("db", "rebuild-features", database_url=database_url)).stdout
    assert f"article_features: version 0 -> {FEATURES_VERSION}" in rebuilt
    assert "site_paragraphs: version 0 -> 1" in rebuilt
    assert derived(database_url) == computed_by_the_crawl
    assert ok(scrapy("db", "current", database_url=database_url)).stdout.splitlines()[2:] == [
        f"article_features: version {FEATURES_VERSION}, this newsmon computes {FEATURES_VERSION}:"
        " up to date",
        "site_paragraphs: version 1, this newsmon computes 1: up to date",
    ]
    again = ok(scrapy("db", "rebuild-features", database_url=database_url)).stdout
    assert "nothing to recompute" in again

    replay(scrapy, database_url, SEEDS, SEED_ARTICLES)
    after = row_counts(database_url)
    assert {t: after[t] for t in DATA_TABLES} == {t: counts[t] for t in DATA_TABLES}


def test_rebuilt_paragraphs_recompute_the_texts_they_change(scrapy, database_url):
    """Paragraphs rebuilt under another boilerplate threshold give the articles other texts,
    with the features of those texts; rebuilt under the crawl's, the crawl's texts again."""
    from pipelines.similarity.copies import copy_features
    from pipelines.similarity.terms import pack, term_vector

    replay(scrapy, database_url, BOILERPLATE_SITE, SITE_ARTICLES)
    computed_by_the_crawl = derived(database_url)
    database = open_database(database_url)

    counts = rebuild(database, min_words=50, min_articles=1000, everything=True)
    assert counts == {"documents": 6, "texts_changed": 5, "articles": 6}
    with database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT a.title, a.text, a.language, a.text_hash, f.words, f.signature, f.terms,"
                " d.text AS extracted FROM articles a"
                " JOIN site_documents d ON d.url = a.url"
                " JOIN article_features f ON f.article_id = a.id"
            )
        ).all()
    assert len(rows) == 6
    for row in rows:
        assert row.text == row.extracted  # nothing is boilerplate in fewer than 1000 articles
        features = copy_features(row.text, 50)
        terms = term_vector(row.title, row.text, row.language)
        assert (row.text_hash, row.words, row.signature, row.terms) == (
            features.text_hash,
            features.words,
            features.signature,
            pack(terms) if terms else None,
        )

    counts = rebuild(database, min_words=50, min_articles=3, everything=True)
    assert counts == {"documents": 6, "texts_changed": 5, "articles": 6}
    assert derived(database_url) == computed_by_the_crawl


def test_a_version_bump_in_the_code_calls_for_a_rebuild(scrapy, database_url, monkeypatch):
    replay(scrapy, database_url, BOILERPLATE_SITE, SITE_ARTICLES)
    computed_by_the_crawl = derived(database_url)
    database = open_database(database_url)
    check_versions(database, "db")  # the versions the crawl recorded are the current ones

    bumped = {name: version + 1 for name, version in rebuild_module.current_versions().items()}
    monkeypatch.setattr(rebuild_module, "current_versions", lambda: bumped)
    with pytest.raises(ConfigError, match="run 'scrapy db rebuild-features'"):
        check_versions(database, "db")
    garble(database_url, stored_version=None)  # what the new code would compute otherwise
    counts = rebuild(database, min_words=50, min_articles=3)
    assert counts == {"documents": 6, "texts_changed": 0, "articles": 6}
    assert derived(database_url) == computed_by_the_crawl
    assert {kind.name: kind.stored for kind in versions(database)} == bumped
    check_versions(database, "db")
