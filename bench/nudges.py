"""How fast a wave of nudges is planned: 100,000 people due in the same minute, SQLite file.

Run: python bench/nudges.py [people]

Prints, for the planning phase (find the due rows, claim them, record each delivery under
its unique key, move each row to tomorrow) and for the send phase with a no-op outbox and no
pacing (claim with a lease, compose from each person's data, settle): nudges/s, seconds,
peak memory of the process, and how late the event loop ran meanwhile (what a person
writing to the bot would wait on top of their answer).
"""

from __future__ import annotations

import asyncio
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Sequence
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from sqlalchemy import insert

from bot.pacing import SendBudget
from bot.scheduler import PLAN_BATCH, NudgeScheduler
from coach.messages import PersonRef, Reply
from coach.nudges.schedule import DEFAULT_GRACE
from coach.nudges.values import Audience
from coach.ports import DeliveryResult
from storage.database import Database, open_database
from storage.models import NudgeScheduleRow, PersonRow
from storage.nudge_store import SqlNudgeStore

DUE = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
#: Zones and the local times that are 09:00 UTC on that day: the same minute everywhere.
ZONES = (("Europe/Berlin", clock_time(10)), ("Asia/Kolkata", clock_time(14, 30)),
         ("America/New_York", clock_time(4)), ("UTC", clock_time(9)))
SEED_CHUNK = 10_000


class NoOutbox:
    async def send(self, person: PersonRef, replies: Sequence[Reply]) -> DeliveryResult:
        return DeliveryResult.DELIVERED


class FixedClock:
    def now(self) -> datetime:
        return DUE + timedelta(seconds=20)


async def seed(database: Database, people: int) -> None:
    """Bulk inserts: people with a ping time, and their daily schedule row due at DUE."""
    for start in range(0, people, SEED_CHUNK):
        ids = range(start + 1, min(start + SEED_CHUNK, people) + 1)
        async with database.sessions.begin() as session:
            await session.execute(insert(PersonRow), [
                {"id": n, "platform": "bench", "user_id": str(n), "timezone": ZONES[n % 4][0],
                 "ping_time": ZONES[n % 4][1], "created_at": DUE - timedelta(days=30)}
                for n in ids])
            await session.execute(insert(NudgeScheduleRow), [
                {"person_id": n, "kind": "daily", "key": "", "next_due_at": DUE} for n in ids])


async def watch_the_loop(lags: list[float], stop: asyncio.Event) -> None:
    """How late a 10 ms sleep wakes up: the delay any other task (a reply) would see."""
    while not stop.is_set():
        started = time.perf_counter()
        await asyncio.sleep(0.01)
        lags.append(time.perf_counter() - started - 0.01)


async def plan_all(store: SqlNudgeStore, now: datetime) -> int:
    audience, recorded = Audience(frozenset({"bench"})), 0
    while True:
        report = await store.plan_due(audience, now, DEFAULT_GRACE, PLAN_BATCH)
        recorded += report.recorded
        await asyncio.sleep(0)
        if report.claimed < PLAN_BATCH:
            return recorded


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


async def timed(label: str, count: int, work: Awaitable[int]) -> None:
    lags: list[float] = []
    stop = asyncio.Event()
    watcher = asyncio.create_task(watch_the_loop(lags, stop))
    started = time.perf_counter()
    done = await work
    elapsed = time.perf_counter() - started
    stop.set()
    await watcher
    p99 = statistics.quantiles(lags, n=100)[98] if len(lags) > 1 else 0.0
    print(f"{label}: {done} of {count} nudges in {elapsed:.2f} s = {done / elapsed:,.0f} nudges/s; "
          f"peak RSS {peak_mb():.0f} MB; loop lag p99 {p99 * 1000:.0f} ms, "
          f"max {max(lags, default=0) * 1000:.0f} ms")


async def main(people: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = await open_database(f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}")
        started = time.perf_counter()
        await seed(database, people)
        print(f"seeded {people:,} people due at {DUE:%Y-%m-%d %H:%M} UTC in "
              f"{time.perf_counter() - started:.1f} s; peak RSS {peak_mb():.0f} MB")
        store = SqlNudgeStore(database)
        await timed("plan (find, claim, record)", people, plan_all(store, FixedClock().now()))
        scheduler = NudgeScheduler(store, {"bench": NoOutbox()}, FixedClock(),
                                   budget=SendBudget({}), sends_per_sweep=people)
        await timed("send (claim, compose, settle; no-op outbox, unpaced)", people,
                    _sent(scheduler))
        await database.close()


async def _sent(scheduler: NudgeScheduler) -> int:
    return (await scheduler.sweep()).sent


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
