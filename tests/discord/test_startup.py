"""Starting and stopping: clear errors for a bad token or address, a clean stop, quiet logs."""

from __future__ import annotations

import asyncio
import logging
import socket

import pytest
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.discord_adapter import DiscordStartupError, run_discord
from bot.discord_adapter.commands import ARGUMENTS
from bot.discord_adapter.logs import protect_logs
from coach.conversation.commands import COMMANDS
from coach.service import Coach
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import Harness, settings_for
from tests.fakes import FakeClock, InMemoryCoachStore, counting_ids

DEFAULT_BASE = "https://discord.com/api/v10"


def _coach() -> Coach:
    return Coach(InMemoryCoachStore(), FakeClock(), counting_ids())


async def test_a_wrong_token_is_a_startup_error_that_does_not_show_the_token(
    fake: FakeDiscord,
) -> None:
    wrong = "MTA.wrong-token.N0P3"
    with pytest.raises(DiscordStartupError) as raised:
        await run_discord(settings_for(fake, token=wrong), _coach(), asyncio.Event())
    assert "401" in str(raised.value) and wrong not in str(raised.value)
    assert [(r.path, r.status) for r in fake.requests] == [("/users/@me", 401)]
    assert Route.BASE == DEFAULT_BASE


async def test_an_unreachable_api_is_a_startup_error(fake: FakeDiscord) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    settings = settings_for(fake)
    settings.discord_api_base_url = f"http://127.0.0.1:{port}/api/v10"
    with pytest.raises(DiscordStartupError, match="cannot reach the Discord API") as raised:
        await run_discord(settings, _coach(), asyncio.Event())
    assert fake.token not in str(raised.value)


async def test_a_token_the_gateway_refuses_stops_run_discord_with_a_clear_error(
    fake: FakeDiscord,
) -> None:
    fake.gateway.refuse_identify = True
    with pytest.raises(DiscordStartupError, match="gateway refused") as raised:
        await asyncio.wait_for(run_discord(settings_for(fake), _coach(), asyncio.Event()), 5)
    assert fake.token not in str(raised.value)


async def test_run_discord_serves_until_stopped_then_closes_and_restores_the_addresses(
    fake: FakeDiscord,
) -> None:
    stop = asyncio.Event()
    running = asyncio.create_task(run_discord(settings_for(fake), _coach(), stop))
    await fake.wait_for(lambda: fake.gateway.identified, what="IDENTIFY")
    assert fake.api_url == Route.BASE
    assert [c["name"] for c in fake.commands][:3] == ["rejected", "applied", "progress"]
    stop.set()
    await asyncio.wait_for(running, 5)
    assert all(connection.socket.closed for connection in fake.gateway.connections)
    assert Route.BASE == DEFAULT_BASE
    assert yarl.URL("wss://gateway.discord.gg/") == DiscordWebSocket.DEFAULT_GATEWAY


async def test_identify_asks_only_for_direct_messages(harness: Harness) -> None:
    intents = harness.fake.gateway.identified[0]["intents"]
    assert intents == 1 << 12  # DIRECT_MESSAGES; nothing privileged, no server events
    assert harness.fake.gateway.connections[0].path == "/gateway"


async def test_every_coach_command_is_a_slash_command_and_arguments_are_optional_text(
    harness: Harness,
) -> None:
    commands = {c["name"]: c for c in harness.fake.commands}
    assert list(commands) == [name for name, _ in COMMANDS]
    assert [(o["name"], o["type"], o.get("required")) for o in commands["applied"]["options"]] \
        == [("details", 3, False)]
    assert [o["name"] for o in commands["time"]["options"]] == ["when"]
    assert commands["progress"]["options"] == []
    assert commands["help"]["contexts"] == [0, 1]  # in servers and in the bot's DMs
    assert "09:30" in await harness.person("ana").command("time", "09:30")


def test_a_command_whose_description_shows_an_argument_takes_one() -> None:
    shown = {name for name, description in COMMANDS if f"/{name} " in description}
    assert shown <= set(ARGUMENTS), "add these commands to ARGUMENTS"


async def test_logs_never_show_the_token_interaction_tokens_or_what_people_wrote(
    fake: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    harness = Harness(fake)
    await harness.start()
    try:
        ana = harness.person("ana")
        fake.rate_limit_next("POST", "/webhooks/{webhook_id}/{webhook_token}", 0.05)
        await ana.command("rejected", "Zyxcorp")
        await ana.press("Sad")
        await ana.say("my secret heartbreak")
        await ana.press("4")
        await ana.press("I'm OK")  # the reply names the company: a body that was logged
    finally:
        await harness.stop()
    logged = caplog.text
    assert "Zyxcorp" in ana.text
    assert "Zyxcorp" not in logged and "heartbreak" not in logged
    assert fake.token not in logged
    assert not any(i.token in logged for i in fake.interactions.values())
    assert "discord" in logged  # the log was not simply empty


def test_the_log_filter_blanks_a_token_wherever_it_appears(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    protect_logs("MTA.planted-token.XYZ")
    logging.getLogger("discord.http").warning("calling with %s", "Bot MTA.planted-token.XYZ")
    logging.getLogger("discord.webhook.async_").debug(
        "POST %s", "https://discord.com/api/v10/webhooks/123/aW50ZXJhY3Rpb24/messages/@original")
    assert "planted-token" not in caplog.text and "aW50ZXJhY3Rpb24" not in caplog.text
    assert caplog.text.count("[REDACTED]") == 2
