"""At most once per send attempt: a lease lost is never written over, a nudge handed to the
platform by a sender that vanished is `unknown` and not sent again, a slow sender keeps its
lease, and one that lapses before it was handed is simply sent by the next claim."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from coach.messages import PersonRef, Reply
from coach.nudges.schedule import DEFAULT_GRACE
from coach.nudges.sweep import LEASE
from coach.nudges.values import Audience, NudgeOutcome, NudgeStatus
from coach.ports import DeliveryResult
from storage.database import Database
from storage.models import NudgeDeliveryRow
from storage.nudge_store import SqlNudgeStore
from tests.fakes import RecordingOutbox
from tests.nudges.town import PLATFORM, Town

NINE = datetime(2026, 11, 21, 9, 0, 20, tzinfo=UTC)
EVERYONE = Audience(frozenset({PLATFORM}))
AFTER_LEASE = NINE + LEASE + timedelta(seconds=1)
DEADLINE = 10.0


async def _one_recorded(database: Database) -> tuple[Town, PersonRef, SqlNudgeStore]:
    town = Town(database)
    person = await town.person("p", "UTC", "09:00")
    town.clock.current = NINE
    store = SqlNudgeStore(database)
    assert (await store.plan_due(EVERYONE, NINE, DEFAULT_GRACE, 10)).recorded == 1
    return town, person, store


async def _delivery(database: Database) -> NudgeDeliveryRow:
    async with database.sessions() as session:
        return (await session.scalars(select(NudgeDeliveryRow))).one()


async def test_a_sender_whose_lease_was_taken_writes_nothing_over_the_new_holder(
    database: Database,
) -> None:
    _, _, store = await _one_recorded(database)
    (stalled,) = await store.claim_ready(EVERYONE, NINE, LEASE, 10)
    (taken,) = await store.claim_ready(EVERYONE, AFTER_LEASE, LEASE, 10)
    assert stalled.lease != taken.lease

    assert await store.hand([stalled], AFTER_LEASE) == set()  # it may not send any more
    await store.finish(
        [
            NudgeOutcome(
                stalled.delivery_id, stalled.person_id, NudgeStatus.FAILED, lease=stalled.lease
            )
        ],
        AFTER_LEASE,
    )
    row = await _delivery(database)
    assert (row.status, row.lease_owner, row.handed_at) == ("pending", taken.lease, None)

    assert await store.hand([taken], AFTER_LEASE) == {taken.delivery_id}
    await store.finish(
        [NudgeOutcome(taken.delivery_id, taken.person_id, NudgeStatus.SENT, lease=taken.lease)],
        AFTER_LEASE,
    )
    assert (await _delivery(database)).status == "sent"


async def test_a_nudge_handed_to_the_platform_by_a_vanished_sender_is_unknown_and_never_resent(
    database: Database,
) -> None:
    town, person, store = await _one_recorded(database)
    (claimed,) = await store.claim_ready(EVERYONE, NINE, LEASE, 10)
    assert await store.hand([claimed], NINE) == {claimed.delivery_id}
    # ...and the process died before it heard back from the platform.

    for later in (AFTER_LEASE, AFTER_LEASE + timedelta(minutes=5)):
        report = await town.sweep_at(later)
        assert report.sent == 0
    assert town.sent_to(person) == []
    assert (await _delivery(database)).status == NudgeStatus.UNKNOWN


async def test_a_lease_that_lapsed_before_the_nudge_was_handed_is_claimed_again_and_sent_once(
    database: Database,
) -> None:
    town, person, store = await _one_recorded(database)
    await store.claim_ready(EVERYONE, NINE, LEASE, 10)  # claimed, then the process died
    await town.sweep_at(AFTER_LEASE)
    await town.sweep_at(AFTER_LEASE + LEASE * 2)
    assert len(town.sent_to(person)) == 1
    assert (await _delivery(database)).status == NudgeStatus.SENT


async def test_a_sender_slowed_down_keeps_its_lease_and_its_nudge_goes_out_once(
    database: Database,
) -> None:
    town, person, _ = await _one_recorded(database)
    lease = timedelta(seconds=0.4)  # renewed every 0.1 s of real time while it waits
    release = asyncio.Event()
    slow_sends: list[PersonRef] = []

    class HeldUp(RecordingOutbox):
        """Waits as a send does behind a long 429."""

        async def send(self, who: PersonRef, replies: Sequence[Reply]) -> DeliveryResult:
            slow_sends.append(who)
            await release.wait()
            return await super().send(who, replies)

    slow = HeldUp(town.clock)
    sweeping = asyncio.create_task(town.scheduler(slow, lease=lease).sweep())
    await _until(lambda: bool(slow_sends))
    town.clock.current = NINE + timedelta(minutes=10)  # far past the lease it first took
    held_until = town.clock.current + lease / 2

    async def renewed() -> bool:
        row = await _delivery(database)
        return row.next_attempt_at is not None and row.next_attempt_at > held_until

    await _until_async(renewed)
    other = await town.scheduler().sweep()  # another process, meanwhile
    release.set()
    report = await sweeping

    assert (other.sent, report.sent) == (0, 1)
    assert slow.to(person) and town.sent_to(person) == []
    assert (await _delivery(database)).status == NudgeStatus.SENT


async def _until(condition: Callable[[], bool]) -> None:
    async def check() -> bool:
        return condition()

    await _until_async(check)


async def _until_async(condition: Callable[[], Awaitable[bool]]) -> None:
    """Wait on a condition, never on the clock; fail after DEADLINE seconds."""
    deadline = asyncio.get_running_loop().time() + DEADLINE
    while not await condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.02)
