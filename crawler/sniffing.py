"""Wrong content types: an HTML page served as ``application/octet-stream``, ``image/jpeg`` or
without a type is still read as HTML, so that its article is not lost.

:class:`HtmlSniffer` is a downloader middleware that sees responses after decompression and
before meta refreshes are followed: a response Scrapy could not make a text response of, whose
first bytes are an HTML document, becomes an ``HtmlResponse`` (``newsmon/sniffed_html``).
"""

from __future__ import annotations

import re

from scrapy.http import HtmlResponse, TextResponse

SNIFF_BYTES = 1024
HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


class HtmlSniffer:
    """Downloader middleware: a non-text response whose body starts as HTML is read as HTML."""

    def __init__(self, stats=None):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_response(self, request, response, spider=None):
        if isinstance(response, TextResponse) or not HTML_START.match(
            response.body[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf")
        ):
            return response
        if self.stats is not None:
            self.stats.inc_value("newsmon/sniffed_html")
        return response.replace(cls=HtmlResponse)
