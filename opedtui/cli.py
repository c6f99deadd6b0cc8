"""The ``opedtui`` command: the reader, ``quotes`` for plain output, ``batch`` for many.

Every failure a user can cause ends as one line, ``opedtui: error: ...``, with exit
code 1 (2 for a command line argparse rejects, 130 for Ctrl-C); never a traceback.
Textual is imported only when the reader actually starts, so ``quotes`` and ``batch``
start fast and run where no terminal UI could.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from opedtui import __version__

from opedtui.documents import MAX_DOCUMENT_BYTES, Document, DocumentError, is_stdin, load_document
from opedtui.export import FORMATS

PROG = "opedtui"
COMMANDS = ("read", "quotes", "batch")
TOP_LEVEL_FLAGS = ("-h", "--help", "--version")

EXIT_OK = 0
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141
DEBUG_ENVIRONMENT_VARIABLE = "OPEDTUI_DEBUG"


class CliError(Exception):
    """A failure to report as one line, exit code 1."""


MAIN_DESCRIPTION = """\
Read a news article beside every quotation in it and who said it.

With no command, opens the reader on PATH: an article (plain text, Markdown or
HTML), an http(s):// address, - for standard input, or a folder of articles.
Without PATH it opens the bundled example article."""

MAIN_EPILOG = f"""\
commands:
  quotes    print the quotations as a table, JSON, JSON Lines, CSV or Markdown
  batch     analyse a JSON Lines file of documents, one output line each
  read      the reader (the default; use it for a file named like a command)

examples:
  {PROG}                                   read the bundled example article
  {PROG} article.txt                       read an article beside its quotes
  {PROG} notes.md                          Markdown, shown formatted
  {PROG} https://example.com/news/story    a web page's article, without the clutter
  {PROG} saved-articles/                   a library of the articles in a folder
  {PROG} quotes article.txt                list the quotations in a table
  {PROG} quotes article.txt --speaker trump --format markdown
  {PROG} quotes - --format json < article.txt
  {PROG} batch articles.jsonl -o quotes.jsonl --jobs 4

exit codes: 0 success, 1 unreadable input or a failed document,
2 a wrong command line, 130 interrupted.
Run '{PROG} COMMAND --help' for a command's options."""

QUOTES_EPILOG = f"""\
formats:
  text      a table for the terminal: speaker, quote, cue (the default)
  json      {{"title", "speakers": [...], "quotes": [...]}}
  jsonl     one quote per line
  csv       speaker, quote, cue, start, end, confidence, kind
  markdown  the title, a heading per speaker, each quote as a block quote

examples:
  {PROG} quotes                                  the bundled article
  {PROG} quotes article.txt --speaker "President Trump"
  {PROG} quotes article.txt -f csv > quotes.csv
  {PROG} quotes article.txt -f jsonl | jq -r .text
  pbpaste | {PROG} quotes - -f markdown"""

BATCH_EPILOG = f"""\
input:   one JSON object per line, {{"id": ..., "text": ...}} (a missing id becomes
         the line number; blank lines are skipped)
output:  one line per document, in input order:
         {{"id", "quotes": [{{"start", "end", "text", "speaker", "speaker_mention",
         "cue", "kind", "confidence"}}], "speakers": [...]}}

A line that is not JSON, or has no "text", is reported on stderr with its line
number and left out; the other lines still run, and the exit code is then 1.

examples:
  {PROG} batch articles.jsonl > quotes.jsonl
  {PROG} batch articles.jsonl -o quotes.jsonl --jobs 0      all cores
  python3 ../shared/eval/score.py gold.jsonl quotes.jsonl"""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30)


def _whole_number(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None


def _job_count(value: str) -> int:
    jobs = _whole_number(value)
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (all cores) or more")
    return jobs or (os.cpu_count() or 1)


def _width(value: str) -> int:
    width = _whole_number(value)
    if width < 20:
        raise argparse.ArgumentTypeError("must be at least 20 columns")
    return width


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [-h] [--version] [PATH | -]\n       {PROG} {{quotes,batch,read}} ...",
        description=MAIN_DESCRIPTION,
        epilog=MAIN_EPILOG,
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", help=argparse.SUPPRESS)

    path_help = (
        "an article (.txt, .md, .html; other files are sniffed), an http(s):// address, "
        "or - for standard input (default: the bundled example article)"
    )
    read = commands.add_parser(
        "read",
        prog=f"{PROG} read",
        help="open the reader (the default command)",
        description="Open the reader: the article beside its quotations and their speakers.",
        formatter_class=_Formatter,
    )
    read.add_argument("path", nargs="?", metavar="PATH", help=path_help + "; or a folder of articles")

    quotes = commands.add_parser(
        "quotes",
        prog=f"{PROG} quotes",
        help="print the quotations",
        description="Print the quotations in an article and who said them.",
        epilog=QUOTES_EPILOG,
        formatter_class=_Formatter,
    )
    quotes.add_argument("path", nargs="?", metavar="PATH", help=path_help)
    quotes.add_argument(
        "-f", "--format", choices=FORMATS, default="text", metavar="FORMAT",
        help=f"{', '.join(FORMATS)} (default: text)",
    )
    quotes.add_argument(
        "-s", "--speaker", metavar="NAME",
        help="only this speaker's quotes; any name the article uses, case-insensitive",
    )
    quotes.add_argument("--terms", action="store_true", help="include scare quotes, titles and words-as-words")
    quotes.add_argument(
        "-w", "--width", type=_width, metavar="COLUMNS",
        help="table width for --format text (default: the terminal's, else 100)",
    )

    batch = commands.add_parser(
        "batch",
        prog=f"{PROG} batch",
        help="analyse a JSON Lines file of documents",
        description="Find the quotations in every document of a JSON Lines file.",
        epilog=BATCH_EPILOG,
        formatter_class=_Formatter,
    )
    batch.add_argument("input", metavar="IN.jsonl", help="documents, one JSON object per line (- for stdin)")
    batch.add_argument(
        "-o", "--output", metavar="OUT.jsonl",
        help="write here (atomically; never over the input) instead of standard output",
    )
    batch.add_argument(
        "-j", "--jobs", type=_job_count, default=1, metavar="N",
        help="worker processes; 0 means one per core (default: 1)",
    )
    batch.add_argument("--terms", action="store_true", help="include scare quotes and titles (kind 'term')")
    return parser


def with_default_command(argv: Sequence[str]) -> list[str]:
    """``opedtui PATH`` means ``opedtui read PATH``: insert the command when none is given."""
    args = list(argv)
    if args and (args[0] in COMMANDS or args[0] in TOP_LEVEL_FLAGS):
        return args
    return ["read", *args]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code instead of raising (argparse's SystemExit included)."""
    try:
        return _dispatch(sys.argv[1:] if argv is None else argv)
    except SystemExit as exit_request:  # argparse: --help, --version, usage errors
        return exit_request.code if isinstance(exit_request.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as error:  # the last line of defence against a traceback
        from opedtui.batch import BatchError
        from opedtui.export import UnknownSpeakerError

        if isinstance(error, (CliError, DocumentError, BatchError, UnknownSpeakerError)):
            _print_error(_message(error))
        elif os.environ.get(DEBUG_ENVIRONMENT_VARIABLE):
            raise
        else:
            _print_error(
                f"internal error: {type(error).__name__}: {error} "
                f"(set {DEBUG_ENVIRONMENT_VARIABLE}=1 to see the traceback)"
            )
        return EXIT_INPUT_ERROR


def _dispatch(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(with_default_command(argv))
    if args.command == "quotes":
        return _quotes_command(args)
    if args.command == "batch":
        return _batch_command(args)
    return _read_command(args)


def _load(path: str | None) -> Document:
    document = load_document(path, max_bytes=MAX_DOCUMENT_BYTES)
    for warning in document.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return document


def _quotes_command(args: argparse.Namespace) -> int:
    from opedtui.engine import extract
    from opedtui.export import render, select

    document = _load(args.path)
    selection = select(
        extract(document.text),
        include_terms=args.terms,
        speaker=args.speaker,
        title=document.title,
        byline=document.byline,
        date=document.date,
        source_map=document.source_map,
    )
    width = args.width or shutil.get_terminal_size((100, 24)).columns
    sys.stdout.write(render(selection, args.format, width=width))
    sys.stdout.flush()
    return EXIT_OK


def _batch_command(args: argparse.Namespace) -> int:
    from opedtui.batch import run_batch

    summary = run_batch(
        args.input, args.output, jobs=args.jobs, include_terms=args.terms, report_error=_print_error
    )
    if summary.failures:
        total = summary.documents + summary.failures
        _print_error(f"{summary.failures} of {total} lines failed; the other {summary.documents} were written")
        return EXIT_INPUT_ERROR
    return EXIT_OK


def _read_command(args: argparse.Namespace) -> int:
    if _is_directory(args.path):
        return _library_command(Path(args.path))
    document = _load(args.path)
    if not sys.stdout.isatty():
        raise CliError(f"the reader needs a terminal; for plain output use: {PROG} quotes {args.path or ''}".rstrip())
    if document.source == "stdin" and not sys.stdin.isatty():
        _take_keyboard_from_terminal()
    try:
        from opedtui.reader import run_reader
    except ImportError as error:
        raise CliError(f"the reader is not available in this installation ({error})") from None
    return run_reader(document.text, title=document.title, path=document.path, styles=document.styles)


def _is_directory(spec: str | None) -> bool:
    from opedtui.sources.fetch import looks_like_url

    return spec is not None and not is_stdin(spec) and not looks_like_url(spec) and Path(spec).is_dir()


def _library_command(directory: Path) -> int:
    from opedtui.library import library_files

    files = library_files(directory)
    if not files:
        raise CliError(f"{directory} has no articles in it (.txt, .md or .html files)")
    if not sys.stdout.isatty():
        raise CliError(f"the library needs a terminal; for plain output use: {PROG} quotes {files[0]}")
    try:
        from opedtui.reader import run_library
    except ImportError as error:
        raise CliError(f"the reader is not available in this installation ({error})") from None
    return run_library(directory, files)


def _take_keyboard_from_terminal() -> None:
    """After the article came through a pipe, read keys from the terminal, as ``less`` does."""
    try:
        terminal = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise CliError("the article came from standard input and there is no terminal to read keys from") from None
    os.dup2(terminal, 0)
    os.close(terminal)
    sys.stdin = open(0, closefd=False)  # noqa: SIM115 - replaces the exhausted pipe for the reader


def _message(error: Exception) -> str:
    """One line, whatever the exception carried."""
    return " ".join(str(error).split())


def _print_error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def _silence_stdout() -> None:
    """After the reader of a pipe left (``| head``), make the final flush at exit quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    raise SystemExit(main())
