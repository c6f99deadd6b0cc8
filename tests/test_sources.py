"""Markdown, HTML and sniffed input: the engine reads the words a person reads, and the
quotes it finds sit on those words."""

from __future__ import annotations

import io
import json
import sys
import types
from pathlib import Path

import pytest

from opedtui.cli import main
from opedtui.documents import DocumentError, load_document, sniff_format
from opedtui.engine import extract
from opedtui.sources.markdown import render_markdown

MARKDOWN = """\
# School board *delays* vote

By **Maria Chen** · [Metro desk](https://example.com/metro)

The board postponed its vote on Thursday.
"We need more time to hear from parents," board president Dana Whitfield said.

> "This delay hurts our students," said teacher Omar Haddad.

- The vote moves to **March 12**
- Parents may comment online

1. first
2. second
"""

BOILERPLATE_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council passes budget | The Daily Planet</title>
<meta name="author" content="Lois Lane">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/sport">"Sport is life," we said</a></li></ul></nav></header>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet "this story now"</a></div>
<main><article>
<h1>Council passes budget after late-night vote</h1>
<p class="byline">By Lois Lane</p>
<p>The city council approved the budget on Tuesday after a session that ran past midnight and left several members tired.</p>
<p>"We had to make hard choices," Mayor Ana Ruiz said after the vote, adding that the city would not raise taxes this year.</p>
<figure><img src="x.jpg"><figcaption>Mayor Ruiz said "cheese please" for the cameras.</figcaption></figure>
<p>Councillor Ben Ode disagreed. "This budget cuts libraries and parks," he said. "It is a mistake we will regret."</p>
<p>The budget takes effect in July, and the council will review spending again in the autumn when revenue is known.</p>
</article></main>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/a">"Never again," says coach after defeat</a></li>
<li><a href="/b">Mayor vows "a new era" for transit</a></li></ul></aside>
<div class="ad">Advertisement: "Best deals in town," says shop</div>
<footer><p>&copy; 2024 The Daily Planet. "Quality journalism," our motto.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""
ARTICLE_QUOTES = {
    "We had to make hard choices,",
    "This budget cuts libraries and parks,",
    "It is a mistake we will regret.",
}
BOILERPLATE_WORDS = ("Sport", "this story", "cheese", "Never again", "new era", "Best deals", "Quality journalism")


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# -- Markdown ------------------------------------------------------------------------


def test_markdown_shows_words_not_markup_with_formatting_spans() -> None:
    rendered = render_markdown(MARKDOWN)
    text = rendered.text
    assert text.startswith("School board delays vote\n\nBy Maria Chen · Metro desk\n\n")
    for markup in ("#", "**", "*delays*", "](", "> "):
        assert markup not in text
    assert "• The vote moves to March 12\n• Parents may comment online\n" in text
    assert "1. first\n2. second\n" in text
    assert "Thursday. \"We need" in text  # a soft line break reads as a space
    kinds = {(s.kind, text[s.start : s.end]) for s in rendered.styles}
    assert ("heading", "School board delays vote") in kinds
    assert ("emphasis", "delays") in kinds
    assert ("strong", "Maria Chen") in kinds
    assert ("strong", "March 12") in kinds
    assert ("blockquote", '"This delay hurts our students," said teacher Omar Haddad.') in kinds
    assert ("bullet", "• ") in kinds
    link = next(s for s in rendered.styles if s.kind == "link")
    assert text[link.start : link.end] == "Metro desk" and link.target == "https://example.com/metro"
    assert rendered.title == "School board delays vote"


def test_markdown_quotes_land_on_the_shown_words_and_map_back_to_the_source(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "notes.md", MARKDOWN))
    assert document.format == "markdown" and document.title == "School board delays vote"
    analysis = extract(document.text)
    quotes = {q.text: q for q in analysis.quotations}
    assert "We need more time to hear from parents," in quotes
    assert "This delay hurts our students," in quotes
    for quote in quotes.values():
        assert document.text[quote.start : quote.end] == quote.text
        assert document.source_map is not None
        start, end = document.source_map.source_span(quote.start, quote.end)
        assert MARKDOWN[start:end] == quote.text
    assert quotes["This delay hurts our students,"].speaker == "Omar Haddad"


def test_cli_json_for_markdown_gives_source_offsets(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = write(tmp_path, "notes.md", MARKDOWN)
    assert main(["quotes", str(path), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "School board delays vote"
    for quote in data["quotes"]:
        assert MARKDOWN[quote["source_start"] : quote["source_end"]] == quote["text"]


def test_cp1252_and_utf16_markdown_read_the_same(tmp_path: Path) -> None:
    text = MARKDOWN.replace("Thursday", "Thursday at the caf\u00e9") + "\nShe called it \u201cna\u00efve\u201d.\n"
    expected = load_document(write(tmp_path, "u8.md", text)).text
    assert load_document(write(tmp_path, "cp.md", text, "cp1252")).text == expected
    assert load_document(write(tmp_path, "u16.md", "\ufeff" + text, "utf-16-le")).text == expected


# -- HTML ----------------------------------------------------------------------------


def test_html_page_gives_only_the_article_and_its_metadata(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "page.html", BOILERPLATE_PAGE))
    assert document.format == "html"
    assert document.title == "Council passes budget after late-night vote"
    assert document.byline == "Lois Lane"
    assert document.date == "2024-03-05"
    for word in BOILERPLATE_WORDS + ("Share on Facebook", "Related stories", "Privacy", "Home"):
        assert word not in document.text
    quotes = {q.text for q in extract(document.text).quotations}
    assert quotes == ARTICLE_QUOTES


def test_cli_quotes_on_an_html_file_prints_only_article_quotes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path, "page.htm", BOILERPLATE_PAGE)
    assert main(["quotes", str(path), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {q["text"] for q in data["quotes"]} == ARTICLE_QUOTES
    assert data["byline"] == "Lois Lane" and data["date"] == "2024-03-05"


def test_html_without_an_article_is_one_clear_error(tmp_path: Path) -> None:
    page = '<html><head><title>App</title><script>var q = "hi";</script></head><body><div id="root"></div></body></html>'
    path = write(tmp_path, "app.html", page)
    with pytest.raises(DocumentError, match="no article text found") as error:
        load_document(path)
    assert "\n" not in str(error.value)


def test_binary_file_with_an_html_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(DocumentError, match="binary"):
        load_document(path)


# -- sniffing and stdin ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BOILERPLATE_PAGE, "html"),
        ("<!-- saved page -->\n<html><body><p>x</p></body></html>", "html"),
        (MARKDOWN, "markdown"),
        ("Some **bold** words and [a link](https://x.y).", "markdown"),
        ('Council approves budget\n\n"We had to," Mayor Ruiz said.\n', "text"),
        ("A list in plain text:\n- one\n- two\n", "text"),
        ("Prices rose 5 * 3 percent; <3 the city.", "text"),
    ],
)
def test_sniffing_tells_text_markdown_and_html_apart(text: str, expected: str) -> None:
    assert sniff_format(text) == expected


@pytest.mark.parametrize(("payload", "quote"), [(BOILERPLATE_PAGE, "We had to make hard choices,"),
                                                 (MARKDOWN, "This delay hurts our students,")])  # fmt: skip
def test_stdin_is_sniffed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, payload: str, quote: str
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(payload.encode())))
    assert main(["quotes", "-", "-f", "jsonl"]) == 0
    texts = [json.loads(line)["text"] for line in capsys.readouterr().out.splitlines()]
    assert quote in texts
    assert not any(word in t for t in texts for word in BOILERPLATE_WORDS)


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    assert load_document(write(tmp_path, "saved.page", BOILERPLATE_PAGE)).format == "html"
    assert load_document(write(tmp_path, "notes", MARKDOWN)).format == "markdown"
    assert load_document(write(tmp_path, "plain.txt", MARKDOWN)).format == "text"  # .txt is shown as written


# -- the reader's entry points -----------------------------------------------------------


def test_reader_gets_markdown_formatting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[tuple[str, object]] = []

    def run_reader(text: str, title: str | None = None, path: Path | None = None, styles: object = ()) -> int:
        calls.append((text, styles))
        return 0

    monkeypatch.setitem(sys.modules, "opedtui.reader", types.SimpleNamespace(run_reader=run_reader))
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    assert main([str(write(tmp_path, "notes.md", MARKDOWN))]) == 0
    text, styles = calls[0]
    assert text.startswith("School board delays vote\n") and styles == render_markdown(MARKDOWN).styles


def test_a_folder_opens_the_library(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[tuple[Path, list[Path]]] = []
    monkeypatch.setitem(
        sys.modules, "opedtui.reader", types.SimpleNamespace(run_library=lambda d, f: calls.append((d, f)) or 3)
    )
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    write(tmp_path, "b.html", BOILERPLATE_PAGE)
    write(tmp_path, "a.md", MARKDOWN)
    write(tmp_path, "notes.docx", "not an article")
    assert main([str(tmp_path)]) == 3
    assert calls == [(tmp_path, [tmp_path / "a.md", tmp_path / "b.html"])]


def test_a_folder_without_articles_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "has no articles in it" in err
    assert main(["quotes", str(tmp_path)]) == 1
    assert "is a directory" in capsys.readouterr().err
