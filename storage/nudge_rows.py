"""Writing the nudge schedule as the coach asks (`ScheduleNudges`), inside a coach save."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete
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
    """Carry out `ScheduleNudges`: upsert each next-due instant, delete the ones now None."""
    for nudge in nudges:
        where = (SCHEDULES.c.person_id == person_id, SCHEDULES.c.kind == nudge.kind.value,
                 SCHEDULES.c.key == nudge.key)
        if nudge.due_at is None:
            await session.execute(delete(SCHEDULES).where(*where))
            continue
        statement = insert_for(dialect, SCHEDULES).values(
            person_id=person_id, kind=nudge.kind.value, key=nudge.key, next_due_at=nudge.due_at)
        await session.execute(statement.on_conflict_do_update(
            index_elements=["person_id", "kind", "key"], set_={"next_due_at": nudge.due_at}))
