"""A 429 that our flood control waits out is counted once in the metrics, and the message goes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from telegram.error import RetryAfter

from bot import events
from bot.metrics import Metrics
from bot.telegram_adapter.flood import FloodControl


@pytest.fixture
def metrics() -> Iterator[Metrics]:
    metrics = Metrics()
    detach = events.attach(metrics)
    try:
        yield metrics
    finally:
        detach()


async def test_a_retried_429_is_counted_once_and_the_message_still_goes(
    metrics: Metrics,
) -> None:
    limiter = FloodControl()
    answers: list[Exception | bool] = [RetryAfter(timedelta(0)), True]

    async def send_message() -> bool:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    await limiter.initialize()
    try:
        sent = await limiter.process_request(
            send_message, (), {}, "sendMessage", {"chat_id": 42}, None)
    finally:
        await limiter.shutdown()

    assert sent is True
    assert 'rebound_rate_limited_total{platform="telegram"} 1.0' in metrics.render()[0].decode()
