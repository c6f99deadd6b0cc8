"""``opedtui DIR``: the reader with a library screen in front of it.

The library lists the folder's articles; enter loads one into the reader below
it, and escape (with nothing else to clear) brings the library back. The command
palette searches every speaker of every article already analysed, and opening
one shows that article filtered to that speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.command import DiscoveryHit, Hits
from textual.content import Content
from textual.message import Message
from textual.screen import Screen

from opedtui.documents import Document
from opedtui.library import ArticleSummary
from opedtui.reader.app import ReaderApp
from opedtui.reader.article_view import ArticleView
from opedtui.reader.commands import Candidate, CandidateProvider
from opedtui.reader.document import derive_title, sanitize
from opedtui.reader.library_screen import LibraryScreen
from opedtui.reader.messages import ExtractionDone
from opedtui.reader.quote_list import QuoteList
from opedtui.reader.quotes import ALL, QuoteSet
from opedtui.reader.speaker_list import SpeakerList

if TYPE_CHECKING:
    from opedtui.reader.search_bar import SearchBar

LIBRARY_SCREEN = "library"
LIBRARY_ACTIONS = frozenset({"quit", "command_palette", "help", "toggle_dark", "focus_next", "focus_previous"})
"""Reader keys that still make sense while the library is on screen."""


@dataclass
class ArticleLoaded(Message):
    document: Document
    speaker: str | None


@dataclass
class ArticleFailed(Message):
    path: Path
    reason: str


class LibrarySpeakers(CandidateProvider):
    """Every speaker in the library: opening one shows their quotes in their article."""

    @property
    def library_app(self) -> LibraryApp:
        return self.app  # type: ignore[return-value]

    def _candidates(self) -> list[Candidate]:
        found: list[Candidate] = []
        for summary in self.library_app.summaries.values():
            title = sanitize(summary.title or summary.path.stem)
            for tally in summary.speakers:
                label = f"Library: {sanitize(tally.name)} in {title}"
                count = f"{tally.quote_count} quote{'s' if tally.quote_count != 1 else ''}"
                command = partial(self.library_app.open_article, summary.path, tally.name)
                found.append((label, command, f"{count} · {sanitize(summary.path.name)}"))
        return found

    async def discover(self) -> Hits:
        for label, command, help_text in self._candidates():
            yield DiscoveryHit(Content(label), command, text=label, help=help_text)


class LibraryApp(ReaderApp):
    """The reader over a folder: the library screen first, an article on enter."""

    COMMANDS = ReaderApp.COMMANDS | {LibrarySpeakers}

    def __init__(self, directory: Path, files: list[Path], **kwargs: object) -> None:
        super().__init__("", sanitize(directory.resolve().name or str(directory)), None, **kwargs)  # type: ignore[arg-type]
        self.directory = directory
        self.files = files
        self.summaries: dict[Path, ArticleSummary] = {}
        self.article_open = False
        self._pending_speaker: str | None = None

    # The reader's widgets live on the bottom screen, under the library -------

    @property
    def reader_screen(self) -> Screen[object]:
        return self.screen_stack[0]

    @property
    def article(self) -> ArticleView:
        return self.reader_screen.query_one("#article", ArticleView)

    @property
    def quote_list(self) -> QuoteList:
        return self.reader_screen.query_one("#quotes", QuoteList)

    @property
    def speaker_list(self) -> SpeakerList:
        return self.reader_screen.query_one("#speakers", SpeakerList)

    @property
    def search_bar(self) -> SearchBar | None:
        from opedtui.reader.search_bar import SearchBar

        return next(self.reader_screen.query("#search").results(SearchBar), None)

    def on_mount(self) -> None:
        # ReaderApp.on_mount runs after this (Textual calls every class's handler).
        self.install_screen(LibraryScreen(self.directory, self.files), LIBRARY_SCREEN)
        self.push_screen(LIBRARY_SCREEN)
        self.set_interval(self.poll_seconds, self._check_open_file, name="file watcher")

    def _check_open_file(self) -> None:
        if self.path is not None:
            self.check_file()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """On the library screen, keys meant for the hidden article do nothing."""
        if isinstance(self.screen, LibraryScreen) and action not in LIBRARY_ACTIONS:
            return False
        return super().check_action(action, parameters)

    # Opening an article ----------------------------------------------------

    def open_article(self, path: Path, speaker: str | None = None) -> None:
        """Load ``path`` into the reader (filtered to ``speaker`` once its quotes are in)."""
        self._load_article(path, speaker)

    @work(thread=True, exclusive=True, exit_on_error=False, group="open")
    def _load_article(self, path: Path, speaker: str | None) -> None:
        from opedtui.documents import DocumentError, load_document

        try:
            document = load_document(path)
        except DocumentError as error:
            self.post_message(ArticleFailed(path, str(error)))
        except Exception as error:
            self.post_message(ArticleFailed(path, f"{type(error).__name__}: {error}"))
        else:
            self.post_message(ArticleLoaded(document, speaker))

    def on_article_failed(self, message: ArticleFailed) -> None:
        self.notify(f"Cannot open {message.path.name}: {message.reason}", severity="error", markup=False, timeout=6)

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        self.show_document(message.document)
        self._pending_speaker = message.speaker
        self.article_open = True
        if isinstance(self.screen, LibraryScreen):
            self.pop_screen()
        self.article.focus()

    def show_document(self, document: Document) -> None:
        """Replace the article on show with ``document``, from the top, unfiltered."""
        self.source_text = document.text
        self.document_title = sanitize(document.title) if document.title else derive_title(document.text)
        self.title = self.document_title
        self.path = document.path
        self.sub_title = document.path.name if document.path else ""
        self._file_stamp = self._stat()
        self._file_gone = False
        self._restore = None
        self.quote_set = QuoteSet()
        self.selected = None
        self.speaker_filter = ALL
        self.article.load(document.text, keep_offset=0, styles=document.styles)
        self._clear_search()
        self._start_extraction()
        self._refresh_views()

    def on_extraction_done(self, message: ExtractionDone) -> None:
        # Runs before ReaderApp's handler has shown the quotes: filter just after.
        if message.generation == self.generation and self._pending_speaker is not None:
            self.call_later(self._apply_pending_speaker)

    def _apply_pending_speaker(self) -> None:
        name, self._pending_speaker = self._pending_speaker, None
        if name is None:
            return
        for speaker in self.quote_set.speakers.values():
            if speaker.answers_to(name) and self.quote_set.counts.get(speaker.id):
                self.apply_filter(speaker.id)
                return

    # Back to the library ---------------------------------------------------

    def action_escape(self) -> None:
        """Clear what is open first (the find bar, a search, a filter); then the library."""
        bar = self.search_bar
        if (bar is not None and bar.is_open) or self.search_query or self.speaker_filter is not ALL:
            super().action_escape()
        elif not isinstance(self.screen, LibraryScreen):
            self.push_screen(LIBRARY_SCREEN)
