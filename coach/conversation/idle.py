"""Free chat outside any flow: recognise 'I got rejected' and 'I applied', else offer the menu."""

from __future__ import annotations

import re

from coach.conversation import answers, applications, commands, extraction
from coach.conversation.asking import ask
from coach.conversation.flow import State
from coach.conversation.turn import Turn

_APPLIED = re.compile(
    r"\b(i (just )?applied|applied (to|for|at)|sent (an|my|a) (application|cv|resume)|"
    r"submitted (an|my|a) application)\b(?:\s+(?:to|for|at))?\s*(?P<rest>.*)$", re.IGNORECASE)
_GREETING = re.compile(r"^(hi|hello|hey|yo|hiya|good (morning|afternoon|evening))\b", re.I)
_HELP = re.compile(r"^(help|\?|what can you do|how does (this|it) work|commands|menu)\b", re.I)
_THANKS = re.compile(r"\b(thanks|thank you|thx|cheers)\b", re.IGNORECASE)


def is_rejection(text: str) -> bool:
    """An opening line or a pasted rejection email (up to a Telegram message's length)."""
    return extraction.looks_like_rejection(text)


def respond(turn: Turn, text: str, option: str | None) -> None:
    if option is not None:
        turn.say("hint.stale_option")
        ask(turn, State.IDLE)
        return
    if not text:
        turn.say("hint.empty")
    elif is_rejection(text):
        commands.begin_rejection(turn, text)
        return
    elif (applied := _APPLIED.search(text)) and len(text) <= answers.SHORT_LIMIT:
        rest = applied.group("rest").strip()
        details = answers.company_and_role(rest) if rest else {}
        assert isinstance(details, dict)
        applications.log(turn, details.get("company"), details.get("role"))
    elif _HELP.match(text):
        commands.help_(turn, "")
        return
    elif _GREETING.match(text):
        turn.say("hello")
    elif _THANKS.search(text):
        turn.say("thanks")
    else:
        turn.say("idle")
    ask(turn, State.IDLE)
