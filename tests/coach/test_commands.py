"""Commands any person can use from anywhere: help, journal, export, forget, start."""

from __future__ import annotations

import json

from tests.coach.chat import Chat
from tests.fakes import FakeClock, InMemoryCoachStore


async def _finished_rejection(chat: Chat, company: str, stage: str, lesson: str) -> None:
    await chat.say(f"/rejected {company}, Analyst")
    while chat.state != "idle":
        if chat.state == "capture_stage":
            await chat.press(stage)
        elif chat.state == "choose_path":
            await chat.press("Full reflection")
        elif chat.state == "plan_growth":
            await chat.say(lesson)
        else:
            await chat.say("skip")


async def test_help_lists_commands_crisis_resources_and_what_the_coach_is_not() -> None:
    text = await Chat().say("/help")
    for command in ("/rejected", "/applied", "/progress", "/journal", "/export", "/forget"):
        assert command in text
    assert "findahelpline.com" in text and "your local emergency number" in text
    assert "not therapy" in text


async def test_help_shows_the_line_of_the_persons_own_country_first() -> None:
    chat = Chat()
    await chat.say("/timezone Europe/Berlin")
    text = await chat.say("/help")
    assert "TelefonSeelsorge" in text and "112" in text
    assert text.index("TelefonSeelsorge") < text.index("findahelpline.com")


async def test_help_mid_flow_keeps_the_place_in_the_flow() -> None:
    chat = Chat()
    await chat.say("/rejected")
    await chat.say("/help")
    assert chat.state == "ack_feeling"
    assert "how are you feeling" in chat.text


async def test_journal_lists_past_rejections_newest_first_with_lessons() -> None:
    chat = Chat()
    await _finished_rejection(chat, "Acme", "Final round", "Prepare stories")
    chat.clock.advance(days=2)
    await _finished_rejection(chat, "Globex", "Phone", "Research the team")
    journal = await chat.say("/journal")
    assert journal.index("Globex") < journal.index("Acme")
    assert "Lesson: Prepare stories" in journal and "Lesson: Research the team" in journal


async def test_start_asks_time_zone_then_ping_time_then_consent_and_stores_them() -> None:
    chat = Chat()
    welcome = await chat.say("/start")
    assert "automated" in welcome and "not a therapist" in welcome
    await chat.say("new york")
    await chat.say("7:30pm")
    await chat.press("Yes")
    profile = chat.snapshot.profile
    assert profile.timezone == "America/New_York"
    assert profile.ping_time is not None and profile.ping_time.strftime("%H:%M") == "19:30"
    assert profile.mood_consent is True
    assert chat.state == "idle"


async def test_an_unknown_time_zone_is_explained() -> None:
    chat = Chat()
    await chat.say("/start")
    assert "don't know that time zone" in await chat.say("Narnia")
    assert chat.state == "onboard_timezone"


async def test_a_rejection_during_setup_starts_the_rejection_flow() -> None:
    chat = Chat()
    await chat.say("/start")
    await chat.say("I just got rejected by Initech")
    assert chat.state == "ack_feeling"
    assert chat.snapshot.rejections[0].company == "Initech"


async def test_mood_is_stored_only_with_consent() -> None:
    without = Chat()
    await without.say("/rejected")
    await without.press("Sad")
    await without.say("5")
    assert without.snapshot.rejections[0].feeling is None
    assert without.snapshot.rejections[0].intensity is None

    consenting = Chat()
    await consenting.say("/start")
    await consenting.say("UTC")
    await consenting.say("skip")  # UTC tells no country, so the coach asks for one
    await consenting.say("none")
    await consenting.press("Yes")
    await consenting.say("/rejected")
    await consenting.press("Sad")
    await consenting.say("5")
    assert consenting.snapshot.rejections[0].feeling == "sad"
    assert consenting.snapshot.rejections[0].intensity == 5


async def test_export_is_a_json_file_with_the_persons_data_only() -> None:
    store, clock = InMemoryCoachStore(), FakeClock()
    ana, bo = Chat("ana", store, clock), Chat("bo", store, clock)
    await _finished_rejection(ana, "Acme", "Final round", "Ana's lesson")
    await _finished_rejection(bo, "Globex", "Phone", "Bo's lesson")
    await ana.say("/export")
    files = [r.attachment for r in ana.replies if r.attachment]
    assert len(files) == 1 and files[0].filename.endswith(".json")
    exported = json.loads(files[0].content)
    assert "Ana's lesson" in json.dumps(exported) and "Acme" in json.dumps(exported)
    assert "Bo's lesson" not in json.dumps(exported) and "Globex" not in json.dumps(exported)


async def test_forget_needs_confirmation_and_then_deletes_everything() -> None:
    store, clock = InMemoryCoachStore(), FakeClock()
    ana, bo = Chat("ana", store, clock), Chat("bo", store, clock)
    await _finished_rejection(ana, "Acme", "Final round", "lesson")
    await _finished_rejection(bo, "Globex", "Phone", "lesson")
    assert "can't be undone" in await ana.say("/forget")
    assert "nothing was deleted" in await ana.press("Keep my data")
    assert ana.person in store.snapshots
    await ana.say("/forget")
    assert "deleted" in await ana.press("Delete everything")
    assert ana.person not in store.snapshots
    assert bo.person in store.snapshots


async def test_the_coach_says_it_is_a_program_at_the_start_and_again_after_three_hours() -> None:
    chat = Chat()
    assert "automated" in await chat.say("hi")
    assert "automated" not in await chat.say("hi")
    chat.clock.advance(hours=3, minutes=5)
    assert "automated" in await chat.say("hi")


async def test_job_hunt_hyperbole_gets_a_gentle_check_in_not_crisis_lines() -> None:
    chat = Chat()
    await chat.say("/rejected")
    answer = await chat.say("this process is killing me")
    assert "heavy" in answer and "988" not in answer
    assert chat.state == "ack_intensity"  # the answer still counts


async def test_ordinary_coffee_talk_is_not_a_crisis() -> None:
    answer = await Chat().say("I'd kill for a coffee")
    assert "988" not in answer and "heavy" not in answer


async def test_asking_what_the_coach_can_do_in_plain_words_shows_help() -> None:
    assert "/rejected" in await Chat().say("what can you do?")


async def test_a_person_marked_unreachable_who_writes_again_is_reachable() -> None:
    chat = Chat()
    await chat.say("hi")
    await chat.coach.mark_unreachable(chat.person)
    assert chat.snapshot.profile.unreachable
    await chat.say("hi again")
    assert not chat.snapshot.profile.unreachable


async def test_marking_someone_unknown_unreachable_changes_nothing() -> None:
    chat = Chat()
    await chat.coach.mark_unreachable(chat.person)
    assert chat.person not in chat.store.snapshots
