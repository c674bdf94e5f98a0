"""The journeys of DESIGN.md through the real Application, as a Telegram user lives them.

Texts are checked by the coach's content keys, so rewording the coach does not
break these tests; what they pin down is the Telegram side: buttons, answered
presses, retired keyboards, the typing indicator, the command menu.
"""

from __future__ import annotations

import pytest

from bot.telegram_adapter import TelegramOutbox, adapter
from coach.conversation.commands import COMMANDS
from coach.messages import Option, PersonRef, Reply
from coach.ports import DeliveryResult
from coach.words import content
from tests.fakes import InMemoryCoachStore
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.fake_bot_state import Sent
from tests.telegram.harness import RunningBot
from tests.telegram.people import FakePerson


def opening(key: str) -> str:
    """The fixed start of a content text, before its first {field}."""
    return content.TEXT[key].split("{", 1)[0]


def texts(messages: list[Sent]) -> str:
    return "\n".join(message.text for message in messages)


async def press_and_check(person: FakePerson, label: str) -> list[Sent]:
    """Press a button and check Telegram's side of it: answered, keyboard gone, then replies."""
    api = person.api
    pressed = next(m for m in reversed(person.inbox) if label in m.labels)
    answers_before = len(api.answers)
    replies = await person.press(label)
    assert len(api.answers) == answers_before + 1
    assert list(api.answers.values())[-1] is None  # no toast for a normal press
    assert pressed.keyboard == [], "the used keyboard must go so it cannot be pressed twice"
    return replies


async def talk_through_a_rejection(ana: FakePerson) -> None:
    """Journey 1: feelings first, then what happened, then reflection, then a plan."""
    replies = await ana.say("I just got rejected by Acme")
    assert opening("ask.feeling") in texts(replies)
    assert replies[-1].labels[:2] == ["Sad", "Angry"]
    assert opening("react.feeling.sad") in texts(await press_and_check(ana, "Sad"))
    await press_and_check(ana, "4")
    await press_and_check(ana, "I'm OK, let's go on")
    assert opening("ask.stage") in texts(await ana.say("Data Analyst"))
    await press_and_check(ana, "Interview round")
    await press_and_check(ana, "“Not selected”")
    await press_and_check(ana, "Full reflection")
    replies = await press_and_check(ana, "No")
    assert "Acme" in texts(replies)  # the feedback request to copy names the company
    await ana.say("I explained my projects clearly")
    await ana.say("Practise SQL questions")
    for rating in ("3", "4", "3"):  # each stage they went through
        await press_and_check(ana, rating)
    await ana.say("My preparation")
    await ana.say("The other candidates")
    await press_and_check(ana, "Partly")
    await press_and_check(ana, "2")
    await press_and_check(ana, "In a week")
    await ana.say("Practise SQL every day")
    replies = await press_and_check(ana, "No thanks")
    assert "Practise SQL every day" in texts(replies)  # the plan's summary


async def test_a_rejection_is_talked_through_to_a_plan_with_buttons_and_typed_text(
    telegram: RunningBot, store: InMemoryCoachStore
) -> None:
    ana = telegram.person("Ana")
    await talk_through_a_rejection(ana)
    snapshot = store.snapshots[PersonRef("telegram", str(ana.chat_id))]
    assert [goal.target for goal in snapshot.goals] == [2]
    assert snapshot.profile.display_name == "Ana"
    assert snapshot.rejections[0].company == "Acme"


async def test_two_applications_reach_the_goal_and_progress_shows_it(
    telegram: RunningBot,
) -> None:
    ana = telegram.person()
    await talk_through_a_rejection(ana)
    first = await ana.say("/applied Globex, Analyst")
    assert "Globex" in texts(first)
    second = await ana.say("/applied Initech, BI Developer")
    assert opening("goal.reached") in texts(second)
    progress = await ana.say("/progress")
    assert opening("progress.stats") in texts(progress)


async def test_a_menu_button_runs_its_command(telegram: RunningBot) -> None:
    ana = telegram.person()
    await ana.say("hello")
    replies = await press_and_check(ana, "My progress")
    assert opening("progress.stats") in texts(replies)


async def test_a_press_is_answered_and_its_keyboard_retired_before_the_coach_answers(
    telegram: RunningBot, bot_api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(adapter, "TYPING_AFTER", 0)  # every turn counts as slow
    ana = telegram.person()
    await ana.say("/rejected")
    start = len(bot_api.calls)
    await ana.press("Numb")
    methods = [call.method for call in bot_api.calls[start:] if call.method != "getUpdates"]
    assert methods == ["answerCallbackQuery", "editMessageReplyMarkup", "sendChatAction",
                       "sendMessage"]


async def test_the_typing_indicator_shows_before_an_answer_that_takes_a_while(
    telegram: RunningBot, bot_api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(adapter, "TYPING_AFTER", 0)  # every turn counts as slow
    ana = telegram.person()
    await ana.say("hello")
    to_ana = [call for call in bot_api.calls if call.params.get("chat_id") == ana.chat_id]
    assert [call.method for call in to_ana] == ["sendChatAction", "sendMessage"]
    assert to_ana[0].params["action"] == "typing"


async def test_a_quick_answer_comes_without_a_typing_indicator(
    telegram: RunningBot, bot_api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(adapter, "TYPING_AFTER", 600)  # no turn is that slow
    ana = telegram.person()
    await ana.say("hello")
    to_ana = [call for call in bot_api.calls if call.params.get("chat_id") == ana.chat_id]
    assert [call.method for call in to_ana] == ["sendMessage"]


async def test_the_command_menu_is_registered(telegram: RunningBot, bot_api: FakeBotApi) -> None:
    assert bot_api.commands == [
        {"command": name, "description": description} for name, description in COMMANDS
    ]


async def test_a_nudge_goes_out_through_the_outbox_and_refusals_are_told_apart(
    telegram: RunningBot, bot_api: FakeBotApi
) -> None:
    ana, ben = telegram.person("Ana"), telegram.person("Ben")
    await ana.say("hello")
    await ben.say("hello")
    outbox = TelegramOutbox(telegram.application.bot)
    nudge = Reply("Good morning! One application today?", (Option("I sent one", "cmd:applied"),))
    ana_ref = PersonRef("telegram", str(ana.chat_id))
    ben_ref = PersonRef("telegram", str(ben.chat_id))
    assert await outbox.send(ana_ref, [nudge]) is DeliveryResult.DELIVERED
    assert ana.inbox[-1].text == nudge.text and ana.inbox[-1].labels == ["I sent one"]
    bot_api.block(ben.chat_id)
    assert await outbox.send(ben_ref, [nudge]) is DeliveryResult.UNREACHABLE
    bot_api.fail("sendMessage", 400, "Bad Request: message text is empty", chat_id=ana.chat_id)
    assert await outbox.send(ana_ref, [nudge]) is DeliveryResult.RETRY_LATER
    assert await TelegramOutbox().send(ana_ref, [nudge]) is DeliveryResult.RETRY_LATER

