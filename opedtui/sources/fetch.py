"""Fetching a web page: http and https only, a time limit, a size cap, few redirects.

urllib from the standard library is enough for one GET. Every way it can fail
(offline, a 404, a redirect loop, a PDF, a server that never finishes) ends as one
``FetchError`` whose message fits on a line.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message
from typing import IO, TYPE_CHECKING

from opedtui import __version__

if TYPE_CHECKING:
    from opedtui.documents import DocumentFormat

DEFAULT_TIMEOUT = 15.0
"""Seconds for the whole fetch, connection to last byte."""
MAX_PAGE_BYTES = 10 * 1024 * 1024
"""News pages with their inline scripts are a few MB at most."""
MAX_REDIRECTS = 5
ALLOWED_SCHEMES = ("http", "https")
USER_AGENT = f"opedtui/{__version__} (terminal article reader)"
_CHUNK_BYTES = 64 * 1024
_URL_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})

_KIND_OF_MEDIA_TYPE: dict[str, DocumentFormat] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}


class FetchError(Exception):
    """The page could not be fetched; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str
    """Where the page was found, after redirects."""
    data: bytes
    kind: DocumentFormat | None
    """From the Content-Type; None when the server did not say."""
    charset: str | None


def looks_like_url(spec: str) -> bool:
    """``scheme://...``: meant as a URL (an unsupported scheme gets an error, not a file lookup)."""
    return bool(_URL_LIKE.match(spec))


def fetch_page(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_PAGE_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> FetchedPage:
    """GET ``url``, following at most ``max_redirects`` redirects, within ``timeout`` seconds."""
    parts = urllib.parse.urlsplit(url)
    _check_scheme(parts.scheme, url)
    if not parts.hostname:
        raise FetchError(f"{url} has no host name")
    deadline = time.monotonic() + timeout
    opener = _opener(parts.hostname, max_redirects)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/*;q=0.8"})
    try:
        with opener.open(request, timeout=timeout) as response:
            final_url = response.geturl()
            kind, charset = _content_type(response.headers, final_url)
            _check_declared_length(response.headers, max_bytes, final_url)
            data = _read_within(response, max_bytes, deadline, timeout, final_url)
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        raise FetchError(_http_error_message(error, url, max_redirects)) from None
    except urllib.error.URLError as error:
        raise FetchError(_connection_message(error.reason, parts.hostname, url, timeout)) from None
    except (TimeoutError, socket.timeout):
        raise FetchError(f"{url}: timed out after {timeout:g} s") from None
    except (http.client.HTTPException, ConnectionError) as error:
        raise FetchError(f"{url}: the connection failed ({type(error).__name__})") from None
    except OSError as error:
        raise FetchError(_connection_message(error, parts.hostname, url, timeout)) from None
    return FetchedPage(final_url, data, kind, charset)


def _check_scheme(scheme: str, url: str) -> None:
    if scheme.lower() not in ALLOWED_SCHEMES:
        raise FetchError(f"{url}: only http:// and https:// addresses can be opened")


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows at most ``max_redirections`` redirects, and only to http or https."""

    def __init__(self, max_redirects: int) -> None:
        super().__init__()
        self.max_redirections = max_redirects

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        _check_scheme(urllib.parse.urlsplit(newurl).scheme, newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(host: str, max_redirects: int) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = [_LimitedRedirects(max_redirects)]
    if host.lower() in _LOOPBACK_HOSTS:
        handlers.append(urllib.request.ProxyHandler({}))  # never send localhost through a proxy
    return urllib.request.build_opener(*handlers)


def _content_type(headers: Message, url: str) -> tuple[DocumentFormat | None, str | None]:
    if headers.get("Content-Type") is None:
        return None, None
    media_type = headers.get_content_type().lower()
    kind = _KIND_OF_MEDIA_TYPE.get(media_type)
    if kind is None:
        raise FetchError(f"{url} is {media_type}, not a web page or text")
    charset = headers.get_content_charset()
    return kind, charset


def _check_declared_length(headers: Message, max_bytes: int, url: str) -> None:
    declared = headers.get("Content-Length")
    if declared is not None and declared.strip().isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url} is {_size(int(declared))}, more than the {_size(max_bytes)} opedtui fetches")


def _read_within(response: IO[bytes], max_bytes: int, deadline: float, timeout: float, url: str) -> bytes:
    """The body, refused once it passes ``max_bytes`` or the deadline (a server that
    trickles bytes never trips the per-read socket timeout)."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = response.read(_CHUNK_BYTES)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > max_bytes:
            raise FetchError(f"{url} is larger than the {_size(max_bytes)} opedtui fetches")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: timed out after {timeout:g} s")
        chunks.append(chunk)


def _http_error_message(error: urllib.error.HTTPError, url: str, max_redirects: int) -> str:
    if 300 <= error.code < 400:
        return f"{url}: too many redirects (more than {max_redirects}, or a loop)"
    reason = error.reason if isinstance(error.reason, str) else ""
    return f"{url}: the server answered {error.code} {reason}".rstrip()


def _connection_message(reason: object, host: str, url: str, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"{url}: timed out after {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return f"cannot reach {host}: the name does not resolve (are you offline?)"
    if isinstance(reason, ConnectionRefusedError):
        return f"cannot reach {host}: connection refused"
    if isinstance(reason, ssl.SSLError):
        return f"cannot open {url}: secure connection failed ({reason.reason or reason})"
    if isinstance(reason, OSError):
        return f"cannot reach {host}: {reason.strerror or reason}"
    return f"cannot reach {host}: {reason}"


def _size(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"
