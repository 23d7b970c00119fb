"""Text features, computed in the worker pool: what dedup, watches and stories compare.

An article's text as the crawl hands it on (without what was its site's boilerplate when the
crawl began) is what copies and stories are decided on. Its copy features (text digest,
word count and MinHash signature, :func:`pipelines.similarity.copies.copy_features`) and its
content-term vector (:func:`pipelines.similarity.terms.term_vector`) depend on that text
alone and cost a few milliseconds of CPU each. The features stage computes them in the worker
processes, so that the steps that follow (dedup, stories, store), which must run one item at a
time in the crawl's own process, only look them up.
"""

from __future__ import annotations

from pipelines.similarity.copies import CopyFeatures, copy_features
from pipelines.similarity.terms import TermVector, term_vector

# The version of what this module computes and the store keeps in ``article_features`` (with
# the article's ``text_hash``): the text digest and word count, the MinHash signature
# (normalisation, shingles, permutations: :mod:`pipelines.similarity.copies`) and the
# content-term vector (:mod:`pipelines.similarity.terms`). Raise it with any change that
# computes other values for the same text; ``scrapy db rebuild-features`` then recomputes the
# stored ones (a crawl refuses to mix them).
FEATURES_VERSION = 2  # 2: term vectors carry a names vector (stories compare both)

WARM_UP = ("A sentence to fingerprint in every worker before the first article arrives.", None)


def text_features(
    text: str, title: str | None, language: str | None, min_words: int
) -> tuple[CopyFeatures, TermVector]:
    """The copy features and the content-term vector of an article's text."""
    return copy_features(text, min_words), term_vector(title, text, language)
