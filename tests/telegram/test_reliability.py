"""Nothing lost, nothing answered twice: redeliveries, floods, blocks, network errors, order."""

from __future__ import annotations

import logging
from datetime import datetime

import pytest

from bot.settings import Settings
from bot.telegram_adapter import adapter, texts
from coach.messages import PersonRef
from coach.model import Snapshot
from coach.service import Coach
from coach.words import content
from tests.fakes import FakeClock, InMemoryCoachStore, counting_ids
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.fake_bot_state import BASE_DATE
from tests.telegram.harness import RunningBot, running_bot
from tests.telegram.people import FakePerson, command_entities


def profile_of(store: InMemoryCoachStore, person: FakePerson):  # type: ignore[no-untyped-def]
    return store.snapshots[PersonRef("telegram", str(person.chat_id))].profile


async def test_a_redelivered_message_is_not_handled_twice(
    telegram: RunningBot, bot_api: FakeBotApi, store: InMemoryCoachStore
) -> None:
    ana = telegram.person()
    await ana.say("/rejected")
    await ana.say("sad")
    assert await ana.redeliver_last() == []
    assert store.snapshots[PersonRef("telegram", str(ana.chat_id))].conversation.state == (
        "ack_intensity"
    )
    assert len(await ana.say("4")) == 1  # and the conversation carries on normally


async def test_a_redelivered_button_press_is_not_handled_twice(
    telegram: RunningBot, store: InMemoryCoachStore
) -> None:
    ana = telegram.person()
    await ana.say("/rejected")
    await ana.press("Sad")
    assert await ana.redeliver_last() == []
    assert store.snapshots[PersonRef("telegram", str(ana.chat_id))].conversation.state == (
        "ack_intensity"
    )


async def test_a_429_burst_is_waited_out_and_every_message_arrives_once(
    telegram: RunningBot, bot_api: FakeBotApi
) -> None:
    ana = telegram.person()
    bot_api.flood("sendMessage", retry_after=1, times=2)
    replies = await ana.say("/rejected")
    assert len(replies) == 1
    assert content.TEXT["ask.feeling"] in replies[0].text
    assert len(bot_api.calls_to("sendMessage", status=429)) == 2
    assert len(bot_api.calls_to("sendMessage", status=200)) == 1


async def test_a_person_who_blocked_the_bot_is_marked_unreachable_and_others_are_served(
    telegram: RunningBot, bot_api: FakeBotApi, store: InMemoryCoachStore,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="bot.telegram_adapter")
    ana, ben = telegram.person("Ana"), telegram.person("Ben")
    await ana.say("hello")
    bot_api.block(ana.chat_id)
    assert await ana.say("I got rejected") == []
    assert bot_api.calls_to("sendMessage", status=403)
    assert profile_of(store, ana).unreachable
    assert str(ana.chat_id) in caplog.text and "I got rejected" not in caplog.text
    assert await ben.say("hello")
    assert not profile_of(store, ben).unreachable


async def test_blocking_and_unblocking_in_telegram_is_remembered(
    telegram: RunningBot, bot_api: FakeBotApi, store: InMemoryCoachStore
) -> None:
    ana = telegram.person()
    await ana.say("hello")
    for old, new, unreachable in (("member", "kicked", True), ("kicked", "member", False)):
        await ana.act({"my_chat_member": {
            "chat": ana.chat, "from": ana.user, "date": BASE_DATE,
            "old_chat_member": _member(bot_api, old), "new_chat_member": _member(bot_api, new),
        }})
        assert profile_of(store, ana).unreachable is unreachable


def _member(bot_api: FakeBotApi, status: str) -> dict[str, object]:
    extra = {"until_date": 0} if status == "kicked" else {}
    return {"status": status, "user": bot_api.bot_user, **extra}


async def test_network_errors_are_retried_until_the_message_arrives(
    telegram: RunningBot, bot_api: FakeBotApi
) -> None:
    ana = telegram.person()
    bot_api.fail("sendMessage", 502, "Bad Gateway", times=2)
    replies = await ana.say("/rejected")
    assert len(replies) == 1
    assert len(bot_api.calls_to("sendMessage", status=502)) == 2


async def test_a_reply_the_network_would_not_take_stays_owed_and_comes_first_next_time(
    telegram: RunningBot, bot_api: FakeBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    ana = telegram.person()
    bot_api.fail("sendMessage", 502, "Bad Gateway", times=4)  # the first try and 3 retries
    assert await ana.say("/rejected") == []
    assert "not delivered" in caplog.text
    owed, answer = await ana.say("sad")  # the bot is still up, and nothing was lost
    assert content.TEXT["ask.feeling"] in owed.text
    assert content.TEXT["react.feeling.sad"] in answer.text


async def test_one_persons_updates_are_handled_in_order_while_others_go_ahead(
    telegram: RunningBot, bot_api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(adapter, "TYPING_AFTER", 0)  # a typing indicator for every turn to hold
    assert telegram.application.update_processor.max_concurrent_updates > 1
    ana, ben = telegram.person("Ana"), telegram.person("Ben")
    typing_held = bot_api.hold("sendChatAction", ana.chat_id)
    bot_api.push({"message": ana.message(text="/rejected", **command_entities("/rejected"))})
    second = bot_api.push({"message": ana.message(text="sad")})
    # Ben is answered while Ana's first message is stuck before the coach even sees it...
    assert await ben.say("hello")
    # ...and Ana's second message has not started: no second typing, no reply.
    typing_for_ana = [c for c in bot_api.calls_to("sendChatAction")
                      if c.params["chat_id"] == ana.chat_id]
    assert len(typing_for_ana) == 1 and ana.inbox == []
    typing_held.set()
    await telegram.probe.wait(second)
    first_reply, second_reply = ana.inbox
    assert content.TEXT["ask.feeling"] in first_reply.text
    assert content.TEXT["react.feeling.sad"] in second_reply.text


async def test_nothing_the_person_wrote_and_no_token_is_logged_even_at_debug(
    bot_api: FakeBotApi, settings: Settings, coach: Coach, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with running_bot(bot_api, settings, coach) as telegram:
        ana = telegram.person()
        await ana.say("I got rejected by Zanzibar Widgets")
        await ana.press("Anxious")
        await ana.say("Quokka wrangler")
    assert any(r.name.startswith("bot.telegram_adapter") for r in caplog.records)
    for secret in ("Zanzibar", "Quokka", bot_api.token, bot_api.token.split(":")[1]):
        assert secret not in caplog.text


class _BrokenStore(InMemoryCoachStore):
    async def load(self, person: PersonRef, now: datetime) -> Snapshot:
        raise RuntimeError("disk on fire")


async def test_a_crash_in_the_coach_gets_an_apology_and_a_log_line_without_the_text(
    bot_api: FakeBotApi, settings: Settings, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    coach = Coach(_BrokenStore(), clock, counting_ids())
    async with running_bot(bot_api, settings, coach) as telegram:
        replies = await telegram.person().say("Yesterday Umbrella Corp said no")
    assert [reply.text for reply in replies] == [texts.SOMETHING_WENT_WRONG]
    assert "RuntimeError" in caplog.text and "Umbrella" not in caplog.text
