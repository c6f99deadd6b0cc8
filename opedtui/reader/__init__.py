"""The Textual reader. The CLI imports this lazily: only the reader needs Textual."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from opedtui.sources.formatting import StyleSpan


def run_reader(
    text: str, title: str | None = None, path: Path | None = None, styles: Sequence[StyleSpan] = ()
) -> int:
    """Open the reader on ``text`` (watching ``path`` for changes) and return an exit code."""
    from opedtui.reader.app import ReaderApp

    app = ReaderApp(text, title, path, styles=styles)
    result = app.run()
    return app.return_code or (result if isinstance(result, int) else 0)


def run_library(directory: Path, files: list[Path]) -> int:
    """Open the library screen on the articles ``files`` of ``directory``."""
    from opedtui.reader.library_app import LibraryApp

    app = LibraryApp(directory, files)
    result = app.run()
    return app.return_code or (result if isinstance(result, int) else 0)
