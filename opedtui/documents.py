"""Loading an article: a file, stdin, a URL or the bundled example, as one decoded text.

Everything that can go wrong with input (missing, a directory, binary, empty, too
large, an unknown encoding, a page that will not load) ends here as a
``DocumentError`` with a message fit for one line on stderr, so the CLI never shows
a traceback for a bad file.

Plain text is shown as it is. Markdown and HTML are turned into the text a person
reads (``opedtui.sources``), and that text is what the engine analyses, so quote
offsets, highlights and exports all refer to the same characters. The format comes
from the file's extension or a URL's Content-Type, else it is sniffed.

No Textual here: the CLI's ``quotes`` and ``batch`` commands import this module.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal

from opedtui.engine.wrapping import reflow_hard_wrapped

if TYPE_CHECKING:
    from opedtui.sources.formatting import StyleSpan
    from opedtui.sources.markdown import SourceMap

BUNDLED_ARTICLE_NAME = "anonymous-op-ed-and-reactions.txt"
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
"""Larger inputs are refused: an article is kilobytes, and 64 MB already takes the
engine a while. Checked before reading so a huge file never lands in memory."""
MAX_TITLE_CHARS = 100
STDIN_NAME = "-"

DocumentSource = Literal["file", "stdin", "bundled", "url"]
DocumentFormat = Literal["text", "markdown", "html"]
FORMAT_OF_SUFFIX: dict[str, DocumentFormat] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
"""Files with any other extension (or none) are sniffed."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TIE_BREAK_PREFERENCE = ("utf_8", "cp1252", "latin_1", "iso8859_15")
"""When charset-normalizer scores several single-byte encodings the same (English
text often fits cp1250, cp1252 and cp1257 equally), prefer Windows-1252, the
de facto encoding of legacy English news text (and what WHATWG maps Latin-1 to)."""
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_MAX_CONTROL_SHARE = 0.05
_SNIFF_CHARS = 65536


class DocumentError(Exception):
    """Input that cannot be read as an article; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Document:
    """One article, decoded, with where it came from."""

    text: str
    title: str | None
    path: Path | None
    source: DocumentSource
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    """Things the user should know (bytes replaced while decoding), one line each."""
    format: DocumentFormat = "text"
    """What the input was; ``text`` is always the words as shown, never the markup."""
    url: str | None = None
    """The page's address (after redirects) when the article came from the web."""
    byline: str | None = None
    date: str | None = None
    """Publication date as YYYY-MM-DD, when a web page says."""
    styles: tuple[StyleSpan, ...] = ()
    """Formatting (headings, emphasis, links, lists) over ``text``, for the reader."""
    source_map: SourceMap | None = None
    """From offsets in ``text`` back to the Markdown source (Markdown files only)."""

    @property
    def label(self) -> str:
        """How messages name this document."""
        if self.source == "stdin":
            return "<stdin>"
        if self.source == "url":
            return self.url or "the page"
        if self.source == "bundled":
            return "the bundled article"
        return str(self.path)


def bundled_article_path() -> Path:
    """The example article: inside the installed package (the wheel force-includes
    ``seeds/`` as ``opedtui/seeds/``), else the checkout's ``seeds/`` for an editable
    install. Found beside this file, which saves the reader's first screen the
    import of ``importlib.resources`` (a pip-installed package is files on disk)."""
    package = Path(__file__).resolve().parent
    for folder in (package / "seeds", package.parent / "seeds"):
        if (folder / BUNDLED_ARTICLE_NAME).is_file():
            return folder / BUNDLED_ARTICLE_NAME
    raise DocumentError(f"the bundled article {BUNDLED_ARTICLE_NAME} is missing from this installation")


def load_document(
    spec: str | Path | None, *, max_bytes: int = MAX_DOCUMENT_BYTES, fetch_timeout: float | None = None
) -> Document:
    """Load what the user named: None for the bundled article, ``-`` for stdin, an
    ``http(s)://`` address, else a path."""
    if spec is None:
        path = bundled_article_path()
        return document_from_bytes(_read_file(path, max_bytes), path=path, source="bundled", format="text")
    if str(spec) == STDIN_NAME:
        data = read_bounded(sys.stdin.buffer, max_bytes, "<stdin>")
        return document_from_bytes(data, path=None, source="stdin")
    if isinstance(spec, str) and _looks_like_url(spec):
        return load_url(spec, timeout=fetch_timeout)
    path = Path(spec)
    return document_from_bytes(_read_file(path, max_bytes), path=path, source="file")


def _looks_like_url(spec: str) -> bool:
    from opedtui.sources.fetch import looks_like_url

    return looks_like_url(spec)


def load_url(url: str, *, timeout: float | None = None) -> Document:
    """Fetch a web page (or a text or Markdown file served over http) and read it."""
    from opedtui.sources.fetch import DEFAULT_TIMEOUT, FetchError, fetch_page

    try:
        page = fetch_page(url, timeout=DEFAULT_TIMEOUT if timeout is None else timeout)
    except FetchError as error:
        raise DocumentError(str(error)) from None
    return document_from_bytes(
        page.data, path=None, source="url", format=page.kind, charset=page.charset, url=page.url
    )


def read_bounded(stream: BinaryIO, max_bytes: int, label: str) -> bytes:
    """Read a stream whose size is unknown, never holding more than the cap plus one byte."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DocumentError(f"{label} is larger than {_megabytes(max_bytes)}; opedtui reads articles up to that size")
    return data


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        if path.is_dir():
            raise DocumentError(f"{path} is a directory, not an article")
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(
                f"{path} is {_megabytes(size)}, larger than the {_megabytes(max_bytes)} opedtui reads"
            )
        with path.open("rb") as stream:
            # Bounded even when stat lied: a pipe (/dev/fd/63) or a file still growing.
            return read_bounded(stream, max_bytes, str(path))
    except IsADirectoryError:
        raise DocumentError(f"{path} is a directory, not an article") from None
    except OSError as error:
        raise DocumentError(os_error_line(path, error, "file", "read")) from None


def document_from_bytes(
    data: bytes,
    *,
    path: Path | None,
    source: DocumentSource,
    format: DocumentFormat | None = None,
    charset: str | None = None,
    url: str | None = None,
) -> Document:
    """Decode, check it is text, and turn Markdown or HTML into the words a person reads.

    ``format`` None means: from the file's extension, else sniffed from the text.
    ``charset`` is what a web server declared; it wins over detection when Python
    knows it."""
    label = url if source == "url" and url else ("<stdin>" if source == "stdin" else str(path))
    if not data.strip():
        raise DocumentError(f"{label} is empty" if not data else f"{label} contains only whitespace")
    text, encoding, warnings = _decode_declared(data, charset, label) or decode_text(data, label)
    if _looks_binary(text):
        raise DocumentError(f"{label} looks like a binary file, not text")
    if not text.strip():
        raise DocumentError(f"{label} contains no text")
    if format is None:
        format = FORMAT_OF_SUFFIX.get(path.suffix.lower()) if path is not None else None
        format = format or sniff_format(text)
    if format == "markdown":
        return _markdown_document(text, path, source, encoding, warnings, url)
    if format == "html":
        return _html_document(text, path, source, encoding, warnings, url, label)
    return Document(text, title_of(text), path, source, encoding, warnings, "text", url)


def _decode_declared(data: bytes, charset: str | None, label: str) -> tuple[str, str, tuple[str, ...]] | None:
    """Decode with the charset a server declared (a BOM still wins, as browsers do)."""
    if not charset or any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return None
    try:
        return data.decode(codec), codec, ()
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        return text, codec, (_replacement_warning(label, text, codec),)


def _markdown_document(
    source_text: str,
    path: Path | None,
    source: DocumentSource,
    encoding: str,
    warnings: tuple[str, ...],
    url: str | None,
) -> Document:
    from opedtui.sources.markdown import render_markdown

    rendered = render_markdown(source_text)
    if not rendered.text.strip():
        raise DocumentError(f"{url or path or '<stdin>'} has no text outside its Markdown markup")
    title = _short_title(rendered.title) or title_of(rendered.text)
    return Document(
        rendered.text, title, path, source, encoding, warnings, "markdown", url,
        styles=rendered.styles, source_map=rendered.source_map,
    )  # fmt: skip


def _html_document(
    html: str,
    path: Path | None,
    source: DocumentSource,
    encoding: str,
    warnings: tuple[str, ...],
    url: str | None,
    label: str,
) -> Document:
    try:
        from opedtui.sources.html import NoArticleError, extract_article
    except ImportError as error:  # trafilatura missing from a hand-made install
        raise DocumentError(f"reading HTML needs trafilatura ({error}); pip install trafilatura") from None
    try:
        article = extract_article(html, url)
    except NoArticleError:
        raise DocumentError(f"{label}: no article text found on the page") from None
    title = _short_title(article.title) or title_of(article.text)
    return Document(
        article.text, title, path, source, encoding, warnings, "html", url,
        byline=article.byline, date=article.date, styles=article.styles,
    )  # fmt: skip


_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|article|section|main|h[1-6]|br|li|ul|ol|body|head|title|meta|script)\b", re.I)
_MARKDOWN_SIGNALS = (
    re.compile(r"^#{1,6}[ \t]+\S", re.M),  # ATX heading
    re.compile(r"^\S[^\n]*\n(?:=+|-{2,})[ \t]*$", re.M),  # setext heading
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),  # link
    re.compile(r"(\*\*|__)\S(?:[^\n]*?\S)?\1"),  # strong emphasis
    re.compile(r"^>[ \t]?\S", re.M),  # block quote
    re.compile(r"(?:^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S[^\n]*\n){2,}", re.M),  # a list of two or more items
    re.compile(r"^(?:```|~~~)", re.M),  # fenced code
)


def sniff_format(text: str) -> DocumentFormat:
    """HTML when it starts like a page (or is mostly tags); Markdown when it has a
    heading or two other kinds of Markdown markup; else plain text."""
    sample = text[:_SNIFF_CHARS].lstrip("\ufeff")
    if _HTML_START.match(sample) or (sample.lstrip().startswith("<") and len(_HTML_TAG.findall(sample)) >= 5):
        return "html"
    kinds = [signal for signal in _MARKDOWN_SIGNALS if signal.search(sample)]
    if _MARKDOWN_SIGNALS[0] in kinds or len(kinds) >= 2:
        return "markdown"
    return "text"


def _short_title(title: str | None) -> str | None:
    return title_of(title) if title else None


def decode_text(data: bytes, label: str) -> tuple[str, str, tuple[str, ...]]:
    """Bytes to text: a BOM if present, then strict UTF-8 (the fast, usual case), then
    charset-normalizer for legacy encodings. Returns (text, encoding, warnings).

    UTF-8 with a few broken bytes stays UTF-8 (with U+FFFD and a warning) rather than
    being reinterpreted wholesale as some single-byte encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, ()
            except UnicodeDecodeError:
                text = data.decode(encoding, errors="replace")
                return text, encoding, (_replacement_warning(label, text, encoding),)
    if b"\x00" in data[:_SNIFF_CHARS]:
        raise DocumentError(f"{label} looks like a binary file, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    if _has_valid_multibyte_utf8(replaced):
        return replaced, "utf-8", (_replacement_warning(label, replaced, "UTF-8"),)
    detected = _detect_legacy_encoding(data)
    if detected is None:
        raise DocumentError(f"{label} looks like a binary file, not text (no text encoding fits it)")
    return detected


def _detect_legacy_encoding(data: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    from charset_normalizer import from_bytes  # only for non-UTF-8 input

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]

    def preference_rank(encodings: list[str]) -> int:
        ranks = [i for i, name in enumerate(_TIE_BREAK_PREFERENCE) if name in encodings]
        return min(ranks, default=len(_TIE_BREAK_PREFERENCE))

    chosen = min(tied, key=lambda m: preference_rank([m.encoding, *m.could_be_from_charset]))
    encoding = next((n for n in _TIE_BREAK_PREFERENCE if n in chosen.could_be_from_charset), chosen.encoding)
    return data.decode(encoding, errors="replace"), encoding, ()


def _has_valid_multibyte_utf8(replaced: str) -> bool:
    """Whether any non-ASCII character decoded cleanly: then the file is UTF-8 with damage."""
    return any(ch > "\x7f" and ch != "\ufffd" for ch in replaced)


def _replacement_warning(label: str, text: str, encoding: str) -> str:
    count = text.count("\ufffd")
    noun = "byte sequence" if count == 1 else "byte sequences"
    return f"{label} is not valid {encoding}: replaced {count} invalid {noun} with \ufffd"


def _looks_binary(text: str) -> bool:
    """Mostly control characters (beyond tabs, newlines and escapes) means not prose."""
    sample = text[:_SNIFF_CHARS]
    controls = sum(1 for ch in sample if (ch < " " or "\x7f" <= ch < "\xa0") and ch not in _ALLOWED_CONTROLS)
    return controls > _MAX_CONTROL_SHARE * len(sample)


def title_of(text: str) -> str | None:
    """The first non-empty line, trimmed, shortened to about a headline's length
    (the first paragraph, in a hard-wrapped text)."""
    for line in reflow_hard_wrapped(text).splitlines():
        stripped = " ".join(line.split())
        if stripped:
            if len(stripped) > MAX_TITLE_CHARS:
                return stripped[: MAX_TITLE_CHARS - 1].rstrip() + "\u2026"
            return stripped
    return None


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def is_stdin(spec: str | os.PathLike[str] | None) -> bool:
    """Whether a command-line argument means "read standard input"."""
    return spec is not None and os.fspath(spec) == STDIN_NAME


def os_error_line(path: Path | str, error: OSError, thing: str, doing: str) -> str:
    """One line for a failed file-system call: "notes/: no such directory"."""
    if isinstance(error, FileNotFoundError):
        return f"{path}: no such {thing}"
    if isinstance(error, PermissionError):
        return f"{path}: permission denied"
    return f"{path}: cannot {doing} ({error.strerror or error})"
