"""Parsing a page: the tree trafilatura's ``load_html`` makes of it, made faster.

Two costs of ``load_html`` that do not change its result are avoided:

* element classes: lxml.html finds the Python class of an element (``HtmlElement``,
  ``FormElement`` …) by calling a Python method whenever a walk of the tree meets an
  element it has not met yet; newsmon's walks and trafilatura's (on its copies, which share
  the parser) meet thousands per page. :data:`PAGE_PARSER` has trafilatura's parser settings
  and finds the same classes in C (:func:`html_element_classes`);
* repairs: the page is searched for the characters libxml2 refuses one character at a time
  (memchr) instead of by a regular expression, only its first lines are split off to look
  for a self-closing ``<html/>``, and it is not copied when its doctype needs no repair.
"""

from __future__ import annotations

import logging
import re

from lxml import etree, html

logger = logging.getLogger(__name__)

# The element classes of lxml.html by tag (its HtmlElementClassLookup's defaults).
SPECIAL_ELEMENT_CLASSES = {
    "form": html.FormElement,
    "input": html.InputElement,
    "label": html.LabelElement,
    "select": html.SelectElement,
    "textarea": html.TextareaElement,
}
# trafilatura.utils' repairs (its module is not public API): the characters libxml2 refuses, a
# doctype that closes itself ("<!DOCTYPE html/>") and a self-closing <html/>. Kept the same as
# upstream's by tests/test_trafilatura_parity.py.
INVALID_XML_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
DOCTYPE_TAG = re.compile("^< ?! ?DOCTYPE[^>]*/[^<>]*>", re.IGNORECASE)
FAULTY_HTML = re.compile(r"(<html.*?)\s*/>", re.IGNORECASE)
# What INVALID_XML_CHARS matches, one by one.
INVALID_XML_CHARACTERS = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]))
INVALID_XML_CHARACTERS += "\ufffe\uffff"
# Where str.splitlines splits.
LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def html_element_classes() -> etree.ElementNamespaceClassLookup:
    """lxml.html's element classes (``HtmlElement``, ``HtmlComment``, ``FormElement`` …),
    looked up in C."""
    lookup = etree.ElementNamespaceClassLookup(
        etree.ElementDefaultClassLookup(
            element=html.HtmlElement,
            comment=html.HtmlComment,
            pi=html.HtmlProcessingInstruction,
            entity=html.HtmlEntity,
        )
    )
    lookup.get_namespace(None).update(SPECIAL_ELEMENT_CLASSES)
    return lookup


# trafilatura.utils.HTML_PARSER's settings.
PAGE_PARSER = html.HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
)
PAGE_PARSER.set_element_class_lookup(html_element_classes())


def parse_page(markup: str) -> html.HtmlElement | None:
    """The tree of a decoded page, as ``trafilatura.utils.load_html(markup)`` gives it (same
    repairs, same fallback to bytes, same rejection of what is not HTML), or None."""
    beginning = markup[:50].lower()
    markup = repaired(markup, beginning)
    tree, bytes_tried = None, False
    try:
        tree = html.fromstring(markup, parser=PAGE_PARSER)
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree, bytes_tried = _parsed_as_bytes(markup), True
    except Exception as error:  # pragma: no cover - what load_html logs, too
        logger.error("lxml parsing failed: %s", error)
    if (tree is None or len(tree) < 1) and not bytes_tried:
        tree = _parsed_as_bytes(markup)
    if tree is not None and "html" not in beginning and len(tree) < 2:  # not proper HTML
        logger.debug("parsed tree length: %s, wrong data type or not valid HTML", len(tree))
        return None
    return tree


def _parsed_as_bytes(markup: str) -> html.HtmlElement | None:
    try:
        return html.fromstring(markup.encode("utf8", "surrogatepass"), parser=PAGE_PARSER)
    except Exception as error:
        logger.debug("lxml parser bytestring %s", error)
    return None


def repaired(markup: str, beginning: str) -> str:
    """``trafilatura.utils.repair_faulty_html(markup, beginning)``, without its copies of
    pages that need no repair."""
    if _may_hold_invalid_chars(markup):
        markup = INVALID_XML_CHARS.sub("", markup)
    if "doctype" in beginning:
        # trafilatura rewrites the first line: "<!DOCTYPE html/>" becomes "".
        end = markup.find("\n")
        if end < 0:
            markup = DOCTYPE_TAG.sub("", markup, count=1) + "\n"
        elif DOCTYPE_TAG.match(markup, 0, end):
            markup = DOCTYPE_TAG.sub("", markup[:end], count=1) + markup[end:]
    for line in first_lines(markup[:4096], 4):
        if "<html" in line and line.endswith("/>"):
            return FAULTY_HTML.sub(r"\1>", markup, count=1)
    return markup


def first_lines(text: str, count: int) -> list[str]:
    """``text.splitlines()[:count]``, without splitting the rest of ``text``."""
    lines, start = [], 0
    for newline in LINE_BREAK.finditer(text):
        lines.append(text[start : newline.start()])
        start = newline.end()
        if len(lines) == count:
            return lines
    if start < len(text):
        lines.append(text[start:])
    return lines


def _may_hold_invalid_chars(markup: str) -> bool:
    # A search for each character (memchr) is several times cheaper than the regex's scan.
    return any(char in markup for char in INVALID_XML_CHARACTERS)
