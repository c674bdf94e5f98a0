"""The state machine: decide the coach's answer to one incoming message, purely.

Order matters and is fixed: safety first, from every state; then commands
(a way out of every state); then the current step's answer; idle chat last.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from coach import safety
from coach.conversation import answers, care, commands, idle, pipeline_buttons, recording
from coach.conversation.answers import InvalidAnswer
from coach.conversation.asking import ask
from coach.conversation.flow import STEP_BY_STATE, Choice, State, Step, next_state
from coach.conversation.turn import Decision, Turn
from coach.messages import Incoming
from coach.model import JsonValue, Snapshot

#: Steps a person may leave by simply telling us about a rejection (setup can wait).
ONBOARDING = frozenset({State.ONBOARD_TIMEZONE, State.ONBOARD_COUNTRY, State.ONBOARD_PING_TIME,
                        State.ONBOARD_CONSENT})

#: After this long away, a typed message is not taken as the answer to an old question.
RESUME_AFTER = timedelta(hours=6)


def decide(
    snapshot: Snapshot,
    incoming: Incoming,
    now: datetime,
    new_id: Callable[[], str],
    classify: Callable[[str], safety.Risk] = safety.classify,
) -> Decision:
    """`classify` is a seam for tests of risk levels the current rules do not produce yet."""
    turn = Turn.begin(snapshot, now, new_id)
    text = answers.clean(incoming.text)
    if text and incoming.option is None:
        turn.risk = classify(text)
        if turn.risk.needs_resources:
            care.answer_crisis(turn, turn.risk)
            return turn.finish()
        if turn.risk is safety.Risk.STRAIN:
            care.answer_strain(turn, text)
    command = commands.parse(text, incoming.option)
    if command is not None:
        commands.run(turn, *command)
    elif care.takes(turn, incoming):
        care.after_crisis(turn, incoming, text)
    elif turn.state is State.IDLE and pipeline_buttons.understood(turn, text):
        pass  # news about an application ("Globex invited me to an interview on Tuesday")
    elif turn.state is State.IDLE or (turn.state in ONBOARDING and idle.is_rejection(text)):
        idle.respond(turn, text, incoming.option)
    elif _returning_after_a_while(snapshot, incoming, now):
        turn.say("welcome_back")
        ask(turn, turn.state)
    else:
        answer(turn, incoming, text)
    return turn.finish()


def _returning_after_a_while(snapshot: Snapshot, incoming: Incoming, now: datetime) -> bool:
    updated = snapshot.conversation.updated_at
    return incoming.option is None and updated is not None and now - updated > RESUME_AFTER


def answer(turn: Turn, incoming: Incoming, text: str) -> None:
    """Take the person's answer to the current step, or explain and ask again."""
    step = STEP_BY_STATE[turn.state]
    try:
        value = interpret(step, incoming.option, text)
    except InvalidAnswer as invalid:
        turn.say(invalid.hint)
        ask(turn, turn.state)
        return
    recording.record(turn, step, value)
    recording.enter(turn, step, next_state(step, turn.data))


def interpret(step: Step, option: str | None, text: str) -> JsonValue:
    """The value of an answer: a pressed option, a typed choice, a number, or free text."""
    if option is not None:
        state, _, value = option.partition(":")
        if state == step.state.value and any(c.value == value for c in step.choices):
            return _typed(step, value)
        raise InvalidAnswer("hint.stale_option")
    if not text:
        raise InvalidAnswer("hint.empty")
    if text.isdigit() and not step.numeric and step.choices:
        position = int(text)
        if 1 <= position <= len(step.choices):
            return step.choices[position - 1].value
        raise InvalidAnswer("hint.out_of_range")
    chosen = match_choice(step.choices, text)
    if chosen is not None:
        return _typed(step, chosen.value)
    if answers.is_skip(text):
        return step.default
    if step.parse is None:
        raise InvalidAnswer("hint.pick_option")
    return step.parse(text)


def _typed(step: Step, value: str) -> JsonValue:
    """A numeric step's choices ("3") mean numbers (3)."""
    if step.numeric and step.parse is not None and value.isdigit():
        return step.parse(value)
    return value


def match_choice(choices: tuple[Choice, ...], text: str) -> Choice | None:
    """A choice named by its label, value or a synonym; whole words inside short text count."""
    said = {text.strip().lower(), answers.normalise(text)}
    for choice in choices:
        names = {choice.value.lower(), answers.normalise(choice.label), *choice.synonyms}
        if said & names:
            return choice
    words = f" {answers.normalise(text)} "
    if len(words) > 40:
        return None
    for choice in choices:
        for name in (choice.value, *choice.synonyms):
            if f" {answers.normalise(name)} " in words and answers.normalise(name):
                return choice
    return None
