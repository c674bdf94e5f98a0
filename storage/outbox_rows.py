"""The reply outbox on SQL: replies as rows and back, and what senders do with the rows.

A row is deleted once the platform accepted it, so the table holds only what is
still owed. Rows are leased: the process that wrote a turn's replies sends them;
if it dies, the lease lapses and any process takes them, oldest first.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, delete, insert, or_, select, update

from coach.messages import (
    Attachment,
    Chart,
    MoodPoint,
    Option,
    PersonRef,
    QueuedReply,
    Reply,
    WeekBar,
)
from storage.database import Database
from storage.models import Base, OutgoingReplyRow
from storage.prepared import Prepared

if TYPE_CHECKING:
    from coach.ports import ReplyStore

_REPLIES = Base.metadata.tables[OutgoingReplyRow.__tablename__]
_QUEUE = insert(_REPLIES).returning(_REPLIES.c.id)
_SENT = delete(_REPLIES).where(_REPLIES.c.id.in_(bindparam("numbers", expanding=True)))


def reply_values(person_id: int | None, person: PersonRef, reply: Reply,
                 now: datetime) -> dict[str, Any]:
    """The row of one reply; an attachment's bytes are kept, so a resend sends the same file."""
    attachment = reply.attachment
    return {
        "person_id": person_id,
        "platform": person.platform,
        "user_id": person.user_id,
        "body": {"text": reply.text,
                 "options": [[option.label, option.value] for option in reply.options],
                 "keys": list(reply.keys), "chart": _chart_values(reply.chart)},
        "attachment_name": attachment.filename if attachment else None,
        "attachment_type": attachment.mime_type if attachment else None,
        "attachment_data": attachment.content if attachment else None,
        "created_at": now,
        "attempts": 0,
    }


def _chart_values(chart: Chart | None) -> dict[str, Any] | None:
    """A chart is kept as its data, so a resend after a crash draws the same picture."""
    return None if chart is None else asdict(chart)


def _chart_from(values: dict[str, Any] | None) -> Chart | None:
    if not values:
        return None
    return Chart(
        values["title"], values["description"],
        tuple(WeekBar(**week) for week in values["weeks"]),
        tuple((label, count) for label, count in values["stages"]),
        tuple(MoodPoint(**mood) for mood in values.get("moods", ())),
    )


def queued_from_row(row: OutgoingReplyRow) -> QueuedReply:
    attachment = None
    if row.attachment_name is not None and row.attachment_data is not None:
        attachment = Attachment(row.attachment_name, bytes(row.attachment_data),
                                row.attachment_type or "application/octet-stream")
    options = tuple(Option(label, value) for label, value in row.body.get("options", []))
    reply = Reply(row.body.get("text", ""), options, attachment,
                  chart=_chart_from(row.body.get("chart")), keys=tuple(row.body.get("keys", ())))
    return QueuedReply(row.id, PersonRef(row.platform, row.user_id), reply)


class SqlReplyStore:
    """Implements `coach.ports.ReplyStore`: each method is one short transaction."""

    def __init__(self, database: Database, owner: str) -> None:
        self._database = database
        self.owner = owner

    async def claim_unsent(self, platform: str, now: datetime, until: datetime, limit: int,
                           *, take_over: bool = False,
                           from_others: bool = False) -> list[QueuedReply]:
        """Lease up to `limit` replies nobody is sending (or all of them: `take_over`; all
        but those this process holds: `from_others`, for the token's elected sender).

        Oldest first; SKIP LOCKED lets several processes claim side by side.
        """
        condition = OutgoingReplyRow.platform == platform
        lapsed = or_(OutgoingReplyRow.lease_until.is_(None), OutgoingReplyRow.lease_until <= now)
        if from_others and not take_over:
            lapsed = or_(lapsed, OutgoingReplyRow.lease_owner != self.owner)
        if not take_over:
            condition = condition & lapsed
        async with self._database.transaction() as session:
            rows = list(await session.scalars(
                select(OutgoingReplyRow).where(condition).order_by(OutgoingReplyRow.id)
                .limit(limit).with_for_update(skip_locked=True)
            ))
            if rows:
                await session.execute(
                    update(OutgoingReplyRow)
                    .where(OutgoingReplyRow.id.in_([row.id for row in rows]))
                    .values(lease_owner=self.owner, lease_until=until)
                )
            return [queued_from_row(row) for row in rows]

    async def sent(self, numbers: Sequence[int]) -> None:
        """One trip (see `Database.trips`): it follows every reply sent, so it is kept cheap."""
        if numbers:
            async with self._database.trips() as trips:
                await trips.run(lambda connection: _delete(connection, list(numbers)))

    async def extend(self, numbers: Sequence[int], until: datetime) -> None:
        """Keep replies this process still holds (waiting on a 429, say) from being taken."""
        if numbers:
            async with self._database.transaction() as session:
                await session.execute(
                    update(OutgoingReplyRow)
                    .where(OutgoingReplyRow.id.in_(list(numbers)),
                           OutgoingReplyRow.lease_owner == self.owner)
                    .values(lease_until=until)
                )

    async def drop(self, numbers: Sequence[int]) -> None:
        """Replies nobody can receive (the person blocked the bot)."""
        await self.sent(numbers)


def queue_replies(connection: Connection, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert a turn's reply rows; their ids, ascending (rows are numbered in order).

    One multi-row INSERT, compiled once for each number of rows and columns a turn
    sends (`storage.prepared`: on SQLite it runs on the driver's cursor). Given as many
    parameter sets instead, SQLAlchemy sends the same one INSERT ("insertmanyvalues"),
    but builds it on every execution.
    """
    if not rows or len(rows) > _MOST_ROWS_PREPARED:
        return sorted(connection.scalars(_QUEUE, list(rows)))
    names = tuple(rows[0])
    values = {f"{name}_{number}": row[name] for number, row in enumerate(rows) for name in names}
    return sorted(_queue_rows(len(rows), names).execute(connection, values).scalars())


_MOST_ROWS_PREPARED = 8
"""A turn says a few things; a longer list (never seen) takes SQLAlchemy's own way."""


@functools.cache
def _queue_rows(count: int, names: tuple[str, ...]) -> Prepared:
    columns = _REPLIES.c
    rows = [{name: bindparam(f"{name}_{number}", type_=columns[name].type) for name in names}
            for number in range(count)]
    return Prepared(insert(_REPLIES).values(rows).returning(_REPLIES.c.id))


def _delete(connection: Connection, numbers: list[int]) -> None:
    with connection.begin():
        connection.execute(_SENT, {"numbers": numbers})


if TYPE_CHECKING:
    _implements_port: type[ReplyStore] = SqlReplyStore
