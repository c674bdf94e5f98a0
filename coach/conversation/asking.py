"""Putting a step's question to the person: the words its row picks, and its quick replies."""

from __future__ import annotations

from coach.conversation import listening
from coach.conversation.flow import STEP_BY_STATE, State
from coach.conversation.turn import Turn
from coach.messages import Option
from coach.rules import insights
from coach.words.choices import stage_label as stage_label

MENU = (
    Option("I got rejected", "cmd:rejected"),
    Option("I sent an application", "cmd:applied"),
    Option("My progress", "cmd:progress"),
    Option("Help", "cmd:help"),
)


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
    key = step.asks(turn) if step.asks else step.ask
    turn.say(key, **_fields(turn))
    shown = step.offers(turn) if step.offers else True
    choices = step.choices if shown else ()
    turn.options = tuple(Option(c.label, option_value(state, c.value)) for c in choices)


def _fields(turn: Turn) -> dict[str, str]:
    """What a question may mention: the company, the stage being rated, an earlier lesson."""
    rejection = listening.current(turn)
    pending = turn.data.get("stages_to_rate")
    stage = pending[0] if isinstance(pending, list) and pending else ""
    rejection_id = rejection.id if rejection else None
    lesson = insights.earlier_lesson(turn.snapshot.rejections, rejection_id) or ""
    return {
        "company": (rejection.company if rejection else None) or "them",
        "stage": stage_label(str(stage)),
        "lesson": lesson,
    }
