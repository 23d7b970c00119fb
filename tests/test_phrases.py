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


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("resources and a source", 0),  # the first "source" is inside a word
        ("xsource", 1),  # the character before ``start`` counts, as for a lookbehind
        ("source", 0),
        ("the_source, source", 0),  # "_" is a word character
        ("ärztesource über source", 3),
    ],
)
def test_a_match_starts_a_word_as_a_lookbehind_would_say(text, start):
    library = Phrases(["source", r"quelle\s*:"])
    reference = re.compile(r"(?<!\w)(?:(?:source)|(?:quelle\s*:))")
    ours, theirs = library.search(text, start), reference.search(text, start)
    assert (ours and ours.span()) == (theirs and theirs.span())


def test_narrowed_phrases_find_in_parts_of_a_text_what_the_whole_library_finds():
    patterns = [r"jederzeit\s+kündbar", "newsletter", r"(?:foto|bild):\s*\w+", r"©\s*\d{4}"]
    library = Phrases(patterns)
    text = "\n".join([SAMPLES[0], SAMPLES[2], "kein foto, aber bild: keins."])
    narrow = library.narrowed(text)
    assert set(narrow.literals) == {"jederzeit", "newsletter", "foto", "bild"}
    assert not Phrases(patterns).narrowed(SAMPLES[2]).literals
    for part in [*text.splitlines(), *text.split(", ")]:
        ours, theirs = narrow.search(part), library.search(part)
        assert (ours and ours.span()) == (theirs and theirs.span()), part
    # Narrowed to a text without the phrases, nothing is searched for at all.
    assert not Phrases(["newsletter"]).narrowed("nothing here").literals
