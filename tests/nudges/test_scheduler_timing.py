"""Daily pings through a real scheduler and database: on time in every zone, also on
daylight-saving days; pauses, a changed time, and the grace window after downtime."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from storage.database import Database
from tests.nudges.town import Town

CHANGE_DAYS = {
    "America/New_York": (date(2026, 3, 8), date(2026, 11, 1)),
    "Europe/Berlin": (date(2026, 3, 29), date(2026, 10, 25)),
    "Asia/Kolkata": (date(2026, 3, 29), date(2026, 10, 25)),  # no change there: a control
}


def _at(day: date, hour: int, minute: int, second: int, zone: str) -> datetime:
    return datetime.combine(day, time(hour, minute, second), tzinfo=ZoneInfo(zone))


async def test_the_nine_oclock_ping_arrives_at_nine_local_around_both_changes(
    database: Database,
) -> None:
    """One person per zone; sweeps just before and just after 09:00 local on the days around
    each change (other zones' sweeps fall far outside each person's grace window)."""
    town = Town(database)
    town.clock.current = datetime(2026, 3, 1, 12, tzinfo=UTC)
    people = {zone: await town.person(zone, zone, "09:00") for zone in CHANGE_DAYS}
    sweeps, expected = [], {}
    for zone, changes in CHANGE_DAYS.items():
        days = [change + timedelta(days=d) for change in changes for d in (-1, 0, 1)]
        expected[zone] = days
        sweeps += [(_at(day, 8, 59, 30, zone), _at(day, 9, 0, 20, zone)) for day in days]
    scheduler = town.scheduler()
    for early, on_time in sorted(sweeps):
        assert (await town.sweep_at(early, scheduler)).recorded == 0, f"nothing before {early}"
        assert (await town.sweep_at(on_time, scheduler)).recorded == 1, f"one at {on_time}"
    for zone, person in people.items():
        arrived = [when.astimezone(ZoneInfo(zone)) for when in town.times_sent_to(person)]
        assert [when.date() for when in arrived] == expected[zone], zone
        assert all(time(9) <= when.time() < time(9, 1) for when in arrived), zone


async def test_no_pings_while_paused_and_they_come_back_after(database: Database) -> None:
    town = Town(database)
    person = await town.person("p", "Europe/Berlin", "09:00")  # Fri 20 Nov 2026, 10:00 there
    nine = [_at(date(2026, 11, day), 9, 0, 20, "Europe/Berlin") for day in range(21, 28)]
    await town.sweep_at(nine[0])
    await town.say(person, "/pause 2")  # Sat 09:00:20 until Mon 09:00:20
    for day in nine[1:4]:  # Sun, Mon (the pause ends 20 s after 09:00), Tue
        await town.sweep_at(day)
    await town.say(person, "/pause", "Until I resume")
    await town.sweep_at(nine[4])
    town.clock.current = nine[4] + timedelta(hours=1)
    await town.say(person, "/resume")
    await town.sweep_at(nine[5])
    days = [when.astimezone(ZoneInfo("Europe/Berlin")).day for when in town.times_sent_to(person)]
    assert days == [21, 24, 26]


async def test_a_time_changed_in_the_morning_rings_the_same_day_but_never_twice(
    database: Database,
) -> None:
    town = Town(database)
    berlin = "Europe/Berlin"
    town.clock.current = _at(date(2026, 11, 21), 7, 0, 0, berlin)
    person = await town.person("p", berlin, "09:00")
    town.clock.current = _at(date(2026, 11, 21), 8, 0, 0, berlin)
    assert "today at 08:30" in await town.say(person, "/time 08:30")
    await town.sweep_at(_at(date(2026, 11, 21), 8, 30, 20, berlin))
    # Today's note came already: a later time starts tomorrow, and says so.
    assert "tomorrow at 11:00" in await town.say(person, "/time 11:00")
    await town.sweep_at(_at(date(2026, 11, 21), 11, 0, 20, berlin))
    await town.sweep_at(_at(date(2026, 11, 22), 11, 0, 20, berlin))
    arrived = [when.astimezone(ZoneInfo(berlin)) for when in town.times_sent_to(person)]
    assert [(when.day, when.hour) for when in arrived] == [(21, 8), (22, 11)]


async def test_a_time_chosen_too_late_for_today_then_moved_later_still_rings_today(
    database: Database,
) -> None:
    town = Town(database)
    town.clock.current = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)
    person = await town.person("p", "UTC", None)
    assert "tomorrow at 09:00" in await town.say(person, "/time 09:00")
    town.clock.current = datetime(2026, 11, 21, 9, 45, tzinfo=UTC)
    assert "today at 10:00" in await town.say(person, "/time 10:00")
    await town.sweep_at(datetime(2026, 11, 21, 10, 0, 20, tzinfo=UTC))
    assert [when.hour for when in town.times_sent_to(person)] == [10]


async def test_a_ping_missed_by_an_hour_comes_late_and_one_missed_by_five_is_skipped(
    database: Database,
) -> None:
    town = Town(database)
    town.clock.current = datetime(2026, 11, 20, 6, tzinfo=UTC)
    person = await town.person("p", "UTC", "09:00")
    late = await town.sweep_at(datetime(2026, 11, 20, 10, 0, tzinfo=UTC))  # down 09:00-10:00
    skipped = await town.sweep_at(datetime(2026, 11, 21, 14, 0, tzinfo=UTC))  # down 5 hours
    early = await town.sweep_at(datetime(2026, 11, 22, 8, 59, tzinfo=UTC))
    await town.sweep_at(datetime(2026, 11, 22, 9, 0, 20, tzinfo=UTC))
    assert (late.sent, skipped.sent, skipped.skipped, early.claimed) == (1, 0, 1, 0)
    assert [when.day for when in town.times_sent_to(person)] == [20, 22]


async def test_after_days_down_there_is_no_backlog_only_todays_ping_if_recent(
    database: Database,
) -> None:
    town = Town(database)
    town.clock.current = datetime(2026, 11, 20, 6, tzinfo=UTC)
    person = await town.person("p", "UTC", "09:00")
    report = await town.sweep_at(datetime(2026, 11, 25, 10, 30, tzinfo=UTC))
    assert report.sent == 1
    assert len(town.sent_to(person)) == 1
