"""Keeping secrets out of logs: a filter that blanks tokens wherever a record carries them.

Libraries put bot tokens in places we do not control: python-telegram-bot's HTTP
client logs request URLs (``https://api.telegram.org/bot<TOKEN>/sendMessage``), and
an exception message may quote a URL. Silencing the known culprits is the first
line of defence; this filter is the second, applied to every record a handler
writes, whoever logged it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from urllib.parse import quote

REDACTED = "[REDACTED]"


def _variants(secret: str) -> set[str]:
    """The secret as it may appear: whole, URL-encoded, and a bot token's private half."""
    variants = {secret, quote(secret, safe="")}
    _, colon, private = secret.partition(":")
    if colon and len(private) >= 8:  # "123456:AAE..." — the part after the colon is the key
        variants.add(private)
    return {variant for variant in variants if variant}


class TokenRedactingFilter(logging.Filter):
    """Replaces every occurrence of the given secrets in a record; never drops a record.

    Install it on handlers (not loggers): a logger's filters do not see records
    that propagate up from its children, a handler's filters see all of them.
    """

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        # Longest first, so a token is replaced whole before its private half is looked for.
        self._secrets = sorted(
            {v for s in secrets if s for v in _variants(s)}, key=len, reverse=True
        )

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        redacted = self.redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def redact_secrets_in_logs(secrets: Iterable[str], logger: logging.Logger | None = None) -> None:
    """Put a TokenRedactingFilter on every handler of `logger` (the root logger by default)."""
    token_filter = TokenRedactingFilter(secrets)
    for handler in (logger or logging.getLogger()).handlers:
        handler.addFilter(token_filter)
