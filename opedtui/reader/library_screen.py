"""The library: every article in a folder with its title, quote count and top speakers.

The rows appear at once with the file names; a thread worker then reads and
analyses the files one by one and posts each summary as it is ready, so a large
folder never blocks the keys. enter opens the article under the cursor.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header
from textual.worker import get_current_worker

from opedtui.library import ArticleSummary, summarize
from opedtui.reader.document import sanitize

if TYPE_CHECKING:
    from opedtui.reader.library_app import LibraryApp

PENDING = "…"
TITLE_WIDTH = 56
SPEAKERS_WIDTH = 44


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
COLUMNS = ("Title", "Quotes", "Top speakers", "File")


@dataclass
class ArticleSummarized(Message):
    """One file of the library has been read and analysed."""

    summary: ArticleSummary


class LibraryScreen(Screen[None]):
    """A table of the folder's articles; enter opens one, escape goes back to it."""

    BINDINGS = [
        Binding("escape", "back", "Back to article", show=False),
        Binding("j", "cursor(1)", "Down", show=False),
        Binding("k", "cursor(-1)", "Up", show=False),
    ]

    DEFAULT_CSS = """
    LibraryScreen {
        #library { height: 1fr; border: round $primary 50%; border-title-color: $text; }
        #library:focus { border: round $accent; }
    }
    """

    def __init__(self, directory: Path, files: list[Path]) -> None:
        super().__init__()
        self.directory = directory
        self.files = files

    @property
    def library_app(self) -> LibraryApp:
        return self.app  # type: ignore[return-value]

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one("#library", DataTable)

    def compose(self) -> ComposeResult:
        yield Header(icon="❝")
        yield DataTable(id="library", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title = sanitize(self.directory.resolve().name or str(self.directory))
        self.sub_title = "library"
        table = self.table
        for column in COLUMNS:
            table.add_column(column, key=column)
        for path in self.files:
            known = self.library_app.summaries.get(path)
            table.add_row(*self._cells(known, path), key=str(path))
        self._update_border()
        table.focus()
        if len(self.library_app.summaries) < len(self.files):
            self._summarize([p for p in self.files if p not in self.library_app.summaries])

    def _cells(self, summary: ArticleSummary | None, path: Path) -> tuple[Text, ...]:
        """Rich Text, never markup: titles and names are the article's own words."""
        name = Text(sanitize(path.name))
        if summary is None:
            return (Text(_fit(sanitize(path.stem), TITLE_WIDTH)), Text(PENDING), Text(""), name)
        if summary.error is not None:
            reason = summary.error.replace(str(path), path.name)
            why = Text(_fit(sanitize(reason), SPEAKERS_WIDTH), "italic red")
            return (Text(_fit(sanitize(path.stem), TITLE_WIDTH)), Text("–"), why, name)
        title = Text(_fit(sanitize(summary.title or path.stem), TITLE_WIDTH), "bold")
        speakers = _fit(", ".join(sanitize(s) for s in summary.top_speakers()) or "–", SPEAKERS_WIDTH)
        return (title, Text(str(summary.quote_count), justify="right"), Text(speakers), name)

    def _update_border(self) -> None:
        done = len(self.library_app.summaries)
        total = len(self.files)
        label = f"Articles ({total})" if done >= total else f"Articles ({total}) · reading {done} of {total}"
        self.table.border_title = Content(label)

    @work(thread=True, exclusive=True, exit_on_error=False, group="library")
    def _summarize(self, paths: list[Path]) -> None:
        worker = get_current_worker()
        for path in paths:
            if worker.is_cancelled:
                return
            try:
                summary = summarize(path)
            except Exception as error:  # the engine failing on one file must not stop the rest
                summary = ArticleSummary(path, error=f"{type(error).__name__}: {error}")
            self.post_message(ArticleSummarized(summary))

    def on_article_summarized(self, message: ArticleSummarized) -> None:
        summary = message.summary
        self.library_app.summaries[summary.path] = summary
        key = str(summary.path)
        for column, value in zip(COLUMNS, self._cells(summary, summary.path)):
            self.table.update_cell(key, column, value, update_width=True)
        self._update_border()

    @on(DataTable.RowSelected, "#library")
    def _open(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.library_app.open_article(Path(event.row_key.value))

    def action_cursor(self, step: int) -> None:
        table = self.table
        table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)))

    def action_back(self) -> None:
        if self.library_app.article_open:
            self.app.pop_screen()
