"""The one place that wires settings -> database -> coach -> adapters -> scheduler."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import signal
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from bot import events
from bot.console_adapter import ConsoleChat
from bot.errors import StartupError
from bot.measured import MeasuredCoach, MeasuredOutbox, report_answer
from bot.metrics import Metrics, RateLimitCounter
from bot.outbox import ConsoleOutbox
from bot.pacing import SendBudget
from bot.scheduler import NudgeScheduler, run_scheduler
from bot.sender_election import SenderElection
from bot.settings import Settings
from coach.messages import PersonRef
from coach.ports import Outbox
from coach.service import Coach
from storage.database import (
    Database,
    DatabaseUnavailable,
    default_sqlite_url,
    open_database,
    schema_state,
    upgrade_schema,
)
from storage.inbox import SqlUpdateInbox
from storage.nudge_store import SqlNudgeStore
from storage.operations import (
    ShardTaken,
    database_reachable,
    holding_shards,
    nudge_backlog,
    reply_backlog,
)
from storage.repository import SqlCoachStore
from storage.sender_lock import sender_seat

if TYPE_CHECKING:
    from bot.ops_server import Check

log = logging.getLogger(__name__)


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@contextlib.asynccontextmanager
async def open_storage(settings: Settings, *, shared: bool = False) -> AsyncIterator[Database]:
    """The database, its schema at the latest migration.

    `shared`: a bot process, which on PostgreSQL (several processes) refuses an old
    schema rather than migrate it: that is `coach db upgrade`'s one job. SQLite is one
    process, the embedded default, and keeps migrating itself on open.
    """
    async with _connected(settings) as database:
        await _ready_schema(database, shared)
        yield database


@contextlib.asynccontextmanager
async def _connected(settings: Settings) -> AsyncIterator[Database]:
    """The database reached once, its schema as it is."""
    url = settings.database_url or default_sqlite_url()
    try:
        database: Database = await open_database(url, migrate=False)
    except DatabaseUnavailable as error:
        raise StartupError(str(error)) from None
    try:
        yield database
    finally:
        await database.close()


async def _ready_schema(database: Database, shared: bool) -> None:
    try:
        if not shared or database.dialect != "postgresql":
            await upgrade_schema(database)
            return
        state = await schema_state(database)
    except DatabaseUnavailable as error:
        raise StartupError(str(error)) from None
    if not state.at_head:
        raise StartupError(
            f"the database schema is {_revision(state.current)}, this version needs "
            f"migration {state.head}: run `coach db upgrade` first"
        )


def _revision(revision: str | None) -> str:
    return f"at migration {revision}" if revision else "empty (never migrated)"


async def upgrade_database(settings: Settings) -> str:
    """`coach db upgrade`: migrate once (others wait on a lock) and say what was done."""
    async with _connected(settings) as database:
        try:
            found = await upgrade_schema(database)
        except DatabaseUnavailable as error:
            raise StartupError(str(error)) from None
    if found.at_head:
        return f"database schema already at the latest migration ({found.head}); nothing to do"
    return f"database schema migrated from {found.current or 'empty'} to {found.head}"


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


Runner = Callable[[Coach, Database, asyncio.Event], Awaitable[None]]


def _platform(settings: Settings, name: str, budget: SendBudget,
              elections: Mapping[str, SenderElection]) -> tuple[Runner, Outbox]:
    """How to run one platform, and the outbox its nudges go through.

    Replies to people are counted in `budget`, which paces the nudges: replies first.
    `elections` is filled once the database is open (before any platform runs).
    """
    if name == "telegram":
        if settings.telegram_bot_token is None:
            raise StartupError("TELEGRAM_BOT_TOKEN is not set")
        from bot.telegram_adapter import TelegramOutbox, run_telegram

        telegram_outbox = TelegramOutbox()
        def telegram(coach: Coach, database: Database, stop: asyncio.Event) -> Awaitable[None]:
            return run_telegram(settings, coach, stop, outbox=telegram_outbox,
                                on_reply=lambda: budget.spend_for_reply("telegram"),
                                inbox_for=lambda source: SqlUpdateInbox(database, source),
                                election=elections.get("telegram"))

        return telegram, telegram_outbox
    if name == "discord":
        if settings.discord_bot_token is None:
            raise StartupError("DISCORD_BOT_TOKEN is not set")
        from bot.discord_adapter import DiscordOutbox, run_discord

        discord_outbox = DiscordOutbox()
        return (lambda coach, _database, stop: run_discord(settings, coach, stop,
                                                           outbox=discord_outbox),
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
    elections: dict[str, SenderElection] = {}
    wired = {name: _platform(settings, name, budget, elections) for name in platforms}
    stop = asyncio.Event()
    _stop_on_signals(stop)
    metrics = Metrics()
    async with open_storage(settings, shared=True) as database, operations(
        settings, database, {name: outbox for name, (_, outbox) in wired.items()}, metrics
    ):
        coach = MeasuredCoach(SqlCoachStore(database), SystemClock(), on_answer=report_answer)
        outboxes = {name: MeasuredOutbox(outbox, name) for name, (_, outbox) in wired.items()}
        elections.update(_elections(settings, database, platforms))
        scheduler = run_scheduler(
            SqlNudgeStore(database), outboxes, SystemClock(), stop,
            grace=timedelta(minutes=settings.nudge_grace_minutes), budget=budget,
            sending=lambda name: name not in elections or elections[name].is_sender,
            changed=elections["telegram"].changed if "telegram" in elections else None,
        )
        # The seats are given up last: the replies to updates still in hand when a stop
        # comes are sent by this process if it is the sender, not left to the next one.
        seats_given_up = asyncio.Event()
        seats = [asyncio.ensure_future(election.run(seats_given_up))
                 for election in elections.values()]
        tasks = [asyncio.ensure_future(scheduler)]
        tasks += [asyncio.ensure_future(run(coach, database, stop)) for run, _ in wired.values()]
        try:
            await _until_first_failure(tasks)
        finally:
            stop.set()
            await asyncio.gather(*tasks, return_exceptions=True)
            seats_given_up.set()
            await asyncio.gather(*seats, return_exceptions=True)


def _elections(settings: Settings, database: Database,
               platforms: Sequence[str]) -> dict[str, SenderElection]:
    """One sender per bot token across the processes of a PostgreSQL database (see
    docs/outbox.md); on SQLite this process is the only one, and always sends."""
    if "telegram" not in platforms or settings.telegram_bot_token is None:
        return {}
    seat = sender_seat(database, "telegram", settings.telegram_bot_token.get_secret_value())
    return {} if seat is None else {"telegram": SenderElection(seat, "telegram")}


async def _until_first_failure(tasks: Sequence[asyncio.Future[None]]) -> None:
    done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for task in done:
        task.result()  # re-raise the first failure


@contextlib.asynccontextmanager
async def operations(
    settings: Settings, database: Database, outboxes: Mapping[str, Outbox], metrics: Metrics
) -> AsyncIterator[None]:
    """Around the bots: their Discord shards held, 429s counted, /healthz and /metrics served."""
    rate_limits = RateLimitCounter(metrics)
    rate_limits.install()
    detach = events.attach(metrics)
    try:
        async with contextlib.AsyncExitStack() as stack:
            if "discord" in outboxes and settings.discord_shard_count is not None:
                await stack.enter_async_context(_holding_shards(settings, database))
            if settings.metrics_listen:
                from bot.ops_server import OpsServer, serving  # aiohttp: only when asked for

                server = OpsServer(metrics, _health_checks(database, outboxes),
                                   refresh=lambda: _refresh_backlog(database, metrics))
                await stack.enter_async_context(serving(server, settings.metrics_listen))
            yield
    finally:
        detach()
        rate_limits.uninstall()


@contextlib.asynccontextmanager
async def _holding_shards(settings: Settings, database: Database) -> AsyncIterator[None]:
    count = settings.discord_shard_count or 1
    shards = settings.discord_shard_ids or tuple(range(count))
    try:
        async with holding_shards(database, shards):
            log.info("opening discord shards %s of %s", list(shards), count)
            yield
    except ShardTaken as error:
        raise StartupError(f"{error}; give this process other --shard-ids") from None


def _health_checks(database: Database, outboxes: Mapping[str, Outbox]) -> dict[str, Check]:
    async def platform_connected(outbox: Outbox) -> bool:
        return bool(getattr(outbox, "connected", False))

    checks: dict[str, Check] = {"database": lambda: database_reachable(database)}
    for name, outbox in outboxes.items():
        checks[name] = functools.partial(platform_connected, outbox)
    return checks


async def _refresh_backlog(database: Database, metrics: Metrics) -> None:
    now = datetime.now(UTC)
    backlog = await nudge_backlog(database, now)
    metrics.nudge_backlog(backlog.waiting, backlog.lag_seconds(now))
    for platform, owed in (await reply_backlog(database)).items():
        metrics.outbox_backlog(platform, owed)
