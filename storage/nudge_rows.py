"""Writing the nudge schedule as the coach asks (`ScheduleNudges`), inside a coach save."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from coach.model import ScheduledNudge
from storage.models import Base, NudgeDeliveryRow, NudgeScheduleRow

SCHEDULES = Base.metadata.tables[NudgeScheduleRow.__tablename__]
DELIVERIES = Base.metadata.tables[NudgeDeliveryRow.__tablename__]


def insert_for(dialect: str, table: Any) -> sqlite.Insert | postgresql.Insert:
    """INSERT with ON CONFLICT for the two engines Rebound runs on."""
    return postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)


async def apply_schedule(
    session: AsyncSession, dialect: str, person_id: int, nudges: Sequence[ScheduledNudge]
) -> None:
    """Carry out `ScheduleNudges`: upsert the next-due instants, delete the ones now None.

    One statement for each (not one per nudge): a turn that schedules a rejection's
    reminders stays a short transaction.
    """
    gone = [(nudge.kind.value, nudge.key) for nudge in nudges if nudge.due_at is None]
    due = {(nudge.kind.value, nudge.key): nudge.due_at for nudge in nudges if nudge.due_at}
    if gone:
        await session.execute(delete(SCHEDULES).where(
            SCHEDULES.c.person_id == person_id,
            tuple_(SCHEDULES.c.kind, SCHEDULES.c.key).in_(gone)))
    if due:
        statement = insert_for(dialect, SCHEDULES).values([
            {"person_id": person_id, "kind": kind, "key": key, "next_due_at": at}
            for (kind, key), at in due.items()])
        await session.execute(statement.on_conflict_do_update(
            index_elements=["person_id", "kind", "key"],
            set_={"next_due_at": statement.excluded.next_due_at}))
