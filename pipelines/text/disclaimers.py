"""Republisher disclaimers, recognised by what they are, and cut out of text whole.

A republisher disclaimer talks about the text itself — this article, its author, its source,
its rights, its translation, its sponsor, whether it is advice, its removal on request —
rather than about the news. The vocabulary that says so is data, one file per language in
``disclaimer_terms/`` (labels, notes, self-references, topics, closings; see its README); this
module scores sentences with it, every language at once:

* a **disclaimer sentence** is opened by a label ("Haftungsausschluss:", "Disclaimer:"), or
  holds a self-reference ("dieser Artikel", "this post", "contact us") and a topic
  ("Urheberrecht", "first appeared", "not … advice"), or is opened by a note ("Hinweis:",
  "Anzeige:") and holds either;
* a **part** holds a topic or a self-reference only ("Sollten Verstöße vorliegen, …"), or is a
  bare label or a closing ("Danke"): it belongs to a disclaimer only next to one;
* a disclaimer is a run of adjacent disclaimer sentences and parts in a paragraph holding at
  least one disclaimer sentence, with the neighbouring paragraphs that are nothing but bare
  labels or closings. It is removed whole wherever it stands; the sentences around it stay.

News that mentions copyright, sources or advice ("the court ruled the copyright stays with the
photographer", "this is not financial advice, the minister said") has topics but no
self-reference, so it is never a disclaimer sentence. A source may add its own patterns
(``disclaimers`` in the sources file): a sentence matching one is a disclaimer sentence.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

from pipelines.text.phrases import Phrases, check_pattern, fold

__all__ = ["check_pattern", "library_languages", "strip_disclaimers"]

TERMS_FOLDER = Path(__file__).with_name("disclaimer_terms")
# A sentence ends at . ! ? or … (closing quotes/brackets included) followed by white space.
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'»«“”’)\]]*\s+")
# What follows a label that heads a disclaimer: a colon or dash, or nothing.
AFTER_LABEL = r"\s*(?:[:：]|\s[-–—]\s|$)"

DISCLAIMER, PART, BARE = "disclaimer", "part", "bare"
QUOTE_MARKS = set("\"'„“”«»‚‘’")


@dataclass(frozen=True)
class Vocabulary:
    """The vocabulary of every language, compiled once (plus a source's own patterns)."""

    labels: Phrases  # opening a sentence: a disclaimer
    notes: Phrases  # opening a sentence: a disclaimer with a self-reference or a topic
    self_reference: Phrases
    topics: Phrases
    closing: Phrases  # a closing word leading a sentence, with what follows it
    closing_only: re.Pattern[str]  # a sentence that is nothing but a closing
    extra: Phrases | None  # a source's own patterns
    # What a disclaimer sentence holds, anywhere: a quick test of a text or paragraph.
    headings: Phrases  # a label or note with its colon
    speaking: Phrases  # a self-reference or a source's own pattern

    def narrowed(self, text: str) -> Vocabulary:
        """The vocabulary for searching parts of (folded) ``text`` (see
        :meth:`Phrases.narrowed`)."""
        return replace(
            self,
            **{
                field.name: value.narrowed(text)
                for field in fields(self)
                if isinstance(value := getattr(self, field.name), Phrases)
            },
        )


@lru_cache(maxsize=1)
def _terms() -> dict[str, dict]:
    return {
        path.stem: tomllib.loads(path.read_text(encoding="utf-8"))
        for path in sorted(TERMS_FOLDER.glob("*.toml"))
    }


def library_languages() -> list[str]:
    """The languages the vocabulary covers."""
    return sorted(_terms())


def _all(key: str) -> list[str]:
    return [pattern for terms in _terms().values() for pattern in terms.get(key, [])]


@lru_cache(maxsize=64)
def load_vocabulary(extra: tuple[str, ...] = ()) -> Vocabulary:
    """Every language's vocabulary with ``extra`` patterns, compiled once."""
    closings = "|".join(terms["closings"] for terms in _terms().values() if terms.get("closings"))
    heading = r"^\W*"
    return Vocabulary(
        Phrases(_all("labels"), prefix=heading, suffix=AFTER_LABEL),
        Phrases(_all("notes"), prefix=heading, suffix=AFTER_LABEL),
        Phrases(_all("self")),
        Phrases(_all("topics")),
        Phrases([closings], prefix="^", suffix=r"(?:[.!]\s*|\s+(?=[^\W\d_]))"),
        re.compile(rf"\W*(?:{closings})\W*"),
        Phrases(extra) if extra else None,
        Phrases([*_all("labels"), *_all("notes")], suffix=AFTER_LABEL),
        Phrases([*_all("self"), *extra]),
    )


def _sentences(paragraph: str) -> list[str]:
    """``paragraph`` cut into sentences; joined with single spaces they give it back."""
    return [s for s in SENTENCE_END.split(paragraph) if s]


def sentence_kind(sentence: str, vocabulary: Vocabulary) -> str | None:
    """What a sentence is to a disclaimer: DISCLAIMER, PART, BARE (a bare label or closing:
    a part that may stand as a paragraph of its own), or None (not one)."""
    folded = fold(sentence.strip())
    if vocabulary.extra is not None and vocabulary.extra.search(folded):
        return DISCLAIMER
    if folded[:1] in QUOTE_MARKS:
        return None  # a quotation is someone speaking in the news, not the publisher
    label = vocabulary.labels.search(folded)
    heading = label or vocabulary.notes.search(folded)
    rest = folded[heading.end() :] if heading else folded
    if heading and not rest.strip(" .:"):
        return BARE
    if vocabulary.closing_only.fullmatch(folded):
        return BARE
    # What follows a heading says what the sentence is about ("Quelle: dpa" is a credit).
    self_reference = vocabulary.self_reference.search(rest) is not None
    topic = vocabulary.topics.search(rest) is not None
    if label or (heading and (self_reference or topic)):
        return DISCLAIMER
    if self_reference and topic:
        return DISCLAIMER
    return PART if self_reference or topic else None


def strip_disclaimers(paragraphs: Iterable[str], extra: Iterable[str] = ()) -> list[str]:
    """``paragraphs`` without the disclaimers in them (see the module docstring).

    Paragraphs without a disclaimer come back unchanged; paragraphs left empty are dropped.
    ``extra`` are a source's own patterns.
    """
    vocabulary = load_vocabulary(tuple(extra))
    paragraphs = [p for p in paragraphs if p.strip()]
    folded = fold("\n".join(paragraphs))
    if not _may_hold_disclaimer(folded, vocabulary):
        return paragraphs  # the common case, at the cost of one scan
    vocabulary = vocabulary.narrowed(folded)
    split = [_sentences(p.strip()) for p in paragraphs]
    kinds = [_sentence_kinds(sentences, vocabulary) for sentences in split]
    doomed = _disclaimer_sentences(kinds)
    if not any(doomed):
        return paragraphs
    result = []
    for i, sentences in enumerate(split):
        if not doomed[i]:
            result.append(paragraphs[i])
            continue
        kept = []
        for k, sentence in enumerate(sentences):
            if k in doomed[i]:
                continue
            if k - 1 in doomed[i]:
                sentence = _without_closing(sentence, vocabulary.closing)
            if sentence:
                kept.append(sentence)
        if kept:
            result.append(" ".join(kept))
    return result


def _may_hold_disclaimer(folded: str, vocabulary: Vocabulary) -> bool:
    """Whether folded text holds what a disclaimer sentence needs: a heading or a
    self-reference (a topic alone makes parts only)."""
    return bool(vocabulary.speaking.search(folded) or vocabulary.headings.search(folded))


def _sentence_kinds(sentences: list[str], vocabulary: Vocabulary) -> list[str | None]:
    """The kind of each sentence of a paragraph. A paragraph that cannot hold a disclaimer
    sentence matters only as a paragraph of bare labels or closings: its sentences are
    scored only when it is that short."""
    if len(sentences) > 2 and not _may_hold_disclaimer(fold(" ".join(sentences)), vocabulary):
        return [None] * len(sentences)
    return [sentence_kind(s, vocabulary) for s in sentences]


def _disclaimer_sentences(kinds: list[list[str | None]]) -> list[set[int]]:
    """Per paragraph, the indexes of its sentences that belong to a disclaimer."""
    doomed: list[set[int]] = [set() for _ in kinds]
    for i, paragraph in enumerate(kinds):
        start = 0
        while start < len(paragraph):
            if paragraph[start] is None:
                start += 1
                continue
            end = start
            while end < len(paragraph) and paragraph[end] is not None:
                end += 1
            if DISCLAIMER in paragraph[start:end]:
                doomed[i].update(range(start, end))
            start = end
    # Paragraphs of bare labels and closings go with a disclaimer next to them.
    for i, paragraph in enumerate(kinds):
        if paragraph and all(kind == BARE for kind in paragraph) and not doomed[i]:
            before = i > 0 and len(kinds[i - 1]) - 1 in doomed[i - 1]
            after = i + 1 < len(kinds) and 0 in doomed[i + 1]
            if before or after:
                doomed[i].update(range(len(paragraph)))
    return doomed


def _without_closing(sentence: str, closing: Phrases) -> str:
    """``sentence`` without a leading closing word that ends the disclaimer before it.

    "… zur Löschung ergreifen. Danke Bitcoin fiel …": the unpunctuated "Danke" belongs to the
    disclaimer; "Thanks to the rally, …" starts with a lower-case word and is kept whole.
    """
    folded = fold(sentence)
    match = closing.search(folded)
    if not match or len(folded) != len(sentence):
        return sentence
    rest = sentence[match.end() :]
    punctuated = match.group(0).rstrip()[-1:] in ".!"
    return rest if punctuated or rest[:1].isupper() else sentence
