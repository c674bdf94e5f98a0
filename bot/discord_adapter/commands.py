"""Slash commands for every coach command, declared from the coach's own list."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import discord
from discord import app_commands

from coach.conversation.commands import COMMANDS

CommandHandler = Callable[[discord.Interaction[Any], str], Awaitable[None]]
Callback = Callable[..., Coroutine[Any, Any, None]]


@dataclass(frozen=True, slots=True)
class Argument:
    """The optional free text typed after a command ("/applied Globex, Analyst")."""

    name: str
    description: str


#: Commands that take what the person would type after them. The coach parses
#: the text as if typed, so Discord shows one optional text field.
ARGUMENTS: dict[str, Argument] = {
    "rejected": Argument("details", "Company, role (for example: Globex, Data Analyst)"),
    "applied": Argument("details", "Company, role (for example: Globex, Data Analyst)"),
    "time": Argument("when", "A time like 09:00, or off"),
    "timezone": Argument("zone", "A city, a zone like Europe/Paris, or UTC+2"),
    "pause": Argument("days", "How many days; empty pauses until /resume"),
    "nudges": Argument("which", "A kind and on or off, for example: goals off"),
    "country": Argument("code", "A two-letter code like DE or a name; off to guess from your zone"),
    "interview": Argument("details", "Company and when (for example: Globex tomorrow 14:00)"),
    "review": Argument("when", "A weekday and time (sunday 18:00), or off"),
    "followupdays": Argument("days", "A number of days from 3 to 60"),
}

#: Usable in servers (answered privately) and in the bot's DMs; installed to servers only.
CONTEXTS = app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=False)
INSTALLS = app_commands.AppInstallationType(guild=True, user=False)


def build_tree(client: discord.Client, handle: CommandHandler) -> app_commands.CommandTree[Any]:
    """A tree with one command per coach command; each hands the coach the text it expects."""
    tree: app_commands.CommandTree[Any] = app_commands.CommandTree(client)
    for name, description in COMMANDS:
        tree.add_command(_command(name, description, handle))
    return tree


def _command(
    name: str, description: str, handle: CommandHandler
) -> app_commands.Command[Any, Any, None]:
    argument = ARGUMENTS.get(name)
    callback = _plain(name, handle) if argument is None else _with_text(name, argument, handle)
    return app_commands.Command(
        name=name,
        description=description[:100],
        callback=callback,
        allowed_contexts=CONTEXTS,
        allowed_installs=INSTALLS,
    )


def _plain(name: str, handle: CommandHandler) -> Callback:
    async def callback(interaction: discord.Interaction[Any]) -> None:
        await handle(interaction, f"/{name}")

    return callback


def _with_text(name: str, argument: Argument, handle: CommandHandler) -> Callback:
    @app_commands.rename(text=argument.name)
    @app_commands.describe(text=argument.description)
    async def callback(interaction: discord.Interaction[Any], text: str | None = None) -> None:
        await handle(interaction, f"/{name} {text.strip()}" if text else f"/{name}")

    return callback
