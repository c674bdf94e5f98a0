"""Many people writing at once on SQLite are served in the order they wrote.

SQLite has one connection; the pool's queue let a task that had just given it back take it
again ahead of everyone waiting, so someone answering quickly could have all their turns
while others waited seconds for their first.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from coach.messages import Incoming, PersonRef
from coach.service import Coach
from storage.database import open_database
from storage.repository import SqlCoachStore
from tests.fakes import FakeClock

PEOPLE = 20
MESSAGES = ("/progress", "/journal", "/progress", "/journal", "/progress")


async def test_nobody_gets_a_third_answer_before_everyone_has_their_first(
    tmp_path: Path,
) -> None:
    database = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}")
    coach = Coach(SqlCoachStore(database), FakeClock())
    answered: list[tuple[int, int]] = []  # (person, how many answers they have had)

    async def person(number: int) -> None:
        who = PersonRef("telegram", f"p{number}")
        for turn, text in enumerate(MESSAGES):  # each answers at once, as a bot under load
            assert await coach.respond(Incoming(who, text=text, delivery_id=f"{number}:{turn}"))
            answered.append((number, turn + 1))

    try:
        await asyncio.gather(*(person(number) for number in range(PEOPLE)))
    finally:
        await database.close()
    first_answers = [at for at, (_, count) in enumerate(answered) if count == 1]
    third_answers = [at for at, (_, count) in enumerate(answered) if count == 3]
    assert len(first_answers) == PEOPLE
    assert max(first_answers) < min(third_answers)
