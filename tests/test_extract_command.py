"""`scrapy extract PATH_OR_URL [--json]`: what newsmon makes of one page, as a user runs it."""

import json

from tests.conftest import LOCAL_NETWORK, SEEDS

BOERSENBLICK = "boersenblick/nachrichten/putin-truppen-ukraine-legitimes-ziel-4711.html"


def extract(scrapy, *args):
    return scrapy("extract", *args, database_url="sqlite:///:memory:")


def test_the_republished_seed_prints_without_disclaimer_navigation_or_cookie_text(scrapy):
    result = extract(scrapy, str(SEEDS / "site" / BOERSENBLICK))
    assert result.returncode == 0, result.stderr
    header, text = result.stdout.split("\n\n", 1)
    assert "Börsenblick News" in header and "2025-09-05T16:45:00+02:00" in header
    assert text.startswith("26 Staaten sind bereit, Truppen zur Friedenssicherung")
    assert text.rstrip().endswith(
        "Mit Informationen von Björn Blaschke, ARD-Studio Moskau, zzt. in Tiflis"
    )
    for boilerplate in (
        "Haftungsausschluss",
        "Urheberrecht",
        "Startseite",
        "Märkte",
        "Cookies",
        "Lesezeit",
        "Anzeige",
    ):
        assert boilerplate not in text


def test_json_output_has_the_text_and_every_metadata_field(scrapy):
    result = extract(scrapy, (SEEDS / "site" / BOERSENBLICK).as_uri(), "--json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert set(record) >= {
        "url",
        "text",
        "title",
        "author",
        "site_name",
        "description",
        "published",
        "updated",
        "canonical_url",
        "image",
        "tags",
        "language_hint",
        "reason",
    }
    assert record["reason"] is None and record["published"] == "2025-09-05T16:45:00+02:00"
    assert "Haftungsausschluss" not in record["text"]


def test_an_http_url_is_fetched(scrapy, site_server):
    result = extract(scrapy, site_server + BOERSENBLICK, "--json", *LOCAL_NETWORK)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["url"] == site_server + BOERSENBLICK
    assert record["text"].startswith("26 Staaten sind bereit")


def test_an_extra_disclaimer_pattern_applies(scrapy):
    result = extract(
        scrapy, str(SEEDS / "site" / BOERSENBLICK), "--disclaimer", "^Mit Informationen von"
    )
    assert result.returncode == 0, result.stderr
    assert "Björn Blaschke" not in result.stdout.split("\n\n", 1)[1]


def test_a_page_without_article_says_why_with_status_1(scrapy, tmp_path):
    page = tmp_path / "menu.html"
    page.write_text("<html><body><nav><a href='/'>Start</a></nav></body></html>")
    result = extract(scrapy, str(page))
    assert result.returncode == 1
    # The menu's links are page furniture, removed before the text is looked for.
    assert f"no article text in {page.as_uri()}: no article text found" in result.stderr


def test_unusable_arguments_stop_with_one_line(scrapy, tmp_path):
    missing = extract(scrapy, str(tmp_path / "nope.html"))
    assert missing.returncode == 2 and "nope.html" in missing.stderr
    assert "Traceback" not in missing.stderr
    bad = extract(scrapy, str(SEEDS / "site" / BOERSENBLICK), "--disclaimer", "(")
    assert bad.returncode == 2 and "not a regular expression" in bad.stderr
    unreachable = extract(scrapy, "http://127.0.0.1:9/article.html", *LOCAL_NETWORK)
    assert unreachable.returncode == 2 and "cannot fetch http://127.0.0.1:9/article.html" in (
        unreachable.stderr
    )
