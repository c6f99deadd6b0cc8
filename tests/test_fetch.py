"""Fetching pages from a local HTTP server on 127.0.0.1: never the internet.

Each failure a real site can cause (slow, huge, a redirect loop, a PDF, a 404, no
server at all) must end as one line, quickly."""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from opedtui.cli import main
from opedtui.documents import DocumentError, load_document
from opedtui.sources.fetch import FetchError, fetch_page, looks_like_url
from test_sources import ARTICLE_QUOTES, BOILERPLATE_PAGE

MARKDOWN_BODY = b'# Notes\n\n"It works," the engineer said.\n'


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, content_type: str | None = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up first, as it should
            pass

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path
        if path == "/article":
            self._send(200, BOILERPLATE_PAGE.encode())
        elif path == "/cp1252":
            body = BOILERPLATE_PAGE.replace("Tuesday", "Tuesday at the caf\u00e9").encode("cp1252")
            self._send(200, body, "text/html; charset=windows-1252")
        elif path == "/notes.md":
            self._send(200, MARKDOWN_BODY, "text/markdown")
        elif path == "/moved":
            self._redirect("/article")
        elif path == "/loop":
            self._redirect("/loop")
        elif path.startswith("/chain/"):
            self._redirect(f"/chain/{int(path.rsplit('/', 1)[1]) + 1}")
        elif path == "/to-ftp":
            self._redirect("ftp://127.0.0.1/file")
        elif path == "/slow":
            time.sleep(2)
            self._send(200, BOILERPLATE_PAGE.encode())
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"<p>" + b"x" * 70_000 + b"</p>")
                    self.wfile.flush()
                    time.sleep(0.05)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
        elif path == "/huge-streamed":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(64):
                    self.wfile.write(b"<p>" + b"y" * 65_536 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n", "image/png")
        elif path == "/pdf":
            self._send(200, b"%PDF-1.7", "application/pdf")
        else:
            self._send(404, b"<h1>Not Found</h1>")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_page_is_fetched_and_its_article_extracted(server: str) -> None:
    document = load_document(f"{server}/article")
    assert document.source == "url" and document.format == "html"
    assert document.url == f"{server}/article" and document.label == document.url
    assert document.title == "Council passes budget after late-night vote"
    assert document.byline == "Lois Lane"
    assert "Share on Facebook" not in document.text and "Related stories" not in document.text


def test_cli_quotes_from_a_url(capsys: pytest.CaptureFixture[str], server: str) -> None:
    assert main(["quotes", f"{server}/article", "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {q["text"] for q in data["quotes"]} == ARTICLE_QUOTES


def test_redirects_are_followed_and_the_final_address_kept(server: str) -> None:
    page = fetch_page(f"{server}/moved")
    assert page.url == f"{server}/article" and page.kind == "html"


def test_declared_charset_is_used(server: str) -> None:
    document = load_document(f"{server}/cp1252")
    assert "Tuesday at the caf\u00e9" in document.text and document.encoding == "cp1252"


def test_markdown_served_over_http_is_rendered(server: str) -> None:
    document = load_document(f"{server}/notes.md")
    assert document.format == "markdown" and document.text.startswith("Notes\n")


def test_redirect_loop_is_stopped(server: str) -> None:
    with pytest.raises(FetchError, match="too many redirects"):
        fetch_page(f"{server}/loop")


def test_redirect_chain_longer_than_the_limit_is_stopped(server: str) -> None:
    with pytest.raises(FetchError, match="too many redirects"):
        fetch_page(f"{server}/chain/0", max_redirects=3)


def test_redirect_to_another_scheme_is_refused(server: str) -> None:
    with pytest.raises(FetchError, match="only http:// and https://"):
        fetch_page(f"{server}/to-ftp")


def test_slow_server_times_out(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 0.5 s"):
        fetch_page(f"{server}/slow", timeout=0.5)
    assert time.monotonic() - started < 1.5


def test_trickling_server_hits_the_overall_deadline(server: str) -> None:
    """Each read returns within the socket timeout; only the deadline stops it."""
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch_page(f"{server}/trickle", timeout=0.5)
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("path", ["/huge-declared", "/huge-streamed"])
def test_too_large_page_is_refused(server: str, path: str) -> None:
    with pytest.raises(FetchError, match="opedtui fetches"):
        fetch_page(f"{server}{path}", max_bytes=1024 * 1024)


@pytest.mark.parametrize(("path", "media_type"), [("/image", "image/png"), ("/pdf", "application/pdf")])
def test_non_html_content_type_is_refused(server: str, path: str, media_type: str) -> None:
    with pytest.raises(FetchError, match=f"is {media_type}, not a web page or text"):
        fetch_page(f"{server}{path}")


def test_404_is_one_clear_line(capsys: pytest.CaptureFixture[str], server: str) -> None:
    assert main(["quotes", f"{server}/gone"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("opedtui: error: ") and "404 Not Found" in err


def test_no_server_is_one_clear_line() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(DocumentError, match="cannot reach 127.0.0.1: connection refused"):
        load_document(f"http://127.0.0.1:{port}/article")


def test_unresolvable_host_says_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(FetchError, match=r"cannot reach news\.invalid: .*offline"):
        fetch_page("https://news.invalid/story")


@pytest.mark.parametrize("url", ["ftp://example.com/a.html", "file:///etc/passwd", "javascript://alert(1)"])
def test_only_http_and_https(url: str) -> None:
    assert looks_like_url(url)
    with pytest.raises(DocumentError, match="only http:// and https://"):
        load_document(url)
