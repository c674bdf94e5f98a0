"""How settings read back to a person: the /settings summary, its buttons, "tomorrow at 09:00"."""

from __future__ import annotations

from datetime import datetime, timedelta

from coach.conversation.asking import ask
from coach.conversation.flow import State
from coach.conversation.turn import Turn
from coach.messages import Option
from coach.model import NudgeKind, Profile
from coach.nudges import schedule as nudges
from coach.nudges.timing import local_day
from coach.rules import countries
from coach.words import content
from coach.words.formatting import format_date

LABELS = {"daily": "Daily notes", "goals": "Goal check-ins", "feedback": "Feedback reminders",
          "followups": "Follow-up reminders", "review": "Weekly review",
          "interviews": "Interview notes", "noreply": "No-reply follow-ups"}


def summary(turn: Turn) -> None:
    profile, now = turn.current_profile, turn.now
    following = nudges.next_daily_note(profile, turn.snapshot.last_daily_note, now)
    turn.say("settings.summary", timezone=profile.timezone or "not set (UTC)",
             daily=daily(profile), paused=paused(profile, now), reminders=reminders(profile),
             country=country(profile),
             next=content.say("settings.next", when=when(turn, following)) if following else "")


def then_options(turn: Turn, options: tuple[Option, ...]) -> None:
    """Offer these choices when nothing else is asked; mid-flow, ask the flow's question again."""
    if turn.state is State.IDLE:
        turn.options = options
    else:
        ask(turn, turn.state)


def settings_options(profile: Profile, now: datetime) -> tuple[Option, ...]:
    paused = nudges.is_paused(profile, now) or nudges.held_after_crisis(profile, now)
    return (Option("Change time", "cmd:time"), Option("Change time zone", "cmd:timezone"),
            Option("Resume", "cmd:resume") if paused else Option("Pause", "cmd:pause"),
            *switch_options(profile))


def switch_options(profile: Profile) -> tuple[Option, ...]:
    options = []
    for group, kinds in nudges.GROUPS.items():
        if group == "daily" and profile.ping_time is None:
            continue
        on = all(kind.value not in profile.nudges_off for kind in kinds)
        label = f"{LABELS[group]} {'off' if on else 'on'}"
        options.append(Option(label, f"cmd:nudges {group} {'off' if on else 'on'}"))
    return tuple(options)


def daily(profile: Profile) -> str:
    if profile.ping_time is None:
        return content.say("settings.daily_unset")
    at = profile.ping_time.strftime("%H:%M")
    key = "settings.daily_on" if nudges.is_on(profile, NudgeKind.DAILY) else "settings.daily_off"
    return content.say(key, time=at)


def paused(profile: Profile, now: datetime) -> str:
    """Their own pause, and the hold on goal pressure after a crisis message, with its end."""
    held = _crisis_hold(profile, now)
    if not nudges.is_paused(profile, now):
        return held or content.say("settings.not_paused")
    return "; ".join(filter(None, (_own_pause(profile), held)))


def _crisis_hold(profile: Profile, now: datetime) -> str:
    until = profile.crisis_paused_until
    if until is None or not nudges.held_after_crisis(profile, now):
        return ""
    held = content.say("settings.crisis_held", until=_their_time(profile, until))
    # The hold starts at the crisis message, and the one gentle check-in is timed from it.
    check_in = nudges.crisis_check_in(profile, until - nudges.CRISIS_PAUSE).due_at
    if check_in is None or check_in <= now:
        return held
    return held + content.say("settings.crisis_check_in", when=_their_time(profile, check_in))


def _their_time(profile: Profile, instant: datetime) -> str:
    """"Thu 03 Dec 2026, 17:51", in the person's own zone."""
    local = instant.astimezone(nudges.zone_of(profile))
    return f"{format_date(local.date())}, {local.strftime('%H:%M')}"


def _own_pause(profile: Profile) -> str:
    until = profile.nudges_paused_until
    if until is None:
        return content.say("settings.paused_open")
    day = local_day(until, nudges.zone_of(profile))
    return content.say("settings.paused_until", date=format_date(day))


def country(profile: Profile) -> str:
    code = countries.of_person(profile)
    return f"{countries.name(code)} ({code}), /country changes it" if code else \
        "not known (/country DE sets it)"


def reminders(profile: Profile) -> str:
    shown = {"goals": "goal check-ins", "feedback": "feedback", "followups": "follow-ups",
             "interviews": "interview notes", "noreply": "no-reply follow-ups"}
    return ", ".join(
        f"{name} {'off' if nudges.GROUPS[group][0].value in profile.nudges_off else 'on'}"
        for group, name in shown.items())


def when(turn: Turn, instant: datetime) -> str:
    zone = nudges.zone_of(turn.current_profile)
    day, today = local_day(instant, zone), local_day(turn.now, zone)
    named = {today: "today", today + timedelta(days=1): "tomorrow"}.get(day, format_date(day))
    return f"{named} at {instant.astimezone(zone).strftime('%H:%M')}"


def local_date(turn: Turn, instant: datetime) -> str:
    return format_date(local_day(instant, nudges.zone_of(turn.current_profile)))
