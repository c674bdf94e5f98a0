"""The search over weeks on a real database: interview notes on the right evening across a
clock change, one follow-up for an application with no news, one weekly review a week."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coach.messages import PersonRef
from storage.database import Database
from tests.nudges.town import Town

ANSWERS = {"ack_feeling": "sad", "ack_intensity": "3", "ack_coping": "continue",
           "capture_stage": "Interview", "capture_kind": "Not selected",
           "choose_path": "Full reflection",
           "reflect_feedback": "yes", "reflect_went_well": "I told the migration story well",
           "reflect_differently": "Ask what the team struggles with",
           "plan_growth": "Prepare two questions about the team", "plan_count": "2",
           "plan_deadline": "7"}


async def _rejected_at_interview(town: Town, person: PersonRef) -> None:
    await town.say(person, "/rejected Acme, Analyst")
    while (state := (await town.snapshot(person)).conversation.state) != "idle":
        await town.say(person, ANSWERS.get(state, "skip"))


def _texts(town: Town, person: PersonRef, since: int = 0) -> list[str]:
    return [replies[0].text for who, replies, _ in town.outbox.sent[since:] if who == person]


@pytest.mark.parametrize(("zone", "saturday", "note_utc", "after_utc"), [
    # Autumn: the note on Saturday evening is still summer time (BST, UTC+1); the
    # interview on Sunday 14:00 is after the clocks went back (GMT).
    ("Europe/London", datetime(2026, 10, 24, 9, tzinfo=UTC),
     datetime(2026, 10, 24, 17, tzinfo=UTC), datetime(2026, 10, 25, 17, tzinfo=UTC)),
    # Spring: the note is in winter time (EST, UTC-5), the interview in summer time (EDT).
    ("America/New_York", datetime(2026, 3, 7, 15, tzinfo=UTC),
     datetime(2026, 3, 7, 23, tzinfo=UTC), datetime(2026, 3, 8, 21, tzinfo=UTC)),
])
async def test_the_note_the_evening_before_brings_back_the_lesson_across_a_clock_change(
    database: Database, zone: str, saturday: datetime, note_utc: datetime, after_utc: datetime
) -> None:
    town = Town(database)
    town.clock.current = saturday - timedelta(days=7)
    person = await town.person("p", zone, at=None)  # no ping time: the note comes at 18:00
    await _rejected_at_interview(town, person)
    town.clock.current = saturday
    said = await town.say(person, "/interview Globex tomorrow 14:00")
    assert "interview with Globex" in said and "14:00" in said

    scheduler = town.scheduler()
    await town.sweep_at(note_utc - timedelta(minutes=1), scheduler)
    assert not [t for t in _texts(town, person) if "Tomorrow at" in t]
    for minutes in (0, 1, 30, 90):  # swept again and again: still one note
        await town.sweep_at(note_utc + timedelta(minutes=minutes, seconds=20), scheduler)
    notes = [t for t in _texts(town, person) if "Tomorrow at 14:00" in t]
    assert len(notes) == 1
    assert "Prepare two questions about the team" in notes[0]
    assert "Ask what the team struggles with" in notes[0]
    local = town.times_sent_to(person)[-1].astimezone(ZoneInfo(zone))
    assert (local.hour, local.minute) == (18, 0)

    await town.sweep_at(after_utc + timedelta(seconds=20), scheduler)
    assert [t for t in _texts(town, person) if "How did your interview with Globex go?" in t]


async def test_marking_the_note_read_answers_and_keeps_it_from_coming(database: Database) -> None:
    town = Town(database)
    person = await town.person("p", "UTC", at=None)
    await town.say(person, "/interview Globex 2026-11-24 10:00")
    (application,) = (await town.snapshot(person)).applications
    assert "good luck" in (await town.press(person, f"cmd:prep_read {application.id}")).lower()
    await town.sweep_at(datetime(2026, 11, 23, 18, 0, 20, tzinfo=UTC))
    assert not [t for t in _texts(town, person) if "Tomorrow at" in t]


async def test_the_final_round_gets_its_own_note_after_the_first_interview_went_well(
    database: Database,
) -> None:
    town = Town(database)
    person = await town.person("p", "UTC", at=None)
    await town.say(person, "/interview Globex 2026-11-24 10:00")
    scheduler = town.scheduler()
    await town.sweep_at(datetime(2026, 11, 23, 18, 0, 20, tzinfo=UTC), scheduler)
    await town.sweep_at(datetime(2026, 11, 24, 13, 0, 20, tzinfo=UTC), scheduler)
    (application,) = (await town.snapshot(person)).applications
    assert "final round" in await town.press(person, f"cmd:went_well {application.id}")
    said = await town.say(person, "/interview Globex 2026-12-01 15:00")
    assert "final round with Globex" in said
    await town.sweep_at(datetime(2026, 11, 30, 18, 0, 20, tzinfo=UTC), scheduler)
    notes = [t for t in _texts(town, person) if t.startswith("Tomorrow at")]
    assert len(notes) == 2 and "final round with Globex" in notes[1]


async def test_an_application_with_no_news_gets_one_follow_up_with_a_draft(
    database: Database,
) -> None:
    town = Town(database)
    person = await town.person("p", "UTC", at=None)
    await town.say(person, "/applied Globex, Data Analyst")  # Fri 20 Nov 2026
    scheduler = town.scheduler()
    for day in range(1, 30):
        for hour in (18, 21):
            when = datetime(2026, 11, 20, hour, 0, 20, tzinfo=UTC) + timedelta(days=day)
            await town.sweep_at(when, scheduler)
    follow_ups = [(when, replies[0]) for who, replies, when in town.outbox.sent
                  if who == person and "no news" in replies[0].text]
    assert len(follow_ups) == 1
    when, reply = follow_ups[0]
    assert when is not None and when.date() == datetime(2026, 12, 4).date()  # 14 days on
    assert "Globex" in reply.text and "Data Analyst" in reply.text
    assert "Mark as no reply" in [option.label for option in reply.options]


async def test_marking_no_reply_counts_as_a_rejection_without_the_feelings_flow(
    database: Database,
) -> None:
    town = Town(database)
    person = await town.person("p", "UTC", at=None)
    await town.say(person, "/applied Globex, Data Analyst")
    (application,) = (await town.snapshot(person)).applications
    said = await town.press(person, f"cmd:noreply_mark {application.id}")
    snapshot = await town.snapshot(person)
    assert "no reply" in said
    assert snapshot.conversation.state == "idle"
    (rejection,) = snapshot.rejections
    assert (rejection.kind, rejection.company, rejection.role) == (
        "no_reply", "Globex", "Data Analyst")
    assert (snapshot.applications[0].status, snapshot.applications[0].rejection_id) == (
        "no_reply", rejection.id)
    await town.press(person, f"cmd:talk {rejection.id}")  # they may still talk it through
    assert (await town.snapshot(person)).conversation.state == "ack_feeling"


async def test_the_weekly_review_comes_once_each_sunday_at_18_local_with_its_chart(
    database: Database,
) -> None:
    town = Town(database)
    person = await town.person("p", "Europe/Berlin", at=None)
    await town.say(person, "/applied Globex")
    scheduler, other = town.scheduler(), town.scheduler()
    for day in range(0, 17):
        for hour in (16, 17, 19):  # 17:00 UTC is 18:00 in Berlin in winter
            when = datetime(2026, 11, 20, hour, 0, 20, tzinfo=UTC) + timedelta(days=day)
            await town.sweep_at(when, scheduler)
            await town.sweep_at(when, other)  # a second process finds nothing left to send
    reviews = [(when, replies[0]) for who, replies, when in town.outbox.sent
               if who == person and replies[0].chart is not None]
    assert [when.date().isoformat() for when, _ in reviews if when] == [
        "2026-11-22", "2026-11-29", "2026-12-06"]
    assert all(when and when.hour == 17 for when, _ in reviews)
    assert "Applications this week: 1" in reviews[0][1].text


async def test_the_weekly_review_can_move_or_be_turned_off(database: Database) -> None:
    town = Town(database)
    person = await town.person("p", "UTC", at=None)
    await town.say(person, "/applied Globex")
    assert "Wednesday at 08:30" in await town.say(person, "/review wednesday 8:30")
    await town.sweep_at(datetime(2026, 11, 25, 8, 30, 20, tzinfo=UTC))
    assert len([r for who, (r, *_), _ in town.outbox.sent if r.chart is not None]) == 1
    assert "off" in await town.say(person, "/review off")
    await town.sweep_at(datetime(2026, 12, 2, 8, 30, 20, tzinfo=UTC))
    assert len([r for who, (r, *_), _ in town.outbox.sent if r.chart is not None]) == 1
