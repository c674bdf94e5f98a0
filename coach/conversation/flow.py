"""The whole coaching conversation, declared once as a table of steps.

Read top to bottom, the table is the conversation: acknowledge, capture,
choose a quick or a full path, reflect, plan, plus the small side flows
(onboarding, logging an application, confirming deletion). Each row carries
everything its step does: what the coach asks (and the variant it picks), the
quick choices, how free text is read, where the answer is kept, what it writes
(a `StepEffect` the engine carries out, with the row's `write` giving the
changes), what is said after it, and where to go next (a state or a guard).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from coach.conversation import answers, plans, steps
from coach.conversation.states import CAPTURE, RETURN_TO, State
from coach.conversation.turn import Turn
from coach.model import JsonValue
from coach.rules import countries
from coach.words import choices
from coach.words.choices import STAGES as STAGES
from coach.words.choices import Choice as Choice
from coach.words.choices import choice as _c

__all__ = ["RETURN_TO", "STEPS", "STEP_BY_STATE", "State", "Step", "StepEffect", "next_state"]

Data = Mapping[str, JsonValue]


class StepEffect(StrEnum):
    """What answering a step writes; the engine turns these into storage effects."""

    NONE = "none"
    UPDATE_REJECTION = "update_rejection"
    SAVE_PROFILE = "save_profile"
    SAVE_GOAL = "save_goal"
    LOG_APPLICATION = "log_application"
    FORGET = "forget"
    SAVE_SETTING = "save_setting"
    NEW_REJECTION = "new_rejection"


@dataclass(frozen=True, slots=True)
class Step:
    state: State
    ask: str
    choices: tuple[Choice, ...] = ()
    parse: Callable[[str], JsonValue] | None = None  # free text accepted only with a parser
    numeric: bool = False  # a typed number is the answer itself, not a choice's position
    save_as: str | None = None
    effect: StepEffect = StepEffect.NONE
    then: State | Callable[[Data], State] = State.IDLE
    react: str | Callable[[JsonValue], str | None] | None = None
    default: JsonValue = None
    write: Callable[[Turn, JsonValue], dict[str, Any]] | None = None  # else {save_as: value}
    asks: Callable[[Turn], str] | None = None  # picks the question's words from what we know
    offers: Callable[[Turn], bool] | None = None  # whether the quick choices make sense now
    after: Callable[[Turn], None] | None = None  # said once answered, before the next question
    listens: bool = False  # free text here may also tell us the company, stage or kind


# Guards: pure functions of the conversation data that pick the next step.


def next_capture(data: Data) -> State:
    """The first capture question whose fact is still unknown, else the choice of path."""
    settled = data.get("settled")
    done = set(settled) if isinstance(settled, list) else set()
    return next((state for name, state in CAPTURE if name not in done), State.CHOOSE_PATH)


def _after_coping(data: Data) -> State:
    # Someone who picked a coping step goes and does it; the flow waits for them.
    return next_capture(data) if data.get("coping") in (None, "continue") else State.ACK_PAUSE


def _after_path(data: Data) -> State:
    path = data.get("path")
    if path == "fix":
        return State.CAPTURE_FIX
    if path == "quick":
        return State.REFLECT_DIFFERENTLY
    # "No reply" means there was nobody's feedback to get: the draft request comes instead.
    return State.REFLECT_WENT_WELL if data.get("kind") == "no_reply" else State.REFLECT_FEEDBACK


def _after_feedback(data: Data) -> State:
    # Free text instead of yes/no is the feedback itself: no need to ask for it again.
    asked = data.get("got_feedback") == "yes" and not data.get("feedback")
    return State.REFLECT_FEEDBACK_TEXT if asked else State.REFLECT_WENT_WELL


def _after_differently(data: Data) -> State:
    return State.PLAN_COUNT if data.get("path") == "quick" else _after_rating(data)


def _after_rating(data: Data) -> State:
    """Rate each stage the person went through, one at a time; then move on."""
    pending = data.get("stages_to_rate")
    more = isinstance(pending, list) and bool(pending)
    return State.REFLECT_RATE_STAGE if more else State.REFLECT_CONTROL


def _after_deadline(data: Data) -> State:
    return State.IDLE if data.get("path") == "quick" else State.PLAN_GROWTH


def _back(data: Data) -> State:
    """A question asked mid-flow returns to the step it interrupted."""
    came_from = data.get(RETURN_TO)
    return State(came_from) if came_from in set(State) else State.IDLE


def _after_timezone(data: Data) -> State:
    # The country is asked only when the time zone does not tell it (UTC, skipped, Etc/...).
    zone = data.get("timezone")
    known = countries.of_zone(zone if isinstance(zone, str) else None)
    return State.ONBOARD_PING_TIME if known else State.ONBOARD_COUNTRY


def _after_confirm(data: Data) -> State:
    return _back(data) if RETURN_TO in data else State.ACK_FEELING


_U = StepEffect.UPDATE_REJECTION

STEPS: tuple[Step, ...] = (
    # Onboarding (/start): time zone, daily ping time, consent to keep mood notes.
    Step(State.ONBOARD_TIMEZONE, "ask.timezone", parse=answers.timezone, choices=choices.ZONES,
         save_as="timezone", effect=StepEffect.SAVE_PROFILE, write=steps.write_timezone,
         react="react.timezone", then=_after_timezone),
    Step(State.ONBOARD_COUNTRY, "ask.country", parse=countries.parse, save_as="country",
         effect=StepEffect.SAVE_PROFILE, write=steps.write_country, then=State.ONBOARD_PING_TIME,
         choices=(_c("skip", "Skip", "skip", "none", "rather not"),)),
    Step(State.ONBOARD_PING_TIME, "ask.ping_time", parse=answers.clock_time, numeric=True,
         save_as="ping_time", effect=StepEffect.SAVE_PROFILE, write=steps.write_ping_time,
         react="react.ping_time", then=State.ONBOARD_CONSENT, choices=choices.PING_TIMES),
    Step(State.ONBOARD_CONSENT, "ask.consent", choices=choices.YES_NO, save_as="mood_consent",
         effect=StepEffect.SAVE_PROFILE, write=steps.write_consent, react="react.consent",
         after=lambda turn: turn.say("onboarded")),
    # Acknowledge: the feeling first, always before any question about what went wrong.
    Step(State.ACK_FEELING, "ask.feeling", choices=choices.FEELINGS, parse=answers.short_text,
         save_as="feeling", effect=_U, then=State.ACK_INTENSITY, react="react.feeling",
         listens=True),
    Step(State.ACK_INTENSITY, "ask.intensity", numeric=True, choices=choices.RATINGS,
         parse=answers.intensity, save_as="intensity", effect=_U, then=State.ACK_COPING,
         react=steps.react_intensity),
    Step(State.ACK_COPING, "ask.coping", save_as="coping", then=_after_coping,
         react="react.coping", parse=answers.short_text, choices=choices.COPING, listens=True),
    Step(State.ACK_PAUSE, "ask.pause", choices=(_c("ready", "I'm back"),),
         parse=answers.anything, then=next_capture),
    # Capture: only what is still unknown (each question skippable).
    Step(State.CAPTURE_COMPANY, "ask.company", parse=steps.read_company, save_as="company_role",
         effect=_U, write=steps.write_company, asks=steps.ask_company, then=next_capture),
    Step(State.CAPTURE_STAGE, "ask.stage", choices=choices.STAGES, save_as="stage",
         parse=steps.read_stage, effect=_U, write=steps.write_stage, then=next_capture,
         listens=True),
    Step(State.CAPTURE_KIND, "ask.kind", choices=choices.KINDS, save_as="kind",
         parse=steps.read_kind, effect=_U, write=steps.write_kind, then=next_capture,
         react="react.kind", listens=True),
    # What we understood, a way to correct it, and the quick or the full path.
    Step(State.CHOOSE_PATH, "ask.path", choices=choices.PATHS, save_as="path", default="quick",
         asks=steps.ask_path, then=_after_path, after=steps.after_path),
    Step(State.CAPTURE_FIX, "ask.fix", choices=choices.FIXES, parse=steps.read_fix, save_as="fix",
         effect=_U, write=steps.write_fix, then=next_capture),
    # Reflect: feedback, what went well, what to change, ratings, control, fit.
    Step(State.REFLECT_FEEDBACK, "ask.feedback", choices=choices.YES_NO, parse=answers.long_text,
         save_as="got_feedback", effect=_U, write=steps.write_feedback, then=_after_feedback,
         react="react.feedback", after=steps.after_feedback),
    Step(State.REFLECT_FEEDBACK_TEXT, "ask.feedback_text", parse=answers.long_text,
         save_as="feedback", effect=_U, then=State.REFLECT_WENT_WELL),
    Step(State.REFLECT_WENT_WELL, "ask.went_well", parse=answers.long_text, save_as="went_well",
         effect=_U, then=State.REFLECT_DIFFERENTLY),
    Step(State.REFLECT_DIFFERENTLY, "ask.differently", parse=answers.long_text,
         save_as="do_differently", effect=_U, write=steps.write_differently,
         then=_after_differently),
    Step(State.REFLECT_RATE_STAGE, "ask.rate_stage", numeric=True, choices=choices.RATINGS,
         parse=answers.intensity, save_as="rating", effect=_U, write=steps.write_rating,
         then=_after_rating),
    Step(State.REFLECT_CONTROL, "ask.control", parse=answers.long_text, save_as="in_control",
         effect=_U, then=State.REFLECT_OUT_OF_CONTROL),
    Step(State.REFLECT_OUT_OF_CONTROL, "ask.out_of_control", parse=answers.long_text,
         save_as="out_of_control", effect=_U, then=State.REFLECT_FIT,
         react="react.out_of_control"),
    Step(State.REFLECT_FIT, "ask.fit", choices=choices.FIT, save_as="fit", parse=answers.short_text,
         effect=_U, then=State.PLAN_COUNT, react="react.fit"),
    # Plan: N applications by a date, one thing to improve, an optional follow-up.
    Step(State.PLAN_COUNT, "ask.count", numeric=True, choices=choices.RATINGS, parse=answers.count,
         save_as="target", default=2, then=State.PLAN_DEADLINE),
    Step(State.PLAN_DEADLINE, "ask.deadline", numeric=True, parse=answers.days_until,
         save_as="days", default=7, effect=StepEffect.SAVE_GOAL, then=_after_deadline,
         after=plans.summarise_quick,
         choices=choices.DEADLINES),
    Step(State.PLAN_GROWTH, "ask.growth", parse=answers.long_text, save_as="lesson",
         choices=(_c("keep", "Keep working on that", "keep", "same", "same again"),),
         effect=_U, write=steps.write_lesson, asks=steps.ask_growth,
         offers=steps.has_earlier_lesson, then=State.PLAN_FOLLOW_UP),
    Step(State.PLAN_FOLLOW_UP, "ask.follow_up", numeric=True, parse=answers.weeks,
         save_as="follow_up_weeks", effect=_U, write=steps.write_follow_up,
         react="react.follow_up", after=plans.summarise, choices=choices.FOLLOW_UPS),
    # Side flows.
    Step(State.CONFIRM_NEW_REJECTION, "ask.new_rejection", effect=StepEffect.NEW_REJECTION,
         save_as="new_rejection", then=_after_confirm, choices=choices.NEW_OR_SAME),
    Step(State.APPLIED_DETAILS, "ask.applied", parse=answers.company_and_role,
         save_as="company_role", effect=StepEffect.LOG_APPLICATION),
    Step(State.FORGET_CONFIRM, "ask.forget", effect=StepEffect.FORGET, save_as="confirm",
         choices=(_c("delete", "Delete everything", "yes", "yes delete", "delete"),
                  _c("keep", "Keep my data", "no", "cancel", "keep"))),
    # Settings asked for without a value (/time, /timezone, /pause); then back where they were.
    Step(State.SETTINGS_TIME, "ask.ping_time", parse=answers.clock_time, save_as="ping_time",
         numeric=True, effect=StepEffect.SAVE_SETTING, then=_back, choices=choices.PING_TIMES),
    Step(State.SETTINGS_TIMEZONE, "ask.timezone", parse=answers.timezone, save_as="timezone",
         effect=StepEffect.SAVE_SETTING, then=_back, choices=choices.ZONES),
    Step(State.SETTINGS_PAUSE, "ask.pause_for", numeric=True, parse=answers.pause_days,
         save_as="pause_days", effect=StepEffect.SAVE_SETTING, then=_back, choices=choices.PAUSES),
)

STEP_BY_STATE: dict[State, Step] = {step.state: step for step in STEPS}

#: Steps that belong to the rejection flow (for "where were we", /cancel and /rejected).
REJECTION_FLOW = tuple(s.state for s in STEPS if s.state.value.split("_")[0] in
                       {"ack", "capture", "choose", "reflect", "plan"})


def next_state(step: Step, data: Data) -> State:
    return step.then(data) if callable(step.then) else step.then


#: Answers that steer each branch of the table (for the diagram and the structure tests).
_BRANCH_SAMPLES: tuple[Data, ...] = (
    {}, {"timezone": "Europe/Berlin"}, {"got_feedback": "yes"}, {"kind": "no_reply"},
    {"coping": "walk"},
    {"stages_to_rate": ["screen"]}, {"settled": ["company"]},
    {"settled": ["company", "stage"]}, {"settled": ["company", "stage", "kind"]},
    {"path": "quick"}, {"path": "fix"}, {RETURN_TO: State.ACK_FEELING.value},
)


def possible_next_states(step: Step) -> list[State]:
    """Every state a step can lead to, in a stable order."""
    found: list[State] = []
    for data in _BRANCH_SAMPLES:
        target = next_state(step, data)
        if target not in found:
            found.append(target)
    return found
