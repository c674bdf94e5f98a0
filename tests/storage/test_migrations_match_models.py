"""The schema the migrations build is the one the models describe."""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import Connection, inspect

from storage.database import MIGRATIONS, Database
from storage.models import Base


def _differences(connection: Connection) -> list[Any]:
    return list(compare_metadata(MigrationContext.configure(connection), Base.metadata))


def _migrate(connection: Connection, revision: str, upgrade: bool) -> list[str]:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    if upgrade:
        command.upgrade(config, revision)
    else:
        command.downgrade(config, revision)
    return sorted(inspect(connection).get_table_names())


async def test_migrated_schema_matches_the_models(database: Database) -> None:
    async with database.engine.connect() as connection:
        differences = await connection.run_sync(_differences)

    assert differences == []


async def test_migrations_downgrade_to_nothing_and_upgrade_again(database: Database) -> None:
    async with database.engine.begin() as connection:
        after_downgrade = await connection.run_sync(_migrate, "base", False)
    async with database.engine.begin() as connection:
        after_upgrade = await connection.run_sync(_migrate, "head", True)

    assert after_downgrade == ["alembic_version"]
    assert set(after_upgrade) == set(Base.metadata.tables) | {"alembic_version"}
