"""The discord.py client: which events Rebound listens to, and where each one goes."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import discord

from bot.discord_adapter.buttons import OptionButton
from bot.discord_adapter.commands import build_tree
from bot.discord_adapter.conversation import DiscordConversation
from bot.discord_adapter.rendering import decode_custom_id
from coach.service import Coach

log = logging.getLogger(__name__)


def intents() -> discord.Intents:
    """Direct messages only.

    Slash commands and button presses arrive as interactions, which need no intent.
    Message content is not needed either: Discord always delivers the text of DMs
    sent to the bot (the privileged intent covers server messages, which Rebound
    never reads). Without `guilds` the bot keeps no server state at all.
    """
    wanted = discord.Intents.none()
    wanted.dm_messages = True
    return wanted


class ReboundClient(discord.Client):
    """Composes the coach (through `DiscordConversation`) instead of inheriting it."""

    def __init__(self, coach: Coach, **options: Any) -> None:
        super().__init__(
            intents=intents(),
            max_messages=None,  # no cache of what people wrote
            allowed_mentions=discord.AllowedMentions.none(),  # echoed text never pings anyone
            **options,
        )
        self.conversation = DiscordConversation(coach)
        self.tree = build_tree(self, self.conversation.slash_command)

    async def setup_hook(self) -> None:
        """Before the gateway connects: old buttons become routable, commands are current."""
        self.add_dynamic_items(OptionButton)
        commands = await self.tree.sync()
        log.info("synced %d discord slash commands", len(commands))

    async def on_message(self, message: discord.Message) -> None:
        if message.guild is not None or message.author.bot:
            return  # ourselves, other bots, and anything outside a DM
        if not isinstance(message.channel, discord.DMChannel):
            return
        await self.conversation.direct_message(message)

    async def on_interaction(self, interaction: discord.Interaction[Any]) -> None:
        """Valid option buttons are routed to `OptionButton`; here only the rest is answered."""
        if interaction.type is not discord.InteractionType.component:
            return
        data: Any = interaction.data or {}
        if decode_custom_id(str(data.get("custom_id", ""))) is None:
            await self.conversation.button_expired(interaction)

    async def option_chosen(self, interaction: discord.Interaction[Any], value: str) -> None:
        await self.conversation.option_chosen(interaction, value)


class ShardedReboundClient(ReboundClient, discord.AutoShardedClient):
    """The same client on some of the bot's shards; direct messages all come on shard 0."""


def build_client(
    coach: Coach,
    shard_count: int | None = None,
    shard_ids: Sequence[int] | None = None,
    **options: Any,
) -> ReboundClient:
    """A client not yet logged in; `options` go to discord.Client (tests shorten timeouts).

    With a `shard_count` it opens `shard_ids` (all shards when None) of that many.
    """
    if shard_count is None:
        return ReboundClient(coach, **options)
    ids = list(shard_ids) if shard_ids is not None else None
    return ShardedReboundClient(coach, shard_count=shard_count, shard_ids=ids, **options)
