"""The statements the nudge sweep is made of: due rows, ready deliveries, many snapshots at once.

Every read is for a whole batch, so a wave of 100,000 nudges costs a few
statements per 500 people rather than a few per person.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from coach.model import NudgeKind, Profile, Snapshot
from coach.nudges.values import Audience, NudgeStatus
from storage import mapping
from storage.models import (
    ApplicationRow,
    ConversationRow,
    GoalRow,
    NudgeDeliveryRow,
    NudgeScheduleRow,
    PersonRow,
    RejectionRow,
)

KINDS = [kind.value for kind in NudgeKind]
"""Only kinds this version knows: a newer process's rows are left to it."""

_SETTINGS = (
    PersonRow.platform, PersonRow.user_id, PersonRow.created_at, PersonRow.timezone,
    PersonRow.ping_time, PersonRow.nudges_paused, PersonRow.nudges_paused_until,
    PersonRow.nudges_off, PersonRow.unreachable, PersonRow.crisis_paused_until,
    PersonRow.review_weekday, PersonRow.review_time, PersonRow.no_reply_days,
)


AnySelect = Select[*tuple[Any, ...]]


def audience_of(audience: Audience) -> list[ColumnElement[bool]]:
    """The conditions on PersonRow of the people `audience` covers."""
    return _for(audience)


def _for(audience: Audience) -> list[ColumnElement[bool]]:
    """Only the people this scheduler can reach: its platforms, or its one person.

    `platform || ''` keeps SQLite from driving the query through the people index on
    platform (every row matches it) instead of the due-time index the ORDER BY needs:
    without statistics it guesses the other way, and sorts every due row per batch.
    """
    platform = PersonRow.platform + ""
    conditions: list[ColumnElement[bool]] = [platform.in_(sorted(audience.platforms))]
    if audience.person is not None:
        conditions.append(PersonRow.user_id == audience.person.user_id)
    return conditions


def due_schedules(audience: Audience, now: datetime, limit: int) -> AnySelect:
    """Due rows with their person's settings, locked; rows another process holds are skipped."""
    schedule = NudgeScheduleRow
    return (
        select(schedule.id, schedule.person_id, schedule.kind, schedule.key,
               schedule.next_due_at, *_SETTINGS)
        .join(PersonRow, PersonRow.id == schedule.person_id)
        .where(schedule.next_due_at <= now, schedule.kind.in_(KINDS), *_for(audience))
        .order_by(schedule.next_due_at, schedule.id)
        .limit(limit)
        .with_for_update(skip_locked=True, of=schedule)
    )


def profile_of(row: Any) -> Profile:
    """The settings half of a `due_schedules` row, as the coach's Profile."""
    return Profile(
        id=row.person_id, platform=row.platform, user_id=row.user_id, created_at=row.created_at,
        timezone=row.timezone, ping_time=row.ping_time, nudges_paused=row.nudges_paused,
        unreachable=row.unreachable, nudges_paused_until=row.nudges_paused_until,
        nudges_off=tuple(row.nudges_off or ()), crisis_paused_until=row.crisis_paused_until,
        review_weekday=row.review_weekday, review_time=row.review_time,
        no_reply_days=row.no_reply_days,
    )


def ready_deliveries(audience: Audience, now: datetime, limit: int) -> AnySelect:
    delivery = NudgeDeliveryRow
    return (
        select(delivery.id, delivery.person_id, delivery.kind, delivery.key, delivery.due_at,
               delivery.attempts, delivery.handed_at, PersonRow.platform, PersonRow.user_id)
        .join(PersonRow, PersonRow.id == delivery.person_id)
        .where(delivery.next_attempt_at <= now, delivery.status == NudgeStatus.PENDING.value,
               delivery.kind.in_(KINDS), *_for(audience))
        .order_by(delivery.next_attempt_at, delivery.id)
        .limit(limit)
        .with_for_update(skip_locked=True, of=delivery)
    )


async def snapshots(session: AsyncSession, person_ids: Sequence[int]) -> dict[int, Snapshot]:
    """Everything about each person, histories oldest first, in five statements."""
    ids = sorted(set(person_ids))
    people = await session.scalars(select(PersonRow).where(PersonRow.id.in_(ids)))
    conversations = {
        row.person_id: row for row in await session.scalars(
            select(ConversationRow).where(ConversationRow.person_id.in_(ids)))
    }
    rejections = await _grouped(session, RejectionRow, ids, mapping.rejection_from_row)
    goals = await _grouped(session, GoalRow, ids, mapping.goal_from_row)
    applications = await _grouped(session, ApplicationRow, ids, mapping.application_from_row)
    delivery = NudgeDeliveryRow
    last_notes: dict[int, str] = {
        person_id: key for person_id, key in await session.execute(
            select(delivery.person_id, func.max(delivery.key))
            .where(delivery.person_id.in_(ids), delivery.kind == NudgeKind.DAILY.value)
            .group_by(delivery.person_id))
    }
    return {
        person.id: Snapshot(
            profile=mapping.profile_from_row(person),
            conversation=mapping.conversation_from_row(conversations.get(person.id)),
            rejections=tuple(rejections[person.id]),
            goals=tuple(goals[person.id]),
            applications=tuple(applications[person.id]),
            last_daily_note=mapping.day_or_none(last_notes.get(person.id)),
        )
        for person in people
    }


Owned = TypeVar("Owned", RejectionRow, GoalRow, ApplicationRow)
Value = TypeVar("Value")


async def _grouped(
    session: AsyncSession, model: type[Owned], ids: list[int], convert: Callable[[Owned], Value]
) -> defaultdict[int, list[Value]]:
    rows = await session.scalars(
        select(model).where(model.person_id.in_(ids)).order_by(model.created_at, model.id)
    )
    grouped: defaultdict[int, list[Value]] = defaultdict(list)
    for row in rows:
        grouped[row.person_id].append(convert(row))
    return grouped


async def yesterdays_variants(
    session: AsyncSession, daily: Sequence[tuple[int, str]]
) -> dict[int, str]:
    """The daily text each person got the local day before `key`, so today's can differ."""
    wanted = {(person_id, day) for person_id, key in daily if (day := _day_before(key))}
    if not wanted:
        return {}
    delivery = NudgeDeliveryRow
    rows = await session.execute(
        select(delivery.person_id, delivery.key, delivery.variant).where(
            delivery.kind == NudgeKind.DAILY.value,
            delivery.person_id.in_(sorted({person for person, _ in wanted})),
            delivery.key.in_(sorted({key for _, key in wanted})),
            delivery.variant.is_not(None),
        )
    )
    return {person: str(variant) for person, key, variant in rows if (person, key) in wanted}


def _day_before(key: str) -> str:
    try:
        return (date.fromisoformat(key) - timedelta(days=1)).isoformat()
    except ValueError:
        return ""
