"""/country: the person's country, so /help and crisis answers name their own line first."""

from __future__ import annotations

from coach.conversation.answers import SHORT_LIMIT, InvalidAnswer
from coach.conversation.asking import ask
from coach.conversation.turn import Turn
from coach.rules import countries, crisis_lines

_OFF = {"off", "none", "clear", "reset", "auto"}


def country(turn: Turn, arguments: str) -> None:
    """`/country DE` sets, `/country off` clears, bare `/country` says what is used and why."""
    said = arguments.strip()[:SHORT_LIMIT]
    if not said:
        show(turn)
        turn.say("country.how")
    elif said.lower() in _OFF:
        turn.update_profile(country=None)
        turn.say("country.cleared")
        show(turn)
    else:
        try:
            code = countries.parse(said)
        except InvalidAnswer as invalid:
            turn.say(invalid.hint)
            turn.say("country.how")
        else:
            turn.update_profile(country=code)
            turn.say("country.saved", name=countries.name(code), code=code)
            _say_line(turn, code)
    ask(turn, turn.state)


def show(turn: Turn) -> None:
    profile = turn.current_profile
    code = countries.of_person(profile)
    if code is None:
        turn.say("country.unknown")
        return
    key = "country.current_chosen" if profile.country else "country.current_zone"
    turn.say(key, name=countries.name(code), code=code)
    _say_line(turn, code)


def _say_line(turn: Turn, code: str) -> None:
    own = crisis_lines.lines_for(code).own
    if own is None:
        turn.say("country.no_line", country=countries.name(code))
    else:
        turn.say("country.line", name=own.name, reach=own.reach)
