"""The quotes pane: one fixed-height row per quote, drawn line by line.

An OptionList measures every option to lay itself out, which takes over a
second for 10,000 quotes; rows of a fixed height need no measuring, so this
list swaps its rows (filtering, filling in) in constant time and only draws
what is on screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from opedtui.reader.document import sanitize
from opedtui.reader.messages import QuoteChosen, QuoteHighlighted
from opedtui.reader.quotes import QuoteSet, excerpt
from opedtui.reader.styles import layer_style

ROW_HEIGHT = 3
"""Lines per quote: speaker and cue, then two lines of excerpt."""
EXCERPT_LINES = ROW_HEIGHT - 1


class QuoteList(ScrollView, can_focus=True):
    """A cursor over the quotes a filter shows."""

    BINDINGS = [
        Binding("down,j", "move(1)", "Next", show=False),
        Binding("up,k", "move(-1)", "Previous", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "first", "First", show=False),
        Binding("G,end", "last", "Last", show=False),
        Binding("enter", "choose", "Go to quote", show=False),
    ]

    COMPONENT_CLASSES = {
        "quote-list--cursor",
        "quote-list--cue",
        "quote-list--excerpt",
        "quote-list--empty",
    }

    DEFAULT_CSS = """
    QuoteList {
        .quote-list--cursor { background: $primary 20%; }
        &:focus .quote-list--cursor { background: $primary 45%; }
        .quote-list--cue { color: $text-muted; text-style: italic; }
        .quote-list--excerpt { color: $text; }
        .quote-list--empty { color: $text-muted; text-style: italic; }
    }
    """

    cursor: reactive[int | None] = reactive(None, always_update=True, init=False)
    """Row (position in ``rows``) of the selected quote."""

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self.quote_set = QuoteSet()
        self.rows: Sequence[int] = ()
        self.empty_message = "Finding quotes…"
        self._cache: LRUCache[tuple[int, int, bool, int], list[Strip]] = LRUCache(256)
        self._version = 0

    # Content ---------------------------------------------------------------

    def set_rows(self, quote_set: QuoteSet, rows: Sequence[int], cursor: int | None, empty_message: str) -> None:
        """Show ``rows`` (indices into ``quote_set``) with the cursor on row ``cursor``."""
        self.quote_set = quote_set
        self.rows = rows
        self.empty_message = empty_message
        self._version += 1
        self._cache.clear()
        self._update_size()
        self.set_cursor(cursor, scroll=True)
        self.refresh()

    def set_cursor(self, cursor: int | None, scroll: bool = True) -> None:
        """Move the cursor without telling anyone (the app already knows)."""
        if cursor is not None and not 0 <= cursor < len(self.rows):
            cursor = None
        self.set_reactive(QuoteList.cursor, cursor)
        if scroll and cursor is not None:
            self.scroll_to_row(cursor)
        self.refresh()

    @property
    def selected_index(self) -> int | None:
        """The QuoteSet index under the cursor."""
        return None if self.cursor is None else self.rows[self.cursor]

    def _update_size(self) -> None:
        width = self.scrollable_content_region.width
        self.virtual_size = Size(width, max(1, len(self.rows) * ROW_HEIGHT))
        self._scroll_update(self.virtual_size)  # scrollbars now, not at the next layout

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self._update_size()
        if self.cursor is not None:
            self.scroll_to_row(self.cursor)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def scroll_to_row(self, row: int) -> None:
        top = row * ROW_HEIGHT
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        y = self.scroll_y
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + ROW_HEIGHT > y + height:
            self.scroll_to(y=top + ROW_HEIGHT - height, animate=False, immediate=True)

    # Keys and mouse --------------------------------------------------------

    def _move_to(self, row: int) -> None:
        if not self.rows:
            return
        row = max(0, min(len(self.rows) - 1, row))
        self.cursor = row
        self.scroll_to_row(row)
        self.post_message(QuoteHighlighted(self.rows[row]))

    def action_move(self, step: int) -> None:
        if self.cursor is None:
            self._move_to(0 if step > 0 else len(self.rows) - 1)
        else:
            self._move_to(self.cursor + step)

    def action_page(self, step: int) -> None:
        per_page = max(1, self.scrollable_content_region.height // ROW_HEIGHT)
        self._move_to((self.cursor or 0) + step * per_page)

    def action_first(self) -> None:
        self._move_to(0)

    def action_last(self) -> None:
        self._move_to(len(self.rows) - 1)

    def action_choose(self) -> None:
        if self.cursor is not None:
            self.post_message(QuoteChosen(self.rows[self.cursor], focus_article=True))

    def watch_cursor(self) -> None:
        self.refresh()

    def row_at(self, y: int) -> int | None:
        """Row under widget-relative line ``y``."""
        row = (round(self.scroll_y) + y) // ROW_HEIGHT
        return row if 0 <= row < len(self.rows) else None

    def on_click(self, event: events.Click) -> None:
        where = event.get_content_offset(self)
        row = None if where is None else self.row_at(where.y)
        if row is not None:
            event.stop()
            self.cursor = row
            self.post_message(QuoteChosen(self.rows[row], focus_article=True))

    # Rendering -------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = round(self.scroll_y) + y
        row, offset = divmod(line, ROW_HEIGHT)
        if not self.rows:
            if line == 1:
                style = self.rich_style + layer_style(self, "quote-list--empty")
                text = Text(" " + self.empty_message, style=style, no_wrap=True, end="")
                return Strip(text.render(self.app.console)).adjust_cell_length(width, self.rich_style)
            return Strip.blank(width, self.rich_style)
        if row >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        is_cursor = row == self.cursor
        key = (self.rows[row], width, is_cursor, self._version)
        strips = self._cache.get(key)
        if strips is None:
            strips = self._render_row(self.rows[row], width, is_cursor)
            self._cache[key] = strips
        return strips[offset]

    def _render_row(self, index: int, width: int, is_cursor: bool) -> list[Strip]:
        quotes = self.quote_set
        quote = quotes.quotes[index]
        base = self.rich_style
        if is_cursor:
            base = base + layer_style(self, "quote-list--cursor")
        colour = quotes.colour(quote)
        bar = Segment("▌", base + Style(color=colour))
        console = self.app.console

        head = Text(no_wrap=True, end="", overflow="ellipsis")
        head.append(" ")
        head.append(sanitize(quotes.speaker_name(quote)), Style(color=colour, bold=True))
        if quote.cue:
            head.append(" · ")
            head.append(" ".join(sanitize(quote.cue).split()), layer_style(self, "quote-list--cue"))
        head.truncate(max(1, width - 1), overflow="ellipsis")

        words = excerpt(quote.text)
        # A paragraph that a quotation goes on from has no closing mark, as in print.
        body = Text("“" + words + ("" if quote.continues else "”"), style=layer_style(self, "quote-list--excerpt"))
        body_width = max(1, width - 3)
        wrapped = body.wrap(console, body_width, overflow="fold")
        lines = list(wrapped)[:EXCERPT_LINES]
        if len(wrapped) > EXCERPT_LINES and lines:
            last = lines[-1]
            last.rstrip()
            if last.cell_len >= body_width:
                last.truncate(body_width - 1)
            last.append("…")
        while len(lines) < EXCERPT_LINES:
            lines.append(Text(""))

        strips = []
        for i, text in enumerate([head, *lines]):
            text.end = ""
            if i:
                text = Text("  ") + text
            segments = [bar, *(Segment(s.text, base + s.style if s.style else base) for s in text.render(console))]
            strips.append(Strip(segments).adjust_cell_length(width, base))
        return strips
