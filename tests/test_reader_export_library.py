"""Pilot tests for the reader's new parts: ``e`` export with its overwrite prompt,
Markdown formatting in the article pane, and the library screen for a folder."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from textual.command import CommandInput

from opedtui.documents import load_document
from opedtui.library import library_files, summarize
from opedtui.reader.app import ReaderApp
from opedtui.reader.export_screen import ExportScreen, shown_selection
from opedtui.reader.library_app import LibraryApp
from opedtui.reader.library_screen import LibraryScreen
from test_reader_app import make_app, running, screen_lines, speaker_id
from test_sources import BOILERPLATE_PAGE, MARKDOWN


async def open_export_dialog(app: ReaderApp, pilot: object) -> ExportScreen:
    await pilot.press("e")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, ExportScreen)
    return app.screen


# -- export ----------------------------------------------------------------------------


async def test_e_saves_the_filtered_quotes_as_markdown_in_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    async with running() as (app, pilot):
        app.apply_filter(speaker_id(app, "Bob"))
        shown = [app.quote_set.quotes[i].text for i in app.rows]
        dialog = await open_export_dialog(app, pilot)
        assert dialog.path_input.value == "./council-votes-quotes.md"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)
        written = (tmp_path / "council-votes-quotes.md").read_text(encoding="utf-8")
        assert written.startswith("# Council Votes\n\n## Bob (councillor)\n")
        assert all(f"> {text}" in written for text in shown)
        assert "Alice" not in written  # the filter applies
        assert any(f"Saved {len(shown)} quotes to {tmp_path / 'council-votes-quotes.md'}" in str(n.message)
                   for n in app._notifications)  # fmt: skip
        assert [p.name for p in tmp_path.iterdir()] == ["council-votes-quotes.md"]  # no temporary left


@pytest.mark.parametrize(("button", "fmt"), [(1, "json"), (2, "csv")])
async def test_choosing_a_format_changes_the_default_extension_and_the_content(
    tmp_path: Path, button: int, fmt: str
) -> None:
    async with running() as (app, pilot):
        dialog = ExportScreen(shown_selection(app), tmp_path)
        app.push_screen(dialog)
        await pilot.pause()
        await pilot.press("shift+tab")  # to the format buttons
        await pilot.press(*["right"] * button, "enter")
        await pilot.pause()
        assert dialog.format == fmt
        assert dialog.path_input.value == f"./council-votes-quotes.{'json' if fmt == 'json' else 'csv'}"
        dialog.path_input.focus()
        await pilot.press("enter")
        await pilot.pause()
        target = tmp_path / f"council-votes-quotes.{fmt}"
        content = target.read_text(encoding="utf-8")
        texts = [q.text for q in app.quote_set.quotes]
        if fmt == "json":
            assert [q["text"] for q in json.loads(content)["quotes"]] == texts
        else:
            rows = list(csv.reader(io.StringIO(content)))
            assert [r[1] for r in rows[1:]] == texts


async def test_existing_file_is_overwritten_only_after_y(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "mine.md"
    target.write_text("keep me\n", encoding="utf-8")
    async with running() as (app, pilot):
        dialog = await open_export_dialog(app, pilot)
        dialog.path_input.value = "mine.md"
        await pilot.press("enter")
        await pilot.pause()
        assert dialog.confirming == target
        assert "mine.md exists. Overwrite? y/n" in str(dialog.query_one("#export-message").render())
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "keep me\n"
        assert app.screen is dialog and dialog.confirming is None and app.focused is dialog.path_input
        await pilot.press("enter", "y")
        await pilot.pause()
        assert target.read_text(encoding="utf-8").startswith("# Council Votes\n")
        assert not isinstance(app.screen, ExportScreen)


async def test_escape_cancels_without_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    async with running() as (app, pilot):
        await open_export_dialog(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)
        assert list(tmp_path.iterdir()) == []


async def test_export_with_no_quotes_says_so() -> None:
    async with running(make_app("No quotations in this one.\n")) as (app, pilot):
        await pilot.press("e")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)
        assert any("No quotes to export" in str(n.message) for n in app._notifications)


# -- Markdown in the article pane --------------------------------------------------------


async def test_markdown_is_shown_formatted_and_quotes_highlight_the_right_words(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    document = load_document(path)
    app = ReaderApp(document.text, document.title, path, styles=document.styles)
    async with running(app, size=(110, 40)) as (app, pilot):
        lines = screen_lines(app.article)
        assert lines[0].strip() == "School board delays vote"
        assert not any("#" in line or "**" in line for line in lines)
        assert any("• The vote moves to March 12" in line for line in lines)
        heading = [seg for seg in app.article.render_line(0) if seg.text.strip()]
        assert "".join(seg.text for seg in heading).strip() == "School board delays vote"
        assert all(seg.style is not None and seg.style.bold for seg in heading)
        assert any(seg.text == "delays" and seg.style is not None and seg.style.italic for seg in heading)
        quote = next(q for q in app.quote_set.quotes if q.text.startswith("This delay"))
        assert app.article.text[quote.start : quote.end] == quote.text


async def test_editing_the_markdown_file_reloads_text_and_formatting(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    document = load_document(path)
    app = ReaderApp(document.text, document.title, path, styles=document.styles, poll_seconds=0.05)
    async with running(app) as (app, pilot):
        path.write_text("## A new heading\n\n" + MARKDOWN, encoding="utf-8")
        for _ in range(40):
            await pilot.pause(0.05)
            if app.source_text.startswith("A new heading"):
                break
        assert app.source_text.startswith("A new heading\n")
        heading = next(s for s in app.article.formatting.spans if s.kind == "heading")
        assert app.source_text[heading.start : heading.end] == "A new heading"


# -- the library -----------------------------------------------------------------------


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    (tmp_path / "a-notes.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "b-page.html").write_text(BOILERPLATE_PAGE, encoding="utf-8")
    (tmp_path / "c-plain.txt").write_text(
        'Budget news\n\n"It is done," Mayor Ana Ruiz said. "We move on," Ruiz said.\n', encoding="cp1252"
    )
    (tmp_path / "d-broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\x02")
    (tmp_path / ".hidden.md").write_text("# hidden\n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    return tmp_path


def test_library_lists_articles_and_summarizes_each(library: Path) -> None:
    files = library_files(library)
    assert [p.name for p in files] == ["a-notes.md", "b-page.html", "c-plain.txt", "d-broken.txt"]
    page = summarize(library / "b-page.html")
    assert page.title == "Council passes budget after late-night vote" and page.quote_count == 3
    assert set(page.top_speakers()) == {"Ana Ruiz", "Ben Ode"}
    assert page.top_speakers()[0] == "Ben Ode"  # two quotes before one
    broken = summarize(library / "d-broken.txt")
    assert broken.error is not None and "binary" in broken.error


def table_rows(screen: LibraryScreen) -> list[list[str]]:
    table = screen.table
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_library_screen_fills_in_opens_on_enter_and_escape_returns(library: Path) -> None:
    app = LibraryApp(library, library_files(library))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        await screen.workers.wait_for_complete()
        await pilot.pause()
        rows = table_rows(screen)
        assert rows[1][:2] == ["Council passes budget after late-night vote", "3"]
        assert "Ben Ode" in rows[1][2] and rows[1][3] == "b-page.html"
        assert rows[2][1] == "2" and "Ana Ruiz" in rows[2][2]
        assert rows[3][1] == "–" and "binary" in rows[3][2]
        await pilot.press("s", "slash")  # the hidden reader's keys do nothing here
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("j", "enter")
        for _ in range(40):
            await pilot.pause(0.05)
            if not isinstance(app.screen, LibraryScreen) and app.progress is None:
                break
        assert app.path == library / "b-page.html"
        assert app.title == "Council passes budget after late-night vote"
        assert {q.text for q in app.quote_set.quotes} >= {"We had to make hard choices,"}
        assert "Related stories" not in app.article.text
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")  # and back to the article it came from
        await pilot.pause()
        assert not isinstance(app.screen, LibraryScreen) and app.path == library / "b-page.html"


async def test_palette_searches_speakers_across_the_library(library: Path) -> None:
    app = LibraryApp(library, library_files(library))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+p")
        app.screen.query_one(CommandInput).value = "Omar Haddad"
        await pilot.pause(0.4)
        hits = [str(o.prompt) for o in app.screen.query_one("CommandList").options]
        assert any("Library: Omar Haddad in School board delays vote" in h for h in hits), hits
        await pilot.press("enter")
        for _ in range(40):
            await pilot.pause(0.05)
            if app.speaker_filter is not None:
                break
        assert app.path == library / "a-notes.md"
        assert [app.quote_set.speaker_name(app.quote_set.quotes[i]) for i in app.rows] == ["Omar Haddad"]
