"""The Textual reader. The CLI imports this lazily: only the reader needs Textual."""

from __future__ import annotations

from pathlib import Path


def run_reader(text: str, title: str | None = None, path: Path | None = None) -> int:
    """Open the reader on ``text`` (watching ``path`` for changes) and return an exit code."""
    from opedtui.reader.app import ReaderApp

    app = ReaderApp(text, title, path)
    result = app.run()
    return app.return_code or (result if isinstance(result, int) else 0)
