"""Quotes out of the program: a terminal table, JSON, JSON Lines, CSV and Markdown.

One module for every consumer: ``opedtui quotes``, ``opedtui batch`` and the reader's
export command all turn an ``Analysis`` into a ``Selection`` and render it here, so
the formats cannot drift apart; ``atomic_writer`` is how the reader and ``batch -o``
put a file in place. Pure functions over engine values; no Textual.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import tempfile
import textwrap
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from opedtui.engine import Analysis, Quote, Speaker

if TYPE_CHECKING:
    from opedtui.sources.markdown import SourceMap

UNATTRIBUTED = "unattributed"
FORMATS = ("text", "json", "jsonl", "csv", "markdown")
FILE_FORMATS = ("markdown", "json", "csv")
"""What the reader's export offers: one for reading, one for programs, one for spreadsheets."""
EXTENSIONS = {"markdown": ".md", "json": ".json", "jsonl": ".jsonl", "csv": ".csv", "text": ".txt"}
CSV_COLUMNS = ("speaker", "quote", "cue", "start", "end", "confidence", "kind")
DEFAULT_WIDTH = 100
_NARROW_WIDTH = 60
"""Below this many columns the table becomes a stacked list: three columns would
leave the quote a word per line."""


class UnknownSpeakerError(LookupError):
    """The ``--speaker`` filter names nobody in the article; the message lists who is."""


@dataclass(frozen=True, slots=True)
class Selection:
    """The quotes to export and the speakers they belong to, in document order."""

    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    source_map: SourceMap | None = None
    """For Markdown input: JSON then also gives each quote's span in the source file."""


def select(
    analysis: Analysis,
    *,
    include_terms: bool = False,
    speaker: str | None = None,
    title: str | None = None,
    byline: str | None = None,
    date: str | None = None,
    source_map: SourceMap | None = None,
) -> Selection:
    """Quotations (scare quotes too with ``include_terms``), optionally one speaker's.

    The speaker is matched by any alias, case-insensitively, through the engine's
    ``find_speaker`` so the CLI and the reader agree on what "trump" means."""
    quotes = analysis.quotes if include_terms else analysis.quotations
    speakers = analysis.speakers
    if speaker is not None:
        found = analysis.find_speaker(speaker)
        if found is None:
            raise UnknownSpeakerError(_unknown_speaker_message(speaker, analysis.speakers))
        quotes = tuple(q for q in quotes if q.speaker_id == found.id)
        speakers = (found,)
    quotes = tuple(sorted(quotes, key=lambda q: (q.start, q.end)))
    return Selection(quotes, speakers, title, byline, date, source_map)


def _unknown_speaker_message(query: str, speakers: Iterable[Speaker]) -> str:
    names = sorted({s.name for s in speakers}, key=str.casefold)
    if not names:
        return f"no speaker matches {query!r}: no speakers were identified in this article"
    return f"no speaker matches {query!r}; speakers in this article: {', '.join(names)}"


# -- records shared by JSON, JSON Lines and batch output ---------------------------


def speaker_record(speaker: Speaker) -> dict[str, Any]:
    return {
        "name": speaker.name,
        "aliases": list(speaker.aliases),
        "role": speaker.role,
        "quote_count": speaker.quote_count,
    }


def quote_record(quote: Quote) -> dict[str, Any]:
    """Everything the engine says about one quote."""
    return {
        "start": quote.start,
        "end": quote.end,
        "outer_start": quote.outer_start,
        "outer_end": quote.outer_end,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": quote.speaker,
        "speaker_mention": _span(quote.speaker_mention),
        "cue": quote.cue,
        "cue_span": _span(quote.cue_span),
        "confidence": round(quote.confidence, 4),
        "continues": quote.continues,
    }


BATCH_QUOTE_FIELDS = ("start", "end", "text", "speaker", "speaker_mention", "cue", "kind", "confidence")


def batch_quote_record(quote: Quote) -> dict[str, Any]:
    """The batch format: what ``shared/eval/score.py`` reads, and no more."""
    record = quote_record(quote)
    return {field: record[field] for field in BATCH_QUOTE_FIELDS}


def _span(span: tuple[int, int] | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


# -- formats -----------------------------------------------------------------------


def _records(selection: Selection) -> list[dict[str, Any]]:
    records = [quote_record(q) for q in selection.quotes]
    if selection.source_map is not None:
        for record, quote in zip(records, selection.quotes):
            record["source_start"], record["source_end"] = selection.source_map.source_span(quote.start, quote.end)
    return records


def to_json(selection: Selection) -> str:
    document: dict[str, Any] = {}
    for key in ("title", "byline", "date"):
        if getattr(selection, key) is not None:
            document[key] = getattr(selection, key)
    document["speakers"] = [speaker_record(s) for s in selection.speakers]
    document["quotes"] = _records(selection)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(selection: Selection) -> str:
    """One quote per line, for ``jq`` and line-oriented tools."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in _records(selection))


def to_csv(selection: Selection) -> str:
    """One quote per row, for spreadsheets. Text cells that a spreadsheet would
    run as a formula get a leading apostrophe, the usual guard against formula
    injection from untrusted text; JSON keeps every quote exactly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for q in selection.quotes:
        cells = [_inert_cell(q.speaker or ""), _inert_cell(q.text), _inert_cell(q.cue or "")]
        writer.writerow([*cells, q.start, q.end, f"{q.confidence:.3f}", q.kind])
    return buffer.getvalue()


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert_cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def to_markdown(selection: Selection) -> str:
    """A heading per speaker (with role), each quote a block quote followed by its cue."""
    lines: list[str] = []
    if selection.title:
        lines += [f"# {_escape_markdown_line(selection.title)}", ""]
    credit = ", ".join(part for part in (selection.byline, selection.date) if part)
    if credit:
        lines += [f"*{_escape_markdown_line(credit)}*", ""]
    for heading, quotes in _grouped_by_speaker(selection):
        lines += [f"## {heading}", ""]
        for quote in quotes:
            lines += [_block_quote(quote.text), ""]
            if quote.cue:
                lines += [f"\u2014 {_escape_markdown_line(' '.join(quote.cue.split()))}", ""]
    if not selection.quotes:
        lines += ["*No quotations found.*", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _grouped_by_speaker(selection: Selection) -> list[tuple[str, list[Quote]]]:
    """Speakers in order of their first quote; unattributed quotes last."""
    by_id = {s.id: s for s in selection.speakers}
    groups: dict[int | None, list[Quote]] = {}
    for quote in selection.quotes:
        key = quote.speaker_id if quote.speaker is not None else None
        groups.setdefault(key, []).append(quote)
    result: list[tuple[str, list[Quote]]] = []
    for key, quotes in groups.items():
        if key is None:
            continue
        speaker = by_id.get(key)
        name = speaker.name if speaker else (quotes[0].speaker or UNATTRIBUTED)
        role = speaker.role if speaker else None
        heading = f"{name} ({role})" if role else name
        result.append((_escape_markdown_line(heading), quotes))
    if None in groups:
        result.append(("Unattributed", groups[None]))
    return result


_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>+*-]|\d+[.)])")


def _escape_markdown_line(line: str) -> str:
    """Keep a line of article text from turning into a heading, list or nested quote."""
    return _MARKDOWN_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line)


def _block_quote(text: str) -> str:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    return "\n>\n".join(f"> {_escape_markdown_line(p)}" for p in paragraphs if p)


def to_text(selection: Selection, width: int = DEFAULT_WIDTH) -> str:
    """A table for a terminal: speaker, quote (wrapped), cue, fitted to ``width``."""
    if not selection.quotes:
        return "No quotations found.\n"
    width = max(width, 20)
    rows = [(q.speaker or UNATTRIBUTED, _one_line(q.text, q.kind), _one_line(q.cue or "")) for q in selection.quotes]
    summary = _summary(selection)
    if width < _NARROW_WIDTH:
        return _stacked(rows, width) + summary
    gutter = "  "
    speaker_width = min(22, max(len("SPEAKER"), *(len(r[0]) for r in rows)))
    cue_width = min(22, max(len("CUE"), *(len(r[2]) for r in rows)))
    quote_width = width - speaker_width - cue_width - 2 * len(gutter)
    header = gutter.join(["SPEAKER".ljust(speaker_width), "QUOTE".ljust(quote_width), "CUE"])
    lines = [header.rstrip(), "\u2500" * width]
    for speaker, quote, cue in rows:
        wrapped = textwrap.wrap(quote, quote_width, break_on_hyphens=False) or [""]
        for i, segment in enumerate(wrapped):
            left = _fit(speaker, speaker_width) if i == 0 else ""
            right = _fit(cue, cue_width) if i == 0 else ""
            lines.append(gutter.join([left.ljust(speaker_width), segment.ljust(quote_width), right]).rstrip())
        lines.append("")
    return "\n".join(lines) + summary


def _stacked(rows: list[tuple[str, str, str]], width: int) -> str:
    lines: list[str] = []
    for speaker, quote, cue in rows:
        lines.append(_fit(f"{speaker} \u2014 {cue}" if cue else speaker, width))
        lines += textwrap.wrap(quote, width, initial_indent="  ", subsequent_indent="  ") or [""]
        lines.append("")
    return "\n".join(lines)


def _summary(selection: Selection) -> str:
    count = len(selection.quotes)
    named = {q.speaker for q in selection.quotes if q.speaker}
    quotes = "quote" if count == 1 else "quotes"
    speakers = "speaker" if len(named) == 1 else "speakers"
    return f"{count} {quotes}, {len(named)} {speakers}\n"


def _one_line(text: str, kind: str = "direct") -> str:
    collapsed = " ".join(text.split())
    return f"({kind}) {collapsed}" if kind == "term" else collapsed


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "\u2026"


RENDERERS: dict[str, Callable[[Selection], str]] = {
    "json": to_json,
    "jsonl": to_jsonl,
    "csv": to_csv,
    "markdown": to_markdown,
}


def render(selection: Selection, fmt: str, width: int = DEFAULT_WIDTH) -> str:
    """The selection in one of ``FORMATS``; ``width`` matters only for ``text``."""
    if fmt == "text":
        return to_text(selection, width)
    try:
        return RENDERERS[fmt](selection)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None


# -- files -------------------------------------------------------------------------


class WriteError(Exception):
    """A file could not be written; the message is one line for the user."""


class TargetExistsError(WriteError):
    """The file is there already and overwriting was not allowed."""


def default_export_name(title: str | None, fmt: str, fallback: str = "article") -> str:
    """``<article-slug>-quotes.<ext>``: the title in lower-case ASCII words joined by hyphens."""
    ascii_title = unicodedata.normalize("NFKD", title or "").encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    slug = "-".join(words)[:60].rstrip("-") or fallback
    return f"{slug}-quotes{EXTENSIONS.get(fmt, '.txt')}"


@contextmanager
def atomic_writer(path: Path, *, overwrite: bool = True) -> Iterator[IO[str]]:
    """A text file that appears at ``path`` whole or not at all.

    Written to a temporary file beside ``path`` and renamed into place at the end, so
    a crash or Ctrl-C never leaves half a file. With ``overwrite=False`` an existing
    file is never replaced, even one created while writing (TargetExistsError)."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise WriteError(f"cannot write {path}: directory {directory} does not exist")
    if not overwrite and os.path.lexists(path):
        raise TargetExistsError(f"{path} already exists")
    try:
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", newline="", dir=directory, prefix=f".{path.name}.", suffix=".tmp", delete=False
        )
    except OSError as error:
        raise WriteError(f"cannot write to {directory} ({error.strerror or error})") from None
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o666 & ~_current_umask())  # mkstemp makes it 0600
        _put_in_place(handle.name, path, overwrite)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, text: str, *, overwrite: bool = False) -> Path:
    """Write ``text`` to ``path`` through ``atomic_writer``; returns the absolute path."""
    try:
        with atomic_writer(path, overwrite=overwrite) as handle:
            handle.write(text)
    except OSError as error:
        raise WriteError(f"cannot write {path} ({error.strerror or error})") from None
    return path.absolute()


def _put_in_place(temporary: str, path: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(temporary, path)
        return
    try:
        os.link(temporary, path)  # fails if path exists: no window to clobber a new file
    except FileExistsError:
        raise TargetExistsError(f"{path} already exists") from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        if os.path.lexists(path):  # a file system without hard links
            raise TargetExistsError(f"{path} already exists") from None
        os.replace(temporary, path)
    else:
        os.unlink(temporary)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
