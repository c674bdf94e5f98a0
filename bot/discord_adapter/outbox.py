"""Messages nobody asked for just now (daily nudges, check-ins), sent to a person's DMs."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import aiohttp
import discord

from bot.discord_adapter.conversation import PLATFORM
from bot.discord_adapter.delivery import ChannelDestination, DirectMessagesClosed, deliver
from coach.messages import PersonRef, Reply
from coach.ports import DeliveryResult

log = logging.getLogger(__name__)


class DiscordOutbox:
    """The scheduler's way into Discord (`coach.ports.Outbox`); never raises for a refusal.

    Made before the client exists and attached while one is connected (`run_discord`
    does both), so the scheduler can be wired once; until then every send is
    RETRY_LATER. Closed DMs, a blocked bot or a deleted account are UNREACHABLE,
    which the nudge store records. Rate limits are discord.py's: every DM channel is
    its own bucket, so a nudge never queues behind another person's conversation.
    """

    def __init__(self, client: discord.Client | None = None) -> None:
        self._client = client

    def attach(self, client: discord.Client | None) -> None:
        self._client = client

    @property
    def connected(self) -> bool:
        """A client is attached and its gateway session is ready (for /healthz)."""
        client = self._client
        return client is not None and client.is_ready() and not client.is_closed()

    async def send(self, person: PersonRef, replies: Sequence[Reply]) -> DeliveryResult:
        if person.platform != PLATFORM:
            raise ValueError(f"not a Discord person: {person.platform}")
        client = self._client
        if client is None or client.is_closed():
            return DeliveryResult.RETRY_LATER
        try:
            channel = await client.create_dm(discord.Object(int(person.user_id)))
            await deliver(ChannelDestination(channel), replies)
        except (DirectMessagesClosed, discord.Forbidden, discord.NotFound):
            log.info("discord user %s cannot be messaged; unreachable", person.user_id)
            return DeliveryResult.UNREACHABLE
        except (discord.HTTPException, aiohttp.ClientError, OSError, TimeoutError) as error:
            log.warning("nudge to discord user %s not delivered (%s); will retry",
                        person.user_id, type(error).__name__)
            return DeliveryResult.RETRY_LATER
        return DeliveryResult.DELIVERED
