"""Answers that fit the risk, through Coach.handle: imminent, concern, crisis, strain; and after.

"""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from coach.messages import Incoming
from coach.safety import Risk
from coach.service import Coach
from tests.coach.chat import Chat
from tests.fakes import counting_ids


def chat_in() -> Chat:
    chat = Chat()
    chat.coach = Coach(chat.store, chat.clock, counting_ids())
    return chat


async def _person_in(zone: str) -> Chat:
    chat = chat_in()
    await chat.say(f"/timezone {zone}")
    return chat


async def test_imminent_danger_leads_with_the_emergency_number_of_their_country() -> None:
    chat = await _person_in("Europe/Berlin")
    await chat.say("i already took all my pills")
    first = chat.replies[0].text
    assert first.startswith("Please call 112")
    assert "TelefonSeelsorge" in first and "findahelpline.com" in first
    assert chat.replies[0].options == ()


async def test_imminent_danger_without_a_known_country_names_the_local_emergency_number() -> None:
    chat = chat_in()
    await chat.say("hi")
    await chat.say("im standing on the bridge right now")
    assert chat.text.startswith("Please call your local emergency number")
    assert "findahelpline.com" in chat.text


async def test_the_disclosure_never_comes_before_the_emergency_number() -> None:
    chat = chat_in()
    await chat.say("i already took all my pills")  # the very first message: disclosure due
    assert chat.text.startswith("Please call your local emergency number")
    assert "automated coach, a computer program" in chat.text


async def test_worry_for_a_friend_gets_how_to_help_them_and_the_lines() -> None:
    chat = await _person_in("Australia/Sydney")
    await chat.say("my friend told me she wants to kill herself")
    text = chat.text
    assert "Ask them directly" in text and "Stay with them" in text
    assert "Lifeline" in text and "13 11 14" in text and "000" in text
    assert "findahelpline.com" in text
    # The writer is not the one at risk: no hold on their goal notes, no check-in for them.
    assert chat.snapshot.profile.crisis_paused_until is None
    assert ("crisis_check_in" not in
            {kind for kind, _ in chat.store.schedules.get(chat.person, {})})


async def test_a_crisis_message_gets_care_their_line_and_the_directory_and_holds_the_flow() -> None:
    chat = await _person_in("Europe/Berlin")
    await chat.say("/rejected Acme")
    await chat.say("I want to kill myself")
    text = chat.text
    assert "TelefonSeelsorge" in text and "0800 111 0 111" in text and "112" in text
    assert text.index("TelefonSeelsorge") < text.index("findahelpline.com")
    assert "not therapy" in text
    assert chat.state == "ack_feeling" and chat.replies[-1].options == ()
    assert chat.snapshot.profile.crisis_paused_until == chat.clock.now() + timedelta(hours=72)


async def test_the_next_message_asks_whether_to_go_on_or_to_talk_before_the_flow_resumes() -> None:
    chat = await _person_in("Europe/Berlin")
    await chat.say("/rejected Acme")
    await chat.say("i want to die")
    await chat.say("sad")
    assert [option.label for option in chat.options] == ["Keep going", "Talk about how I am"]
    assert chat.state == "ack_feeling" and chat.snapshot.rejections[0].feeling is None
    await chat.press("Keep going")
    assert "how are you feeling" in chat.text  # the question they were on, asked again
    await chat.press("Sad")
    assert chat.state == "ack_intensity"


@pytest.mark.parametrize("typed", ["keep going with the plan", "yes lets carry on",
                                   "go on where we were please"])
async def test_typing_that_they_want_to_go_on_resumes_the_flow(typed: str) -> None:
    chat = await _person_in("Europe/Berlin")
    await chat.say("/rejected Acme")
    await chat.say("i want to die")
    await chat.say("sad")  # asked whether to go on or to talk
    await chat.say(typed)
    assert "TelefonSeelsorge" not in chat.text  # neither the crisis answer nor "talk"
    assert "how are you feeling" in chat.text
    assert chat.state == "ack_feeling"


async def test_choosing_to_talk_gets_the_lines_and_says_it_is_not_therapy() -> None:
    chat = await _person_in("Australia/Sydney")
    await chat.say("/rejected")
    await chat.say("i want to die")
    await chat.say("i dont know")
    await chat.press("Talk about how I am")
    assert "Lifeline" in chat.text and "not a therapist" in chat.text
    assert chat.state == "ack_feeling"
    assert [option.label for option in chat.options] == ["Keep going"]
    await chat.press("Keep going")
    assert "how are you feeling" in chat.text


async def test_a_command_after_a_crisis_message_is_answered_at_once() -> None:
    chat = await _person_in("Europe/Berlin")
    await chat.say("i want to die")
    assert "TelefonSeelsorge" in await chat.say("/help")


async def test_a_second_crisis_message_gets_the_crisis_answer_again_not_the_question() -> None:
    chat = chat_in()
    await chat.say("i want to die")
    assert "findahelpline.com" in await chat.say("i keep cutting myself")
    assert chat.options == ()


async def test_hopelessness_gets_a_caring_check_in_with_the_lines_without_alarm() -> None:
    chat = await _person_in("Europe/Berlin")
    await chat.say("/rejected")
    await chat.say("i feel so worthless")
    assert "TelefonSeelsorge" in chat.text and "Please call" not in chat.text
    assert chat.snapshot.profile.crisis_paused_until is None
    assert chat.state == "ack_intensity"  # the answer still counts


async def test_job_hunt_hyperbole_keeps_the_light_check_in_without_lines() -> None:
    chat = await _person_in("Europe/Berlin")
    await chat.say("/rejected")
    await chat.say("this process is killing me")
    assert "/help" in chat.text and "TelefonSeelsorge" not in chat.text


@pytest.mark.parametrize(("text", "risk"), [
    ("i already took all my pills", Risk.IMMINENT),
    ("my friend told me she wants to kill herself", Risk.CONCERN),
    ("i want to kill myself", Risk.CRISIS),
    ("this process is killing me", Risk.STRAIN),
    ("I got rejected by Acme", Risk.NONE),
])
async def test_the_risk_of_each_message_is_logged_for_operators_without_its_words(
    text: str, risk: Risk, caplog: pytest.LogCaptureFixture
) -> None:
    chat = chat_in()
    with caplog.at_level(logging.INFO, logger="coach.service"):
        await chat.coach.handle(Incoming(chat.person, text=text))
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert f"risk {risk.value}" in logged
    assert text not in logged and "pills" not in logged
