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
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, case, delete, select, update
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
            next_attempt_at=bindparam("retry_at"), sent_at=bindparam("sent"),
            # A retry starts unhanded again: the platform answered, it did not take it.
            handed_at=case((bindparam("new_status") == NudgeStatus.PENDING.value, None),
                           else_=_DELIVERIES.c.handed_at),
            # Settled (or waiting for a retry): no claim holds it any more.
            lease_owner=None)
)
#: Settling a claim checks it still holds the row: a sender that stalled past its lease,
#: and whose row another claim took, writes nothing over what that one does.
_SETTLE_HELD = _SETTLE.where(_DELIVERIES.c.lease_owner == bindparam("lease"))


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
        """Lease ready deliveries to a fresh claim token; settle lapsed handed ones as unknown."""
        token = uuid.uuid4().hex
        async with self._database.transaction() as session:
            query = nudge_queries.ready_deliveries(audience, now, limit)
            found = (await session.execute(query)).all()
            vanished = [row.id for row in found if row.handed_at is not None]
            rows = [row for row in found if row.handed_at is None]
            if vanished:
                await self._settle_unknown(session, vanished)
            if not rows:
                return []
            await session.execute(
                update(_DELIVERIES)
                .where(_DELIVERIES.c.id.in_([row.id for row in rows]))
                .values(next_attempt_at=now + lease, attempts=_DELIVERIES.c.attempts + 1,
                        lease_owner=token)
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
                    lease=token,
                )
                for row in rows
            ]

    @staticmethod
    async def _settle_unknown(session: AsyncSession, delivery_ids: list[int]) -> None:
        """Their sender handed them to the platform and was not heard of again."""
        log.warning("%d nudges were handed to the platform by a sender that vanished; "
                    "marked unknown, not sent again", len(delivery_ids))
        await session.execute(
            update(_DELIVERIES).where(_DELIVERIES.c.id.in_(delivery_ids))
            .values(status=NudgeStatus.UNKNOWN.value, next_attempt_at=None)
        )

    async def hand(self, nudges: Sequence[PendingNudge], now: datetime) -> set[int]:
        """Mark these as being handed to the platform, those whose claim still holds them;
        the ids it may send (one statement per claim, so a batch's handing is one write)."""
        held: set[int] = set()
        async with self._database.transaction() as session:
            for lease, ids in _by_lease(nudges).items():
                result = await session.execute(
                    update(_DELIVERIES)
                    .where(_DELIVERIES.c.id.in_(ids), _DELIVERIES.c.lease_owner == lease,
                           _DELIVERIES.c.status == NudgeStatus.PENDING.value)
                    .values(handed_at=now)
                    .returning(_DELIVERIES.c.id)
                )
                held.update(result.scalars())
        return held

    async def extend(self, nudges: Sequence[PendingNudge], until: datetime) -> None:
        """A sender still working on these (waiting out a 429): keep other claims off them."""
        async with self._database.transaction() as session:
            for lease, ids in _by_lease(nudges).items():
                await session.execute(
                    update(_DELIVERIES)
                    .where(_DELIVERIES.c.id.in_(ids), _DELIVERIES.c.lease_owner == lease,
                           _DELIVERIES.c.status == NudgeStatus.PENDING.value)
                    .values(next_attempt_at=until)
                )

    async def take_over(self, audience: Audience, now: datetime) -> int:
        """A new sender for these platforms: every claim of the one before is void at once.

        What was claimed but not yet handed is ready again now (its old claim can no longer
        hand or settle it); what was handed stays until its lease lapses, then is unknown.
        """
        people = select(PersonRow.id).where(*nudge_queries.audience_of(audience))
        async with self._database.transaction() as session:
            result = await session.execute(
                update(_DELIVERIES)
                .where(_DELIVERIES.c.status == NudgeStatus.PENDING.value,
                       _DELIVERIES.c.lease_owner.is_not(None),
                       _DELIVERIES.c.handed_at.is_(None),
                       _DELIVERIES.c.person_id.in_(people))
                .values(next_attempt_at=now, lease_owner=None,
                        attempts=_DELIVERIES.c.attempts - 1)
            )
            return int(getattr(result, "rowcount", 0) or 0)

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
            checked = [o for o in outcomes if o.lease is not None]
            unchecked = [o for o in outcomes if o.lease is None]
            for statement, chosen in ((_SETTLE_HELD, checked), (_SETTLE, unchecked)):
                if chosen:
                    await session.execute(statement, [_settle_values(o, now) for o in chosen])

    async def release(self, delivery_ids: Sequence[int], now: datetime,
                      lease: str | None = None) -> None:
        """Hand back claimed deliveries never handed to the platform (of `lease`, if given)."""
        if not delivery_ids:
            return
        conditions = [_DELIVERIES.c.id.in_(list(delivery_ids)),
                      _DELIVERIES.c.status == NudgeStatus.PENDING.value,
                      _DELIVERIES.c.handed_at.is_(None)]
        if lease is not None:
            conditions.append(_DELIVERIES.c.lease_owner == lease)
        async with self._database.transaction() as session:
            await session.execute(
                update(_DELIVERIES).where(*conditions)
                .values(next_attempt_at=now, attempts=_DELIVERIES.c.attempts - 1,
                        lease_owner=None)
            )

    async def purge(self, before: datetime, limit: int) -> int:
        async with self._database.transaction() as session:
            oldest = (select(_DELIVERIES.c.id).where(_DELIVERIES.c.created_at < before)
                      .limit(limit).scalar_subquery())
            result = await session.execute(delete(_DELIVERIES).where(_DELIVERIES.c.id.in_(oldest)))
            return int(getattr(result, "rowcount", 0) or 0)


def _settle_values(outcome: NudgeOutcome, now: datetime) -> dict[str, Any]:
    return {"row_id": outcome.delivery_id, "new_status": outcome.status.value,
            "new_variant": outcome.variant, "retry_at": outcome.retry_at, "lease": outcome.lease,
            "sent": now if outcome.status is NudgeStatus.SENT else None}


def _by_lease(nudges: Sequence[PendingNudge]) -> dict[str | None, list[int]]:
    grouped: dict[str | None, list[int]] = {}
    for nudge in nudges:
        grouped.setdefault(nudge.lease, []).append(nudge.delivery_id)
    return grouped


if TYPE_CHECKING:
    _implements_port: type[NudgeStore] = SqlNudgeStore
