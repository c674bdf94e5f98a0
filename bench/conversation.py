"""How fast the coach answers: whole journeys through Coach.respond on a real database.

Prints SQL statements per turn, p50/p99 per turn, messages/s and the process's CPU
time per turn (every thread: aiosqlite's too), with 1 and with 50 people at a time (50
journeys in all either way), on SQLite
and (when a URL is given) on PostgreSQL. Each turn's replies are then reported sent,
as the sender does (one DELETE, left out of the statement count).

Run: python bench/conversation.py [--people 1,50] [--postgres postgresql+asyncpg://...]
     (COACH_TEST_POSTGRES_URL is used when --postgres is not given)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import create_async_engine

from coach.messages import Incoming, PersonRef
from coach.service import Coach
from storage.database import Database, open_database
from storage.repository import SqlCoachStore

JOURNEY = (
    "I got rejected from Acme", "sad", "4", "I'm OK", "Analyst", "Final round", "Not selected",
    "Full reflection", "no", "Clear answers", "Ask about the team", "4", "4", "3", "2",
    "Preparation", "Budget", "Partly", "2", "In a week", "Practise SQL", "In 6 weeks",
    "/applied Globex, Analyst", "/progress", "/journal", "/applied Initech, Analyst", "/progress",
)
#: Journeys timed in each run: 50 people at once, or 50 one after another with "1 person" (a
#: single journey of 27 turns gave a p50 that moved by a third from run to run).
JOURNEYS = 50


class Clock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class Counter:
    """Statements sent to the database (BEGIN left out, as the turn test does)."""

    def __init__(self, database: Database) -> None:
        self.count = 0
        event.listen(database.engine.sync_engine, "before_cursor_execute", self._record)

    def _record(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if not statement.lstrip().upper().startswith("BEGIN"):
            self.count += 1


async def _person(coach: Coach, name: str, latencies: list[float]) -> None:
    for number, line in enumerate(JOURNEY):
        incoming = Incoming(PersonRef("bench", name), text=line, delivery_id=f"{name}:{number}")
        started = time.perf_counter()
        queued = await coach.respond(incoming)
        latencies.append(time.perf_counter() - started)
        await coach.outbox.sent([item.number for item in queued])  # as the sender would


async def _people(coach: Coach, count: int, latencies: list[float]) -> None:
    """`count` new people, one after another, each through the whole journey."""
    for _ in range(count):
        await _person(coach, f"p{uuid.uuid4().hex[:8]}", latencies)


async def run(database: Database, people: int, label: str) -> None:
    coach = Coach(SqlCoachStore(database), Clock())
    # One journey first, untimed: statements compiled, connections opened and (asyncpg)
    # statements prepared, so the figures are of a bot that has been up a while.
    await _person(coach, "warm-up", [])
    counter = Counter(database)
    latencies: list[float] = []
    started, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(_people(coach, max(1, JOURNEYS // people), latencies)
                           for _ in range(people)))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    turns = len(latencies)
    statements = (counter.count - turns) / turns  # minus the one DELETE marking replies sent
    quantiles = statistics.quantiles(latencies, n=100)
    print(f"{label:10} people {people:3}  turns {turns:5}  statements/turn {statements:4.1f}  "
          f"p50 {quantiles[49] * 1000:6.1f} ms  p99 {quantiles[98] * 1000:6.1f} ms  "
          f"messages/s {turns / elapsed:6.0f}  CPU/turn {cpu / turns * 1000:4.1f} ms")


async def on_sqlite(people: list[int]) -> None:
    for count in people:
        with tempfile.TemporaryDirectory() as folder:
            database = await open_database(f"sqlite+aiosqlite:///{Path(folder) / 'b.db'}")
            try:
                await run(database, count, "sqlite")
            finally:
                await database.close()


async def on_postgres(url: str, people: list[int]) -> None:
    for count in people:
        schema = f"bench_{uuid.uuid4().hex}"
        admin = create_async_engine(url, isolation_level="AUTOCOMMIT")
        async with admin.connect() as connection:
            await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        try:
            database = await open_database(
                url, connect_args={"server_settings": {"search_path": schema}})
            try:
                await run(database, count, "postgresql")
            finally:
                await database.close()
        finally:
            async with admin.connect() as connection:
                await connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            await admin.dispose()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", default="1,50")
    parser.add_argument("--postgres", default=os.environ.get("COACH_TEST_POSTGRES_URL"))
    arguments = parser.parse_args()
    people = [int(count) for count in arguments.people.split(",")]
    await on_sqlite(people)
    if arguments.postgres:
        await on_postgres(arguments.postgres, people)


if __name__ == "__main__":
    asyncio.run(main())
