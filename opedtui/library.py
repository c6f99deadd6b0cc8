"""A folder of saved articles: which files are articles, and what each one holds.

The reader's library screen lists these summaries (title, quote count, top
speakers) and its command palette searches their speakers. No Textual here, so the
summaries can be computed and tested without a terminal.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from opedtui.documents import FORMAT_OF_SUFFIX, DocumentError, load_document, os_error_line

TOP_SPEAKERS = 3


@dataclass(frozen=True, slots=True)
class SpeakerTally:
    name: str
    aliases: tuple[str, ...]
    quote_count: int


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One file of the library: its title and who is quoted how often, or why it failed."""

    path: Path
    title: str | None = None
    quote_count: int = 0
    speakers: tuple[SpeakerTally, ...] = ()
    """Most-quoted first."""
    error: str | None = None

    def top_speakers(self, count: int = TOP_SPEAKERS) -> tuple[str, ...]:
        return tuple(s.name for s in self.speakers[:count])


def library_files(directory: Path) -> list[Path]:
    """The articles directly in ``directory`` (.txt, .md, .html and their variants), by name.
    Hidden files are left out, as ``ls`` does."""
    try:
        children = list(directory.iterdir())
    except OSError as error:
        raise DocumentError(os_error_line(directory, error, "directory", "list")) from None
    files = [
        child
        for child in children
        if not child.name.startswith(".") and child.suffix.lower() in FORMAT_OF_SUFFIX and child.is_file()
    ]
    return sorted(files, key=lambda p: (p.name.casefold(), p.name))


def summarize(path: Path) -> ArticleSummary:
    """Load and analyse one file; a file that cannot be read gives a summary with ``error``."""
    from opedtui.engine import extract

    try:
        document = load_document(path)
    except DocumentError as error:
        return ArticleSummary(path, error=" ".join(str(error).split()))
    analysis = extract(document.text)
    quotations = analysis.quotations
    counts = Counter(q.speaker_id for q in quotations if q.speaker_id is not None)
    tallies = [
        SpeakerTally(speaker.name, speaker.aliases, counts[speaker.id])
        for speaker in analysis.speakers
        if counts[speaker.id]
    ]
    tallies.sort(key=lambda t: (-t.quote_count, t.name.casefold()))
    return ArticleSummary(path, document.title, len(quotations), tuple(tallies))
