"""What an answer changes (conversation data, rows to write, a reaction) and what the coach
says on the way into the next step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from typing import Any

from coach import (
    applications,
    content,
    countries,
    feedback,
    goals,
    insights,
    settings_commands,
)
from coach.asking import ask, stage_label
from coach.flow import Effect, State, Step
from coach.formatting import format_date, plural
from coach.model import (
    STAGES_UP_TO,
    ForgetPerson,
    Goal,
    JsonValue,
    NudgeKind,
    SaveGoal,
    Stage,
)
from coach.turn import Turn

#: Mood is health data: kept only with the person's consent.
MOOD_FIELDS = frozenset({"feeling", "intensity"})


def record(turn: Turn, step: Step, value: JsonValue) -> None:
    key = step.save_as
    mood_allowed = turn.current_profile.mood_consent is True
    if key and (key not in MOOD_FIELDS or mood_allowed) and value is not None:
        turn.data[key] = value
    _react(turn, step, value)
    _EFFECTS[step.effect](turn, step, value)


def _react(turn: Turn, step: Step, value: JsonValue) -> None:
    if step.react is None or value is None:
        return
    if step.state is State.ACK_INTENSITY and isinstance(value, int):
        turn.say("react.intensity.high" if value >= 4 else "react.intensity.low")
        return
    specific, fallback = f"{step.react}.{value}", f"{step.react}.other"
    fields = {"date": _follow_up_date(turn, value)}
    for key in (specific, fallback):
        if content.has(key):
            turn.say(key, **fields)
            return


def _follow_up_date(turn: Turn, weeks: JsonValue) -> str:
    if not isinstance(weeks, int):
        return ""
    return format_date(turn.today + timedelta(weeks=weeks))


def _update_rejection(turn: Turn, step: Step, value: JsonValue) -> None:
    rejection_id = turn.data.get("rejection_id")
    rejection = turn.rejection(rejection_id) if isinstance(rejection_id, str) else None
    if rejection is None or (value is None and step.save_as != "rating"):
        return  # skipped: nothing to write (a skipped rating still moves to the next stage)
    changes: dict[str, Any] = {}
    key = step.save_as
    if key == "company_role" and isinstance(value, dict):
        changes = _company_and_role(rejection.company, value)
    elif key == "got_feedback" and value in ("yes", "no"):
        changes = {"got_feedback": value == "yes"}
    elif key == "got_feedback":  # they typed what the feedback was
        turn.data.update(got_feedback="yes", feedback=value)
        changes = {"got_feedback": True, "feedback": value}
    elif key == "rating":
        changes = _rate_stage(turn, rejection.stage_ratings, value)
    elif key == "lesson" and value == "keep":
        changes = {"lesson": insights.earlier_lesson(turn.snapshot.rejections, rejection.id)}
    elif key == "follow_up_weeks":
        weeks = value if isinstance(value, int) else None
        changes = {"follow_up_on": turn.today + timedelta(weeks=weeks) if weeks else None}
    elif key == "stage":
        stage = _stage(value)
        through = STAGES_UP_TO[stage] if stage else ()
        turn.data["stages_to_rate"] = [s.value for s in through]
        changes = {"stage": value}
    elif key == "kind" and value == "no_reply":
        changes = {"kind": value, "got_feedback": False}
    elif key and (key not in MOOD_FIELDS or turn.current_profile.mood_consent is True):
        changes = {key: value}
    if changes:
        turn.rejections[rejection.id] = replace(rejection, **changes)


def _company_and_role(known_company: str | None, said: dict[str, Any]) -> dict[str, Any]:
    """When we already know the company, a single name is the role ("What was the role at X?")."""
    if known_company and said.get("role") is None:
        return {"role": said.get("company")}
    return {"company": said.get("company"), "role": said.get("role")}


def _stage(value: JsonValue) -> Stage | None:
    return Stage(value) if value in set(Stage) else None


def _rate_stage(turn: Turn, ratings: dict[str, int], value: JsonValue) -> dict[str, Any]:
    pending = turn.data.get("stages_to_rate")
    if not isinstance(pending, list) or not pending:
        return {}
    stage, *rest = pending
    turn.data["stages_to_rate"] = rest
    if not isinstance(value, int):
        return {}
    return {"stage_ratings": {**ratings, str(stage): value}}


def _save_profile(turn: Turn, step: Step, value: JsonValue) -> None:
    if value is None:
        return
    if step.save_as == "timezone":
        turn.update_profile(timezone=str(value))
        turn.say("onboard.timezone_saved", timezone=value)
    elif step.save_as == "ping_time":
        if value == "off":  # no daily notes; goal check-ins and reminders still come
            turn.update_profile(ping_time=None)
            turn.say("onboard.ping_off")
        else:  # opting in during /start: daily notes on, any old pause over
            off = tuple(k for k in turn.current_profile.nudges_off if k != NudgeKind.DAILY)
            turn.update_profile(ping_time=time.fromisoformat(str(value)), nudges_paused=False,
                                nudges_paused_until=None, nudges_off=off)
            turn.say("onboard.ping_saved", ping_time=value)
    elif step.save_as == "country" and value != "skip":
        turn.update_profile(country=str(value))
        turn.say("country.saved", name=countries.name(str(value)), code=value)
    elif step.save_as == "mood_consent":
        turn.update_profile(mood_consent=value == "yes")


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


def _nothing(turn: Turn, step: Step, value: JsonValue) -> None:
    return None


_EFFECTS = {
    Effect.NONE: _nothing,
    Effect.UPDATE_REJECTION: _update_rejection,
    Effect.SAVE_PROFILE: _save_profile,
    Effect.SAVE_GOAL: _save_goal,
    Effect.LOG_APPLICATION: _log_application,
    Effect.FORGET: _forget,
    Effect.SAVE_SETTING: settings_commands.save_setting,
}


def enter(turn: Turn, came_from: Step, state: State) -> None:
    """Say what belongs between two steps, then ask the next one."""
    left = came_from.state
    if left is State.CAPTURE_KIND:
        _name_common_threads(turn)
    if (left is State.REFLECT_FEEDBACK and turn.data.get("got_feedback") == "no") or (
        left is State.CAPTURE_KIND and turn.data.get("kind") == "no_reply"
    ):
        _offer_feedback_request(turn)
    if state is State.IDLE:
        _close_flow(turn, left)
    ask(turn, state)


def _name_common_threads(turn: Turn) -> None:
    rejections = [turn.rejections.get(r.id, r) for r in turn.snapshot.rejections]
    for thread in insights.common_threads(rejections):
        value = stage_label(thread.value) if thread.aspect == "stage" else thread.value
        if thread.aspect == "kind":
            value = value.replace("_", " ")
        turn.say(f"thread.{thread.aspect}", count=thread.count, total=thread.total, value=value)


def _offer_feedback_request(turn: Turn) -> None:
    if turn.data.get("kind") == "no_reply":  # the feedback question was skipped: say why we ask
        turn.say("react.feedback.no")
    turn.send_separately(feedback.draft(turn))
    turn.say("feedback_reminder")


def _close_flow(turn: Turn, left: State) -> None:
    if left is State.PLAN_FOLLOW_UP:
        _summarise_plan(turn)
    elif left is State.ONBOARD_CONSENT:
        turn.say("onboarded")
    turn.data = {}


def _summarise_plan(turn: Turn) -> None:
    deadline = turn.data.get("goal_deadline")
    rejection_id = turn.data.get("rejection_id")
    rejection = turn.rejection(rejection_id) if isinstance(rejection_id, str) else None
    turn.say(
        "summary",
        target=turn.data.get("target", goals.DEFAULT_TARGET),
        deadline=format_date(date.fromisoformat(deadline)) if isinstance(deadline, str) else "—",
        lesson=(rejection.lesson if rejection and rejection.lesson else "(pick one later)"),
    )
    turn.say(
        "perspective",
        rejections=plural(len(turn.snapshot.rejections), "rejection"),
        applications=plural(len(turn.snapshot.applications), "application"),
    )
