"""Shared fixtures: a real, empty database per test, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from storage.database import Database, open_database
from storage.repository import SqlCoachStore

POSTGRES_URL_VARIABLE = "COACH_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_VARIABLE = "COACH_REQUIRE_POSTGRES"


def postgres_url() -> str:
    """The test server's URL; skips the test without one, unless PostgreSQL is required."""
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if url:
        return url
    reason = f"PostgreSQL tests need {POSTGRES_URL_VARIABLE} (a postgresql+asyncpg:// URL)"
    if os.environ.get(REQUIRE_POSTGRES_VARIABLE) == "1":
        pytest.fail(f"{reason}; {REQUIRE_POSTGRES_VARIABLE}=1 forbids skipping them")
    pytest.skip(reason)


@asynccontextmanager
async def _postgres_database(url: str) -> AsyncIterator[Database]:
    # A schema per test keeps tests apart without dropping or recreating the database.
    schema = f"test_{uuid.uuid4().hex}"
    admin = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        database = await open_database(
            url, connect_args={"server_settings": {"search_path": schema}}
        )
        try:
            yield database
        finally:
            await database.close()
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        await admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    """A freshly migrated database, on each engine Rebound supports."""
    if request.param == "postgres":
        async with _postgres_database(postgres_url()) as database:
            yield database
        return
    database = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'rebound.db'}")
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture
def store(database: Database) -> SqlCoachStore:
    return SqlCoachStore(database)
