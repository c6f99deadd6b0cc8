"""Turning what people read (Markdown, web pages, a URL) into the plain text the engine
reads and the reader shows, plus formatting spans over that same text.

No Textual here, and nothing heavy at import time: trafilatura (HTML) is imported
only when a web page is actually loaded.
"""
