"""A few people talking to a real Coach over a real database, and schedulers sweeping it."""

from __future__ import annotations

import asyncio
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select

from bot.pacing import SendBudget
from bot.scheduler import NudgeScheduler, SweepReport
from coach.messages import Incoming, PersonRef
from coach.model import Snapshot
from coach.service import Coach
from storage.database import Database
from storage.models import NudgeScheduleRow, PersonRow
from storage.nudge_store import SqlNudgeStore
from storage.repository import SqlCoachStore
from tests.fakes import FakeClock, RecordingOutbox

PLATFORM = "test"


class FakeMonotonic:
    """A monotonic clock and a sleep for SendBudget: sleeping moves the clock, at once."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.seconds

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(0)  # others run while we "wait", as they would in a real sleep
        self.slept.append(seconds)
        self.seconds += seconds


class Town:
    def __init__(self, database: Database, clock: FakeClock | None = None) -> None:
        self.database = database
        self.clock = clock or FakeClock()
        self.store = SqlCoachStore(database)
        self.coach = Coach(self.store, self.clock)
        self.outbox = RecordingOutbox(self.clock)

    async def person(self, user: str, zone: str = "UTC", at: str | None = "09:00") -> PersonRef:
        """Someone who set a time zone and (unless `at` is None) a daily ping time."""
        person = PersonRef(PLATFORM, user)
        await self.say(person, f"/timezone {zone}")
        if at is not None:
            await self.say(person, f"/time {at}")
        return person

    async def say(self, person: PersonRef, *lines: str) -> str:
        said = []
        for line in lines:
            said += [reply.text for reply in await self.coach.handle(Incoming(person, text=line))]
        return "\n".join(said)

    async def press(self, person: PersonRef, value: str) -> str:
        replies = await self.coach.handle(Incoming(person, option=value))
        return "\n".join(reply.text for reply in replies)

    async def snapshot(self, person: PersonRef) -> Snapshot:
        return await self.store.load(person, self.clock.now())

    async def crowd(self, size: int, due: datetime) -> list[PersonRef]:
        """`size` people whose daily ping (09:00 UTC) is due at `due`, written in bulk."""
        people = [PersonRef(PLATFORM, f"crowd{n}") for n in range(size)]
        async with self.database.sessions.begin() as session:
            await session.execute(insert(PersonRow), [
                {"platform": PLATFORM, "user_id": p.user_id, "timezone": "UTC",
                 "ping_time": time(9), "created_at": due - timedelta(days=1)} for p in people])
            ids = (await session.scalars(select(PersonRow.id))).all()
            await session.execute(insert(NudgeScheduleRow), [
                {"person_id": person_id, "kind": "daily", "key": "", "next_due_at": due}
                for person_id in ids])
        return people

    def scheduler(self, outbox: RecordingOutbox | None = None, **options: Any) -> NudgeScheduler:
        options.setdefault("budget", SendBudget({}))  # unpaced unless a test paces it
        return NudgeScheduler(SqlNudgeStore(self.database), {PLATFORM: outbox or self.outbox},
                              self.clock, **options)

    async def sweep_at(
        self, when: datetime, scheduler: NudgeScheduler | None = None
    ) -> SweepReport:
        self.clock.current = when
        return await (scheduler or self.scheduler()).sweep()

    def sent_to(self, person: PersonRef) -> list[str]:
        return [replies[0].text for replies in self.outbox.to(person)]

    def times_sent_to(self, person: PersonRef) -> list[datetime]:
        return [when for who, _, when in self.outbox.sent if who == person and when is not None]
