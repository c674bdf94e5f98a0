"""The one place that wires settings -> database -> coach -> adapters (-> scheduler, later)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator
from datetime import UTC, datetime

from bot.errors import StartupError
from bot.settings import Settings
from coach.service import Coach
from storage.database import Database, DatabaseUnavailable, default_sqlite_url, open_database
from storage.repository import SqlCoachStore

log = logging.getLogger(__name__)


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@contextlib.asynccontextmanager
async def open_coach(settings: Settings) -> AsyncIterator[Coach]:
    try:
        database: Database = await open_database(settings.database_url or default_sqlite_url())
    except DatabaseUnavailable as error:
        raise StartupError(str(error)) from None
    try:
        yield Coach(SqlCoachStore(database), SystemClock())
    finally:
        await database.close()


async def chat(settings: Settings, user: str) -> None:
    from bot.console_adapter import ConsoleChat

    async with open_coach(settings) as coach:
        await ConsoleChat(coach, user).run()


def _stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for name in ("SIGINT", "SIGTERM"):
        with contextlib.suppress(NotImplementedError, AttributeError):
            loop.add_signal_handler(getattr(signal, name), stop.set)


async def serve(settings: Settings, platforms: list[str]) -> None:
    """Run the chosen platforms side by side until SIGINT/SIGTERM."""
    runners = []
    if "telegram" in platforms:
        if settings.telegram_bot_token is None:
            raise StartupError("TELEGRAM_BOT_TOKEN is not set")
        from bot.telegram_adapter import run_telegram

        runners.append(run_telegram)
    if "discord" in platforms:
        raise StartupError("Discord is not available yet in this version")
    if not runners:
        raise StartupError("no platform token is set (TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN)")
    stop = asyncio.Event()
    _stop_on_signals(stop)
    async with open_coach(settings) as coach:
        await asyncio.gather(*(run(settings, coach, stop) for run in runners))
