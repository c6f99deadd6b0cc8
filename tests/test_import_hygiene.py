"""The engine, the CLI's ``quotes`` and ``batch`` never load Textual: they start fast and
run in batch jobs with no terminal. Checked in a fresh interpreter, since this test
process may well have imported Textual for the reader's tests."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

HEADLESS_MODULES = (
    "opedtui.engine",
    "opedtui.cli",
    "opedtui.documents",
    "opedtui.export",
    "opedtui.batch",
    "opedtui.library",
    "opedtui.sources.markdown",
    "opedtui.sources.html",
    "opedtui.sources.fetch",
)


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.parametrize("module", HEADLESS_MODULES)
def test_importing_does_not_load_textual(module: str) -> None:
    result = run_python(f"""
        import sys
        import {module}
        loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith(("textual.", "opedtui.reader")))
        assert not loaded, loaded
    """)
    assert result.returncode == 0, result.stderr


def test_running_the_engine_does_not_load_textual() -> None:
    """The package loads its names on first use, so importing it alone proves little."""
    result = run_python("""
        import sys
        from opedtui.engine import Analysis, extract
        assert isinstance(extract('"We will win," the mayor said.'), Analysis)
        loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith(("textual.", "opedtui.reader")))
        assert not loaded, loaded
    """)
    assert result.returncode == 0, result.stderr


def test_the_readers_first_screen_does_not_wait_for_the_rules() -> None:
    """The reader draws the article before its worker imports the engine's
    rules: the modules it needs first (the article's reflowing among them,
    which lives in the engine package) must not pull the rules in."""
    result = run_python("""
        import sys
        from opedtui.documents import load_document
        from opedtui.reader.app import ReaderApp
        loaded = sorted(m for m in sys.modules if m.startswith("opedtui.engine.") and m != "opedtui.engine.wrapping")
        assert not loaded, loaded
    """)
    assert result.returncode == 0, result.stderr


def test_quotes_and_batch_commands_do_not_load_textual(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text('Headline\n\n"We will win," the mayor said. Critics called it "a joke."\n', encoding="utf-8")
    documents = tmp_path / "in.jsonl"
    documents.write_text(
        "".join(json.dumps({"id": n, "text": f'"Quote {n}," she said.'}) + "\n" for n in range(20)), encoding="utf-8"
    )
    result = run_python(f"""
        import sys
        from opedtui.cli import main
        for fmt in ("text", "json", "jsonl", "csv", "markdown"):
            assert main(["quotes", {str(article)!r}, "--format", fmt]) == 0
        assert main(["quotes", "--format", "json"]) == 0  # the bundled article
        assert main(["batch", {str(documents)!r}, "-o", {str(tmp_path / "out.jsonl")!r}, "--jobs", "2"]) == 0
        loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith(("textual.", "rich.", "opedtui.reader")))
        assert not loaded, loaded
    """)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 20


def test_trafilatura_loads_only_for_html(tmp_path: Path) -> None:
    """It costs a third of a second to import: text and Markdown must not pay for it."""
    (tmp_path / "a.txt").write_text('"Yes," she said.\n', encoding="utf-8")
    (tmp_path / "b.md").write_text('# Title\n\n"Yes," *she* said.\n', encoding="utf-8")
    (tmp_path / "c.html").write_text(
        "<html><body><article><p>" + '"Yes," she said at the meeting on Monday evening. ' * 5 + "</p></article></body></html>",
        encoding="utf-8",
    )
    result = run_python(f"""
        import sys
        from opedtui.documents import load_document
        load_document({str(tmp_path / "a.txt")!r})
        load_document({str(tmp_path / "b.md")!r})
        assert "trafilatura" not in sys.modules
        load_document({str(tmp_path / "c.html")!r})
        assert "trafilatura" in sys.modules
        loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith(("textual.", "opedtui.reader")))
        assert not loaded, loaded
    """)
    assert result.returncode == 0, result.stderr
