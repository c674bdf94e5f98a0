"""What the search-over-weeks nudges say, composed when they are sent (so they stay current)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from coach.messages import Option, Reply
from coach.model import Application, ApplicationStatus, NudgeKind, Rejection, Snapshot, Stage
from coach.nudges import pipeline as pipeline_nudges
from coach.nudges.schedule import zone_of
from coach.nudges.timing import local_day
from coach.rules import pipeline, review
from coach.words import content
from coach.words.choices import stage_label
from coach.words.formatting import describe, format_date, plural
from coach.words.pipeline_texts import STATUS_LABELS

#: Notes from at most this many earlier rejections: a few lines, not an essay.
PREP_SOURCES = 2


def _application(snapshot: Snapshot, key: str) -> Application | None:
    return pipeline_nudges.application_of(snapshot.applications, key)


def _stage_of(application: Application) -> str:
    return pipeline.STAGE_OF.get(pipeline.status_of(application), Stage.INTERVIEW).value


def relevant_rejections(rejections: Sequence[Rejection], company: str | None,
                        stage: str) -> list[Rejection]:
    """Earlier rejections with that company or at that stage that have something written."""
    written = [r for r in rejections if r.went_well or r.do_differently or r.lesson
               or r.stage_ratings]
    same = [r for r in written if pipeline.same_company(r.company, company) or r.stage == stage]
    return same[-PREP_SOURCES:]


def _where(rejection: Rejection, snapshot: Snapshot) -> str:
    day = format_date(local_day(rejection.created_at, zone_of(snapshot.profile)))
    return ", ".join(p for p in (rejection.company, stage_label(rejection.stage or ""), day) if p)


def prep_lines(snapshot: Snapshot, application: Application) -> list[str]:
    lines: list[str] = []
    stage = _stage_of(application)
    for rejection in reversed(relevant_rejections(snapshot.rejections, application.company,
                                                  stage)):
        where = _where(rejection, snapshot)
        for field in ("lesson", "went_well", "do_differently"):
            value = getattr(rejection, field)
            if value:
                lines.append(content.say(f"prep.{field}", where=where, text=value))
        if rejection.stage_ratings:
            ratings = ", ".join(f"{stage_label(s)} {n}/5" for s, n in
                                rejection.stage_ratings.items())
            lines.append(content.say("prep.ratings", where=where, ratings=ratings))
    return lines


def _interview_fields(snapshot: Snapshot, application: Application) -> dict[str, str]:
    assert application.interview_at is not None
    local = application.interview_at.astimezone(zone_of(snapshot.profile))
    return {"company": application.company or "the company", "time": local.strftime("%H:%M"),
            "stage": STATUS_LABELS.get(application.status, "interview")}


def _prep(snapshot: Snapshot, key: str, now: datetime) -> tuple[str, Reply] | None:
    application = _application(snapshot, key)
    if (application is None or application.interview_at is None or now >= application.interview_at
            or application.prep_read_at is not None
            or pipeline_nudges.round_key(application) != key):
        return None
    lines = prep_lines(snapshot, application)
    fields = _interview_fields(snapshot, application)
    variant = "prep.note" if lines else "prep.empty"
    text = content.say(variant, lines="\n".join(lines), **fields)
    return variant, Reply(text, (Option("Read it, thanks", f"cmd:prep_read {application.id}"),))


def _after(snapshot: Snapshot, key: str, now: datetime) -> tuple[str, Reply] | None:
    application = _application(snapshot, key)
    if (application is None or not pipeline.is_open(application)
            or application.interview_at is None or now < application.interview_at
            or pipeline_nudges.round_key(application) != key):
        return None
    text = content.say("after.ask", **_interview_fields(snapshot, application))
    return "after.ask", Reply(text, (
        Option("Went well: next stage", f"cmd:went_well {application.id}"),
        Option("They turned me down", f"cmd:turned_down {application.id}"),
        Option("No news yet", f"cmd:no_news {application.id}"),
    ))


def follow_up_draft(snapshot: Snapshot, application: Application) -> str:
    applied_on = format_date(local_day(application.created_at, zone_of(snapshot.profile)))
    return content.say("noreply.draft", company=application.company or "your company",
                       role=f"the {application.role} role" if application.role else "a role",
                       date=applied_on)


def _no_reply(snapshot: Snapshot, key: str, now: datetime) -> tuple[str, Reply] | None:
    application = _application(snapshot, key)
    if application is None or pipeline.status_of(application) is not ApplicationStatus.APPLIED:
        return None
    days = pipeline.age_days(application, now)
    what = describe(application.company, application.role) or "that application"
    text = (content.say("noreply.nudge", days=plural(days, "day"), company=what) + "\n\n"
            + follow_up_draft(snapshot, application))
    return "noreply.nudge", Reply(text, (
        Option("Mark as no reply", f"cmd:noreply_mark {key}"),
        Option("I heard back", f"cmd:heard_back {key}"),
        Option("Keep waiting", f"cmd:no_news {key}"),
    ))


def _review(snapshot: Snapshot, key: str, now: datetime) -> tuple[str, Reply] | None:
    if not snapshot.applications and not snapshot.rejections:
        return None  # nothing to look back on yet
    return "review.title", review.reply(snapshot, now)


_COMPOSERS = {
    NudgeKind.INTERVIEW_PREP: _prep,
    NudgeKind.INTERVIEW_AFTER: _after,
    NudgeKind.NO_REPLY: _no_reply,
    NudgeKind.WEEKLY_REVIEW: _review,
}


def compose(kind: NudgeKind, key: str, snapshot: Snapshot,
            now: datetime) -> tuple[str, Reply] | None:
    """(variant, reply) for one of the pipeline kinds, or None when it no longer fits."""
    return _COMPOSERS[kind](snapshot, key, now)
