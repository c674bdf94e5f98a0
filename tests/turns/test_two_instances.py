"""Two Coach processes on one PostgreSQL database: a person's messages never overwrite each other.

Each pair of messages is sent to the two instances at the same instant. Whatever
order the database lets them run in, the person must end exactly where sending
them one after the other (in that order) would have left them.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import text

from coach.messages import Incoming, PersonRef, Reply
from coach.model import Goal, SaveGoal
from coach.service import Coach
from storage.database import Database, open_database
from storage.repository import SqlCoachStore
from tests.conftest import postgres_url
from tests.fakes import FakeClock

pytestmark = pytest.mark.postgres
TRIALS = 50
GOAL = "(a goal of two applications)"

#: (what brings the person to the moment, the pair sent at once)
CASES = {
    "flow answers": (("/rejected Acme",), ("sad", "4")),
    "applications toward a goal": ((GOAL,), ("/applied Globex", "/applied Initech")),
    "two settings": (("/start",), ("/time 07:30", "/timezone Europe/Paris")),
}


@pytest.fixture
async def twin(database: Database) -> AsyncIterator[Database]:
    """A second process's own connection pool on the same database."""
    if database.dialect != "postgresql":
        pytest.skip("SQLite serves one machine's processes through its file lock")
    async with database.engine.connect() as connection:
        schema = await connection.scalar(text("SELECT current_schema()"))
    other = await open_database(
        postgres_url(), connect_args={"server_settings": {"search_path": str(schema)}}
    )
    try:
        yield other
    finally:
        await other.close()


def outcome(snapshot) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """What a person would notice: where the talk is, what it kept, what it counted."""
    profile = snapshot.profile
    answers = {key: value for key, value in snapshot.conversation.data.items()
               if not key.endswith("id")}
    return (
        snapshot.conversation.state, repr(sorted(answers.items())),
        tuple((r.feeling, r.intensity) for r in snapshot.rejections),
        len(snapshot.applications),
        tuple(g.celebrated_at is not None for g in snapshot.goals),
        profile.timezone, profile.ping_time,
    )


async def _run(coach: Coach, store: SqlCoachStore, person: PersonRef,
               lines: tuple[str, ...]) -> None:
    for line in lines:
        if line == GOAL:
            await _give_goal(store, person)
        else:
            await coach.handle(Incoming(person, text=line))


def _texts(replies: list[Reply]) -> tuple[str, ...]:
    return tuple(reply.text for reply in replies)


async def _give_goal(store: SqlCoachStore, person: PersonRef) -> None:
    now = FakeClock().now()
    snapshot = await store.load(person, now)
    goal = Goal(uuid.uuid4().hex, now, 2, now.date() + timedelta(days=7))
    await store.save(snapshot.profile.id, snapshot.conversation, [SaveGoal(goal)])


async def test_pairs_of_messages_on_two_instances_end_as_if_sent_one_after_the_other(
    database: Database, twin: Database
) -> None:
    clock = FakeClock()
    store_a, store_b = SqlCoachStore(database), SqlCoachStore(twin)
    first, second = Coach(store_a, clock), Coach(store_b, clock)
    for name, (setup, (one, two)) in CASES.items():
        expected = set()
        for order in ((one, two), (two, one)):
            person = PersonRef("telegram", f"{name}-sequential-{order[0]}")
            await _run(first, store_a, person, setup)
            said = {line: _texts(await first.handle(Incoming(person, text=line)))
                    for line in order}
            state = outcome(await store_a.load(person, clock.now()))
            expected.add((state, said[one], said[two]))
        assert len(expected) == 2  # the order matters, so a lost update would show
        for trial in range(TRIALS):
            person = PersonRef("telegram", f"{name}-{trial}")
            await _run(first, store_a, person, setup)
            replies = await asyncio.gather(first.handle(Incoming(person, text=one)),
                                           second.handle(Incoming(person, text=two)))
            state = outcome(await store_b.load(person, clock.now()))
            got = (state, *(_texts(answer) for answer in replies))
            assert got in expected, (name, trial, got, expected)


async def test_two_first_messages_on_two_instances_make_one_person(
    database: Database, twin: Database
) -> None:
    clock = FakeClock()
    first, second = Coach(SqlCoachStore(database), clock), Coach(SqlCoachStore(twin), clock)
    for trial in range(10):
        person = PersonRef("telegram", f"new-{trial}")
        replies = await asyncio.gather(first.handle(Incoming(person, text="hello")),
                                       second.handle(Incoming(person, text="hello")))
        assert all(replies)
        snapshot = await SqlCoachStore(database).load(person, clock.now())
        assert replace(snapshot.profile, disclosed_at=None).user_id == person.user_id
