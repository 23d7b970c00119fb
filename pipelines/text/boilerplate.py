"""Site-level boilerplate, learned: paragraphs that recur across a site's articles.

Subscription pitches, newsletter boxes, "Mehr zum Thema" blocks and author blurbs that
extraction keeps look like article text on one page; across a site they give themselves away
by recurring. A paragraph found in at least ``BOILERPLATE_MIN_ARTICLES`` different articles
of one site is that site's boilerplate and is removed from all of them.

Unlike trafilatura's per-process deduplication, which depends on what a process happened to
see first, this is deterministic. The store keeps, per article, its text as extracted and the
fingerprints of its paragraphs (tables ``site_documents`` and ``site_paragraphs``). After a
crawl, an article's stored text is its extracted text minus the paragraphs that are
boilerplate given *all* articles stored so far, in this or any earlier run: so the same set of
articles gives the same texts in any crawl order. During a crawl, items lose what was their
site's boilerplate when the crawl began, and copies and stories are decided on those texts,
which do not depend on the order pages come in; the articles whose text what the crawl
learned changes are rewritten as it closes (:class:`pipelines.boilerplate.BoilerplatePipeline`),
with their text hash, MinHash signature and content-term vector, so that the next crawl
compares its items with texts cleaned the same way. Copy groups and stories formed earlier are
not re-decided.

An article quoting a sentence of such a paragraph keeps it: the quote is part of a paragraph
of its own, with another fingerprint. Copies of one text count once, so that a story
republished three times on one site is not its own boilerplate.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from pipelines.similarity.copies import normalise_text

logger = logging.getLogger(__name__)

# The version of the paragraph fingerprints and document digests this module computes and the
# store keeps (``site_paragraphs``, ``site_documents.document``). Raise it with any change to
# how they are computed (MIN_WORDS, the hash, the normalisation in
# :func:`pipelines.similarity.copies.normalise_text`); ``scrapy db rebuild-features`` then
# recomputes them from the stored texts (a crawl refuses to mix them).
PARAGRAPHS_VERSION = 1


# Single words ("Anzeige") recur for other reasons than boilerplate as often as for it.
MIN_WORDS = 2


def paragraph_fingerprint(paragraph: str) -> str | None:
    """A short stable hash of a paragraph's words, or None for a paragraph too short to judge."""
    return _words_fingerprint(normalise_text(paragraph))


def _words_fingerprint(words: str) -> str | None:
    if len(words.split()) < MIN_WORDS:
        return None
    return hashlib.sha1(words.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Paragraphs:
    """A text cut into paragraphs (lines), each with its fingerprint (None: too short to
    judge), and the digest of the whole text
    (:func:`pipelines.similarity.copies.text_fingerprint`)."""

    texts: list[str]
    prints: list[str | None]
    digest: str

    @classmethod
    def of(cls, text: str) -> Paragraphs:
        texts = text.split("\n")
        words = [normalise_text(paragraph) for paragraph in texts]
        # The normalised text is its normalised lines joined by spaces: no second pass needed.
        digest = hashlib.sha256(" ".join(filter(None, words)).encode()).hexdigest()
        return cls(texts, [_words_fingerprint(w) for w in words], digest)

    @property
    def fingerprints(self) -> set[str]:
        return {fingerprint for fingerprint in self.prints if fingerprint}

    def without(self, boilerplate: set[str]) -> str:
        """The text without its paragraphs whose fingerprint is in ``boilerplate``.

        A text that would lose every paragraph long enough to judge is left whole: it is not
        an article with boilerplate but the same text again, and dedup's business (what would
        be left, a quote mark or a one-word line, is no article either).
        """
        kept = [
            (paragraph, fingerprint)
            for paragraph, fingerprint in zip(self.texts, self.prints, strict=True)
            if fingerprint not in boilerplate
        ]
        if len(kept) == len(self.texts) or not any(fingerprint for _, fingerprint in kept):
            return "\n".join(self.texts)
        return "\n".join(paragraph for paragraph, _ in kept)


def text_fingerprints(text: str) -> set[str]:
    """The fingerprints of the paragraphs (lines) of ``text``."""
    return Paragraphs.of(text).fingerprints


def without_boilerplate(text: str, boilerplate: set[str]) -> str:
    """``text`` without its paragraphs whose fingerprint is in ``boilerplate`` (never empty)."""
    return Paragraphs.of(text).without(boilerplate)


def site_key(url: str, site_name: str | None = None, source: str | None = None) -> str:
    """The site an article belongs to for boilerplate: its host and the name it gives itself.

    Several outlets can share a host (and local mirrors have none): the page's site name
    tells them apart.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    if not host:
        host = f"{parts.scheme or 'file'}:{PurePosixPath(parts.path).parent}"
    name = site_name or source
    return f"{host} {name}"[:255] if name else host[:255]
