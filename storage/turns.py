"""One turn of one person in one transaction: claim, lock, read, write, queue the replies.

The person's row is locked before anything about them is read, so two messages of
one person handled by two processes at once run one after the other, each on the
other's result (PostgreSQL: FOR NO KEY UPDATE; SQLite: the transaction already
began with BEGIN IMMEDIATE). Nothing here waits on the network.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from coach.messages import PersonRef, QueuedReply, Reply
from coach.model import Conversation, Effect, Snapshot
from storage import mapping, queries
from storage.history import HISTORY, History
from storage.models import OutgoingReplyRow, PersonRow
from storage.outbox_rows import reply_values

if TYPE_CHECKING:
    from storage.repository import SqlCoachStore


@dataclass(frozen=True, slots=True)
class Lease:
    """Who sends the replies a turn queues, and until when nobody else may."""

    owner: str
    length: timedelta


class SqlTurn:
    """`coach.ports.TurnUnit` over one open session."""

    def __init__(self, store: SqlCoachStore, session: AsyncSession, person: PersonRef,
                 snapshot: Snapshot, now: datetime, lease: Lease) -> None:
        self._store = store
        self._session = session
        self._person = person
        self.snapshot = snapshot
        self._now = now
        self._lease = lease
        self._forgotten = False

    async def save(self, conversation: Conversation, effects: Sequence[Effect]) -> None:
        person_id = self.snapshot.profile.id
        self._forgotten = await self._store.write(
            self._session, person_id, conversation, effects,
            conversation_changed=_changed(self.snapshot.conversation, conversation),
        )

    async def export(self) -> dict[str, Any]:
        return await queries.export_rows(self._session, self.snapshot.profile.id)

    async def queue(self, replies: Sequence[Reply]) -> list[QueuedReply]:
        """Write the replies to the outbox, leased to this process; one statement."""
        if not replies:
            return []
        person_id = None if self._forgotten else self.snapshot.profile.id
        until = self._now + self._lease.length
        rows = [reply_values(person_id, self._person, reply, self._now)
                | {"lease_owner": self._lease.owner, "lease_until": until}
                for reply in replies]
        numbers = await self._session.scalars(
            self._store.insert(OutgoingReplyRow).values(rows).returning(OutgoingReplyRow.id)
        )
        # One multi-row INSERT takes its ids in the order of its rows.
        return [QueuedReply(number, self._person, reply)
                for number, reply in zip(sorted(numbers), replies, strict=True)]


@asynccontextmanager
async def turn(store: SqlCoachStore, person: PersonRef, now: datetime,
               delivery_id: str | None, lease: Lease) -> AsyncIterator[SqlTurn | None]:
    """Yields None for an event seen before (nothing is read or written then)."""
    async with store.database.transaction() as session:
        if delivery_id is not None and not await store.claim_in(
            session, person.platform, delivery_id, now
        ):
            yield None
            return
        found = await _lock(session, person)
        if found is None:
            # First contact; two at once: one insert wins, the other waits for it, then finds it.
            await session.execute(
                store.insert(PersonRow)
                .values(platform=person.platform, user_id=person.user_id, created_at=now)
                .on_conflict_do_nothing(index_elements=["platform", "user_id"])
            )
            found = await _lock(session, person)
        if found is None:
            raise RuntimeError(f"person {person.platform} was not created")
        yield SqlTurn(store, session, person, await _snapshot(session, found), now, lease)


async def _lock(session: AsyncSession, person: PersonRef) -> PersonRow | None:
    """The person, their row locked until commit (what PostgreSQL returns is the latest).

    FOR NO KEY UPDATE, not FOR UPDATE: see storage.repository._lock_person.
    """
    return await session.scalar(
        select(PersonRow)
        .where(PersonRow.platform == person.platform, PersonRow.user_id == person.user_id)
        .with_for_update(key_share=True)
    )


async def _snapshot(session: AsyncSession, person: PersonRow) -> Snapshot:
    history = History((await session.execute(HISTORY, {"person_id": person.id})).mappings())
    return Snapshot(
        profile=mapping.profile_from_row(person),
        conversation=history.conversation,
        rejections=history.of("r"),
        goals=history.of("g"),
        applications=history.of("a"),
        last_daily_note=history.last_daily_note,
    )


def _changed(before: Conversation, after: Conversation) -> bool:
    """Whether the conversation row needs writing: a command answered at rest leaves it be.

    At rest (idle, no data) its timestamp means nothing, so a /progress or an /applied
    costs one statement less.
    """
    at_rest = before.updated_at is not None and before.state == after.state == "idle"
    return not (at_rest and before.data == after.data)
