"""The slash commands, the same on every platform: a way out of, or around, every step."""

from __future__ import annotations

import re
from collections.abc import Callable

from coach.conversation import (
    answers,
    applications,
    country_command,
    extraction,
    listening,
    pipeline_buttons,
    pipeline_commands,
    plans,
    settings_commands,
)
from coach.conversation.asking import ask, stage_label
from coach.conversation.extraction import Facts
from coach.conversation.flow import REJECTION_FLOW, RETURN_TO, State
from coach.conversation.turn import Turn
from coach.rules import goals, support
from coach.words.formatting import describe, format_date, plural

#: (name, description) for platform command menus; the order is the menu's order.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("rejected", "Talk through a rejection and plan what's next"),
    ("applied", "Log an application: /applied Company, Role"),
    ("progress", "Your goal, this week and your streak"),
    ("journal", "Past rejections and your lessons"),
    ("applications", "Your open applications, their status and age"),
    ("interview", "Record an interview: /interview Globex tomorrow 14:00"),
    ("insights", "Your weekly review, with a chart"),
    ("review", "When the weekly review comes: /review sunday 18:00, or off"),
    ("followupdays", "Days without news before a follow-up suggestion: /followupdays 14"),
    ("start", "Set your time zone and daily note time"),
    ("settings", "Your note time, time zone, pauses and reminders"),
    ("time", "When your daily note comes: /time 09:00, or /time off"),
    ("timezone", "Your time zone: /timezone Europe/Paris, a city, or UTC+2"),
    ("pause", "Pause notes and reminders: /pause, or /pause 3 for three days"),
    ("resume", "Start notes and reminders again"),
    ("nudges", "Turn one kind on or off: /nudges goals off"),
    ("country", "Your country, for the right support lines: /country DE"),
    ("help", "Commands, and where to find support"),
    ("export", "A file with everything stored about you"),
    ("forget", "Delete everything stored about you"),
    ("cancel", "Stop what we're doing"),
)

_COMMAND = re.compile(r"^/(\w{1,32})(?:@\w+)?(?:\s+(.*))?$", re.DOTALL)
JOURNAL_SIZE = 10


def parse(text: str, option: str | None) -> tuple[str, str] | None:
    """(name, arguments) when the person used a command, typed or as a quick reply."""
    if option is not None:  # "cmd:nudges daily off" carries its arguments after a space
        name, _, arguments = option[4:].partition(" ")
        return (name, arguments) if option.startswith("cmd:") else None
    match = _COMMAND.match(text)
    if match is None:
        return None
    return match.group(1).lower(), (match.group(2) or "").strip()


def run(turn: Turn, name: str, arguments: str) -> None:
    handler = _HANDLERS.get(name)
    if handler is None:
        turn.say("hint.unknown_command")
        ask(turn, turn.state)
        return
    handler(turn, arguments)


def start(turn: Turn, arguments: str) -> None:
    turn.data = {}
    turn.say("welcome")
    turn.update_profile(disclosed_at=turn.now)
    ask(turn, State.ONBOARD_TIMEZONE)


def rejected(turn: Turn, arguments: str) -> None:
    """Mid-flow, ask whether this is a new rejection before leaving the one in progress.

    Not at the very first question: nothing has been said about that one yet.
    """
    if turn.state in REJECTION_FLOW and turn.state is not State.ACK_FEELING:
        turn.data[RETURN_TO] = turn.state.value
        turn.data["opening"] = arguments[: extraction.LIMIT]
        ask(turn, State.CONFIRM_NEW_REJECTION)
        return
    begin_rejection(turn, arguments)


def begin_rejection(turn: Turn, text: str) -> None:
    """Start with the feelings, keeping every fact the opening message already gave."""
    listening.open_rejection(turn, read_opening(text))
    ask(turn, State.ACK_FEELING)


def read_opening(text: str) -> Facts:
    """'Acme, Data Analyst' as ever; a sentence or a pasted email is read for all it says."""
    found = extraction.read(text)
    if found.company or found.role or not text or extraction.looks_like_rejection(text):
        return found
    if len(text) > answers.SHORT_LIMIT:
        return found
    plain = answers.company_and_role(text)
    assert isinstance(plain, dict)
    return Facts(plain.get("company"), plain.get("role"), found.stage, found.kind)


def applied(turn: Turn, arguments: str) -> None:
    if not arguments:
        turn.data = {}
        ask(turn, State.APPLIED_DETAILS)
        return
    details = answers.company_and_role(arguments[:200])
    assert isinstance(details, dict)
    applications.log(turn, details.get("company"), details.get("role"))
    ask(turn, turn.state)


def applied_one(turn: Turn, arguments: str) -> None:
    """'I applied to one' under a nudge: logged at once; /applied Company, Role adds details."""
    applications.log(turn, None, None)
    ask(turn, turn.state)


def progress(turn: Turn, arguments: str) -> None:
    """Every open goal by name, the total, and goals reached this week: as celebrated."""
    snapshot, today, zone = turn.snapshot, turn.today, turn.current_profile.timezone
    reached = plans.say_recently_reached(turn, snapshot.goals, snapshot.applications,
                                         snapshot.rejections)
    if not any(goals.is_open(g) for g in snapshot.goals) and not reached:
        turn.say("progress.no_goal")
    plans.say_open_goals(turn, snapshot.goals, snapshot.applications, snapshot.rejections)
    turn.say(
        "progress.stats",
        week=plural(goals.applications_this_week(snapshot.applications, today, zone),
                    "application"),
        rejections=len(snapshot.rejections),
        streak=plural(goals.streak(snapshot.applications, snapshot.rejections, today, zone),
                      "day"),
    )
    ask(turn, turn.state)


def journal(turn: Turn, arguments: str) -> None:
    rejections = list(reversed(turn.snapshot.rejections))[:JOURNAL_SIZE]
    if not rejections:
        turn.say("journal.empty")
    else:
        turn.say("journal.header")
    for rejection in rejections:
        zone = goals.zone(turn.current_profile.timezone)
        turn.say(
            "journal.entry",
            date=format_date(rejection.created_at.astimezone(zone).date()),
            what=describe(rejection.company, rejection.role) or "(no company given)",
            stage=f", {stage_label(rejection.stage)}" if rejection.stage else "",
            lesson=rejection.lesson or "(none written yet)",
        )
    ask(turn, turn.state)


def help_(turn: Turn, arguments: str) -> None:
    turn.say("help", resources=support.resources(turn.current_profile))
    ask(turn, turn.state)


def export(turn: Turn, arguments: str) -> None:
    turn.say("export.done")
    turn.flush()
    turn.export_at = len(turn.replies) - 1
    ask(turn, turn.state)


def forget(turn: Turn, arguments: str) -> None:
    turn.data = {}
    ask(turn, State.FORGET_CONFIRM)


def cancel(turn: Turn, arguments: str) -> None:
    was_idle = turn.state is State.IDLE
    turn.data = {}
    turn.say("cancel.idle" if was_idle else "cancel.done")
    ask(turn, State.IDLE)


_HANDLERS: dict[str, Callable[[Turn, str], None]] = {
    "start": start,
    "rejected": rejected,
    "applied": applied,
    "progress": progress,
    "journal": journal,
    "help": help_,
    "export": export,
    "forget": forget,
    "cancel": cancel,
    "stop": cancel,
    "applied_one": applied_one,
    "country": country_command.country,
    **settings_commands.HANDLERS,
    **pipeline_commands.HANDLERS,
    **pipeline_buttons.HANDLERS,
}

