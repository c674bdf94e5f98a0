"""When each nudge is next due: pure rules over a person's settings, goals and rejections.

The coach turns every change that moves a nudge into a `ScheduleNudges` effect,
so storage keeps one `next_due_at` per (person, kind, key) and the scheduler
only has to ask the database what is due. The daily ping depends on *now*
(the next 09:00 after it), so it is recomputed only when its settings change;
the one-off reminders depend only on stored dates, so recomputing them is
idempotent and happens whenever their goal or rejection is saved.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from coach.model import (
    Effect,
    ForgetPerson,
    Goal,
    NudgeKind,
    Profile,
    Rejection,
    SaveGoal,
    SaveProfile,
    SaveRejection,
    ScheduledNudge,
    ScheduleNudges,
    Snapshot,
)
from coach.nudges.timing import first_slot_from, local_day, local_instant, next_slot
from coach.rules import goals as goal_rules

DEFAULT_GRACE = timedelta(hours=3)
"""A nudge later than this is skipped: after downtime, no flood of stale messages."""
REMINDER_TIME = time(10, 0)
"""One-off reminders come at the person's ping time, or at this local time without one."""
FEEDBACK_AFTER = timedelta(days=2)
"""Long enough to have sent the request, soon enough that they still remember you."""
CRISIS_PAUSE = timedelta(hours=72)
"""After a crisis message, no goal pressure for this long (daily notes, check-ins, reminders)."""
CRISIS_CHECK_IN_AFTER = timedelta(hours=24)
"""Without a ping time, the gentle check-in comes this long after the crisis message."""

#: What a person turns on and off, in their words, and the kinds each name covers.
GROUPS: dict[str, tuple[NudgeKind, ...]] = {
    "daily": (NudgeKind.DAILY,),
    "goals": (NudgeKind.GOAL_CHECK_IN, NudgeKind.GOAL_PASSED),
    "feedback": (NudgeKind.FEEDBACK,),
    "followups": (NudgeKind.FOLLOW_UP,),
    "review": (NudgeKind.WEEKLY_REVIEW,),
    "interviews": (NudgeKind.INTERVIEW_PREP, NudgeKind.INTERVIEW_AFTER),
    "noreply": (NudgeKind.NO_REPLY,),
}


def zone_of(profile: Profile) -> ZoneInfo:
    return goal_rules.zone(profile.timezone)


def is_paused(profile: Profile, now: datetime) -> bool:
    until = profile.nudges_paused_until
    return profile.nudges_paused and (until is None or now < until)


def held_after_crisis(profile: Profile, now: datetime) -> bool:
    """Goal pressure is held for CRISIS_PAUSE after a crisis message (until /resume lifts it)."""
    until = profile.crisis_paused_until
    return until is not None and now < until


def crisis_check_in(profile: Profile, now: datetime) -> ScheduledNudge:
    """One gentle check-in the next local day at their ping time, or a day later without one.

    Keyed by the local date of the crisis message: two such messages on one day
    still make one check-in, and the delivery's unique key keeps it to one send.
    """
    zone = zone_of(profile)
    today = local_day(now, zone)
    if profile.ping_time is None:
        due = now + CRISIS_CHECK_IN_AFTER
    else:
        due = local_instant(today + timedelta(days=1), profile.ping_time, zone)
    return ScheduledNudge(NudgeKind.CRISIS_CHECK_IN, today.isoformat(), due)


def is_on(profile: Profile, kind: NudgeKind) -> bool:
    """The person has not turned this kind off (the daily one also needs a chosen time)."""
    if kind is NudgeKind.DAILY and profile.ping_time is None:
        return False
    return kind.value not in profile.nudges_off


def reminder_time(profile: Profile) -> time:
    return profile.ping_time or REMINDER_TIME


def next_daily(profile: Profile, after: datetime) -> datetime | None:
    """The next daily ping strictly after `after`, past any pause; None when there is none."""
    if profile.ping_time is None or not is_on(profile, NudgeKind.DAILY):
        return None
    if profile.nudges_paused:
        if profile.nudges_paused_until is None:
            return None  # paused until /resume, which schedules again
        after = max(after, profile.nudges_paused_until)
    if profile.crisis_paused_until is not None:
        after = max(after, profile.crisis_paused_until)
    return next_slot(profile.ping_time, zone_of(profile), after)


def next_daily_note(profile: Profile, last_note: date | None, now: datetime) -> datetime | None:
    """The next daily note from `now`, but never a second one on a day that had one already
    (the record of deliveries would stop it anyway; this keeps what we say true)."""
    after = now
    if last_note is not None and last_note >= local_day(now, zone_of(profile)):
        tomorrow = local_instant(last_note + timedelta(days=1), time(0), zone_of(profile))
        after = max(now, tomorrow - timedelta(microseconds=1))
    return next_daily(profile, after)


def _one_off(
    profile: Profile, kind: NudgeKind, key: str, day: date | None, now: datetime, grace: timedelta
) -> ScheduledNudge:
    if day is None or not is_on(profile, kind):
        return ScheduledNudge(kind, key, None)
    zone, at = zone_of(profile), reminder_time(profile)
    due: datetime | None = local_instant(day, at, zone)
    if profile.nudges_paused and due is not None:
        until = profile.nudges_paused_until
        # Kept for after a pause with an end; dropped for an open-ended one (resume reschedules).
        due = None if until is None else max(due, first_slot_from(at, zone, until))
    held = profile.crisis_paused_until
    if due is not None and held is not None and due < held:
        due = first_slot_from(at, zone, held)  # goal pressure waits until after a crisis hold
    if due is not None and due < now - grace:
        due = None  # long past: never sent late
    return ScheduledNudge(kind, key, due)


def goal_nudges(
    profile: Profile, goal: Goal, now: datetime, grace: timedelta = DEFAULT_GRACE
) -> list[ScheduledNudge]:
    """A check-in the day before the deadline (unless the goal was set that late), a note after."""
    still_open = goal.closed_at is None and goal.celebrated_at is None
    set_on = local_day(goal.created_at, zone_of(profile))
    check_in = goal.deadline - timedelta(days=1)
    return [
        _one_off(profile, NudgeKind.GOAL_CHECK_IN, goal.id,
                 check_in if still_open and check_in > set_on else None, now, grace),
        _one_off(profile, NudgeKind.GOAL_PASSED, goal.id,
                 goal.deadline + timedelta(days=1) if still_open else None, now, grace),
    ]


def rejection_nudges(
    profile: Profile, rejection: Rejection, now: datetime, grace: timedelta = DEFAULT_GRACE
) -> list[ScheduledNudge]:
    """A feedback reminder when the coach offered the request draft; the chosen follow-up date."""
    asked = rejection.got_feedback is False
    feedback_day = local_day(rejection.created_at + FEEDBACK_AFTER, zone_of(profile))
    return [
        _one_off(profile, NudgeKind.FEEDBACK, rejection.id,
                 feedback_day if asked else None, now, grace),
        _one_off(profile, NudgeKind.FOLLOW_UP, rejection.id, rejection.follow_up_on, now, grace),
    ]


def schedule_all(
    profile: Profile,
    goals: Iterable[Goal],
    rejections: Iterable[Rejection],
    now: datetime,
    last_note: date | None = None,
    grace: timedelta = DEFAULT_GRACE,
) -> list[ScheduledNudge]:
    """Every nudge of one person, from scratch (after a change of time, zone, pause or kinds)."""
    nudges = [ScheduledNudge(NudgeKind.DAILY, "", next_daily_note(profile, last_note, now))]
    for goal in goals:
        nudges += goal_nudges(profile, goal, now, grace)
    for rejection in rejections:
        nudges += rejection_nudges(profile, rejection, now, grace)
    return nudges


@dataclass(frozen=True, slots=True)
class _After:
    """A person as a decision leaves them: its effects laid over the snapshot."""

    profile: Profile
    goals: dict[str, Goal]
    rejections: dict[str, Rejection]


def _after(before: Snapshot, effects: Sequence[Effect]) -> _After:
    profile = before.profile
    goals = {goal.id: goal for goal in before.goals}
    rejections = {rejection.id: rejection for rejection in before.rejections}
    for effect in effects:
        if isinstance(effect, SaveProfile):
            profile = effect.profile
        elif isinstance(effect, SaveGoal):
            goals[effect.goal.id] = effect.goal
        elif isinstance(effect, SaveRejection):
            rejections[effect.rejection.id] = effect.rejection
    return _After(profile, goals, rejections)


def _settings(profile: Profile) -> tuple[object, ...]:
    return (profile.timezone, profile.ping_time, profile.nudges_paused,
            profile.nudges_paused_until, profile.nudges_off, profile.crisis_paused_until)


def _goal_dates(goal: Goal | None) -> tuple[object, ...]:
    return () if goal is None else (goal.deadline, goal.created_at, goal.closed_at,
                                    goal.celebrated_at)


def _rejection_dates(rejection: Rejection | None) -> tuple[object, ...]:
    return () if rejection is None else (rejection.created_at, rejection.got_feedback,
                                         rejection.follow_up_on)


def reschedule(before: Snapshot, effects: Sequence[Effect], now: datetime) -> ScheduleNudges | None:
    """The schedule changes a decision's effects call for; None when nothing moved."""
    from coach.nudges import pipeline as pipeline_nudges

    found = _reschedule(before, effects, now)
    more = pipeline_nudges.reschedule(before, _after(before, effects).profile, effects, now)
    nudges = (*(found.nudges if found else ()), *more)
    return ScheduleNudges(nudges) if nudges else None


def _reschedule(
    before: Snapshot, effects: Sequence[Effect], now: datetime
) -> ScheduleNudges | None:
    if any(isinstance(effect, ForgetPerson) for effect in effects):
        return None  # forgetting deletes the schedule with everything else
    after = _after(before, effects)
    if _settings(after.profile) != _settings(before.profile):
        nudges = schedule_all(after.profile, after.goals.values(), after.rejections.values(),
                              now, before.last_daily_note)
        return ScheduleNudges(tuple(nudges))
    old_goals = {g.id: g for g in before.goals}
    old_rejections = {r.id: r for r in before.rejections}
    nudges = []
    for goal in after.goals.values():
        if _goal_dates(goal) != _goal_dates(old_goals.get(goal.id)):
            nudges += _only_due(goal_nudges(after.profile, goal, now), goal.id in old_goals)
    for rejection in after.rejections.values():
        if _rejection_dates(rejection) != _rejection_dates(old_rejections.get(rejection.id)):
            found = rejection_nudges(after.profile, rejection, now)
            nudges += _only_due(found, rejection.id in old_rejections)
    return ScheduleNudges(tuple(nudges)) if nudges else None


def _only_due(nudges: list[ScheduledNudge], known: bool) -> list[ScheduledNudge]:
    """Nothing of a goal or rejection made in this very turn is scheduled yet: none to remove."""
    return nudges if known else [nudge for nudge in nudges if nudge.due_at is not None]
