"""The ``e`` dialog: save the quotes on show (after any speaker filter) to a file.

Markdown, JSON or CSV, rendered by ``opedtui.export`` (the same code as ``opedtui
quotes --format``) and written atomically. An existing file is replaced only after
the user answers y to "Overwrite?".
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet, Static

from opedtui.export import (
    EXTENSIONS,
    FILE_FORMATS,
    Selection,
    TargetExistsError,
    WriteError,
    default_export_name,
    render,
    write_atomically,
)
from opedtui.reader.document import sanitize

if TYPE_CHECKING:
    from opedtui.reader.app import ReaderApp

FORMAT_LABELS = {"markdown": "Markdown", "json": "JSON", "csv": "CSV"}


def shown_selection(app: ReaderApp) -> Selection:
    """The quotes the quote list shows now, in document order, with their speakers."""
    quote_set = app.quote_set
    quotes = tuple(quote_set.quotes[i] for i in app.rows)
    speaker_ids = {q.speaker_id for q in quotes}
    speakers = tuple(s for s in quote_set.speakers.values() if s.id in speaker_ids)
    return Selection(quotes, speakers, app.document_title)


def open_export(app: ReaderApp, directory: Path | None = None) -> None:
    """Ask where to save the shown quotes; say where they went."""
    if app.progress is not None:
        app.notify("Still finding quotes; export when the list is complete.", severity="warning", timeout=3)
        return
    selection = shown_selection(app)
    if not selection.quotes:
        app.notify("No quotes to export.", severity="warning", timeout=3)
        return

    def saved(path: Path | None) -> None:
        if path is not None:
            count = len(selection.quotes)
            app.notify(f"Saved {count} quote{'s' if count != 1 else ''} to {path}", markup=False, timeout=6)

    app.push_screen(ExportScreen(selection, directory or Path.cwd()), saved)


class ExportScreen(ModalScreen[Path | None]):
    """Format, file name, and (when the file exists) a y/n before replacing it."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", show=False)]

    DEFAULT_CSS = """
    ExportScreen {
        align: center middle;
        #export-dialog {
            width: 72;
            max-width: 95%;
            height: auto;
            padding: 1 2;
            border: thick $accent;
            background: $surface;
        }
        #export-format { width: 100%; layout: horizontal; height: auto; border: none; padding: 0; }
        #export-path { margin-top: 1; }
        #export-message { height: auto; margin-top: 1; }
        #export-message.-error { color: $error; }
        #export-message.-confirm { color: $warning; text-style: bold; }
        #export-hint { color: $text-muted; margin-top: 1; }
    }
    """

    def __init__(self, selection: Selection, directory: Path) -> None:
        super().__init__()
        self.selection = selection
        self.directory = directory
        self.format = FILE_FORMATS[0]
        self.confirming: Path | None = None
        """The existing file awaiting a y/n."""

    def compose(self) -> ComposeResult:
        count = len(self.selection.quotes)
        with Vertical(id="export-dialog"):
            yield Label(Content(f"Export {count} quote{'s' if count != 1 else ''}"), id="export-title")
            with RadioSet(id="export-format"):
                for fmt in FILE_FORMATS:
                    yield RadioButton(FORMAT_LABELS[fmt], value=fmt == self.format)
            yield Input(self._default_path(self.format), id="export-path", select_on_focus=False)
            yield Static("", id="export-message")
            yield Static("tab: format · enter: save · escape: cancel", id="export-hint")

    def on_mount(self) -> None:
        self.path_input.focus()
        self.path_input.cursor_position = len(self.path_input.value)

    @property
    def path_input(self) -> Input:
        return self.query_one("#export-path", Input)

    def _default_path(self, fmt: str) -> str:
        return "./" + default_export_name(self.selection.title, fmt)

    def _say(self, text: str, kind: str = "") -> None:
        message = self.query_one("#export-message", Static)
        message.update(Content(text))
        message.set_class(kind == "error", "-error")
        message.set_class(kind == "confirm", "-confirm")

    # Format ----------------------------------------------------------------

    @on(RadioSet.Changed, "#export-format")
    def _format_chosen(self, event: RadioSet.Changed) -> None:
        previous, self.format = self.format, FILE_FORMATS[event.index]
        value = self.path_input.value
        if value == self._default_path(previous):
            self.path_input.value = self._default_path(self.format)
        else:
            # Keep the user's name; only swap an export extension for the new one.
            path = Path(value)
            if path.suffix.lower() in EXTENSIONS.values():
                self.path_input.value = str(path.with_suffix(EXTENSIONS[self.format]))

    # Saving ----------------------------------------------------------------

    @on(Input.Submitted, "#export-path")
    def _submitted(self) -> None:
        self.save(overwrite=False)

    def target(self) -> Path | None:
        value = self.path_input.value.strip()
        if not value:
            return None
        path = Path(value).expanduser()
        return path if path.is_absolute() else self.directory / path

    def save(self, overwrite: bool) -> None:
        path = self.target()
        if path is None:
            self._say("Type a file name.", "error")
            return
        if path.is_dir():
            self._say(f"{sanitize(str(path))} is a folder; add a file name.", "error")
            return
        try:
            written = write_export(path, self.selection, self.format, overwrite=overwrite)
        except TargetExistsError:
            self.confirming = path
            self._say(f"{sanitize(path.name)} exists. Overwrite? y/n", "confirm")
            self.set_focus(None)  # y and n come to this screen, not the input
            return
        except WriteError as error:
            self._say(sanitize(str(error)), "error")
            return
        self.dismiss(written)

    def on_key(self, event: events.Key) -> None:
        if self.confirming is None:
            return
        event.stop()
        event.prevent_default()
        if event.key == "y":
            self.confirming = None
            self.save(overwrite=True)
        elif event.key in ("n", "escape"):
            self.confirming = None
            self._say("Not overwritten. Change the name, or press enter again.")
            self.path_input.focus()

    def action_cancel(self) -> None:
        if self.confirming is None:
            self.dismiss(None)


def write_export(path: Path, selection: Selection, fmt: str, *, overwrite: bool) -> Path:
    """Render and write atomically; TargetExistsError if ``path`` exists and not ``overwrite``."""
    return write_atomically(path, render(selection, fmt), overwrite=overwrite)
