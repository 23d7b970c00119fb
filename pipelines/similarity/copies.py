"""Deduplication: one row per piece of journalism.

* The same canonical URL (see :mod:`pipelines.similarity.urls`) is the same
  article: a re-crawl updates it, an edit becomes a version.
* The same normalised text elsewhere is an **exact copy**; a text whose word
  3-shingles overlap by at least ``DEDUP_THRESHOLD`` (Jaccard) is a **near
  copy** (a republication with a disclaimer left, a light edit, a new teaser),
  and so is a text at least ``DEDUP_CONTAINMENT`` of whose shingles are in the
  other, when both have ``DEDUP_MIN_WORDS`` words and the shorter is at least
  :data:`MIN_LENGTH_RATIO` of the longer (a republication that drops, adds or
  reorders a paragraph). Two articles sharing one quoted paragraph are neither.
  Near copies are found with MinHash signatures (datasketch's) and an LSH band
  index; candidates whose signatures agree too little are set aside, the others
  confirmed with the exact Jaccard of the two texts.
* Copies form groups (connected components of the copy relation); a group's
  original is its earliest-published article, then the earliest seen, then
  the lowest URL digest. When an earlier original arrives later, the group is
  re-pointed to it, so the result does not depend on crawl order.

Texts shorter than ``DEDUP_MIN_WORDS`` words are only ever exact copies: a
headline and two lines share too many phrases with other briefs by chance.

Everything is answered from in-memory indexes (URL digests, text digests, LSH
bands, signatures, copy groups) loaded from the database when the spider opens
and kept up to date by the store's ``article_stored`` signal. The one read per
item that remains is the stored text of a likely copy, to confirm it exactly:
texts are not kept in memory, and likely copies are almost only real ones.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
import unicodedata
from array import array
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from pipelines.similarity.urls import url_hash

if TYPE_CHECKING:
    from pipelines.storage.database import Database

logger = logging.getLogger(__name__)

NON_WORD = re.compile(r"[\W_]+")
SHINGLE_WORDS = 3
NUM_PERM = 64
MINHASH_SEED = 1
MINHASH_SCHEME = "affine32"
# LSH must miss almost no pair at the threshold: candidates are confirmed exactly anyway.
LSH_RECALL_AT_THRESHOLD = 0.999
# Candidates whose MinHash estimate falls this far below the threshold are not read and
# compared exactly: with 64 permutations that is six standard deviations at 0.8, so a real
# near copy is missed about once in a billion.
ESTIMATE_SLACK = 0.3
# Containment copies may lack up to this share of the longer text's shingles (a long
# paragraph of three in ten): their Jaccard is then about 0.7, what the LSH is built for.
MIN_LENGTH_RATIO = 0.7


def normalise_text(text: str) -> str:
    """Text reduced to its words, so that spacing, case and punctuation do not count."""
    return NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def text_fingerprint(text: str) -> str:
    """A stable hash of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode()).hexdigest()


def fingerprint_key(fingerprint: str) -> int:
    """The first 64 bits of a text fingerprint, for a compact in-memory map."""
    return int(fingerprint[:16], 16)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The word ``size``-grams of the normalised text."""
    words = normalise_text(text).split()
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(first: str, second: str, size: int = SHINGLE_WORDS) -> float:
    """Exact Jaccard similarity of two texts' word shingles."""
    return set_jaccard(shingles(first, size), shingles(second, size))


def set_jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def containment(a: set[str], b: set[str]) -> float:
    """The share of the smaller set's shingles that are in the larger one."""
    small, large = sorted((a, b), key=len)
    return len(small & large) / len(small) if small else 0.0


def is_near_copy(a: set[str], b: set[str], threshold: float, contained: float) -> bool:
    """Resemblance (Jaccard ≥ ``threshold``) or containment (≥ ``contained`` of the
    shorter text inside the longer, the shorter at least :data:`MIN_LENGTH_RATIO` of it)."""
    if set_jaccard(a, b) >= threshold:
        return True
    shorter, longer = sorted((len(a), len(b)))
    return bool(longer) and shorter >= MIN_LENGTH_RATIO * longer and containment(a, b) >= contained


@dataclass(frozen=True)
class CopyFeatures:
    """What copy detection needs of a text: digest, length, MinHash signature (or None)."""

    text_hash: str
    words: int
    signature: bytes | None


def copy_features(text: str, min_words: int, num_perm: int = NUM_PERM) -> CopyFeatures:
    """Fingerprint and MinHash signature of a cleaned text (no signature for short texts)."""
    normalised = normalise_text(text)
    words = normalised.split()
    fingerprint = hashlib.sha256(normalised.encode()).hexdigest()
    if len(words) < max(min_words, SHINGLE_WORDS + 1):
        return CopyFeatures(fingerprint, len(words), None)
    grams = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    signature = minhash_signature([gram.encode() for gram in grams], num_perm)
    return CopyFeatures(fingerprint, len(words), signature.astype("<u4").tobytes())


def minhash_signature(values: list[bytes], num_perm: int = NUM_PERM) -> np.ndarray:
    """The MinHash signature of a non-empty set of ``values``: the hash values of datasketch's
    ``MinHash(num_perm, seed=MINHASH_SEED, scheme="affine32").update_batch(values)``.

    The same arithmetic, without the package: it imports scipy and redis (some 65 MB) for
    parts newsmon does not use, in every process computing signatures.
    tests/test_dedup.py checks that both give the same signatures.
    """
    a, b = permutations(num_perm)
    hashes = np.fromiter(
        (int.from_bytes(hashlib.sha1(value).digest()[:4], "little") for value in values),
        dtype=np.uint32,
        count=len(values),
    )
    return (_fmix32(hashes).reshape(-1, 1) * a + b).min(axis=0)


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, wrapping around in uint32 arithmetic as datasketch's."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


@lru_cache(maxsize=4)
def permutations(num_perm: int) -> np.ndarray:
    """datasketch's "affine32" permutations for ``num_perm`` and :data:`MINHASH_SEED`: odd
    multipliers and offsets, drawn once per process (as ``MinHash(...).permutations``)."""
    generator = np.random.RandomState(MINHASH_SEED)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return np.array([a, b])


def lsh_shape(num_perm: int, threshold: float) -> tuple[int, int]:
    """Bands and rows per band: the fewest bands that still find a pair at ``threshold``
    with probability :data:`LSH_RECALL_AT_THRESHOLD`."""
    for rows in range(num_perm, 0, -1):
        bands = num_perm // rows
        if 1 - (1 - threshold**rows) ** bands >= LSH_RECALL_AT_THRESHOLD:
            return bands, rows
    return num_perm, 1


class BandIndex:
    """A MinHash LSH index over compact arrays (numpy), for hundreds of thousands of texts.

    Each band of ``rows`` hash values becomes one 64-bit key; keys loaded at
    start-up sit in one sorted array, keys added during the crawl in a dict.
    """

    def __init__(self, num_perm: int, threshold: float):
        self.bands, self.rows = lsh_shape(num_perm, threshold)
        rng = np.random.default_rng(20250905)
        self._mix = rng.integers(1, 2**63, size=self.rows, dtype=np.uint64) | np.uint64(1)
        self._salt = np.arange(self.bands, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        self._sorted_keys = np.empty(0, dtype=np.uint64)
        self._sorted_slots = np.empty(0, dtype=np.int64)
        self._recent: dict[int, list[int]] = {}

    def band_keys(self, signatures: np.ndarray) -> np.ndarray:
        """One 64-bit key per band for each signature row (uint32 matrix in, uint64 out)."""
        used = signatures[:, : self.bands * self.rows].astype(np.uint64)
        parts = used.reshape(len(signatures), self.bands, self.rows)
        with np.errstate(over="ignore"):
            return (parts * self._mix).sum(axis=2, dtype=np.uint64) ^ self._salt

    def load(self, signatures: np.ndarray, slots: np.ndarray) -> None:
        """Bulk-load signatures (one row per slot) into the sorted arrays."""
        if not len(signatures):
            return
        keys = self.band_keys(signatures).ravel()
        owners = np.repeat(slots.astype(np.int64), self.bands)
        keys = np.concatenate([self._sorted_keys, keys])
        owners = np.concatenate([self._sorted_slots, owners])
        order = np.argsort(keys, kind="stable")
        self._sorted_keys, self._sorted_slots = keys[order], owners[order]

    def add(self, signature: bytes, slot: int) -> None:
        for key in self.band_keys(_signature_row(signature)).ravel().tolist():
            self._recent.setdefault(key, []).append(slot)

    def query(self, signature: bytes) -> set[int]:
        """Slots sharing at least one band with ``signature``."""
        keys = self.band_keys(_signature_row(signature)).ravel()
        found: set[int] = set()
        left = np.searchsorted(self._sorted_keys, keys, side="left")
        right = np.searchsorted(self._sorted_keys, keys, side="right")
        for start, stop in zip(left.tolist(), right.tolist(), strict=True):
            found.update(self._sorted_slots[start:stop].tolist())
        for key in keys.tolist():
            found.update(self._recent.get(key, ()))
        return found


class SignatureTable:
    """Every slot's MinHash signature in one growing matrix (zeros where a slot has none), so
    that LSH candidates are screened by their estimated Jaccard without reading their texts."""

    def __init__(self, num_perm: int):
        self.num_perm = num_perm
        self._rows = np.zeros((1024, num_perm), dtype=np.uint32)

    def put(self, slot: int, signature: bytes) -> None:
        if slot >= len(self._rows):
            grown = np.zeros((max(2 * len(self._rows), slot + 1), self.num_perm), np.uint32)
            grown[: len(self._rows)] = self._rows
            self._rows = grown
        self._rows[slot] = _signature_row(signature)[0]

    def estimated_jaccard(self, signature: bytes, slots: list[int]) -> list[float]:
        """The share of equal MinHash values: an unbiased estimate of each slot's Jaccard."""
        if not slots:
            return []
        equal = self._rows[slots] == _signature_row(signature)
        return equal.mean(axis=1).tolist()


def _signature_row(signature: bytes) -> np.ndarray:
    return np.frombuffer(signature, dtype="<u4").reshape(1, -1)


def _timestamp(moment: datetime | None) -> float | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


@dataclass
class CopyDecision:
    """What copy detection decided for a new article, applied once it is stored."""

    groups: list[int] = field(default_factory=list)  # roots of the copy groups it joins
    original: int | None = None  # slot of the group's original; None: the new article


class CopyIndex:
    """Known URLs, text digests, LSH bands and copy groups, in memory.

    Articles are *slots* (0, 1, …); a union-find over slots keeps the copy
    groups, whose root is always the group's original.
    """

    def __init__(self, threshold: float, containment: float = 1.0, num_perm: int = NUM_PERM):
        self.threshold = threshold
        self.containment = containment
        # LSH and screening are built for the Jaccard of a copy lacking a tenth of its shingles
        # and 30 % of the longer text (0.7); lower ones (down to 0.63) are found 997 times in 1000.
        self.floor = min(threshold, MIN_LENGTH_RATIO)
        self.ids = array("q")
        self.parent = array("q")
        self.published = array("d")  # published, else first seen (UNIX seconds)
        self.seen = array("d")
        self.url_digest = array("q")
        self.story = array("q")  # the group's story id (valid for roots), 0 if none
        self.by_url: dict[int, int] = {}
        self.by_text: dict[int, int] = {}
        self.bands = BandIndex(num_perm, self.floor)
        self.signatures = SignatureTable(num_perm)

    def __len__(self) -> int:
        return len(self.ids)

    # --- building ------------------------------------------------------------
    def load(self, database: Database, batch: int = 20000) -> None:
        """Read every stored article's keys and signature (one streamed query)."""
        # Imported here: the worker processes compute copy features with this module and need
        # no database (SQLAlchemy and the models weigh some 30 MB in each).
        from sqlalchemy import select

        from pipelines.storage.models import Article, ArticleFeatures

        query = (
            select(
                Article.id,
                Article.url,
                Article.text_hash,
                Article.duplicate_of,
                Article.story_id,
                Article.published_at,
                Article.crawled_at,
                ArticleFeatures.signature,
            )
            .outerjoin(ArticleFeatures, ArticleFeatures.article_id == Article.id)
            .order_by(Article.id)
        )
        slot_of_id: dict[int, int] = {}
        originals: list[int | None] = []
        signatures: list[bytes] = []
        signed_slots: list[int] = []
        with database.engine.connect() as connection:
            result = connection.execution_options(yield_per=batch).execute(query)
            for row in result:
                slot = self._append(row.id, row.url, row.story_id, row.published_at, row.crawled_at)
                slot_of_id[row.id] = slot
                originals.append(row.duplicate_of)
                self.by_text.setdefault(fingerprint_key(row.text_hash), slot)
                if row.signature:
                    signatures.append(row.signature)
                    signed_slots.append(slot)
                    self.signatures.put(slot, row.signature)
        for slot, original in enumerate(originals):
            if original is not None and original in slot_of_id:
                self.parent[slot] = slot_of_id[original]
        if signatures:
            matrix = np.frombuffer(b"".join(signatures), dtype="<u4").reshape(len(signatures), -1)
            self.bands.load(matrix, np.asarray(signed_slots))

    def _append(self, article_id, url, story_id, published, seen) -> int:
        slot = len(self.ids)
        seen_at = _timestamp(seen) or time.time()
        self.ids.append(article_id)
        self.parent.append(slot)
        self.published.append(_timestamp(published) or seen_at)
        self.seen.append(seen_at)
        self.url_digest.append(url_hash(url))
        self.story.append(story_id or 0)
        self.by_url[self.url_digest[slot]] = slot
        return slot

    # --- lookups -------------------------------------------------------------
    def root(self, slot: int) -> int:
        """The slot of the original of ``slot``'s copy group."""
        parent = self.parent
        while parent[slot] != slot:
            parent[slot] = parent[parent[slot]]
            slot = parent[slot]
        return slot

    def slot_of_url(self, url: str) -> int | None:
        return self.by_url.get(url_hash(url))

    def original_id(self, slot: int) -> int | None:
        """The id of the original ``slot`` is a copy of, None if it is an original."""
        root = self.root(slot)
        return None if root == slot else self.ids[root]

    def sort_key(self, slot: int) -> tuple[float, float, int]:
        return self.published[slot], self.seen[slot], self.url_digest[slot]

    def decide(self, features: CopyFeatures, text: str, key: tuple, text_of) -> CopyDecision:
        """Which copy groups a new text joins and which article is then their original.

        ``text_of(article_id)`` returns a stored text, to confirm LSH candidates exactly.
        """
        roots = set()
        exact = self.by_text.get(fingerprint_key(features.text_hash))
        if exact is not None:
            roots.add(self.root(exact))
        if features.signature is not None:
            own = None  # the new text's shingles, made once if a candidate needs them
            for slot in self._likely_copies(features.signature):
                root = self.root(slot)
                if root in roots:
                    continue
                other = text_of(self.ids[slot])
                if other is None:
                    continue
                own = own if own is not None else shingles(text)
                if is_near_copy(own, shingles(other), self.threshold, self.containment):
                    roots.add(root)
        if not roots:
            return CopyDecision()
        earliest = min(roots, key=self.sort_key)
        original = None if key < self.sort_key(earliest) else earliest
        return CopyDecision(sorted(roots), original)

    def _likely_copies(self, signature: bytes) -> list[int]:
        """LSH candidates whose estimated Jaccard comes near the threshold, in slot order."""
        candidates = sorted(self.bands.query(signature))
        estimates = self.signatures.estimated_jaccard(signature, candidates)
        floor = self.floor - ESTIMATE_SLACK
        return [
            slot for slot, estimate in zip(candidates, estimates, strict=True) if estimate >= floor
        ]

    def group_stories(self, decision: CopyDecision) -> list[int]:
        """The stories of the groups a new article joins (copies share their original's story).

        Ids of stories merged during this crawl may be stale: the story index resolves them.
        """
        return sorted({self.story[root] for root in decision.groups if self.story[root]})

    # --- updates -------------------------------------------------------------
    def add(self, item, decision: CopyDecision | None, features: CopyFeatures) -> None:
        """Register a stored new article and apply its copy decision."""
        slot = self._append(
            item.article_id, item.canonical_url, item.story_id, item.published, item.fetched_at
        )
        self._index_text(slot, features)
        if decision and decision.groups:
            original = slot if decision.original is None else decision.original
            for root in [*decision.groups, slot]:
                self.parent[root] = original
            self.story[original] = item.story_id or 0

    def update(self, slot: int, item, features: CopyFeatures) -> None:
        """A known article seen again: index its (possibly edited) text too."""
        self._index_text(slot, features)
        if item.story_id:
            self.story[self.root(slot)] = item.story_id

    def _index_text(self, slot: int, features: CopyFeatures) -> None:
        self.by_text.setdefault(fingerprint_key(features.text_hash), slot)
        if features.signature is not None:
            self.bands.add(features.signature, slot)
            self.signatures.put(slot, features.signature)
