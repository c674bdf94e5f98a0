"""The nudge schedule and deliveries on SQLAlchemy (`NudgeStore`): batches, row locks, unique keys.

Exactly once, from the database's side: a due schedule row is claimed with
`FOR UPDATE SKIP LOCKED` on PostgreSQL (on SQLite every transaction begins
IMMEDIATE, so writers take turns), its delivery is inserted with ON CONFLICT DO
NOTHING on the unique (person, kind, key) *before* anything is sent, and the row
moves on in the same transaction. Sending is claimed separately, with a lease,
so a crash between recording and sending ends in one retry, not zero or two.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from coach.messages import PersonRef
from coach.model import NudgeKind
from coach.nudges.sweep import DueNudge, plan
from coach.nudges.values import Audience, NudgeOutcome, NudgeStatus, PendingNudge, PlanReport
from coach.ports import NudgeStore
from storage import nudge_queries
from storage.database import Database
from storage.models import PersonRow
from storage.nudge_rows import DELIVERIES as _DELIVERIES
from storage.nudge_rows import SCHEDULES as _SCHEDULES
from storage.nudge_rows import insert_for

log = logging.getLogger(__name__)

_MOVE = (
    update(_SCHEDULES)
    .where(_SCHEDULES.c.id == bindparam("row_id"))
    .values(next_due_at=bindparam("due"))
)
_SETTLE = (
    update(_DELIVERIES)
    .where(_DELIVERIES.c.id == bindparam("row_id"))
    .values(status=bindparam("new_status"), variant=bindparam("new_variant"),
            next_attempt_at=bindparam("retry_at"), sent_at=bindparam("sent"))
)


class SqlNudgeStore:
    """Implements `coach.ports.NudgeStore`; each method is one short transaction."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._dialect = database.dialect

    async def plan_due(
        self, audience: Audience, now: datetime, grace: timedelta, limit: int
    ) -> PlanReport:
        async with self._database.transaction() as session:
            rows = (await session.execute(nudge_queries.due_schedules(audience, now, limit))).all()
            if not rows:
                return PlanReport()
            deliveries, moves, finished = [], [], []
            for row in rows:
                due = DueNudge(NudgeKind(row.kind), row.key, row.next_due_at)
                planned = plan(due, nudge_queries.profile_of(row), now, grace)
                if planned.send_key is not None and planned.slot is not None:
                    deliveries.append({
                        "person_id": row.person_id, "kind": row.kind, "key": planned.send_key,
                        "status": NudgeStatus.PENDING.value, "attempts": 0,
                        "due_at": planned.slot, "next_attempt_at": now, "created_at": now})
                if planned.next_due_at is None:
                    finished.append(row.id)
                else:
                    moves.append({"row_id": row.id, "due": planned.next_due_at})
            recorded = await self._record(session, deliveries)
            if moves:
                await session.execute(_MOVE, moves)
            if finished:
                await session.execute(delete(_SCHEDULES).where(_SCHEDULES.c.id.in_(finished)))
            return PlanReport(len(rows), recorded, len(rows) - recorded)

    async def _record(self, session: AsyncSession, deliveries: list[dict[str, Any]]) -> int:
        """Insert deliveries; one already recorded under the same key is left alone."""
        if not deliveries:
            return 0
        statement = insert_for(self._dialect, _DELIVERIES).on_conflict_do_nothing(
            index_elements=["person_id", "kind", "key"])
        result = await session.execute(statement.returning(_DELIVERIES.c.id), deliveries)
        return len(result.all())

    async def claim_ready(
        self, audience: Audience, now: datetime, lease: timedelta, limit: int
    ) -> list[PendingNudge]:
        async with self._database.transaction() as session:
            query = nudge_queries.ready_deliveries(audience, now, limit)
            rows = (await session.execute(query)).all()
            if not rows:
                return []
            await session.execute(
                update(_DELIVERIES)
                .where(_DELIVERIES.c.id.in_([row.id for row in rows]))
                .values(next_attempt_at=now + lease, attempts=_DELIVERIES.c.attempts + 1)
            )
            people = await nudge_queries.snapshots(session, [row.person_id for row in rows])
            daily = [(row.person_id, row.key) for row in rows if row.kind == NudgeKind.DAILY]
            previous = await nudge_queries.yesterdays_variants(session, daily)
            return [
                PendingNudge(
                    row.id, row.person_id, PersonRef(row.platform, row.user_id),
                    NudgeKind(row.kind), row.key, row.due_at, row.attempts + 1,
                    people.get(row.person_id),
                    previous.get(row.person_id) if row.kind == NudgeKind.DAILY else None,
                )
                for row in rows
            ]

    async def finish(self, outcomes: Sequence[NudgeOutcome], now: datetime) -> None:
        if not outcomes:
            return
        async with self._database.transaction() as session:
            # People before deliveries: the order a coach save (and /forget) locks them in.
            blocked = sorted({o.person_id for o in outcomes if o.status is NudgeStatus.UNREACHABLE})
            if blocked:
                await session.execute(
                    update(PersonRow).where(PersonRow.id.in_(blocked)).values(unreachable=True)
                )
            await session.execute(_SETTLE, [
                {"row_id": outcome.delivery_id, "new_status": outcome.status.value,
                 "new_variant": outcome.variant, "retry_at": outcome.retry_at,
                 "sent": now if outcome.status is NudgeStatus.SENT else None}
                for outcome in outcomes
            ])

    async def release(self, delivery_ids: Sequence[int], now: datetime) -> None:
        if not delivery_ids:
            return
        async with self._database.transaction() as session:
            await session.execute(
                update(_DELIVERIES)
                .where(_DELIVERIES.c.id.in_(list(delivery_ids)),
                       _DELIVERIES.c.status == NudgeStatus.PENDING.value)
                .values(next_attempt_at=now, attempts=_DELIVERIES.c.attempts - 1)
            )

    async def purge(self, before: datetime, limit: int) -> int:
        async with self._database.transaction() as session:
            oldest = (select(_DELIVERIES.c.id).where(_DELIVERIES.c.created_at < before)
                      .limit(limit).scalar_subquery())
            result = await session.execute(delete(_DELIVERIES).where(_DELIVERIES.c.id.in_(oldest)))
            return int(getattr(result, "rowcount", 0) or 0)



if TYPE_CHECKING:
    _implements_port: type[NudgeStore] = SqlNudgeStore
