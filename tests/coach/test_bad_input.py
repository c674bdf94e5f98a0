"""Bad input never crashes a conversation: a short helpful answer, and the state is unchanged."""

from __future__ import annotations

import pytest

from coach.messages import Incoming
from tests.coach.chat import Chat

BAD_INPUTS = {
    "empty": "",
    "blank": "   \n\t ",
    "overlong": "x" * 10_000,
    "emoji only": "🙃🙃🙃",
    "control characters": "\x00\x07\x1b\x08",
    "sql looking": "'; DROP TABLE people; --",
    "number out of range": "9",
    "zero": "0",
    "negative": "-3",
    "unknown command": "/frobnicate now",
}


async def _at_intensity_question(chat: Chat) -> None:
    await chat.say("/rejected")
    await chat.press("Anxious")
    assert chat.state == "ack_intensity"


@pytest.mark.parametrize("text", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
async def test_bad_input_on_a_choice_question_is_explained_and_changes_nothing(text: str) -> None:
    chat = Chat()
    await _at_intensity_question(chat)
    before = chat.snapshot
    answer = await chat.say(text)
    assert answer.strip(), "every message gets an answer"
    assert len(answer) < 600
    assert "1 (a little) to 5" in answer  # the question is asked again
    assert chat.state == "ack_intensity"
    assert chat.snapshot.rejections == before.rejections
    assert [o.label for o in chat.options] == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize("text", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
async def test_bad_input_outside_a_flow_gets_the_menu(text: str) -> None:
    chat = Chat()
    answer = await chat.say(text)
    assert answer.strip() and len(answer) < 600
    assert chat.state == "idle"
    assert chat.options, "the person is shown what they can do"


async def test_an_overlong_reflection_is_refused_without_losing_the_question() -> None:
    chat = Chat()
    await chat.say("/rejected")
    await chat.skip_until("reflect_went_well")
    answer = await chat.say("I did well. " * 1_000)
    assert "under 1,500 characters" in answer
    assert chat.state == "reflect_went_well"
    await chat.say("I did well.")
    assert chat.snapshot.rejections[0].went_well == "I did well."


async def test_sql_looking_text_is_kept_verbatim_as_an_answer() -> None:
    chat = Chat()
    await chat.say("/rejected")
    await chat.skip_until("reflect_went_well")
    await chat.say("Robert'); DROP TABLE rejections;--")
    assert chat.snapshot.rejections[0].went_well == "Robert'); DROP TABLE rejections;--"


async def test_a_button_from_an_earlier_question_is_recognised_as_stale() -> None:
    chat = Chat()
    await chat.say("/rejected")
    old_option = chat.option("Sad")
    await chat.press("Sad")
    answer = await chat._send(Incoming(chat.person, option=old_option.value))
    assert "earlier question" in answer
    assert chat.state == "ack_intensity"


async def test_a_forged_option_is_treated_as_stale() -> None:
    chat = Chat()
    await chat.say("/rejected")
    answer = await chat._send(Incoming(chat.person, option="ack_feeling:../../etc"))
    assert "earlier question" in answer
    assert chat.state == "ack_feeling"


async def test_meh_idk_and_emoji_are_handled_gracefully_as_feelings() -> None:
    chat = Chat()
    await chat.say("/rejected")
    assert "normal" in await chat.say("meh")
    await chat.say("/rejected")
    await chat.press("Yes, a new one")
    assert "Sadness" in await chat.say("😢")
    await chat.say("/rejected")
    await chat.press("Yes, a new one")
    await chat.say("idk")
    assert chat.state == "ack_intensity"


async def test_typing_the_number_of_an_option_chooses_it() -> None:
    chat = Chat()
    await chat.say("/rejected")
    assert "Anger" in await chat.say("2")


async def test_a_redelivered_platform_event_is_handled_once() -> None:
    chat = Chat()
    first = await chat.coach.handle(Incoming(chat.person, text="/rejected", delivery_id="42"))
    again = await chat.coach.handle(Incoming(chat.person, text="/rejected", delivery_id="42"))
    assert first and again == []
    assert len(chat.snapshot.rejections) == 1
