"""The whole coaching conversation, declared once as a table of steps.

Read top to bottom, the table is the conversation: acknowledge, capture,
reflect, plan, plus the small side flows (onboarding, logging an application,
confirming deletion). Each step says what the coach asks, the quick choices,
where the answer is kept, what it writes (an effect name the engine carries
out) and where to go next. States are stored: add new values, never rename.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from coach import answers, countries
from coach.choices import FEELINGS, FIT, KINDS, PAUSES, PING_TIMES, RATINGS, YES_NO, ZONES
from coach.choices import STAGES as STAGES  # re-exported for asking.py
from coach.choices import Choice as Choice  # re-exported for engine.py
from coach.choices import choice as _c
from coach.model import JsonValue

Data = Mapping[str, JsonValue]
RETURN_TO = "return_to"  # where a settings question asked mid-flow goes back to


class State(StrEnum):
    IDLE = "idle"
    ONBOARD_TIMEZONE = "onboard_timezone"
    ONBOARD_PING_TIME = "onboard_ping_time"
    ONBOARD_CONSENT = "onboard_consent"
    ACK_FEELING = "ack_feeling"
    ACK_INTENSITY = "ack_intensity"
    ACK_COPING = "ack_coping"
    ACK_PAUSE = "ack_pause"
    CAPTURE_COMPANY = "capture_company"
    CAPTURE_STAGE = "capture_stage"
    CAPTURE_KIND = "capture_kind"
    REFLECT_FEEDBACK = "reflect_feedback"
    REFLECT_FEEDBACK_TEXT = "reflect_feedback_text"
    REFLECT_WENT_WELL = "reflect_went_well"
    REFLECT_DIFFERENTLY = "reflect_differently"
    REFLECT_RATE_STAGE = "reflect_rate_stage"
    REFLECT_CONTROL = "reflect_control"
    REFLECT_OUT_OF_CONTROL = "reflect_out_of_control"
    REFLECT_FIT = "reflect_fit"
    PLAN_COUNT = "plan_count"
    PLAN_DEADLINE = "plan_deadline"
    PLAN_GROWTH = "plan_growth"
    PLAN_FOLLOW_UP = "plan_follow_up"
    APPLIED_DETAILS = "applied_details"
    FORGET_CONFIRM = "forget_confirm"
    SETTINGS_TIME = "settings_time"
    SETTINGS_TIMEZONE = "settings_timezone"
    SETTINGS_PAUSE = "settings_pause"
    ONBOARD_COUNTRY = "onboard_country"


class Effect(StrEnum):
    """What answering a step writes; the engine turns these into storage effects."""

    NONE = "none"
    UPDATE_REJECTION = "update_rejection"
    SAVE_PROFILE = "save_profile"
    SAVE_GOAL = "save_goal"
    LOG_APPLICATION = "log_application"
    FORGET = "forget"
    SAVE_SETTING = "save_setting"


@dataclass(frozen=True, slots=True)
class Step:
    state: State
    ask: str
    choices: tuple[Choice, ...] = ()
    parse: Callable[[str], JsonValue] | None = None  # free text accepted only with a parser
    numeric: bool = False  # a typed number is the answer itself, not a choice's position
    save_as: str | None = None
    effect: Effect = Effect.NONE
    then: State | Callable[[Data], State] = State.IDLE
    react: str | None = None
    default: JsonValue = None


def _after_feedback(data: Data) -> State:
    # Free text instead of yes/no is the feedback itself: no need to ask for it again.
    asked = data.get("got_feedback") == "yes" and not data.get("feedback")
    return State.REFLECT_FEEDBACK_TEXT if asked else State.REFLECT_WENT_WELL


def _after_rating(data: Data) -> State:
    """Rate each stage the person went through, one at a time; then move on."""
    pending = data.get("stages_to_rate")
    more = isinstance(pending, list) and bool(pending)
    return State.REFLECT_RATE_STAGE if more else State.REFLECT_CONTROL


def _after_coping(data: Data) -> State:
    # Someone who picked a coping step goes and does it; the flow waits for them.
    return State.CAPTURE_COMPANY if data.get("coping") in (None, "continue") else State.ACK_PAUSE


def _back(data: Data) -> State:
    """A settings question asked mid-flow returns to the step it interrupted."""
    came_from = data.get(RETURN_TO)
    return State(came_from) if came_from in set(State) else State.IDLE


def _after_timezone(data: Data) -> State:
    # The country is asked only when the time zone does not tell it (UTC, skipped, Etc/...).
    zone = data.get("timezone")
    known = countries.of_zone(zone if isinstance(zone, str) else None)
    return State.ONBOARD_PING_TIME if known else State.ONBOARD_COUNTRY


def _after_kind(data: Data) -> State:
    # "No reply" means there was nobody's feedback to get: go straight to the draft request.
    return State.REFLECT_WENT_WELL if data.get("kind") == "no_reply" else State.REFLECT_FEEDBACK


STEPS: tuple[Step, ...] = (
    # Onboarding (/start): time zone, daily ping time, consent to keep mood notes.
    Step(State.ONBOARD_TIMEZONE, "ask.timezone", parse=answers.timezone,
         save_as="timezone", effect=Effect.SAVE_PROFILE, then=_after_timezone,
         choices=ZONES),
    Step(State.ONBOARD_COUNTRY, "ask.country", parse=countries.parse, save_as="country",
         effect=Effect.SAVE_PROFILE, then=State.ONBOARD_PING_TIME,
         choices=(_c("skip", "Skip", "skip", "none", "rather not"),)),
    Step(State.ONBOARD_PING_TIME, "ask.ping_time", parse=answers.clock_time, save_as="ping_time",
         numeric=True, effect=Effect.SAVE_PROFILE, then=State.ONBOARD_CONSENT,
         choices=PING_TIMES),
    Step(State.ONBOARD_CONSENT, "ask.consent", choices=YES_NO,
         save_as="mood_consent", effect=Effect.SAVE_PROFILE, react="react.consent"),
    # Acknowledge: the feeling first, always before any question about what went wrong.
    Step(State.ACK_FEELING, "ask.feeling", choices=FEELINGS, parse=answers.short_text,
         save_as="feeling", effect=Effect.UPDATE_REJECTION, then=State.ACK_INTENSITY,
         react="react.feeling"),
    Step(State.ACK_INTENSITY, numeric=True, ask="ask.intensity", choices=RATINGS,
         parse=answers.intensity, save_as="intensity", effect=Effect.UPDATE_REJECTION,
         then=State.ACK_COPING, react="react.intensity"),
    Step(State.ACK_COPING, "ask.coping", save_as="coping", then=_after_coping,
         react="react.coping", parse=answers.short_text,
         choices=(_c("walk", "Take a walk"), _c("exercise", "Some exercise", "gym", "run"),
                  _c("friend", "Talk to a friend", "call", "text"),
                  _c("volunteer", "Help someone / volunteer", "volunteer"),
                  _c("continue", "I'm OK, let's go on", "go on", "continue", "next", "ok"))),
    Step(State.ACK_PAUSE, "ask.pause", choices=(_c("ready", "I'm back"),),
         parse=answers.anything, then=State.CAPTURE_COMPANY),
    # Capture: what happened (each question skippable).
    Step(State.CAPTURE_COMPANY, "ask.company", parse=answers.company_and_role,
         save_as="company_role", effect=Effect.UPDATE_REJECTION, then=State.CAPTURE_STAGE),
    Step(State.CAPTURE_STAGE, "ask.stage", choices=STAGES, save_as="stage",
         parse=answers.short_text, effect=Effect.UPDATE_REJECTION, then=State.CAPTURE_KIND),
    Step(State.CAPTURE_KIND, "ask.kind", choices=KINDS, save_as="kind", parse=answers.short_text,
         effect=Effect.UPDATE_REJECTION, then=_after_kind, react="react.kind"),
    # Reflect: feedback, what went well, what to change, ratings, control, fit.
    Step(State.REFLECT_FEEDBACK, "ask.feedback", choices=YES_NO, parse=answers.long_text,
         save_as="got_feedback", effect=Effect.UPDATE_REJECTION, then=_after_feedback,
         react="react.feedback"),
    Step(State.REFLECT_FEEDBACK_TEXT, "ask.feedback_text", parse=answers.long_text,
         save_as="feedback", effect=Effect.UPDATE_REJECTION, then=State.REFLECT_WENT_WELL),
    Step(State.REFLECT_WENT_WELL, "ask.went_well", parse=answers.long_text, save_as="went_well",
         effect=Effect.UPDATE_REJECTION, then=State.REFLECT_DIFFERENTLY),
    Step(State.REFLECT_DIFFERENTLY, "ask.differently", parse=answers.long_text,
         save_as="do_differently", effect=Effect.UPDATE_REJECTION, then=_after_rating),
    Step(State.REFLECT_RATE_STAGE, numeric=True, ask="ask.rate_stage", choices=RATINGS,
         parse=answers.intensity, save_as="rating", effect=Effect.UPDATE_REJECTION,
         then=_after_rating),
    Step(State.REFLECT_CONTROL, "ask.control", parse=answers.long_text, save_as="in_control",
         effect=Effect.UPDATE_REJECTION, then=State.REFLECT_OUT_OF_CONTROL),
    Step(State.REFLECT_OUT_OF_CONTROL, "ask.out_of_control", parse=answers.long_text,
         save_as="out_of_control", effect=Effect.UPDATE_REJECTION, then=State.REFLECT_FIT,
         react="react.out_of_control"),
    Step(State.REFLECT_FIT, "ask.fit", choices=FIT, save_as="fit", parse=answers.short_text,
         effect=Effect.UPDATE_REJECTION, then=State.PLAN_COUNT, react="react.fit"),
    # Plan: N applications by a date, one thing to improve, an optional follow-up.
    Step(State.PLAN_COUNT, numeric=True, ask="ask.count", choices=RATINGS, parse=answers.count,
         save_as="target", default=2, then=State.PLAN_DEADLINE),
    Step(State.PLAN_DEADLINE, numeric=True, ask="ask.deadline", parse=answers.days_until,
         save_as="days", default=7, effect=Effect.SAVE_GOAL, then=State.PLAN_GROWTH,
         choices=(_c("3", "In 3 days"), _c("7", "In a week"), _c("14", "In 2 weeks"))),
    Step(State.PLAN_GROWTH, "ask.growth", parse=answers.long_text, save_as="lesson",
         choices=(_c("keep", "Keep working on that", "keep", "same", "same again"),),
         effect=Effect.UPDATE_REJECTION, then=State.PLAN_FOLLOW_UP),
    Step(State.PLAN_FOLLOW_UP, numeric=True, ask="ask.follow_up", parse=answers.weeks,
         save_as="follow_up_weeks", effect=Effect.UPDATE_REJECTION, react="react.follow_up",
         choices=(_c("4", "In 4 weeks"), _c("6", "In 6 weeks"), _c("8", "In 8 weeks"),
                  _c("no", "No thanks", "no", "nope", "none"))),
    # Side flows.
    Step(State.APPLIED_DETAILS, "ask.applied", parse=answers.company_and_role,
         save_as="company_role", effect=Effect.LOG_APPLICATION),
    Step(State.FORGET_CONFIRM, "ask.forget", effect=Effect.FORGET,
         save_as="confirm",
         choices=(_c("delete", "Delete everything", "yes", "yes delete", "delete"),
                  _c("keep", "Keep my data", "no", "cancel", "keep"))),
    # Settings asked for without a value (/time, /timezone, /pause); then back where they were.
    Step(State.SETTINGS_TIME, "ask.ping_time", parse=answers.clock_time, save_as="ping_time",
         numeric=True, effect=Effect.SAVE_SETTING, then=_back, choices=PING_TIMES),
    Step(State.SETTINGS_TIMEZONE, "ask.timezone", parse=answers.timezone, save_as="timezone",
         effect=Effect.SAVE_SETTING, then=_back, choices=ZONES),
    Step(State.SETTINGS_PAUSE, "ask.pause_for", numeric=True, parse=answers.pause_days,
         save_as="pause_days", effect=Effect.SAVE_SETTING, then=_back, choices=PAUSES),
)

STEP_BY_STATE: dict[State, Step] = {step.state: step for step in STEPS}

#: Steps that belong to the rejection flow (for "where were we" and /cancel wording).
REJECTION_FLOW = tuple(s.state for s in STEPS if s.state.value.split("_")[0] in
                       {"ack", "capture", "reflect", "plan"})


def next_state(step: Step, data: Data) -> State:
    return step.then(data) if callable(step.then) else step.then


#: Answers that steer each branch of the table (for the diagram and the structure tests).
_BRANCH_SAMPLES: tuple[Data, ...] = (
    {}, {"timezone": "Europe/Berlin"}, {"got_feedback": "yes"}, {"kind": "no_reply"},
    {"coping": "walk"}, {"stages_to_rate": ["screen"]},
)


def possible_next_states(step: Step) -> list[State]:
    """Every state a step can lead to, in a stable order."""
    found: list[State] = []
    for data in _BRANCH_SAMPLES:
        target = next_state(step, data)
        if target not in found:
            found.append(target)
    return found
