"""One turn of one person in one transaction: claim, lock, read, write, queue the replies.

The person's row is locked before anything about them is read, so two messages of
one person handled by two processes at once run one after the other, each on the
other's result (PostgreSQL: FOR NO KEY UPDATE; SQLite: the transaction already
began with BEGIN IMMEDIATE). Nothing here waits on the network.

The whole turn is one trip (`Database.trips`): claim, lock and read, the coach's
decision (a plain function, run where the transaction is), the writes, the outbox
rows and the commit. On SQLite the lock is then held for the work alone, not also
while the event loop gets round to the next step, and the statements whose shape never
changes run on the driver's own cursor (`storage.prepared`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Executable

from coach.messages import PersonRef, QueuedReply
from coach.model import Conversation, Snapshot
from coach.ports import Decide
from storage import mapping, queries
from storage.history import HISTORY, History
from storage.outbox_rows import queue_replies, reply_values
from storage.prepared import Prepared

if TYPE_CHECKING:
    from storage.repository import SqlCoachStore, Statements

Pending = list[tuple[Executable, dict[str, Any] | None]]


@dataclass(frozen=True, slots=True)
class Lease:
    """Who sends the replies a turn queues, and until when nobody else may."""

    owner: str
    length: timedelta


async def run_turn(store: SqlCoachStore, person: PersonRef, now: datetime,
                   delivery_id: str | None, decide: Decide, *, queue: bool,
                   lease: Lease) -> list[QueuedReply] | None:
    """`coach.ports.CoachStore.run_turn`, in one trip; None for an event seen before."""
    purge_before = store.purge_before(now) if delivery_id is not None else None
    opening = functools.partial(_open, store.statements, person, now, delivery_id, purge_before)
    until = now + lease.length

    def whole_turn(connection: Connection) -> list[QueuedReply] | None:
        try:
            snapshot = opening(connection)
            if snapshot is None:
                return None
            outcome = decide(snapshot)
            person_id = snapshot.profile.id
            writes = store.writes(
                person_id, outcome.conversation, outcome.effects,
                conversation_changed=_changed(snapshot.conversation, outcome.conversation),
            )
            _run(connection, writes.statements, store.statements.on_cursor)
            replies = outcome.replies
            if outcome.with_export is not None:
                replies = outcome.with_export(queries.export_rows_on(connection, person_id))
            if not (queue and replies):
                connection.commit()
                return [QueuedReply(0, person, reply) for reply in replies]
            owner = None if writes.forgotten else person_id
            rows = [reply_values(owner, person, reply, now)
                    | {"lease_owner": lease.owner, "lease_until": until} for reply in replies]
            numbers = queue_replies(connection, rows)
            connection.commit()
        except BaseException:
            _rollback(connection)
            raise
        # One multi-row INSERT takes its ids in the order of its rows.
        return [QueuedReply(number, person, reply)
                for number, reply in zip(sorted(numbers), replies, strict=True)]

    async with store.database.trips() as trips:
        return await trips.run(whole_turn)


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
        claimed = _execute(connection, statements.on_cursor, statements.claim, {
            "platform": person.platform, "delivery_id": delivery_id, "now": now})
        if claimed.rowcount != 1:
            connection.commit()  # keeps the purge
            return None
    who = {"platform": person.platform, "user_id": person.user_id}
    found = _execute(connection, statements.on_cursor, statements.lock_person, who).first()
    if found is None:
        # First contact; two at once: one insert wins, the other waits for it, then finds it.
        connection.execute(statements.create_person, who | {"now": now})
        found = _execute(connection, statements.on_cursor, statements.lock_person, who).first()
    if found is None:
        raise RuntimeError(f"person {person.platform} was not created")
    return _snapshot(connection, found, statements.on_cursor)


def _snapshot(connection: Connection, person: Any,
              on_cursor: Mapping[Executable, Prepared]) -> Snapshot:
    """Read after the lock was granted, as a statement of its own (see storage.history)."""
    history = History(_execute(connection, on_cursor, HISTORY, {"person_id": person.id})
                      .mappings())
    return Snapshot(
        profile=mapping.profile_from_row(person),
        conversation=history.conversation,
        rejections=history.of("r"),
        goals=history.of("g"),
        applications=history.of("a"),
        last_daily_note=history.last_daily_note,
    )


def _run(connection: Connection, pending: Pending,
         on_cursor: Mapping[Executable, Prepared]) -> None:
    for statement, parameters in pending:
        _execute(connection, on_cursor, statement, parameters)


def _execute(connection: Connection, on_cursor: Mapping[Executable, Prepared],
             statement: Executable, parameters: dict[str, Any] | None) -> Any:
    """On SQLite's own cursor when the statement is one of the turn's fixed ones."""
    prepared = on_cursor.get(statement)
    if prepared is None:
        return connection.execute(statement, parameters)
    return prepared.execute(connection, parameters)


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
