"""Opening a database: directories, SQLite settings, concurrency, and clear errors."""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text, update

from storage.database import Database, DatabaseUnavailable, default_sqlite_url, open_database
from storage.models import PersonRow

T0 = datetime(2025, 3, 30, 0, 30, tzinfo=UTC)


async def test_a_sqlite_file_in_a_missing_directory_is_created(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there" / "rebound.db"

    database = await open_database(f"sqlite+aiosqlite:///{path}")
    await database.close()

    assert path.is_file()


async def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout(
    tmp_path: Path,
) -> None:
    database = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'rebound.db'}")
    try:
        async with database.engine.connect() as connection:
            journal = await connection.scalar(text("PRAGMA journal_mode"))
            foreign_keys = await connection.scalar(text("PRAGMA foreign_keys"))
            busy_timeout = await connection.scalar(text("PRAGMA busy_timeout"))
    finally:
        await database.close()

    assert (journal, foreign_keys, busy_timeout) == ("wal", 1, 5000)


async def test_reopening_a_database_keeps_its_data(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'rebound.db'}"
    database = await open_database(url)
    async with database.sessions.begin() as session:
        await session.execute(
            insert(PersonRow).values(platform="console", user_id="me", created_at=T0)
        )
    await database.close()

    database = await open_database(url)
    try:
        async with database.sessions() as session:
            people = await session.scalar(select(func.count()).select_from(PersonRow))
    finally:
        await database.close()

    assert people == 1


async def test_two_processes_reading_then_writing_one_sqlite_file_do_not_fail(
    tmp_path: Path,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'rebound.db'}"
    databases = [await open_database(url), await open_database(url)]
    async with databases[0].sessions.begin() as session:
        await session.execute(
            insert(PersonRow).values(platform="console", user_id="me", created_at=T0)
        )

    async def read_then_write(database: Database, index: int) -> None:
        async with database.sessions.begin() as session:
            person = await session.scalar(select(PersonRow.id))
            await asyncio.sleep(0.01)  # the other process reads meanwhile
            await session.execute(
                update(PersonRow).where(PersonRow.id == person).values(display_name=str(index))
            )

    try:
        await asyncio.gather(*(read_then_write(databases[index % 2], index) for index in range(6)))
    finally:
        for database in databases:
            await database.close()


async def test_an_unreachable_server_gives_one_clear_line_without_the_password() -> None:
    url = "postgresql+asyncpg://rebound:s3cret-pw@127.0.0.1:1/rebound"

    with pytest.raises(DatabaseUnavailable) as raised:
        await open_database(url)

    message = str(raised.value)
    assert "s3cret-pw" not in message
    assert "127.0.0.1:1" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "url",
    [
        "not a url",
        "nonsense://nowhere",
        "sqlite:///{tmp}/sub/sync-driver.db",
        "mysql+nosuchdriver://host/db",
    ],
)
async def test_an_unusable_url_gives_one_clear_line_and_creates_nothing(
    url: str, tmp_path: Path
) -> None:
    with pytest.raises(DatabaseUnavailable) as raised:
        await open_database(url.format(tmp=tmp_path))

    assert "\n" not in str(raised.value)
    assert await asyncio.to_thread(os.listdir, tmp_path) == []


def test_the_default_database_is_a_sqlite_file_in_the_user_data_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))

    assert default_sqlite_url() == f"sqlite+aiosqlite:///{tmp_path}/rebound/rebound.db"
