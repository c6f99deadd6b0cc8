"""The quotes the reader shows, and what it can ask of them. No Textual here.

A :class:`QuoteSet` holds the quotations of one analysis (scare quotes and
titles left out) in document order, gives each speaker a colour, filters by
speaker and answers the navigation questions the keys ask (next quote, next by
the same speaker, first quote in view, quote under the mouse).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING

from opedtui.reader.document import sanitize

if TYPE_CHECKING:  # the engine loads in the extraction worker, after the first screen
    from opedtui.engine import Quote, Speaker

ALL: None = None
"""Filter value that shows every quote."""
UNATTRIBUTED = -1
"""Filter value (a pseudo speaker id) for quotes the engine could not attribute."""
UNATTRIBUTED_LABEL = "unattributed"

SPEAKER_COLOURS = (
    "#f4b860",  # amber
    "#6cb6ff",  # blue
    "#8ddb8c",  # green
    "#dcbdfb",  # lavender
    "#ff938a",  # salmon
    "#56d4dd",  # cyan
    "#f0a0d8",  # pink
    "#c8c864",  # olive
    "#ffb347",  # orange
    "#9fb6ff",  # periwinkle
)
UNATTRIBUTED_COLOUR = "#a8a8a8"

Filter = int | None


class QuoteSet:
    """Quotations of a document, in order, with their speakers."""

    def __init__(self, quotes: Iterable[Quote] = (), speakers: Iterable[Speaker] = ()) -> None:
        self.quotes: list[Quote] = sorted((q for q in quotes if q.is_quotation), key=lambda q: q.outer_start)
        self.starts = [q.outer_start for q in self.quotes]
        # Running maximum of ends: every quote before the first index whose
        # running end exceeds an offset ends at or before that offset.
        self._max_ends = list(accumulate((q.outer_end for q in self.quotes), max))
        self.speakers: dict[int, Speaker] = {s.id: s for s in speakers}
        self.counts: dict[int, int] = {}
        self._colour: dict[int, str] = {}
        for quote in self.quotes:
            key = UNATTRIBUTED if quote.speaker_id is None else quote.speaker_id
            self.counts[key] = self.counts.get(key, 0) + 1
            if key != UNATTRIBUTED and key not in self._colour:
                self._colour[key] = SPEAKER_COLOURS[len(self._colour) % len(SPEAKER_COLOURS)]

    def __len__(self) -> int:
        return len(self.quotes)

    # Speakers --------------------------------------------------------------

    def colour(self, quote: Quote) -> str:
        """The colour a quote is drawn in, the same in the article and the lists."""
        if quote.speaker_id is None:
            return UNATTRIBUTED_COLOUR
        return self._colour.get(quote.speaker_id, UNATTRIBUTED_COLOUR)

    def speaker_colour(self, speaker_id: int) -> str:
        if speaker_id == UNATTRIBUTED:
            return UNATTRIBUTED_COLOUR
        return self._colour.get(speaker_id, UNATTRIBUTED_COLOUR)

    def speaker_name(self, quote: Quote) -> str:
        if quote.speaker_id is None and not quote.speaker:
            return UNATTRIBUTED_LABEL
        speaker = self.speakers.get(quote.speaker_id) if quote.speaker_id is not None else None
        return speaker.name if speaker else (quote.speaker or UNATTRIBUTED_LABEL)

    def filter_name(self, flt: Filter) -> str:
        if flt is ALL:
            return "all speakers"
        if flt == UNATTRIBUTED:
            return UNATTRIBUTED_LABEL
        speaker = self.speakers.get(flt)
        return speaker.name if speaker else "unknown speaker"

    def speakers_by_count(self) -> list[Speaker]:
        """Speakers with at least one quotation, most quoted first."""
        present = [s for s in self.speakers.values() if self.counts.get(s.id)]
        return sorted(present, key=lambda s: (-self.counts[s.id], s.name.casefold()))

    # Filtering -------------------------------------------------------------

    def matches(self, index: int, flt: Filter) -> bool:
        if flt is ALL:
            return True
        speaker_id = self.quotes[index].speaker_id
        return speaker_id == flt or (flt == UNATTRIBUTED and speaker_id is None)

    def shown(self, flt: Filter) -> list[int]:
        """Indices of the quotes a filter lets through."""
        if flt is ALL:
            return list(range(len(self.quotes)))
        if flt == UNATTRIBUTED:
            return [i for i, q in enumerate(self.quotes) if q.speaker_id is None]
        return [i for i, q in enumerate(self.quotes) if q.speaker_id == flt]

    # Positions -------------------------------------------------------------

    def overlapping(self, start: int, end: int) -> range:
        """Indices of quotes that may overlap ``[start, end)`` (check each)."""
        first = bisect_right(self._max_ends, start)
        last = bisect_left(self.starts, end)
        return range(first, max(first, last))

    def at_offset(self, offset: int) -> int | None:
        """The quote whose marks or words are at ``offset``."""
        for i in self.overlapping(offset, offset + 1):
            quote = self.quotes[i]
            if quote.outer_start <= offset < quote.outer_end:
                return i
        return None

    def first_in_view(self, start: int, end: int, shown: Sequence[int]) -> int | None:
        """Position in ``shown`` of the first listed quote overlapping ``[start, end)``."""
        for i in self.overlapping(start, end):
            quote = self.quotes[i]
            if quote.outer_end > start and quote.outer_start < end:
                pos = bisect_left(shown, i)
                if pos < len(shown) and shown[pos] == i:
                    return pos
        return None

    @staticmethod
    def same_speaker_step(quotes: Sequence[Quote], index: int, step: int) -> int | None:
        """Index of the next (step 1) or previous (-1) quote by ``quotes[index]``'s speaker."""
        speaker_id = quotes[index].speaker_id
        i = index + step
        while 0 <= i < len(quotes):
            if quotes[i].speaker_id == speaker_id:
                return i
            i += step
        return None


def excerpt(text: str, limit: int = 600) -> str:
    """A quote's words on one line, whitespace collapsed, cut at ``limit``."""
    words = " ".join(sanitize(text[: limit + 50]).split())
    return words if len(words) <= limit else words[: limit - 1] + "…"
