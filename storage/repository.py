"""The coach's store (`CoachStore`) on SQLAlchemy: one short transaction per call."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from coach.messages import PersonRef
from coach.model import (
    AddApplication,
    Conversation,
    Effect,
    ForgetPerson,
    SaveApplication,
    SaveGoal,
    SaveProfile,
    SaveRejection,
    ScheduleNudges,
    Snapshot,
)
from coach.ports import CoachStore
from storage import mapping, nudge_rows, queries
from storage.database import Database
from storage.models import (
    ApplicationRow,
    Base,
    ConversationRow,
    DeliveryRow,
    GoalRow,
    PersonRow,
    RejectionRow,
)
from storage.outbox_rows import SqlReplyStore
from storage.turns import Lease, SqlTurn, turn

log = logging.getLogger(__name__)

DELIVERY_RETENTION = timedelta(days=3)
"""Platforms redeliver within a day (Telegram keeps updates 24 h); three days is ample."""
PURGE_INTERVAL = timedelta(hours=1)
REPLY_LEASE = timedelta(minutes=2)
"""How long a turn's replies are this process's alone to send; the sender extends it while
it waits (a 429), so only a process that died lets others take them, this long after."""

Insert = sqlite.Insert | postgresql.Insert
OwnedRow = type[RejectionRow] | type[GoalRow] | type[ApplicationRow]


class SqlCoachStore:
    """Implements `coach.ports.CoachStore`; returns the coach's dataclasses, never rows."""

    def __init__(self, database: Database, owner: str | None = None,
                 reply_lease: timedelta = REPLY_LEASE) -> None:
        self.database = database
        self._database = database
        self._dialect = database.dialect
        self._last_purge: datetime | None = None
        self.lease = Lease(owner or uuid.uuid4().hex, reply_lease)
        self.replies = SqlReplyStore(database, self.lease.owner)

    def turn(self, person: PersonRef, now: datetime,
             delivery_id: str | None) -> AbstractAsyncContextManager[SqlTurn | None]:
        """One message's transaction (see storage.turns); None for a redelivered event."""
        return turn(self, person, now, delivery_id, self.lease)

    async def load(self, person: PersonRef, now: datetime) -> Snapshot:
        async with self._database.transaction() as session:
            row = await queries.find_person(session, person)
            if row is None:
                # Two first messages at once: one insert wins, the other finds its row.
                await session.execute(
                    self.insert(PersonRow)
                    .values(platform=person.platform, user_id=person.user_id, created_at=now)
                    .on_conflict_do_nothing(index_elements=["platform", "user_id"])
                )
                row = await queries.find_person(session, person)
            if row is None:
                raise RuntimeError(f"person {person.platform} was not created")
            return await queries.snapshot(session, row)

    async def save(
        self, person_id: int, conversation: Conversation, effects: Sequence[Effect]
    ) -> None:
        async with self._database.transaction() as session:
            if not await _lock_person(session, person_id):
                # Forgotten since it was loaded: writing now would bring them back.
                log.info("save skipped: person %s no longer exists", person_id)
                return
            await self.write(session, person_id, conversation, effects)

    async def write(self, session: AsyncSession, person_id: int, conversation: Conversation,
                    effects: Sequence[Effect], *, conversation_changed: bool = True) -> bool:
        """The writes of a turn, in the caller's transaction; True if the person was forgotten."""
        if conversation_changed:
            await self._save_conversation(session, person_id, conversation)
        for effect in effects:
            if isinstance(effect, ForgetPerson):
                await _forget(session, person_id)
                return True  # nothing after a forget may write about them again
            await self._apply(session, person_id, effect)
        return False

    async def claim_delivery(self, platform: str, delivery_id: str, now: datetime) -> bool:
        async with self._database.transaction() as session:
            return await self.claim_in(session, platform, delivery_id, now)

    async def claim_in(self, session: AsyncSession, platform: str, delivery_id: str,
                       now: datetime) -> bool:
        """Claim a platform event id in the caller's transaction (purging old ones hourly)."""
        if self._last_purge is None or now - self._last_purge >= PURGE_INTERVAL:
            await session.execute(
                delete(DeliveryRow).where(DeliveryRow.created_at < now - DELIVERY_RETENTION)
            )
            self._last_purge = now
        claimed = await session.scalar(
            self.insert(DeliveryRow)
            .values(platform=platform, delivery_id=delivery_id, created_at=now)
            .on_conflict_do_nothing(index_elements=["platform", "delivery_id"])
            .returning(DeliveryRow.delivery_id)
        )
        return claimed is not None

    async def export(self, person_id: int) -> dict[str, Any]:
        async with self._database.transaction() as session:
            return await queries.export_rows(session, person_id)

    async def mark_unreachable(self, person: PersonRef, unreachable: bool) -> None:
        async with self._database.transaction() as session:
            await session.execute(
                update(PersonRow)
                .where(PersonRow.platform == person.platform, PersonRow.user_id == person.user_id)
                .values(unreachable=unreachable)
            )

    def insert(self, model: type[Base]) -> Insert:
        if self._dialect == "postgresql":
            return postgresql.insert(model)
        if self._dialect == "sqlite":
            return sqlite.insert(model)
        raise NotImplementedError(f"no upsert for the {self._dialect} dialect")

    async def _save_conversation(
        self, session: AsyncSession, person_id: int, conversation: Conversation
    ) -> None:
        statement = self.insert(ConversationRow).values(
            mapping.conversation_values(person_id, conversation)
        )
        await session.execute(
            statement.on_conflict_do_update(
                index_elements=["person_id"],
                set_={
                    "state": statement.excluded.state,
                    "data": statement.excluded.data,
                    "updated_at": statement.excluded.updated_at,
                },
            )
        )

    async def _apply(self, session: AsyncSession, person_id: int, effect: Effect) -> None:
        match effect:
            case SaveProfile(profile=profile):
                if profile.id != person_id:
                    raise ValueError(f"SaveProfile of person {profile.id} saved as {person_id}")
                await session.execute(
                    update(PersonRow)
                    .where(PersonRow.id == person_id)
                    .values(mapping.profile_changes(profile))
                )
            case SaveRejection(rejection=item):
                await self._upsert(session, RejectionRow, mapping.owned_values(person_id, item))
            case SaveGoal(goal=item):
                await self._upsert(session, GoalRow, mapping.owned_values(person_id, item))
            case AddApplication(application=item):
                # A retried save must not log the same application twice.
                await session.execute(
                    self.insert(ApplicationRow)
                    .values(mapping.owned_values(person_id, item))
                    .on_conflict_do_nothing(index_elements=["id"])
                )
            case SaveApplication(application=item):
                await self._upsert(session, ApplicationRow, mapping.owned_values(person_id, item))
            case ForgetPerson():
                await _forget(session, person_id)
            case ScheduleNudges(nudges=nudges):
                await nudge_rows.apply_schedule(session, self._dialect, person_id, nudges)

    async def _upsert(self, session: AsyncSession, model: OwnedRow, values: dict[str, Any]) -> None:
        statement = self.insert(model).values(values)
        changed = {
            name: statement.excluded[name] for name in values if name not in ("id", "person_id")
        }
        # The WHERE keeps an id that belongs to someone else from being overwritten.
        await session.execute(
            statement.on_conflict_do_update(
                index_elements=["id"],
                set_=changed,
                where=model.person_id == values["person_id"],
            )
        )


async def _lock_person(session: AsyncSession, person_id: int) -> bool:
    """Serialise writes for one person (a no-op on SQLite, where writers queue anyway).

    FOR NO KEY UPDATE, not FOR UPDATE: it still excludes another save of the same person,
    but lets a nudge sweep insert a row that refers to them (a foreign key takes KEY SHARE).
    With FOR UPDATE, a sweep holding their schedule row and a save holding the person
    deadlocked: each waited for the other's lock.
    """
    found = await session.scalar(
        select(PersonRow.id).where(PersonRow.id == person_id).with_for_update(key_share=True)
    )
    return found is not None


async def _forget(session: AsyncSession, person_id: int) -> None:
    # Explicit deletes, so forgetting does not depend on ON DELETE CASCADE being on.
    for table in queries.owned_tables():
        await session.execute(delete(table).where(table.c.person_id == person_id))
    await session.execute(delete(PersonRow).where(PersonRow.id == person_id))


if TYPE_CHECKING:
    # mypy proves here that the class keeps to the port the coach declares.
    _implements_port: type[CoachStore] = SqlCoachStore
