"""opedtui: read an article beside every quotation in it and who said it."""

__version__ = "0.1.0"
