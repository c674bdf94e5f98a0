"""The days after a crisis message: goal pressure held 72 hours, one gentle check-in next day.

A real Coach and real schedulers over SQLite and PostgreSQL, time moved by hand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from coach.messages import Incoming, PersonRef
from coach.model import Goal, NudgeKind, Profile
from coach.nudges.schedule import DEFAULT_GRACE, goal_nudges
from coach.nudges.sweep import DueNudge, plan
from storage.database import Database
from tests.nudges.town import Town

# Friday 20 Nov 2026, 10:00 UTC (11:00 in Berlin, 21:00 in Sydney).
MESSAGE_AT = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
BERLIN_NINE = time(8, 0)  # 09:00 in Berlin in November, in UTC


def _at(day: int, clock: time = BERLIN_NINE, seconds: int = 20) -> datetime:
    return datetime(2026, 11, day, clock.hour, clock.minute, seconds, tzinfo=UTC)


async def _berliner_in_crisis(database: Database) -> tuple[Town, PersonRef]:
    town = Town(database)
    person = await town.person("ana", "Europe/Berlin", "09:00")
    town.clock.current = MESSAGE_AT
    await town.say(person, "i want to kill myself")
    return town, person


async def test_the_next_day_one_gentle_check_in_with_their_line_comes_instead_of_the_note(
    database: Database,
) -> None:
    town, person = await _berliner_in_crisis(database)
    await town.sweep_at(_at(21))
    sent = town.sent_to(person)
    assert len(sent) == 1
    assert "checking in" in sent[0] and "TelefonSeelsorge" in sent[0] and "112" in sent[0]
    labels = [option.label for option in town.outbox.to(person)[0][0].options]
    assert "I applied to one" not in labels
    # A restart, a second scheduler, later sweeps: still the one check-in.
    for later in (timedelta(seconds=20), timedelta(minutes=5), timedelta(hours=2)):
        await town.sweep_at(_at(21) + later, town.scheduler())
    assert len(town.sent_to(person)) == 1


async def test_no_daily_note_for_72_hours_then_they_come_back(database: Database) -> None:
    town, person = await _berliner_in_crisis(database)
    for day in (21, 22, 23):
        await town.sweep_at(_at(day))
        await town.sweep_at(_at(day, time(12)), town.scheduler())
    assert len(town.sent_to(person)) == 1  # the check-in only
    await town.sweep_at(_at(24))
    assert len(town.sent_to(person)) == 2
    assert "checking in" not in town.sent_to(person)[1]


async def test_without_a_ping_time_the_check_in_comes_24_hours_later_with_their_line(
    database: Database,
) -> None:
    town = Town(database)
    person = await town.person("kai", "Australia/Sydney", at=None)
    town.clock.current = MESSAGE_AT
    await town.say(person, "i want to die")
    await town.sweep_at(MESSAGE_AT + timedelta(hours=23, minutes=59))
    assert town.sent_to(person) == []
    await town.sweep_at(MESSAGE_AT + timedelta(hours=24, seconds=20))
    [check_in] = town.sent_to(person)
    assert "Lifeline" in check_in and "13 11 14" in check_in and "000" in check_in


async def test_two_crisis_messages_on_one_day_make_one_check_in(database: Database) -> None:
    town, person = await _berliner_in_crisis(database)
    town.clock.current = MESSAGE_AT + timedelta(hours=3)
    await town.say(person, "i keep cutting myself")
    await town.sweep_at(_at(21))
    await town.sweep_at(_at(21, time(14)))
    assert len(town.sent_to(person)) == 1


async def test_settings_show_the_hold_with_its_end_in_their_zone_and_resume_lifts_it(
    database: Database,
) -> None:
    town, person = await _berliner_in_crisis(database)
    settings = await town.say(person, "/settings")
    assert "daily notes on hold until Mon 23 Nov 2026, 11:00" in settings
    # the one thing still coming, so "on hold" does not make the check-in a surprise
    assert "gentle check-in from me on Sat 21 Nov 2026, 09:00" in settings
    replies = await town.coach.handle(Incoming(person, text="/settings"))
    assert "Resume" in [option.label for option in replies[-1].options]
    assert "back on" in await town.say(person, "/resume")
    assert "Paused: no" in await town.say(person, "/settings")
    await town.sweep_at(_at(21))  # they asked for the notes back; the check-in still comes
    assert sum("checking in" in text for text in town.sent_to(person)) == 1
    await town.sweep_at(_at(22))
    assert len(town.sent_to(person)) == 3


async def test_forget_deletes_the_hold_and_the_pending_check_in(database: Database) -> None:
    town, person = await _berliner_in_crisis(database)
    await town.say(person, "/forget")
    await town.press(person, "forget_confirm:delete")
    await town.sweep_at(_at(21))
    assert town.sent_to(person) == []


HELD = Profile(1, "test", "me", MESSAGE_AT, timezone="UTC", ping_time=time(9),
               crisis_paused_until=MESSAGE_AT + timedelta(hours=72))


def test_a_goal_check_in_that_falls_in_the_hold_waits_until_after_it() -> None:
    goal = Goal("g1", MESSAGE_AT - timedelta(days=3), 2, date(2026, 11, 22))
    check_in, passed = goal_nudges(HELD, goal, MESSAGE_AT)
    assert check_in.due_at == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    assert passed.due_at == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_a_due_reminder_met_by_the_hold_is_moved_on_not_dropped() -> None:
    due = DueNudge(NudgeKind.FEEDBACK, "r1", MESSAGE_AT)
    planned = plan(due, HELD, MESSAGE_AT + timedelta(minutes=1), DEFAULT_GRACE)
    assert planned.send_key is None
    assert planned.next_due_at == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_the_check_in_itself_is_not_held() -> None:
    due = DueNudge(NudgeKind.CRISIS_CHECK_IN, "2026-11-20", MESSAGE_AT + timedelta(hours=23))
    planned = plan(due, HELD, MESSAGE_AT + timedelta(hours=23), DEFAULT_GRACE)
    assert planned.send_key == "2026-11-20" and planned.next_due_at is None
