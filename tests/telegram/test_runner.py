"""Starting and stopping as `coach telegram` does: polling, webhook, and start-up failures."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from pydantic import SecretStr

from bot.settings import Settings
from bot.telegram_adapter import TelegramStartupError, run_telegram
from bot.telegram_adapter.runner import webhook_secret
from coach.service import Coach
from coach.words import content
from storage.database import Database, open_database
from storage.inbox import SqlUpdateInbox
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.harness import running_bot, telegram_settings
from tests.telegram.people import FakePerson, command_entities

WEBHOOK_URL = "https://rebound.example/telegram/hook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_a_wrong_token_stops_start_up_with_one_clean_line(
    bot_api: FakeBotApi, coach: Coach, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "7000001:AAWrongTokenWrongTokenWrongToken12345"
    settings = telegram_settings(bot_api, telegram_bot_token=SecretStr(wrong))
    with pytest.raises(TelegramStartupError) as raised:
        await run_telegram(settings, coach, asyncio.Event())
    message = str(raised.value)
    assert "TELEGRAM_BOT_TOKEN" in message and "\n" not in message
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    for text in (message, caplog.text):
        assert wrong not in text and wrong.split(":")[1] not in text


async def test_an_unreachable_bot_api_stops_start_up_with_one_clean_line(coach: Coach) -> None:
    closed = f"http://127.0.0.1:{free_port()}/bot"
    settings = Settings(_env_file=None, telegram_bot_token=SecretStr("1:abcdefghijklmnop"),  # type: ignore[call-arg]
                        telegram_base_url=closed)
    with pytest.raises(TelegramStartupError, match="cannot reach the Telegram Bot API"):
        await run_telegram(settings, coach, asyncio.Event())


async def test_a_missing_token_or_bad_listen_address_is_a_startup_error(
    bot_api: FakeBotApi, coach: Coach
) -> None:
    with pytest.raises(TelegramStartupError, match="TELEGRAM_BOT_TOKEN"):
        await run_telegram(telegram_settings(bot_api, telegram_bot_token=None), coach,
                           asyncio.Event())
    settings = telegram_settings(bot_api, telegram_webhook_url=WEBHOOK_URL,
                                 telegram_webhook_listen="nowhere")
    with pytest.raises(TelegramStartupError, match="HOST:PORT"):
        await run_telegram(settings, coach, asyncio.Event())


async def test_polling_starts_with_a_command_menu_and_stops_cleanly(
    bot_api: FakeBotApi, settings: Settings, coach: Coach
) -> None:
    async with running_bot(bot_api, settings, coach) as telegram:
        assert await telegram.person().say("hello")
    methods = [call.method for call in bot_api.calls]
    assert methods[:3] == ["getMe", "setMyCommands", "deleteWebhook"]
    last_poll = bot_api.calls_to("getUpdates")[-1]
    assert last_poll.params.get("timeout", 0) == 0  # the final confirming call on stop
    assert set(last_poll.params["allowed_updates"]) >= {"message", "callback_query"}


@pytest.fixture
async def inbox_database(tmp_path: Path) -> AsyncIterator[Database]:
    """Where webhook updates wait until handled (the coach's own store is in memory here)."""
    database = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'inbox.db'}")
    try:
        yield database
    finally:
        await database.close()


@asynccontextmanager
async def webhook_bot(api: FakeBotApi, coach: Coach, database: Database,
                      **overrides: Any) -> AsyncIterator[str]:
    """run_telegram in webhook mode until the block ends; yields the local webhook address."""
    port = free_port()
    settings = telegram_settings(api, telegram_webhook_url=WEBHOOK_URL,
                                 telegram_webhook_listen=f"127.0.0.1:{port}", **overrides)
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(run_telegram(
        settings, coach, stop, ready=ready,
        inbox_for=lambda source: SqlUpdateInbox(database, source)))
    try:
        await asyncio.wait_for(ready.wait(), 5)
        yield f"http://127.0.0.1:{port}/telegram/hook"
    finally:
        stop.set()
        await task


async def test_webhook_mode_takes_updates_from_telegram_and_answers_through_the_api(
    bot_api: FakeBotApi, coach: Coach, inbox_database: Database
) -> None:
    secret = "s3cret_webhook-token"
    async with webhook_bot(bot_api, coach, inbox_database,
                           telegram_webhook_secret=SecretStr(secret)) as hook, \
            aiohttp.ClientSession() as session:
        assert bot_api.webhook["url"] == WEBHOOK_URL
        assert bot_api.webhook["secret_token"] == secret
        ana = FakePerson(bot_api, _NoProbe(), 4301, "Ana")
        update = bot_api.prepare({"message": ana.message(text="/rejected",
                                                         **command_entities("/rejected"))})
        async with session.post(hook, json=update, headers={SECRET_HEADER: "guess"}) as refused:
            assert refused.status == 403
        async with session.post(hook, json=update, headers={SECRET_HEADER: secret}) as accepted:
            assert accepted.status == 200
        await bot_api.wait_for(lambda: bool(ana.inbox))
    assert content.TEXT["ask.feeling"] in ana.inbox[0].text
    assert len(ana.inbox) == 1  # the refused post was never handled
    assert not bot_api.calls_to("deleteWebhook")  # other instances behind the balancer go on


async def test_without_a_configured_secret_the_webhook_still_has_one_shared_by_all_instances(
    bot_api: FakeBotApi, coach: Coach, inbox_database: Database
) -> None:
    async with webhook_bot(bot_api, coach, inbox_database):
        secret = bot_api.webhook["secret_token"]
    assert secret == webhook_secret(telegram_settings(bot_api))
    assert bot_api.token not in secret


class _NoProbe:
    """Webhook tests wait on the fake server instead of an update probe."""

    def mark(self) -> int:
        return 0

    async def wait(self, update_id: int, since: int = 0) -> None:
        return None
