"""Errors a person can fix (a token, a URL, a setting): the CLI shows them as one line."""


class StartupError(Exception):
    """The message is one line, safe to print: never a token or a password."""
