"""A wave of nudges goes out as fast as the platform allows and no faster, replies first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import pytest

from bot.pacing import SendBudget
from coach.messages import PersonRef, Reply
from coach.ports import DeliveryResult
from storage.database import Database
from tests.fakes import RecordingOutbox
from tests.nudges.town import FakeMonotonic, Town


def test_nudges_are_spaced_evenly_at_the_platforms_rate() -> None:
    seconds = FakeMonotonic()
    budget = SendBudget({"telegram": 25.0}, clock=seconds)
    waits = [budget.reserve("telegram", f"chat{n}") for n in range(50)]
    assert waits[0] == 0 and waits[-1] == pytest.approx(49 / 25)


def test_two_nudges_to_one_chat_are_a_second_apart() -> None:
    budget = SendBudget({"telegram": 25.0}, clock=FakeMonotonic())
    assert [budget.reserve("telegram", "same") for _ in range(3)] == [0.0, 1.0, 2.0]


def test_replies_to_people_push_the_next_nudge_back_never_the_other_way() -> None:
    budget = SendBudget({"telegram": 25.0}, clock=FakeMonotonic())
    for _ in range(30):
        budget.spend_for_reply("telegram")
    assert budget.reserve("telegram", "chat") == pytest.approx(1.0)  # 30 replies at 30/s


def test_platforms_without_a_rate_are_not_paced() -> None:
    budget = SendBudget({"telegram": 25.0}, clock=FakeMonotonic())
    budget.spend_for_reply("console")
    assert [budget.reserve("console", "me") for _ in range(3)] == [0.0, 0.0, 0.0]


async def test_a_wave_is_sent_at_the_paced_rate_and_all_of_it_arrives(database: Database) -> None:
    town = Town(database)
    people = await town.crowd(30, datetime(2026, 11, 21, 9, 0, tzinfo=UTC))
    seconds = FakeMonotonic()
    sent_at: list[float] = []

    class TimedOutbox(RecordingOutbox):
        async def send(self, person: PersonRef, replies: Sequence[Reply]) -> DeliveryResult:
            sent_at.append(seconds())
            return await super().send(person, replies)

    outbox = TimedOutbox(town.clock)
    paced = SendBudget({"test": 10.0}, clock=seconds, sleep=seconds.sleep)
    report = await town.sweep_at(datetime(2026, 11, 21, 9, 0, 20, tzinfo=UTC),
                                 town.scheduler(outbox, budget=paced, send_batch=7))
    assert report.sent == 30 and {who for who, _, _ in outbox.sent} == set(people)
    assert sum(seconds.slept) == pytest.approx(2.9)
    assert all(later - earlier >= 0.1 - 1e-9 for earlier, later in zip(sent_at, sent_at[1:],
                                                                        strict=False))
