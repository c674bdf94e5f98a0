"""A whole, empty PostgreSQL database per test, for `coach` run as a process.

A process cannot be handed a search_path the way in-process tests are, so each
test gets its own database, dropped at the end.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, make_url, text
from sqlalchemy.ext.asyncio import create_async_engine

from storage.database import MIGRATIONS
from tests.conftest import postgres_url


@asynccontextmanager
async def empty_postgres() -> AsyncIterator[str]:
    """The URL of a PostgreSQL database that exists and holds nothing (skips without one)."""
    server = postgres_url()
    name = f"rebound_ops_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(server, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(server).set(database=name).render_as_string(hide_password=False)
        finally:
            async with admin.connect() as connection:
                await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await admin.dispose()


async def migrate_to(url: str, revision: str) -> None:
    """Bring a database to an older migration, as an earlier release would have left it."""
    def upgrade(connection: Connection) -> None:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(upgrade)
    finally:
        await engine.dispose()


async def revisions(url: str) -> list[str]:
    """The migrations a database records ([] when it was never migrated)."""
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            if await connection.scalar(text("SELECT to_regclass('alembic_version')")) is None:
                return []
            return list(await connection.scalars(text("SELECT version_num FROM alembic_version")))
    finally:
        await engine.dispose()
