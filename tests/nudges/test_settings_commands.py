"""Settings as a person uses them: /settings, /time, /timezone, /pause, /resume, /nudges."""

from __future__ import annotations

from datetime import UTC, datetime

from coach.messages import Incoming
from tests.coach.chat import Chat

# FakeClock starts on Friday 2026-11-20 at 09:00 UTC (10:00 in Berlin).


def _daily(chat: Chat) -> datetime | None:
    return chat.store.schedules.get(chat.person, {}).get(("daily", ""))


async def _berliner(at: str = "08:00") -> Chat:
    chat = Chat()
    await chat.say("/start")
    await chat.say("Europe/Berlin")
    await chat.say(at)
    await chat.press("No")
    return chat


async def test_settings_show_zone_time_pause_and_reminders_with_buttons_to_change_them() -> None:
    chat = await _berliner()
    text = await chat.say("/settings")
    assert "Time zone: Europe/Berlin" in text and "Daily note: 08:00, your time" in text
    assert "Paused: no" in text and "goal check-ins on, feedback on, follow-ups on" in text
    assert "Next daily note: tomorrow at 08:00" in text
    labels = [option.label for option in chat.options]
    assert labels[:3] == ["Change time", "Change time zone", "Pause"]
    assert "Daily notes off" in labels and "Goal check-ins off" in labels
    await chat.press("Daily notes off")
    assert _daily(chat) is None
    await chat.say("/settings")
    assert "Daily notes on" in [option.label for option in chat.options]


async def test_a_new_person_gets_daily_notes_only_after_opting_in_during_start() -> None:
    chat = Chat()
    await chat.say("hi")
    await chat.say("/rejected Acme, Analyst")
    assert _daily(chat) is None
    await chat.say("/start")
    await chat.say("UTC")
    await chat.press("Skip")  # no country in UTC: asked, and skipped
    await chat.press("No daily notes")
    assert _daily(chat) is None
    await chat.say("/start")
    await chat.say("UTC")
    await chat.say("skip")
    await chat.say("09:30")
    assert _daily(chat) == datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


async def test_a_changed_time_rings_today_when_still_ahead_and_tomorrow_when_not() -> None:
    chat = await _berliner()
    assert "Next one: today at 10:30" in await chat.say("/time 10:30")
    assert _daily(chat) == datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    assert "Next one: tomorrow at 09:45" in await chat.say("/time 9:45am")
    assert _daily(chat) == datetime(2026, 11, 21, 8, 45, tzinfo=UTC)


async def test_time_without_a_value_asks_and_a_bad_value_is_explained() -> None:
    chat = await _berliner()
    assert "What time" in await chat.say("/time")
    assert chat.state == "settings_time"
    assert "didn't get that time" in await chat.say("25:99")
    await chat.say("6pm")
    assert chat.snapshot.profile.ping_time is not None
    assert chat.snapshot.profile.ping_time.hour == 18 and chat.state == "idle"
    assert "No daily notes" in await chat.say("/time off")
    assert _daily(chat) is None


async def test_an_unknown_time_zone_gets_a_helpful_answer_and_a_city_works() -> None:
    chat = await _berliner()
    answer = await chat.say("/timezone Narnia")
    assert "don't know that time zone" in answer and "Paris" in answer
    assert chat.state == "settings_timezone"
    assert "Time zone: Asia/Kolkata (it's 14:30 there now)" in await chat.say("kolkata")
    assert _daily(chat) == datetime(2026, 11, 21, 2, 30, tzinfo=UTC)  # 08:00 in India


async def test_pause_for_days_then_resume() -> None:
    chat = await _berliner("11:00")
    assert "Paused for 3 days, until Mon 23 Nov 2026" in await chat.say("/pause 3")
    assert _daily(chat) == datetime(2026, 11, 23, 10, tzinfo=UTC)  # first 11:00 after the pause
    assert "Paused: until Mon 23 Nov 2026" in await chat.say("/settings")
    assert "back on" in await chat.say("/resume")
    assert _daily(chat) == datetime(2026, 11, 20, 10, tzinfo=UTC)
    assert "weren't paused" in await chat.say("/resume")


async def test_the_pause_button_asks_for_how_long() -> None:
    chat = await _berliner()
    chat.replies = await chat.coach.handle(Incoming(chat.person, option="cmd:pause"))
    assert "for how long" in chat.text and chat.state == "settings_pause"
    assert "until you send /resume" in await chat.press("Until I resume")
    assert _daily(chat) is None
    assert "Paused: until you /resume" in await chat.say("/settings")


async def test_each_kind_turns_on_and_off() -> None:
    chat = await _berliner()
    assert "Goal check-ins: off" in await chat.say("/nudges goals off")
    assert set(chat.snapshot.profile.nudges_off) == {"goal_check_in", "goal_passed"}
    assert "goal check-ins off, feedback on" in await chat.say("/nudges")
    assert "Follow-up reminders: off" in await chat.say("/nudges follow-ups off")
    assert "I don't know that one" in await chat.say("/nudges sparkles off")
    await chat.say("/nudges all on")
    assert chat.snapshot.profile.nudges_off == ()


async def test_turning_daily_notes_on_without_a_time_asks_for_one() -> None:
    chat = await _berliner()
    await chat.say("/time off")
    assert "need a time" in await chat.say("/nudges daily on")
    assert chat.state == "settings_time"
    await chat.press("09:00")
    assert _daily(chat) == datetime(2026, 11, 21, 8, tzinfo=UTC)


async def test_a_settings_question_mid_flow_comes_back_to_the_flow() -> None:
    chat = Chat()
    await chat.say("/rejected")
    await chat.say("/timezone")
    assert chat.state == "settings_timezone"
    answer = await chat.say("Berlin")
    assert "Time zone: Europe/Berlin" in answer and "how are you feeling" in answer
    assert chat.state == "ack_feeling"
    await chat.say("/time 07:30")  # with a value: set at once, the question asked again
    assert chat.state == "ack_feeling"


async def test_i_applied_to_one_under_a_nudge_logs_an_application_toward_the_goal() -> None:
    chat = Chat()
    await chat.say("/rejected Acme, Analyst")
    while chat.state != "idle":
        await chat.say("skip")
    assert len(chat.snapshot.goals) == 1
    replies = await chat.coach.handle(Incoming(chat.person, option="cmd:applied_one"))
    text = " ".join(reply.text for reply in replies)
    assert "Logged: an application" in text and "Goal for Acme: 1 of 2" in text
    assert len(chat.snapshot.applications) == 1
