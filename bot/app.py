"""The one place that wires settings -> database -> coach -> adapters -> scheduler."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta

from bot.console_adapter import ConsoleChat
from bot.errors import StartupError
from bot.outbox import ConsoleOutbox
from bot.pacing import SendBudget
from bot.scheduler import NudgeScheduler, run_scheduler
from bot.settings import Settings
from coach.messages import PersonRef
from coach.ports import Outbox
from coach.service import Coach
from storage.database import Database, DatabaseUnavailable, default_sqlite_url, open_database
from storage.nudge_store import SqlNudgeStore
from storage.repository import SqlCoachStore

log = logging.getLogger(__name__)


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@contextlib.asynccontextmanager
async def open_storage(settings: Settings) -> AsyncIterator[Database]:
    try:
        database: Database = await open_database(settings.database_url or default_sqlite_url())
    except DatabaseUnavailable as error:
        raise StartupError(str(error)) from None
    try:
        yield database
    finally:
        await database.close()


async def chat(settings: Settings, user: str) -> None:
    async with open_storage(settings) as database:
        console = ConsoleChat(Coach(SqlCoachStore(database), SystemClock()), user)
        async with console_nudges(settings, database, console, user):
            await console.run()


@contextlib.asynccontextmanager
async def console_nudges(
    settings: Settings, database: Database, console: ConsoleChat, user: str
) -> AsyncIterator[None]:
    """While `coach chat` runs, this person's due nudges appear in it (and only theirs)."""
    scheduler = NudgeScheduler(
        SqlNudgeStore(database), {"console": ConsoleOutbox(console.show)}, SystemClock(),
        grace=timedelta(minutes=settings.nudge_grace_minutes), only=PersonRef("console", user),
    )
    scheduler.start()
    try:
        yield
    finally:
        await scheduler.shutdown()


def _stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for name in ("SIGINT", "SIGTERM"):
        with contextlib.suppress(NotImplementedError, AttributeError):
            loop.add_signal_handler(getattr(signal, name), stop.set)


Runner = Callable[[Coach, asyncio.Event], Awaitable[None]]


def _platform(settings: Settings, name: str, budget: SendBudget) -> tuple[Runner, Outbox]:
    """How to run one platform, and the outbox its nudges go through.

    Replies to people are counted in `budget`, which paces the nudges: replies first.
    """
    if name == "telegram":
        if settings.telegram_bot_token is None:
            raise StartupError("TELEGRAM_BOT_TOKEN is not set")
        from bot.telegram_adapter import TelegramOutbox, run_telegram

        telegram_outbox = TelegramOutbox()
        def telegram(coach: Coach, stop: asyncio.Event) -> Awaitable[None]:
            return run_telegram(settings, coach, stop, outbox=telegram_outbox,
                                on_reply=lambda: budget.spend_for_reply("telegram"))

        return telegram, telegram_outbox
    if name == "discord":
        if settings.discord_bot_token is None:
            raise StartupError("DISCORD_BOT_TOKEN is not set")
        from bot.discord_adapter import DiscordOutbox, run_discord

        discord_outbox = DiscordOutbox()
        return (lambda coach, stop: run_discord(settings, coach, stop, outbox=discord_outbox),
                discord_outbox)
    raise StartupError(f"unknown platform {name}")


async def serve(settings: Settings, platforms: list[str]) -> None:
    """Run the chosen platforms side by side, with the nudge scheduler, until SIGINT/SIGTERM.

    If one platform fails, the others are stopped too, so the process exits with
    that platform's error instead of running half-broken.
    """
    if not platforms:
        raise StartupError("no platform token is set (TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN)")
    budget = SendBudget()
    wired = {name: _platform(settings, name, budget) for name in platforms}
    stop = asyncio.Event()
    _stop_on_signals(stop)
    async with open_storage(settings) as database:
        coach = Coach(SqlCoachStore(database), SystemClock())
        outboxes = {name: outbox for name, (_, outbox) in wired.items()}
        scheduler = run_scheduler(
            SqlNudgeStore(database), outboxes, SystemClock(), stop,
            grace=timedelta(minutes=settings.nudge_grace_minutes), budget=budget,
        )
        tasks = [asyncio.ensure_future(scheduler)]
        tasks += [asyncio.ensure_future(run(coach, stop)) for run, _ in wired.values()]
        try:
            await _until_first_failure(tasks)
        finally:
            stop.set()
            await asyncio.gather(*tasks, return_exceptions=True)


async def _until_first_failure(tasks: Sequence[asyncio.Future[None]]) -> None:
    done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for task in done:
        task.result()  # re-raise the first failure
