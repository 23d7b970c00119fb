"""Wrong declared charsets: text that reads implausibly in the declared charset is detected and
decoded again (cp1251 declared as ISO-8859-1, Shift-JIS declared as UTF-8, …)."""

from __future__ import annotations

import pytest

from pipelines.text.extraction import decode_html, extract_article

RUSSIAN = (
    "Президент России заявил в пятницу, что переговоры о прекращении огня продолжатся на "
    "следующей неделе в Стамбуле. Представители обеих сторон подтвердили участие. "
)
JAPANESE = "首相は会見で、来年度の予算案について説明した。野党は反発している。"
FRENCH = "Le président a déclaré vendredi que les négociations reprendraient à Genève. "
GERMAN = "Die Münchner Verkehrsbetriebe erhöhen die Preise für Monatskarten um fünf Prozent. "


def page(text: str, head: str = "") -> str:
    return f"<html><head>{head}<title>t</title></head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize(
    ("text", "charset", "declared"),
    [
        (RUSSIAN * 3, "cp1251", "iso-8859-1"),
        (RUSSIAN * 3, "koi8-r", "windows-1252"),
        (JAPANESE, "shift_jis", "utf-8"),
        (JAPANESE * 3, "euc-jp", "utf-8"),
    ],
)
def test_a_wrong_declared_charset_is_detected(text, charset, declared):
    data = page(text).encode(charset)
    assert text in decode_html(data, declared)
    in_meta = page(text, f'<meta charset="{declared}">').encode(charset)
    assert text in decode_html(in_meta, None)


@pytest.mark.parametrize(
    ("text", "charset"), [(FRENCH * 4, "iso-8859-1"), (GERMAN * 4, "cp1252"), (RUSSIAN, "utf-8")]
)
def test_a_right_declared_charset_is_kept(text, charset):
    assert text in decode_html(page(text).encode(charset), charset)


def test_a_few_broken_bytes_do_not_discredit_utf8():
    data = page(FRENCH * 4).encode("utf-8") + b"<p>cut \xc3</p>"
    assert FRENCH in decode_html(data, "utf-8")


def test_the_article_text_of_a_mislabelled_page_is_readable():
    body = (
        '<html><head><meta charset="iso-8859-1"><meta property="og:type" content="article">'
        f"<title>Новости</title></head><body><article><h1>Новости</h1><p>{RUSSIAN * 2}</p>"
        f"<p>{RUSSIAN}</p></article></body></html>"
    ).encode("cp1251")
    result = extract_article(body, "https://news.example/ru/1.html", "iso-8859-1")
    assert "Президент России" in result.text
