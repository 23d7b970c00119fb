"""The statements of site-boilerplate learning: each article's paragraph fingerprints per site.

Built once; the boilerplate stage runs them with each item's values.
"""

from __future__ import annotations

from sqlalchemy import bindparam, case, func, insert, select

from pipelines.storage.models import SiteDocument, SiteParagraph

FIND_DOCUMENT = select(SiteDocument.id, SiteDocument.document).where(
    SiteDocument.url == bindparam("url")
)
DOCUMENT_PRINTS = select(SiteParagraph.fingerprint).where(
    SiteParagraph.document_id == bindparam("document_id")
)
# Per fingerprint, the different texts of *other* articles holding it, and whether one of
# them is this article's old or new text (which then adds nothing: copies count once).
COUNT_OTHERS = (
    select(
        SiteParagraph.fingerprint,
        func.count(func.distinct(SiteParagraph.document)),
        func.max(case((SiteParagraph.document == bindparam("old_digest"), 1), else_=0)),
        func.max(case((SiteParagraph.document == bindparam("digest"), 1), else_=0)),
    )
    .where(
        SiteParagraph.site == bindparam("site"),
        SiteParagraph.fingerprint.in_(bindparam("fingerprints", expanding=True)),
        SiteParagraph.document_id != bindparam("document_id"),
    )
    .group_by(SiteParagraph.fingerprint)
)
INSERT_PARAGRAPHS = insert(SiteParagraph)
