"""Logging an application: count it toward the nearest open goal and celebrate once."""

from __future__ import annotations

from dataclasses import replace

from coach import goals
from coach.formatting import describe, format_date
from coach.model import AddApplication, Application, SaveGoal
from coach.turn import Turn


def log(turn: Turn, company: str | None, role: str | None) -> None:
    snapshot = turn.snapshot
    goal = goals.goal_for_new_application(snapshot.goals, snapshot.applications, turn.today)
    application = Application(turn.new_id(), turn.now, company, role, goal.id if goal else None)
    turn.effects.append(AddApplication(application))
    turn.say("applied.logged", what=describe(company, role) or "an application")
    every = (*snapshot.applications, application)
    if goal is None:
        turn.say("applied.no_goal", count=goals.applications_this_week(
            every, turn.today, turn.current_profile.timezone))
        return
    progress = goals.progress(goal, every, turn.today)
    if progress.reached and goal.celebrated_at is None:
        turn.effects.append(SaveGoal(replace(goal, celebrated_at=turn.now, closed_at=turn.now)))
        turn.say("goal.reached", target=goal.target)
    else:
        turn.say("applied.progress", done=progress.done, target=goal.target,
                 deadline=format_date(goal.deadline))
