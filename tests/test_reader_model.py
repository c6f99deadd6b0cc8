"""The reader's plain-Python models: display text, wrapping, quote sets, chunked extraction."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opedtui.engine import Analysis, Quote, Speaker
from opedtui.reader.document import REPLACEMENT, TextLayout, cell_width, derive_title, sanitize
from opedtui.engine import extract
from opedtui.reader.extraction import Partial, chunk_bounds, iter_extraction, iter_extraction_in_process
from opedtui.reader.quotes import ALL, UNATTRIBUTED, QuoteSet, excerpt


def quote(start: int, end: int, speaker_id: int | None, text: str = "x", kind: str = "direct") -> Quote:
    return Quote(start, end, text, kind, None if speaker_id is None else f"S{speaker_id}", speaker_id,
                 None, None, None, 0.5, start - 1, end + 1)  # fmt: skip


# Display text ---------------------------------------------------------------


def test_sanitize_replaces_each_control_character_with_one_visible_character() -> None:
    raw = "a\x1b[31mred\x1b[0m\tb\rc\x00d\u202eevil\x07\nnext"
    clean = sanitize(raw)
    assert len(clean) == len(raw)
    assert "\x1b" not in clean and "\x00" not in clean and "\u202e" not in clean and "\x07" not in clean
    assert clean.split("\n")[1] == "next"
    assert clean.startswith("a" + REPLACEMENT + "[31mred")
    assert "\t" not in clean and "\r" not in clean and " b c" in clean


def test_sanitize_keeps_the_lines_of_a_text_ended_by_carriage_returns() -> None:
    assert sanitize("Headline\r\rFirst paragraph.\rSecond.") == "Headline\n\nFirst paragraph.\nSecond."
    assert sanitize("Windows\r\nlines\r\n") == "Windows \nlines \n"


def test_sanitize_leaves_markup_looking_text_alone() -> None:
    assert sanitize("[bold]x[/] [link=http://e]y[/link]") == "[bold]x[/] [link=http://e]y[/link]"


def test_title_is_the_markdown_heading_else_the_first_line() -> None:
    assert derive_title("\n\n# Big *News*\n\nbody") == "Big *News*"
    assert derive_title("First line here\n# Later heading") == "First line here"
    assert derive_title("   \n\n") == "Untitled"
    long = derive_title("word " * 100)
    assert len(long) <= 100 and long.endswith("…")
    assert derive_title("a\x1b[2Jb") == "a" + REPLACEMENT + "[2Jb"


# Wrapping -------------------------------------------------------------------


def test_layout_wraps_at_spaces_within_the_width() -> None:
    text = "one two three four five six seven eight nine ten"
    layout = TextLayout(text, 12)
    lines = [text[s:e] for s, e in layout.lines]
    assert lines == ["one two", "three four", "five six", "seven eight", "nine ten"]


def test_layout_keeps_paragraphs_and_blank_lines() -> None:
    text = "alpha\n\nbeta gamma"
    layout = TextLayout(text, 80)
    assert [text[s:e] for s, e in layout.lines] == ["alpha", "", "beta gamma"]
    assert layout.line_of(text.index("gamma")) == 2


def test_layout_breaks_a_very_long_word() -> None:
    text = "x" * 250
    layout = TextLayout(text, 80)
    assert [e - s for s, e in layout.lines] == [80, 80, 80, 10]


def test_layout_measures_wide_characters_in_cells() -> None:
    text = "漢字" * 30  # 60 characters, 120 cells
    layout = TextLayout(text, 20)
    assert all(cell_width(text[s:e]) <= 20 for s, e in layout.lines)
    assert len(layout) == 6


def test_offset_at_maps_columns_back_to_the_text() -> None:
    text = "hello world\n漢字 ok"
    layout = TextLayout(text, 80)
    assert layout.offset_at(0, 6) == text.index("world")
    assert layout.offset_at(1, 2) == text.index("字")  # the first character fills columns 0-1
    assert layout.offset_at(1, 40) is None
    assert layout.offset_at(7, 0) is None


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab c\n\t漢é\u0301\x1b[]")), max_size=300), st.integers(1, 30))
def test_layout_covers_every_character_in_order(text: str, width: int) -> None:
    clean = sanitize(text)
    layout = TextLayout(clean, width)
    position = 0
    for start, end in layout.lines:
        # Only the spaces or newline a break falls on are skipped.
        assert start >= position and set(clean[position:start]) <= {" ", "\n"}
        assert cell_width(clean[start:end]) <= max(width, 2)
        position = end
    assert set(clean[position:]) <= {" ", "\n"}
    assert len(clean) == len(text)


# Quote sets -------------------------------------------------------------------


def test_quote_set_leaves_out_terms_and_counts_per_speaker() -> None:
    quotes = [quote(10, 20, 0), quote(30, 40, None), quote(50, 55, 1, kind="term"), quote(60, 70, 0)]
    qs = QuoteSet(quotes, [Speaker(0, "Ann", (), None, 2), Speaker(1, "Bo", (), None, 0)])
    assert len(qs) == 3
    assert qs.counts == {0: 2, UNATTRIBUTED: 1}
    assert qs.shown(ALL) == [0, 1, 2]
    assert qs.shown(0) == [0, 2]
    assert qs.shown(UNATTRIBUTED) == [1]
    assert [s.name for s in qs.speakers_by_count()] == ["Ann"]
    assert qs.speaker_name(qs.quotes[1]) == "unattributed"
    assert qs.colour(qs.quotes[0]) == qs.colour(qs.quotes[2]) != qs.colour(qs.quotes[1])


def test_quote_set_positions() -> None:
    qs = QuoteSet([quote(10, 20, 0), quote(30, 40, 1), quote(60, 70, 0)])
    assert qs.at_offset(9) == 0 and qs.at_offset(20) == 0 and qs.at_offset(21) is None
    assert qs.first_in_view(25, 100, [0, 1, 2]) == 1
    assert qs.first_in_view(25, 100, [0, 2]) == 1  # position in the filtered rows
    assert qs.first_in_view(41, 58, [0, 1, 2]) is None
    assert QuoteSet.same_speaker_step(qs.quotes, 0, 1) == 2
    assert QuoteSet.same_speaker_step(qs.quotes, 2, -1) == 0
    assert QuoteSet.same_speaker_step(qs.quotes, 1, 1) is None


def test_excerpt_is_one_clean_line() -> None:
    assert excerpt("a\n  b\x1b[1m c") == "a b" + REPLACEMENT + "[1m c"
    assert excerpt("word " * 50, limit=20).endswith("…")


# Chunked extraction -------------------------------------------------------------


def test_chunks_are_cut_at_blank_lines_and_cover_the_text() -> None:
    text = "\n\n".join(f"paragraph {i} " + "x" * 40 for i in range(50))
    bounds = chunk_bounds(text, 300)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(text[s:e].endswith("\n\n") for s, e in bounds[:-1])
    assert all(e - s <= 300 for s, e in bounds)


def _said_extract(text: str) -> Analysis:
    names: dict[str, int] = {}
    quotes = []
    for m in re.finditer(r'"([^"]+)" said (\w+)', text):
        sid = names.setdefault(m.group(2), len(names))
        quotes.append(Quote(m.start(1), m.end(1), m.group(1), "direct", m.group(2), sid, m.span(2), "said",
                            (m.end(1) + 2, m.end(1) + 6), 1.0, m.start(), m.end(1) + 1))  # fmt: skip
    speakers = tuple(Speaker(i, n, (), None, sum(q.speaker_id == i for q in quotes)) for n, i in names.items())
    return Analysis(text, tuple(quotes), speakers)


def test_iter_extraction_shifts_chunk_quotes_and_ends_with_the_whole_analysis() -> None:
    text = "\n\n".join(f'"words {i}" said {"Ann" if i % 2 else "Bo"}' for i in range(40))
    items = list(iter_extraction(text, _said_extract, chunk_size=200))
    partials = [i for i in items if isinstance(i, Partial)]
    assert len(partials) > 2 and isinstance(items[-1], Analysis)
    found = [q for p in partials for q in p.quotes]
    assert [text[q.start : q.end] for q in found] == [q.text for q in found]
    assert [q.text for q in found] == [q.text for q in items[-1].quotes]
    progress = [p.progress for p in partials]
    assert progress == sorted(progress) and progress[-1] <= 0.5
    names = {s.id: s.name for s in partials[-1].speakers}
    assert all(names[q.speaker_id] == q.speaker for q in found)
    assert sorted(s.quote_count for s in partials[-1].speakers) == [20, 20]


def test_iter_extraction_short_text_is_one_analysis_and_stops_when_cancelled() -> None:
    assert [type(i) for i in iter_extraction('"a" said B', _said_extract)] == [Analysis]
    assert list(iter_extraction('"a" said B', _said_extract, cancelled=lambda: True)) == []


def test_extraction_in_a_child_process_streams_what_the_thread_would() -> None:
    text = "\n\n".join(f'"Words number {i} here," said {"Ann Lee" if i % 2 else "Bo Park"}.' for i in range(60))
    here = list(iter_extraction(text, extract, chunk_size=500))
    there = list(iter_extraction_in_process(text, chunk_size=500))
    assert [type(i) for i in there] == [type(i) for i in here] and len(there) > 2
    assert there[-1].quotes == here[-1].quotes and there[-1].speakers == here[-1].speakers


def test_extraction_in_a_child_process_stops_when_cancelled() -> None:
    assert list(iter_extraction_in_process('"a," said Bo Park.', cancelled=lambda: True)) == []


def test_extraction_falls_back_to_this_process_when_no_child_can_start(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no interpreter")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    items = list(iter_extraction_in_process('"We are done," said Bo Park.'))
    assert [type(i) for i in items] == [Analysis] and items[0].quotes[0].speaker == "Bo Park"
