"""Pure rules for goals: progress, which goal an application counts toward, streaks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from coach.model import Application, Goal, Rejection

DEFAULT_TARGET = 2
DEFAULT_DAYS = 7


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_date(instant: datetime, timezone: str | None) -> date:
    return instant.astimezone(zone(timezone)).date()


@dataclass(frozen=True, slots=True)
class GoalProgress:
    goal: Goal
    done: int
    today: date

    @property
    def reached(self) -> bool:
        return self.done >= self.goal.target

    @property
    def days_left(self) -> int:
        return (self.goal.deadline - self.today).days

    @property
    def overdue(self) -> bool:
        return not self.reached and self.days_left < 0


def is_open(goal: Goal) -> bool:
    return goal.closed_at is None


def progress(goal: Goal, applications: Iterable[Application], today: date) -> GoalProgress:
    done = sum(1 for application in applications if application.goal_id == goal.id)
    return GoalProgress(goal, done, today)


def goal_for_new_application(
    goals: Sequence[Goal], applications: Sequence[Application], today: date
) -> Goal | None:
    """The open goal with the nearest deadline that still needs applications."""
    candidates = [g for g in goals if is_open(g) and not progress(g, applications, today).reached]
    return min(candidates, key=lambda g: (g.deadline, g.created_at), default=None)


def applications_this_week(
    applications: Iterable[Application], today: date, timezone: str | None
) -> int:
    monday = today - timedelta(days=today.weekday())
    return sum(1 for a in applications if local_date(a.created_at, timezone) >= monday)


def streak(
    applications: Iterable[Application],
    rejections: Iterable[Rejection],
    today: date,
    timezone: str | None,
) -> int:
    """Consecutive local days, ending today or yesterday, with something logged."""
    days = {local_date(a.created_at, timezone) for a in applications}
    days |= {local_date(r.created_at, timezone) for r in rejections}
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count
