"""A 429 that python-telegram-bot's flood control retries is counted in the metrics."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from telegram.error import RetryAfter

from bot.metrics import Metrics, RateLimitCounter
from bot.telegram_adapter.flood import FloodControl


@pytest.fixture
def metrics() -> Iterator[Metrics]:
    metrics = Metrics()
    counter = RateLimitCounter(metrics)
    counter.install()
    try:
        yield metrics
    finally:
        counter.uninstall()


async def test_a_retried_429_is_counted_once_and_the_message_still_goes(
    metrics: Metrics, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # as run_telegram sets it
    limiter = FloodControl(max_retries=2)
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
