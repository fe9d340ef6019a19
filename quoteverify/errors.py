"""Exceptions. Problems *in* a text (an unclosed quote) are warnings in the result, never these."""


class QuoteverifyError(Exception):
    """Root of every error quoteverify raises on purpose."""


class InputError(QuoteverifyError, ValueError):
    """A file or corpus that cannot be read: the message names it and says what is wrong."""


class MissingDependencyError(QuoteverifyError, ImportError):
    """An optional feature asked for without its package: the message says what to install."""
