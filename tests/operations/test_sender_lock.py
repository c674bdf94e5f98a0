"""The sender's seat on PostgreSQL: one holder per bot token, passed on when its session
ends, a wake-up heard by the holder, and nothing about the token in its key or channel."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest

from storage.database import Database
from storage.sender_lock import AdvisorySeat, sender_seat
from tests.conftest import _postgres_database, postgres_url

pytestmark = pytest.mark.postgres
DEADLINE = 10.0


@pytest.fixture
async def postgres() -> AsyncIterator[Database]:
    async with _postgres_database(postgres_url()) as database:
        yield database


def _seat(database: Database, token: str) -> AdvisorySeat:
    seat = sender_seat(database, "telegram", token)
    assert seat is not None  # PostgreSQL: several processes may share the token
    return seat


async def test_one_process_holds_a_tokens_seat_until_its_session_ends(postgres: Database) -> None:
    token = f"7000001:{uuid.uuid4().hex}"  # advisory locks are per database: keep runs apart
    first, second = _seat(postgres, token), _seat(postgres, token)
    other_bot = _seat(postgres, f"7000002:{uuid.uuid4().hex}")
    try:
        assert await first.try_take() and await first.held()
        assert not await second.try_take()
        assert await other_bot.try_take()  # another token has a seat of its own

        await first.close()  # as when its process dies: the connection, and the lock, go
        assert not await first.held()
        assert await second.try_take()
    finally:
        for seat in (first, second, other_bot):
            await seat.close()


async def test_the_holder_hears_a_wake_up_from_another_process(postgres: Database) -> None:
    token = f"7000001:{uuid.uuid4().hex}"
    holder, writer = _seat(postgres, token), _seat(postgres, token)
    heard = asyncio.Event()
    try:
        assert await holder.try_take()
        await holder.listen(heard.set)
        await writer.wake()
        await asyncio.wait_for(heard.wait(), DEADLINE)
    finally:
        await holder.close()
        await writer.close()
    secret = token.split(":")[1]
    assert secret not in holder.channel and token not in holder.channel
