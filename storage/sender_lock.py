"""One sender per bot token across processes: a PostgreSQL session advisory lock held on a
connection of its own, and a channel on which the others wake whoever holds it.

The lock lives as long as its connection: a sender that dies (SIGKILL, a lost network)
ends its session, the server releases the lock, and the next process that tries it takes
over. Keys and channel names come from a digest of the platform and the token, never the
token itself. SQLite means one process: it is always the sender and nobody needs waking.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.database import UNREACHABLE_ERRORS, Database

log = logging.getLogger(__name__)

#: First key of the two-key advisory lock of a token's sender ("RBNS"); the second is the
#: token's digest. Shards use another class (storage/operations.py), so the two never meet.
SENDER_LOCK_CLASS = 0x52424E53


def seat_key(platform: str, token: str) -> str:
    """What names a bot token's seat: a digest, safe to log and to put in keys."""
    return hashlib.sha256(f"rebound sender {platform} {token}".encode()).hexdigest()[:16]


class AdvisorySeat:
    """PostgreSQL: the seat of one token's sender, tried and held on a dedicated connection."""

    shared = True

    def __init__(self, database: Database, key: str) -> None:
        self._database = database
        self._lock = int(key[:8], 16) - (1 << 31)  # the digest as a signed 32-bit key
        self.channel = f"rebound_send_{key}"
        self._connection: AsyncConnection | None = None
        self._holding = False
        self._listening = False

    async def try_take(self) -> bool:
        """Take the lock if nobody holds it; False (never an exception) when not reachable."""
        try:
            connection = await self._connect()
            taken = bool(
                await connection.scalar(
                    text("SELECT pg_try_advisory_lock(:lock_class, :key)"),
                    {"lock_class": SENDER_LOCK_CLASS, "key": self._lock},
                )
            )
            await connection.commit()  # the session lock outlives it; idle, not in a transaction
        except UNREACHABLE_ERRORS as error:
            log.warning("sender lock not tried: %s", type(error).__name__)
            await self.close()
            return False
        self._holding = taken
        return taken

    async def held(self) -> bool:
        """Still the sender: our session (and with it the lock) is alive."""
        if not self._holding or self._connection is None:
            return False
        try:
            await self._connection.execute(text("SELECT 1"))
            await self._connection.commit()
        except UNREACHABLE_ERRORS as error:
            log.warning("sender lock lost with its connection: %s", type(error).__name__)
            await self.close()
            return False
        return True

    async def listen(self, woken: Callable[[], None]) -> None:
        """Call `woken` whenever another process has queued something to send."""
        if self._listening:
            return
        connection = await self._connect()
        raw = await connection.get_raw_connection()
        driver: Any = raw.driver_connection

        def heard(*_: object) -> None:
            woken()

        await driver.add_listener(self.channel, heard)
        self._listening = True

    async def wake(self) -> None:
        """Tell the sender there is something new (after our transaction committed)."""
        async with self._database.engine.connect() as connection:
            await connection.execute(
                text("SELECT pg_notify(:channel, '')"), {"channel": self.channel}
            )
            await connection.commit()

    async def close(self) -> None:
        """Give the seat up: the connection is closed, not pooled, so the lock goes with it."""
        connection, self._connection = self._connection, None
        self._holding = self._listening = False
        if connection is not None:
            with contextlib.suppress(Exception):
                await connection.invalidate()
            with contextlib.suppress(Exception):
                await connection.close()

    async def _connect(self) -> AsyncConnection:
        if self._connection is None:
            self._connection = await self._database.engine.connect()
        return self._connection


def sender_seat(database: Database, platform: str, token: str) -> AdvisorySeat | None:
    """The seat of this token's sender on this database; None on SQLite (one process,
    always the sender, nobody to wake)."""
    if database.dialect != "postgresql":
        return None
    return AdvisorySeat(database, seat_key(platform, token))
