"""The coach's quick replies as Discord buttons that still work after the bot restarts."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

import discord

from bot.discord_adapter.rendering import CUSTOM_ID, decode_custom_id, encode_custom_id
from coach.messages import Option

log = logging.getLogger(__name__)

#: Discord's limits: 5 rows of 5 buttons, labels up to 80 characters.
MAX_BUTTONS = 25
LABEL_LIMIT = 80


@runtime_checkable
class ChoiceHandler(Protocol):
    """Whoever turns a pressed button into a message for the coach (the client)."""

    async def option_chosen(self, interaction: discord.Interaction[Any], value: str) -> None: ...


class OptionButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=CUSTOM_ID):
    """A button whose custom_id carries the option value itself.

    Registered once with `Client.add_dynamic_items`, discord.py rebuilds it from any
    incoming custom_id matching the template, so a button sent before a restart (or by
    another process) works without any view kept in memory, and sent views hold no state.
    """

    def __init__(
        self,
        value: str,
        label: str,
        *,
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
        disabled: bool = False,
    ) -> None:
        button: discord.ui.Button[Any] = discord.ui.Button(
            label=label[:LABEL_LIMIT] or value,
            custom_id=encode_custom_id(value),
            style=style,
            disabled=disabled,
        )
        super().__init__(button)
        self.value = value

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> OptionButton:
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(match["value"], label or match["value"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        if isinstance(interaction.client, ChoiceHandler):
            await interaction.client.option_chosen(interaction, self.value)


def options_view(options: Sequence[Option]) -> discord.ui.View | None:
    """Buttons for the options; no timeout, since the custom_ids are the whole state."""
    if not options:
        return None
    if len(options) > MAX_BUTTONS:
        log.warning("coach offered %d options; Discord shows %d", len(options), MAX_BUTTONS)
    view = discord.ui.View(timeout=None)
    for option in options[:MAX_BUTTONS]:
        view.add_item(OptionButton(option.value, option.label))
    return view


def answered_view(message: discord.Message | None, chosen: str) -> discord.ui.View:
    """The pressed message's buttons, disabled, with the chosen one highlighted.

    The person sees what they answered, and an old question cannot be answered twice
    by accident.
    """
    view = discord.ui.View(timeout=None)
    for button in _buttons_of(message):
        value = decode_custom_id(button.custom_id or "")
        if value is None or len(view.children) >= MAX_BUTTONS:
            continue
        style = discord.ButtonStyle.success if value == chosen else discord.ButtonStyle.secondary
        view.add_item(OptionButton(value, button.label or value, style=style, disabled=True))
    return view


def _buttons_of(message: discord.Message | None) -> list[discord.Button]:
    if message is None:
        return []
    buttons: list[discord.Button] = []
    for row in message.components:
        if isinstance(row, discord.ActionRow):
            buttons.extend(c for c in row.children if isinstance(c, discord.Button))
    return buttons
