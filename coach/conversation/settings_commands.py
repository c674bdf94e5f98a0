"""/settings, /time, /timezone, /pause, /resume and /nudges: the person steers their nudges.

Every change lands in the profile; the service turns a changed profile into a
new nudge schedule, so a time set at 08:30 for 09:00 still rings today.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time, timedelta

from coach.conversation import answers, pipeline_commands
from coach.conversation import settings_view as view
from coach.conversation.answers import InvalidAnswer
from coach.conversation.asking import ask
from coach.conversation.flow import RETURN_TO, State, Step
from coach.conversation.turn import Turn
from coach.model import JsonValue, NudgeKind
from coach.nudges import schedule as nudges
from coach.words.formatting import plural

_GROUP_NAMES = {
    "daily": "daily", "notes": "daily", "goal": "goals", "goals": "goals", "checkins": "goals",
    "check-ins": "goals", "feedback": "feedback", "followup": "followups",
    "followups": "followups", "follow-up": "followups", "follow-ups": "followups",
    "all": "all", "everything": "all", "review": "review", "weekly": "review",
    "interviews": "interviews", "interview": "interviews", "noreply": "noreply",
    "no-reply": "noreply",
}
_SWITCH = {"on": True, "yes": True, "enable": True, "start": True,
           "off": False, "no": False, "disable": False, "stop": False}
_SETTINGS_STATES = frozenset({State.SETTINGS_TIME, State.SETTINGS_TIMEZONE, State.SETTINGS_PAUSE})


def ask_setting(turn: Turn, state: State) -> None:
    """Ask a settings question; from the middle of a flow, come back to it afterwards."""
    if turn.state is not State.IDLE and turn.state not in _SETTINGS_STATES:
        turn.data[RETURN_TO] = turn.state.value
    ask(turn, state)


def show(turn: Turn, arguments: str) -> None:
    view.summary(turn)
    pipeline_commands.settings_summary(turn)
    view.then_options(turn, view.settings_options(turn.current_profile, turn.now))


def set_time(turn: Turn, arguments: str) -> None:
    _with_answer(turn, arguments, _clock_time_or_off, State.SETTINGS_TIME, _save_time)


def set_timezone(turn: Turn, arguments: str) -> None:
    _with_answer(turn, arguments, answers.timezone, State.SETTINGS_TIMEZONE, _save_timezone)


def pause(turn: Turn, arguments: str) -> None:
    _with_answer(turn, arguments, answers.pause_days, State.SETTINGS_PAUSE, _save_pause)


def resume(turn: Turn, arguments: str) -> None:
    """Ends their own pause and the hold on goal notes after a crisis message alike."""
    profile = turn.current_profile
    if not nudges.is_paused(profile, turn.now) and not nudges.held_after_crisis(profile, turn.now):
        turn.say("settings.was_not_paused")
    else:
        turn.update_profile(nudges_paused=False, nudges_paused_until=None,
                            crisis_paused_until=None)
        turn.say("settings.resumed")
        _say_next(turn)
    ask(turn, turn.state)


def switch(turn: Turn, arguments: str) -> None:
    """/nudges goals off: turn a kind of nudge on or off; bare /nudges lists them."""
    words = arguments.lower().replace(",", " ").split()
    if not words:
        profile = turn.current_profile
        turn.say("settings.kinds", reminders=view.reminders(profile))
        view.then_options(turn, view.switch_options(profile))
        return
    group = _GROUP_NAMES.get(words[0])
    on = _SWITCH.get(words[-1]) if len(words) > 1 else None
    if group is None or on is None:
        turn.say("hint.bad_nudge_kind")
        ask(turn, turn.state)
        return
    kinds = [kind for group_kinds in nudges.GROUPS.values() for kind in group_kinds] \
        if group == "all" else list(nudges.GROUPS[group])
    off = set(turn.current_profile.nudges_off)
    off = off - {k.value for k in kinds} if on else off | {k.value for k in kinds}
    turn.update_profile(nudges_off=tuple(sorted(off)))
    turn.say("settings.kind_on" if on else "settings.kind_off",
             name=view.LABELS.get(group, "All notes and reminders"))
    if on and NudgeKind.DAILY in kinds and turn.current_profile.ping_time is None:
        turn.say("settings.needs_time")
        ask_setting(turn, State.SETTINGS_TIME)
        return
    ask(turn, turn.state)


def save_setting(turn: Turn, step: Step, value: JsonValue) -> None:
    """The answer to a settings question (the flow's SAVE_SETTING effect)."""
    if value is None:
        turn.say("settings.unchanged")
    else:
        {"ping_time": _save_time, "timezone": _save_timezone, "pause_days": _save_pause}[
            step.save_as or ""](turn, value)


def _with_answer(
    turn: Turn, arguments: str, parse: Callable[[str], JsonValue], state: State,
    save: Callable[[Turn, JsonValue], None],
) -> None:
    """`/time 9:30` saves at once; a bare or unclear `/time` asks (and says why)."""
    if not arguments:
        ask_setting(turn, state)
        return
    try:
        value = parse(arguments[:answers.SHORT_LIMIT])
    except InvalidAnswer as invalid:
        turn.say(invalid.hint)
        ask_setting(turn, state)
        return
    save(turn, value)
    ask(turn, turn.state)


def _clock_time_or_off(text: str) -> JsonValue:
    if answers.normalise(text) in {"off", "none", "never", "no", "stop"}:
        return "off"
    return answers.clock_time(text)


def _save_time(turn: Turn, value: JsonValue) -> None:
    if value == "off":
        turn.update_profile(ping_time=None)
        turn.say("settings.time_off")
        return
    off = tuple(kind for kind in turn.current_profile.nudges_off if kind != NudgeKind.DAILY)
    turn.update_profile(ping_time=time.fromisoformat(str(value)), nudges_off=off)
    turn.say("settings.time_saved", time=value)
    _say_next(turn)


def _save_timezone(turn: Turn, value: JsonValue) -> None:
    turn.update_profile(timezone=str(value))
    local = turn.now.astimezone(nudges.zone_of(turn.current_profile))
    turn.say("settings.timezone_saved", timezone=value, local=local.strftime("%H:%M"))
    if turn.current_profile.ping_time is not None:
        _say_next(turn)


def _save_pause(turn: Turn, value: JsonValue) -> None:
    if not isinstance(value, int):
        turn.update_profile(nudges_paused=True, nudges_paused_until=None)
        turn.say("settings.paused")
        return
    until = turn.now + timedelta(days=value)
    turn.update_profile(nudges_paused=True, nudges_paused_until=until)
    turn.say("settings.paused_for", days=plural(value, "day"), date=view.local_date(turn, until))


def _say_next(turn: Turn) -> None:
    profile = turn.current_profile
    if nudges.is_paused(profile, turn.now):
        turn.say("settings.still_paused", until=view.paused(profile, turn.now))
        return
    following = nudges.next_daily_note(profile, turn.snapshot.last_daily_note, turn.now)
    if following is not None:
        turn.say("settings.next_note", when=view.when(turn, following))


HANDLERS: dict[str, Callable[[Turn, str], None]] = {
    "settings": show,
    "time": set_time,
    "timezone": set_timezone,
    "pause": pause,
    "resume": resume,
    "nudges": switch,
}
