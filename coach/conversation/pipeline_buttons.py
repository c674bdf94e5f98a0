"""The answers under pipeline nudges, and news about an application told in plain words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from coach.conversation import pipeline_text
from coach.conversation.asking import ask
from coach.conversation.flow import State
from coach.conversation.pipeline_commands import applications_now, record_interview, save
from coach.conversation.turn import Turn
from coach.messages import Option
from coach.model import Application, ApplicationStatus, Rejection, RejectionKind, Stage
from coach.nudges.schedule import zone_of
from coach.rules import pipeline
from coach.words.pipeline_texts import STATUS_LABELS

Status = ApplicationStatus


def _find(turn: Turn, key: str) -> Application | None:
    found = next((a for a in applications_now(turn) if a.id == key.strip()), None)
    if found is None:
        turn.say("pipeline.unknown")
        ask(turn, turn.state)
    return found


def prep_read(turn: Turn, key: str) -> None:
    application = _find(turn, key)
    if application is not None:
        save(turn, replace(application, prep_read_at=turn.now))
        turn.say("prep.read")
        ask(turn, turn.state)


def went_well(turn: Turn, key: str) -> None:
    application = _find(turn, key)
    if application is not None:
        _advance(turn, application, pipeline.next_status(application))
        ask(turn, turn.state)


def _advance(turn: Turn, application: Application, status: Status) -> None:
    save(turn, pipeline.move(application, status, turn.now))
    company = application.company or "that company"
    if status is Status.OFFER:
        turn.say("pipeline.offer", company=company)
    elif status in (Status.INTERVIEW, Status.FINAL, Status.SCREEN):
        turn.say("after.next", company=company, status=STATUS_LABELS[status.value])
    else:
        turn.say("pipeline.moved", company=company, status=STATUS_LABELS[status.value])


def heard_back(turn: Turn, key: str) -> None:
    application = _find(turn, key)
    if application is not None:
        _advance(turn, application, Status.HEARD_BACK)
        ask(turn, turn.state)


def no_news(turn: Turn, key: str) -> None:
    application = _find(turn, key)
    if application is not None:
        save(turn, replace(application, status_at=turn.now))  # the wait starts again
        turn.say("after.waiting")
        ask(turn, turn.state)


def turned_down(turn: Turn, key: str) -> None:
    """Into the rejection flow, with what we know already filled in and the application linked."""
    application = _find(turn, key)
    if application is not None:
        _rejection_for(turn, application)


def _rejection_for(turn: Turn, application: Application) -> None:
    rejection = Rejection(turn.new_id(), turn.now, application.company, application.role,
                          stage=pipeline.STAGE_OF.get(pipeline.status_of(application),
                                                      Stage.INTERVIEW).value)
    _close(turn, application, rejection, Status.REJECTED)
    turn.data = {"rejection_id": rejection.id}
    ask(turn, State.ACK_FEELING)


def mark_no_reply(turn: Turn, key: str) -> None:
    """A rejection of kind 'no reply' at once; the feelings flow only if they want it."""
    application = _find(turn, key)
    if application is None:
        return
    rejection = Rejection(turn.new_id(), turn.now, application.company, application.role,
                          stage="applied", kind=RejectionKind.NO_REPLY.value)
    _close(turn, application, rejection, Status.NO_REPLY)
    turn.say("noreply.marked", company=application.company or "that application")
    ask(turn, turn.state)
    turn.options = (pipeline_option("Talk it through", f"talk {rejection.id}"),
                    pipeline_option("Not now", "talk_later x"))


def pipeline_option(label: str, command: str) -> Option:
    return Option(label, f"cmd:{command}")


def _close(turn: Turn, application: Application, rejection: Rejection, status: Status) -> None:
    turn.rejections[rejection.id] = rejection
    save(turn, replace(pipeline.move(application, status, turn.now), rejection_id=rejection.id))


def talk(turn: Turn, key: str) -> None:
    rejection = turn.rejection(key.strip())
    if rejection is None:
        turn.say("pipeline.unknown")
        ask(turn, turn.state)
        return
    turn.data = {"rejection_id": rejection.id}
    ask(turn, State.ACK_FEELING)


def talk_later(turn: Turn, key: str) -> None:
    turn.say("noreply.talk_later")
    ask(turn, turn.state)


def understood(turn: Turn, text: str) -> bool:
    """Act on news like 'Globex invited me to an interview on Tuesday at 2pm'; False otherwise."""
    rejected = pipeline_text.rejected_by(text)
    open_one = pipeline.find_open(applications_now(turn), rejected) if rejected else None
    if open_one is not None:
        _rejection_for(turn, open_one)
        return True
    news = pipeline_text.news(text, turn.now, zone_of(turn.current_profile))
    if news is None:
        return False
    if news.when is not None and news.when.at > turn.now and news.status in (
            Status.INTERVIEW, Status.FINAL, Status.SCREEN):
        record_interview(turn, news.company, news.when, news.status)
    else:
        application = pipeline.find_open(applications_now(turn), news.company)
        _advance(turn, application or Application(turn.new_id(), turn.now, news.company),
                 news.status)
    ask(turn, turn.state)
    return True


HANDLERS: dict[str, Callable[[Turn, str], None]] = {
    "prep_read": prep_read,
    "went_well": went_well,
    "heard_back": heard_back,
    "no_news": no_news,
    "turned_down": turned_down,
    "noreply_mark": mark_no_reply,
    "talk": talk,
    "talk_later": talk_later,
}
