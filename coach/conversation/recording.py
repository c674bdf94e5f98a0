"""The engine's side of a step: keep the answer, carry out the row's effect, say what follows.

Nothing here knows any particular step: what a step writes, says and asks is on
its row in flow.py. This module only applies those rows.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from coach.conversation import applications, extraction, listening, settings_commands
from coach.conversation.asking import ask
from coach.conversation.flow import State, Step, StepEffect
from coach.conversation.turn import Turn
from coach.model import ForgetPerson, Goal, JsonValue, SaveGoal
from coach.rules import goals
from coach.words import content
from coach.words.formatting import format_date

#: Mood is health data: kept only with the person's consent.
MOOD_FIELDS = frozenset({"feeling", "intensity"})


def record(turn: Turn, step: Step, value: JsonValue) -> None:
    if step.save_as and value is not None and _may_keep(turn, step.save_as):
        turn.data[step.save_as] = value
    if step.listens and isinstance(value, str):
        listening.learn(turn, extraction.read(value))
    _react(turn, step, value)
    _EFFECTS[step.effect](turn, step, value)


def _may_keep(turn: Turn, field: str) -> bool:
    return field not in MOOD_FIELDS or turn.current_profile.mood_consent is True


def _react(turn: Turn, step: Step, value: JsonValue) -> None:
    if step.react is None or value is None:
        return
    if callable(step.react):
        key = step.react(value)
        if key:
            turn.say(key)
        return
    fields: dict[str, Any] = {"value": value, "date": _weeks_ahead(turn, value)}
    for key in (f"{step.react}.{value}", f"{step.react}.other"):
        if content.has(key):
            turn.say(key, **fields)
            return


def _weeks_ahead(turn: Turn, weeks: JsonValue) -> str:
    if not isinstance(weeks, int):
        return ""
    return format_date(turn.today + timedelta(weeks=weeks))


def _changes(turn: Turn, step: Step, value: JsonValue) -> dict[str, Any]:
    if step.write is not None:
        return step.write(turn, value)
    if step.save_as and value is not None and _may_keep(turn, step.save_as):
        return {step.save_as: value}
    return {}


def _update_rejection(turn: Turn, step: Step, value: JsonValue) -> None:
    changes = _changes(turn, step, value)
    rejection = listening.current(turn)  # after the write: it may have learnt facts too
    if rejection is not None and changes:
        turn.rejections[rejection.id] = replace(rejection, **changes)


def _save_profile(turn: Turn, step: Step, value: JsonValue) -> None:
    changes = _changes(turn, step, value)
    if changes:
        turn.update_profile(**changes)


def _save_goal(turn: Turn, step: Step, value: JsonValue) -> None:
    target = turn.data.get("target")
    target = target if isinstance(target, int) else goals.DEFAULT_TARGET
    days = value if value is not None else goals.DEFAULT_DAYS
    deadline = date.fromisoformat(days) if isinstance(days, str) else None
    if deadline is None or deadline < turn.today:
        deadline = turn.today + timedelta(days=days if isinstance(days, int) else 7)
    rejection_id = turn.data.get("rejection_id")
    goal = Goal(turn.new_id(), turn.now, target, deadline,
                rejection_id if isinstance(rejection_id, str) else None)
    turn.effects.append(SaveGoal(goal))
    turn.data["goal_id"] = goal.id
    turn.data["goal_deadline"] = deadline.isoformat()
    turn.data["target"] = target


def _log_application(turn: Turn, step: Step, value: JsonValue) -> None:
    details = value if isinstance(value, dict) else {}
    applications.log(turn, details.get("company"), details.get("role"))


def _forget(turn: Turn, step: Step, value: JsonValue) -> None:
    if value == "delete":
        turn.effects.append(ForgetPerson())
        turn.say("forget.done")
    else:
        turn.say("forget.kept")


def _new_rejection(turn: Turn, step: Step, value: JsonValue) -> None:
    """Yes, a new one: start it with what they said; otherwise carry on where we were."""
    opening = turn.data.pop("opening", None)
    if value == "new":
        listening.open_rejection(turn, extraction.read(str(opening or "")))
    else:
        turn.say("rejection.carry_on")


def _nothing(turn: Turn, step: Step, value: JsonValue) -> None:
    return None


_EFFECTS = {
    StepEffect.NONE: _nothing,
    StepEffect.UPDATE_REJECTION: _update_rejection,
    StepEffect.SAVE_PROFILE: _save_profile,
    StepEffect.SAVE_GOAL: _save_goal,
    StepEffect.LOG_APPLICATION: _log_application,
    StepEffect.FORGET: _forget,
    StepEffect.SAVE_SETTING: settings_commands.save_setting,
    StepEffect.NEW_REJECTION: _new_rejection,
}


def enter(turn: Turn, came_from: Step, state: State) -> None:
    """Say what the step just answered adds, then ask the next one."""
    if came_from.after is not None:
        came_from.after(turn)
    if state is State.IDLE:
        turn.data = {}
    ask(turn, state)
