"""What nudges say: varied day to day, tied to where the person is, with quick replies."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from coach.model import Application, Goal, NudgeKind, Rejection, Snapshot
from coach.nudges.compose import OPTIONS, compose
from tests.coach.snapshots import new_snapshot

MORNING = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def _person(**changes: object) -> Snapshot:
    return replace(new_snapshot(ping_time=time(9), timezone="UTC"), **changes)


def _daily_texts(snapshot: Snapshot, days: int) -> list[tuple[str, str]]:
    """A month of daily notes, each composed knowing the one before, as the scheduler does."""
    sent: list[tuple[str, str]] = []
    for day in range(days):
        slot = MORNING + timedelta(days=day)
        previous = sent[-1][0] if sent else None
        composed = compose(NudgeKind.DAILY, "", slot, snapshot, slot, previous)
        assert composed is not None
        sent.append((composed.variant, composed.reply.text))
    return sent


def test_the_daily_note_is_never_the_same_two_days_running() -> None:
    for snapshot in (_person(), _busy_searcher()):
        sent = _daily_texts(snapshot, 60)
        assert all(a != b for a, b in zip(sent, sent[1:], strict=False))
        assert len({variant for variant, _ in sent}) >= 4


def _busy_searcher() -> Snapshot:
    rejection = Rejection("r1", MORNING - timedelta(days=3), lesson="Prepare two stories")
    goal = Goal("g1", MORNING - timedelta(days=3), 3, date(2026, 7, 1))
    applications = (Application("a1", MORNING - timedelta(days=1), goal_id="g1"),)
    return _person(rejections=(rejection,), goals=(goal,), applications=applications)


def test_daily_notes_draw_on_the_goal_the_lesson_the_last_rejection_and_the_search() -> None:
    texts = " ".join(text for _, text in _daily_texts(_busy_searcher(), 30))
    assert "1 of 3 applications" in texts
    assert "Prepare two stories" in texts
    assert " days since your last rejection" in texts
    assert "Your search so far: 1 application sent" in texts


def test_every_nudge_offers_applied_another_rejection_or_pause_buttons_that_fit_telegram() -> None:
    for kind, options in OPTIONS.items():
        assert all(len(option.value.encode()) <= 64 for option in options)
        if kind is NudgeKind.CRISIS_CHECK_IN:
            continue  # the day after a crisis message: no buttons that push applications
        assert "cmd:applied_one" in [option.value for option in options]
        assert "cmd:pause" in [option.value for option in options]
        assert all(len(option.value.encode()) <= 64 for option in options)


def test_a_goal_check_in_counts_what_is_left_and_stops_once_the_goal_is_met() -> None:
    goal = Goal("g1", MORNING - timedelta(days=6), 2, date(2026, 5, 5))
    one = (Application("a1", MORNING, goal_id="g1"),)
    snapshot = _person(goals=(goal,), applications=one)
    check_in = compose(NudgeKind.GOAL_CHECK_IN, "g1", MORNING, snapshot, MORNING)
    assert check_in is not None
    assert "due tomorrow" in check_in.reply.text and "1 sent so far, 1 to go" in check_in.reply.text
    two = (*one, Application("a2", MORNING, goal_id="g1"))
    assert compose(NudgeKind.GOAL_CHECK_IN, "g1", MORNING, replace(snapshot, applications=two),
                   MORNING) is None


def test_a_missed_deadline_gets_a_gentle_note() -> None:
    goal = Goal("g1", MORNING - timedelta(days=8), 2, date(2026, 5, 3))
    note = compose(NudgeKind.GOAL_PASSED, "g1", MORNING, _person(goals=(goal,)), MORNING)
    assert note is not None and "That's alright" in note.reply.text


def test_the_feedback_reminder_names_the_company_and_stops_once_feedback_came_in() -> None:
    asked = Rejection("r1", MORNING - timedelta(days=2), company="Acme", got_feedback=False)
    reminder = compose(NudgeKind.FEEDBACK, "r1", MORNING, _person(rejections=(asked,)), MORNING)
    assert reminder is not None and "Acme" in reminder.reply.text
    answered = replace(asked, got_feedback=True)
    assert compose(NudgeKind.FEEDBACK, "r1", MORNING, _person(rejections=(answered,)),
                   MORNING) is None


def test_the_follow_up_reminder_names_the_company() -> None:
    rejection = Rejection("r1", MORNING - timedelta(weeks=6), company="Globex",
                          follow_up_on=date(2026, 5, 4))
    reminder = compose(NudgeKind.FOLLOW_UP, "r1", MORNING, _person(rejections=(rejection,)),
                       MORNING)
    assert reminder is not None and "Globex" in reminder.reply.text
    assert "hiring manager" in reminder.reply.text


def test_nothing_is_composed_for_a_paused_person_or_a_kind_turned_off() -> None:
    paused = _person()
    paused = replace(paused, profile=replace(paused.profile, nudges_paused=True))
    assert compose(NudgeKind.DAILY, "", MORNING, paused, MORNING) is None
    off = _person()
    off = replace(off, profile=replace(off.profile, nudges_off=("daily",)))
    assert compose(NudgeKind.DAILY, "", MORNING, off, MORNING) is None
