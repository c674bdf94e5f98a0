"""What a nudge says: tied to where the person is, varied day to day, with quick replies.

Composed when it is sent, not when it is planned, so it reflects an application
logged an hour ago, and a nudge that no longer fits (goal reached, feedback
already received, notes paused) is not sent at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from coach.messages import Option, Reply
from coach.model import Goal, NudgeKind, Rejection, Snapshot
from coach.nudges import pipeline as pipeline_nudges
from coach.nudges import pipeline_content
from coach.nudges.schedule import held_after_crisis, is_on, is_paused, zone_of
from coach.nudges.timing import local_day
from coach.rules import goals, insights, support
from coach.words import content
from coach.words.formatting import format_date, plural
from coach.words.nudge_texts import DAILY_TEXT

APPLIED_ONE = Option("I applied to one", "cmd:applied_one")
REJECTED_AGAIN = Option("I got another rejection", "cmd:rejected")
PAUSE = Option("Pause pings", "cmd:pause")
PROGRESS = Option("My progress", "cmd:progress")

OPTIONS: dict[NudgeKind, tuple[Option, ...]] = {
    NudgeKind.DAILY: (APPLIED_ONE, REJECTED_AGAIN, PAUSE),
    NudgeKind.GOAL_CHECK_IN: (APPLIED_ONE, PROGRESS, PAUSE),
    NudgeKind.GOAL_PASSED: (APPLIED_ONE, REJECTED_AGAIN, PAUSE),
    NudgeKind.FEEDBACK: (APPLIED_ONE, REJECTED_AGAIN, PAUSE),
    NudgeKind.FOLLOW_UP: (APPLIED_ONE, REJECTED_AGAIN, PAUSE),
    NudgeKind.CRISIS_CHECK_IN: (support.TALK, Option("Where to find support", "cmd:help")),
}
#: Beyond this, "N days since your last rejection" stops being encouraging.
DAYS_SINCE_LIMIT = 60
_ANY_DAY = tuple(key for key in DAILY_TEXT if key.startswith("daily.any."))


@dataclass(frozen=True, slots=True)
class Composed:
    reply: Reply
    variant: str  # the content key, remembered so tomorrow's daily note differs


def compose(
    kind: NudgeKind,
    key: str,
    slot: datetime,
    snapshot: Snapshot,
    now: datetime,
    previous: str | None = None,
) -> Composed | None:
    """The nudge to send, or None when it no longer fits the person's situation or settings."""
    profile = snapshot.profile
    if is_paused(profile, now) or profile.unreachable or not is_on(profile, kind):
        return None
    if kind is not NudgeKind.CRISIS_CHECK_IN and held_after_crisis(profile, now):
        return None  # no goal pressure in the days after a crisis message
    if kind in pipeline_nudges.KINDS:
        pipeline_found = pipeline_content.compose(kind, key, snapshot, now)
        return None if pipeline_found is None else Composed(pipeline_found[1], pipeline_found[0])
    today = local_day(slot, zone_of(profile))
    found = _COMPOSERS[kind](snapshot, key, today, previous)
    if found is None:
        return None
    variant, fields = found
    return Composed(Reply(content.say(variant, **fields), OPTIONS[kind]), variant)


Found = tuple[str, dict[str, Any]] | None


def _daily(snapshot: Snapshot, key: str, today: date, previous: str | None) -> Found:
    fitting = _daily_facts(snapshot, today)
    variant = choose_variant([*fitting, *_ANY_DAY], today, previous)
    return variant, fitting.get(variant, {})


def choose_variant(candidates: list[str], today: date, previous: str | None) -> str:
    """Rotate by the day, and never repeat yesterday's text."""
    index = today.toordinal() % len(candidates)
    if candidates[index] == previous:
        index = (index + 1) % len(candidates)
    return candidates[index]


def _daily_facts(snapshot: Snapshot, today: date) -> dict[str, dict[str, Any]]:
    """The daily texts this person's situation supports, with what fills them in."""
    facts: dict[str, dict[str, Any]] = {}
    goal = _nearest_open_goal(snapshot, today)
    if goal is not None:
        state = goals.progress(goal, snapshot.applications, today)
        if state.done == goal.target - 1:
            facts["daily.goal_almost"] = {"target": goal.target}
        else:
            facts["daily.goal"] = {"done": state.done, "target": goal.target,
                                   "when": _days_left(state.days_left)}
    lesson = insights.earlier_lesson(snapshot.rejections, None)
    if lesson:
        facts["daily.lesson"] = {"lesson": lesson}
    if snapshot.rejections:
        last = max(r.created_at for r in snapshot.rejections)
        days = (today - local_day(last, zone_of(snapshot.profile))).days
        if 1 <= days <= DAYS_SINCE_LIMIT:
            facts["daily.days_since"] = {"days": plural(days, "day")}
    if snapshot.applications:
        facts["daily.search"] = {"applications": plural(len(snapshot.applications),
                                                         "application")}
    return facts


def _days_left(days: int) -> str:
    return {0: "due today", 1: "due tomorrow"}.get(days, f"{days} days left")


def _nearest_open_goal(snapshot: Snapshot, today: date) -> Goal | None:
    open_goals = [g for g in snapshot.goals if _unmet(snapshot, g, today) and g.deadline >= today]
    return min(open_goals, key=lambda g: g.deadline, default=None)


def _unmet(snapshot: Snapshot, goal: Goal, today: date) -> bool:
    reached = goals.progress(goal, snapshot.applications, today).reached
    return goals.is_open(goal) and goal.celebrated_at is None and not reached


def _goal(snapshot: Snapshot, key: str, today: date) -> Goal | None:
    goal = next((g for g in snapshot.goals if g.id == key), None)
    return goal if goal is not None and _unmet(snapshot, goal, today) else None


def _goal_check_in(snapshot: Snapshot, key: str, today: date, previous: str | None) -> Found:
    goal = _goal(snapshot, key, today)
    if goal is None or goal.deadline < today:
        return None
    done = goals.progress(goal, snapshot.applications, today).done
    return "nudge.goal_check_in", {"target": goal.target, "done": done,
                                   "left": goal.target - done,
                                   "deadline": format_date(goal.deadline)}


def _goal_passed(snapshot: Snapshot, key: str, today: date, previous: str | None) -> Found:
    goal = _goal(snapshot, key, today)
    if goal is None:
        return None
    done = goals.progress(goal, snapshot.applications, today).done
    return "nudge.goal_passed", {"target": goal.target, "done": done,
                                 "deadline": format_date(goal.deadline)}


def _rejection(snapshot: Snapshot, key: str) -> Rejection | None:
    return next((r for r in snapshot.rejections if r.id == key), None)


def _feedback(snapshot: Snapshot, key: str, today: date, previous: str | None) -> Found:
    rejection = _rejection(snapshot, key)
    if rejection is None or rejection.got_feedback is not False:
        return None
    return "nudge.feedback", {"company": rejection.company or "them"}


def _follow_up(snapshot: Snapshot, key: str, today: date, previous: str | None) -> Found:
    rejection = _rejection(snapshot, key)
    if rejection is None or rejection.follow_up_on is None:
        return None
    return "nudge.follow_up", {"company": rejection.company or "the company"}


def _crisis_check_in(snapshot: Snapshot, key: str, today: date, previous: str | None) -> Found:
    return "nudge.crisis_check_in", {"resources": support.resources(snapshot.profile)}


_COMPOSERS = {
    NudgeKind.DAILY: _daily,
    NudgeKind.GOAL_CHECK_IN: _goal_check_in,
    NudgeKind.GOAL_PASSED: _goal_passed,
    NudgeKind.FEEDBACK: _feedback,
    NudgeKind.FOLLOW_UP: _follow_up,
    NudgeKind.CRISIS_CHECK_IN: _crisis_check_in,
}
