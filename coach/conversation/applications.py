"""Logging an application: count it toward the nearest open goal and celebrate once, by name."""

from __future__ import annotations

from dataclasses import replace

from coach.conversation import plans
from coach.conversation.turn import Turn
from coach.model import AddApplication, Application, SaveGoal
from coach.rules import goals
from coach.words.formatting import describe, format_date


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
    name = plans.goal_name(goal, snapshot.rejections, snapshot.goals)
    if not (progress.reached and goal.celebrated_at is None):
        turn.say("applied.progress", name=name, done=progress.done, target=goal.target,
                 deadline=format_date(goal.deadline))
        return
    closed = replace(goal, celebrated_at=turn.now, closed_at=turn.now)
    turn.effects.append(SaveGoal(closed))
    turn.say("goal.reached", name=name, target=goal.target)
    others = tuple(closed if g.id == goal.id else g for g in snapshot.goals)
    if any(goals.is_open(g) for g in others):
        turn.say("goal.still_open")
        plans.say_open_goals(turn, others, every, snapshot.rejections, key="goal.open")
