"""Meta refreshes are followed where a page has one; other pages pass undecoded."""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.metarefresh import HeadMetaRefreshMiddleware, may_refresh

REFRESH_PAGE = '<html><head><META HTTP-EQUIV="Refresh" CONTENT="0; URL=/moved"></head></html>'
PLAIN_PAGE = "<html><head><title>Artikel</title></head><body>" + "<p>Text über alles</p>" * 500


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (REFRESH_PAGE.encode(), True),
        (PLAIN_PAGE.encode(), False),
        (REFRESH_PAGE.encode("utf-16"), True),  # not ASCII-compatible: not sure, so looked at
        (PLAIN_PAGE.encode("utf-16"), True),
        (b"<html>" + b" " * 20000 + b'<meta http-equiv="refresh" content="0; url=/x">', False),
    ],
    ids=["refresh", "plain", "utf16-refresh", "utf16-plain", "beyond-scrapys-reach"],
)
def test_a_page_may_refresh_only_if_its_head_mentions_it(body, expected):
    assert may_refresh(body) is expected


def middleware() -> HeadMetaRefreshMiddleware:
    return HeadMetaRefreshMiddleware.from_crawler(get_crawler())


def test_a_refresh_is_followed():
    request = Request("https://news.example/old")
    response = HtmlResponse(request.url, body=REFRESH_PAGE.encode(), request=request)
    redirected = middleware().process_response(request, response)
    assert isinstance(redirected, Request)
    assert redirected.url == "https://news.example/moved"


def test_a_page_without_refresh_is_passed_on_as_it_came():
    request = Request("https://news.example/story")
    response = HtmlResponse(request.url, body=PLAIN_PAGE.encode(), request=request)
    assert middleware().process_response(request, response) is response
