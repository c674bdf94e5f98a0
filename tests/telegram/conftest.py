"""Fixtures: a fake Bot API that fails the test on any invalid request, a real coach, the bot."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.settings import Settings
from coach.service import Coach
from tests.fakes import FakeClock, InMemoryCoachStore, counting_ids
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.harness import RunningBot, running_bot, telegram_settings


@pytest.fixture
async def bot_api() -> AsyncIterator[FakeBotApi]:
    api = FakeBotApi()
    await api.start()
    try:
        yield api
    finally:
        await api.close()
    assert not api.violations, "requests outside the Bot API spec:\n" + "\n".join(api.violations)


@pytest.fixture
def store() -> InMemoryCoachStore:
    return InMemoryCoachStore()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def coach(store: InMemoryCoachStore, clock: FakeClock) -> Coach:
    return Coach(store, clock, counting_ids())


@pytest.fixture
def settings(bot_api: FakeBotApi) -> Settings:
    return telegram_settings(bot_api)


@pytest.fixture
async def telegram(
    bot_api: FakeBotApi, settings: Settings, coach: Coach
) -> AsyncIterator[RunningBot]:
    async with running_bot(bot_api, settings, coach) as running:
        yield running
