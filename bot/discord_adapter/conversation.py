"""Discord events in, coach replies out: private, in order, and never in a shared channel."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import discord

from bot.discord_adapter import texts
from bot.discord_adapter.buttons import answered_view
from bot.discord_adapter.delivery import (
    ChannelDestination,
    Destination,
    DirectMessagesClosed,
    FollowupDestination,
    deliver,
)
from bot.discord_adapter.ordering import PersonLines
from coach.messages import Incoming, PersonRef, Reply
from coach.service import Coach

log = logging.getLogger(__name__)

PLATFORM = "discord"

#: Who did something: a user in a DM, a member in a server.
User = discord.User | discord.Member
SendText = Callable[[str], Awaitable[None]]


def person_of(user: User) -> PersonRef:
    return PersonRef(PLATFORM, str(user.id))


def display_name_of(user: User) -> str:
    return user.global_name or user.name


class DiscordConversation:
    """Turns DMs, button presses and slash commands into `Incoming` for the coach.

    Every handler joins the person's line first (synchronously, as the event
    arrives), acknowledges the interaction at once if there is one, then waits its
    turn: Discord's 3-second deadline is met even while an earlier message from the
    same person is still being answered. Logs carry ids, never what anyone wrote.
    """

    def __init__(self, coach: Coach) -> None:
        self._coach = coach
        self.lines = PersonLines()

    async def direct_message(self, message: discord.Message) -> None:
        author = message.author
        destination = ChannelDestination(message.channel)
        async with self.lines.join(author.id) as place:
            await place.turn()
            async with _apologising("message", author, destination.send_text):
                if not message.content.strip():
                    # Only a file or a sticker: nothing the coach could read.
                    await self._deliver(author, destination, [Reply(texts.ONLY_TEXT)])
                    return
                incoming = _incoming(author, f"discord:msg:{message.id}", text=message.content)
                await self._deliver(author, destination, await self._coach.handle(incoming))

    async def option_chosen(self, interaction: discord.Interaction[Any], value: str) -> None:
        user = interaction.user
        async with self.lines.join(user.id) as place:
            answered = answered_view(interaction.message, value)
            await _quietly(interaction.response.edit_message(view=answered), interaction)
            await place.turn()
            async with _apologising("button", user, _ephemeral_followup(interaction)):
                incoming = _incoming(user, f"discord:int:{interaction.id}", option=value)
                replies = await self._coach.handle(incoming)
                channel = interaction.channel
                if isinstance(channel, discord.abc.Messageable):
                    await self._deliver(user, ChannelDestination(channel), replies)
                else:
                    await self._deliver_to_dm(user, replies)

    async def slash_command(self, interaction: discord.Interaction[Any], text: str) -> None:
        user = interaction.user
        in_dm = interaction.guild_id is None
        async with self.lines.join(user.id) as place:
            # In a server, even "thinking…" is shown to this person only.
            deferral = interaction.response.defer(ephemeral=not in_dm, thinking=True)
            await _quietly(deferral, interaction)
            await place.turn()
            async with _apologising("command", user, _ephemeral_followup(interaction)):
                incoming = _incoming(user, f"discord:int:{interaction.id}", text=text)
                replies = await self._coach.handle(incoming)
                if in_dm:
                    await self._answer_in_dm(interaction, replies)
                else:
                    await self._move_to_dm(interaction, replies)

    async def button_expired(self, interaction: discord.Interaction[Any]) -> None:
        """A custom_id this release did not make: forged, or from an older format."""
        log.info("expired button pressed by discord user %s", interaction.user.id)
        async with self.lines.join(interaction.user.id):
            # Answered at once: the note is ephemeral and changes nothing in the conversation.
            note = interaction.response.send_message(texts.BUTTON_EXPIRED, ephemeral=True)
            await _quietly(note, interaction)

    async def _answer_in_dm(
        self, interaction: discord.Interaction[Any], replies: list[Reply]
    ) -> None:
        if not await self._deliver(interaction.user, FollowupDestination(interaction), replies):
            # A redelivered command: take the "thinking…" away rather than leave it hanging.
            await _quietly(interaction.delete_original_response(), interaction)

    async def _move_to_dm(
        self, interaction: discord.Interaction[Any], replies: list[Reply]
    ) -> None:
        """Answer a command used in a server in the person's DMs; the channel sees nothing."""
        try:
            sent = await self._deliver_to_dm(interaction.user, replies, raise_closed=True)
        except DirectMessagesClosed:
            note = texts.DMS_CLOSED
        else:
            note = texts.CONTINUED_IN_DM if sent else texts.NOTHING_NEW
        await _quietly(interaction.edit_original_response(content=note), interaction)

    async def _deliver_to_dm(
        self, user: User, replies: list[Reply], *, raise_closed: bool = False
    ) -> int:
        if not replies:
            return 0
        channel = await user.create_dm()
        return await self._deliver(user, ChannelDestination(channel), replies, raise_closed)

    async def _deliver(
        self,
        user: User,
        destination: Destination,
        replies: list[Reply],
        raise_closed: bool = False,
    ) -> int:
        try:
            return await deliver(destination, replies)
        except DirectMessagesClosed:
            log.info("discord user %s does not accept DMs; marked unreachable", user.id)
            await self._coach.mark_unreachable(person_of(user))
            if raise_closed:
                raise
            return 0


def _incoming(
    user: User, delivery_id: str, *, text: str = "", option: str | None = None
) -> Incoming:
    return Incoming(person_of(user), text=text, option=option, delivery_id=delivery_id,
                    display_name=display_name_of(user))


def _ephemeral_followup(interaction: discord.Interaction[Any]) -> SendText:
    async def send(text: str) -> None:
        await interaction.followup.send(text, ephemeral=True)

    return send


@contextlib.asynccontextmanager
async def _apologising(kind: str, user: User, send: SendText) -> AsyncIterator[None]:
    """An unexpected failure is logged (ids only) and the person told, not left waiting.

    Without this a slash command would show "thinking…" forever; the event
    still leaves the person's line, so what they send next is answered.
    """
    try:
        yield
    except Exception:
        log.exception("discord %s from user %s failed", kind, user.id)
        with contextlib.suppress(discord.HTTPException):
            await send(texts.SOMETHING_WENT_WRONG)


async def _quietly(call: Awaitable[Any], interaction: discord.Interaction[Any]) -> None:
    """Answer or edit an interaction; a failure is logged, not raised.

    Typically the interaction was answered already (a replay after a resume) or
    has expired; the coach's own de-duplication decides what happens next.
    """
    try:
        await call
    except discord.HTTPException as error:
        log.warning("discord interaction %s: HTTP %s (code %s)",
                    interaction.id, error.status, error.code)
