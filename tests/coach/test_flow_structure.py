"""The flow table as a structure: every state reachable, a way out of each, safety from each."""

from __future__ import annotations

from dataclasses import replace

import pytest

from coach.conversation.engine import decide
from coach.conversation.flow import STEP_BY_STATE, STEPS, State, possible_next_states
from coach.messages import Incoming, PersonRef
from coach.model import (
    Conversation,
    NudgeKind,
    SaveGoal,
    SaveProfile,
    SaveRejection,
    ScheduleNudges,
    Snapshot,
)
from coach.words import content
from tests.coach.snapshots import new_snapshot
from tests.fakes import FakeClock, counting_ids

ME = PersonRef("test", "me")
ENTRY_POINTS = {State.IDLE, State.ONBOARD_TIMEZONE, State.ACK_FEELING, State.APPLIED_DETAILS,
                State.FORGET_CONFIRM, State.CONFIRM_NEW_REJECTION,  # /rejected mid-flow
                # /time, /timezone and /pause without a value ask for one
                State.SETTINGS_TIME, State.SETTINGS_TIMEZONE, State.SETTINGS_PAUSE}


def test_every_state_has_exactly_one_step_except_idle() -> None:
    assert set(STEP_BY_STATE) == set(State) - {State.IDLE}
    assert len(STEPS) == len(STEP_BY_STATE)


def test_every_state_is_reachable_from_a_command() -> None:
    reached, frontier = set(ENTRY_POINTS), list(ENTRY_POINTS - {State.IDLE})
    while frontier:
        for following in possible_next_states(STEP_BY_STATE[frontier.pop()]):
            if following not in reached:
                reached.add(following)
                frontier.append(following)
    assert reached == set(State)


def test_every_step_asks_with_words_that_exist() -> None:
    for step in STEPS:
        assert content.has(step.ask), step.state


def test_option_values_fit_in_a_telegram_button() -> None:
    for step in STEPS:
        for choice in step.choices:
            assert len(f"{step.state.value}:{choice.value}".encode()) <= 60
            assert choice.value.isascii()


def _in(state: State) -> Snapshot:
    snapshot = new_snapshot()
    return Snapshot(snapshot.profile, Conversation(state.value, {"rejection_id": "r1"}))


@pytest.mark.parametrize("state", list(State))
def test_cancel_leaves_every_state(state: State) -> None:
    decision = decide(_in(state), Incoming(ME, text="/cancel"), FakeClock().now(), counting_ids())
    assert decision.conversation.state == State.IDLE
    assert decision.conversation.data == {}


@pytest.mark.parametrize("state", list(State))
def test_crisis_message_skips_the_flow_from_every_state(state: State) -> None:
    decision = decide(_in(state), Incoming(ME, text="i want to kill myself"),
                      FakeClock().now(), counting_ids())
    text = " ".join(reply.text for reply in decision.replies)
    assert "findahelpline" in text and "your local emergency number" in text
    assert decision.conversation.state == state  # nothing moved on
    # Only the safety effects: goal pressure held, and tomorrow's gentle check-in booked.
    saved = [e.profile for e in decision.effects if isinstance(e, SaveProfile)]
    assert saved == [replace(_in(state).profile, crisis_paused_until=saved[0].crisis_paused_until)]
    booked = [n.kind for e in decision.effects if isinstance(e, ScheduleNudges) for n in e.nudges]
    assert booked == [NudgeKind.CRISIS_CHECK_IN]
    assert not any(isinstance(e, SaveRejection | SaveGoal) for e in decision.effects)
    assert all(not reply.options for reply in decision.replies)


@pytest.mark.parametrize("state", list(State))
def test_skip_is_accepted_or_explained_in_every_state(state: State) -> None:
    decision = decide(_in(state), Incoming(ME, text="skip"), FakeClock().now(), counting_ids())
    assert decision.replies, "every message gets an answer"
