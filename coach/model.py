"""What the coach knows about a person, as plain values; storage loads and saves these."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

JsonValue = str | int | float | bool | None | list[Any] | dict[str, Any]


class Stage(StrEnum):
    """How far a person got before the rejection. Stored: add values, never rename."""

    APPLIED = "applied"
    SCREEN = "screen"
    INTERVIEW = "interview"
    FINAL = "final"


#: The stages a person went through to reach each stage (rated in the reflect phase).
STAGES_UP_TO: dict[Stage, tuple[Stage, ...]] = {
    Stage.APPLIED: (Stage.APPLIED,),
    Stage.SCREEN: (Stage.APPLIED, Stage.SCREEN),
    Stage.INTERVIEW: (Stage.APPLIED, Stage.SCREEN, Stage.INTERVIEW),
    Stage.FINAL: (Stage.APPLIED, Stage.SCREEN, Stage.INTERVIEW, Stage.FINAL),
}


class NudgeKind(StrEnum):
    """Messages the coach sends unasked. Stored: add values, never rename."""

    DAILY = "daily"  # the daily encouragement at the person's chosen time
    GOAL_CHECK_IN = "goal_check_in"  # a day before a goal's deadline, while it is not met
    GOAL_PASSED = "goal_passed"  # a gentle note the day after a missed deadline
    FEEDBACK = "feedback"  # did you send the feedback request? (two days after a rejection)
    FOLLOW_UP = "follow_up"  # reach back out to the hiring manager, on the date they chose
    CRISIS_CHECK_IN = "crisis_check_in"  # the day after a crisis message: how are you, the lines
    # The search over weeks (coach/nudges/pipeline.py):
    WEEKLY_REVIEW = "weekly_review"  # the week in review with its chart, on the chosen weekday
    INTERVIEW_PREP = "interview_prep"  # the evening before an interview: earlier lessons
    INTERVIEW_AFTER = "interview_after"  # a few hours after an interview: how did it go?
    NO_REPLY = "no_reply"  # an application with no news for a while: a follow-up draft


class RejectionKind(StrEnum):
    """What the rejection said. Stored: add values, never rename."""

    NOT_HIRING = "not_hiring"
    NOT_SELECTED = "not_selected"
    KEEP_ON_FILE = "keep_on_file"
    ONLY_APPLICATIONS = "only_applications"
    OTHER_CANDIDATES = "other_candidates"
    NO_REPLY = "no_reply"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Profile:
    """A person and their settings. `id` is assigned by storage."""

    id: int
    platform: str
    user_id: str
    created_at: datetime
    display_name: str | None = None
    timezone: str | None = None
    ping_time: time | None = None
    nudges_paused: bool = False
    mood_consent: bool | None = None
    unreachable: bool = False
    disclosed_at: datetime | None = None
    nudges_paused_until: datetime | None = None  # with nudges_paused: None means until /resume
    nudges_off: tuple[str, ...] = ()  # NudgeKind values the person turned off
    # Safety (issue 8): their own choice of country, and goal pressure held after a crisis.
    country: str | None = None  # ISO 3166 alpha-2 set with /country; None: guess from the zone
    crisis_paused_until: datetime | None = None  # goal notes and check-ins wait until then
    # The search over weeks; None means the default (coach/nudges/pipeline.py).
    review_weekday: int | None = None  # 0 Monday .. 6 Sunday
    review_time: time | None = None
    no_reply_days: int | None = None


@dataclass(frozen=True, slots=True)
class Conversation:
    """Where a person is in the flow: a stable state name plus the answers gathered so far."""

    state: str
    data: dict[str, JsonValue] = field(default_factory=dict)
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """One rejection and everything the person wrote while reflecting on it."""

    id: str
    created_at: datetime
    company: str | None = None
    role: str | None = None
    stage: str | None = None
    kind: str | None = None
    feeling: str | None = None
    intensity: int | None = None
    got_feedback: bool | None = None
    feedback: str | None = None
    went_well: str | None = None
    do_differently: str | None = None
    stage_ratings: dict[str, int] = field(default_factory=dict)
    in_control: str | None = None
    out_of_control: str | None = None
    fit: str | None = None
    lesson: str | None = None
    follow_up_on: date | None = None


@dataclass(frozen=True, slots=True)
class Goal:
    """A commitment: `target` new applications by `deadline` (the person's local date)."""

    id: str
    created_at: datetime
    target: int
    deadline: date
    rejection_id: str | None = None
    celebrated_at: datetime | None = None
    closed_at: datetime | None = None


class ApplicationStatus(StrEnum):
    """Where an application stands (coach/rules/pipeline.py). Stored: add values, never rename."""

    APPLIED = "applied"
    HEARD_BACK = "heard_back"
    SCREEN = "screen"
    INTERVIEW = "interview"
    FINAL = "final"
    OFFER = "offer"
    REJECTED = "rejected"
    NO_REPLY = "no_reply"


@dataclass(frozen=True, slots=True)
class Application:
    """An application the person logged, and how far it has come since."""

    id: str
    created_at: datetime
    company: str | None = None
    role: str | None = None
    goal_id: str | None = None
    status: str = ApplicationStatus.APPLIED.value
    status_at: datetime | None = None  # when the status last changed (its age in /applications)
    interview_at: datetime | None = None  # the next interview, UTC
    rejection_id: str | None = None  # the rejection this application ended in
    prep_read_at: datetime | None = None  # the preparation note was marked read


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything about one person the coach needs to decide its next reply."""

    profile: Profile
    conversation: Conversation
    rejections: tuple[Rejection, ...] = ()
    goals: tuple[Goal, ...] = ()
    applications: tuple[Application, ...] = ()
    last_daily_note: date | None = None  # their local date of the last daily note recorded


# Effects: what a decision asks storage to write, carried out in one transaction.


@dataclass(frozen=True, slots=True)
class SaveProfile:
    profile: Profile


@dataclass(frozen=True, slots=True)
class SaveRejection:
    """Insert or update (by id)."""

    rejection: Rejection


@dataclass(frozen=True, slots=True)
class SaveGoal:
    """Insert or update (by id)."""

    goal: Goal


@dataclass(frozen=True, slots=True)
class AddApplication:
    application: Application


@dataclass(frozen=True, slots=True)
class SaveApplication:
    """Insert or update (by id): a status change, an interview, a link to a rejection."""

    application: Application


@dataclass(frozen=True, slots=True)
class ForgetPerson:
    """Delete every row of this person, in every table."""


@dataclass(frozen=True, slots=True)
class ScheduledNudge:
    """When the nudge `kind` about `key` ("" for the daily one, else a goal or rejection id)
    is next due, in UTC; None means it is not due at all any more."""

    kind: NudgeKind
    key: str
    due_at: datetime | None


@dataclass(frozen=True, slots=True)
class ScheduleNudges:
    """Store these next-due instants (the database, not memory, is what the scheduler reads)."""

    nudges: tuple[ScheduledNudge, ...]


Effect = (
    SaveProfile | SaveRejection | SaveGoal | AddApplication | SaveApplication | ForgetPerson
    | ScheduleNudges
)


class InvalidAnswer(ValueError):
    """The text cannot answer this question; `hint` is the content key explaining why."""

    def __init__(self, hint: str) -> None:
        super().__init__(hint)
        self.hint = hint
