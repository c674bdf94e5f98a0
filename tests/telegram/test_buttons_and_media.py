"""Buttons that should not work, and messages that are not text: answered, never acted on."""

from __future__ import annotations

from typing import Any

import pytest

from bot.telegram_adapter import texts
from coach.messages import PersonRef
from coach.words import content
from tests.fakes import InMemoryCoachStore
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.harness import RunningBot
from tests.telegram.people import DOCUMENT, PHOTO, STICKER, VOICE, FakePerson


def state_of(store: InMemoryCoachStore, person: FakePerson) -> str:
    return store.snapshots[PersonRef("telegram", str(person.chat_id))].conversation.state


@pytest.mark.parametrize(
    "data",
    ["v1:ack_feeling:<script>", "ack_feeling:sad", "v0:ack_feeling:sad", "v1:" + "x" * 60, "🙂"],
)
async def test_forged_or_outdated_button_data_is_answered_expired_and_the_coach_not_asked(
    telegram: RunningBot, bot_api: FakeBotApi, store: InMemoryCoachStore, data: str
) -> None:
    ana = telegram.person()
    question = (await ana.say("/rejected"))[-1]
    claimed = set(store.deliveries)
    assert await ana.press_data(data, question) == []
    assert list(bot_api.answers.values()) == [texts.EXPIRED_BUTTON]
    assert question.keyboard == []  # an old keyboard is retired too
    assert store.deliveries == claimed  # the coach never saw the press
    assert state_of(store, ana) == "ack_feeling"


async def test_a_button_from_an_earlier_question_is_explained_by_the_coach(
    telegram: RunningBot,
) -> None:
    ana = telegram.person()
    feelings = (await ana.say("/rejected"))[-1]
    await ana.say("sad")  # typed instead of pressed: the feelings keyboard is still there
    replies = await ana.press("Angry", on=feelings)
    assert content.say("hint.stale_option") in replies[0].text
    assert feelings.keyboard == []


async def test_a_second_press_on_the_same_keyboard_does_nothing_more(
    telegram: RunningBot, bot_api: FakeBotApi, store: InMemoryCoachStore
) -> None:
    ana = telegram.person()
    feelings = (await ana.say("/rejected"))[-1]
    sad = feelings.buttons[0]["callback_data"]
    assert await ana.press_data(sad, feelings)
    claimed = set(store.deliveries)
    # A double tap: the client still had the old keyboard when the second tap went out.
    assert await ana.press_data(sad, feelings) == []
    assert len(bot_api.answers) == 2  # both taps stop spinning
    assert store.deliveries == claimed
    assert state_of(store, ana) == "ack_intensity"


@pytest.mark.parametrize("media", [STICKER, PHOTO, VOICE, DOCUMENT], ids=lambda m: next(iter(m)))
async def test_media_gets_a_friendly_answer_and_leaves_the_conversation_where_it_was(
    telegram: RunningBot, store: InMemoryCoachStore, media: dict[str, Any]
) -> None:
    ana = telegram.person()
    await ana.say("/rejected")
    replies = await ana.send(**media)
    assert [reply.text for reply in replies] == [texts.NOT_TEXT]
    assert state_of(store, ana) == "ack_feeling"
    assert content.say("react.feeling.sad") in (await ana.press("Sad"))[0].text


async def test_an_edited_message_is_not_taken_as_an_answer(
    telegram: RunningBot, store: InMemoryCoachStore
) -> None:
    ana = telegram.person()
    await ana.say("/rejected")
    said = ana.message(text="angry")
    await ana.act({"message": said})
    assert state_of(store, ana) == "ack_intensity"
    replies = await ana.edit(said, "sad")
    assert [reply.text for reply in replies] == [texts.EDITED]
    assert state_of(store, ana) == "ack_intensity"


async def test_a_service_message_gets_no_answer(telegram: RunningBot) -> None:
    ana = telegram.person()
    assert await ana.send(write_access_allowed={"from_request": True}) == []
