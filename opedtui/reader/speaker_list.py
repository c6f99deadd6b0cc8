"""The speakers pane: "All", then each speaker with their quote count and role."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from opedtui.reader.document import sanitize
from opedtui.reader.messages import SpeakerChosen
from opedtui.reader.quotes import ALL, UNATTRIBUTED, UNATTRIBUTED_LABEL, Filter, QuoteSet

ALL_ID = "all"


def option_id(speaker_id: Filter) -> str:
    return ALL_ID if speaker_id is ALL else f"speaker-{speaker_id}"


def speaker_of(option_id_: str | None) -> Filter:
    if not option_id_ or option_id_ == ALL_ID:
        return ALL
    return int(option_id_.removeprefix("speaker-"))


def speaker_options(quote_set: QuoteSet) -> list[Option]:
    """One option per speaker (most quoted first), unattributed quotes last, after All."""
    total = len(quote_set)
    options = [Option(Content.assemble(("All", "bold"), f"  {total}"), id=ALL_ID)]
    for speaker in quote_set.speakers_by_count():
        colour = quote_set.speaker_colour(speaker.id)
        parts: list[Content | tuple[str, str] | str] = [
            ("● ", colour),
            (sanitize(speaker.name), f"bold {colour}"),
            f"  {quote_set.counts[speaker.id]}",
        ]
        if speaker.role:
            parts.append(("\n  " + sanitize(speaker.role), "dim italic"))
        options.append(Option(Content.assemble(*parts), id=option_id(speaker.id)))
    unattributed = quote_set.counts.get(UNATTRIBUTED, 0)
    if unattributed:
        colour = quote_set.speaker_colour(UNATTRIBUTED)
        options.append(
            Option(
                Content.assemble(("● ", colour), (UNATTRIBUTED_LABEL, f"italic {colour}"), f"  {unattributed}"),
                id=option_id(UNATTRIBUTED),
            )
        )
    return options


class SpeakerList(OptionList):
    """Pick a speaker (enter) to filter the quotes by them."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
        Binding("space", "page_down", "Page down", show=False),
        Binding("b", "page_up", "Page up", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._signature: tuple[object, ...] = ()

    def show_speakers(self, quote_set: QuoteSet, active: Filter) -> None:
        """Refill the list (only when its contents change) and mark the active filter."""
        signature = tuple(
            (s.id, s.name, s.role, quote_set.counts.get(s.id), quote_set.speaker_colour(s.id))
            for s in quote_set.speakers_by_count()
        ) + (len(quote_set), quote_set.counts.get(UNATTRIBUTED, 0))
        if signature != self._signature:
            self._signature = signature
            highlighted = self.highlighted_option.id if self.highlighted_option else None
            self.set_options(speaker_options(quote_set))
            self._highlight(highlighted)
        self.mark_active(active)

    def _highlight(self, option_id_: str | None) -> None:
        try:
            self.highlighted = self.get_option_index(option_id_ or ALL_ID)
        except Exception:
            self.highlighted = 0 if self.option_count else None

    def mark_active(self, active: Filter) -> None:
        self._highlight(option_id(active))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(SpeakerChosen(speaker_of(event.option.id)))

