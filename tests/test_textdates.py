"""Dates written in text, in the languages newsmon reads, with their labels."""

import logging
from datetime import date, timedelta

import pytest

from pipelines.dates.text import date_role, find_text_dates


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
