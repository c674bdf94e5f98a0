"""One turn of one person in one transaction: claim, lock, read, write, queue the replies.

The person's row is locked before anything about them is read, so two messages of
one person handled by two processes at once run one after the other, each on the
other's result (PostgreSQL: FOR NO KEY UPDATE; SQLite: the transaction already
began with BEGIN IMMEDIATE). Nothing here waits on the network.

The database work comes in two trips (`Database.trips`): claim, lock and read;
then the writes, the outbox rows and the commit. The coach decides between them;
its writes are only gathered until the outbox rows go, so they travel together.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Executable

from coach.messages import PersonRef, QueuedReply, Reply
from coach.model import Conversation, Effect, Snapshot
from storage import mapping, queries
from storage.database import Trips
from storage.history import HISTORY, History
from storage.outbox_rows import queue_replies, reply_values

if TYPE_CHECKING:
    from storage.repository import SqlCoachStore, Statements

Pending = list[tuple[Executable, dict[str, Any] | None]]


@dataclass(frozen=True, slots=True)
class Lease:
    """Who sends the replies a turn queues, and until when nobody else may."""

    owner: str
    length: timedelta


class SqlTurn:
    """`coach.ports.TurnUnit` over one connection's trips."""

    def __init__(self, store: SqlCoachStore, trips: Trips, person: PersonRef,
                 snapshot: Snapshot, now: datetime, lease: Lease) -> None:
        self._store = store
        self._trips = trips
        self._person = person
        self.snapshot = snapshot
        self._now = now
        self._lease = lease
        self._forgotten = False
        self.pending: Pending = []
        self.committed = False

    async def save(self, conversation: Conversation, effects: Sequence[Effect]) -> None:
        """Gathered, not sent: they go with the outbox rows, or at commit."""
        self._still_open()
        writes = self._store.writes(
            self.snapshot.profile.id, conversation, effects,
            conversation_changed=_changed(self.snapshot.conversation, conversation),
        )
        self.pending += writes.statements
        self._forgotten = self._forgotten or writes.forgotten

    async def export(self) -> dict[str, Any]:
        self._still_open()
        pending, self.pending = self.pending, []
        person_id = self.snapshot.profile.id
        return await self._trips.run(functools.partial(_export, pending, person_id))

    async def queue(self, replies: Sequence[Reply]) -> list[QueuedReply]:
        """The gathered writes, the replies into the outbox leased to this process, and
        the commit, in one trip: the turn's last step (`TurnUnit.queue`)."""
        self._still_open()
        if not replies:
            return []
        person_id = None if self._forgotten else self.snapshot.profile.id
        until = self._now + self._lease.length
        rows = [reply_values(person_id, self._person, reply, self._now)
                | {"lease_owner": self._lease.owner, "lease_until": until}
                for reply in replies]
        pending, self.pending = self.pending, []
        numbers = await self._trips.run(functools.partial(_queue, pending, rows))
        self.committed = True
        # One multi-row INSERT takes its ids in the order of its rows.
        return [QueuedReply(number, self._person, reply)
                for number, reply in zip(sorted(numbers), replies, strict=True)]


    def _still_open(self) -> None:
        if self.committed:
            raise RuntimeError("the turn was committed with its replies; nothing may follow")


@asynccontextmanager
async def turn(store: SqlCoachStore, person: PersonRef, now: datetime,
               delivery_id: str | None, lease: Lease) -> AsyncIterator[SqlTurn | None]:
    """Yields None for an event seen before (nothing is read or written then)."""
    async with store.database.trips() as trips:
        purge_before = store.purge_before(now) if delivery_id is not None else None
        snapshot = await trips.run(functools.partial(
            _open, store.statements, person, now, delivery_id, purge_before))
        if snapshot is None:
            yield None
            return
        unit = SqlTurn(store, trips, person, snapshot, now, lease)
        try:
            yield unit
        except BaseException:
            await trips.run(_rollback)
            raise
        if not unit.committed:
            await trips.run(functools.partial(_commit, unit.pending))


def _open(statements: Statements, person: PersonRef, now: datetime, delivery_id: str | None,
          purge_before: datetime | None, connection: Connection) -> Snapshot | None:
    """Begin; claim the event (None if seen before, the transaction then ended); lock the
    person, created on first contact; read their snapshot."""
    if connection.in_transaction():  # left open by a trip that never came back
        connection.rollback()
    connection.begin()
    if delivery_id is not None:
        if purge_before is not None:
            connection.execute(statements.purge, {"before": purge_before})
        claimed = connection.execute(statements.claim, {
            "platform": person.platform, "delivery_id": delivery_id, "now": now})
        if claimed.rowcount != 1:
            connection.commit()  # keeps the purge
            return None
    who = {"platform": person.platform, "user_id": person.user_id}
    found = connection.execute(statements.lock_person, who).first()
    if found is None:
        # First contact; two at once: one insert wins, the other waits for it, then finds it.
        connection.execute(statements.create_person, who | {"now": now})
        found = connection.execute(statements.lock_person, who).first()
    if found is None:
        raise RuntimeError(f"person {person.platform} was not created")
    return _snapshot(connection, found)


def _snapshot(connection: Connection, person: Any) -> Snapshot:
    """Read after the lock was granted, as a statement of its own (see storage.history)."""
    history = History(connection.execute(HISTORY, {"person_id": person.id}).mappings())
    return Snapshot(
        profile=mapping.profile_from_row(person),
        conversation=history.conversation,
        rejections=history.of("r"),
        goals=history.of("g"),
        applications=history.of("a"),
        last_daily_note=history.last_daily_note,
    )


def _run(connection: Connection, pending: Pending) -> None:
    for statement, parameters in pending:
        connection.execute(statement, parameters)


def _export(pending: Pending, person_id: int, connection: Connection) -> dict[str, Any]:
    _run(connection, pending)
    return queries.export_rows_on(connection, person_id)


def _queue(pending: Pending, rows: list[dict[str, Any]], connection: Connection) -> list[int]:
    _run(connection, pending)
    numbers = queue_replies(connection, rows)
    connection.commit()
    return numbers


def _commit(pending: Pending, connection: Connection) -> None:
    _run(connection, pending)
    connection.commit()


def _rollback(connection: Connection) -> None:
    if connection.in_transaction():
        connection.rollback()


def _changed(before: Conversation, after: Conversation) -> bool:
    """Whether the conversation row needs writing: a command answered at rest leaves it be.

    At rest (idle, no data) its timestamp means nothing, so a /progress or an /applied
    costs one statement less.
    """
    at_rest = before.updated_at is not None and before.state == after.state == "idle"
    return not (at_rest and before.data == after.data)
