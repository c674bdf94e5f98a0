"""/applications, /interview, /insights, /review and /followupdays: the search over weeks."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, time

from coach.conversation import pipeline_text
from coach.conversation.answers import InvalidAnswer, clock_time
from coach.conversation.asking import ask
from coach.conversation.turn import Turn
from coach.model import Application, ApplicationStatus, NudgeKind, Profile, SaveApplication
from coach.nudges import pipeline as pipeline_nudges
from coach.nudges import schedule as nudges
from coach.nudges.schedule import zone_of
from coach.rules import pipeline, review
from coach.words import content
from coach.words.formatting import describe, format_date, plural
from coach.words.pipeline_texts import STATUS_LABELS

Status = ApplicationStatus
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NO_REPLY_RANGE = (3, 60)
MAX_LISTED = 15


def applications_now(turn: Turn) -> list[Application]:
    """The person's applications with this turn's changes laid over them."""
    return pipeline.current(turn.snapshot, turn.effects)


def save(turn: Turn, application: Application) -> None:
    turn.effects.append(SaveApplication(application))


def when_text(turn: Turn, instant: datetime) -> str:
    local = instant.astimezone(zone_of(turn.current_profile))
    return f"{format_date(local.date())} at {local.strftime('%H:%M')}"


def _age(days: int) -> str:
    return "today" if days == 0 else f"{plural(days, 'day')} ago"


def list_applications(turn: Turn, arguments: str) -> None:
    every = applications_now(turn)
    still_open = pipeline.open_applications(every)
    if not still_open:
        turn.say("applications.empty")
    else:
        turn.say("applications.header")
    for application in still_open[-MAX_LISTED:]:
        future = application.interview_at and application.interview_at > turn.now
        turn.say("applications.entry",
                 what=describe(application.company, application.role) or "(no company given)",
                 status=STATUS_LABELS.get(application.status, application.status),
                 age=_age(pipeline.age_days(application, turn.now)),
                 when=f", next on {when_text(turn, application.interview_at)}"
                 if future and application.interview_at else "")
    closed = [a for a in every if not pipeline.is_open(a)]
    if closed:
        counts: dict[str, int] = {}
        for application in closed:
            label = STATUS_LABELS.get(application.status, application.status)
            counts[label] = counts.get(label, 0) + 1
        turn.say("applications.closed", closed=", ".join(f"{n} {s}" for s, n in counts.items()))
    turn.say("applications.hint")
    ask(turn, turn.state)


def interview(turn: Turn, arguments: str) -> None:
    arguments = arguments[:200].strip()
    found = pipeline_text.parse_when(arguments, turn.now, zone_of(turn.current_profile))
    if not arguments:
        turn.say("interview.usage")
    elif found is None:
        turn.say("interview.need_when", company=arguments.split(",")[0][:60])
    elif not found[1]:
        turn.say("interview.need_company")
    elif found[0].at <= turn.now:
        turn.say("interview.past")
    else:
        record_interview(turn, found[1][:100], found[0], Status.INTERVIEW)
    ask(turn, turn.state)


def record_interview(turn: Turn, company: str, when: pipeline_text.When,
                     status: Status) -> None:
    """Put the application at `status` with its date; a new application if there was none."""
    application = pipeline.find_open(applications_now(turn), company)
    if application is None:
        application = Application(turn.new_id(), turn.now, company)
    if pipeline.status_of(application) is Status.FINAL and status is Status.INTERVIEW:
        status = Status.FINAL
    application = pipeline.move(application, status, turn.now, when.at)
    save(turn, application)
    turn.say("interview.saved", company=application.company or company,
             stage=STATUS_LABELS[status.value], when=when_text(turn, when.at))
    if not when.time_given:
        turn.say("interview.no_time", time=pipeline_text.DEFAULT_TIME.strftime("%H:%M"),
                 company=company)


def insights(turn: Turn, arguments: str) -> None:
    turn.flush()
    turn.replies.append(review.reply(turn.snapshot, turn.now))
    ask(turn, turn.state)


def review_when(profile: Profile) -> str:
    if not nudges.is_on(profile, NudgeKind.WEEKLY_REVIEW):
        return content.say("settings.review_off")
    return content.say("settings.review_on",
                       day=WEEKDAYS[pipeline_nudges.review_weekday(profile)].capitalize(),
                       time=pipeline_nudges.review_time(profile).strftime("%H:%M"))


def settings_summary(turn: Turn) -> None:
    """Lines for /settings: when the review comes, and when follow-ups are suggested."""
    profile = turn.current_profile
    turn.say("settings.review", when=review_when(profile))
    turn.say("settings.noreply_days", days=plural(pipeline_nudges.no_reply_days(profile), "day"))


def set_review(turn: Turn, arguments: str) -> None:
    """'/review sunday 18:00', '/review monday', '/review 19:30', '/review off', '/review on'."""
    words = arguments.lower().split()
    off = [k for k in turn.current_profile.nudges_off if k != NudgeKind.WEEKLY_REVIEW.value]
    if words in (["off"], ["stop"]):
        turn.update_profile(nudges_off=(*off, NudgeKind.WEEKLY_REVIEW.value))
    elif not words:
        turn.say("review.usage")
    else:
        try:
            changes = _review_changes(words)
        except InvalidAnswer:
            turn.say("review.usage")
            ask(turn, turn.state)
            return
        turn.update_profile(nudges_off=tuple(off), **changes)
    if words:
        turn.say("settings.review", when=review_when(turn.current_profile))
    ask(turn, turn.state)


def _review_changes(words: list[str]) -> dict[str, object]:
    changes: dict[str, object] = {}
    for word in words:
        if word == "on":
            continue
        day = next((i for i, name in enumerate(WEEKDAYS) if word[:3] == name[:3]), None)
        if day is not None and len(word) >= 3:
            changes["review_weekday"] = day
        else:
            hour, minute = str(clock_time(word)).split(":")
            changes["review_time"] = time(int(hour), int(minute))
    return changes


def set_no_reply_days(turn: Turn, arguments: str) -> None:
    match = re.fullmatch(r"\s*(\d{1,3})\s*(?:days?)?\s*", arguments)
    low, high = NO_REPLY_RANGE
    if match is None or not low <= int(match.group(1)) <= high:
        turn.say("noreply.usage")
    else:
        turn.update_profile(no_reply_days=int(match.group(1)))
        turn.say("settings.noreply_days", days=plural(int(match.group(1)), "day"))
    ask(turn, turn.state)


HANDLERS: dict[str, Callable[[Turn, str], None]] = {
    "applications": list_applications,
    "interview": interview,
    "insights": insights,
    "review": set_review,
    "followupdays": set_no_reply_days,
}
