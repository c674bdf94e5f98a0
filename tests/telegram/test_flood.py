"""FloodControl: messages share Telegram's budget; the typing indicator never waits for it."""

from __future__ import annotations

import asyncio

import pytest
from telegram.ext import AIORateLimiter

from bot.telegram_adapter.flood import FloodControl


async def test_messages_wait_for_the_budget_but_typing_indicators_do_not() -> None:
    limiter = FloodControl(overall_max_rate=1, overall_time_period=3600, max_retries=3)
    assert isinstance(limiter, AIORateLimiter)
    sent: list[str] = []

    async def request(endpoint: str) -> bool:
        sent.append(endpoint)
        return True

    async def call(endpoint: str) -> object:
        return await limiter.process_request(
            request, (endpoint,), {}, endpoint, {"chat_id": 42}, None
        )

    await call("sendMessage")  # the whole hour's budget
    for _ in range(10):
        await call("sendChatAction")
    assert sent == ["sendMessage"] + ["sendChatAction"] * 10
    with pytest.raises(TimeoutError):  # the next message waits for budget (an hour here)
        await asyncio.wait_for(call("sendMessage"), 0.05)
