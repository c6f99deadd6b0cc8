"""The ``?`` screen: every key the reader answers to."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Moving around",
        [
            ("tab / shift+tab", "Move focus: article, quotes, speakers"),
            ("j / k, ↓ / ↑", "Scroll the article, or move the selection"),
            ("space / b", "Page down / up"),
            ("g / G", "Top / bottom"),
        ],
    ),
    (
        "Quotes",
        [
            ("] / [", "Next / previous quote, from anywhere"),
            ("} / {", "Next / previous quote by the same speaker"),
            ("enter", "On a quote: show it in the article"),
            ("click", "On a quote: show it in the article"),
            ("y", "Copy the selected quote and its speaker"),
            ("e", "Export the quotes shown (Markdown, JSON, CSV)"),
        ],
    ),
    (
        "Speakers",
        [
            ("enter", "On a speaker: show only their quotes"),
            ("s", "Speaker picker: type to narrow, enter to apply"),
            ("escape", "Clear the filter, or close what is open; then back to the library"),
        ],
    ),
    (
        "Search",
        [
            ("/", "Search the article"),
            ("n / N", "Next / previous match"),
            ("ctrl+p", "Command palette: jump to a speaker or a quote"),
        ],
    ),
    (
        "App",
        [
            ("?", "This help"),
            ("q", "Quit"),
        ],
    ),
]


def help_content() -> Content:
    width = max(len(key) for _, rows in KEYS for key, _ in rows) + 2
    parts: list[Content | tuple[str, str] | str] = []
    for i, (section, rows) in enumerate(KEYS):
        if i:
            parts.append("\n")
        parts.append((section + "\n", "bold $text-accent"))
        for key, text in rows:
            parts.append((f"  {key:<{width}}", "bold $text-primary"))
            parts.append(text + "\n")
    parts.append(("\nPress escape, q or ? to close.", "dim"))
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """A modal list of keys; escape (or q, ?) closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", show=False),
    ]

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        #help {
            width: 72;
            max-width: 100%;
            height: auto;
            max-height: 90%;
            border: round $primary;
            border-title-align: center;
            background: $surface;
            padding: 0 2;
        }
    }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help") as help_box:
            help_box.border_title = "opedtui keys"
            yield Static(help_content())
