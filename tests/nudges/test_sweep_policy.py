"""What a sweep does with a due nudge and with a send: grace, pauses, retries, as pure rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from coach.messages import PersonRef
from coach.model import NudgeKind, Profile
from coach.nudges.schedule import DEFAULT_GRACE
from coach.nudges.sweep import MAX_ATTEMPTS, DueNudge, after_send, before_send, plan
from coach.nudges.values import NudgeStatus, PendingNudge
from coach.ports import DeliveryResult
from tests.coach.snapshots import new_snapshot

KOLKATA = ZoneInfo("Asia/Kolkata")
NINE = datetime(2026, 3, 10, 9, 0, tzinfo=KOLKATA)
PERSON = new_snapshot(timezone="Asia/Kolkata", ping_time=time(9)).profile


def _daily(due: datetime = NINE) -> DueNudge:
    return DueNudge(NudgeKind.DAILY, "", due)


def test_a_ping_on_time_is_sent_for_today_and_the_row_moves_to_tomorrow() -> None:
    planned = plan(_daily(), PERSON, NINE + timedelta(seconds=20), DEFAULT_GRACE)
    assert (planned.send_key, planned.slot) == ("2026-03-10", NINE)
    assert planned.next_due_at == NINE + timedelta(days=1)


def test_a_ping_missed_by_an_hour_is_still_sent() -> None:
    planned = plan(_daily(), PERSON, NINE + timedelta(hours=1), DEFAULT_GRACE)
    assert planned.send_key == "2026-03-10"


def test_a_ping_missed_by_five_hours_is_skipped_and_tomorrows_is_next() -> None:
    planned = plan(_daily(), PERSON, NINE + timedelta(hours=5), DEFAULT_GRACE)
    assert planned.send_key is None
    assert planned.next_due_at == NINE + timedelta(days=1)


def test_after_days_of_downtime_only_todays_ping_goes_out_if_it_is_recent() -> None:
    now = NINE + timedelta(days=2, hours=1)
    planned = plan(_daily(NINE), PERSON, now, DEFAULT_GRACE)
    assert (planned.send_key, planned.next_due_at) == ("2026-03-12", NINE + timedelta(days=3))


def test_the_grace_window_is_a_setting() -> None:
    planned = plan(_daily(), PERSON, NINE + timedelta(minutes=45), timedelta(minutes=30))
    assert planned.send_key is None


@pytest.mark.parametrize("change", [
    {"nudges_paused": True, "nudges_paused_until": NINE + timedelta(days=2)},
    {"unreachable": True},
])
def test_a_paused_or_unreachable_person_is_skipped_but_their_schedule_moves_on(
    change: dict[str, object]
) -> None:
    planned = plan(_daily(), replace(PERSON, **change), NINE, DEFAULT_GRACE)  # type: ignore[arg-type]
    assert planned.send_key is None
    assert planned.next_due_at is not None and planned.next_due_at > NINE


def test_a_daily_ping_turned_off_leaves_the_schedule() -> None:
    planned = plan(_daily(), replace(PERSON, nudges_off=("daily",)), NINE, DEFAULT_GRACE)
    assert planned == type(planned)(None, None, None)


def test_a_reminder_is_sent_within_the_grace_window_once_and_then_leaves_the_schedule() -> None:
    due = DueNudge(NudgeKind.FOLLOW_UP, "rejection-1", NINE)
    on_time = plan(due, PERSON, NINE + timedelta(hours=2), DEFAULT_GRACE)
    too_late = plan(due, PERSON, NINE + timedelta(hours=4), DEFAULT_GRACE)
    assert (on_time.send_key, on_time.next_due_at) == ("rejection-1", None)
    assert (too_late.send_key, too_late.next_due_at) == (None, None)


def _pending(attempts: int = 1, slot: datetime = NINE, profile: Profile = PERSON) -> PendingNudge:
    return PendingNudge(7, 1, PersonRef("test", "me"), NudgeKind.DAILY, "2026-03-10", slot,
                        attempts, new_snapshot(**{"timezone": profile.timezone}))


def test_a_recorded_ping_is_not_sent_once_the_grace_window_has_passed() -> None:
    late = before_send(_pending(), NINE + timedelta(hours=3, minutes=1), DEFAULT_GRACE)
    assert late is not None and late.status is NudgeStatus.EXPIRED
    assert before_send(_pending(), NINE + timedelta(minutes=1), DEFAULT_GRACE) is None


def test_temporary_failures_are_retried_with_doubling_waits_then_given_up() -> None:
    now = NINE.astimezone(UTC)
    waits = []
    for attempt in range(1, MAX_ATTEMPTS):
        outcome = after_send(_pending(attempt), DeliveryResult.RETRY_LATER, now, "v")
        assert outcome.status is NudgeStatus.PENDING and outcome.retry_at is not None
        waits.append(outcome.retry_at - now)
    assert waits == [timedelta(minutes=m) for m in (1, 2, 4, 8)]
    last = after_send(_pending(MAX_ATTEMPTS), DeliveryResult.RETRY_LATER, now, "v")
    assert (last.status, last.retry_at) == (NudgeStatus.FAILED, None)


def test_a_blocked_person_is_marked_unreachable_and_a_delivery_is_sent() -> None:
    assert after_send(_pending(), DeliveryResult.UNREACHABLE, NINE, None).status is \
        NudgeStatus.UNREACHABLE
    assert after_send(_pending(), DeliveryResult.DELIVERED, NINE, "v").status is NudgeStatus.SENT
