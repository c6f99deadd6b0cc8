"""The reader: the article in one pane, its quotes and speakers in the other."""

from __future__ import annotations

import gc

import os
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Footer, Header
from textual.worker import get_current_worker

from opedtui.reader.article_view import ArticleView
from opedtui.reader.document import derive_title, sanitize
from opedtui.reader.messages import (
    ExtractionDone,
    ExtractionFailed,
    ExtractionProgress,
    FileChanged,
    FileGone,
    QuoteChosen,
    QuoteHighlighted,
    ReadingPosition,
    SearchChanged,
    SearchClosed,
    SearchSubmitted,
    SpeakerChosen,
)
from opedtui.reader.quote_list import QuoteList
from opedtui.reader.quotes import ALL, Filter, QuoteSet
from opedtui.reader.speaker_list import SpeakerList

if TYPE_CHECKING:
    from opedtui.engine import Analysis, Quote
    from opedtui.reader.search_bar import SearchBar
    from opedtui.reader.speaker_picker import Picked
    from opedtui.sources.formatting import StyleSpan

MAX_MATCHES = 100_000
POLL_SECONDS = 1.0
_FREEZE_MIN_CHARS = 1_000_000
_STARTUP_GC_THRESHOLD = 100_000
"""Allocations between young-generation collections while the first screen is built."""

Extractor = Callable[[str], "Analysis"]


def _reader_commands() -> type:
    """The palette's provider, imported when the palette first opens."""
    from opedtui.reader.commands import ReaderCommands

    return ReaderCommands


class ReaderApp(App[int]):
    """Read an article beside every quotation in it and who said it."""

    CSS_PATH = Path(__file__).with_name("reader.tcss")
    TITLE = "opedtui"
    COMMANDS = App.COMMANDS | {_reader_commands}

    BINDINGS = [
        Binding("question_mark", "help", "Help"),
        Binding("slash", "search", "Search"),
        Binding("s", "pick_speaker", "Speaker"),
        Binding("right_square_bracket", "next_quote(1)", "Next quote", key_display="]"),
        Binding("left_square_bracket", "next_quote(-1)", "Prev quote", key_display="["),
        Binding("right_curly_bracket", "same_speaker(1)", "Next by speaker", show=False, key_display="}"),
        Binding("left_curly_bracket", "same_speaker(-1)", "Prev by speaker", show=False, key_display="{"),
        Binding("n", "next_match(1)", "Next match", show=False),
        Binding("N", "next_match(-1)", "Prev match", show=False),
        Binding("y", "copy", "Copy"),
        Binding("escape", "escape", "Clear", show=False),
        Binding("q", "quit", "Quit"),
        Binding("e", "export", "Export"),  # after Quit: an 80-column footer still shows q
    ]

    def __init__(
        self,
        text: str,
        title: str | None = None,
        path: Path | None = None,
        *,
        extractor: Extractor | None = None,
        poll_seconds: float = POLL_SECONDS,
        chunk_size: int | None = None,
        styles: Sequence[StyleSpan] = (),
    ) -> None:
        # Building the first screen allocates thousands of short-lived objects;
        # a full garbage collection in the middle of it costs tens of
        # milliseconds. Collect less often until that screen is up.
        self._gc_thresholds = gc.get_threshold()
        gc.set_threshold(max(self._gc_thresholds[0], _STARTUP_GC_THRESHOLD), *self._gc_thresholds[1:])
        super().__init__()
        self.source_text = text
        self.article_styles = styles
        """Markdown or HTML formatting over ``text`` (``styles`` is Textual's CSS)."""
        self.document_title = sanitize(title) if title else derive_title(text)
        self.path = Path(path) if path is not None else None
        self.extractor: Extractor | None = extractor
        self.poll_seconds = poll_seconds
        self.chunk_size = chunk_size
        """Characters per extraction chunk (None: ``extraction.CHUNK_SIZE``)."""
        self.quote_set = QuoteSet()
        self.speaker_filter: Filter = ALL
        self.rows: list[int] = []
        self.selected: int | None = None
        self.progress: float | None = 0.0
        self.generation = 0
        self._partial_quotes: list[Quote] = []
        self.search_query = ""
        self._file_stamp = self._stat()
        self._file_gone = False
        self._restore: tuple[int, tuple[int, str] | None] | None = None
        self.title = self.document_title
        self.sub_title = self.path.name if self.path else ""

    # Layout ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="❝")
        with Horizontal(id="main"):
            with Vertical(id="article-pane"):
                yield ArticleView(self.source_text, styles=self.article_styles, id="article")
            with Vertical(id="side"):
                yield QuoteList(id="quotes")
                yield SpeakerList(id="speakers")
        yield Footer()

    @property
    def article(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def quote_list(self) -> QuoteList:
        return self.query_one("#quotes", QuoteList)

    @property
    def speaker_list(self) -> SpeakerList:
        return self.query_one("#speakers", SpeakerList)

    @property
    def search_bar(self) -> SearchBar | None:
        """The find bar, mounted the first time it is opened (it costs startup time)."""
        from opedtui.reader.search_bar import SearchBar

        bars = self.query("#search").results(SearchBar)
        return next(bars, None)

    def on_mount(self) -> None:
        self.speaker_list.border_title = "Speakers"
        self.article.focus()
        self._refresh_views()
        # The engine and its worker start once the first screen is up.
        self.call_after_refresh(self._start_extraction)
        self.call_after_refresh(lambda: gc.set_threshold(*self._gc_thresholds))
        if self.path is not None:
            self.set_interval(self.poll_seconds, self.check_file, name="file watcher")

    # Extraction ------------------------------------------------------------

    def _start_extraction(self) -> None:
        self.generation += 1
        self.progress = 0.0
        self._partial_quotes = []
        self._update_titles()
        self._extract(self.source_text, self.generation)

    @work(thread=True, exclusive=True, exit_on_error=False, group="extract")
    def _extract(self, text: str, generation: int) -> None:
        worker = get_current_worker()
        try:
            from opedtui.engine import extract
            from opedtui.reader.extraction import (
                CHUNK_SIZE,
                PROCESS_MIN_CHARS,
                ExtractionError,
                Partial,
                iter_extraction,
                iter_extraction_in_process,
            )

            chunk_size = CHUNK_SIZE if self.chunk_size is None else self.chunk_size
            cancelled = lambda: worker.is_cancelled  # noqa: E731
            if self.extractor is None and len(text) >= PROCESS_MIN_CHARS:
                items = iter_extraction_in_process(text, chunk_size, cancelled)
            else:
                items = iter_extraction(text, self.extractor or extract, chunk_size, cancelled)
            for item in items:
                if isinstance(item, Partial):
                    self.post_message(ExtractionProgress(generation, item.progress, item.quotes, item.speakers))
                else:
                    self.post_message(ExtractionDone(generation, item))
        except ExtractionError as error:
            self.post_message(ExtractionFailed(generation, str(error)))
        except Exception as error:  # the engine failing must not take the reader down
            self.post_message(ExtractionFailed(generation, f"{type(error).__name__}: {error}"))

    def _is_current(self, generation: int) -> bool:
        """Whether a worker's result still applies: to this text, in a running app.

        A thread can finish while the app shuts down, after its widgets are gone.
        """
        return self.is_running and generation == self.generation

    def on_extraction_progress(self, message: ExtractionProgress) -> None:
        if not self._is_current(message.generation):
            return
        self._partial_quotes.extend(message.quotes)
        self.progress = message.progress
        self._set_quotes(QuoteSet(self._partial_quotes, message.speakers))

    def on_extraction_done(self, message: ExtractionDone) -> None:
        if not self._is_current(message.generation):
            return
        self.progress = None
        self._partial_quotes = []
        self._set_quotes(QuoteSet(message.analysis.quotes, message.analysis.speakers))
        if len(self.source_text) >= _FREEZE_MIN_CHARS:
            # A long document's layout and quotes now live as long as the app.
            # Moved out of the cycle collector's reach, they no longer make its
            # full passes (80 ms on a 4 MB article) land in the middle of a key
            # press. (Short documents leave the collector alone.)
            self.call_after_refresh(gc.freeze)

    def on_extraction_failed(self, message: ExtractionFailed) -> None:
        if not self._is_current(message.generation):
            return
        self.progress = None
        self._update_titles()
        self.quote_list.set_rows(self.quote_set, self.rows, self.quote_list.cursor, "Could not find quotes.")
        self.notify(f"Finding quotes failed: {message.error}", severity="error", markup=False, timeout=8)

    def _set_quotes(self, quote_set: QuoteSet) -> None:
        """Show a new set of quotes, keeping the selection and the filter where possible."""
        old = self.quote_set.quotes[self.selected] if self.selected is not None and self.quote_set.quotes else None
        restore = self._restore
        self.quote_set = quote_set
        if self.speaker_filter is not ALL and not quote_set.counts.get(self.speaker_filter):
            if self.progress is None:
                self.speaker_filter = ALL
        self.selected = None
        if restore is not None and self.progress is None:
            self._restore = None
            old_selected = restore[1]
            if old_selected is not None:
                self.selected = self._find_quote(old_selected[0], old_selected[1])
        elif old is not None:
            self.selected = self._find_quote(old.outer_start, old.text)
        if self.selected is None:
            # Start where the reader is: the first quote from the top of the view on.
            top = self.article.top_offset
            self.selected = next(
                (i for i in quote_set.shown(self.speaker_filter) if quote_set.quotes[i].outer_end > top), None
            )
        self._refresh_views()

    def _find_quote(self, offset: int, text: str) -> int | None:
        """The quote with ``text`` nearest ``offset`` (after a re-extraction or reload)."""
        best: tuple[int, int] | None = None
        for i, quote in enumerate(self.quote_set.quotes):
            if quote.text == text:
                distance = abs(quote.outer_start - offset)
                if best is None or distance < best[0]:
                    best = (distance, i)
        return None if best is None else best[1]

    # Views -----------------------------------------------------------------

    def _refresh_views(self) -> None:
        self.rows = self.quote_set.shown(self.speaker_filter)
        self.article.set_quotes(self.quote_set, self.selected, self.speaker_filter)
        self.quote_list.set_rows(self.quote_set, self.rows, self._row_of(self.selected), self._empty_message())
        self.speaker_list.show_speakers(self.quote_set, self.speaker_filter)
        self._update_titles()

    def _row_of(self, index: int | None) -> int | None:
        if index is None:
            return None
        row = bisect_left(self.rows, index)
        return row if row < len(self.rows) and self.rows[row] == index else None

    def _empty_message(self) -> str:
        if self.progress is not None:
            return "Finding quotes…"
        if not len(self.quote_set):
            return "No quotes in this document."
        return f"No quotes by {self.quote_set.filter_name(self.speaker_filter)}."

    def _update_titles(self) -> None:
        shown = len(self.rows)
        total = len(self.quote_set)
        if self.speaker_filter is ALL:
            title = Content(f"Quotes ({total})")
        else:
            name = sanitize(self.quote_set.filter_name(self.speaker_filter))
            title = Content.assemble(f"Quotes ({shown} of {total}) by ", (name, "bold"))
        if self.progress is not None:
            title = Content.assemble(title, (f" · finding {round(self.progress * 100)}%", "italic"))
        self.quote_list.border_title = title
        self.speaker_list.border_title = Content("Speakers" if self.speaker_filter is ALL else "Speakers (esc: all)")

    # Selecting quotes ------------------------------------------------------

    def select_quote(self, index: int | None, scroll_article: bool = True) -> None:
        """Make quote ``index`` (in the QuoteSet) the selected one everywhere."""
        self.selected = index
        self.article.set_selected(index)
        self.quote_list.set_cursor(self._row_of(index))
        if index is not None and scroll_article:
            quote = self.quote_set.quotes[index]
            self.article.scroll_to_span(quote.outer_start, quote.outer_end)

    def go_to_quote(self, index: int, focus_article: bool = False) -> None:
        """Select a quote and show it in the article (the filter is cleared if it hides it)."""
        if not 0 <= index < len(self.quote_set):
            return
        if not self.quote_set.matches(index, self.speaker_filter):
            self.apply_filter(ALL)
        self.select_quote(index)
        if focus_article:
            self.article.focus()

    def on_quote_highlighted(self, message: QuoteHighlighted) -> None:
        self.select_quote(message.index)

    def on_quote_chosen(self, message: QuoteChosen) -> None:
        self.go_to_quote(message.index, focus_article=message.focus_article)

    def on_reading_position(self, message: ReadingPosition) -> None:
        row = self.quote_set.first_in_view(message.start, message.end, self.rows)
        if row is not None:
            self.select_quote(self.rows[row], scroll_article=False)

    def action_next_quote(self, step: int) -> None:
        if not self.rows:
            self.bell()
            return
        row = self._row_of(self.selected)
        if row is None:
            # Nothing selected (or hidden by the filter): start from the reading position.
            top = self.article.top_offset
            starts = self.quote_set.starts
            candidates = [r for r, i in enumerate(self.rows) if starts[i] >= top] if step > 0 else [
                r for r, i in enumerate(self.rows) if starts[i] < top
            ]
            if not candidates:
                row = 0 if step > 0 else len(self.rows) - 1
            else:
                row = candidates[0] if step > 0 else candidates[-1]
        else:
            row += step
            if not 0 <= row < len(self.rows):
                self.bell()
                return
        self.select_quote(self.rows[row])

    def action_same_speaker(self, step: int) -> None:
        if self.selected is None:
            self.action_next_quote(step)
            return
        index = QuoteSet.same_speaker_step(self.quote_set.quotes, self.selected, step)
        if index is None:
            self.notify(f"No {'later' if step > 0 else 'earlier'} quote by this speaker.", markup=False, timeout=2)
            return
        self.go_to_quote(index)

    def action_copy(self) -> None:
        if self.selected is None:
            self.notify("No quote selected.", severity="warning", timeout=2)
            return
        quote = self.quote_set.quotes[self.selected]
        speaker = self.quote_set.speaker_name(quote)
        self.copy_to_clipboard(f"“{' '.join(quote.text.split())}” — {speaker}")
        self.notify(f"Copied the quote by {sanitize(speaker)}.", markup=False, timeout=3)

    # Filtering -------------------------------------------------------------

    def apply_filter(self, speaker_id: Filter) -> None:
        """Show only ``speaker_id``'s quotes (None: everyone's)."""
        self.speaker_filter = speaker_id
        self.rows = self.quote_set.shown(speaker_id)
        if self.selected is not None and not self.quote_set.matches(self.selected, speaker_id):
            self.selected = None
        if self.selected is None and self.rows:
            self.selected = self.rows[0]
            quote = self.quote_set.quotes[self.selected]
            self.article.scroll_to_span(quote.outer_start, quote.outer_end)
        self.article.set_quotes(self.quote_set, self.selected, speaker_id)
        self.quote_list.set_rows(self.quote_set, self.rows, self._row_of(self.selected), self._empty_message())
        self.speaker_list.mark_active(speaker_id)
        self._update_titles()

    def on_speaker_chosen(self, message: SpeakerChosen) -> None:
        self.apply_filter(message.speaker_id)

    def action_pick_speaker(self) -> None:
        from opedtui.reader.speaker_picker import SpeakerPicker

        def picked(result: Picked | None) -> None:
            if result is not None:
                self.apply_filter(result.speaker_id)

        self.push_screen(SpeakerPicker(self.quote_set), picked)

    def action_escape(self) -> None:
        if self.search_bar is not None and self.search_bar.is_open:
            self._close_search()
        elif self.search_query:
            self._clear_search()
        elif self.speaker_filter is not ALL:
            self.apply_filter(ALL)

    # Search ----------------------------------------------------------------

    async def action_search(self) -> None:
        bar = self.search_bar
        if bar is None:
            from opedtui.reader.search_bar import SearchBar

            bar = SearchBar(id="search")
            await self.query_one("#article-pane").mount(bar, before=0)
        bar.open()

    def _find(self, query: str) -> None:
        self.search_query = query
        if not query:
            self.article.set_matches([], None)
            if self.search_bar is not None:
                self.search_bar.show_count(0, None, False)
            return
        text = self.article.text
        matches = []
        for match in re.finditer(re.escape(query), text, re.IGNORECASE):
            matches.append(match.span())
            if len(matches) >= MAX_MATCHES:
                break
        self.article.set_matches(matches, None)
        if self.search_bar is not None:
            self.search_bar.show_count(len(matches), None, len(matches) >= MAX_MATCHES)

    def on_search_changed(self, message: SearchChanged) -> None:
        self._find(message.query)

    def on_search_submitted(self, message: SearchSubmitted) -> None:
        self._find(message.query)
        if self.search_bar is not None:
            self.search_bar.hide()
        self.article.focus()
        if self.article.matches:
            self._go_to_match(self.article.match_after(self.article.top_offset - 1, 1))
        elif message.query:
            self.notify("No matches.", timeout=2)

    def on_search_closed(self, message: SearchClosed) -> None:
        self._close_search()

    def _close_search(self) -> None:
        if self.search_bar is not None:
            self.search_bar.hide()
        self._clear_search()
        self.article.focus()

    def _clear_search(self) -> None:
        if self.search_bar is not None:
            self.search_bar.input.value = ""
        self._find("")

    def _go_to_match(self, index: int | None) -> None:
        if index is None:
            return
        start, end = self.article.matches[index]
        self.article.set_matches(self.article.matches, index)
        self.article.scroll_to_span(start, end)
        if self.search_bar is not None:
            self.search_bar.show_count(len(self.article.matches), index, len(self.article.matches) >= MAX_MATCHES)

    def action_next_match(self, step: int) -> None:
        if not self.article.matches:
            if not self.search_query:
                self.notify("Press / to search.", timeout=2)
            return
        current = self.article.current_match
        if current is None:
            index = self.article.match_after(self.article.top_offset - 1, step)
        else:
            index = (current + step) % len(self.article.matches)
        self._go_to_match(index)

    # Export ----------------------------------------------------------------

    def action_export(self) -> None:
        from opedtui.reader.export_screen import open_export

        open_export(self)

    # Help ------------------------------------------------------------------

    def action_help(self) -> None:
        from opedtui.reader.help_screen import HelpScreen

        self.push_screen(HelpScreen())

    # The file on disk ------------------------------------------------------

    def _stat(self) -> tuple[int, int] | None:
        if self.path is None:
            return None
        try:
            stat = os.stat(self.path)
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)

    def check_file(self) -> None:
        """Reload when the watched file changed; warn (once) when it disappears."""
        stamp = self._stat()
        if stamp is None:
            if not self._file_gone:
                self._file_gone = True
                self.post_message(FileGone("it was removed or cannot be read"))
            return
        if stamp != self._file_stamp or self._file_gone:
            self._file_stamp = stamp
            self._file_gone = False
            self._reload()

    @work(thread=True, exclusive=True, exit_on_error=False, group="reload")
    def _reload(self) -> None:
        from opedtui.documents import DocumentError, load_document

        assert self.path is not None
        try:
            document = load_document(self.path)
        except DocumentError as error:
            self.post_message(FileGone(str(error)))
        except Exception as error:
            self.post_message(FileGone(f"{type(error).__name__}: {error}"))
        else:
            self.post_message(FileChanged(document.text, document.styles))

    def on_file_changed(self, message: FileChanged) -> None:
        if not self.is_running:
            return
        if message.text == self.source_text:
            self.article.set_styles(message.styles)  # only the Markdown markup changed
            return
        article = self.article
        top = article.top_offset
        # Anchor the reading position on the words at the top of the view.
        anchor = self.source_text[top : top + 60]
        new_top = _relocate(message.text, anchor, top)
        selected = None
        if self.selected is not None:
            quote = self.quote_set.quotes[self.selected]
            selected = (_relocate(message.text, quote.text, quote.outer_start), quote.text)
        self._restore = (new_top, selected)
        self.source_text = message.text
        self.quote_set = QuoteSet()
        self.selected = None
        article.load(message.text, keep_offset=new_top, styles=message.styles)
        self._clear_search()
        self._start_extraction()
        self._refresh_views()
        name = self.path.name if self.path else "the document"
        self.notify(f"Reloaded {name}: it changed on disk.", markup=False, timeout=4)

    def on_file_gone(self, message: FileGone) -> None:
        if not self.is_running:
            return
        self._file_gone = True
        name = self.path.name if self.path else "the document"
        self.notify(
            f"Cannot read {name} ({message.reason}); showing the last version.",
            severity="warning",
            markup=False,
            timeout=6,
        )


def _relocate(text: str, snippet: str, near: int) -> int:
    """Where ``snippet`` occurs in ``text`` nearest ``near`` (else ``near`` clamped)."""
    if snippet:
        before = text.rfind(snippet, 0, near + len(snippet))
        after = text.find(snippet, near)
        hits = [h for h in (before, after) if h != -1]
        if hits:
            return min(hits, key=lambda h: abs(h - near))
    return max(0, min(near, len(text)))
