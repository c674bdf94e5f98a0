"""The coach over the real SQL store: whole journeys, export and forget, counted in rows."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from coach.messages import Incoming, PersonRef
from coach.service import Coach
from storage.database import Database
from storage.models import Base
from storage.repository import SqlCoachStore
from tests.fakes import FakeClock

ANA, BO = PersonRef("console", "ana"), PersonRef("console", "bo")


async def _talk(coach: Coach, person: PersonRef, *lines: str) -> str:
    said = []
    for line in lines:
        said += [reply.text for reply in await coach.handle(Incoming(person, text=line))]
    return "\n".join(said)


async def _journey(coach: Coach, person: PersonRef, company: str) -> str:
    return await _talk(
        coach, person, "/start", "Europe/Berlin", "09:00", "yes",
        f"I got rejected from {company}", "sad", "4", "I'm OK", "Analyst", "Final round",
        "Not selected", "Full reflection", "no", "Clear answers", "Ask about the team",
        "4", "4", "3", "2",
        "Preparation", "Budget", "Partly", "2", "In a week", f"Lesson from {company}",
        "In 6 weeks", f"/applied {company} Two, Analyst", "/applied Third, Analyst",
        "/progress",
    )


async def _rows_of(database: Database, person_id: int) -> dict[str, int]:
    counts = {}
    async with database.sessions() as session:
        for table in Base.metadata.sorted_tables:
            column = table.c.get("person_id")
            if column is None:
                column = table.c.id if table.name == "people" else None
            if column is None:
                continue
            query = select(func.count()).select_from(table).where(column == person_id)
            counts[table.name] = (await session.execute(query)).scalar_one()
    return counts


async def test_a_whole_journey_is_stored_and_the_goal_is_reached(database: Database) -> None:
    coach = Coach(SqlCoachStore(database), FakeClock())
    transcript = await _journey(coach, ANA, "Acme")
    assert "Goal for Acme reached: 2 of 2" in transcript
    snapshot = await SqlCoachStore(database).load(ANA, FakeClock().now())
    assert snapshot.profile.timezone == "Europe/Berlin"
    assert snapshot.rejections[0].feeling == "sad"  # consent was given
    assert snapshot.rejections[0].stage_ratings == {"applied": 4, "screen": 4,
                                                    "interview": 3, "final": 2}


async def test_export_has_all_of_one_persons_data_and_none_of_anothers(database: Database) -> None:
    coach = Coach(SqlCoachStore(database), FakeClock())
    await _journey(coach, ANA, "Acme")
    await _journey(coach, BO, "Globex")
    replies = await coach.handle(Incoming(ANA, text="/export"))
    exported = json.loads(next(r.attachment for r in replies if r.attachment).content)
    text = json.dumps(exported)
    for expected in ("Acme", "Lesson from Acme", "Acme Two", "Europe/Berlin", "sad"):
        assert expected in text
    assert "Globex" not in text and "Lesson from Globex" not in text


async def test_forget_removes_every_row_of_the_person_and_only_theirs(database: Database) -> None:
    store = SqlCoachStore(database)
    coach = Coach(store, FakeClock())
    await _journey(coach, ANA, "Acme")
    await _journey(coach, BO, "Globex")
    ana_id = (await store.load(ANA, FakeClock().now())).profile.id
    bo_id = (await store.load(BO, FakeClock().now())).profile.id
    before = await _rows_of(database, ana_id)
    assert before["rejections"] == 1 and before["applications"] == 2 and before["goals"] == 1

    await _talk(coach, ANA, "/forget")
    assert set((await _rows_of(database, ana_id)).values()) != {0}  # not without a yes
    await _talk(coach, ANA, "/forget", "Delete everything")

    assert set((await _rows_of(database, ana_id)).values()) == {0}
    assert (await _rows_of(database, bo_id)) == (await _rows_of(database, bo_id)) | {
        "rejections": 1, "applications": 2, "goals": 1, "people": 1}


async def test_a_lost_database_gets_a_clear_answer_instead_of_a_crash() -> None:
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine("postgresql+asyncpg://rebound@127.0.0.1:1/rebound")
    coach = Coach(SqlCoachStore(Database(engine)), FakeClock())
    try:
        replies = await coach.handle(Incoming(ANA, text="I got rejected from Acme"))
    finally:
        await engine.dispose()
    assert len(replies) == 1
    assert "can't reach my notebook" in replies[0].text and "send it again" in replies[0].text
