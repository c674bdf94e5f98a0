"""When each nudge is next due: the schedule the coach asks storage to keep, as pure rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from coach.model import (
    AddApplication,
    Application,
    ForgetPerson,
    Goal,
    NudgeKind,
    Rejection,
    SaveGoal,
    SaveProfile,
    SaveRejection,
    ScheduledNudge,
    ScheduleNudges,
    Snapshot,
)
from coach.nudges.schedule import (
    goal_nudges,
    next_daily,
    rejection_nudges,
    reschedule,
    schedule_all,
)
from tests.coach.snapshots import new_snapshot

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 6, 10, 8, 30, tzinfo=BERLIN)  # a Wednesday morning in Berlin


def _berlin(**changes: object) -> Snapshot:
    return new_snapshot(timezone="Europe/Berlin", **changes)


def _due(schedule: ScheduleNudges | None, kind: NudgeKind, key: str = "") -> datetime | None:
    assert schedule is not None
    found = [n for n in schedule.nudges if (n.kind, n.key) == (kind, key)]
    assert len(found) == 1, found
    return found[0].due_at


def _local(instant: datetime | None) -> datetime:
    assert instant is not None
    return instant.astimezone(BERLIN)


def test_a_new_person_gets_no_daily_ping_until_they_choose_a_time() -> None:
    assert next_daily(new_snapshot().profile, NOW) is None


def test_a_time_still_ahead_today_rings_today_and_one_already_past_tomorrow() -> None:
    before = _berlin()
    for at, day in ((time(9, 0), 10), (time(8, 0), 11)):
        changed = SaveProfile(replace(before.profile, ping_time=at))
        due = _local(_due(reschedule(before, [changed], NOW), NudgeKind.DAILY))
        assert (due.day, due.hour, due.minute) == (day, at.hour, at.minute)


def test_a_pause_for_days_moves_the_next_ping_past_it_and_an_open_pause_removes_it() -> None:
    profile = _berlin(ping_time=time(9)).profile
    three_days = replace(profile, nudges_paused=True, nudges_paused_until=NOW + timedelta(days=3))
    # Paused Wed 08:30 to Sat 08:30: three pings skipped (Wed, Thu, Fri), Saturday's comes.
    assert _local(next_daily(three_days, NOW)).day == 13
    assert next_daily(replace(profile, nudges_paused=True), NOW) is None
    after_the_pause = NOW + timedelta(days=4)
    assert _local(next_daily(three_days, after_the_pause)).day == 14


def test_resuming_schedules_everything_again() -> None:
    paused = _berlin(ping_time=time(9), nudges_paused=True)
    resumed = SaveProfile(replace(paused.profile, nudges_paused=False))
    assert _local(_due(reschedule(paused, [resumed], NOW), NudgeKind.DAILY)).day == 10


def test_a_kind_turned_off_is_not_scheduled() -> None:
    before = _berlin(ping_time=time(9))
    off = SaveProfile(replace(before.profile, nudges_off=("daily",)))
    assert _due(reschedule(before, [off], NOW), NudgeKind.DAILY) is None


def test_a_goal_gets_a_check_in_the_day_before_and_a_note_the_day_after_its_deadline() -> None:
    profile = _berlin(ping_time=time(18, 30)).profile
    goal = Goal("g1", NOW, 2, date(2026, 6, 17))
    check_in, passed = (_local(n.due_at) for n in goal_nudges(profile, goal, NOW))
    assert (check_in.date(), check_in.hour, check_in.minute) == (date(2026, 6, 16), 18, 30)
    assert (passed.date(), passed.hour) == (date(2026, 6, 18), 18)


def test_a_goal_due_tomorrow_gets_no_check_in_and_a_reached_goal_gets_nothing() -> None:
    profile = _berlin().profile  # no ping time: reminders come at 10:00 local
    tomorrow = Goal("g1", NOW, 2, date(2026, 6, 11))
    check_in, passed = goal_nudges(profile, tomorrow, NOW)
    assert check_in.due_at is None and _local(passed.due_at).hour == 10
    reached = replace(tomorrow, deadline=date(2026, 6, 20), celebrated_at=NOW, closed_at=NOW)
    assert [n.due_at for n in goal_nudges(profile, reached, NOW)] == [None, None]


def test_a_feedback_reminder_comes_two_days_after_a_rejection_without_feedback() -> None:
    profile = _berlin(ping_time=time(9)).profile
    asked = Rejection("r1", NOW, got_feedback=False)
    feedback, follow_up = rejection_nudges(profile, asked, NOW)
    assert _local(feedback.due_at).date() == date(2026, 6, 12) and follow_up.due_at is None
    answered = replace(asked, got_feedback=True, follow_up_on=date(2026, 7, 22))
    feedback, follow_up = rejection_nudges(profile, answered, NOW)
    assert feedback.due_at is None
    assert (_local(follow_up.due_at).date(), _local(follow_up.due_at).hour) == (
        date(2026, 7, 22), 9)


def test_reminders_during_a_pause_with_an_end_wait_for_it() -> None:
    until = datetime(2026, 7, 25, 12, tzinfo=UTC)
    paused = _berlin(ping_time=time(9), nudges_paused=True, nudges_paused_until=until).profile
    _, follow_up = rejection_nudges(paused, Rejection("r1", NOW, follow_up_on=date(2026, 7, 22)),
                                    NOW)
    assert _local(follow_up.due_at).date() == date(2026, 7, 26)  # the first 09:00 after it


def test_long_past_reminders_are_not_scheduled() -> None:
    profile = _berlin(ping_time=time(9)).profile
    old = Rejection("r1", NOW - timedelta(days=30), got_feedback=False)
    assert [n.due_at for n in rejection_nudges(profile, old, NOW)] == [None, None]


def test_only_what_a_decision_changed_is_rescheduled() -> None:
    before = replace(_berlin(ping_time=time(9)), rejections=(Rejection("r1", NOW),))
    same_dates = SaveRejection(replace(before.rejections[0], lesson="prepare"))
    assert reschedule(before, [same_dates], NOW) is None
    added = reschedule(before, [AddApplication(Application("a1", NOW))], NOW)
    assert added is not None  # a new application gets its no-reply follow-up (issue 12)
    assert {n.kind for n in added.nudges if n.due_at} == {NudgeKind.NO_REPLY,
                                                           NudgeKind.WEEKLY_REVIEW}
    goal = SaveGoal(Goal("g1", NOW, 2, date(2026, 6, 17)))
    schedule = reschedule(before, [goal], NOW)
    assert schedule is not None
    assert {n.kind for n in schedule.nudges} == {NudgeKind.GOAL_CHECK_IN, NudgeKind.GOAL_PASSED}


def test_forgetting_schedules_nothing() -> None:
    before = _berlin(ping_time=time(9))
    changed = SaveProfile(replace(before.profile, ping_time=time(10)))
    assert reschedule(before, [changed, ForgetPerson()], NOW) is None


def test_everything_of_a_person_is_scheduled_from_scratch() -> None:
    snapshot = _berlin(ping_time=time(9))
    nudges = schedule_all(snapshot.profile, [Goal("g1", NOW, 2, date(2026, 6, 17))],
                          [Rejection("r1", NOW, got_feedback=False)], NOW)
    due = {(n.kind, n.key) for n in nudges if n.due_at is not None}
    assert due == {(NudgeKind.DAILY, ""), (NudgeKind.GOAL_CHECK_IN, "g1"),
                   (NudgeKind.GOAL_PASSED, "g1"), (NudgeKind.FEEDBACK, "r1")}
    assert ScheduledNudge(NudgeKind.FOLLOW_UP, "r1", None) in nudges
