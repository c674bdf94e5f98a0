"""Webhook updates are stored before Telegram hears "received", and handled once, in order.

Bots run in this process against the fake Bot API, on a real database (SQLite and
PostgreSQL); updates are posted to their webhook listeners as Telegram posts them.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from pydantic import SecretStr

from bot.telegram_adapter import run_telegram
from bot.telegram_adapter.inbox import UpdateInbox
from coach.ports import StoreUnavailable
from coach.service import Coach
from coach.words import content
from storage.database import Database
from storage.inbox import SqlUpdateInbox
from storage.repository import SqlCoachStore
from tests.fakes import FakeClock, counting_ids
from tests.telegram.fake_bot_api import BOT_ID, FakeBotApi
from tests.telegram.fleet import SECRET, SECRET_HEADER
from tests.telegram.harness import telegram_settings
from tests.telegram.people import FakePerson, command_entities
from tests.telegram.test_runner import WEBHOOK_URL, free_port

SOURCE = f"telegram:{BOT_ID}"
PATIENCE = 10.0


def opening(key: str) -> str:
    return content.TEXT[key].split("{", 1)[0]


class Webhook:
    """A running bot's webhook listener, posted to as Telegram does."""

    def __init__(self, url: str, session: aiohttp.ClientSession) -> None:
        self.url = url
        self._session = session

    async def post(self, update: dict[str, Any], secret: str = SECRET) -> int:
        async with self._session.post(self.url, json=update,
                                      headers={SECRET_HEADER: secret}) as answer:
            return answer.status


@asynccontextmanager
async def webhook_instance(api: FakeBotApi, database: Database,
                           inbox: UpdateInbox | None = None) -> AsyncIterator[Webhook]:
    """One `coach telegram --webhook` instance, with its own coach, on the shared database."""
    port = free_port()
    settings = telegram_settings(api, telegram_webhook_url=WEBHOOK_URL,
                                 telegram_webhook_listen=f"127.0.0.1:{port}",
                                 telegram_webhook_secret=SecretStr(SECRET))
    coach = Coach(SqlCoachStore(database), FakeClock(datetime(2026, 11, 20, 9, tzinfo=UTC)),
                  counting_ids())
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(run_telegram(
        settings, coach, stop, ready=ready,
        inbox_for=lambda source: inbox or SqlUpdateInbox(database, source)))
    try:
        await asyncio.wait_for(ready.wait(), PATIENCE)
        async with aiohttp.ClientSession() as session:
            yield Webhook(f"http://127.0.0.1:{port}/telegram/hook", session)
    finally:
        stop.set()
        await task


def said(api: FakeBotApi, person: FakePerson, text: str) -> dict[str, Any]:
    return api.prepare({"message": person.message(text=text, **command_entities(text))})


async def test_an_update_acknowledged_by_an_instance_that_died_is_answered_by_another(
    bot_api: FakeBotApi, database: Database
) -> None:
    ana = FakePerson(bot_api, None, 6101, "Ana")  # type: ignore[arg-type]
    # What a dead instance leaves behind: the update stored and acknowledged, never handled.
    update = said(bot_api, ana, "/rejected")
    await SqlUpdateInbox(database, SOURCE).store(update["update_id"], ana.chat_id, update,
                                                 datetime.now(UTC))
    async with webhook_instance(bot_api, database):
        await bot_api.wait_for(lambda: bool(ana.inbox), PATIENCE)
    assert opening("ask.feeling") in ana.inbox[0].text
    assert await SqlUpdateInbox(database, SOURCE).waiting_chats(10) == []


async def test_an_update_delivered_to_two_instances_is_answered_once(
    bot_api: FakeBotApi, database: Database
) -> None:
    ana = FakePerson(bot_api, None, 6102, "Ana")  # type: ignore[arg-type]
    update = said(bot_api, ana, "/rejected")
    async with webhook_instance(bot_api, database) as first, \
            webhook_instance(bot_api, database) as second:
        assert await first.post(update) == 200
        assert await second.post(update) == 200  # Telegram did not hear the first "200"
        await bot_api.wait_for(lambda: bool(ana.inbox), PATIENCE)
        follow_up = said(bot_api, ana, "sad")
        assert await second.post(follow_up) == 200
        await bot_api.wait_for(lambda: len(ana.inbox) >= 2, PATIENCE)
    assert [opening("ask.feeling") in ana.inbox[0].text,
            opening("react.feeling.sad") in ana.inbox[1].text] == [True, True]
    assert len(ana.inbox) == 2


async def test_updates_are_refused_without_the_secret_or_when_they_are_not_updates(
    bot_api: FakeBotApi, database: Database
) -> None:
    ana = FakePerson(bot_api, None, 6103, "Ana")  # type: ignore[arg-type]
    async with webhook_instance(bot_api, database) as hook:
        assert await hook.post(said(bot_api, ana, "/rejected"), secret="guess") == 403
        assert await hook.post({"not": "an update"}) == 400
        assert await SqlUpdateInbox(database, SOURCE).waiting_chats(10) == []
    assert ana.inbox == []


class RefusingOnce(SqlUpdateInbox):
    """The database is out for the first update, as during a failover."""

    def __init__(self, database: Database) -> None:
        super().__init__(database, SOURCE)
        self.refused = 0

    async def store(self, update_id: int, chat_key: int, payload: dict[str, Any],
                    now: datetime) -> None:
        if not self.refused:
            self.refused += 1
            raise StoreUnavailable("OperationalError")
        await super().store(update_id, chat_key, payload, now)


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
async def test_an_update_the_database_could_not_take_is_refused_so_telegram_sends_it_again(
    bot_api: FakeBotApi, database: Database
) -> None:
    ana = FakePerson(bot_api, None, 6104, "Ana")  # type: ignore[arg-type]
    update = said(bot_api, ana, "/rejected")
    async with webhook_instance(bot_api, database, RefusingOnce(database)) as hook:
        assert await hook.post(update) == 503  # not "received": Telegram keeps it
        assert ana.inbox == []
        assert await hook.post(update) == 200
        await bot_api.wait_for(lambda: bool(ana.inbox), PATIENCE)
    assert opening("ask.feeling") in ana.inbox[0].text
