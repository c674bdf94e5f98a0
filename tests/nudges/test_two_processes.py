"""Two schedulers sweeping one database in the same minute: every due person, exactly once."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from bot.pacing import SendBudget
from bot.scheduler import NudgeScheduler
from coach.messages import PersonRef, Reply
from coach.ports import DeliveryResult
from storage.database import Database
from storage.models import NudgeDeliveryRow
from storage.nudge_store import SqlNudgeStore
from tests.fakes import FakeClock, RecordingOutbox
from tests.nudges.town import PLATFORM, Town

NINE = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
PEOPLE = 200


class SlowOutbox(RecordingOutbox):
    """Lets the other scheduler run between sends, as network waits would."""

    async def send(self, person: PersonRef, replies: Sequence[Reply]) -> DeliveryResult:
        await asyncio.sleep(0)
        return await super().send(person, replies)


async def test_two_schedulers_in_the_same_minute_send_each_ping_exactly_once(
    two_processes: tuple[Database, Database],
) -> None:
    await Town(two_processes[0]).crowd(PEOPLE, NINE)
    clock, outbox = FakeClock(NINE), SlowOutbox()
    schedulers = [
        NudgeScheduler(SqlNudgeStore(database), {PLATFORM: outbox}, clock, budget=SendBudget({}),
                       plan_batch=40, send_batch=25)
        for database in two_processes
    ]
    for seconds in (10, 30):  # both sweep twice within the minute
        reports = await asyncio.gather(*(s.sweep(NINE + timedelta(seconds=seconds))
                                         for s in schedulers))
        assert sum(report.recorded for report in reports) == (PEOPLE if seconds == 10 else 0)

    pings = Counter(person.user_id for person, _, _ in outbox.sent)
    assert len(pings) == PEOPLE and set(pings.values()) == {1}
    async with two_processes[1].sessions() as session:
        statuses = (await session.execute(
            select(NudgeDeliveryRow.status, func.count()).group_by(NudgeDeliveryRow.status)
        )).all()
    assert dict(statuses) == {"sent": PEOPLE}
