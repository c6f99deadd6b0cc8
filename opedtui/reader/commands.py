"""Command palette (ctrl+p): jump to a speaker or a quote as you type."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from opedtui.reader.document import sanitize
from opedtui.reader.quotes import UNATTRIBUTED, excerpt

if TYPE_CHECKING:
    from opedtui.reader.app import ReaderApp

MAX_QUOTES = 3000
"""Quotes the palette searches (the first in the document); speakers are all searched."""


def highlight(matcher: Matcher, candidate: str) -> Content:
    """``candidate`` as plain text with the matched letters styled.

    Matcher.highlight would read the candidate as markup; article text must not be.
    """
    content = Content(candidate)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    for offset in offsets:
        if not candidate[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


Candidate = tuple[str, Callable[[], None], str]
"""A palette entry: its label, what choosing it does, and a line of help."""


class CandidateProvider(Provider):
    """A palette provider over a list of labelled candidates, fuzzy-matched."""

    def _candidates(self) -> list[Candidate]:
        raise NotImplementedError

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, command, help_text in self._candidates():
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, highlight(matcher, label), command, text=label, help=help_text)


class ReaderCommands(CandidateProvider):
    """Speakers (filter by them) and quotes (go to them)."""

    @property
    def reader(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def _candidates(self) -> list[Candidate]:
        app = self.reader
        quote_set = app.quote_set
        found: list[tuple[str, Callable[[], None], str]] = [
            ("Speaker: All", partial(app.apply_filter, None), "Show every quote")
        ]
        for speaker in quote_set.speakers_by_count():
            name = sanitize(speaker.name)
            count = quote_set.counts.get(speaker.id, 0)
            found.append((f"Speaker: {name}", partial(app.apply_filter, speaker.id), f"{count} quotes"))
        if quote_set.counts.get(UNATTRIBUTED):
            found.append(("Speaker: unattributed", partial(app.apply_filter, UNATTRIBUTED), "Quotes with no speaker"))
        for index, quote in enumerate(quote_set.quotes[:MAX_QUOTES]):
            label = f"Quote: {excerpt(quote.text, 70)} — {sanitize(quote_set.speaker_name(quote))}"
            found.append((label, partial(app.go_to_quote, index, True), "Go to this quote"))
        return found

    async def discover(self) -> Hits:
        for label, command, help_text in self._candidates():
            if label.startswith("Speaker:"):
                yield DiscoveryHit(Content(label), command, text=label, help=help_text)

