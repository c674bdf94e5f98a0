"""Start, run and stop the Discord side: log in, sync commands, connect, close cleanly."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import discord

from bot.discord_adapter.client import ReboundClient, build_client
from bot.discord_adapter.endpoints import pointed_at
from bot.discord_adapter.logs import protect_logs
from bot.discord_adapter.outbox import DiscordOutbox
from bot.errors import StartupError
from bot.settings import Settings
from coach.service import Coach

log = logging.getLogger(__name__)

#: Gateway close code for "Authentication failed".
AUTHENTICATION_FAILED = 4004


class DiscordStartupError(StartupError):
    """Something a person can fix before the bot can run; the message never holds the token."""


@dataclass(frozen=True, slots=True)
class DiscordSession:
    """A logged-in client and the task running its gateway connection."""

    client: ReboundClient
    connection: asyncio.Task[None]


async def run_discord(
    settings: Settings, coach: Coach, stop: asyncio.Event, outbox: DiscordOutbox | None = None
) -> None:
    """Serve Discord until `stop` is set; raise DiscordStartupError for a bad token or URL.

    `outbox`, if given, sends through this client while it is connected (for nudges).
    """
    async with connected(settings, coach, outbox=outbox) as session:
        stopping = asyncio.create_task(stop.wait())
        try:
            await asyncio.wait({stopping, session.connection}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopping.cancel()
        if session.connection.done() and not stop.is_set():
            _raise_for_lost_connection(session.connection, settings)


@contextlib.asynccontextmanager
async def connected(
    settings: Settings, coach: Coach, *, outbox: DiscordOutbox | None = None, **options: Any
) -> AsyncIterator[DiscordSession]:
    """Log in (syncing slash commands), connect to the gateway, and close on the way out.

    `options` go to discord.Client (tests pass `guild_ready_timeout=0`).
    """
    token = _token(settings)
    protect_logs(token)
    with pointed_at(settings.discord_api_base_url, settings.discord_gateway_url):
        client = build_client(coach, settings.discord_shard_count, settings.discord_shard_ids,
                              **options)
        async with client:
            await _log_in(client, token, settings)
            log.info("discord bot %s logged in; connecting to the gateway", client.user)
            connection = asyncio.create_task(client.connect(reconnect=True))
            if outbox is not None:
                outbox.attach(client)
            try:
                yield DiscordSession(client, connection)
            finally:
                if outbox is not None:
                    outbox.attach(None)
                await client.close()
                await _finish(connection)
    log.info("discord client closed")


def _token(settings: Settings) -> str:
    if settings.discord_bot_token is None:
        raise DiscordStartupError("DISCORD_BOT_TOKEN is not set")
    return settings.discord_bot_token.get_secret_value().strip()


async def _log_in(client: discord.Client, token: str, settings: Settings) -> None:
    """GET /users/@me (the token), the application, then `setup_hook` (command sync)."""
    where = settings.discord_api_base_url
    try:
        await client.login(token)
    except discord.LoginFailure:
        raise DiscordStartupError(
            "Discord refused DISCORD_BOT_TOKEN (401 Unauthorized): copy the bot token again "
            "from the developer portal (Bot > Reset Token)"
        ) from None
    except discord.HTTPException as error:
        raise DiscordStartupError(
            f"the Discord API at {where} answered {error.status} while starting up"
        ) from None
    except (aiohttp.ClientError, OSError, TimeoutError) as error:
        raise DiscordStartupError(
            f"cannot reach the Discord API at {where} ({type(error).__name__}); "
            "check DISCORD_API_BASE_URL and the network"
        ) from None


def _raise_for_lost_connection(connection: asyncio.Task[None], settings: Settings) -> None:
    error = connection.exception()
    if isinstance(error, discord.PrivilegedIntentsRequired):
        raise DiscordStartupError("Discord refused the requested gateway intents") from None
    if isinstance(error, discord.ConnectionClosed) and error.code == AUTHENTICATION_FAILED:
        raise DiscordStartupError("the Discord gateway refused DISCORD_BOT_TOKEN") from None
    if error is not None:
        raise DiscordStartupError(
            f"lost the Discord gateway at {settings.discord_gateway_url} "
            f"({type(error).__name__})"
        ) from None
    raise DiscordStartupError("the Discord gateway connection ended unexpectedly")


async def _finish(connection: asyncio.Task[None]) -> None:
    """Let the connection loop see the close and end; it must not outlive the client."""
    if not connection.done():
        try:
            await asyncio.wait_for(asyncio.shield(connection), timeout=5)
        except TimeoutError:
            connection.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await connection
