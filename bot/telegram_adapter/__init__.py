"""Rebound in Telegram, on python-telegram-bot: build the Application, run it, send nudges.

The package is `telegram_adapter`, never `telegram`, so it cannot shadow the library.
"""

from __future__ import annotations

from bot.logs import TokenRedactingFilter, redact_secrets_in_logs
from bot.telegram_adapter.outbox import TelegramOutbox
from bot.telegram_adapter.runner import (
    TelegramStartupError,
    build_application,
    run_telegram,
    serve,
)

__all__ = [
    "TelegramOutbox",
    "TelegramStartupError",
    "TokenRedactingFilter",
    "build_application",
    "redact_secrets_in_logs",
    "run_telegram",
    "serve",
]
