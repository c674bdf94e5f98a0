"""The turn's statements on SQLite's own cursor read and write exactly what SQLAlchemy would.

A person's whole history (rejections, goals, applications, a conversation mid-flow, a daily
note) is read both ways and must come out equal, value for value and type for type; a
locked database must still fail as SQLAlchemy's OperationalError (the coach then says "try
again"), every statement must still be seen by the engine's listeners, and no error may
quote the values of its statement (what a person wrote), since error messages reach logs.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.exc import OperationalError

from coach.messages import Incoming, PersonRef
from coach.service import Coach
from storage.database import open_database
from storage.history import HISTORY
from storage.prepared import Prepared
from storage.repository import SqlCoachStore, Statements
from tests.fakes import FakeClock

ANA = PersonRef("telegram", "ana")
JOURNEY = ("/start", "Europe/Berlin", "09:00", "yes", "I got rejected from Acme", "sad", "4",
           "I'm OK", "Analyst", "Final round", "Not selected", "no", "Clear answers",
           "Ask more", "4", "4", "3", "2", "Preparation", "Budget", "Partly", "2",
           "In a week", "Practise SQL", "In 6 weeks", "/applied Globex, Analyst",
           "/rejected Initech", "angry")


@pytest.fixture
async def lived_in(tmp_path: Path) -> Path:
    """A SQLite file where Ana has been through a whole rejection and is mid-way in another."""
    path = tmp_path / "coach.db"
    database = await open_database(f"sqlite+aiosqlite:///{path}")
    coach = Coach(SqlCoachStore(database), FakeClock(datetime(2026, 11, 20, 9, tzinfo=UTC)))
    for number, line in enumerate(JOURNEY):
        assert await coach.respond(Incoming(ANA, text=line, delivery_id=f"u{number}"))
    await database.close()
    return path


def _typed(values: dict[str, Any]) -> dict[str, tuple[type, Any]]:
    return {key: (type(value), value) for key, value in values.items()}


def test_the_history_and_the_person_read_on_the_cursor_equal_sqlalchemys(lived_in: Path) -> None:
    statements = Statements("sqlite")
    with create_engine(f"sqlite:///{lived_in}").connect() as connection:
        who = {"platform": ANA.platform, "user_id": ANA.user_id}
        expected_person = connection.execute(statements.lock_person, who).first()
        person = statements.on_cursor[statements.lock_person].execute(connection, who).first()
        assert expected_person is not None and person is not None
        assert _typed(person._asdict()) == _typed(expected_person._asdict())
        expected = [dict(row) for row in connection.execute(
            HISTORY, {"person_id": person.id}).mappings()]
        found = statements.on_cursor[HISTORY].execute(connection, {"person_id": person.id}
                                                      ).mappings()
    assert {row["tag"] for row in expected} >= {"c", "r", "g", "a", "n"}  # every kind of row
    assert [_typed(row) for row in found] == [_typed(row) for row in expected]
    assert isinstance(person.created_at, datetime) and person.created_at.tzinfo is not None


def test_a_write_on_the_cursor_reads_back_as_sqlalchemy_wrote_it(lived_in: Path) -> None:
    statements = Statements("sqlite")
    conversation = {"person_id": 1, "state": "ask_feeling", "data": {"rejection_id": "r9"},
                    "updated_at": datetime(2026, 11, 21, 8, 30, tzinfo=UTC)}
    with create_engine(f"sqlite:///{lived_in}").connect() as connection:
        statements.on_cursor[statements.save_conversation].execute(connection, conversation)
        rows = statements.on_cursor[HISTORY].execute(connection, {"person_id": 1}).mappings()
        [saved] = [row for row in rows if row["tag"] == "c"]
        connection.rollback()
    assert (saved["c_state"], saved["c_data"], saved["c_updated_at"]) == (
        "ask_feeling", {"rejection_id": "r9"}, conversation["updated_at"])


def test_a_locked_database_fails_as_sqlalchemys_operational_error_without_the_values(
    lived_in: Path,
) -> None:
    statements = Statements("sqlite")
    conversation = {"person_id": 1, "state": "idle", "data": {"said": "my secret words"},
                    "updated_at": datetime(2026, 11, 21, 8, 30, tzinfo=UTC)}
    holder = sqlite3.connect(lived_in, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process is writing
    try:
        engine = create_engine(f"sqlite:///{lived_in}", connect_args={"timeout": 0})
        saving = statements.on_cursor[statements.save_conversation]
        locked = pytest.raises(OperationalError, match="locked")
        with engine.connect() as connection, locked as error:
            saving.execute(connection, conversation)
        assert "secret" not in str(error.value)  # such messages reach the logs
    finally:
        holder.rollback()
        holder.close()


def test_every_statement_on_the_cursor_is_seen_by_the_engines_listeners(lived_in: Path) -> None:
    engine = create_engine(f"sqlite:///{lived_in}")
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *call: seen.append(call[2]))
    with engine.connect() as connection:
        Prepared(HISTORY).execute(connection, {"person_id": 1})
    assert seen and seen[-1].startswith("SELECT")


async def test_a_failed_statement_never_quotes_what_a_person_wrote(tmp_path: Path) -> None:
    database = await open_database(f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}")
    try:
        with pytest.raises(OperationalError) as error:
            async with database.engine.begin() as connection:
                await connection.execute(text("INSERT INTO nowhere VALUES (:said)"),
                                         {"said": "my secret words"})
    finally:
        await database.close()
    assert "secret" not in str(error.value)
