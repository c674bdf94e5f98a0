"""Webhook updates kept until handled, and whose turn it is to handle a chat's.

Several instances behind one webhook URL each receive some of a bot's updates. An
update is stored before Telegram is told it arrived, so an instance that dies
afterwards loses nothing: another one finds the row. A chat's updates are handled by
one instance at a time, oldest first, under a PostgreSQL session advisory lock per
chat, all held on one connection per process: when a process dies its connection
closes and its chats are free at once. SQLite means one process, so the set of chats it
is draining, kept in memory, does the same.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from storage.database import UNAVAILABLE_ERRORS, Database
from storage.models import InboundUpdateRow

log = logging.getLogger(__name__)



def chat_lock_key(source: str, chat_key: int) -> int:
    """A signed 64-bit advisory lock key for one chat of one bot.

    A collision only makes two chats wait for each other; it never mixes their updates.
    """
    digest = hashlib.blake2b(f"rebound inbox {source} {chat_key}".encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "big", signed=True)


class SqlUpdateInbox:
    """The inbox of one bot (`source`, e.g. "telegram:7000001") in one database."""

    def __init__(self, database: Database, source: str) -> None:
        self._database = database
        self._source = source
        self._held_here: set[int] = set()  # SQLite: the chats this (only) process drains
        self._connection: AsyncConnection | None = None
        self._connection_use = asyncio.Lock()

    async def store(self, update_id: int, chat_key: int, payload: dict[str, Any],
                    now: datetime) -> None:
        """Keep an update; one delivered twice is kept once. Raises StoreUnavailable."""
        async with self._database.transaction() as session:
            dialect = postgresql if self._database.dialect == "postgresql" else sqlite
            await session.execute(
                dialect.insert(InboundUpdateRow)
                .values(source=self._source, update_id=update_id, chat_key=chat_key,
                        payload=payload, received_at=now)
                .on_conflict_do_nothing(index_elements=["source", "update_id"])
            )

    async def waiting_chats(self, limit: int) -> list[int]:
        """Chats with updates not yet handled, the longest waiting first."""
        oldest = func.min(InboundUpdateRow.update_id)
        query = (select(InboundUpdateRow.chat_key).where(InboundUpdateRow.source == self._source)
                 .group_by(InboundUpdateRow.chat_key).order_by(oldest).limit(limit))
        async with self._database.transaction() as session:
            return list((await session.scalars(query)).all())

    async def next_update(self, chat_key: int) -> tuple[int, dict[str, Any]] | None:
        """The chat's oldest update not yet handled: (update id, the update as received)."""
        async with self._database.transaction() as session:
            return await self._oldest(session, chat_key)

    async def done(self, update_id: int, chat_key: int) -> tuple[int, dict[str, Any]] | None:
        """Forget a handled update (the coach remembers its id, so a redelivery is no turn),
        and say which of the chat's comes next, in the same transaction."""
        async with self._database.transaction() as session:
            await session.execute(delete(InboundUpdateRow).where(
                InboundUpdateRow.source == self._source, InboundUpdateRow.update_id == update_id))
            return await self._oldest(session, chat_key)

    async def _oldest(self, session: AsyncSession,
                      chat_key: int) -> tuple[int, dict[str, Any]] | None:
        query = (select(InboundUpdateRow.update_id, InboundUpdateRow.payload)
                 .where(InboundUpdateRow.source == self._source,
                        InboundUpdateRow.chat_key == chat_key)
                 .order_by(InboundUpdateRow.update_id).limit(1))
        row = (await session.execute(query)).first()
        return None if row is None else (int(row.update_id), dict(row.payload))

    @asynccontextmanager
    async def chat_turn(self, chat_key: int) -> AsyncIterator[bool]:
        """True while this process alone handles the chat; False if another one does."""
        if self._database.dialect != "postgresql":
            async with self._local_turn(chat_key) as ours:
                yield ours
            return
        key = chat_lock_key(self._source, chat_key)
        if not await self._advisory("SELECT pg_try_advisory_lock(:key)", key):
            yield False
            return
        try:
            yield True
        finally:
            await self._advisory("SELECT pg_advisory_unlock(:key)", key)

    @asynccontextmanager
    async def _local_turn(self, chat_key: int) -> AsyncIterator[bool]:
        """Tried, never waited for, like the advisory lock: a set of chats is enough."""
        if chat_key in self._held_here:
            yield False
            return
        self._held_here.add(chat_key)
        try:
            yield True
        finally:
            self._held_here.discard(chat_key)

    async def _advisory(self, statement: str, key: int) -> bool:
        """Run a lock statement on this process's lock connection, reopened if it was lost.

        A lost connection has lost its locks too; the turn's own claim of the update id
        still keeps an update from being handled twice meanwhile.
        """
        async with self._connection_use:
            for attempt in (1, 2):
                try:
                    if self._connection is None:
                        self._connection = await self._database.engine.connect()
                        await self._connection.execution_options(isolation_level="AUTOCOMMIT")
                    return bool(await self._connection.scalar(text(statement), {"key": key}))
                except UNAVAILABLE_ERRORS:
                    await self._drop_connection()
                    if attempt == 2:
                        raise
        return False  # pragma: no cover - the loop returns or raises

    async def _drop_connection(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                await connection.invalidate()
            except Exception as error:  # it is already broken; closing is best effort
                log.debug("inbox lock connection: %s", type(error).__name__)

    async def close(self) -> None:
        """Release every chat lock of this process (closing the connection does that)."""
        async with self._connection_use:
            if self._connection is not None:
                await self._connection.close()
                self._connection = None
