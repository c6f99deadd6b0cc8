"""Fast paths held to the plain forms they stand for.

``tokenize`` reads most words without its pattern (a window is cut at its
spaces, and a plain word is a token as it stands): it must find the tokens the
pattern alone finds in the whole window. The cue-word test finds words without
a regex: they must be the runs of ASCII letters. A quote's words for the term
rules may be only some of them when there are too many: the count must still
say so, and a short quote's words must be all of them. A medium's possessive
before a quote is searched for only when the lead-in ends in 's: every one
the search finds must end so. Markup attribute values are found from their
"=": they must be the ones found from the character before it. A full stop
after a run of letters longer than any abbreviation ends none, without the
run being read letter by letter.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opedtui.engine.cues import _has_cue_word
from opedtui.engine.marks import _ATTRIBUTE_VALUE, _double_marks
from opedtui.engine.terms import _MAX_TITLE_WORDS, _MEDIA_OWNS, quote_words
from opedtui.engine.tokens import _ABBREVIATIONS, _TOKEN, ends_abbreviation, tokenize, word_set


def pattern_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """The tokens of ``text[start:end]`` as the pattern alone finds them."""
    tokens = []
    end_of_last = start
    for gap, word in _TOKEN.findall(text, start, end):
        at = end_of_last + len(gap)
        end_of_last = at + len(word)
        tokens.append((at, end_of_last, word, word.lower()))
    return tokens


def fields(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    return [(t.start, t.end, t.text, t.lower) for t in tokenize.__wrapped__(text, start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Voss said, and Tom Baker said.",
        "Mr. Tom Baker and Mrs. Voss; Sen. Ida Ree, Jr. said:",
        "J. Voss and T. Baker, of the U.S. Senate, e.ON's chief",
        "said Mr.",
        "Lena Voss’s aide, a front-runner, didn’t say  so_far.\n\nThe end",
        "“We won,” said\u00a0Voss. Écoles, élèves. Émile.",
        "it was 4.5 percent, 71-year-old, 2,000 votes...",
    ],
)
def test_tokens_match_the_pattern(text: str) -> None:
    for start in range(len(text) + 1):
        for end in (start, start + 3, start + 9, len(text), len(text) + 5):
            assert fields(text, start, end) == pattern_tokens(text, start, end), (start, end)


def test_a_window_that_ends_before_it_starts_is_empty() -> None:
    assert fields("Lena Voss said", 0, -1) == []
    assert fields("Lena Voss said", 5, 2) == []


PIECES = ["Voss", "said", "Mr", "Mrs", "J", "U", "S", "école", "Émile", "e", "ON", "4", "5"]
SEPARATORS = [" ", "  ", ".", ". ", ",", ", ", ";", ":", "\u00a0", "\n", "_", "’", "'", "-", "“", "”", "?"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES + SEPARATORS), max_size=24), st.integers(0, 60), st.integers(-2, 70))
def test_any_window_matches_the_pattern(parts: list[str], start: int, end: int) -> None:
    text = "".join(parts)
    assert fields(text, start, end) == pattern_tokens(text, start, end)


CUE_WORDS = frozenset({"told", "says", "Said", "according"})
CUE_TEXT_PARTS = ["told", "says", "Said", "SAID", "according", "Lena", "Voss", "x", "é", "ß", "’", "“", "-", " ", "\n", "\u00a0", "_", "1"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(CUE_TEXT_PARTS), max_size=16), st.integers(0, 40), st.integers(0, 50))
def test_cue_words_are_runs_of_ascii_letters(parts: list[str], start: int, end: int) -> None:
    text = "".join(parts)
    expected = not CUE_WORDS.isdisjoint(re.findall(r"[A-Za-z]+", text[start:end]))
    assert _has_cue_word(text, start, end, word_set(CUE_WORDS)) == expected


QUOTE_PARTS = ["Lena", "Voss", "said", "it’s", "a", "front-runner", "4", "—", ",", ".", " ", " ", "\n", "“", "supercalifragilistic"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(QUOTE_PARTS), max_size=40))
def test_quote_words_are_all_the_words_of_a_short_quote(parts: list[str]) -> None:
    text = "".join(parts)
    words = re.findall(r"[\w'\u2019\-]+", text)
    found = quote_words(text, 0, len(text))
    if len(words) <= _MAX_TITLE_WORDS:
        assert found == words
    else:
        assert len(found) > _MAX_TITLE_WORDS


DOUBLE_MARK_PATTERN = re.compile("'''|``|''|\u2019\u2019|\"|\u201c|\u201d|\u201e|\u201f|\u00ab|\u00bb")
MARK_TEXT_PARTS = ["'", "`", "\u2019", "\"", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "Lena", "Voss", " ", "\n"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(MARK_TEXT_PARTS), max_size=30))
def test_double_marks_are_what_one_regex_scan_finds(parts: list[str]) -> None:
    """Double marks are found kind by kind with str.find: they must be the
    marks a single left-to-right regex scan for all kinds finds."""
    text = "".join(parts)
    assert _double_marks(text) == [(m.start(), m.group()) for m in DOUBLE_MARK_PATTERN.finditer(text)]


MEDIA_PARTS = ["KRNW", "TV", "television", "Lena", "Voss", "'s", "\u2019s", "s", "'", " ", "  ", "\u00a0", "\n", ",", "-"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(MEDIA_PARTS), max_size=12), st.integers(0, 30))
def test_a_medium_owns_a_quote_only_after_a_word_in_s(parts: list[str], start: int) -> None:
    """The medium's possessive before a quote is looked for only when the
    lead-in ends in 's and spaces: no match may be missed so."""
    text = "".join(parts)
    if _MEDIA_OWNS.search(text, start, len(text)):
        assert text[start:].rstrip(" \u00a0\n").endswith(("'s", "\u2019s"))


ATTRIBUTE_PATTERN = re.compile(r'[\w\-]=("[^"<>]{0,200}")')
MARKUP_PARTS = ["a", "-", "=", '"', '="', "<", ">", " ", "\n", "Voss", "\u201c", "_"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(MARKUP_PARTS), max_size=24))
def test_attribute_values_are_what_the_plain_pattern_finds(parts: list[str]) -> None:
    """Attribute values are found from their "=", the name's last character
    looked at behind it: they must be the values found from that character."""
    text = "".join(parts)
    assert [m.span(1) for m in _ATTRIBUTE_VALUE.finditer(text)] == [m.span(1) for m in ATTRIBUTE_PATTERN.finditer(text)]


def abbreviation_read_letter_by_letter(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or an initial, the
    word before it read back to its start."""
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and text[word_start].isupper())


ABBREVIATION_PARTS = ["Mr", "mr", "U", "S", "u.s", "a.m", "Sept", "sept", "budget", "é", "J", ".", " ", "1", "-"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(ABBREVIATION_PARTS), min_size=1, max_size=8))
def test_abbreviations_are_what_reading_the_whole_word_finds(parts: list[str]) -> None:
    text = "".join(parts)
    for dot in range(len(text)):
        assert ends_abbreviation(text, dot) == abbreviation_read_letter_by_letter(text, dot), (text, dot)
