"""`coach db upgrade`, and bots that will not run on a PostgreSQL schema it has not brought up."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.operations.databases import empty_postgres, migrate_to, revisions
from tests.operations.processes import environment, run

HEAD = "0006"


async def test_upgrade_migrates_a_new_sqlite_file_then_finds_nothing_to_do(
    tmp_path: Path,
) -> None:
    env = environment(f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}")

    first = await run(["db", "upgrade"], env, tmp_path)
    second = await run(["db", "upgrade"], env, tmp_path)

    assert (first.code, second.code) == (0, 0), first.err + second.err
    assert first.out.strip().splitlines() == [f"database schema migrated from empty to {HEAD}"]
    assert len(second.out.strip().splitlines()) == 1 and "nothing to do" in second.out
    assert first.err == second.err == ""


@pytest.mark.postgres
async def test_two_upgrades_at_once_on_postgres_migrate_once_and_both_succeed(
    tmp_path: Path,
) -> None:
    async with empty_postgres() as url:
        env = environment(url)

        results = await asyncio.gather(*(run(["db", "upgrade"], env, tmp_path) for _ in range(2)))

        assert [result.code for result in results] == [0, 0], [r.err for r in results]
        said = sorted(result.out.strip() for result in results)
        assert said == [f"database schema already at the latest migration ({HEAD}); nothing to do",
                        f"database schema migrated from empty to {HEAD}"]
        assert await revisions(url) == [HEAD]


@pytest.mark.postgres
async def test_upgrade_brings_an_older_schema_to_the_latest(tmp_path: Path) -> None:
    async with empty_postgres() as url:
        await migrate_to(url, "0002")

        result = await run(["db", "upgrade"], environment(url), tmp_path)

        assert result.code == 0, result.err
        assert result.out.strip() == f"database schema migrated from 0002 to {HEAD}"
        assert await revisions(url) == [HEAD]


async def test_an_unreachable_database_is_one_line_and_a_failing_exit(tmp_path: Path) -> None:
    env = environment("postgresql+asyncpg://rebound:s3cret-pw@127.0.0.1:1/rebound")

    result = await run(["db", "upgrade"], env, tmp_path)

    assert result.code != 0 and result.out == ""
    assert len(result.err_lines) == 1 and result.err_lines[0].startswith("coach: "), result.err
    assert "127.0.0.1:1" in result.err and "s3cret-pw" not in result.err


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("command", "migrated_to"), [("telegram", None), ("discord", "0002"), ("run", "0002")]
)
async def test_bots_refuse_an_old_postgres_schema_with_one_line(
    tmp_path: Path, command: str, migrated_to: str | None
) -> None:
    async with empty_postgres() as url:
        if migrated_to is not None:
            await migrate_to(url, migrated_to)
        env = environment(url, TELEGRAM_BOT_TOKEN="123:not-used", DISCORD_BOT_TOKEN="MTA.not.used")

        result = await run([command], env, tmp_path)

        assert result.code != 0
        assert len(result.err_lines) == 1, result.err
        assert result.err_lines[0].startswith("coach: the database schema is ")
        assert "run `coach db upgrade`" in result.err_lines[0]
        assert await revisions(url) == ([] if migrated_to is None else [migrated_to])
