"""The fake Bot API itself: it must catch what Telegram refuses, or other tests prove little."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.people import STICKER

CHAT = {"id": 4501, "type": "private", "first_name": "Ana"}


@pytest.fixture
async def session(bot_api: FakeBotApi) -> AsyncIterator[aiohttp.ClientSession]:
    bot_api.chats[CHAT["id"]] = CHAT
    async with aiohttp.ClientSession() as session:
        yield session


async def call(session: aiohttp.ClientSession, api: FakeBotApi, method: str,
               token: str | None = None, **fields: Any) -> tuple[int, dict[str, Any]]:
    """A raw request, encoded the way python-telegram-bot encodes one."""
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in fields.items()}
    url = f"{api.base_url}{token or api.token}/{method}"
    async with session.post(url, data=form) as response:
        return response.status, await response.json()


@pytest.mark.parametrize(
    ("method", "fields", "problem"),
    [
        ("sendMesage", {"chat_id": 4501, "text": "hi"}, "no such Bot API method"),
        ("sendMessage", {"chat_id": 4501}, "required field text missing"),
        ("sendMessage", {"chat_id": 4501, "text": "hi", "colour": "red"}, "unknown field colour"),
        ("sendMessage", {"chat_id": 4501, "text": "x" * 4097}, "4097 characters"),
        ("sendMessage", {"chat_id": 4501, "text": ""}, "0 characters"),
        ("sendMessage", {"chat_id": 4501, "text": "hi", "reply_markup": {"inline_keyboard": [[
            {"text": "A", "callback_data": "d" * 65}]]}}, "65 bytes"),
        ("sendMessage", {"chat_id": 4501, "text": "hi", "reply_markup": {"inline_keyboard": [[
            {"text": "A"}]]}}, "exactly one action"),
        ("sendMessage", {"chat_id": "not a number", "text": "hi", "disable_notification": 3},
         "expected Boolean"),
        ("sendChatAction", {"chat_id": 4501, "action": "dancing"}, "unknown action"),
        ("setMyCommands", {"commands": [{"command": "Start!", "description": "x"}]},
         "not 1-32 of a-z"),
    ],
)
async def test_requests_outside_the_spec_are_recorded_as_violations(
    bot_api: FakeBotApi, session: aiohttp.ClientSession,
    method: str, fields: dict[str, Any], problem: str,
) -> None:
    await call(session, bot_api, method, **fields)
    assert any(problem in violation for violation in bot_api.violations), bot_api.violations
    bot_api.violations.clear()  # seen: do not fail the teardown check


async def test_an_update_the_fake_would_send_is_checked_too(bot_api: FakeBotApi) -> None:
    message = {"message_id": 1, "date": 1, "chat": CHAT, "mood": "sad"}
    bot_api.push({"message": message})
    assert bot_api.violations == ["pushed update.message: unknown field mood in Message"]
    bot_api.violations.clear()


async def test_a_wrong_token_is_unauthorized(
    bot_api: FakeBotApi, session: aiohttp.ClientSession
) -> None:
    status, body = await call(session, bot_api, "getMe", token="1:nope")
    assert (status, body["description"]) == (401, "Unauthorized")


async def test_get_updates_keeps_updates_until_an_offset_confirms_them(
    bot_api: FakeBotApi, session: aiohttp.ClientSession
) -> None:
    first = bot_api.push({"message": {"message_id": 1, "date": 1, "chat": CHAT, **STICKER}})
    second = bot_api.push({"message": {"message_id": 2, "date": 2, "chat": CHAT, "text": "hi"}})
    for _ in range(2):  # unconfirmed updates come again
        _, body = await call(session, bot_api, "getUpdates", offset=0, timeout=0)
        assert [update["update_id"] for update in body["result"]] == [first, second]
    _, body = await call(session, bot_api, "getUpdates", offset=second + 1, timeout=0)
    assert body["result"] == []


async def test_a_long_poll_returns_as_soon_as_an_update_arrives(
    bot_api: FakeBotApi, session: aiohttp.ClientSession
) -> None:
    poll = asyncio.create_task(call(session, bot_api, "getUpdates", timeout=30))
    await bot_api.wait_for(lambda: bool(bot_api.calls_to("getUpdates")))
    pushed = bot_api.push({"message": {"message_id": 3, "date": 3, "chat": CHAT, "text": "hi"}})
    _, body = await asyncio.wait_for(poll, 5)
    assert [update["update_id"] for update in body["result"]] == [pushed]


async def test_injected_errors_answer_as_telegram_does(
    bot_api: FakeBotApi, session: aiohttp.ClientSession
) -> None:
    bot_api.flood("sendMessage", retry_after=3)
    status, body = await call(session, bot_api, "sendMessage", chat_id=4501, text="hi")
    assert (status, body["parameters"]) == (429, {"retry_after": 3})
    bot_api.block(4501)
    status, body = await call(session, bot_api, "sendMessage", chat_id=4501, text="hi")
    assert (status, body["description"]) == (403, "Forbidden: bot was blocked by the user")
