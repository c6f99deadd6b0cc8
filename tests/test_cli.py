"""The command line, run in-process through ``main([...])`` (fast), plus a few real
subprocess runs for what only a real process shows: the console script, pipes, exit
statuses."""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from opedtui import __version__, cli
from opedtui.cli import main
from opedtui.engine import extract

ARTICLE = """\
Trump defends trade policy at rally

President Donald Trump told supporters in Ohio on Thursday that his tariffs were working.

"We are winning on trade like never before," Trump said. "Nobody thought it was possible."

Senator Elizabeth Warren, a Democrat from Massachusetts, disagreed. "These tariffs are a tax on working families," Warren said in a statement.

"I will not back down," President Trump told the crowd, adding that the deal was "the best ever made."

The senator said the policy was "a disaster for farmers."
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_error_line(err: str, *fragments: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("opedtui: error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


# -- quotes: formats -----------------------------------------------------------------


def test_text_format_lists_the_quotes(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, out, err = run(capsys, "quotes", str(article), "--width", "200")
    assert (code, err) == (0, "")
    quotations = extract(ARTICLE).quotations
    for quote in quotations:
        assert " ".join(quote.text.split()) in out
    assert out.splitlines()[0].split() == ["SPEAKER", "QUOTE", "CUE"]
    assert out.rstrip().splitlines()[-1].startswith(f"{len(quotations)} quote")


def test_json_format_round_trips(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, out, _ = run(capsys, "quotes", str(article), "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["title"] == "Trump defends trade policy at rally"
    analysis = extract(ARTICLE)
    assert [q["text"] for q in document["quotes"]] == [q.text for q in analysis.quotations]
    assert [s["name"] for s in document["speakers"]] == [s.name for s in analysis.speakers]
    for record in document["quotes"]:
        assert ARTICLE[record["start"] : record["end"]] == record["text"]
        assert record["kind"] != "term"


def test_jsonl_format_is_one_quote_per_line(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, out, _ = run(capsys, "quotes", str(article), "-f", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in records] == [q.text for q in extract(ARTICLE).quotations]


def test_csv_format_parses(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, out, _ = run(capsys, "quotes", str(article), "-f", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["speaker", "quote", "cue", "start", "end", "confidence", "kind"]
    quotations = extract(ARTICLE).quotations
    assert [row[1] for row in rows[1:]] == [q.text for q in quotations]
    assert [(int(row[3]), int(row[4])) for row in rows[1:]] == [(q.start, q.end) for q in quotations]


def test_markdown_format_contains_every_quote(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, out, _ = run(capsys, "quotes", str(article), "-f", "markdown")
    assert code == 0
    assert out.startswith("# Trump defends trade policy at rally\n")
    quotations = extract(ARTICLE).quotations
    assert quotations
    for quote in quotations:
        assert " ".join(quote.text.split()) in out


def test_terms_flag_adds_terms(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    _, out, _ = run(capsys, "quotes", str(article), "-f", "json", "--terms")
    assert len(json.loads(out)["quotes"]) == len(extract(ARTICLE).quotes)


def test_no_path_uses_the_bundled_article(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "quotes", "-f", "json")
    assert code == 0
    assert "New York Times" in json.loads(out)["title"]
    assert json.loads(out)["quotes"]


def test_stdin_dash(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    code, out, _ = run(capsys, "quotes", "-", "-f", "json")
    assert code == 0
    assert len(json.loads(out)["quotes"]) == len(extract(ARTICLE).quotations)


# -- quotes: --speaker ---------------------------------------------------------------


@pytest.mark.parametrize("alias", ["trump", "Donald Trump", "President Trump", "DONALD TRUMP"])
def test_speaker_filter_accepts_any_alias(capsys: pytest.CaptureFixture[str], article: Path, alias: str) -> None:
    """Needs the real engine: the stub finds no speakers, so this fails until it lands."""
    code, out, err = run(capsys, "quotes", str(article), "-f", "json", "--speaker", alias)
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert len(document["speakers"]) == 1
    name = document["speakers"][0]["name"]
    assert "Trump" in name
    texts = [q["text"] for q in document["quotes"]]
    assert {q["speaker"] for q in document["quotes"]} == {name}
    assert any("winning on trade" in t for t in texts)
    assert any("not back down" in t for t in texts)
    assert not any("tax on working families" in t for t in texts)


def test_unknown_speaker_is_one_line_listing_speakers(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, out, err = run(capsys, "quotes", str(article), "--speaker", "Barack Obama")
    assert code == 1 and out == ""
    names = [s.name for s in extract(ARTICLE).speakers]
    assert_one_error_line(err, "'Barack Obama'", *names)


# -- bad input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (None, "no such file"),
        (b"", "is empty"),
        (b"\n \n", "whitespace"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00\x00", "binary"),
    ],
    ids=["missing", "empty", "whitespace", "binary"],
)
def test_bad_files_are_one_line_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes | None, fragment: str
) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    for command in (["quotes", str(path)], [str(path)]):
        code, out, err = run(capsys, *command)
        assert code == 1 and out == ""
        assert_one_error_line(err, fragment)


def test_directory_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "quotes", str(tmp_path))
    assert code == 1
    assert_one_error_line(err, "is a directory")


def test_oversized_file_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(100 * 1024 * 1024)
    code, _, err = run(capsys, "quotes", str(path))
    assert code == 1
    assert_one_error_line(err, "100 MB", "64 MB")


def test_oversized_stdin_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "MAX_DOCUMENT_BYTES", 1000)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'"quote" ' * 1000)))
    code, _, err = run(capsys, "quotes", "-")
    assert code == 1
    assert_one_error_line(err, "<stdin> is larger than")


def test_invalid_utf8_warns_and_continues(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(ARTICLE.encode() + b"\nA stray byte \xff here, \xe2\x80\x9cquoted\xe2\x80\x9d.\n")
    code, out, err = run(capsys, "quotes", str(path), "-f", "json")
    assert code == 0
    assert err.startswith("opedtui: warning: ") and "not valid UTF-8" in err and len(err.splitlines()) == 1
    assert json.loads(out)["quotes"]


def test_windows_1252_and_utf16_give_the_same_quotes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    curly = ARTICLE.replace('"', "\u201c", 1).replace('"', "\u201d", 1) + "Prices rose in the caf\u00e9s.\n"
    outputs = []
    for encoding in ("utf-8", "cp1252", "utf-16"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(curly.encode(encoding))
        code, out, err = run(capsys, "quotes", str(path), "-f", "json")
        assert (code, err) == (0, "")
        outputs.append(json.loads(out)["quotes"])
    assert outputs[0] == outputs[1] == outputs[2]


# -- usage, exit codes, failures -----------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"opedtui {__version__}"


@pytest.mark.parametrize("command", [[], ["quotes"], ["batch"]])
def test_help_has_examples(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    assert "examples:" in out and "opedtui" in out


@pytest.mark.parametrize(
    "argv",
    [["quotes", "-f", "xml"], ["quotes", "--no-such-option"], ["batch"], ["batch", "x.jsonl", "--jobs", "-1"]],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert "error:" in err and "Traceback" not in err


def test_interrupt_exits_130_quietly(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(text: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("opedtui.engine.extract", interrupted)
    code, out, err = run(capsys, "quotes")
    assert (code, out, err) == (130, "", "")


def test_internal_error_is_one_line(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> None:
        raise RuntimeError("engine exploded")

    monkeypatch.setattr("opedtui.engine.extract", broken)
    monkeypatch.delenv(cli.DEBUG_ENVIRONMENT_VARIABLE, raising=False)
    code, _, err = run(capsys, "quotes")
    assert code == 1
    assert_one_error_line(err, "RuntimeError", "engine exploded", cli.DEBUG_ENVIRONMENT_VARIABLE)


# -- the reader command --------------------------------------------------------------


def test_reader_refuses_without_a_terminal(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    code, _, err = run(capsys, str(article))
    assert code == 1
    assert_one_error_line(err, "needs a terminal", "opedtui quotes")


def test_reader_gets_text_title_and_path(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, article: Path
) -> None:
    calls: list[tuple[str, str | None, Path | None]] = []

    def run_reader(text: str, title: str | None = None, path: Path | None = None, styles: object = ()) -> int:
        assert styles == ()  # plain text has no formatting
        calls.append((text, title, path))
        return 7

    monkeypatch.setitem(sys.modules, "opedtui.reader", types.SimpleNamespace(run_reader=run_reader))
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main([str(article)]) == 7
    assert main(["read", str(article)]) == 7
    assert calls == [(ARTICLE, "Trump defends trade policy at rally", article)] * 2


def test_default_command_is_inserted() -> None:
    assert cli.with_default_command([]) == ["read"]
    assert cli.with_default_command(["a.txt"]) == ["read", "a.txt"]
    assert cli.with_default_command(["-"]) == ["read", "-"]
    assert cli.with_default_command(["quotes", "a.txt"]) == ["quotes", "a.txt"]
    assert cli.with_default_command(["--version"]) == ["--version"]


# -- real processes ------------------------------------------------------------------


def opedtui(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "opedtui", *args], input=stdin, capture_output=True, timeout=60, check=False
    )


def test_subprocess_quotes_from_stdin(article: Path) -> None:
    result = opedtui("quotes", "-", "-f", "json", stdin=ARTICLE.encode())
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["quotes"]) == len(extract(ARTICLE).quotations)


def test_subprocess_errors_are_one_line(tmp_path: Path) -> None:
    result = opedtui("quotes", str(tmp_path / "absent.txt"))
    assert result.returncode == 1
    assert result.stderr.decode().count("\n") == 1 and b"Traceback" not in result.stderr
    assert opedtui("quotes", "--format", "xml").returncode == 2


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("opedtui")
    assert script.exists(), "the opedtui console script is not installed in this environment"
    result = subprocess.run([str(script), "--version"], capture_output=True, timeout=60, check=False)
    assert result.stdout.decode().strip() == f"opedtui {__version__}"


def test_broken_pipe_is_quiet(article: Path) -> None:
    """``opedtui quotes | head``: when the reading end is gone, exit quietly (no traceback,
    not even Python's "Exception ignored" at shutdown). The pipe is closed before the
    child writes, since pipe buffers here can swallow megabytes."""
    process = subprocess.Popen(
        [sys.executable, "-m", "opedtui", "quotes", str(article), "-f", "jsonl"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()
    _, stderr = process.communicate(timeout=60)
    assert stderr == b""
    assert process.returncode == cli.EXIT_BROKEN_PIPE


def test_broken_pipe_in_process(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("sys.stdout", ClosedPipe())
    assert main(["quotes"]) == cli.EXIT_BROKEN_PIPE
    assert capsys.readouterr().err == ""


def _default_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_subprocess_interrupt_exits_130(tmp_path: Path) -> None:
    """A real SIGINT mid-batch (workers running, input still open): exit 130, no
    traceback from the parent or the workers, no output file left behind."""
    process = subprocess.Popen(
        [sys.executable, "-m", "opedtui", "batch", "-", "-o", str(tmp_path / "out.jsonl"), "--jobs", "2"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        # A suite started in the background (`make test &`) ignores SIGINT, and
        # a child keeps an ignored signal ignored, as Python does then too.
        preexec_fn=_default_interrupt,
    )
    assert process.stdin is not None
    line = json.dumps({"id": "x", "text": ARTICLE}) + "\n"
    process.stdin.write(line.encode() * 50)
    process.stdin.flush()
    time.sleep(1.5)  # the pool is up and the parent waits for more input
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert b"Traceback" not in stderr
    assert [p.name for p in tmp_path.iterdir()] == []
