"""Where a person can be in the conversation: stable state names, stored as strings.

Kept apart from the table in flow.py so that the per-step behaviour the table
points to can know the states without importing the table. Add values, never
rename one: conversations in progress are stored under these names.
"""

from __future__ import annotations

from enum import StrEnum

RETURN_TO = "return_to"  # where a question asked mid-flow goes back to


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
    CAPTURE_FIX = "capture_fix"
    CHOOSE_PATH = "choose_path"
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
    CONFIRM_NEW_REJECTION = "confirm_new_rejection"
    ONBOARD_COUNTRY = "onboard_country"


#: The capture questions in order, each with the fact it settles.
CAPTURE: tuple[tuple[str, State], ...] = (
    ("company", State.CAPTURE_COMPANY), ("stage", State.CAPTURE_STAGE),
    ("kind", State.CAPTURE_KIND),
)
