"""``opedtui batch``: many documents in, one line of quotes per document out.

Input is JSON Lines, ``{"id": ..., "text": ...}`` per line; output is one line per
document, in input order, in the format ``shared/eval/score.py`` reads. Work is
streamed: lines are read, analysed (in worker processes with ``jobs > 1``) and
written a bounded window at a time, so a file of any length runs in constant memory.
A bad line is reported with its line number and skipped; the rest still run.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO, BinaryIO, TextIO

from opedtui.engine import extract
from opedtui.export import WriteError, atomic_writer, batch_quote_record, speaker_record

DOCUMENTS_PER_TASK = 8
"""Documents sent to a worker at once: enough to amortise pickling, few enough that
progress and output keep flowing."""
TASKS_IN_FLIGHT_PER_WORKER = 4
"""The bounded window: at most jobs x this many tasks are queued or running."""


class BatchError(Exception):
    """The batch cannot start (unreadable input, refusing to overwrite it)."""


@dataclass(frozen=True, slots=True)
class LineResult:
    """What became of one input line: an output line, or why there is none."""

    line_number: int
    size: int
    output: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class BatchSummary:
    documents: int
    failures: int


def analyse_line(line_number: int, raw: bytes, include_terms: bool = False) -> LineResult:
    """One JSONL line to one output line. Never raises: a failure is the result."""
    size = len(raw)
    try:
        record = json.loads(raw)
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError
        reason = error.msg if isinstance(error, json.JSONDecodeError) else "not valid UTF-8"
        return LineResult(line_number, size, error=f"line {line_number}: not valid JSON ({reason})")
    if not isinstance(record, dict):
        return LineResult(line_number, size, error=f'line {line_number}: expected an object with "id" and "text"')
    text = record.get("text")
    if not isinstance(text, str):
        problem = 'has no "text"' if text is None else '"text" is not a string'
        return LineResult(line_number, size, error=f"line {line_number}: {problem}")
    document_id = record.get("id", line_number)
    try:
        analysis = extract(text)
    except Exception as error:  # one document must not sink the batch
        return LineResult(line_number, size, error=f"line {line_number}: the engine failed: {error!r}")
    quotes = analysis.quotes if include_terms else analysis.quotations
    output = {
        "id": document_id,
        "quotes": [batch_quote_record(q) for q in quotes],
        "speakers": [speaker_record(s) for s in analysis.speakers],
    }
    return LineResult(line_number, size, output=json.dumps(output, ensure_ascii=False))


def analyse_lines(numbered_lines: list[tuple[int, bytes]], include_terms: bool) -> list[LineResult]:
    """A worker's task: several lines, so each round trip carries real work."""
    return [analyse_line(number, raw, include_terms) for number, raw in numbered_lines]


def numbered_lines(stream: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    """Non-blank lines with their 1-based line numbers (blank lines are not documents)."""
    for number, raw in enumerate(stream, start=1):
        if raw.strip():
            yield number, raw


def analyse_stream(
    lines: Iterable[tuple[int, bytes]], *, jobs: int = 1, include_terms: bool = False
) -> Iterator[LineResult]:
    """Results in input order; with ``jobs > 1`` from a process pool, a bounded window ahead."""
    if jobs <= 1:
        for number, raw in lines:
            yield analyse_line(number, raw, include_terms)
        return
    window = jobs * TASKS_IN_FLIGHT_PER_WORKER
    pending: deque[Future[list[LineResult]]] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts_in_worker)
    try:
        iterator = iter(lines)
        while chunk := list(islice(iterator, DOCUMENTS_PER_TASK)):
            pending.append(pool.submit(analyse_lines, chunk, include_terms))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _ignore_interrupts_in_worker() -> None:
    """Ctrl-C is the parent's to handle; workers would each print a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Progress:
    """A one-line progress bar on a terminal; silent anywhere else."""

    def __init__(self, stream: TextIO, total_bytes: int | None, *, interval: float = 0.1) -> None:
        self.stream = stream
        self.total_bytes = total_bytes
        self.interval = interval
        self.started = time.monotonic()
        self.last_drawn = 0.0
        self.done_bytes = 0
        self.documents = 0

    def advance(self, size: int) -> None:
        self.done_bytes += size
        self.documents += 1
        now = time.monotonic()
        if now - self.last_drawn >= self.interval:
            self.last_drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.documents / max(now - self.started, 1e-9)
        counts = f"{self.documents} docs  {rate:,.0f} docs/s"
        if self.total_bytes:
            share = min(self.done_bytes / self.total_bytes, 1.0)
            filled = int(share * 30)
            bar = f"[{'#' * filled}{' ' * (30 - filled)}] {share:4.0%}  "
        else:
            bar = ""
        self.stream.write(f"\r{bar}{counts}\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()


def run_batch(
    input_spec: str,
    output_spec: str | None = None,
    *,
    jobs: int = 1,
    include_terms: bool = False,
    report_error: Callable[[str], None],
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> BatchSummary:
    """Analyse every line of ``input_spec`` (a path or ``-``) into ``output_spec``
    (a path, ``-`` or None for stdout). Bad lines go to ``report_error``."""
    stdout = stdout if stdout is not None else sys.stdout
    stderr = stderr if stderr is not None else sys.stderr
    input_path = None if input_spec == "-" else Path(input_spec)
    output_path = None if output_spec in (None, "-") else Path(output_spec)
    if input_path is not None:
        _check_input(input_path)
        if output_path is not None and _same_file(input_path, output_path):
            raise BatchError(f"refusing to write the output over the input file {input_path}")
    documents = failures = 0
    with _open_input(input_path) as source, _atomic_output(output_path, stdout) as sink:
        total = input_path.stat().st_size if input_path is not None and input_path.is_file() else None
        progress = Progress(stderr, total) if _is_terminal(stderr) else None
        try:
            for result in analyse_stream(numbered_lines(source), jobs=jobs, include_terms=include_terms):
                if result.error is not None:
                    failures += 1
                    if progress is not None:
                        progress.close()
                    report_error(f"{input_spec if input_path else '<stdin>'} {result.error}")
                else:
                    documents += 1
                    sink.write(result.output + "\n")  # type: ignore[operator]
                if progress is not None:
                    progress.advance(result.size)
        finally:
            if progress is not None:
                progress.close()
    return BatchSummary(documents, failures)


def _check_input(path: Path) -> None:
    if path.is_dir():
        raise BatchError(f"{path} is a directory, not a JSON Lines file")
    if not path.exists():
        raise BatchError(f"{path}: no such file")


def _same_file(input_path: Path, output_path: Path) -> bool:
    """Same path after resolving links, or the same inode under another name."""
    if input_path.resolve() == output_path.resolve():
        return True
    try:
        return output_path.exists() and os.path.samefile(input_path, output_path)
    except OSError:
        return False


@contextmanager
def _open_input(path: Path | None) -> Iterator[BinaryIO]:
    if path is None:
        yield sys.stdin.buffer
        return
    try:
        stream = path.open("rb")
    except OSError as error:
        raise BatchError(f"{path}: cannot read ({error.strerror or error})") from None
    with stream:
        yield stream


@contextmanager
def _atomic_output(path: Path | None, stdout: TextIO) -> Iterator[IO[str]]:
    """Standard output, or ``export.atomic_writer``: the file appears whole or not at all."""
    if path is None:
        yield stdout
        stdout.flush()
        return
    with ExitStack() as stack:
        try:
            handle = stack.enter_context(atomic_writer(path))
        except WriteError as error:
            raise BatchError(str(error)) from None
        yield handle


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
