"""Applications with a status: news in plain words, /interview, /applications, /insights."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coach.messages import Incoming
from coach.model import Snapshot
from tests.coach.chat import Chat
from tests.fakes import FakeClock

# Fri 20 Nov 2026, 09:00 UTC: "Tuesday" is 24 Nov, "tomorrow" 21 Nov.
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


async def snapshot(chat: Chat) -> Snapshot:
    return await chat.store.load(chat.person, chat.clock.now())


async def test_news_in_plain_words_moves_the_open_application_to_an_interview() -> None:
    chat = Chat(clock=FakeClock(NOW))
    await chat.say("/applied Globex, Data Analyst")
    said = await chat.say("Globex invited me to an interview on Tuesday at 2pm")
    (application,) = (await snapshot(chat)).applications
    assert (application.status, application.role) == ("interview", "Data Analyst")
    assert application.interview_at == datetime(2026, 11, 24, 14, 0, tzinfo=UTC)
    assert "Tue 24 Nov 2026 at 14:00" in said


async def test_a_rejection_for_a_company_with_an_open_application_closes_that_one() -> None:
    chat = Chat(clock=FakeClock(NOW))
    await chat.say("/applied Initech, Analyst")
    await chat.say("Initech rejected me")
    state = await snapshot(chat)
    assert chat.state != "idle"  # the feelings come first, as always
    (rejection,) = state.rejections
    (application,) = state.applications  # no second record of the same application
    assert (application.status, application.rejection_id) == ("rejected", rejection.id)


@pytest.mark.parametrize(("typed", "expected"), [
    ("/interview Globex tomorrow 14:00", datetime(2026, 11, 21, 14, 0, tzinfo=UTC)),
    ("/interview Globex Tuesday 2pm", datetime(2026, 11, 24, 14, 0, tzinfo=UTC)),
    ("/interview Globex 2026-12-01 10:30", datetime(2026, 12, 1, 10, 30, tzinfo=UTC)),
    ("/interview Globex on 2026-12-01T09:15", datetime(2026, 12, 1, 9, 15, tzinfo=UTC)),
])
async def test_interview_understands_the_usual_ways_of_saying_when(
    typed: str, expected: datetime
) -> None:
    chat = Chat(clock=FakeClock(NOW))
    await chat.say(typed)
    (application,) = (await snapshot(chat)).applications
    assert (application.company, application.status) == ("Globex", "interview")
    assert application.interview_at == expected


async def test_interview_times_are_the_persons_own_clock() -> None:
    chat = Chat(clock=FakeClock(NOW))
    await chat.say("/timezone Europe/Paris")
    await chat.say("/cancel")
    await chat.say("/interview Globex tomorrow 14:00")
    (application,) = (await snapshot(chat)).applications
    assert application.interview_at == datetime(2026, 11, 21, 13, 0, tzinfo=UTC)


@pytest.mark.parametrize(("typed", "hint"), [
    ("/interview", "Which company, and when?"),
    ("/interview Globex", "When is the interview with Globex?"),
    ("/interview tomorrow 14:00", "Which company is it with?"),
    ("/interview Globex 2026-01-05 10:00", "already gone by"),
    ("/interview Globex 2026-13-45 10:00", "When is the interview with Globex"),
])
async def test_interview_with_something_missing_says_what_and_saves_nothing(
    typed: str, hint: str
) -> None:
    chat = Chat(clock=FakeClock(NOW))
    assert hint in await chat.say(typed)
    assert (await snapshot(chat)).applications == ()


async def test_applications_lists_open_ones_with_status_and_age() -> None:
    clock = FakeClock(NOW)
    chat = Chat(clock=clock)
    await chat.say("/applied Globex, Data Analyst")
    await chat.say("/applied Hooli")
    clock.advance(days=3)
    await chat.say("I heard back from Hooli")
    listing = await chat.say("/applications")
    assert "Globex — Data Analyst: applied, 3 days ago" in listing
    assert "Hooli: heard back, today" in listing


async def test_after_the_interview_went_well_leads_to_the_next_stage() -> None:
    chat = Chat(clock=FakeClock(NOW))
    await chat.say("/interview Globex tomorrow 14:00")
    (application,) = (await snapshot(chat)).applications
    chat.clock.advance(days=1, hours=8)
    await chat.coach.handle(Incoming(chat.person, option=f"cmd:went_well {application.id}"))
    (application,) = (await snapshot(chat)).applications
    assert application.status == "final"


async def test_a_button_for_an_application_that_is_gone_says_so() -> None:
    chat = Chat(clock=FakeClock(NOW))
    replies = await chat.coach.handle(Incoming(chat.person, option="cmd:went_well nope"))
    assert "couldn't find that application" in replies[0].text


async def test_insights_gives_the_review_with_chart_data_and_mood_only_with_consent() -> None:
    chat = Chat(clock=FakeClock(NOW))
    await chat.say("/applied Globex")
    await chat.say("/applied Initech")
    await chat.say("/insights")
    (review,) = [reply for reply in chat.replies if reply.chart is not None]
    assert review.chart is not None
    assert len(review.chart.weeks) == 8 and review.chart.weeks[-1].applications == 2
    assert review.chart.moods == ()
    assert "Applications this week: 2" in review.text
    assert review.chart.description.startswith("Chart:")
