"""The nudge tables on SQLite and PostgreSQL: the schedule the coach writes, deliveries
recorded once under their unique key, rows of newer versions left alone, old records purged."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select

from coach.messages import PersonRef
from coach.model import Conversation, NudgeKind, ScheduledNudge, ScheduleNudges
from coach.nudges.schedule import DEFAULT_GRACE
from coach.nudges.sweep import LEASE
from coach.nudges.values import Audience
from storage.database import Database
from storage.models import NudgeScheduleRow
from storage.nudge_store import SqlNudgeStore
from storage.repository import SqlCoachStore
from storage.repository import _lock_person as lock_person

NINE = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
EVERYONE = Audience(frozenset({"test"}))
ANA = PersonRef("test", "ana")


async def _schedule(store: SqlCoachStore, *nudges: ScheduledNudge) -> int:
    person_id = (await store.load(ANA, NINE - timedelta(days=1))).profile.id
    await store.save(person_id, Conversation("idle"), [ScheduleNudges(nudges)])
    return person_id


async def _schedule_rows(database: Database) -> list[tuple[str, str, datetime]]:
    async with database.sessions() as session:
        rows = await session.execute(select(NudgeScheduleRow.kind, NudgeScheduleRow.key,
                                            NudgeScheduleRow.next_due_at))
        return sorted((kind, key, due) for kind, key, due in rows)


async def test_the_schedule_is_upserted_and_deleted_as_the_coach_asks(
    store: SqlCoachStore, database: Database
) -> None:
    daily, follow_up = NudgeKind.DAILY, NudgeKind.FOLLOW_UP
    await _schedule(store, ScheduledNudge(daily, "", NINE), ScheduledNudge(follow_up, "r1", NINE))
    await _schedule(store, ScheduledNudge(daily, "", NINE + timedelta(hours=1)),
                    ScheduledNudge(follow_up, "r1", None))
    assert await _schedule_rows(database) == [("daily", "", NINE + timedelta(hours=1))]


async def test_a_nudge_is_recorded_once_even_when_its_schedule_is_put_back(
    store: SqlCoachStore, database: Database
) -> None:
    nudges = SqlNudgeStore(database)
    await _schedule(store, ScheduledNudge(NudgeKind.FOLLOW_UP, "r1", NINE))
    first = await nudges.plan_due(EVERYONE, NINE, DEFAULT_GRACE, 500)
    await _schedule(store, ScheduledNudge(NudgeKind.FOLLOW_UP, "r1", NINE))  # a save raced it
    again = await nudges.plan_due(EVERYONE, NINE, DEFAULT_GRACE, 500)
    assert (first.recorded, again.claimed, again.recorded) == (1, 1, 0)
    assert await _schedule_rows(database) == []


async def test_only_the_audiences_people_are_swept(
    store: SqlCoachStore, database: Database
) -> None:
    await _schedule(store, ScheduledNudge(NudgeKind.FEEDBACK, "r1", NINE))
    nudges = SqlNudgeStore(database)
    elsewhere = await nudges.plan_due(Audience(frozenset({"discord"})), NINE, DEFAULT_GRACE, 500)
    someone_else = Audience(frozenset({"test"}), PersonRef("test", "bo"))
    assert (elsewhere.claimed, (await nudges.plan_due(someone_else, NINE, DEFAULT_GRACE,
                                                      500)).claimed) == (0, 0)


async def test_rows_of_kinds_from_a_newer_version_are_left_alone(
    store: SqlCoachStore, database: Database
) -> None:
    person_id = await _schedule(store)
    async with database.sessions.begin() as session:
        await session.execute(insert(NudgeScheduleRow).values(
            person_id=person_id, kind="weekly_digest", key="", next_due_at=NINE))
    report = await SqlNudgeStore(database).plan_due(EVERYONE, NINE, DEFAULT_GRACE, 500)
    assert report.claimed == 0
    assert await _schedule_rows(database) == [("weekly_digest", "", NINE)]


async def test_released_nudges_are_ready_at_once_and_old_records_are_purged(
    store: SqlCoachStore, database: Database
) -> None:
    await _schedule(store, ScheduledNudge(NudgeKind.FEEDBACK, "r1", NINE))
    nudges = SqlNudgeStore(database)
    await nudges.plan_due(EVERYONE, NINE, DEFAULT_GRACE, 500)
    (claimed,) = await nudges.claim_ready(EVERYONE, NINE, LEASE, 10)
    assert await nudges.claim_ready(EVERYONE, NINE, LEASE, 10) == []
    await nudges.release([claimed.delivery_id], NINE)
    (again,) = await nudges.claim_ready(EVERYONE, NINE, LEASE, 10)
    assert (again.delivery_id, again.attempts) == (claimed.delivery_id, 1)
    assert await nudges.purge(NINE, 100) == 0
    assert await nudges.purge(NINE + timedelta(days=1), 100) == 1
    async with database.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(NudgeScheduleRow)) == 0


async def test_a_save_under_way_never_blocks_a_sweep_recording_that_persons_nudge(
    store: SqlCoachStore, database: Database
) -> None:
    """The lock a save takes on the person must let a delivery's foreign key through;
    with FOR UPDATE a sweep and a save of the same person deadlocked on PostgreSQL."""
    if database.dialect != "postgresql":
        pytest.skip("SQLite has one writer at a time: there is no lock to share")
    person_id = await _schedule(store, ScheduledNudge(NudgeKind.FEEDBACK, "r1", NINE))
    async with database.sessions.begin() as saving:
        assert await lock_person(saving, person_id)  # what SqlCoachStore.save does first
        report = await asyncio.wait_for(
            SqlNudgeStore(database).plan_due(EVERYONE, NINE, DEFAULT_GRACE, 500), 5)
    assert report.recorded == 1
