"""What the coach sees through the store: people, conversations and their histories."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import create_async_engine

from coach.messages import PersonRef
from coach.model import (
    AddApplication,
    Application,
    Conversation,
    Goal,
    Profile,
    Rejection,
    SaveGoal,
    SaveProfile,
    SaveRejection,
    Snapshot,
    Stage,
)
from coach.ports import StoreUnavailable
from storage.database import Database
from storage.models import ApplicationRow, Base, PersonRow, RejectionRow
from storage.repository import SqlCoachStore

T0 = datetime(2025, 3, 30, 0, 30, tzinfo=UTC)  # the night Europe moves its clocks forward
BERLIN = ZoneInfo("Europe/Berlin")
ALICE = PersonRef("telegram", "1001")
BOB = PersonRef("discord", "2002")


def rejection_id(number: int) -> str:
    return f"00000000-0000-4000-8000-{number:012d}"


def full_rejection(created_at: datetime = T0) -> Rejection:
    return Rejection(
        id=rejection_id(1),
        created_at=created_at,
        company="Acme",
        role="Backend engineer",
        stage=Stage.INTERVIEW,
        kind="not_selected",
        feeling="sad",
        intensity=4,
        got_feedback=False,
        feedback=None,
        went_well="The system design round",
        do_differently="Ask more questions — ünïcode and emoji 🙂 too",
        stage_ratings={"applied": 5, "screen": 4, "interview": 2},
        in_control="My preparation",
        out_of_control="Their budget",
        fit="Mostly",
        lesson="Practise out loud",
        follow_up_on=date(2025, 5, 12),
    )


async def count(database: Database, condition: ColumnElement[bool], table: type[Base]) -> int:
    async with database.sessions() as session:
        return int(
            await session.scalar(select(func.count()).select_from(table).where(condition)) or 0
        )


async def test_a_new_person_starts_idle_with_an_empty_history(store: SqlCoachStore) -> None:
    snapshot = await store.load(ALICE, T0)

    assert snapshot == Snapshot(
        profile=Profile(id=snapshot.profile.id, platform="telegram", user_id="1001", created_at=T0),
        conversation=Conversation(state="idle"),
    )


async def test_a_person_is_created_once_even_when_loaded_concurrently(
    store: SqlCoachStore, database: Database
) -> None:
    snapshots = await asyncio.gather(*(store.load(ALICE, T0) for _ in range(20)))

    assert len({snapshot.profile.id for snapshot in snapshots}) == 1
    assert await count(database, PersonRow.user_id == ALICE.user_id, PersonRow) == 1


async def test_later_loads_keep_the_first_contact_time(store: SqlCoachStore) -> None:
    first = await store.load(ALICE, T0)
    later = await store.load(ALICE, T0 + timedelta(days=3))

    assert later.profile == first.profile


async def test_every_field_survives_a_save_and_a_load(store: SqlCoachStore) -> None:
    person_id = (await store.load(ALICE, T0)).profile.id
    profile = replace(
        (await store.load(ALICE, T0)).profile,
        display_name="Alice",
        timezone="Europe/Berlin",
        ping_time=time(8, 45),
        nudges_paused=True,
        mood_consent=True,
        disclosed_at=datetime(2025, 3, 30, 3, 15, tzinfo=BERLIN),
    )
    conversation = Conversation(
        state="reflect.went_well",
        data={
            "feeling": "sad",
            "intensity": 4,
            "skipped": ["company"],
            "ratings": {"screen": 3},
            "ratio": 0.5,
            "done": False,
            "note": None,
        },
        updated_at=T0 + timedelta(minutes=5),
    )
    rejection = full_rejection(created_at=datetime(2025, 3, 29, 18, 0, tzinfo=BERLIN))
    goal = Goal(
        id=rejection_id(2),
        created_at=T0,
        target=2,
        deadline=date(2025, 4, 6),
        rejection_id=rejection.id,
        celebrated_at=T0 + timedelta(days=2),
        closed_at=T0 + timedelta(days=3),
    )
    application = Application(
        id=rejection_id(3), created_at=T0, company="Globex", role="SRE", goal_id=goal.id
    )

    await store.save(
        person_id,
        conversation,
        [
            SaveProfile(profile),
            SaveRejection(rejection),
            SaveGoal(goal),
            AddApplication(application),
        ],
    )
    loaded = await store.load(ALICE, T0 + timedelta(days=1))

    assert loaded == Snapshot(profile, conversation, (rejection,), (goal,), (application,))
    instants = [
        loaded.profile.created_at,
        loaded.profile.disclosed_at,
        loaded.conversation.updated_at,
        loaded.rejections[0].created_at,
        loaded.goals[0].celebrated_at,
    ]
    assert all(instant is not None and instant.tzinfo == UTC for instant in instants)


async def test_saving_again_updates_instead_of_duplicating(
    store: SqlCoachStore, database: Database
) -> None:
    person_id = (await store.load(ALICE, T0)).profile.id
    rejection = full_rejection()
    goal = Goal(id=rejection_id(2), created_at=T0, target=2, deadline=date(2025, 4, 6))
    await store.save(person_id, Conversation("capture"), [SaveRejection(rejection), SaveGoal(goal)])

    reflected = replace(rejection, lesson="Sleep before interviews", stage_ratings={"screen": 1})
    celebrated = replace(goal, celebrated_at=T0 + timedelta(days=1))
    await store.save(
        person_id,
        Conversation("plan", {"step": 2}),
        [SaveRejection(reflected), SaveGoal(celebrated)],
    )
    loaded = await store.load(ALICE, T0)

    assert loaded.conversation == Conversation("plan", {"step": 2})
    assert loaded.rejections == (reflected,)
    assert loaded.goals == (celebrated,)


async def test_a_logged_application_is_kept_once_when_the_save_is_repeated(
    store: SqlCoachStore, database: Database
) -> None:
    person_id = (await store.load(ALICE, T0)).profile.id
    application = Application(id=rejection_id(3), created_at=T0, company="Globex")

    for _ in range(2):
        await store.save(person_id, Conversation("idle"), [AddApplication(application)])

    assert (await store.load(ALICE, T0)).applications == (application,)
    assert await count(database, ApplicationRow.person_id == person_id, ApplicationRow) == 1


async def test_histories_come_back_oldest_first(store: SqlCoachStore) -> None:
    person_id = (await store.load(ALICE, T0)).profile.id
    days = [2, 0, 1]
    rejections = [
        Rejection(id=rejection_id(day), created_at=T0 + timedelta(days=day)) for day in days
    ]
    applications = [
        Application(id=rejection_id(10 + day), created_at=T0 + timedelta(days=day)) for day in days
    ]

    await store.save(
        person_id,
        Conversation("idle"),
        [*map(SaveRejection, rejections), *map(AddApplication, applications)],
    )
    loaded = await store.load(ALICE, T0)

    assert [r.created_at for r in loaded.rejections] == [T0 + timedelta(days=d) for d in range(3)]
    assert [a.id for a in loaded.applications] == [rejection_id(10 + d) for d in range(3)]


async def test_one_person_cannot_overwrite_another_persons_rejection(
    store: SqlCoachStore, database: Database
) -> None:
    alice = (await store.load(ALICE, T0)).profile.id
    bob = (await store.load(BOB, T0)).profile.id
    await store.save(alice, Conversation("idle"), [SaveRejection(full_rejection())])

    hijack = replace(full_rejection(), company="BobCorp")
    await store.save(bob, Conversation("idle"), [SaveRejection(hijack)])

    assert (await store.load(ALICE, T0)).rejections == (full_rejection(),)
    assert (await store.load(BOB, T0)).rejections == ()
    assert await count(database, RejectionRow.person_id == bob, RejectionRow) == 0


async def test_a_person_who_blocked_the_bot_is_marked_and_unmarked(store: SqlCoachStore) -> None:
    await store.load(ALICE, T0)

    await store.mark_unreachable(ALICE, True)
    blocked = (await store.load(ALICE, T0)).profile.unreachable
    await store.mark_unreachable(ALICE, False)
    unblocked = (await store.load(ALICE, T0)).profile.unreachable

    assert (blocked, unblocked) == (True, False)


async def test_marking_a_stranger_unreachable_stores_nothing(
    store: SqlCoachStore, database: Database
) -> None:
    await store.mark_unreachable(BOB, True)

    assert await count(database, PersonRow.user_id == BOB.user_id, PersonRow) == 0


async def test_a_database_server_that_went_away_is_reported_as_unavailable() -> None:
    engine = create_async_engine("postgresql+asyncpg://rebound@127.0.0.1:1/rebound")
    store = SqlCoachStore(Database(engine))
    try:
        with pytest.raises(StoreUnavailable):
            await store.load(ALICE, T0)
    finally:
        await engine.dispose()
