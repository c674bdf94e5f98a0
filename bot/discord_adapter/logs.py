"""Keep the bot token, interaction tokens and what people wrote out of discord.py's logs."""

from __future__ import annotations

import logging
import re

from bot.logs import REDACTED, TokenRedactingFilter

#: discord.py DEBUG lines whose arguments are whole payloads: request bodies, API
#: answers and gateway events, i.e. people's messages and our replies to them.
PAYLOAD_FORMATS = frozenset({
    "%s %s with %s has returned %s",
    "%s %s has received %s",
    "For Shard ID %s: WebSocket Event: %s",
    "Received %s",
    "Received error %s",
})

#: Warnings about deliberate choices, not problems: no guild state (see client.intents())
#: and no voice support.
EXPECTED_WARNINGS = frozenset({
    "Guilds intent seems to be disabled. This may cause state related issues.",
    "PyNaCl is not installed, voice will NOT be supported",
    "davey is not installed, voice will NOT be supported",
})

#: Interaction tokens sit in callback and followup URLs, which discord.py logs on 429s.
_URL_TOKEN = re.compile(r"(/(?:webhooks|interactions)/\d+/)[^/?\s'\"]+")


class DiscordLogFilter(logging.Filter):
    """Drops payload dumps and expected noise; blanks the bot token and interaction tokens."""

    def __init__(self) -> None:
        super().__init__()
        self._tokens = TokenRedactingFilter([])
        self._secrets: set[str] = set()

    def add_secret(self, secret: str) -> None:
        self._secrets.add(secret)
        self._tokens = TokenRedactingFilter(self._secrets)

    def redact(self, text: str) -> str:
        return self._tokens.redact(_URL_TOKEN.sub(rf"\1{REDACTED}", text))

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            if record.msg in PAYLOAD_FORMATS and record.levelno <= logging.DEBUG:
                return False
            if record.msg in EXPECTED_WARNINGS:
                return False
        message = record.getMessage()
        if (cleaned := self.redact(message)) != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


_filter = DiscordLogFilter()


def protect_logs(token: str) -> DiscordLogFilter:
    """Put the filter on every discord.py logger (and ours); safe to call again.

    On loggers rather than handlers: it then applies whichever handlers the
    application (or pytest's caplog) adds later. A logger's filter sees only the
    records made by that logger, so each module's logger gets it; they all exist
    once discord is imported.
    """
    _filter.add_secret(token)
    names = [name for name in logging.root.manager.loggerDict if _watched(name)]
    for name in ["discord", "bot.discord_adapter", *names]:
        logger = logging.getLogger(name)
        if _filter not in logger.filters:
            logger.addFilter(_filter)
    return _filter


def _watched(name: str) -> bool:
    return name.startswith(("discord.", "bot.discord_adapter."))
