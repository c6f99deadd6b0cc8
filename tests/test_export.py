"""Exporters over a hand-built Analysis, so each format is checked independently of
what the engine happens to find."""

from __future__ import annotations

import csv
import io
import json

import pytest

from opedtui.engine import Analysis, Quote, Speaker
from opedtui.export import (
    CSV_COLUMNS,
    FORMATS,
    UnknownSpeakerError,
    render,
    select,
    to_csv,
    to_json,
    to_jsonl,
    to_markdown,
    to_text,
)

TEXT = (
    'Budget passes\n\nThe mayor said "we had to make hard choices, and we made them." '
    'Critics called it a "cash grab". "It is a disgrace," said Councillor Lee, '
    'who added that the "process" was rushed. "No comment," a spokesperson said.'
)


def quote_of(content: str, kind: str = "direct", speaker: Speaker | None = None, cue: str | None = None) -> Quote:
    start = TEXT.index(content)
    end = start + len(content)
    return Quote(
        start, end, content, kind,  # type: ignore[arg-type]
        speaker.name if speaker else None, speaker.id if speaker else None,
        None, cue, None, 0.75, start - 1, end + 1,
    )


MAYOR = Speaker(1, "Maria Gomez", ("the mayor", "Gomez", "Mayor Gomez"), "mayor", 1)
LEE = Speaker(2, "Sam Lee", ("Lee", "Councillor Lee"), None, 1)
QUOTES = (
    quote_of("we had to make hard choices, and we made them.", speaker=MAYOR, cue="The mayor said"),
    quote_of("cash grab", kind="term"),
    quote_of("It is a disgrace,", speaker=LEE, cue="said Councillor Lee"),
    quote_of("process", kind="term"),
    quote_of("No comment,", cue="a spokesperson said"),
)
ANALYSIS = Analysis(TEXT, QUOTES, (MAYOR, LEE))


def test_select_leaves_out_terms_unless_asked() -> None:
    assert [q.kind for q in select(ANALYSIS).quotes] == ["direct", "direct", "direct"]
    assert len(select(ANALYSIS, include_terms=True).quotes) == 5


@pytest.mark.parametrize("alias", ["maria gomez", "MAYOR GOMEZ", "the mayor", "gomez"])
def test_select_by_any_alias(alias: str) -> None:
    selection = select(ANALYSIS, speaker=alias)
    assert selection.speakers == (MAYOR,)
    assert [q.speaker for q in selection.quotes] == ["Maria Gomez"]


def test_unknown_speaker_lists_the_speakers() -> None:
    with pytest.raises(UnknownSpeakerError) as error:
        select(ANALYSIS, speaker="Obama")
    message = str(error.value)
    assert "'Obama'" in message and "Maria Gomez" in message and "Sam Lee" in message
    assert "\n" not in message


def test_json_round_trips_with_speakers_and_offsets() -> None:
    document = json.loads(to_json(select(ANALYSIS, title="Budget passes")))
    assert document["title"] == "Budget passes"
    assert document["speakers"][0] == {
        "name": "Maria Gomez", "aliases": ["the mayor", "Gomez", "Mayor Gomez"], "role": "mayor", "quote_count": 1,
    }
    for record in document["quotes"]:
        assert TEXT[record["start"] : record["end"]] == record["text"]
    assert [r["speaker"] for r in document["quotes"]] == ["Maria Gomez", "Sam Lee", None]


def test_json_leaves_out_a_missing_title() -> None:
    assert "title" not in json.loads(to_json(select(ANALYSIS)))


def test_jsonl_is_one_quote_per_line() -> None:
    lines = to_jsonl(select(ANALYSIS, include_terms=True)).splitlines()
    assert [json.loads(line)["text"] for line in lines] == [q.text for q in QUOTES]


def test_csv_has_header_and_a_row_per_quote() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(select(ANALYSIS)))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[1] == ["Maria Gomez", QUOTES[0].text, "The mayor said", str(QUOTES[0].start), str(QUOTES[0].end), "0.750", "direct"]
    assert rows[3][0] == ""  # unattributed: an empty cell, not a made-up name
    assert len(rows) == 4


def test_markdown_has_title_speaker_headings_quotes_and_cues() -> None:
    markdown = to_markdown(select(ANALYSIS, title="Budget passes"))
    assert markdown.startswith("# Budget passes\n")
    assert "## Maria Gomez (mayor)" in markdown
    assert "## Sam Lee\n" in markdown
    assert markdown.index("## Maria Gomez") < markdown.index("## Sam Lee") < markdown.index("## Unattributed")
    for quote in select(ANALYSIS).quotes:
        assert f"> {quote.text}" in markdown
    assert "> It is a disgrace,\n\n\u2014 said Councillor Lee" in markdown


def test_markdown_keeps_article_text_from_becoming_markup() -> None:
    text = "# not a heading"
    quote = Quote(0, len(text), text, "direct", None, None, None, None, None, 1.0, 0, len(text))
    markdown = to_markdown(select(Analysis(text, (quote,))))
    assert "> \\# not a heading" in markdown


@pytest.mark.parametrize("width", [100, 60, 40])
def test_text_table_fits_the_width_and_keeps_every_word(width: int) -> None:
    table = to_text(select(ANALYSIS), width)
    assert all(len(line) <= width for line in table.splitlines())
    words = table.split()
    for quote in select(ANALYSIS).quotes:
        first_word = quote.text.split()[0]
        assert first_word in words
    assert "unattributed" in table
    assert table.rstrip().endswith("3 quotes, 2 speakers")


def test_text_table_wraps_long_quotes_rather_than_cutting_them() -> None:
    long_text = "word " * 200
    quote = Quote(0, len(long_text), long_text, "direct", None, None, None, None, None, 1.0, 0, len(long_text))
    table = to_text(select(Analysis(long_text, (quote,))), 80)
    assert table.count("word") == 200


def test_no_quotes_says_so() -> None:
    empty = select(Analysis("nothing quoted here"))
    assert to_text(empty) == "No quotations found.\n"
    assert json.loads(to_json(empty)) == {"speakers": [], "quotes": []}
    assert to_csv(empty).strip() == ",".join(CSV_COLUMNS)


def test_every_format_renders() -> None:
    for fmt in FORMATS:
        assert render(select(ANALYSIS), fmt).strip()
    with pytest.raises(ValueError, match="unknown format"):
        render(select(ANALYSIS), "xml")
