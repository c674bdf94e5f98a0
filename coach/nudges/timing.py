"""Wall-clock times in a person's zone as UTC instants, right across daylight-saving changes.

A ping "at 09:00" means 09:00 on the person's own clock, whatever offset their
zone has that day, so it is computed from the local date each time, never by
adding 24 hours to the last one.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

_TINY = timedelta(microseconds=1)


def local_instant(day: date, at: time, zone: ZoneInfo) -> datetime:
    """`at` o'clock on `day` in `zone`, in UTC.

    With fold=0 (PEP 495), a time that does not exist that day (02:30 when the
    clocks jump from 02:00 to 03:00) takes the offset from before the jump, which
    lands it as far after 03:00 as it was after 02:00: 03:30. A time that exists
    twice (the autumn hour) is the first of the two, so it still comes only once.
    """
    return datetime.combine(day, at.replace(tzinfo=None, fold=0), tzinfo=zone).astimezone(UTC)


def next_slot(at: time, zone: ZoneInfo, after: datetime) -> datetime:
    """The first `at` o'clock in `zone` strictly after `after`."""
    day = after.astimezone(zone).date() - timedelta(days=1)
    while True:  # at most three turns: yesterday's slot may still be ahead across a jump
        slot = local_instant(day, at, zone)
        if slot > after:
            return slot
        day += timedelta(days=1)


def first_slot_from(at: time, zone: ZoneInfo, start: datetime) -> datetime:
    """The first `at` o'clock in `zone` at or after `start`."""
    return next_slot(at, zone, start - _TINY)


def local_day(instant: datetime, zone: ZoneInfo) -> date:
    return instant.astimezone(zone).date()
