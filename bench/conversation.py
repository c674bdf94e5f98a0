"""How fast the coach answers: whole journeys through Coach + SqlCoachStore on a SQLite file.

Run: python bench/conversation.py [people]   (prints messages/s and reply latency)
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from coach.messages import Incoming, PersonRef
from coach.service import Coach
from storage.database import open_database
from storage.repository import SqlCoachStore

JOURNEY = (
    "I got rejected from Acme", "sad", "4", "I'm OK", "Analyst", "Final round", "Not selected",
    "Full reflection", "no", "Clear answers", "Ask about the team", "4", "4", "3", "2",
    "Preparation", "Budget", "Partly", "2", "In a week", "Practise SQL", "In 6 weeks",
    "/applied Globex, Analyst", "/applied Initech, Analyst", "/progress",
)


class Clock:
    def now(self) -> datetime:
        return datetime.now(UTC)


async def _person(coach: Coach, name: str, latencies: list[float]) -> None:
    for line in JOURNEY:
        started = time.perf_counter()
        await coach.handle(Incoming(PersonRef("bench", name), text=line))
        latencies.append(time.perf_counter() - started)


async def main(people: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = await open_database(f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}")
        coach = Coach(SqlCoachStore(database), Clock())
        latencies: list[float] = []
        started = time.perf_counter()
        await asyncio.gather(*(_person(coach, f"p{n}", latencies) for n in range(people)))
        elapsed = time.perf_counter() - started
        await database.close()
    quantiles = statistics.quantiles(latencies, n=100)
    print(f"people: {people}, messages: {len(latencies)}, seconds: {elapsed:.2f}")
    print(f"messages/s: {len(latencies) / elapsed:.0f}")
    print(f"latency ms: p50 {quantiles[49] * 1000:.1f}, p99 {quantiles[98] * 1000:.1f}")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
