"""Parsing pages: the same trees trafilatura's load_html makes, by a faster path."""

import pytest
from lxml import etree
from trafilatura import load_html

from pipelines.text.extraction import decode_html
from pipelines.text.htmlparse import parse_page, repaired
from tests.conftest import ROOT, SITE

PAGES = (
    sorted(SITE.rglob("*.html"))
    + sorted((ROOT / "bench" / "data" / "extraction" / "pages").glob("*.html"))[:20]
)
BODY = "<body><h1>Titel</h1><p>Ein Absatz.</p><form><input name='q'><label>L</label></form></body>"
ODD_MARKUP = {
    "doctype with a slash": f"<!DOCTYPE html/>\n<html>{BODY}</html>",
    "doctype line without newline": f'<!DOCTYPE html SYSTEM "a/b"><html>{BODY}</html>',
    "doctype alone on its line": f"<!doctype html>\n<html>{BODY}</html>",
    "self-closing html": f'<html lang="de"/>\n{BODY}',
    "characters libxml2 refuses": f"<html>\x0b{BODY}\ufffe\x01</html>",
    "encoding declaration": f'<?xml version="1.0" encoding="utf-8"?><html>{BODY}</html>',
    "fragment": "<div><p>Nur ein Absatz, kein Dokument.</p></div>",
    "plain text": "Kein HTML, nur Text.",
    "empty body": "<html><head><title>Leer</title></head></html>",
}


def shape(tree):
    """What a tree is: its markup and the Python class of each node."""
    if tree is None:
        return None
    root = tree.getroottree()
    return etree.tostring(root, encoding="unicode"), [type(node) for node in root.iter()]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_pages_parse_to_the_tree_load_html_makes(path):
    markup = decode_html(path.read_bytes())
    assert shape(parse_page(markup)) == shape(load_html(markup))


@pytest.mark.parametrize("markup", ODD_MARKUP.values(), ids=ODD_MARKUP.keys())
def test_odd_markup_parses_as_load_html_parses_it(markup):
    assert shape(parse_page(markup)) == shape(load_html(markup))


def test_form_elements_keep_lxml_html_classes():
    tree = parse_page(f"<html>{BODY}</html>")
    form, field, label = tree.find(".//form"), tree.find(".//input"), tree.find(".//label")
    assert [type(e).__name__ for e in (tree, form, field, label)] == [
        "HtmlElement",
        "FormElement",
        "InputElement",
        "LabelElement",
    ]
    assert field.name == "q"  # InputElement's own API works


def test_a_page_needing_no_repair_is_not_copied():
    markup = f"<!DOCTYPE html>\n<html>{BODY}</html>"
    assert repaired(markup, markup[:50].lower()) is markup
