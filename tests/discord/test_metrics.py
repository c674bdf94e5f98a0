"""A 429 that discord.py retries by itself is counted in the metrics."""

from __future__ import annotations

from bot.metrics import Metrics, RateLimitCounter
from tests.discord.harness import Harness

CHANNEL_MESSAGES = "/channels/{channel_id}/messages"


async def test_a_retried_429_is_counted_and_the_person_still_answered(harness: Harness) -> None:
    metrics = Metrics()
    counter = RateLimitCounter(metrics)
    counter.install()
    try:
        ana = harness.person("ana")
        harness.fake.rate_limit_next("POST", CHANNEL_MESSAGES, retry_after=0.1)
        assert "Hi" in await ana.say("hello")
    finally:
        counter.uninstall()

    assert 'rebound_rate_limited_total{platform="discord"} 1.0' in metrics.render()[0].decode()
