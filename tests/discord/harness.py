"""A running Rebound client against the fake Discord, and people who use it like a human would."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable
from typing import Any

from pydantic import SecretStr

from bot.discord_adapter import DiscordSession, ReboundClient, connected
from bot.settings import Settings
from coach.service import Coach
from tests.discord import payloads
from tests.discord.fake_discord import WAIT_SECONDS, FakeDiscord
from tests.discord.fake_records import FakeInteraction, Posted
from tests.discord.payloads import FakeUser, snowflake
from tests.fakes import FakeClock, InMemoryCoachStore, counting_ids

COMPONENT, APPLICATION_COMMAND = 3, 2


class Harness:
    """The coach (in memory) behind a real discord.py client, which can be restarted."""

    def __init__(self, fake: FakeDiscord, store: InMemoryCoachStore | None = None) -> None:
        self.fake = fake
        self.store = store or InMemoryCoachStore()
        self.clock = FakeClock()
        self.coach = Coach(self.store, self.clock, counting_ids())
        self.settings = settings_for(fake)
        self._stack: contextlib.AsyncExitStack | None = None
        self.session: DiscordSession | None = None

    @property
    def client(self) -> ReboundClient:
        assert self.session is not None, "the client is not running"
        return self.session.client

    async def start(self) -> None:
        self._stack = contextlib.AsyncExitStack()
        # No guilds arrive in READY: don't wait the default 2 s for them.
        self.session = await self._stack.enter_async_context(
            connected(self.settings, self.coach, guild_ready_timeout=0)
        )
        await self.fake.wait_for(lambda: self.fake.gateway.live, what="the client to IDENTIFY")

    async def stop(self) -> None:
        if self._stack is not None:
            await self._stack.aclose()
        self._stack = self.session = None

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    def person(self, username: str, global_name: str | None = None) -> Person:
        return Person(self, self.fake.user(username, global_name))

    async def settle(self, *events: Awaitable[Any]) -> None:
        """Dispatch `events` back to back, then wait until the client has answered them all."""
        lines = self.client.conversation.lines
        expected = lines.served + len(events)
        for event in events:
            await event
        try:
            await asyncio.wait_for(lines.wait_served(expected), WAIT_SECONDS)
        except TimeoutError:
            raise AssertionError(f"waited {WAIT_SECONDS}s for the bot to answer") from None


class Person:
    """Someone on Discord: writes DMs, uses slash commands, presses buttons."""

    def __init__(self, harness: Harness, user: FakeUser) -> None:
        self.harness = harness
        self.fake = harness.fake
        self.user = user
        self.last: list[Posted] = []

    @property
    def dm_channel_id(self) -> int:
        return self.fake.dm_channel_id(self.user)

    @property
    def dm(self) -> list[Posted]:
        return self.fake.posted_in(self.dm_channel_id)

    @property
    def text(self) -> str:
        """What the bot said in answer to the last thing this person did."""
        return "\n".join(posted.content for posted in self.last)

    async def say(self, text: str) -> str:
        return await self._act(self.saying(text))

    async def command(
        self, name: str, details: str | None = None, *, in_guild: bool = False
    ) -> str:
        return await self._act(self.commanding(name, details, in_guild=in_guild))

    async def press(self, label: str) -> str:
        return await self._act(self.pressing(label))

    # The same acts, dispatched but not waited for: to send several at once.

    def saying(self, text: str) -> Awaitable[Any]:
        message = payloads.message(snowflake(), self.dm_channel_id, self.user, text)
        return self.fake.gateway.dispatch("MESSAGE_CREATE", message)

    def commanding(
        self, name: str, details: str | None = None, *, in_guild: bool = False
    ) -> Awaitable[FakeInteraction]:
        registered = next(c for c in self.fake.commands if c["name"] == name)
        data: dict[str, Any] = {"id": registered["id"], "name": name, "type": 1}
        if details is not None:  # typed into the command's one text field, whatever its name
            field = registered["options"][0]["name"]
            data["options"] = [{"name": field, "type": 3, "value": details}]
        return self.interact(APPLICATION_COMMAND, data, in_guild=in_guild)

    def pressing(self, label: str) -> Awaitable[FakeInteraction]:
        message, button = self.button(label)
        data = {"custom_id": button["custom_id"], "component_type": 2}
        return self.interact(COMPONENT, data, message=message)

    def button(self, label: str) -> tuple[Posted, dict[str, Any]]:
        """The newest enabled button whose label contains `label`."""
        for posted in reversed(self.dm):
            for button in posted.buttons():
                if label.lower() in button.get("label", "").lower() and not button.get("disabled"):
                    return posted, button
        shown = [b.get("label") for p in self.dm for b in p.buttons() if not b.get("disabled")]
        raise AssertionError(f"no button {label!r}; enabled buttons: {shown}")

    async def interact(
        self, kind: int, data: dict[str, Any], *, in_guild: bool = False,
        message: Posted | None = None,
    ) -> FakeInteraction:
        fake = self.fake
        guild_id = fake.guild_id if in_guild else None
        if in_guild:
            channel_id = fake.guild_channel_id
            channel = payloads.guild_channel(channel_id, fake.guild_id)
        else:
            channel_id = self.dm_channel_id
            channel = payloads.dm_channel(channel_id, self.user)
        interaction = FakeInteraction(snowflake(), f"itoken-{snowflake()}", self.user, channel_id,
                                      guild_id, message_id=message.id if message else None)
        fake.interactions[interaction.id] = interaction
        payload = payloads.interaction(
            interaction.id, interaction.token, fake.application_id, self.user, channel,
            kind=kind, data=data, guild_id=guild_id,
            message_json=message.to_json() if message else None,
        )
        await fake.gateway.dispatch("INTERACTION_CREATE", payload)
        return interaction

    async def _act(self, event: Awaitable[Any]) -> str:
        seen = {posted.id: posted.content for posted in self.dm}
        await self.harness.settle(event)
        self.last = [p for p in self.dm if seen.get(p.id) != p.content]
        return self.text


def settings_for(fake: FakeDiscord, token: str | None = None) -> Settings:
    return Settings(
        discord_bot_token=SecretStr(token or fake.token),
        discord_api_base_url=fake.api_url,
        discord_gateway_url=fake.gateway_url,
        _env_file=None,  # type: ignore[call-arg]
    )
