"""Goal check-ins, feedback and follow-up reminders fire once, on the right day; a nudge's
button works; /forget takes the nudges too; APScheduler drives the sweep."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from coach.messages import PersonRef, Reply
from coach.ports import DeliveryResult
from storage.database import Database
from storage.models import NudgeDeliveryRow, NudgeScheduleRow
from tests.fakes import RecordingOutbox
from tests.nudges.town import Town

BERLIN = ZoneInfo("Europe/Berlin")
ANSWERS = {"ack_feeling": "sad", "ack_intensity": "3", "ack_coping": "continue",
           "capture_stage": "Final round", "capture_kind": "Not selected",
           "choose_path": "Full reflection",
           "reflect_feedback": "no", "plan_count": "2", "plan_deadline": "7",
           "plan_follow_up": "4"}
REMINDERS = {"feedback": "ask Acme for feedback", "check-in": "Check-in:",
             "missed deadline": "plans slip", "follow-up": "get back in touch with Acme"}


async def _after_a_rejection(town: Town) -> PersonRef:
    """Rejected on Fri 20 Nov; no feedback given; 2 applications by Fri 27 Nov; follow up in
    4 weeks (Fri 18 Dec)."""
    person = await town.person("p", "Europe/Berlin", "09:00")
    await town.say(person, "/rejected Acme, Analyst")
    while (state := (await town.snapshot(person)).conversation.state) != "idle":
        await town.say(person, ANSWERS.get(state, "skip"))
    return person


async def test_each_reminder_fires_once_on_its_day_beside_the_daily_note(
    database: Database,
) -> None:
    town = Town(database)
    person = await _after_a_rejection(town)
    scheduler = town.scheduler()
    days_of: dict[str, list[date]] = {name: [] for name in REMINDERS}
    for day in range(1, 30):
        nine = datetime(2026, 11, 20, 9, 0, 20, tzinfo=BERLIN) + timedelta(days=day)
        before = len(town.outbox.sent)
        await town.sweep_at(nine, scheduler)
        for _, replies, _ in town.outbox.sent[before:]:
            for name, words in REMINDERS.items():
                if words in replies[0].text:
                    days_of[name].append(nine.date())
    assert days_of == {"feedback": [date(2026, 11, 22)], "check-in": [date(2026, 11, 26)],
                       "missed deadline": [date(2026, 11, 28)],
                       "follow-up": [date(2026, 12, 18)]}
    assert len(town.sent_to(person)) == 29 + 4  # a daily note every day, and the four


async def test_pressing_i_applied_to_one_under_a_ping_logs_it(database: Database) -> None:
    town = Town(database)
    person = await town.person("p", "UTC", "09:00")
    await town.sweep_at(datetime(2026, 11, 21, 9, 0, 20, tzinfo=UTC))
    (ping,) = town.outbox.to(person)
    applied = next(o for o in ping[0].options if o.label == "I applied to one")
    assert "Logged: an application" in await town.press(person, applied.value)
    assert len((await town.snapshot(person)).applications) == 1


async def test_forget_removes_the_schedule_and_the_record_of_nudges(database: Database) -> None:
    town = Town(database)
    person = await town.person("p", "UTC", "09:00")
    await town.sweep_at(datetime(2026, 11, 21, 9, 0, 20, tzinfo=UTC))
    assert await _nudge_rows(database) == (1, 1)
    await town.say(person, "/forget", "Delete everything")
    assert await _nudge_rows(database) == (0, 0)
    await town.sweep_at(datetime(2026, 11, 22, 9, 0, 20, tzinfo=UTC))
    assert len(town.outbox.sent) == 1


async def _nudge_rows(database: Database) -> tuple[int, int]:
    async with database.sessions() as session:
        schedules = await session.scalar(select(func.count()).select_from(NudgeScheduleRow))
        deliveries = await session.scalar(select(func.count()).select_from(NudgeDeliveryRow))
    return int(schedules or 0), int(deliveries or 0)


async def test_apscheduler_runs_the_sweep_in_the_background_and_stops_cleanly(
    database: Database,
) -> None:
    town = Town(database)
    person = await town.person("p", "UTC", "09:00")
    town.clock.current = datetime(2026, 11, 21, 9, 0, 20, tzinfo=UTC)
    arrived = asyncio.Event()

    class SignallingOutbox(RecordingOutbox):
        async def send(self, who: PersonRef, replies: Sequence[Reply]) -> DeliveryResult:
            result = await super().send(who, replies)
            arrived.set()
            return result

    outbox = SignallingOutbox(town.clock)
    scheduler = town.scheduler(outbox, interval=3600)
    scheduler.start()  # the first sweep runs at once, later ones every `interval`
    try:
        await asyncio.wait_for(arrived.wait(), 10)
    finally:
        await scheduler.shutdown()
    assert [who for who, _, _ in outbox.sent] == [person]
