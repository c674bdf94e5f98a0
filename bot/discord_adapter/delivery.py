"""Sending the coach's replies to one place: a DM channel or an interaction's followups."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import discord

from bot import charts
from bot.discord_adapter.buttons import options_view
from bot.discord_adapter.rendering import as_file, split_text
from coach.messages import Reply

#: Discord's error code for "Cannot send messages to this user" (DMs closed, or blocked).
CANNOT_MESSAGE_USER = 50007


class DirectMessagesClosed(Exception):
    """The person does not accept direct messages from the bot."""


class Destination(Protocol):
    async def send(
        self, content: str, *, view: discord.ui.View | None, file: discord.File | None
    ) -> None: ...


class ChannelDestination:
    """A DM channel: the conversation's home."""

    def __init__(self, channel: discord.abc.Messageable) -> None:
        self._channel = channel

    async def send(
        self, content: str, *, view: discord.ui.View | None, file: discord.File | None
    ) -> None:
        await self._channel.send(content or None, **_extras(view, file))

    async def send_text(self, content: str) -> None:
        await self._channel.send(content)


class FollowupDestination:
    """Followups of a deferred slash command used in a DM; the first replaces "thinking…"."""

    def __init__(self, interaction: discord.Interaction[Any]) -> None:
        self._interaction = interaction

    async def send(
        self, content: str, *, view: discord.ui.View | None, file: discord.File | None
    ) -> None:
        await self._interaction.followup.send(content, **_extras(view, file))


def _extras(view: discord.ui.View | None, file: discord.File | None) -> dict[str, Any]:
    """discord.py's send() takes these as overloads: pass only what is set."""
    extras: dict[str, Any] = {}
    if view is not None:
        extras["view"] = view
    if file is not None:
        extras["file"] = file
    return extras


async def deliver(destination: Destination, replies: Sequence[Reply]) -> int:
    """Send every reply, long ones split; buttons and files go with a reply's last piece.

    Returns how many messages were sent. 429s are retried inside discord.py, which
    honours retry_after per route bucket (and the global limit), so nothing here
    second-guesses it.
    """
    sent = 0
    try:
        for reply in replies:
            reply = await charts.with_picture(reply)
            text = charts.caption(reply) if reply.chart is not None else reply.text
            pieces = split_text(text) or [""]
            for index, piece in enumerate(pieces):
                last = index == len(pieces) - 1
                view = options_view(reply.options) if last else None
                file = as_file(reply.attachment) if last and reply.attachment else None
                if not piece and view is None and file is None:
                    continue
                await destination.send(piece, view=view, file=file)
                sent += 1
    except discord.Forbidden as error:
        if error.code == CANNOT_MESSAGE_USER:
            raise DirectMessagesClosed from error
        raise
    return sent
