"""Phrase libraries: regular expressions kept as data, compiled for fast matching.

Disclaimers and page furniture are recognised by phrases in several languages. Dozens of
case-insensitive alternatives tried at every character make Python's ``re`` slow (about
1 ms per 1,000 characters), so a :class:`Phrases` set is matched differently:

* case-folded: the text is lower-cased (:func:`fold`) and the patterns are lower-cased and
  compiled without ``re.IGNORECASE``, anchored at word starts;
* with a literal pre-test: most patterns contain a run of plain letters every match must
  contain ("newsletter", "jederzeit kündbar", or one of "probeabo"/"digitalabo"); such a
  pattern runs only on text containing it (a substring test in C); patterns anchored at the
  start run as one alternation tried at the start only, the others as one alternation.

Together that is some 20 times faster than one case-insensitive alternation, and matches
the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from copy import copy

# The parser behind re.compile, where a pattern's mandatory literal is read from. Private, and
# there is no public way to ask re what a match must contain: tests/test_phrases.py pins what
# this module relies on, so that a Python release changing it fails there.
try:
    from re import _parser as regex_parser
except ImportError:  # pragma: no cover - Python < 3.11 is not supported anyway
    regex_parser = None

# Literals shorter than this are too common to save work.
MIN_LITERAL = 4


def fold(text: str) -> str:
    """``text`` as the phrase patterns expect it."""
    return text.lower()


def lowered(pattern: str) -> str:
    """``pattern`` with its literal letters lower-cased; escapes (``\\W``, ``\\S``) untouched."""
    out = []
    escaped = False
    for char in pattern:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out)


def mandatory_literals(pattern: str, min_length: int = MIN_LITERAL) -> tuple[str, ...]:
    """Plain strings one of which every match of ``pattern`` contains (() if none is known).

    Read from the parsed pattern: its longest run of literal characters, or, for an
    alternation, the longest run of each alternative.
    """
    if regex_parser is None:
        return ()
    try:
        parsed = regex_parser.parse(pattern)
    except re.error:
        return ()
    return _best_guard(parsed, min_length)


def _best_guard(sequence, min_length: int = MIN_LITERAL) -> tuple[str, ...]:
    """The guard of a parsed sequence whose shortest string is longest."""
    candidates: list[tuple[str, ...]] = []
    current: list[str] = []
    for op, value in sequence:
        if op is regex_parser.LITERAL:
            current.append(chr(value))
            continue
        candidates.append(("".join(current),))
        current = []
        if op is regex_parser.SUBPATTERN:
            candidates.append(_best_guard(value[-1], min_length))
        elif op is regex_parser.BRANCH:
            alternatives = [_best_guard(branch, min_length) for branch in value[1]]
            if all(alternatives):
                candidates.append(tuple(s for alternative in alternatives for s in alternative))
    candidates.append(("".join(current),))
    usable = [c for c in candidates if c and min(map(len, c)) >= min_length]
    return max(usable, key=lambda c: min(map(len, c)), default=())


def _wrapped(patterns: list[str], prefix: str, suffix: str) -> str:
    """The patterns as one alternation, each at a word start; without a prefix, the word-start
    test is left to :func:`_search_at_word_start`: a lookbehind in front of a pattern hides its
    first characters from ``re``'s fast scan for them (20 times slower on a page)."""
    alternation = "|".join(f"(?:{p})" for p in patterns)
    word_start = "(?<!\\w)" if prefix else ""
    return f"{prefix}{word_start}(?:{alternation}){suffix}"


WORD_CHARACTER = re.compile(r"\w")


def _search_at_word_start(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """``pattern``'s leftmost match in ``text`` from ``start`` that starts a word, as
    ``(?<!\\w)`` in front of it would find (a lookbehind sees before ``start`` too)."""
    while match := pattern.search(text, start):
        position = match.start()
        if not position or not WORD_CHARACTER.match(text, position - 1):
            return match
        start = position + 1
    return None


class Phrases:
    """Any of several patterns, searched in :func:`fold`-ed text, each at a word start.

    ``prefix`` and ``suffix`` wrap every pattern (e.g. ``^\\W*`` and ``\\b``).
    :meth:`search` gives the leftmost match, as one alternation of the patterns would.
    """

    def __init__(self, patterns: Iterable[str], prefix: str = "", suffix: str = ""):
        # literal -> the patterns it guards (a pattern may be guarded by any of several)
        self.guarded: dict[str, list[re.Pattern[str]]] = {}
        anchored, unguarded = [], []
        for pattern in map(lowered, patterns):
            if prefix.startswith("^") or pattern.startswith("^"):
                # Tried at the start only, these fail fast: no pre-test needed.
                anchored.append(pattern.removeprefix("^"))
                continue
            literals = mandatory_literals(pattern)
            if literals:
                compiled = re.compile(_wrapped([pattern], prefix, suffix))
                for literal in literals:
                    self.guarded.setdefault(literal, []).append(compiled)
            else:
                unguarded.append(pattern)
        # (pattern, pre-test) pairs: a pattern runs only on text holding one of its pre-test's
        # strings; an empty pre-test means always.
        self.rest: list[tuple[re.Pattern[str], tuple[str, ...]]] = []
        if unguarded:
            self.rest.append(
                (re.compile(_wrapped(unguarded, prefix, suffix)), _short_guard(unguarded))
            )
        if anchored:
            alternation = "|".join(f"(?:{p})" for p in anchored)
            compiled = re.compile(f"^{prefix.removeprefix('^')}(?:{alternation}){suffix}")
            self.rest.append((compiled, ()))
        self.literals = tuple(self.guarded)
        # With a prefix, the word-start test is in the regexes (see _wrapped). An anchored
        # pattern matches at the start only, where a word starts: the test is a no-op there.
        self.word_start_in_regex = bool(prefix)
        # Without guarded patterns and pre-tests, a search is one regex search.
        only = self.rest[0] if len(self.rest) == 1 and not self.literals else None
        plain = only is not None and (self.word_start_in_regex or not unguarded)
        self.only = only[0] if plain and not only[1] else None

    def search(self, text: str, start: int = 0) -> re.Match[str] | None:
        """The leftmost match in ``text`` (already folded) from ``start`` on, or None."""
        if self.only is not None:
            return self.only.search(text, start)
        found = None
        for pattern, pretest in self.rest:
            if pretest and not any(s in text for s in pretest):
                continue
            match = self._search_one(pattern, text, start)
            if match and (found is None or match.start() < found.start()):
                found = match
        tried = set()
        for literal in self.literals:
            if literal not in text:
                continue
            for pattern in self.guarded[literal]:
                if pattern in tried:
                    continue
                tried.add(pattern)
                match = self._search_one(pattern, text, start)
                if match and (found is None or match.start() < found.start()):
                    found = match
        return found

    def narrowed(self, text: str) -> Phrases:
        """These phrases for searching parts of (folded) ``text``: without the patterns whose
        pre-test ``text`` fails, which cannot match any part of it. A page's paragraphs are
        searched one by one; testing each for every literal costs more than the searches."""
        if self.only is not None:
            return self
        narrow = copy(self)
        narrow.literals = tuple(literal for literal in self.literals if literal in text)
        narrow.rest = [
            (pattern, pretest)
            for pattern, pretest in self.rest
            if not pretest or any(s in text for s in pretest)
        ]
        return narrow

    def _search_one(self, pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
        if self.word_start_in_regex:
            return pattern.search(text, start)
        return _search_at_word_start(pattern, text, start)


def _short_guard(patterns: list[str]) -> tuple[str, ...]:
    """Strings, however short, one of which every match of any of ``patterns`` contains.

    Patterns without a long literal still often need one of a few characters ("©", "(c)"):
    testing for those in C spares a regex scan of every position. () if one pattern has none.
    """
    guard: list[str] = []
    for pattern in patterns:
        literals = mandatory_literals(pattern, min_length=1)
        if not literals:
            return ()
        guard.extend(literals)
    return tuple(dict.fromkeys(guard))


def check_pattern(pattern: str) -> str | None:
    """Why ``pattern`` is not usable in a phrase library, or None if it is."""
    try:
        compiled = re.compile(lowered(pattern))
    except re.error as error:
        return f"not a regular expression: {error}"
    if compiled.search(""):
        return "matches empty text, so it would match everywhere"
    if regex_parser is not None and nested_repeat(regex_parser.parse(lowered(pattern))):
        return (
            "a repeat inside a repeat, like (a+)+, which can take exponential time on a page: "
            "write it without the inner repeat"
        )
    return None


def nested_repeat(parsed, repeated: bool = False) -> bool:
    """Whether a repeated part of the parsed pattern holds a repeat of variable length
    (``(a+)+``, ``(\\w+\\s?)*``, ``(x{1,9}){2,}``): the shape whose backtracking is exponential.

    Possessive repeats and atomic groups do not backtrack and are not counted.
    """
    for op, value in parsed:
        if op in (regex_parser.MAX_REPEAT, regex_parser.MIN_REPEAT):
            low, high, body = value
            if (repeated and low != high) or nested_repeat(body, repeated or high > 1):
                return True
        elif any(nested_repeat(inner, repeated) for inner in _inner_sequences(op, value)):
            return True
    return False


def _inner_sequences(op, value) -> list:
    """The parsed sequences inside a group, alternation or lookaround (others: none)."""
    if op is regex_parser.SUBPATTERN:
        return [value[-1]]
    if op is regex_parser.BRANCH:
        return list(value[1])
    if op in (regex_parser.ASSERT, regex_parser.ASSERT_NOT):
        return [value[1]]
    return []
