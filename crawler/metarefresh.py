"""Meta refreshes looked for only where a page's first bytes mention one.

Scrapy's ``MetaRefreshMiddleware`` decodes the whole body of every HTML response to read its
first 4,096 characters, and the response keeps that text while its item goes through the
pipelines: some 200 KB per 100 KB page, for every page in flight (a fifth of the crawl's own
memory on the throughput yardstick), though the pipelines read the bytes. A refresh sits in
the page's head: where the bytes that can hold those characters do not contain ``refresh``,
there is none, and the page is passed on undecoded.
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware

# Scrapy reads the first 4,096 characters; in UTF-8 (or any ASCII-compatible charset) they
# take at most four bytes each.
HEAD_BYTES = 4 * 4096
REFRESH = b"refresh"


def may_refresh(body: bytes) -> bool:
    """False when ``body`` surely has no meta refresh where Scrapy looks for one (a page in a
    charset that is not ASCII-compatible, UTF-16 or UTF-32, is never sure)."""
    head = body[:HEAD_BYTES]
    return b"\x00" in head or REFRESH in head.lower()


class HeadMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's meta refresh middleware, skipping pages whose head has no refresh."""

    def process_response(self, request, response, spider=None):
        if not may_refresh(response.body):
            return response
        return super().process_response(request, response)
