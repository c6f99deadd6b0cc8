"""``opedtui batch``: order kept across workers, bad lines reported by number while the
rest run, the input never overwritten, the output written atomically."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from opedtui import batch
from opedtui.batch import BatchError, Progress, analyse_stream, run_batch
from opedtui.cli import main
from opedtui.engine import Analysis, Quote, extract
from opedtui.export import batch_quote_record

BATCH_QUOTE_KEYS = {"start", "end", "text", "speaker", "speaker_mention", "cue", "kind", "confidence"}


def document_text(number: int) -> str:
    """Documents that differ in how many quotes they hold, so a reordering shows."""
    quotes = " ".join(f'"Statement {number}.{k} from the minister," she said.' for k in range(number % 5))
    return f"Report number {number}.\n\nThe agency published figures today. {quotes}\n"


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def documents(count: int) -> list[str]:
    return [json.dumps({"id": f"doc-{n}", "text": document_text(n)}) for n in range(count)]


def read_output(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def expected_record(number: int) -> dict[str, object]:
    analysis = extract(document_text(number))
    return {
        "id": f"doc-{number}",
        "quotes": [batch_quote_record(q) for q in analysis.quotations],
        "speakers": json.loads(json.dumps([
            {"name": s.name, "aliases": list(s.aliases), "role": s.role, "quote_count": s.quote_count}
            for s in analysis.speakers
        ])),
    }


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_output_is_in_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", documents(50))
    target = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(target), "--jobs", jobs]) == 0
    assert capsys.readouterr() == ("", "")
    records = read_output(target)
    assert [r["id"] for r in records] == [f"doc-{n}" for n in range(50)]
    assert records == [json.loads(json.dumps(expected_record(n))) for n in range(50)]
    for record in records:
        for quote in record["quotes"]:  # type: ignore[attr-defined]
            assert set(quote) == BATCH_QUOTE_KEYS


def test_stdout_when_no_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", documents(3))
    assert main(["batch", str(source)]) == 0
    out = capsys.readouterr().out
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["doc-0", "doc-1", "doc-2"]


def test_bad_lines_are_reported_by_number_and_the_rest_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = documents(4)
    lines = [good[0], "{not json", good[1], "", json.dumps({"id": "no-text"}), json.dumps([1, 2]), good[2],
             json.dumps({"id": "n", "text": 5}), good[3]]
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    target = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "-o", str(target), "--jobs", "2"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert [r["id"] for r in read_output(target)] == ["doc-0", "doc-1", "doc-2", "doc-3"]
    assert len(err) == 5 and all(line.startswith("opedtui: error: ") for line in err)
    assert "line 2: not valid JSON" in err[0]
    assert 'line 5: has no "text"' in err[1]
    assert "line 6: expected an object" in err[2]
    assert 'line 8: "text" is not a string' in err[3]
    assert "4 of 8 lines failed" in err[4]


def test_invalid_utf8_line_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(documents(1)[0].encode() + b'\n{"id": "x", "text": "caf\xe9"}\n')
    assert main(["batch", str(source)]) == 1
    captured = capsys.readouterr()
    assert "line 2: not valid JSON (not valid UTF-8)" in captured.err
    assert len(captured.out.splitlines()) == 1


def test_missing_id_becomes_the_line_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", ["", json.dumps({"text": 'He said "hi" twice.'})])
    assert main(["batch", str(source)]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == 2


def test_terms_only_with_the_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    text = 'So-called "experts" said "no".'

    def fake_extract(document: str) -> Analysis:
        term = Quote(11, 18, "experts", "term", None, None, None, None, None, 0.9, 10, 19)
        speech = Quote(26, 28, "no", "direct", None, None, None, "said", None, 0.9, 25, 29)
        return Analysis(document, (term, speech))

    monkeypatch.setattr(batch, "extract", fake_extract)
    source = write_jsonl(tmp_path / "in.jsonl", [json.dumps({"id": 1, "text": text})])
    main(["batch", str(source)])
    assert [q["kind"] for q in json.loads(capsys.readouterr().out)["quotes"]] == ["direct"]
    main(["batch", str(source), "--terms"])
    assert [q["kind"] for q in json.loads(capsys.readouterr().out)["quotes"]] == ["term", "direct"]


def test_refuses_to_overwrite_the_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", documents(2))
    before = source.read_bytes()
    (tmp_path / "link.jsonl").symlink_to(source)
    os.link(source, tmp_path / "hard.jsonl")
    for same in (source, tmp_path / "." / "in.jsonl", tmp_path / "link.jsonl", tmp_path / "hard.jsonl"):
        assert main(["batch", str(source), "-o", str(same)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "refusing to write the output over the input" in err
    assert source.read_bytes() == before


def test_output_is_replaced_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch that dies half-way leaves the previous output whole and no temp file."""
    source = write_jsonl(tmp_path / "in.jsonl", documents(20))
    target = tmp_path / "out.jsonl"
    target.write_text("previous run\n", encoding="utf-8")
    real_stream = batch.analyse_stream

    def dies_half_way(*args: object, **kwargs: object) -> Iterator[batch.LineResult]:
        for count, result in enumerate(real_stream(*args, **kwargs)):  # type: ignore[arg-type]
            if count == 10:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(batch, "analyse_stream", dies_half_way)
    assert main(["batch", str(source), "-o", str(target)]) == 130
    assert target.read_text(encoding="utf-8") == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]
    monkeypatch.setattr(batch, "analyse_stream", real_stream)
    assert main(["batch", str(source), "-o", str(target)]) == 0
    assert len(read_output(target)) == 20
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]
    assert target.stat().st_mode & 0o777 == 0o666 & ~current_umask()


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.parametrize(
    ("setup", "fragment"),
    [("missing", "no such file"), ("directory", "is a directory"), ("no-output-dir", "does not exist")],
)
def test_unusable_paths_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str, fragment: str) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", documents(1))
    argv = {
        "missing": ["batch", str(tmp_path / "absent.jsonl")],
        "directory": ["batch", str(tmp_path)],
        "no-output-dir": ["batch", str(source), "-o", str(tmp_path / "nowhere" / "out.jsonl")],
    }[setup]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and fragment in err


def test_stream_reads_only_a_bounded_window_ahead() -> None:
    """With workers, input is consumed at most a window ahead of the output: memory
    stays bounded however long the file is."""
    consumed = 0

    def lines() -> Iterator[tuple[int, bytes]]:
        nonlocal consumed
        for number in range(1, 2001):
            consumed += 1
            yield number, json.dumps({"id": number, "text": "x"}).encode()

    jobs = 2
    window = jobs * batch.TASKS_IN_FLIGHT_PER_WORKER * batch.DOCUMENTS_PER_TASK
    results = analyse_stream(lines(), jobs=jobs)
    for expected_number, result in enumerate(results, start=1):
        assert result.line_number == expected_number
        assert consumed - expected_number <= window + batch.DOCUMENTS_PER_TASK
    assert consumed == 2000


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    source = write_jsonl(tmp_path / "in.jsonl", documents(5))
    quiet, terminal = io.StringIO(), Terminal()
    run_batch(str(source), str(tmp_path / "a.jsonl"), report_error=print, stderr=quiet)
    assert quiet.getvalue() == ""
    progress = Progress(terminal, total_bytes=100, interval=0)
    progress.advance(50)
    assert "50%" in terminal.getvalue() and "1 docs" in terminal.getvalue()
    progress.close()
    assert terminal.getvalue().endswith("\r\x1b[K")


def test_run_batch_raises_batch_error_for_same_file(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", documents(1))
    with pytest.raises(BatchError):
        run_batch(str(source), str(source), report_error=print)
