"""What individual steps do with an answer, for the rows of the table in flow.py to point to.

A row names its behaviour (`write`, `react`, `asks`, `after`); the functions live
here so the table stays readable. Writes return the changes for their target
(the rejection or the profile); the engine in recording.py applies them.
"""

from __future__ import annotations

from datetime import time, timedelta
from typing import Any

from coach.conversation import extraction, feedback, listening
from coach.conversation.answers import InvalidAnswer, company_and_role, short_text
from coach.conversation.turn import Turn
from coach.model import JsonValue, NudgeKind
from coach.rules import countries, insights
from coach.words.choices import stage_label
from coach.words.formatting import format_date

Changes = dict[str, Any]


# Capture: each question settles its fact, answered or skipped.


def write_company(turn: Turn, value: JsonValue) -> Changes:
    listening.settle(turn, "company")
    if not isinstance(value, dict):
        return {}
    fixing = turn.data.pop("fixing", None) == "company"
    rejection = listening.current(turn)
    said = extraction.Facts(value.get("company"), value.get("role"), value.get("stage"),
                            value.get("kind"))
    if rejection and rejection.company and not fixing and said.role is None:
        said = extraction.Facts(role=said.company, stage=said.stage, kind=said.kind)
    listening.learn(turn, said, correcting=True)
    return {}


def write_stage(turn: Turn, value: JsonValue) -> Changes:
    listening.settle(turn, "stage")
    if value is None:
        return {}
    listening.rate_stages(turn, str(value))
    return {"stage": value}


def write_kind(turn: Turn, value: JsonValue) -> Changes:
    listening.settle(turn, "kind")
    if value is None:
        return {}
    turn.data["kind"] = value
    return {"kind": value, "got_feedback": False} if value == "no_reply" else {"kind": value}


def read_stage(text: str) -> JsonValue:
    """Typed words ("the second interview") become the choice they name, when they name one."""
    return extraction.stage(text) or short_text(text)


def read_kind(text: str) -> JsonValue:
    """"never heard back" is "no reply"; words that name no kind are kept as they were said."""
    return extraction.kind(text) or short_text(text)


def write_fix(turn: Turn, value: JsonValue) -> Changes:
    """A picked fact is asked again; typed facts replace what was understood."""
    if isinstance(value, dict):
        listening.learn(turn, extraction.Facts(**value), correcting=True)
    elif isinstance(value, str):
        listening.unsettle(turn, value)
        turn.data["fixing"] = value
    return {}


def read_fix(text: str) -> JsonValue:
    """Free text at "what should I fix?": the facts it states, or ask to pick."""
    found = extraction.read(text).known()
    if not found:
        raise InvalidAnswer("hint.fix")
    return found


def read_company(text: str) -> JsonValue:
    """'Acme, Data Analyst' as before; a sentence with a stage or kind is read for all four."""
    found = extraction.read(text)
    plain = company_and_role(text)
    if not (found.stage or found.kind or extraction.looks_like_rejection(text)):
        return plain
    first = plain.get("company") if isinstance(plain, dict) else None
    return {"company": found.company or first, "role": found.role,
            "stage": found.stage, "kind": found.kind}


# Reflect and plan.


def write_feedback(turn: Turn, value: JsonValue) -> Changes:
    if value in ("yes", "no"):
        return {"got_feedback": value == "yes"}
    if value is None:
        return {}
    turn.data.update(got_feedback="yes", feedback=value)  # they typed what the feedback was
    return {"got_feedback": True, "feedback": value}


def write_rating(turn: Turn, value: JsonValue) -> Changes:
    """Rate the next pending stage; a skipped rating still moves on to the next stage."""
    pending = turn.data.get("stages_to_rate")
    rejection = listening.current(turn)
    if not isinstance(pending, list) or not pending or rejection is None:
        return {}
    stage, *rest = pending
    turn.data["stages_to_rate"] = rest
    if not isinstance(value, int):
        return {}
    return {"stage_ratings": {**rejection.stage_ratings, str(stage): value}}


def write_differently(turn: Turn, value: JsonValue) -> Changes:
    """On the quick path, what they would do differently is also the thing to improve."""
    if value is None:
        return {}
    quick = turn.data.get("path") == "quick"
    return {"do_differently": value, "lesson": value} if quick else {"do_differently": value}


def write_lesson(turn: Turn, value: JsonValue) -> Changes:
    if value == "keep":
        rejection_id = turn.data.get("rejection_id")
        earlier = insights.earlier_lesson(turn.snapshot.rejections, str(rejection_id))
        return {"lesson": earlier}
    return {} if value is None else {"lesson": value}


def write_follow_up(turn: Turn, value: JsonValue) -> Changes:
    if value is None:
        return {}
    weeks = value if isinstance(value, int) else None
    return {"follow_up_on": turn.today + timedelta(weeks=weeks) if weeks else None}


def follow_up_date(turn: Turn, weeks: JsonValue) -> dict[str, str]:
    if not isinstance(weeks, int):
        return {}
    return {"date": format_date(turn.today + timedelta(weeks=weeks))}


def react_intensity(value: JsonValue) -> str | None:
    return "react.intensity.high" if isinstance(value, int) and value >= 4 else (
        "react.intensity.low" if isinstance(value, int) else None)


# Profile (onboarding and settings).


def write_timezone(turn: Turn, value: JsonValue) -> Changes:
    return {} if value is None else {"timezone": str(value)}


def write_ping_time(turn: Turn, value: JsonValue) -> Changes:
    if value is None:
        return {}
    if value == "off":  # no daily notes; goal check-ins and reminders still come
        return {"ping_time": None}
    # Opting in: daily notes on, any old pause over.
    off = tuple(k for k in turn.current_profile.nudges_off if k != NudgeKind.DAILY)
    return {"ping_time": time.fromisoformat(str(value)), "nudges_paused": False,
            "nudges_paused_until": None, "nudges_off": off}


def write_country(turn: Turn, value: JsonValue) -> Changes:
    if value is None or value == "skip":
        return {}
    turn.say("country.saved", name=countries.name(str(value)), code=value)
    return {"country": str(value)}


def write_consent(turn: Turn, value: JsonValue) -> Changes:
    return {} if value is None else {"mood_consent": value == "yes"}


# What a step adds to its question, and what is said between steps.


def ask_company(turn: Turn) -> str:
    rejection = listening.current(turn)
    fixing = turn.data.get("fixing") == "company"
    return "ask.company_known" if rejection and rejection.company and not fixing else "ask.company"


def ask_growth(turn: Turn) -> str:
    rejection_id = turn.data.get("rejection_id")
    earlier = insights.earlier_lesson(turn.snapshot.rejections, str(rejection_id))
    return "ask.growth_earlier" if earlier else "ask.growth"


def has_earlier_lesson(turn: Turn) -> bool:
    return ask_growth(turn) == "ask.growth_earlier"


def ask_path(turn: Turn) -> str:
    """Before the choice of path: threads across rejections, then what we understood."""
    if not turn.data.get("threads_named"):
        name_common_threads(turn)
        turn.data["threads_named"] = True
    return "ask.path_understood" if listening.understood(turn) else "ask.path"


def name_common_threads(turn: Turn) -> None:
    rejections = [turn.rejections.get(r.id, r) for r in turn.snapshot.rejections]
    for thread in insights.common_threads(rejections):
        value = stage_label(thread.value) if thread.aspect == "stage" else thread.value
        if thread.aspect == "kind":
            value = listening.kind_words(value)
        turn.say(f"thread.{thread.aspect}", count=thread.count, total=thread.total, value=value)


def after_feedback(turn: Turn) -> None:
    if turn.data.get("got_feedback") == "no":
        offer_feedback_request(turn)


def after_path(turn: Turn) -> None:
    # Nobody answered: say why we ask for feedback anyway, then the message to send.
    if turn.data.get("path") == "full" and turn.data.get("kind") == "no_reply":
        turn.say("react.feedback.no")
        offer_feedback_request(turn)


def offer_feedback_request(turn: Turn) -> None:
    turn.send_separately(feedback.draft(turn), "feedback_draft")
    turn.say("feedback_reminder")
