"""09:00 local stays 09:00 local: UTC instants across both 2026 daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from coach.nudges.timing import first_slot_from, local_instant, next_slot

NEW_YORK, BERLIN, KOLKATA = (ZoneInfo(name) for name in
                             ("America/New_York", "Europe/Berlin", "Asia/Kolkata"))

# Each zone's 2026 change days (Kolkata has none), with the days around them.
CHANGES = [
    (NEW_YORK, date(2026, 3, 8)), (NEW_YORK, date(2026, 11, 1)),
    (BERLIN, date(2026, 3, 29)), (BERLIN, date(2026, 10, 25)),
    (KOLKATA, date(2026, 3, 29)),
]


@pytest.mark.parametrize(("zone", "change"), CHANGES, ids=lambda v: str(v))
def test_nine_oclock_stays_nine_oclock_local_on_the_change_day_and_around_it(
    zone: ZoneInfo, change: date
) -> None:
    after = datetime.combine(change - timedelta(days=3), time(12), tzinfo=zone)
    slots = []
    for _ in range(6):
        after = next_slot(time(9), zone, after)
        slots.append(after)
    local = [slot.astimezone(zone) for slot in slots]
    assert [(t.hour, t.minute) for t in local] == [(9, 0)] * 6
    assert [t.date() for t in local] == [change + timedelta(days=d) for d in range(-2, 4)]
    assert all(slot.tzinfo is UTC for slot in slots)


def test_the_utc_instant_moves_by_an_hour_across_the_change() -> None:
    before = local_instant(date(2026, 3, 7), time(9), NEW_YORK)
    on_the_day = local_instant(date(2026, 3, 8), time(9), NEW_YORK)
    assert (before.hour, on_the_day.hour) == (14, 13)
    assert local_instant(date(2026, 10, 25), time(9), BERLIN).hour == 8  # CET again: UTC+1
    assert local_instant(date(2026, 10, 24), time(9), BERLIN).hour == 7  # still CEST


@pytest.mark.parametrize(("zone", "day"), [(NEW_YORK, date(2026, 3, 8)),
                                           (BERLIN, date(2026, 3, 29))])
def test_a_time_that_does_not_exist_that_day_moves_forward_by_the_jump(
    zone: ZoneInfo, day: date
) -> None:
    slot = local_instant(day, time(2, 30), zone).astimezone(zone)
    assert (slot.date(), slot.hour, slot.minute) == (day, 3, 30)


def test_a_time_that_exists_twice_is_the_first_of_the_two() -> None:
    new_york = local_instant(date(2026, 11, 1), time(1, 30), NEW_YORK)
    berlin = local_instant(date(2026, 10, 25), time(2, 30), BERLIN)
    assert new_york == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # 01:30 EDT, not EST
    assert berlin == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST, not CET


def test_the_repeated_hour_gives_one_ping_not_two() -> None:
    first = next_slot(time(1, 30), NEW_YORK, datetime(2026, 10, 31, 12, tzinfo=UTC))
    second = next_slot(time(1, 30), NEW_YORK, first)
    assert second - first == timedelta(hours=25)  # the next day's, not the repeat an hour on


def test_a_slot_exactly_now_is_the_first_from_now_but_not_the_next_after_it() -> None:
    nine = local_instant(date(2026, 3, 8), time(9), NEW_YORK)
    assert first_slot_from(time(9), NEW_YORK, nine) == nine
    assert next_slot(time(9), NEW_YORK, nine) == nine + timedelta(days=1)
