"""What operators ask the database: is it reachable, how far behind are nudges, who owns a shard."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text

from storage.database import UNREACHABLE_ERRORS, Database
from storage.models import NudgeDeliveryRow, NudgeScheduleRow, OutgoingReplyRow

#: First key of the two-key advisory locks on Discord shards ("RBND"); the second is the shard.
SHARD_LOCK_CLASS = 0x52424E44


class ShardTaken(Exception):
    """Another process holds this Discord shard; the message is one line for the operator."""


@dataclass(frozen=True, slots=True)
class NudgeBacklog:
    """Nudges due and not yet sent, and the instant the oldest of them was due."""

    waiting: int
    oldest_due: datetime | None

    def lag_seconds(self, now: datetime) -> float:
        return 0.0 if self.oldest_due is None else (now - self.oldest_due).total_seconds()


async def database_reachable(database: Database) -> bool:
    """A round trip to the server; False (never an exception) when it does not answer."""
    try:
        async with database.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except UNREACHABLE_ERRORS:
        return False
    return True


async def nudge_backlog(database: Database, now: datetime) -> NudgeBacklog:
    """Schedules past due but not yet planned, plus planned deliveries waiting to be sent."""
    due_schedules = select(func.count(), func.min(NudgeScheduleRow.next_due_at)).where(
        NudgeScheduleRow.next_due_at <= now)
    open_deliveries = select(func.count(), func.min(NudgeDeliveryRow.due_at)).where(
        NudgeDeliveryRow.next_attempt_at.is_not(None), NudgeDeliveryRow.next_attempt_at <= now)
    async with database.sessions() as session:
        schedules = (await session.execute(due_schedules)).one()
        deliveries = (await session.execute(open_deliveries)).one()
    oldest = [at for at in (schedules[1], deliveries[1]) if at is not None]
    return NudgeBacklog(schedules[0] + deliveries[0], min(oldest) if oldest else None)


async def reply_backlog(database: Database) -> dict[str, int]:
    """Replies still owed in the outbox, by platform (a crash, a refusal, or a send under way)."""
    owed = select(OutgoingReplyRow.platform, func.count()).group_by(OutgoingReplyRow.platform)
    async with database.sessions() as session:
        return {platform: count for platform, count in (await session.execute(owed)).all()}


@asynccontextmanager
async def holding_shards(database: Database, shard_ids: Sequence[int]) -> AsyncIterator[None]:
    """Hold a PostgreSQL session advisory lock per shard while the block runs.

    Two processes opening one shard would both get its events and answer twice. The
    lock lives as long as this connection: a process that dies releases it, so a
    replacement can take the shard at once. SQLite means one process: nothing to hold.
    """
    if database.dialect != "postgresql":
        yield
        return
    async with database.engine.connect() as connection:
        try:
            for shard in shard_ids:
                taken = await connection.scalar(
                    text("SELECT pg_try_advisory_lock(:lock_class, :shard)"),
                    {"lock_class": SHARD_LOCK_CLASS, "shard": shard})
                if not taken:
                    raise ShardTaken(f"Discord shard {shard} is already open in another process")
            await connection.commit()  # session locks outlive the transaction; idle, not open
            yield
        finally:
            await connection.execute(text("SELECT pg_advisory_unlock_all()"))
            await connection.commit()
