"""Goals in words: each named by the rejection it answers, so every message agrees.

A celebration, a progress line and the plan summary all name goals the same
way and count the same applications, so nothing the coach says is contradicted
by the next /progress.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from coach.conversation.turn import Turn
from coach.model import Application, Goal, Rejection
from coach.rules import goals
from coach.words import content
from coach.words.formatting import format_date, plural

#: A goal reached this recently is still shown in /progress.
RECENTLY = timedelta(days=7)


def goal_name(goal: Goal, rejections: Sequence[Rejection], others: Sequence[Goal] = ()) -> str:
    """'for Acme', 'for Data Analyst', or 'from Tue 24 Nov 2026' when nothing else names it."""
    rejection = next((r for r in rejections if r.id == goal.rejection_id), None)
    label = (rejection.company or rejection.role) if rejection else None
    if label is None:
        return f"from {format_date(goal.created_at.date())}"
    twins = [g for g in others if g.id != goal.id and _label(g, rejections) == label]
    return f"for {label} ({format_date(goal.deadline)})" if twins else f"for {label}"


def _label(goal: Goal, rejections: Sequence[Rejection]) -> str | None:
    rejection = next((r for r in rejections if r.id == goal.rejection_id), None)
    return (rejection.company or rejection.role) if rejection else None


def days_left(days: int) -> str:
    return {0: "due today", 1: "1 day left"}.get(days, f"{days} days left")


def say_open_goals(turn: Turn, every: Sequence[Goal], applications: Sequence[Application],
                   rejections: Sequence[Rejection], *, key: str = "progress.goal") -> None:
    """One line per open goal, nearest deadline first, then the total when there are several."""
    open_goals = sorted((g for g in every if goals.is_open(g)), key=lambda g: g.deadline)
    done_total = target_total = 0
    for goal in open_goals:
        state = goals.progress(goal, applications, turn.today)
        done_total, target_total = done_total + state.done, target_total + goal.target
        name = goal_name(goal, rejections, every)
        if state.overdue:
            turn.say("progress.goal_overdue", name=name, done=state.done, target=goal.target,
                     deadline=format_date(goal.deadline), days=plural(-state.days_left, "day"))
        else:
            turn.say(key, name=name, done=state.done, target=goal.target,
                     deadline=format_date(goal.deadline), when=days_left(state.days_left))
    if len(open_goals) > 1:
        turn.say("progress.total", done=done_total, target=target_total,
                 goals=len(open_goals))


def say_recently_reached(turn: Turn, every: Sequence[Goal], applications: Sequence[Application],
                         rejections: Sequence[Rejection]) -> bool:
    reached = [g for g in every if g.celebrated_at and turn.now - g.celebrated_at <= RECENTLY]
    for goal in sorted(reached, key=lambda g: g.deadline):
        turn.say("progress.goal_reached", name=goal_name(goal, rejections, every),
                 done=goals.progress(goal, applications, turn.today).done, target=goal.target,
                 deadline=format_date(goal.deadline))
    return bool(reached)


def summarise(turn: Turn) -> None:
    """The plan in a few lines, and this rejection in the light of the whole search."""
    deadline = turn.data.get("goal_deadline")
    rejection_id = turn.data.get("rejection_id")
    rejection = turn.rejection(rejection_id) if isinstance(rejection_id, str) else None
    when = format_date(date.fromisoformat(deadline)) if isinstance(deadline, str) else None
    lesson = rejection.lesson if rejection and rejection.lesson else None
    turn.say("summary", target=turn.data.get("target", goals.DEFAULT_TARGET),
             deadline=when or "—", lesson=lesson or content.say("summary.no_lesson"))
    turn.say("perspective", rejections=plural(len(turn.snapshot.rejections) or 1, "rejection"),
             applications=plural(len(turn.snapshot.applications), "application"))


def summarise_quick(turn: Turn) -> None:
    if turn.data.get("path") == "quick":
        summarise(turn)
