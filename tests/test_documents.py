"""Loading input: every way a file can be wrong ends as one readable DocumentError."""

from __future__ import annotations

import codecs
import io
import textwrap
from pathlib import Path

import pytest

from opedtui import documents
from opedtui.documents import (
    BUNDLED_ARTICLE_NAME,
    DocumentError,
    bundled_article_path,
    decode_text,
    load_document,
    read_bounded,
    title_of,
)

ARTICLE = (
    "Council approves new budget\n\n"
    "\u201cWe had to make hard choices,\u201d Mayor Ana Ruiz said on Monday.\n"
    "Critics called the plan \u201ca caf\u00e9 tax\u201d and na\u00efve.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_file_loads_with_title_and_path(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE.encode())
    document = load_document(path)
    assert document.text == ARTICLE
    assert document.title == "Council approves new budget"
    assert document.path == path
    assert document.source == "file"
    assert document.warnings == ()


def test_bundled_article_is_found_and_readable() -> None:
    path = bundled_article_path()
    assert path.name == BUNDLED_ARTICLE_NAME
    document = load_document(None)
    assert document.source == "bundled"
    assert document.title and "New York Times" in document.title


def test_missing_file_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file") as error:
        load_document(tmp_path / "absent.txt")
    assert "\n" not in str(error.value)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="is a directory"):
        load_document(tmp_path)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",  # a PNG header: NUL bytes
        bytes(range(1, 32)) * 200,  # control characters, no NUL, valid UTF-8
    ],
    ids=["nul-bytes", "control-characters"],
)
def test_binary_file_is_refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(DocumentError, match="binary"):
        load_document(write(tmp_path, "b.bin", data))


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n  "], ids=["empty", "whitespace"])
def test_empty_file_is_refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(DocumentError, match="empty|whitespace"):
        load_document(write(tmp_path, "e.txt", data))


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path: Path) -> None:
    data = ARTICLE.encode() + b"Broken bytes: \xff\xfe end.\n"
    document = load_document(write(tmp_path, "bad.txt", data))
    assert document.text.startswith(ARTICLE)
    assert "\ufffd" in document.text
    assert document.encoding == "utf-8"
    assert len(document.warnings) == 1 and "not valid UTF-8" in document.warnings[0]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_marks_are_honoured(tmp_path: Path, encoding: str) -> None:
    data = ARTICLE.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    document = load_document(write(tmp_path, "bom.txt", data))
    assert document.text.lstrip("\ufeff") == ARTICLE
    assert document.warnings == ()


def test_windows_1252_is_detected(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "cp.txt", ARTICLE.encode("cp1252")))
    assert document.text == ARTICLE
    assert document.encoding == "cp1252"
    assert document.warnings == ()


def test_file_over_the_cap_is_refused_before_reading(tmp_path: Path) -> None:
    """A sparse 100 MB file: refused from its size, so the test costs no memory."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(100 * 1024 * 1024)
    with pytest.raises(DocumentError, match="larger than the 64 MB"):
        load_document(path)


def test_small_cap_applies_to_files(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE.encode())
    with pytest.raises(DocumentError, match="larger than"):
        load_document(path, max_bytes=10)


class EndlessStream(io.RawIOBase):
    """Stands in for a never-ending pipe; remembers how much was asked of it."""

    def __init__(self) -> None:
        self.bytes_read = 0

    def read(self, size: int = -1) -> bytes:
        assert size >= 0, "an unbounded read of an endless stream would never return"
        self.bytes_read += size
        return b"x" * size


def test_stdin_is_read_in_bounded_memory() -> None:
    stream = EndlessStream()
    with pytest.raises(DocumentError, match="larger than"):
        read_bounded(stream, 1000, "<stdin>")  # type: ignore[arg-type]
    assert stream.bytes_read == 1001


def test_stdin_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    document = load_document("-")
    assert document.text == ARTICLE
    assert document.source == "stdin" and document.path is None
    assert document.label == "<stdin>"


def test_decode_prefers_strict_utf8_without_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path: valid UTF-8 never reaches charset-normalizer."""

    def no_detection(data: bytes) -> None:
        raise AssertionError("charset detection ran on valid UTF-8")

    monkeypatch.setattr(documents, "_detect_legacy_encoding", no_detection)
    assert decode_text(ARTICLE.encode(), "x") == (ARTICLE, "utf-8", ())


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("\n\n   Headline here  \nbody", "Headline here"),
        ("no newline", "no newline"),
        ("x" * 300, "x" * 99 + "\u2026"),
        ("Tabs\tand   spaces", "Tabs and spaces"),
    ],
)
def test_title_is_first_non_empty_line_trimmed(text: str, title: str) -> None:
    assert title_of(text) == title
    assert len(title_of(text) or "") <= documents.MAX_TITLE_CHARS


def test_a_hard_wrapped_text_without_a_headline_is_titled_by_its_first_words() -> None:
    opening = "The ferry board met on Tuesday night to decide the winter timetable for the islands"
    text = textwrap.fill(f"{opening}, after a summer of late crossings and cancelled boats. " * 4, 64)
    title = title_of(text)
    assert title is not None and title.startswith(opening) and title.endswith("\u2026")
