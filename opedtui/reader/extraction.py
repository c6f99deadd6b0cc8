"""Running the engine so the quote list can fill in as it goes.

A long document is cut into paragraph-aligned chunks; each chunk's quotes are
handed out (with document offsets) as soon as they are found, then the analysis
of the whole document replaces them, so attributions that need context from an
earlier chunk come out right in the end. No Textual here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from opedtui.engine import Analysis, Quote, Speaker

CHUNK_SIZE = 200_000
"""Characters per chunk (about 200 KB of prose)."""
PROCESS_MIN_CHARS = 1_000_000
"""From this length on, extraction runs in a child process (see ``iter_extraction_in_process``)."""
_POLL_SECONDS = 0.05


def chunk_bounds(text: str, size: int = CHUNK_SIZE) -> list[tuple[int, int]]:
    """Split ``text`` into ``(start, end)`` pieces of about ``size`` characters.

    Cuts fall on a blank line when there is one in the second half of a piece,
    else on a line break, else anywhere.
    """
    length = len(text)
    bounds: list[tuple[int, int]] = []
    pos = 0
    while length - pos > size:
        limit = pos + size
        half = pos + size // 2
        cut = text.rfind("\n\n", half, limit)
        if cut != -1:
            cut += 2
        else:
            cut = text.rfind("\n", half, limit)
            cut = cut + 1 if cut != -1 else limit
        bounds.append((pos, cut))
        pos = cut
    bounds.append((pos, length))
    return bounds


def _shift_span(span: tuple[int, int] | None, delta: int) -> tuple[int, int] | None:
    return None if span is None else (span[0] + delta, span[1] + delta)


def shift_quote(quote: Quote, delta: int, speaker_id: int | None) -> Quote:
    """``quote`` found in a chunk, moved to document offsets."""
    return replace(
        quote,
        start=quote.start + delta,
        end=quote.end + delta,
        outer_start=quote.outer_start + delta,
        outer_end=quote.outer_end + delta,
        speaker_mention=_shift_span(quote.speaker_mention, delta),
        cue_span=_shift_span(quote.cue_span, delta),
        speaker_id=speaker_id,
    )


class SpeakerMerger:
    """Speakers of several chunks, one per name, with running quote counts."""

    def __init__(self) -> None:
        self._by_name: dict[str, Speaker] = {}

    def add(self, chunk: Analysis, delta: int) -> list[Quote]:
        """Merge ``chunk``'s speakers in and return its quotes in document terms."""
        from opedtui.engine import Speaker

        id_map: dict[int, int] = {}
        for speaker in chunk.speakers:
            known = self._by_name.get(speaker.name)
            if known is None:
                known = Speaker(len(self._by_name), speaker.name, speaker.aliases, speaker.role, 0)
            else:
                aliases = known.aliases + tuple(a for a in speaker.aliases if a not in known.aliases)
                known = replace(known, aliases=aliases, role=known.role or speaker.role)
            self._by_name[speaker.name] = known
            id_map[speaker.id] = known.id
        quotes = []
        counts: dict[int, int] = {}
        for quote in chunk.quotes:
            new_id = None if quote.speaker_id is None else id_map.get(quote.speaker_id)
            if new_id is not None and quote.is_quotation:
                counts[new_id] = counts.get(new_id, 0) + 1
            quotes.append(shift_quote(quote, delta, new_id))
        for name, speaker in self._by_name.items():
            if speaker.id in counts:
                self._by_name[name] = replace(speaker, quote_count=speaker.quote_count + counts[speaker.id])
        return quotes

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        return tuple(self._by_name.values())


@dataclass(frozen=True)
class Partial:
    """Quotes found so far: ``quotes`` are new since the previous Partial."""

    progress: float
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]


def iter_extraction(
    text: str,
    extract: Callable[[str], Analysis],
    chunk_size: int = CHUNK_SIZE,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[Partial | Analysis]:
    """Partials chunk by chunk (for long texts), then the whole-document Analysis.

    Stops early, yielding nothing more, once ``cancelled()`` is true.
    """
    bounds = chunk_bounds(text, chunk_size)
    if len(bounds) > 1:
        merger = SpeakerMerger()
        # The chunks then the whole document: count the whole as much as the chunks.
        total = 2 * len(text)
        for start, end in bounds:
            if cancelled():
                return
            quotes = merger.add(extract(text[start:end]), start)
            yield Partial(end / total, tuple(quotes), merger.speakers)
    if cancelled():
        return
    yield extract(text)


class ExtractionError(RuntimeError):
    """The engine failed in the child process; the message says how."""


def iter_extraction_in_process(
    text: str,
    chunk_size: int = CHUNK_SIZE,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[Partial | Analysis]:
    """``iter_extraction`` with the engine, run in a child process.

    A thread running the engine holds Python's interpreter lock most of the
    time, and the UI thread waits for it each time it wakes: on a document of
    megabytes that showed as stalls of a few hundred milliseconds. A child
    process has its own interpreter, and this side only waits on a pipe.
    Starting one costs about a tenth of a second, so short documents stay in
    the thread. (A plain subprocess, not ``multiprocessing``: that needs a real
    ``sys.stderr``, which Textual replaces while it runs.)
    """
    import os
    import pickle
    import subprocess
    import sys
    from pathlib import Path

    import opedtui

    package_root = str(Path(opedtui.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "opedtui.reader.extraction", str(chunk_size)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
    except OSError:  # no interpreter to start (a frozen build, a sandbox): do it here
        from opedtui.engine import extract

        yield from iter_extraction(text, extract, chunk_size, cancelled)
        return
    assert child.stdin is not None and child.stdout is not None
    try:
        pickle.dump(text, child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        child.stdin.close()
        while not cancelled():
            try:
                item = pickle.load(child.stdout)
            except EOFError:
                raise ExtractionError(f"the extraction process stopped (exit code {child.wait()})") from None
            if isinstance(item, _Failure):
                raise ExtractionError(item.message)
            if cancelled():
                return
            yield item
            if not isinstance(item, Partial):
                return
    except BrokenPipeError:
        raise ExtractionError(f"the extraction process stopped (exit code {child.wait()})") from None
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        child.stdout.close()


@dataclass(frozen=True)
class _Failure:
    message: str


def _serve_extraction(chunk_size: int) -> None:
    """The child process: read the text from stdin, write the stream to stdout."""
    import pickle
    import sys

    from opedtui.engine import extract

    text = pickle.load(sys.stdin.buffer)
    out = sys.stdout.buffer
    try:
        for item in iter_extraction(text, extract, chunk_size):
            pickle.dump(item, out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
    except Exception as error:  # reported by the parent, which owns the screen
        pickle.dump(_Failure(f"{type(error).__name__}: {error}"), out)
        out.flush()


if __name__ == "__main__":
    import sys

    # Through the module's own name, so what is pickled names its real classes.
    from opedtui.reader.extraction import _serve_extraction as serve

    serve(int(sys.argv[1]))
