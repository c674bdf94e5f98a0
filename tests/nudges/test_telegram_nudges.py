"""Nudges through the Telegram adapter and its fake Bot API: a ping with buttons, a press
that logs an application, and a person who blocked the bot."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

from bot.pacing import SendBudget
from bot.scheduler import NudgeScheduler
from bot.telegram_adapter import TelegramOutbox
from coach.messages import PersonRef
from coach.service import Coach
from storage.database import Database
from storage.nudge_store import SqlNudgeStore
from storage.repository import SqlCoachStore
from tests.fakes import FakeClock
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.harness import RunningBot, running_bot, telegram_settings
from tests.telegram.people import FakePerson

NINE = datetime(2026, 11, 21, 9, 0, 20, tzinfo=UTC)


@asynccontextmanager
async def _telegram(
    database: Database, clock: FakeClock
) -> AsyncIterator[tuple[RunningBot, NudgeScheduler]]:
    """The bot as `coach telegram` runs it, and a scheduler sending through its outbox."""
    api = FakeBotApi()
    await api.start()
    coach = Coach(SqlCoachStore(database), clock)
    try:
        async with running_bot(api, telegram_settings(api), coach) as telegram:
            outbox = TelegramOutbox(telegram.application.bot)
            yield telegram, NudgeScheduler(SqlNudgeStore(database), {"telegram": outbox},
                                           clock, budget=SendBudget({}))
    finally:
        await api.close()
    assert not api.violations, "\n".join(api.violations)


async def _subscriber(telegram: RunningBot) -> FakePerson:
    ana = telegram.person()
    await ana.say("/timezone UTC")
    await ana.say("/time 09:00")
    return ana


async def test_a_ping_arrives_with_buttons_and_i_applied_to_one_logs_an_application(
    database: Database,
) -> None:
    clock = FakeClock(NINE - timedelta(hours=1))
    async with _telegram(database, clock) as (telegram, scheduler):
        ana = await _subscriber(telegram)
        clock.current = NINE
        assert (await scheduler.sweep()).sent == 1
        ping = ana.inbox[-1]
        assert ping.labels == ["I applied to one", "I got another rejection", "Pause pings"]
        replies = await ana.press("I applied to one", on=ping)
        assert "Logged: an application" in replies[-1].text
    person = PersonRef("telegram", str(ana.chat_id))
    assert len((await SqlCoachStore(database).load(person, NINE)).applications) == 1


async def test_a_person_who_blocked_the_bot_is_marked_unreachable_and_not_tried_again(
    database: Database,
) -> None:
    clock = FakeClock(NINE - timedelta(hours=1))
    async with _telegram(database, clock) as (telegram, scheduler):
        ana = await _subscriber(telegram)
        telegram.api.block(ana.chat_id)
        for later in (timedelta(0), timedelta(minutes=2), timedelta(days=1)):
            clock.current = NINE + later
            await scheduler.sweep()
        tries = telegram.api.calls_to("sendMessage", status=403)
    person = PersonRef("telegram", str(ana.chat_id))
    assert (await SqlCoachStore(database).load(person, NINE)).profile.unreachable
    assert len(tries) == 1
