"""Reads the store is made of: a person's snapshot for the coach, their rows for an export."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from coach.messages import PersonRef
from coach.model import NudgeKind, Snapshot
from storage import mapping
from storage.models import (
    ApplicationRow,
    Base,
    ConversationRow,
    GoalRow,
    NudgeDeliveryRow,
    PersonRow,
    RejectionRow,
)


async def find_person(session: AsyncSession, person: PersonRef) -> PersonRow | None:
    return await session.scalar(
        select(PersonRow).where(
            PersonRow.platform == person.platform, PersonRow.user_id == person.user_id
        )
    )


async def snapshot(session: AsyncSession, row: PersonRow) -> Snapshot:
    """Everything the coach needs about `row`, histories oldest first."""
    rejections = await session.scalars(
        select(RejectionRow)
        .where(RejectionRow.person_id == row.id)
        .order_by(RejectionRow.created_at, RejectionRow.id)
    )
    goals = await session.scalars(
        select(GoalRow).where(GoalRow.person_id == row.id).order_by(GoalRow.created_at, GoalRow.id)
    )
    applications = await session.scalars(
        select(ApplicationRow)
        .where(ApplicationRow.person_id == row.id)
        .order_by(ApplicationRow.created_at, ApplicationRow.id)
    )
    last_daily_note = await session.scalar(
        select(func.max(NudgeDeliveryRow.key)).where(
            NudgeDeliveryRow.person_id == row.id, NudgeDeliveryRow.kind == NudgeKind.DAILY.value
        )
    )
    return Snapshot(
        profile=mapping.profile_from_row(row),
        conversation=mapping.conversation_from_row(await session.get(ConversationRow, row.id)),
        rejections=tuple(mapping.rejection_from_row(item) for item in rejections),
        goals=tuple(mapping.goal_from_row(item) for item in goals),
        applications=tuple(mapping.application_from_row(item) for item in applications),
        last_daily_note=mapping.day_or_none(last_daily_note),
    )


def owned_tables() -> list[Table]:
    """Every table with a `person_id`, tables added later included, children first."""
    return [
        table
        for table in reversed(Base.metadata.sorted_tables)
        if "person_id" in table.c and table.name != PersonRow.__tablename__
    ]


async def export_rows(session: AsyncSession, person_id: int) -> dict[str, Any]:
    """Every row about the person, keyed by table; built from the schema so none is missed."""
    return await session.run_sync(lambda sync: export_rows_on(sync.connection(), person_id))


def export_rows_on(connection: Connection, person_id: int) -> dict[str, Any]:
    """`export_rows` on a synchronous connection (a turn's trip, see `Database.trips`)."""
    people = Base.metadata.tables[PersonRow.__tablename__]
    conversations = Base.metadata.tables[ConversationRow.__tablename__]
    export: dict[str, Any] = {
        "profile": _one(connection, people, people.c.id == person_id),
        "conversation": _one(connection, conversations,
                             conversations.c.person_id == person_id),
    }
    for table in owned_tables():
        if table is not conversations:
            export[table.name] = _all(connection, table, person_id)
    return export


def _one(connection: Connection, table: Table, condition: Any) -> dict[str, Any] | None:
    found = connection.execute(select(table).where(condition)).mappings().one_or_none()
    return None if found is None else mapping.json_ready(found)


def _all(connection: Connection, table: Table, person_id: int) -> list[dict[str, Any]]:
    order = [table.c.created_at] if "created_at" in table.c else []
    result = connection.execute(
        select(table).where(table.c.person_id == person_id).order_by(*order, *table.primary_key)
    )
    return [mapping.json_ready(row) for row in result.mappings()]
