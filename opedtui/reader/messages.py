"""Small messages the reader's widgets and workers send to the app."""

from __future__ import annotations

from dataclasses import dataclass

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:  # the engine loads in the extraction worker, after the first screen
    from opedtui.engine import Analysis, Quote, Speaker
    from opedtui.sources.formatting import StyleSpan


@dataclass
class ExtractionProgress(Message):
    """A worker found more quotes (document offsets); ``quotes`` are the new ones."""

    generation: int
    progress: float
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]


@dataclass
class ExtractionDone(Message):
    """The whole document's analysis, replacing every partial result."""

    generation: int
    analysis: Analysis


@dataclass
class ExtractionFailed(Message):
    generation: int
    error: str


@dataclass
class FileChanged(Message):
    """The watched file has new contents (already read and decoded)."""

    text: str
    styles: tuple[StyleSpan, ...] = ()


@dataclass
class FileGone(Message):
    """The watched file can no longer be read."""

    reason: str


@dataclass
class QuoteHighlighted(Message):
    """The user moved the quote list's cursor onto a quote (index in the QuoteSet)."""

    index: int


@dataclass
class QuoteChosen(Message):
    """The user chose a quote (enter or click in the list, click in the article)."""

    index: int
    focus_article: bool = True


@dataclass
class ReadingPosition(Message):
    """The user scrolled the article: ``[start, end)`` is the text now in view."""

    start: int
    end: int


@dataclass
class SpeakerChosen(Message):
    """The user picked a filter: a speaker id, UNATTRIBUTED or None for all."""

    speaker_id: int | None


@dataclass
class SearchChanged(Message):
    query: str


@dataclass
class SearchSubmitted(Message):
    query: str


@dataclass
class SearchClosed(Message):
    pass
