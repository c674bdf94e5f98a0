"""What a sweep does with each due nudge and each send: pure decisions, tested with fixed instants.

A due schedule row becomes a *delivery* recorded under a unique key (the local
date for the daily ping, the goal or rejection id for the others) before
anything is sent, so a restart or a second process can never send it twice.
A recorded delivery is then sent, retried a bounded number of times, or given up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from coach.model import NudgeKind, Profile
from coach.nudges import pipeline as pipeline_nudges
from coach.nudges.schedule import (
    held_after_crisis,
    is_on,
    is_paused,
    next_daily,
    reminder_time,
    zone_of,
)
from coach.nudges.timing import first_slot_from, local_day
from coach.nudges.values import DeliveryResult, NudgeOutcome, NudgeStatus, PendingNudge

MAX_ATTEMPTS = 5
"""Sends tried per delivery; the grace window usually ends the tries first."""
RETRY_AFTER = timedelta(minutes=1)
"""First wait after a temporary failure, doubled each time (1, 2, 4, 8 minutes)."""
LEASE = timedelta(minutes=2)
"""How long a claimed delivery is left to its sender; after a crash it is retried then."""


@dataclass(frozen=True, slots=True)
class DueNudge:
    """A schedule row whose `due_at` has come."""

    kind: NudgeKind
    key: str
    due_at: datetime


@dataclass(frozen=True, slots=True)
class Planned:
    """What to do with a due row: record a delivery under `send_key` for the instant `slot`
    (or nothing, when `send_key` is None), and move the row to `next_due_at` (None: delete)."""

    send_key: str | None
    slot: datetime | None
    next_due_at: datetime | None


def plan(due: DueNudge, profile: Profile, now: datetime, grace: timedelta) -> Planned:
    if due.kind is NudgeKind.DAILY:
        return _plan_daily(due, profile, now, grace)
    held = profile.crisis_paused_until
    if due.kind is not NudgeKind.CRISIS_CHECK_IN and held is not None and now < held:
        # Goal pressure waits out the days after a crisis message; the row is kept for then.
        return Planned(None, None, first_slot_from(reminder_time(profile), zone_of(profile), held))
    if due.kind is NudgeKind.WEEKLY_REVIEW:
        return Planned(*pipeline_nudges.plan_review(due.due_at, profile, now, grace))
    sendable = is_on(profile, due.kind) and not is_paused(profile, now) and not profile.unreachable
    if sendable and now - due.due_at <= grace:
        return Planned(due.key, due.due_at, None)
    return Planned(None, None, None)


def _plan_daily(due: DueNudge, profile: Profile, now: datetime, grace: timedelta) -> Planned:
    """The latest ping time within the grace window is sent; older ones are skipped.

    After two days of downtime the row is two days stale, but today's 09:00 may
    be only an hour ago: that one still goes out, and the row moves to tomorrow.
    """
    following = next_daily(profile, now)
    if profile.ping_time is None or not is_on(profile, NudgeKind.DAILY):
        return Planned(None, None, following)
    zone = zone_of(profile)
    slot = first_slot_from(profile.ping_time, zone, max(due.due_at, now - grace))
    quiet = is_paused(profile, now) or held_after_crisis(profile, now)
    if slot > now or quiet or profile.unreachable:
        return Planned(None, None, following)
    return Planned(local_day(slot, zone).isoformat(), slot, following)


def before_send(pending: PendingNudge, now: datetime, grace: timedelta) -> NudgeOutcome | None:
    """A reason not to send at all (too late, too many tries, person gone), else None."""
    status = None
    if pending.snapshot is None:
        status = NudgeStatus.CANCELLED
    elif now - pending.slot > grace:
        status = NudgeStatus.EXPIRED
    elif pending.attempts > MAX_ATTEMPTS:
        status = NudgeStatus.FAILED
    return None if status is None else NudgeOutcome(pending.delivery_id, pending.person_id, status)


def after_send(
    pending: PendingNudge, result: DeliveryResult, now: datetime, variant: str | None
) -> NudgeOutcome:
    """Sent, blocked, or a temporary failure: retried with doubling waits, then given up."""
    ids = (pending.delivery_id, pending.person_id)
    if result is DeliveryResult.DELIVERED:
        return NudgeOutcome(*ids, NudgeStatus.SENT, variant)
    if result is DeliveryResult.UNREACHABLE:
        return NudgeOutcome(*ids, NudgeStatus.UNREACHABLE, variant)
    if pending.attempts >= MAX_ATTEMPTS:
        return NudgeOutcome(*ids, NudgeStatus.FAILED, variant)
    wait = RETRY_AFTER * 2 ** (pending.attempts - 1)
    return NudgeOutcome(*ids, NudgeStatus.PENDING, variant, retry_at=now + wait)
