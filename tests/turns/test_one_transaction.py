"""A turn is one short transaction: few statements, and the replies owed are in the outbox."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import event, func, select

from coach.messages import Incoming, PersonRef
from coach.service import Coach
from storage.database import Database
from storage.models import OutgoingReplyRow
from storage.repository import SqlCoachStore
from tests.fakes import FakeClock

ANA = PersonRef("telegram", "501")
#: Up to the goal: a rejection talked through and a plan of two applications.
SETUP = ("/start", "UTC", "09:00", "yes", "I got rejected from Acme", "sad", "4", "I'm OK",
         "Analyst", "Final round", "Not selected", "no", "Clear answers", "Ask more", "4", "4",
         "3", "2", "Preparation", "Budget", "Partly", "2", "In a week", "Practise SQL",
         "In 6 weeks")


@contextlib.contextmanager
def counted(database: Database) -> Iterator[list[str]]:
    """The SQL statements run inside the block, transaction control (BEGIN) left out."""
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if not statement.lstrip().upper().startswith("BEGIN"):
            statements.append(statement)

    event.listen(database.engine.sync_engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", record)


async def _say(coach: Coach, text: str, number: int) -> list[str]:
    queued = await coach.respond(Incoming(ANA, text=text, delivery_id=f"u{number}"))
    return [item.reply.text for item in queued]


async def test_typical_turns_cost_at_most_six_statements(database: Database) -> None:
    coach = Coach(SqlCoachStore(database), FakeClock())
    for number, line in enumerate(SETUP):
        await _say(coach, line, number)
    budgets = (("/progress", 6), ("/journal", 6), ("/applied Hooli", 6),
               # Reaching the goal also closes it and cancels its check-in: two more.
               ("/applied Globex", 8),
               # A new rejection also moves that rejection's reminders: one more.
               ("/rejected Initech", 7), ("angry", 6), ("3", 6), ("/cancel", 6))
    for number, (line, budget) in enumerate(budgets, start=100):
        with counted(database) as statements:
            assert await _say(coach, line, number)
        assert len(statements) <= budget, (line, [s[:90] for s in statements])


async def test_a_redelivered_event_costs_one_statement_and_changes_nothing(
    database: Database,
) -> None:
    coach = Coach(SqlCoachStore(database), FakeClock())
    await _say(coach, "/rejected", 1)
    with counted(database) as statements:
        assert await _say(coach, "/rejected", 1) == []
    assert len(statements) == 1


async def test_the_replies_of_a_turn_wait_in_the_outbox_until_reported_sent(
    database: Database,
) -> None:
    store = SqlCoachStore(database)
    coach = Coach(store, FakeClock())
    first = await coach.respond(Incoming(ANA, text="/rejected"))
    second = await coach.respond(Incoming(ANA, text="sad"))
    assert [q.number for q in first] < [q.number for q in second]
    assert await _owed(database) == len(first) + len(second)
    assert await coach.handle(Incoming(ANA, text="/progress"))  # the console's way: no outbox
    assert await _owed(database) == len(first) + len(second)


async def _owed(database: Database) -> int:
    async with database.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(OutgoingReplyRow)) or 0)
