"""Exactly once across crashes and restarts; blocked people; temporary failures retried."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from bot.pacing import SendBudget
from bot.scheduler import NudgeScheduler
from coach.messages import PersonRef, Reply
from coach.nudges.schedule import DEFAULT_GRACE
from coach.nudges.sweep import LEASE
from coach.nudges.values import Audience
from coach.ports import DeliveryResult
from storage.database import Database
from storage.nudge_store import SqlNudgeStore
from tests.fakes import RecordingOutbox
from tests.nudges.town import PLATFORM, FakeMonotonic, Town

NINE = datetime(2026, 11, 21, 9, 0, 20, tzinfo=UTC)
EVERYONE = Audience(frozenset({PLATFORM}))


async def _town_with_one_person(database: Database) -> tuple[Town, PersonRef]:
    town = Town(database)
    person = await town.person("p", "UTC", "09:00")
    town.clock.current = NINE
    return town, person


async def test_stopped_after_recording_before_sending_the_next_start_sends_it_once(
    database: Database,
) -> None:
    town, person = await _town_with_one_person(database)
    recorded = await SqlNudgeStore(database).plan_due(EVERYONE, NINE, DEFAULT_GRACE, 500)
    assert recorded.recorded == 1  # ...and then the process died before sending

    after_restart = town.scheduler()
    await town.sweep_at(NINE + timedelta(seconds=20), after_restart)
    await town.sweep_at(NINE + timedelta(minutes=5), after_restart)
    await town.sweep_at(NINE + timedelta(minutes=10), town.scheduler())
    assert len(town.sent_to(person)) == 1


async def test_stopped_while_sending_it_is_sent_once_when_the_lease_runs_out(
    database: Database,
) -> None:
    town, person = await _town_with_one_person(database)
    store = SqlNudgeStore(database)
    await store.plan_due(EVERYONE, NINE, DEFAULT_GRACE, 500)
    claimed = await store.claim_ready(EVERYONE, NINE, LEASE, 100)
    assert len(claimed) == 1  # ...claimed for sending, then the process died

    await town.sweep_at(NINE + timedelta(seconds=30), town.scheduler())
    assert town.sent_to(person) == []  # still leased to the dead process
    for restart in range(2):  # two restarts after the lease: one send between them
        await town.sweep_at(NINE + LEASE + timedelta(minutes=1 + restart), town.scheduler())
    assert len(town.sent_to(person)) == 1


async def test_stopped_after_sending_nothing_is_sent_again(database: Database) -> None:
    town, person = await _town_with_one_person(database)
    await town.sweep_at(NINE, town.scheduler())
    for later in (timedelta(seconds=20), timedelta(minutes=5), LEASE * 2):
        await town.sweep_at(NINE + later, town.scheduler())
    assert len(town.sent_to(person)) == 1


async def test_a_clean_stop_hands_unsent_nudges_back_at_once(database: Database) -> None:
    town = Town(database)
    people = [await town.person(f"p{n}", "UTC", "09:00") for n in range(3)]
    town.clock.current = NINE
    seconds = FakeMonotonic()
    stops: list[NudgeScheduler] = []

    class StopOnFirstSend(RecordingOutbox):
        async def send(self, person: PersonRef, replies: Sequence[Reply]) -> DeliveryResult:
            await stops[0].shutdown()  # SIGTERM arrives during the first send
            return await super().send(person, replies)

    stopping_outbox = StopOnFirstSend(town.clock)
    paced = SendBudget({PLATFORM: 1.0}, clock=seconds, sleep=seconds.sleep)
    stops.append(town.scheduler(stopping_outbox, budget=paced))
    await stops[0].sweep(NINE)
    first = [who for who, _, _ in stopping_outbox.sent]
    assert len(first) == 1

    await town.sweep_at(NINE + timedelta(seconds=20))  # the next process, well inside the lease
    assert sorted(who.user_id for who, _, _ in town.outbox.sent) == sorted(
        person.user_id for person in people if person not in first)


async def test_a_person_who_blocked_the_bot_is_marked_and_gets_nothing_more(
    database: Database,
) -> None:
    town, person = await _town_with_one_person(database)
    town.outbox.answers[person] = [DeliveryResult.UNREACHABLE]
    report = await town.sweep_at(NINE)
    assert report.settled["unreachable"] == 1
    assert (await town.snapshot(person)).profile.unreachable
    await town.sweep_at(NINE + timedelta(days=1))
    await town.sweep_at(NINE + timedelta(days=2))
    assert town.outbox.attempts == [person]

    await town.coach.mark_unreachable(person, False)  # they unblocked us
    await town.sweep_at(NINE + timedelta(days=3))
    assert len(town.sent_to(person)) == 1


async def test_a_temporary_failure_is_retried_until_it_goes_through_once(
    database: Database,
) -> None:
    town, person = await _town_with_one_person(database)
    town.outbox.answers[person] = [DeliveryResult.RETRY_LATER, DeliveryResult.RETRY_LATER]
    scheduler = town.scheduler()
    for seconds in (0, 30, 70, 130, 200, 400, 900):
        await town.sweep_at(NINE + timedelta(seconds=seconds), scheduler)
    assert len(town.outbox.attempts) == 3  # failed, failed (after 1 min), sent (after 2 more)
    assert len(town.sent_to(person)) == 1


async def test_a_nudge_that_keeps_failing_is_given_up_within_the_grace_window(
    database: Database,
) -> None:
    town, person = await _town_with_one_person(database)
    town.outbox.answers[person] = [DeliveryResult.RETRY_LATER] * 20
    scheduler = town.scheduler()
    for minutes in range(0, 5 * 60, 5):
        await town.sweep_at(NINE + timedelta(minutes=minutes), scheduler)
    assert len(town.outbox.attempts) == 5 and town.sent_to(person) == []
