"""The ``s`` picker: type to narrow the speakers, enter to filter by one."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList

from opedtui.reader.quotes import UNATTRIBUTED_LABEL, Filter, QuoteSet
from opedtui.reader.speaker_list import speaker_of, speaker_options


@dataclass(frozen=True)
class Picked:
    """The picker's answer: the filter to apply."""

    speaker_id: Filter


def _haystack(quote_set: QuoteSet, option_id: str | None) -> str:
    speaker_id = speaker_of(option_id)
    if speaker_id is None:
        return "all"
    speaker = quote_set.speakers.get(speaker_id)
    if speaker is None:
        return UNATTRIBUTED_LABEL
    return " ".join([speaker.name, *speaker.aliases, speaker.role or ""]).casefold()


class SpeakerPicker(ModalScreen[Picked | None]):
    """A filterable list of speakers over the reader."""

    BINDINGS = [
        Binding("escape", "cancel", "Close", show=False),
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
    ]

    DEFAULT_CSS = """
    SpeakerPicker {
        align: center middle;
        #picker {
            width: 60;
            max-width: 100%;
            height: auto;
            max-height: 80%;
            border: round $primary;
            border-title-align: center;
            background: $surface;
        }
        Input { margin: 0 0 1 0; }
        OptionList { height: auto; max-height: 20; border: none; text-wrap: nowrap; text-overflow: ellipsis; }
    }
    """

    def __init__(self, quote_set: QuoteSet) -> None:
        super().__init__()
        self.quote_set = quote_set
        self._all = speaker_options(quote_set)

    def compose(self) -> ComposeResult:
        with Vertical(id="picker") as box:
            box.border_title = "Filter by speaker"
            yield Input(placeholder="type a name", id="picker-input")
            yield OptionList(*self._all, id="picker-list", markup=False)

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = 0
        self.query_one(Input).focus()

    @on(Input.Changed)
    def narrow(self, event: Input.Changed) -> None:
        words = event.value.casefold().split()
        options = [o for o in self._all if all(w in _haystack(self.quote_set, o.id) for w in words)]
        option_list = self.query_one(OptionList)
        option_list.set_options(options)
        option_list.highlighted = 0 if options else None

    def action_move(self, step: int) -> None:
        option_list = self.query_one(OptionList)
        option_list.action_cursor_down() if step > 0 else option_list.action_cursor_up()

    @on(Input.Submitted)
    def apply(self) -> None:
        option = self.query_one(OptionList).highlighted_option
        if option is not None:
            self.dismiss(Picked(speaker_of(option.id)))

    @on(OptionList.OptionSelected)
    def clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(Picked(speaker_of(event.option.id)))

    def action_cancel(self) -> None:
        self.dismiss(None)
