"""The coach's store (`CoachStore`) on SQLAlchemy: one short transaction per call."""

from __future__ import annotations

import functools
import logging
import uuid
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Executable, Table, bindparam, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from coach.messages import PersonRef, QueuedReply
from coach.model import (
    AddApplication,
    Application,
    Conversation,
    Effect,
    ForgetPerson,
    Goal,
    Profile,
    Rejection,
    SaveApplication,
    SaveGoal,
    SaveProfile,
    SaveRejection,
    ScheduleNudges,
    Snapshot,
)
from coach.ports import CoachStore, Decide
from storage import mapping, nudge_rows, queries
from storage.database import Database
from storage.history import HISTORY
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
from storage.prepared import Prepared
from storage.turns import Lease, run_turn

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
        self.statements = _statements_for(self._dialect)
        self.lease = Lease(owner or uuid.uuid4().hex, reply_lease)
        self.replies = SqlReplyStore(database, self.lease.owner)

    async def run_turn(self, person: PersonRef, now: datetime, delivery_id: str | None,
                       decide: Decide, *, queue: bool) -> list[QueuedReply] | None:
        """One message's transaction, in one trip (see storage.turns)."""
        return await run_turn(self, person, now, delivery_id, decide, queue=queue,
                              lease=self.lease)

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
        writes = self.writes(person_id, conversation, effects,
                             conversation_changed=conversation_changed)
        connection = await session.connection()
        for statement, parameters in writes.statements:
            await connection.execute(statement, parameters)
        return writes.forgotten

    def writes(self, person_id: int, conversation: Conversation, effects: Sequence[Effect],
               *, conversation_changed: bool = True) -> Writes:
        """The statements of a turn's writes, built without touching the database.

        Built ahead, a turn sends them in the same trip as its reads and outbox rows; the
        statements whose shape never changes are made once (`Statements`), so only
        their values are new each time.
        """
        writes = Writes()
        if conversation_changed:
            writes.add(self.statements.save_conversation,
                       mapping.conversation_values(person_id, conversation))
        for effect in effects:
            if isinstance(effect, ForgetPerson):
                writes.statements += [(statement, None) for statement in _forget(person_id)]
                writes.forgotten = True
                return writes  # nothing after a forget may write about them again
            self._apply(writes, person_id, effect)
        return writes

    def purge_before(self, now: datetime) -> datetime | None:
        """Hourly, the instant before which claimed event ids are dropped; else None."""
        if self._last_purge is not None and now - self._last_purge < PURGE_INTERVAL:
            return None
        self._last_purge = now
        return now - DELIVERY_RETENTION

    async def claim_delivery(self, platform: str, delivery_id: str, now: datetime) -> bool:
        async with self._database.transaction() as session:
            return await self.claim_in(session, platform, delivery_id, now)

    async def claim_in(self, session: AsyncSession, platform: str, delivery_id: str,
                       now: datetime) -> bool:
        """Claim a platform event id in the caller's transaction (purging old ones hourly)."""
        connection = await session.connection()
        before = self.purge_before(now)
        if before is not None:
            await connection.execute(self.statements.purge, {"before": before})
        claimed = await connection.execute(
            self.statements.claim,
            {"platform": platform, "delivery_id": delivery_id, "now": now})
        return claimed.rowcount == 1

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
        return self.statements.insert(model)

    def _apply(self, writes: Writes, person_id: int, effect: Effect) -> None:
        statements = self.statements
        match effect:
            case SaveProfile(profile=profile):
                if profile.id != person_id:
                    raise ValueError(f"SaveProfile of person {profile.id} saved as {person_id}")
                writes.add(statements.save_profile,
                           {"person_id": person_id} | mapping.profile_changes(profile))
            case SaveRejection(rejection=item):
                writes.add(statements.upsert[RejectionRow], mapping.owned_values(person_id, item))
            case SaveGoal(goal=item):
                writes.add(statements.upsert[GoalRow], mapping.owned_values(person_id, item))
            case AddApplication(application=item):
                # A retried save must not log the same application twice.
                writes.add(statements.add_application, mapping.owned_values(person_id, item))
            case SaveApplication(application=item):
                writes.add(statements.upsert[ApplicationRow],
                           mapping.owned_values(person_id, item))
            case ForgetPerson():
                writes.statements += [(statement, None) for statement in _forget(person_id)]
            case ScheduleNudges(nudges=nudges):
                writes.statements += [
                    (statement, None)
                    for statement in _gathered(nudge_rows.apply_schedule, self._dialect,
                                               person_id, nudges)]


@dataclass
class Writes:
    """A turn's writes, to be executed in order; `forgotten` once a ForgetPerson is among them."""

    statements: list[tuple[Executable, dict[str, Any] | None]] = field(default_factory=list)
    forgotten: bool = False

    def add(self, statement: Executable, parameters: dict[str, Any]) -> None:
        self.statements.append((statement, parameters))


class Statements:
    """The statements of a turn whose shape never changes, built once per dialect.

    Executed with their values as parameters, they hit SQLAlchemy's compiled cache
    without building (and cache-keying) a new statement each turn.
    """

    def __init__(self, dialect: str) -> None:
        self.insert = functools.partial(_insert_for, dialect)
        conversations = _table(ConversationRow)
        saved = self.insert(conversations).values(
            {name: bindparam(name) for name in ("person_id", "state", "data", "updated_at")})
        self.save_conversation = saved.on_conflict_do_update(
            index_elements=["person_id"],
            set_={name: saved.excluded[name] for name in ("state", "data", "updated_at")})
        people = _table(PersonRow)
        settable = [item.name for item in fields(Profile)
                    if item.name not in mapping.IDENTITY_FIELDS]
        self.save_profile = (update(people).where(people.c.id == bindparam("person_id"))
                             .values({name: bindparam(name) for name in settable}))
        self.upsert = {model: self._upsert(model)
                       for model in (RejectionRow, GoalRow, ApplicationRow)}
        self.add_application = self.insert(_table(ApplicationRow)).values(
            {name: bindparam(name) for name in _owned_columns(ApplicationRow)}
        ).on_conflict_do_nothing(index_elements=["id"])
        deliveries = _table(DeliveryRow)
        self.claim = self.insert(deliveries).values(
            platform=bindparam("platform"), delivery_id=bindparam("delivery_id"),
            created_at=bindparam("now"),
        ).on_conflict_do_nothing(index_elements=["platform", "delivery_id"])
        self.purge = delete(deliveries).where(deliveries.c.created_at < bindparam("before"))
        self.create_person = self.insert(people).values(
            platform=bindparam("platform"), user_id=bindparam("user_id"),
            created_at=bindparam("now"),
        ).on_conflict_do_nothing(index_elements=["platform", "user_id"])
        # FOR NO KEY UPDATE, not FOR UPDATE: see _lock_person.
        self.lock_person = select(people).where(
            people.c.platform == bindparam("platform"), people.c.user_id == bindparam("user_id")
        ).with_for_update(key_share=True)
        # The turn's reads and writes, on SQLite's own cursor (storage.prepared).
        self.on_cursor: dict[Executable, Prepared] = {
            statement: Prepared(statement)
            for statement in (self.claim, self.lock_person, HISTORY, self.save_conversation,
                              self.save_profile, self.add_application, *self.upsert.values())
        }

    def _upsert(self, model: OwnedRow) -> Executable:
        table = _table(model)
        names = _owned_columns(model)
        statement = self.insert(table).values({name: bindparam(name) for name in names})
        # The WHERE keeps an id that belongs to someone else from being overwritten.
        return statement.on_conflict_do_update(
            index_elements=["id"],
            set_={name: statement.excluded[name] for name in names
                  if name not in ("id", "person_id")},
            where=table.c.person_id == bindparam("person_id"),
        )


@functools.cache
def _statements_for(dialect: str) -> Statements:
    return Statements(dialect)


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def _owned_columns(model: OwnedRow) -> list[str]:
    """The columns `mapping.owned_values` fills: the item's fields and its person."""
    kinds: dict[Any, Any] = {RejectionRow: Rejection, GoalRow: Goal,
                             ApplicationRow: Application}
    return ["person_id", *(item.name for item in fields(kinds[model]))]


def _insert_for(dialect: str, table: Any) -> Insert:
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"no upsert for the {dialect} dialect")


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


def _forget(person_id: int) -> list[Executable]:
    # Explicit deletes, so forgetting does not depend on ON DELETE CASCADE being on.
    return [*(delete(table).where(table.c.person_id == person_id)
              for table in queries.owned_tables()),
            delete(PersonRow).where(PersonRow.id == person_id)]


class _Gatherer:
    """Stands in for a session to a writer that only executes: keeps what it is given."""

    def __init__(self) -> None:
        self.statements: list[Executable] = []

    async def execute(self, statement: Executable) -> None:
        self.statements.append(statement)


def _gathered(writer: Callable[..., Coroutine[Any, Any, None]],
              *arguments: Any) -> list[Executable]:
    """The statements an async writer (`nudge_rows.apply_schedule`) would execute, in order.

    With a gatherer for its session it never waits, so its coroutine runs to the end at
    its first step; one that did wait (a read, say) could not be gathered: said loudly.
    """
    gatherer = _Gatherer()
    coroutine = writer(gatherer, *arguments)
    try:
        coroutine.send(None)
    except StopIteration:
        return gatherer.statements
    coroutine.close()
    raise RuntimeError(f"{writer.__qualname__} waited on something other than execute")


if TYPE_CHECKING:
    # mypy proves here that the class keeps to the port the coach declares.
    _implements_port: type[CoachStore] = SqlCoachStore
