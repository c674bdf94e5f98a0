"""A person can take everything stored about them, or have all of it deleted."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, insert, select

from coach.messages import Attachment, PersonRef, Reply
from coach.model import (
    AddApplication,
    Application,
    Conversation,
    ForgetPerson,
    Goal,
    Rejection,
    SaveApplication,
    SaveGoal,
    SaveProfile,
    SaveRejection,
)
from coach.ports import Outcome
from storage.database import Database
from storage.models import Base, DeliveryRow, NudgeDeliveryRow, NudgeScheduleRow
from storage.repository import SqlCoachStore

T0 = datetime(2025, 3, 30, 0, 30, tzinfo=UTC)
ALICE = PersonRef("telegram", "1001")
BOB = PersonRef("discord", "2002")


async def give_history(
    store: SqlCoachStore, database: Database, person: PersonRef, name: str, tag: int
) -> int:
    """A person with a row in every table, each marked with `name` so leaks are visible."""
    snapshot = await store.load(person, T0)
    person_id = snapshot.profile.id
    rejection = Rejection(id=f"rejection-{tag}", created_at=T0, company=f"{name} Corp")
    goal = Goal(id=f"goal-{tag}", created_at=T0, target=2, deadline=date(2025, 4, 6))
    await store.save(
        person_id,
        Conversation("reflect", {"said": f"{name} said this"}, updated_at=T0),
        [
            SaveProfile(replace(snapshot.profile, display_name=name, ping_time=time(9, 0),
                                review_weekday=2, review_time=time(19, 0), no_reply_days=10)),
            SaveRejection(rejection),
            SaveGoal(goal),
            AddApplication(Application(id=f"application-{tag}", created_at=T0, role=name)),
            SaveApplication(Application(
                id=f"application-{tag}", created_at=T0, role=name, status="interview",
                status_at=T0, interview_at=T0 + timedelta(days=3))),
        ],
    )
    async with database.sessions.begin() as session:
        await session.execute(
            insert(DeliveryRow).values(
                platform=person.platform,
                delivery_id=f"{name}-1",
                person_id=person_id,
                created_at=T0,
            )
        )
        await session.execute(
            insert(NudgeScheduleRow).values(
                person_id=person_id, kind="daily", key="", next_due_at=T0 + timedelta(days=1)
            )
        )
        await session.execute(
            insert(NudgeDeliveryRow).values(
                person_id=person_id, kind="daily", key=f"{name}-day", status="sent",
                attempts=1, due_at=T0, created_at=T0, sent_at=T0, variant="daily.any.kind",
            )
        )
    owed = Reply(f"{name}'s reply", attachment=Attachment("a.txt", name.encode()))
    queued = await store.run_turn(  # a reply still owed to them
        person, T0, None, lambda snapshot: Outcome(snapshot.conversation, (), (owed,)), queue=True)
    assert queued is not None and len(queued) == 1
    return person_id


async def rows_of(database: Database, person_id: int) -> dict[str, int]:
    """How many rows mention the person, in every table there is."""
    counts = {}
    async with database.sessions() as session:
        for table in Base.metadata.sorted_tables:
            column = table.c.id if table.name == "people" else table.c.get("person_id")
            if column is None:
                continue
            query = select(func.count()).select_from(table).where(column == person_id)
            counts[table.name] = int(await session.scalar(query) or 0)
    return counts


async def test_forgetting_deletes_every_row_of_the_person_and_nothing_of_others(
    store: SqlCoachStore, database: Database
) -> None:
    alice = await give_history(store, database, ALICE, "Alice", 1)
    bob = await give_history(store, database, BOB, "Bob", 2)

    await store.save(alice, Conversation("forget.confirmed"), [ForgetPerson()])

    assert set((await rows_of(database, alice)).values()) == {0}
    assert set((await rows_of(database, bob)).values()) == {1}


async def test_nothing_written_after_forgetting_brings_the_person_back(
    store: SqlCoachStore, database: Database
) -> None:
    alice = await give_history(store, database, ALICE, "Alice", 1)
    late = SaveRejection(Rejection(id="rejection-9", created_at=T0))

    await store.save(alice, Conversation("forget.confirmed"), [ForgetPerson(), late])
    await store.save(alice, Conversation("capture"), [late])  # a save already under way

    assert set((await rows_of(database, alice)).values()) == {0}


async def test_a_forgotten_person_who_writes_again_starts_afresh(
    store: SqlCoachStore, database: Database
) -> None:
    alice = await give_history(store, database, ALICE, "Alice", 1)
    await store.save(alice, Conversation("idle"), [ForgetPerson()])

    again = await store.load(ALICE, T0 + timedelta(days=1))

    assert again.profile.display_name is None
    assert again.profile.created_at == T0 + timedelta(days=1)
    assert (again.conversation, again.rejections, again.goals) == (Conversation("idle"), (), ())


async def test_an_export_holds_all_of_the_persons_rows_and_none_of_anyone_else(
    store: SqlCoachStore, database: Database
) -> None:
    alice = await give_history(store, database, ALICE, "Alice", 1)
    await give_history(store, database, BOB, "Bob", 2)

    export = await store.export(alice)
    text = json.dumps(export)

    assert "Bob" not in text and "2002" not in text
    assert export["profile"]["display_name"] == "Alice"
    assert export["profile"]["user_id"] == "1001"
    assert export["profile"]["created_at"] == T0.isoformat()
    assert export["profile"]["ping_time"] == "09:00:00"
    assert export["conversation"]["data"] == {"said": "Alice said this"}
    assert [row["company"] for row in export["rejections"]] == ["Alice Corp"]
    assert [row["deadline"] for row in export["goals"]] == ["2025-04-06"]
    assert [row["role"] for row in export["applications"]] == ["Alice"]
    assert [(row["status"], row["interview_at"]) for row in export["applications"]] == [
        ("interview", (T0 + timedelta(days=3)).isoformat())]
    assert (export["profile"]["review_weekday"], export["profile"]["no_reply_days"]) == (2, 10)
    assert [row["delivery_id"] for row in export["deliveries"]] == ["Alice-1"]
    assert [row["key"] for row in export["nudge_deliveries"]] == ["Alice-day"]
    assert [row["kind"] for row in export["nudge_schedules"]] == ["daily"]
    [owed] = export["outgoing_replies"]
    assert owed["body"]["text"] == "Alice's reply"
    assert base64.b64decode(owed["attachment_data"]) == b"Alice"


async def test_the_export_has_an_entry_for_every_table(
    store: SqlCoachStore, database: Database
) -> None:
    alice = await give_history(store, database, ALICE, "Alice", 1)

    export = await store.export(alice)

    renamed = {"people": "profile", "conversations": "conversation"}
    # Webhook updates wait there only until handled (seconds), and are deleted then.
    in_transit = {"inbound_updates"}
    tables = set(Base.metadata.tables) - in_transit
    assert {renamed.get(table, table) for table in tables} == set(export)
    assert all(export.values())
