"""`scrapy articles` and `scrapy stories` as CSV: every JSON Lines field survives the round trip."""

import csv
import io
import json
import os
import subprocess
import sys

from tests.conftest import ROOT, SEEDS
from tests.test_crawl import articles, crawl


def read_csv(output: bytes) -> list[dict[str, str]]:
    """Rows as a spreadsheet reads them: the BOM says UTF-8, CRLF rows, quoted line breaks."""
    assert output.startswith("\ufeff".encode()), "no UTF-8 byte order mark"
    return list(csv.DictReader(io.StringIO(output.decode("utf-8-sig"), newline="")))


def decoded(cell: str, like):
    """A CSV cell as the JSON value it stands for (``like``: the JSON Lines value)."""
    if like is None:
        return None if cell == "" else cell
    if isinstance(like, str):
        return cell
    return json.loads(cell)


def scrapy_bytes(scrapy, database_url, *args) -> bytes:
    """The raw bytes ``scrapy ARGS`` writes (no newline translation)."""
    env = {**os.environ, "DATABASE_URL": database_url}
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", *args], cwd=ROOT, env=env, capture_output=True,
        timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


def test_must_show_2_articles_csv_round_trips_every_field(scrapy, sqlite_url):
    crawl(scrapy, sqlite_url, "replay", "-a", f"path={SEEDS}", "-a",
          f"sources={SEEDS / 'sources.toml'}")  # fmt: skip
    expected = articles(scrapy, sqlite_url)
    rows = read_csv(scrapy_bytes(scrapy, sqlite_url, "articles", "--format", "csv"))
    assert len(rows) == len(expected) > 5
    assert list(rows[0]) == list(expected[0])  # the same fields, in the same order
    for row, record in zip(rows, expected, strict=True):
        assert {k: decoded(row[k], v) for k, v in record.items()} == record
    texts = " ".join(r["text"] for r in rows)
    assert any(ch in texts for ch in "äöüÄÖÜß")
    assert any("\n" in r["text"] for r in rows)  # multi-line texts come back whole
    assert any(r["watches"].startswith('{"') for r in rows)  # dicts as JSON in one cell


def test_stories_csv_and_jsonl_agree(scrapy, sqlite_url):
    crawl(scrapy, sqlite_url, "replay", "-a", f"path={SEEDS}")
    jsonl = scrapy_bytes(scrapy, sqlite_url, "stories", "--format", "jsonl").decode()
    expected = [json.loads(line) for line in jsonl.splitlines()]
    rows = read_csv(scrapy_bytes(scrapy, sqlite_url, "stories", "--format", "csv"))
    assert len(rows) == len(expected) > 1
    for row, record in zip(rows, expected, strict=True):
        assert {k: decoded(row[k], v) for k, v in record.items()} == record
