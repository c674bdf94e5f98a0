"""What operators read from the database: reachability, the nudge backlog, shard ownership."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from storage.database import Database, open_database
from storage.models import NudgeScheduleRow
from storage.operations import ShardTaken, database_reachable, holding_shards, nudge_backlog
from tests.nudges.town import Town
from tests.operations.databases import empty_postgres


async def test_a_working_database_is_reachable(database: Database) -> None:
    assert await database_reachable(database)


async def test_the_backlog_counts_nudges_past_due_and_how_late_the_oldest_is(
    database: Database,
) -> None:
    town = Town(database)
    await town.person("ana", at="09:00")
    await town.person("ben", at="10:00")
    async with database.sessions() as session:
        first_due = await session.scalar(select(func.min(NudgeScheduleRow.next_due_at)))
    assert first_due is not None

    before = await nudge_backlog(database, first_due - timedelta(seconds=1))
    late = await nudge_backlog(database, first_due + timedelta(minutes=5))

    assert (before.waiting, before.lag_seconds(first_due)) == (0, 0.0)
    assert late.waiting == 1
    assert late.lag_seconds(first_due + timedelta(minutes=5)) == 300.0


@pytest.mark.postgres
async def test_a_shard_is_held_by_one_process_until_it_lets_go() -> None:
    async with empty_postgres() as url:
        first, second = await open_database(url), await open_database(url)
        try:
            async with holding_shards(first, [1]):
                with pytest.raises(ShardTaken, match="shard 1 is already open"):
                    async with holding_shards(second, [0, 1]):
                        pass
                async with holding_shards(second, [0]):
                    pass  # another shard is free
            async with holding_shards(second, [0, 1]):
                pass  # and shard 1 is free once the first process let go
        finally:
            await first.close()
            await second.close()
