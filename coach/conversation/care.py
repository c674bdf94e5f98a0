"""Answers that fit the risk of a message, and the gentle way back into the flow afterwards.

The safety check (coach.safety.classify) says how risky a message is; this
module says what the coach does about it. A message above STRAIN never moves
the conversation on and never gets planning: it gets care and the lines of the
person's own country, and the next message first asks whether they want to go
on or to talk. A crisis about themselves also holds goal pressure for three days
and books one gentle check-in for the next day.
"""

from __future__ import annotations

import re

from coach.conversation.asking import ask
from coach.conversation.turn import Turn
from coach.messages import Incoming, Option
from coach.model import ScheduleNudges
from coach.nudges import schedule as nudges
from coach.rules.support import TALK, emergency, resources
from coach.safety import Risk
from coach.words import content

AFTER_CRISIS = "after_crisis"
"""Conversation data: "pending" until the next message asks how to go on, then "asked"."""
CONTINUE = Option(content.say("care.option.continue"), "safety:continue")

# STRAIN that is about the person's worth or being alone (not hyperbole about the process)
# gets the lines, offered without alarm; "this process is killing me" keeps the lighter reply.
_LOW = re.compile(
    r"\b(hopeless|worthless|useless|a burden|burden to|alone|lonely|no one cares|nobody cares|"
    r"hate myself|failure|a loser|no future|no way out|empty inside|dead inside|"
    r"what'?s the point|what is the point|no point)\b", re.IGNORECASE)
# Typed, not pressed: "keep going", "yes let's carry on with the plan", "go on where we were".
_WANTS_TO_CONTINUE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|yes|yeah|sure|let'?s|i want to|i'?d like to|please)\W+)*"
    r"(?:keep going|continue|go on|the plan|plan|carry on|let'?s go|ok(?:ay)?|yes|ready)"
    r"(?:\W+(?:with|to|where)\b[^.!?]{0,40})?\W*(?:please|thanks)?\W*$", re.IGNORECASE)
_WANTS_TO_TALK = re.compile(r"^\W*(talk|talk about (it|how i am)|not (yet|now|ready)|no)\W*$",
                            re.IGNORECASE)


def answer_crisis(turn: Turn, risk: Risk) -> None:
    """Care and the lines; the state stays where it was and nothing of the flow is asked."""
    profile = turn.current_profile
    key = {Risk.IMMINENT: "crisis.imminent", Risk.CONCERN: "crisis.concern"}.get(risk, "crisis")
    turn.say(key, resources=resources(profile), emergency=emergency(profile))
    turn.data[AFTER_CRISIS] = "pending"
    turn.options = ()
    if risk is not Risk.CONCERN:  # worry about someone else is not a risk to the writer
        hold_goal_pressure(turn)


def hold_goal_pressure(turn: Turn) -> None:
    """No goal pressure for three days, and one gentle check-in the next day."""
    turn.update_profile(crisis_paused_until=turn.now + nudges.CRISIS_PAUSE)
    check_in = nudges.crisis_check_in(turn.current_profile, turn.now)
    turn.effects.append(ScheduleNudges((check_in,)))


def answer_strain(turn: Turn, text: str) -> None:
    """A caring word before the answer is taken; the lines when it is about their worth."""
    if _LOW.search(text):
        turn.say("strain.low", resources=resources(turn.current_profile))
    else:
        turn.say("strain")


def takes(turn: Turn, incoming: Incoming) -> bool:
    """This message belongs to the way back after a crisis message."""
    option = incoming.option or ""
    return option.startswith("safety:") or AFTER_CRISIS in turn.data


def after_crisis(turn: Turn, incoming: Incoming, text: str) -> None:
    """First ask how to go on; then go on, or talk (with the lines), as they choose."""
    stage = turn.data.get(AFTER_CRISIS)
    option = incoming.option or ""
    if option == CONTINUE.value or (stage == "asked" and _WANTS_TO_CONTINUE.match(text)):
        turn.data.pop(AFTER_CRISIS, None)
        turn.say("care.resume")
        ask(turn, turn.state)
    elif option == TALK.value or stage == "asked" or _WANTS_TO_TALK.match(text):
        turn.data.pop(AFTER_CRISIS, None)
        turn.say("care.talk", resources=resources(turn.current_profile))
        turn.options = (CONTINUE,)
    else:
        turn.data[AFTER_CRISIS] = "asked"
        turn.say("care.ask_how")
        turn.options = (CONTINUE, TALK)
