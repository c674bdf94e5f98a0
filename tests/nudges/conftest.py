"""Two bot processes on one database: two engines, each with its own connections."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from storage.database import Database, open_database
from tests.conftest import postgres_url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def two_processes(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[Database, Database]]:
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'rebound.db'}"
        first, second = await open_database(url), await open_database(url)
        try:
            yield first, second
        finally:
            await first.close()
            await second.close()
        return
    url = postgres_url()
    schema = f"test_{uuid.uuid4().hex}"
    admin = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        settings = {"server_settings": {"search_path": schema}}
        first = await open_database(url, connect_args=settings)
        second = await open_database(url, connect_args=settings)
        try:
            yield first, second
        finally:
            await first.close()
            await second.close()
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        await admin.dispose()
