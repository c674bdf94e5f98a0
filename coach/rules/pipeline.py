"""Applications with a status: where each one stands, and the moves between stands.

Pure rules over the person's applications. Any command, button or sentence
that changes an application ends here, so a rejection for a company with an
open application closes that application rather than starting a second record.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from coach.model import (
    AddApplication,
    Application,
    ApplicationStatus,
    Effect,
    ForgetPerson,
    SaveApplication,
    SaveRejection,
    Snapshot,
    Stage,
)

Status = ApplicationStatus

#: Still waiting for an outcome: what /applications lists and nudges follow.
OPEN = frozenset({Status.APPLIED, Status.HEARD_BACK, Status.SCREEN, Status.INTERVIEW,
                  Status.FINAL})
#: The order of the funnel, for "the next stage" after an interview went well.
ORDER = (Status.APPLIED, Status.HEARD_BACK, Status.SCREEN, Status.INTERVIEW, Status.FINAL,
         Status.OFFER)
#: How far a rejection got, from the status its application had reached.
STAGE_OF: dict[Status, Stage] = {
    Status.APPLIED: Stage.APPLIED, Status.HEARD_BACK: Stage.APPLIED, Status.SCREEN: Stage.SCREEN,
    Status.INTERVIEW: Stage.INTERVIEW, Status.FINAL: Stage.FINAL,
}


def status_of(application: Application) -> Status:
    try:
        return Status(application.status)
    except ValueError:  # a status from a newer version: treat it as still open
        return Status.APPLIED


def is_open(application: Application) -> bool:
    return status_of(application) in OPEN


def open_applications(applications: Iterable[Application]) -> list[Application]:
    return [a for a in applications if is_open(a)]


def same_company(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and bool(a.strip()) and _key(a) == _key(b)


def _key(company: str) -> str:
    return " ".join(company.lower().replace(".", " ").split())


def find_open(applications: Sequence[Application], company: str | None) -> Application | None:
    """The latest open application to `company`, if there is one."""
    matches = [a for a in open_applications(applications) if same_company(a.company, company)]
    return matches[-1] if matches else None


def move(application: Application, status: Status, now: datetime,
         interview_at: datetime | None = None) -> Application:
    """The application at a new status; an interview date only stays while one is ahead."""
    keep_date = status in (Status.INTERVIEW, Status.FINAL)
    when = interview_at if interview_at is not None else (
        application.interview_at if keep_date else None)
    prep = application.prep_read_at if when == application.interview_at else None
    return replace(application, status=status.value, status_at=now, interview_at=when,
                   prep_read_at=prep)


def next_status(application: Application) -> Status:
    """The stage after this one (an interview that went well leads to the final round)."""
    status = status_of(application)
    if status not in ORDER or status is Status.OFFER:
        return Status.OFFER
    return ORDER[ORDER.index(status) + 1]


def age_days(application: Application, now: datetime) -> int:
    """Days since the last news (or since it was sent)."""
    return max(0, (now - (application.status_at or application.created_at)).days)


def current(snapshot: Snapshot, effects: Sequence[Effect]) -> list[Application]:
    """The person's applications as this turn's effects leave them."""
    by_id = {a.id: a for a in snapshot.applications}
    for effect in effects:
        if isinstance(effect, SaveApplication | AddApplication):
            by_id[effect.application.id] = effect.application
    return sorted(by_id.values(), key=lambda a: (a.created_at, a.id))


def link_rejections(snapshot: Snapshot, effects: Sequence[Effect],
                    now: datetime) -> tuple[Effect, ...]:
    """Close the open application a saved rejection is about (same company), once.

    Runs after every decision, whichever flow saved the rejection, so the
    rejection flow needs no knowledge of the pipeline.
    """
    if any(isinstance(e, ForgetPerson) for e in effects):
        return ()
    applications = current(snapshot, effects)
    linked = {a.rejection_id for a in applications if a.rejection_id}
    added: list[Effect] = []
    for effect in effects:
        if not isinstance(effect, SaveRejection) or effect.rejection.id in linked:
            continue
        found = find_open(applications, effect.rejection.company)
        if found is not None:
            closed = replace(move(found, Status.REJECTED, now), rejection_id=effect.rejection.id)
            added.append(SaveApplication(closed))
            applications = [closed if a.id == found.id else a for a in applications]
            linked.add(effect.rejection.id)
    return tuple(added)
