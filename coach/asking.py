"""Putting a step's question to the person: its words (which may depend on earlier answers)
and its quick replies."""

from __future__ import annotations

from coach import insights
from coach.flow import STAGES, STEP_BY_STATE, State
from coach.messages import Option
from coach.turn import Turn

MENU = (
    Option("I got rejected", "cmd:rejected"),
    Option("I sent an application", "cmd:applied"),
    Option("My progress", "cmd:progress"),
    Option("Help", "cmd:help"),
)

_STAGE_LABELS = {choice.value: choice.label.lower() for choice in STAGES}


def stage_label(stage: str) -> str:
    return _STAGE_LABELS.get(stage, stage)


def option_value(state: State, value: str) -> str:
    """The value a quick reply carries: the state it answers, so a stale press is recognised."""
    return f"{state.value}:{value}"


def ask(turn: Turn, state: State) -> None:
    """Move to `state` and put its question (or, for idle, the menu)."""
    turn.state = state
    if state is State.IDLE:
        turn.options = MENU
        return
    step = STEP_BY_STATE[state]
    key = _ASK_VARIANTS[state](turn) if state in _ASK_VARIANTS else step.ask
    turn.say(key, **_fields(turn))
    turn.options = tuple(Option(c.label, option_value(state, c.value)) for c in step.choices)
    if state is State.PLAN_GROWTH and _ask_growth(turn) == "ask.growth":
        turn.options = ()  # nothing earlier to keep


def _rejection_id(turn: Turn) -> str | None:
    value = turn.data.get("rejection_id")
    return value if isinstance(value, str) else None


def _company(turn: Turn) -> str | None:
    rejection_id = _rejection_id(turn)
    rejection = turn.rejection(rejection_id) if rejection_id else None
    return rejection.company if rejection else None


def _fields(turn: Turn) -> dict[str, str]:
    pending = turn.data.get("stages_to_rate")
    stage = pending[0] if isinstance(pending, list) and pending else ""
    lesson = insights.earlier_lesson(turn.snapshot.rejections, _rejection_id(turn)) or ""
    return {
        "company": _company(turn) or "them",
        "stage": stage_label(str(stage)),
        "lesson": lesson,
    }


def _ask_company(turn: Turn) -> str:
    return "ask.company_known" if _company(turn) else "ask.company"


def _ask_growth(turn: Turn) -> str:
    earlier = insights.earlier_lesson(turn.snapshot.rejections, _rejection_id(turn))
    return "ask.growth_earlier" if earlier else "ask.growth"


_ASK_VARIANTS = {State.CAPTURE_COMPANY: _ask_company, State.PLAN_GROWTH: _ask_growth}
