"""The next getUpdates waits for the updates in hand to be answered, but never for long."""

from __future__ import annotations

import asyncio

import pytest

from bot.telegram_adapter import polling
from bot.telegram_adapter.ordering import PerChatUpdateProcessor
from bot.telegram_adapter.polling import InHandQueue, UpdatesInHand
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.harness import RunningBot
from tests.telegram.test_ordering import update


async def test_a_poll_waits_for_every_update_queued_to_be_handled() -> None:
    in_hand = UpdatesInHand()
    queue = InHandQueue(in_hand)
    processor = PerChatUpdateProcessor(in_hand=in_hand)
    await queue.put(update(1, 10))
    await queue.put(update(2, 20))
    poll = asyncio.create_task(in_hand.settled(at_most=30))
    await processor.process_update(await queue.get(), asyncio.sleep(0))
    await asyncio.sleep(0)
    assert not poll.done()  # update 2 is still in hand
    await processor.process_update(await queue.get(), asyncio.sleep(0))
    await asyncio.wait_for(poll, 1)


async def test_a_poll_goes_anyway_once_a_turn_takes_too_long() -> None:
    in_hand = UpdatesInHand()
    in_hand.received(7)  # never handled: a stuck turn
    loop = asyncio.get_running_loop()
    began = loop.time()
    await in_hand.settled(at_most=0.01)
    assert loop.time() - began >= 0.01


async def test_an_update_that_was_never_polled_changes_nothing() -> None:
    in_hand = UpdatesInHand()
    in_hand.handled(42)  # a webhook update: it never went through the queue
    await asyncio.wait_for(in_hand.settled(at_most=30), 1)


async def test_the_next_poll_comes_after_the_reply_not_in_the_middle_of_the_turn(
    telegram: RunningBot, bot_api: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(polling, "SETTLE_AT_MOST", 30.0)  # however slow the machine
    ana = telegram.person()
    await ana.say("/start")
    await bot_api.wait_for(lambda: bot_api.calls[-1].method == "getUpdates")  # polling again
    mark = len(bot_api.calls)
    [reply] = await ana.say("/progress")
    await bot_api.wait_for(lambda: bot_api.calls_to("getUpdates")[-1] in bot_api.calls[mark:])
    after = [call.method for call in bot_api.calls[mark:]]
    assert after.index("sendMessage") < after.index("getUpdates")
    assert reply.chat_id == ana.chat_id
