"""The find bar: docked above the article, shown by the ``-visible`` class."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Label

from opedtui.reader.messages import SearchChanged, SearchClosed, SearchSubmitted


class SearchBar(Horizontal):
    """Type to highlight matches in the article; enter goes to the next one."""

    BINDINGS = [Binding("escape", "close", "Close search", show=False)]

    DEFAULT_CSS = """
    SearchBar {
        dock: top;
        height: 1;
        display: none;
        background: $panel;
        &.-visible { display: block; }
        Label { width: auto; padding: 0 1; color: $text-accent; }
        Input { border: none; height: 1; padding: 0; width: 1fr; background: $panel; }
        #search-count { color: $text-muted; }
    }
    """

    def compose(self) -> ComposeResult:
        yield Label("Find", id="search-label")
        yield Input(placeholder="search the article", id="search-input")
        yield Label("", id="search-count")

    @property
    def input(self) -> Input:
        return self.query_one("#search-input", Input)

    @property
    def is_open(self) -> bool:
        return self.has_class("-visible")

    def open(self) -> None:
        self.add_class("-visible")
        self.input.focus()

    def hide(self) -> None:
        self.remove_class("-visible")

    def show_count(self, found: int, current: int | None, capped: bool) -> None:
        label = self.query_one("#search-count", Label)
        if not self.input.value:
            label.update("")
        elif not found:
            label.update("no matches")
        else:
            where = f"{current + 1}/" if current is not None else ""
            label.update(f"{where}{found}{'+' if capped else ''} matches")

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(SearchChanged(event.value))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(SearchSubmitted(event.value))

    def action_close(self) -> None:
        self.post_message(SearchClosed())
