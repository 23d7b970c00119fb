"""Phrase libraries, and the private stdlib parser their pre-tests are read with.

:func:`pipelines.text.phrases.mandatory_literals` reads a pattern's parse tree from
``re._parser`` (the parser behind ``re.compile``, not public API: there is no public way to
ask ``re`` what a pattern must contain). These tests pin exactly what that code relies on, so
that a Python release that changes it fails here instead of silently skipping pre-tests or,
worse, pre-testing for a string a match need not contain.
"""

import re

import pytest

from pipelines.text import phrases
from pipelines.text.phrases import Phrases, mandatory_literals


def literals(text: str) -> list:
    return [(phrases.regex_parser.LITERAL, ord(char)) for char in text]


def test_the_private_regex_parser_is_there():
    parser = phrases.regex_parser
    assert parser is not None, "re._parser is gone: phrase pre-tests are off"
    for name in ("parse", "LITERAL", "SUBPATTERN", "BRANCH"):
        assert hasattr(parser, name), name


def test_a_plain_run_of_letters_parses_to_one_literal_per_character():
    assert list(phrases.regex_parser.parse("abo")) == literals("abo")


def test_a_group_parses_to_a_subpattern_whose_last_value_is_its_content():
    parser = phrases.regex_parser
    [(op, value)] = list(parser.parse("(abo)"))
    assert op is parser.SUBPATTERN
    assert list(value[-1]) == literals("abo")


def test_an_alternation_parses_to_a_branch_whose_second_value_lists_the_alternatives():
    parser = phrases.regex_parser
    parsed = list(parser.parse("x(?:probeabo|digitalabo)y"))
    assert parsed[0] == literals("x")[0] and parsed[-1] == literals("y")[0]
    op, value = parsed[1]
    assert op is parser.BRANCH
    assert [list(branch) for branch in value[1]] == [literals("probeabo"), literals("digitalabo")]


def test_repeats_and_classes_are_not_literals():
    parser = phrases.regex_parser
    ops = [op for op, _ in parser.parse(r"ab+c?[de]\s")]
    assert ops[0] is parser.LITERAL
    assert all(op is not parser.LITERAL for op in ops[1:])


@pytest.mark.parametrize(
    ("pattern", "guard"),
    [
        ("newsletter", ("newsletter",)),
        (r"jederzeit\s+kündbar", ("jederzeit",)),
        (r"(?:probeabo|digitalabo)\b", ("probeabo", "digitalabo")),
        (r"abo(?:nnement)?s?", ()),  # "abo" is too short, the rest optional
        (r"(?:foto|bild):\s*\w+", ("foto", "bild")),
        (r"(?:foto|an):", ()),  # one alternative too short: no guard
        (r"alle rechte (?:vorbehalten|reserviert)", ("alle rechte ",)),
        (r"[a-z]+", ()),
        ("(", ()),  # not a pattern
    ],
)
def test_mandatory_literals(pattern, guard):
    assert mandatory_literals(pattern) == guard
    matches = [re.search(pattern, text) for text in SAMPLES] if guard else []
    for match in filter(None, matches):  # a guard is in every match
        assert any(literal in match.group() for literal in guard)


SAMPLES = [
    "Jetzt den Newsletter abonnieren, jederzeit   kündbar.".lower(),
    "Testen Sie das Digitalabo. Foto: dpa. Bild: Reuters.".lower(),
    "© 2024 Beispielverlag, alle Rechte vorbehalten.".lower(),
]


def test_phrases_find_the_leftmost_match_as_one_alternation_would():
    patterns = [r"jederzeit\s+kündbar", "newsletter", r"(?:foto|bild):\s*\w+", r"©\s*\d{4}"]
    library = Phrases(patterns)
    alternation = re.compile("|".join(f"(?:{p})" for p in patterns))
    for text in SAMPLES:
        ours, theirs = library.search(text), alternation.search(text)
        assert (ours and ours.span()) == (theirs and theirs.span()), text
