"""Rebound on Discord: slash commands, buttons and a private conversation in DMs."""

import warnings

with warnings.catch_warnings():
    # discord.py imports the deprecated audioop for voice, which Rebound never uses;
    # silenced here once, so "warnings are errors" in tests stays meaningful elsewhere.
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import discord  # noqa: F401

from bot.discord_adapter.client import ReboundClient, build_client, intents  # noqa: E402
from bot.discord_adapter.outbox import DiscordOutbox  # noqa: E402
from bot.discord_adapter.runner import (  # noqa: E402
    DiscordSession,
    DiscordStartupError,
    connected,
    run_discord,
)

__all__ = [
    "DiscordOutbox",
    "DiscordSession",
    "DiscordStartupError",
    "ReboundClient",
    "build_client",
    "connected",
    "intents",
    "run_discord",
]
