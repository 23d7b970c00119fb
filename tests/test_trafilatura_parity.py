"""What newsmon forked or adapted from trafilatura gives what trafilatura gives, on real pages.

newsmon parses pages its own way (:mod:`pipelines.text.htmlparse`), minifies and reads JSON-LD
its own way, builds trafilatura's options once and reads only part of its metadata
(:mod:`pipelines.text.extraction`). Each of these stands in for an upstream piece; here each is
checked against that piece on a sample of the shared development pages, with whichever
trafilatura version is installed (CI runs the tests on the newest allowed version and on the
floor of ``pyproject.toml``). Upstream's private names are used here only, to compare.
"""

from __future__ import annotations

import gzip
import html
import json
import os
from pathlib import Path

import pytest
import trafilatura
from lxml import etree
from trafilatura.metadata import JSON_MINIFY, Document, extract_meta_json

from pipelines.text.extraction import (
    JSON_SCRIPT_TYPES,
    _json_ld_metadata,
    _minified_json,
    decode_html,
    page_metadata,
    recall_text,
    trafilatura_text,
)
from pipelines.text.htmlparse import parse_page
from tests.conftest import ROOT

DEVSETS = Path(os.environ.get("NEWSMON_DEVSETS", ROOT.parent / "shared" / "devsets"))
MANIFEST = DEVSETS / "pages" / "manifest.jsonl"
SAMPLE_SIZE = 40
# The fields of trafilatura's Document that its JSON-LD reader fills.
JSON_LD_FIELDS = ("title", "author", "sitename", "description", "categories", "tags", "pagetype")
# The fields newsmon reads with trafilatura's own metadata functions, as its extract_metadata
# gives them once white space is normalised (it trims and unescapes after newsmon reads them;
# the author is newsmon's own: single words are no byline, its byline search is cheaper; the
# site name is not guessed from the URL).
METADATA_FIELDS = ("title", "description", "image")

pytestmark = pytest.mark.skipif(
    not MANIFEST.exists(), reason=f"the shared dev pages are not at {MANIFEST.parent}"
)


def sample_pages() -> list[dict]:
    """Every n-th page of the manifest, so that the sample spans its sites and years."""
    if not MANIFEST.exists():
        return []
    with MANIFEST.open(encoding="utf-8") as lines:
        pages = [json.loads(line) for line in lines]
    return pages[:: max(1, len(pages) // SAMPLE_SIZE)][:SAMPLE_SIZE]


PAGES = sample_pages()


@pytest.fixture(params=PAGES, ids=[page["file"].removeprefix("html/") for page in PAGES])
def page(request) -> tuple[str, str]:
    """A sample page: its decoded markup and its URL."""
    data = gzip.decompress((MANIFEST.parent / request.param["file"]).read_bytes())
    return decode_html(data), request.param["url"]


def shape(tree) -> tuple[str, list[type]] | None:
    """What a tree is: its markup and the Python class of each node."""
    if tree is None:
        return None
    root = tree.getroottree()
    return etree.tostring(root, encoding="unicode"), [type(node) for node in root.iter()]


def spaced(value: str | None) -> str | None:
    """``value`` unescaped, with its runs of white space as single spaces."""
    return " ".join(html.unescape(value).split()) if value else value


def test_pages_parse_to_the_tree_trafilatura_makes(page):
    markup, _ = page
    assert shape(parse_page(markup)) == shape(trafilatura.load_html(markup))


def test_json_ld_is_minified_and_read_as_trafilatura_does(page):
    markup, _ = page
    tree = parse_page(markup)
    for script in tree.iterdescendants("script"):
        if script.get("type") in JSON_SCRIPT_TYPES and script.text:
            assert _minified_json(script.text) == JSON_MINIFY.sub(r"\1", script.text)
    ours, theirs = _json_ld_metadata(tree, Document()), extract_meta_json(tree, Document())
    assert [getattr(ours, f) for f in JSON_LD_FIELDS] == [
        getattr(theirs, f) for f in JSON_LD_FIELDS
    ]


def test_metadata_fields_are_trafilatura_s(page):
    markup, _ = page
    ours = page_metadata(parse_page(markup))
    theirs = trafilatura.extract_metadata(trafilatura.load_html(markup))
    assert [spaced(getattr(ours, f)) for f in METADATA_FIELDS] == [
        spaced(getattr(theirs, f)) for f in METADATA_FIELDS
    ]


def upstream_text(markup: str, url: str, **keywords) -> str:
    """The text ``trafilatura.bare_extraction`` finds with newsmon's keywords and ``keywords``."""
    document = trafilatura.bare_extraction(
        trafilatura.load_html(markup),
        url=url,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
        **keywords,
    )
    return document.text if document is not None else ""


@pytest.mark.parametrize("images", [False, True], ids=["article", "gallery"])
def test_options_built_once_extract_what_bare_extraction_s_keywords_do(page, images):
    markup, url = page
    ours = trafilatura_text(parse_page(markup), url, images)
    assert ours == upstream_text(markup, url, include_images=images)


def test_recall_options_extract_what_favor_recall_does(page):
    markup, url = page
    assert recall_text(parse_page(markup), url, None) == upstream_text(
        markup, url, favor_recall=True
    )
