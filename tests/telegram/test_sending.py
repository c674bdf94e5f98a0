"""ReplySender through a real python-telegram-bot Bot and the fake server: shapes of replies."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot

from bot.pacing import SendBudget
from bot.settings import Settings
from bot.telegram_adapter.rendering import telegram_length
from bot.telegram_adapter.sending import BUTTONS_ONLY_TEXT, ReplySender
from coach.messages import Attachment, Option, Reply
from coach.service import Coach
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.fake_bot_state import Sent
from tests.telegram.harness import running_bot

CHAT_ID = 4401
HELP = (Option("Help", "cmd:help"),)


@pytest.fixture
async def bot(bot_api: FakeBotApi) -> AsyncIterator[Bot]:
    bot_api.chats[CHAT_ID] = {"id": CHAT_ID, "type": "private", "first_name": "Ana"}
    async with Bot(bot_api.token, base_url=bot_api.base_url) as bot:
        yield bot


async def send(bot: Bot, bot_api: FakeBotApi, *replies: Reply) -> list[Sent]:
    await ReplySender(retry_delays=()).send(bot, CHAT_ID, replies)
    return bot_api.sent_to(CHAT_ID)


async def test_a_long_reply_arrives_in_pieces_with_its_buttons_on_the_last(
    bot: Bot, bot_api: FakeBotApi
) -> None:
    paragraphs = [f"Part {n}: " + "so much to say " * 120 for n in range(6)]
    text = "\n\n".join(p.strip() for p in paragraphs)
    assert telegram_length(text) > 2 * 4096
    sent = await send(bot, bot_api, Reply(text, HELP))
    assert len(sent) == 3
    assert all(telegram_length(message.text) <= 4096 for message in sent)
    assert [message.labels for message in sent] == [[], [], ["Help"]]
    assert " ".join(m.text for m in sent).split() == text.split()  # nothing lost


async def test_an_export_with_a_long_note_sends_the_note_then_the_file(
    bot: Bot, bot_api: FakeBotApi
) -> None:
    note = "About your data. " * 80  # over the 1024-character caption limit
    export = Attachment("rebound-export.json", b'{"profile": {}}')
    sent = await send(bot, bot_api, Reply(note, HELP, export))
    assert [message.document is None for message in sent] == [True, False]
    assert sent[1].document is not None and sent[1].document.content == export.content
    assert sent[1].labels == ["Help"]


async def test_a_reply_of_only_buttons_still_has_text_and_an_empty_reply_sends_nothing(
    bot: Bot, bot_api: FakeBotApi
) -> None:
    sent = await send(bot, bot_api, Reply("", HELP), Reply("   "))
    assert [(message.text, message.labels) for message in sent] == [(BUTTONS_ONLY_TEXT, ["Help"])]


async def test_a_failed_typing_indicator_does_not_stop_the_reply(
    bot: Bot, bot_api: FakeBotApi
) -> None:
    bot_api.fail("sendChatAction", 400, "Bad Request: not enough rights")
    sender = ReplySender(retry_delays=())
    async with sender.typing(bot, CHAT_ID):
        pass
    assert await send(bot, bot_api, Reply("Still here."))


async def test_every_reply_to_a_person_is_counted_so_nudges_give_way(
    bot_api: FakeBotApi, settings: Settings, coach: Coach
) -> None:
    now = [100.0]
    budget = SendBudget(clock=lambda: now[0])
    before = budget.reserve("telegram", "someone else")
    async with running_bot(bot_api, settings, coach,
                           on_reply=lambda: budget.spend_for_reply("telegram")) as telegram:
        ana = telegram.person("Ana")
        sent = await ana.say("/help")
    assert sent, "the person got an answer"
    # The next nudge now waits behind the replies (1/30 s each), not only behind the last nudge.
    waited = budget.reserve("telegram", "a third person")
    assert waited >= before + 1 / 25 + len(sent) / 30 - 1e-9
