"""The three file formats round-trip, and writing a file is atomic and never clobbers."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from opedtui.engine import Quote, Speaker
from opedtui.export import (
    Selection,
    TargetExistsError,
    WriteError,
    atomic_writer,
    default_export_name,
    render,
    write_atomically,
)

QUOTE_TEXTS = [
    ("We had to make hard choices, 'big' ones,", 0, "Mayor Ana Ruiz said"),
    ('This budget cuts libraries, parks\nand "pools",', 1, "Councillor Ben Ode said"),
    ("=SUM(A1:A9) is not a plan,", 0, "Ruiz said"),
    ("Nobody knows who said this.", None, None),
]
"""Commas, both kinds of quote mark, a newline and a formula-like start: what breaks naive CSV."""


@pytest.fixture()
def selection() -> Selection:
    speakers = (Speaker(0, "Ana Ruiz", ("Ruiz",), "Mayor", 2), Speaker(1, "Ben Ode", (), "Councillor", 1))
    quotes = []
    offset = 0
    for text, speaker_id, cue in QUOTE_TEXTS:
        name = None if speaker_id is None else speakers[speaker_id].name
        quotes.append(
            Quote(offset + 1, offset + 1 + len(text), text, "direct", name, speaker_id, None, cue, None, 0.875,
                  offset, offset + 2 + len(text))  # fmt: skip
        )
        offset += len(text) + 10
    return Selection(tuple(quotes), speakers, "Council approves budget", "Lois Lane", "2024-03-05")


def test_json_round_trips(selection: Selection) -> None:
    data = json.loads(render(selection, "json"))
    assert data["title"] == "Council approves budget" and data["byline"] == "Lois Lane"
    assert [q["text"] for q in data["quotes"]] == [q.text for q in selection.quotes]
    assert [(q["start"], q["end"]) for q in data["quotes"]] == [(q.start, q.end) for q in selection.quotes]


def test_csv_round_trips_through_csv_reader(selection: Selection) -> None:
    rows = list(csv.reader(io.StringIO(render(selection, "csv"))))
    assert rows[0][:6] == ["speaker", "quote", "cue", "start", "end", "confidence"]
    assert len(rows) == len(selection.quotes) + 1
    for row, quote in zip(rows[1:], selection.quotes):
        if quote.text.startswith("="):
            assert row[1] == "'" + quote.text  # a spreadsheet shows it as text, never runs it
        else:
            assert row[1] == quote.text  # embedded quote marks, commas and newlines survive
        assert (int(row[3]), int(row[4])) == (quote.start, quote.end)
        assert row[0] == (quote.speaker or "")
        assert 0.0 <= float(row[5]) <= 1.0


def test_markdown_has_title_credit_speakers_and_every_quote(selection: Selection) -> None:
    markdown = render(selection, "markdown")
    assert markdown.startswith("# Council approves budget\n\n*Lois Lane, 2024-03-05*\n")
    for quote in selection.quotes:
        assert "> " + " ".join(quote.text.split()) in markdown
    for speaker in selection.speakers:
        assert f"## {speaker.name}" in markdown
    assert "## Ana Ruiz (Mayor)" in markdown and "## Unattributed" in markdown
    assert "\u2014 Councillor Ben Ode said" in markdown


@pytest.mark.parametrize(
    ("title", "fmt", "name"),
    [
        ("Council approves budget", "markdown", "council-approves-budget-quotes.md"),
        ("Caf\u00e9 owners: \u201cWe\u2019re done!\u201d", "csv", "cafe-owners-were-done-quotes.csv"),
        (None, "json", "article-quotes.json"),
        ("\u4e2d\u6587", "json", "article-quotes.json"),
    ],
)
def test_default_export_name(title: str | None, fmt: str, name: str) -> None:
    assert default_export_name(title, fmt) == name


def test_write_atomically_refuses_to_overwrite_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "quotes.md"
    assert write_atomically(target, "first\n") == target.absolute()
    with pytest.raises(TargetExistsError):
        write_atomically(target, "second\n")
    assert target.read_text() == "first\n"
    write_atomically(target, "second\n", overwrite=True)
    assert target.read_text() == "second\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quotes.md"]


def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "quotes.csv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as handle:
            handle.write("half of the new")
            raise RuntimeError("disk full, say")
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["quotes.csv"]


def test_missing_directory_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="does not exist"):
        write_atomically(tmp_path / "nowhere" / "q.md", "x")
