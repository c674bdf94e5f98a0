"""When the search-over-weeks nudges are due: the weekly review, interviews, no-reply follow-ups.

Same rules as coach/nudges/schedule.py: storage keeps one next-due instant per (person,
kind, key) and a delivery record unique per (person, kind, key) makes each one
go out once. The weekly review recurs, so its delivery key is its local date.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta

from coach.model import (
    AddApplication,
    Application,
    ApplicationStatus,
    Effect,
    ForgetPerson,
    NudgeKind,
    Profile,
    SaveApplication,
    SaveRejection,
    ScheduledNudge,
    Snapshot,
)
from coach.nudges.schedule import DEFAULT_GRACE, is_on, is_paused, zone_of
from coach.nudges.timing import first_slot_from, local_day, local_instant, next_slot
from coach.rules import pipeline

KINDS = frozenset({NudgeKind.WEEKLY_REVIEW, NudgeKind.INTERVIEW_PREP,
                   NudgeKind.INTERVIEW_AFTER, NudgeKind.NO_REPLY})
REVIEW_WEEKDAY = 6  # Sunday: a look back before the new week starts
REVIEW_TIME = time(18, 0)
PREP_TIME = time(18, 0)
"""The evening before an interview, when the person chose no ping time."""
AFTER_INTERVIEW = timedelta(hours=3)
"""Long enough for the interview to be over and the person home again."""
NO_REPLY_DAYS = 14
INTERVIEWING = (ApplicationStatus.INTERVIEW, ApplicationStatus.SCREEN, ApplicationStatus.FINAL)


def review_weekday(profile: Profile) -> int:
    return REVIEW_WEEKDAY if profile.review_weekday is None else profile.review_weekday


def review_time(profile: Profile) -> time:
    return profile.review_time or REVIEW_TIME


def no_reply_days(profile: Profile) -> int:
    return profile.no_reply_days or NO_REPLY_DAYS


def _review_slot_from(profile: Profile, start: datetime) -> datetime:
    """The first review instant at or after `start` (the chosen weekday, local time)."""
    zone, at = zone_of(profile), review_time(profile)
    slot = first_slot_from(at, zone, start)
    while slot.astimezone(zone).weekday() != review_weekday(profile):
        slot = next_slot(at, zone, slot)
    return slot


def next_review(profile: Profile, start: datetime) -> datetime | None:
    """The next weekly review at or after `start`, past any pause; None when it is off."""
    if not is_on(profile, NudgeKind.WEEKLY_REVIEW):
        return None
    if profile.nudges_paused:
        if profile.nudges_paused_until is None:
            return None
        start = max(start, profile.nudges_paused_until)
    return _review_slot_from(profile, start)


def plan_review(due_at: datetime, profile: Profile, now: datetime,
                grace: timedelta) -> tuple[str | None, datetime | None, datetime | None]:
    """(delivery key, slot, next due): this week's review if within grace, and the next one."""
    following = next_review(profile, now + timedelta(microseconds=1))
    if following is None:
        return None, None, None
    slot = _review_slot_from(profile, max(due_at, now - grace))
    if slot > now or is_paused(profile, now) or profile.unreachable:
        return None, None, following
    return local_day(slot, zone_of(profile)).isoformat(), slot, following


def _prep_due(profile: Profile, application: Application, now: datetime) -> datetime | None:
    interview = application.interview_at
    if interview is None or now >= interview or application.prep_read_at is not None:
        return None
    zone = zone_of(profile)
    evening = local_instant(local_day(interview, zone) - timedelta(days=1),
                            profile.ping_time or PREP_TIME, zone)
    return max(evening, now) if evening < interview else None


def application_nudges(profile: Profile, application: Application, now: datetime,
                       grace: timedelta = DEFAULT_GRACE) -> list[ScheduledNudge]:
    """The preparation note, the 'how did it go', and the no-reply follow-up of one application."""
    status = pipeline.status_of(application)
    interviewing = status in INTERVIEWING and application.interview_at is not None
    prep = _prep_due(profile, application, now) if interviewing else None
    after = (application.interview_at + AFTER_INTERVIEW
             if interviewing and application.interview_at is not None else None)
    if after is not None and after < now - grace:
        after = None
    no_reply = None
    if status is ApplicationStatus.APPLIED:
        day = local_day(application.created_at, zone_of(profile)) + timedelta(
            days=no_reply_days(profile))
        no_reply = local_instant(day, profile.ping_time or REVIEW_TIME, zone_of(profile))
        no_reply = no_reply if no_reply >= now - grace else None
    nudges = [ScheduledNudge(NudgeKind.NO_REPLY, application.id,
                             no_reply if is_on(profile, NudgeKind.NO_REPLY) else None)]
    current = round_key(application)
    for kind, due in ((NudgeKind.INTERVIEW_PREP, prep), (NudgeKind.INTERVIEW_AFTER, after)):
        for key in round_keys(application):  # an earlier round's unsent ones go
            on = key == current and is_on(profile, kind)
            nudges.append(ScheduledNudge(kind, key, due if on else None))
    return nudges


#: Each interview round gets its own notes, so the final round has one too.
_ROUND_SUFFIX = {ApplicationStatus.SCREEN: ":s", ApplicationStatus.FINAL: ":f"}


def round_keys(application: Application) -> list[str]:
    return [application.id, *(application.id[:30] + s for s in _ROUND_SUFFIX.values())]


def round_key(application: Application) -> str:
    """The key of this round's notes (ids are 32 characters; keys may have 36)."""
    suffix = _ROUND_SUFFIX.get(pipeline.status_of(application))
    return application.id if suffix is None else application.id[:30] + suffix


def application_of(applications: Sequence[Application], key: str) -> Application | None:
    """The application a nudge key names, whichever round it is for."""
    found = next((a for a in applications if a.id == key), None)
    return found or next((a for a in applications if round_key(a) == key), None)


def _timing(application: Application) -> tuple[object, ...]:
    return (application.status, application.interview_at, application.prep_read_at)


def _settings(profile: Profile) -> tuple[object, ...]:
    return (profile.timezone, profile.ping_time, profile.nudges_paused,
            profile.nudges_paused_until, profile.nudges_off, profile.review_weekday,
            profile.review_time, profile.no_reply_days)


def reschedule(before: Snapshot, after_profile: Profile, effects: Sequence[Effect],
               now: datetime, grace: timedelta = DEFAULT_GRACE) -> list[ScheduledNudge]:
    """What this decision moves: every application after a change of settings, else the changed
    ones; the weekly review after a change of settings or when the search grows, once there is
    a search to review (an idempotent upsert: a second delivery for the same week is refused
    by its key)."""
    if any(isinstance(effect, ForgetPerson) for effect in effects):
        return []
    settings_changed = _settings(after_profile) != _settings(before.profile)
    old = {a.id: a for a in before.applications}
    changed = [a for a in pipeline.current(before, effects) if settings_changed
               or a.id not in old or _timing(a) != _timing(old[a.id])]
    nudges: list[ScheduledNudge] = []
    for application in changed:
        found = application_nudges(after_profile, application, now, grace)
        if application.id not in old:  # nothing of a new one is scheduled yet: none to remove
            found = [nudge for nudge in found if nudge.due_at is not None]
        nudges += found
    searching = bool(pipeline.current(before, effects) or before.rejections)
    if searching and (settings_changed or _search_grew(before, effects)):
        nudges.append(ScheduledNudge(NudgeKind.WEEKLY_REVIEW, "",
                                     next_review(after_profile, now - grace)))
    return nudges


def _search_grew(before: Snapshot, effects: Sequence[Effect]) -> bool:
    """A new application or rejection: the first one starts the weekly review."""
    known = {a.id for a in before.applications} | {r.id for r in before.rejections}
    return any(isinstance(effect, AddApplication | SaveApplication)
               and effect.application.id not in known
               or isinstance(effect, SaveRejection) and effect.rejection.id not in known
               for effect in effects)
