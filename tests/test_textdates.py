"""Dates written in text, in the languages newsmon reads, with their labels.

``python -m tests.test_textdates`` writes ``pipelines/dates/month_names.json`` anew from babel.
"""

import json
import logging
import subprocess
import sys
from datetime import date, timedelta

import pytest
from babel.dates import get_month_names

from pipelines.dates.text import (
    CLDR_MONTH_NAMES,
    MONTH_LANGUAGES,
    MONTH_NAMES_FILE,
    MONTHS_BY_LANGUAGE,
    date_role,
    find_text_dates,
)
from tests.conftest import ROOT

MONTH_FORMS = [
    ("wide", "format"),
    ("wide", "stand-alone"),
    ("abbreviated", "format"),
    ("abbreviated", "stand-alone"),
]


def month_names_from_babel() -> dict[str, dict[str, list[str]]]:
    """CLDR's month names of every language newsmon reads them in, as babel gives them."""
    return {
        language: {
            f"{width} {context}": list(get_month_names(width, context, locale=language).values())
            for width, context in MONTH_FORMS
        }
        for language in MONTH_LANGUAGES
    }


def days(text, language=None, **options):
    return [found.moment.date() for found in find_text_dates(text, language, **options)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("5. September 2025", "de"),
        ("05.09.2025", "de"),
        ("Stand: 05.09.2025 14:12 Uhr", "de"),
        ("Sept. 5, 2025", "en"),
        ("September 5th 2025", "en"),
        ("5 September 2025", "en"),
        ("9/5/2025", "en-US"),
        ("5/9/2025", "en-GB"),
        ("5 septembre 2025", "fr"),
        ("vendredi 5 sept. 2025 à 14h12", "fr"),
        ("5 de septiembre de 2025", "es"),
        ("5 settembre 2025", "it"),
        ("5 september 2025", "nl"),
        ("05-09-2025", "nl"),
        ("piątek, 5 września 2025 r.", "pl"),
        ("5 сентября 2025 г.", "ru"),
        ("5 вересня 2025", "uk"),
        ("2025-09-05", None),
    ],
)
def test_dates_written_in_each_language(text, language):
    assert days(text, language) == [date(2025, 9, 5)]


def test_unaccented_and_abbreviated_month_names():
    assert days("5 fevrier 2025", "fr") == [date(2025, 2, 5)]
    assert days("5 Dez. 2025", "de") == [date(2025, 12, 5)]


def test_a_language_reads_its_own_month_names_and_english_ones():
    assert days("5 septembre 2025", "de") == []
    assert days("5 September 2025", "fr") == [date(2025, 9, 5)]
    assert days("5 septembre 2025", "de", any_language=True) == [date(2025, 9, 5)]


def test_time_of_day_and_zone_are_kept():
    [found] = find_text_dates("Updated Sept. 5, 2025 at 3:30 p.m. EDT", "en")
    assert found.has_time
    assert found.moment.isoformat() == "2025-09-05T15:30:00-04:00"
    [found] = find_text_dates("Stand: 05.09.2025 14:12 Uhr", "de")
    assert (found.moment.hour, found.moment.minute) == (14, 12)


def test_german_am_is_not_a_time_of_day():
    [found] = find_text_dates("05.09.2025 12:30 am Freitag", "de")
    assert found.moment.hour == 12


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("Veröffentlicht am ", "published"),
        ("Published ", "published"),
        ("Publié le ", "published"),
        ("Publicado el ", "published"),
        ("Pubblicato il ", "published"),
        ("Gepubliceerd op ", "published"),
        ("Zuletzt aktualisiert am Montag, ", "updated"),
        ("Updated: ", "updated"),
        ("Mis à jour le ", "updated"),
        ("Оновлено: ", "updated"),
        ("Stand: ", "asof"),
        ("© ", "copyright"),
        ("Von Jens Mauritz · ", "plain"),
        ("Die Sitzung findet am ", "plain"),
    ],
)
def test_the_label_before_a_date_gives_its_role(before, role):
    assert date_role(before) == role
    [found] = find_text_dates(before + "5. September 2025")
    assert found.role == role


def test_a_label_ending_a_sentence_does_not_reach_the_next_date():
    [found] = find_text_dates("Das Update kam spät. Am 5. September 2025 begann es.", "de")
    assert found.role == "plain"


@pytest.mark.parametrize("garbage", ["31.02.2025", "2025-13-45", "30. Februar 2025", "2/30/2025"])
def test_impossible_dates_are_skipped_with_a_log_line(garbage, caplog):
    with caplog.at_level(logging.INFO, logger="pipelines.dates.text"):
        assert find_text_dates(f"Am {garbage} geschah nichts.", "en") == []
    assert garbage in caplog.text


def test_a_date_valid_only_one_way_round_is_read_that_way():
    assert days("25/12/2025", "en-US") == [date(2025, 12, 25)]
    assert days("12/25/2025", "de") == [date(2025, 12, 25)]


def test_empty_and_dateless_texts():
    assert find_text_dates("") == []
    assert find_text_dates("Seit 1952 im Familienbesitz, © 2026 Verlag") == []


def test_all_dates_of_a_text_in_order():
    text = "Published 16 September 2025. A meeting will take place on Sunday 12 October 2025."
    found = find_text_dates(text, "en")
    assert [(f.moment.date(), f.role) for f in found] == [
        (date(2025, 9, 16), "published"),
        (date(2025, 9, 16) + timedelta(days=26), "plain"),
    ]


def test_the_month_names_file_holds_babel_s_full_names_for_every_language():
    # Full names are stable across CLDR releases; short forms may change with babel's data.
    babel = month_names_from_babel()
    assert set(CLDR_MONTH_NAMES) == set(MONTH_LANGUAGES)
    for language in MONTH_LANGUAGES:
        for form in ("wide format", "wide stand-alone"):
            assert CLDR_MONTH_NAMES[language][form] == babel[language][form], (language, form)
        for number, name in enumerate(babel[language]["wide format"], start=1):
            assert MONTHS_BY_LANGUAGE[language][name.lower()] == number


def test_the_date_readers_load_no_locale_data():
    # babel's locale data costs every process that would load it 18 MB.
    code = (
        "import sys; import pipelines.dates.text, pipelines.text.extraction; "
        "import babel.localedata as data; print(len(data._cache))"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "0"


def write_month_names() -> None:
    """Write ``month_names.json`` from babel: one line per language and form."""
    lines = [
        f' "{language}": {{\n'
        + ",\n".join(
            f'  "{form}": {json.dumps(names, ensure_ascii=False)}' for form, names in forms.items()
        )
        + "\n }"
        for language, forms in month_names_from_babel().items()
    ]
    MONTH_NAMES_FILE.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


if __name__ == "__main__":
    write_month_names()
