"""The slash commands, the same on every platform: a way out of, or around, every step."""

from __future__ import annotations

import re
from collections.abc import Callable

from coach import (
    answers,
    applications,
    goals,
    pipeline_buttons,
    pipeline_commands,
    safety,
    settings_commands,
)
from coach.asking import ask, stage_label
from coach.flow import State
from coach.formatting import describe, format_date, plural
from coach.model import Rejection
from coach.turn import Turn

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
    begin_rejection(turn, answers.company_and_role(arguments[:200]) if arguments else {})


def begin_rejection(turn: Turn, details: object) -> None:
    company = details.get("company") if isinstance(details, dict) else None
    role = details.get("role") if isinstance(details, dict) else None
    rejection = Rejection(turn.new_id(), turn.now, company=company, role=role)
    turn.rejections[rejection.id] = rejection
    turn.data = {"rejection_id": rejection.id}
    ask(turn, State.ACK_FEELING)


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
    snapshot, today, zone = turn.snapshot, turn.today, turn.current_profile.timezone
    open_goals = [g for g in snapshot.goals if goals.is_open(g)]
    latest = max(snapshot.goals, key=lambda g: g.created_at, default=None)
    if latest is not None and latest.celebrated_at is not None:
        turn.say("progress.goal_reached", target=latest.target,
                 done=goals.progress(latest, snapshot.applications, today).done,
                 deadline=format_date(latest.deadline))
    elif not open_goals:
        turn.say("progress.no_goal")
    for goal in sorted(open_goals, key=lambda g: g.deadline):
        state = goals.progress(goal, snapshot.applications, today)
        deadline = format_date(goal.deadline)
        if state.overdue:
            turn.say("progress.goal_overdue", done=state.done, target=goal.target,
                     deadline=deadline, days=plural(-state.days_left, "day"))
        else:
            turn.say("progress.goal", done=state.done, target=goal.target, deadline=deadline,
                     when=_days_left(state.days_left))
    turn.say(
        "progress.stats",
        week=plural(goals.applications_this_week(snapshot.applications, today, zone),
                    "application"),
        rejections=len(snapshot.rejections),
        streak=plural(goals.streak(snapshot.applications, snapshot.rejections, today, zone),
                      "day"),
    )
    ask(turn, turn.state)


def _days_left(days: int) -> str:
    return {0: "due today", 1: "1 day left"}.get(days, f"{days} days left")


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
    turn.say("help", resources=safety.crisis_resources_text())
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
    **settings_commands.HANDLERS,
    **pipeline_commands.HANDLERS,
    **pipeline_buttons.HANDLERS,
}

