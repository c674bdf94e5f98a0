"""`coach telegram` killed mid-send: after a restart the reply arrives once; the talk goes on."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from coach.words import content
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.people import FakePerson, command_entities
from tests.telegram.test_command_line import EXIT_TIMEOUT, _start

PATIENCE = 30.0  # seconds a starting process may take on a busy machine


def _texts(person: FakePerson) -> list[str]:
    return [message.text for message in person.inbox]


async def test_a_reply_held_when_the_process_is_killed_arrives_once_after_a_restart(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    ana = FakePerson(bot_api, probe=None, user_id=5151, first_name="Ana")  # type: ignore[arg-type]
    asked = content.TEXT["ask.feeling"]
    held = bot_api.hold("sendMessage", ana.chat_id)
    first = await _start(bot_api, tmp_path, bot_api.token)
    bot_api.push({"message": ana.message(text="/rejected", **command_entities("/rejected"))})
    await bot_api.wait_for(lambda: any(
        call.params.get("chat_id") == ana.chat_id for call in bot_api.calls_to("sendMessage")
    ), PATIENCE)
    first.send_signal(signal.SIGKILL)  # no clean stop: the reply is on the wire, unanswered
    await asyncio.wait_for(first.wait(), EXIT_TIMEOUT)
    held.set()
    assert _texts(ana) == []

    second = await _start(bot_api, tmp_path, bot_api.token)
    try:
        await bot_api.wait_for(lambda: any(asked in text for text in _texts(ana)), PATIENCE)
        bot_api.push({"message": ana.message(text="sad")})
        reaction = content.TEXT["react.feeling.sad"]
        await bot_api.wait_for(lambda: any(reaction in text for text in _texts(ana)), PATIENCE)
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.communicate(), EXIT_TIMEOUT)
    texts = _texts(ana)
    assert sum(asked in text for text in texts) == 1, texts
    assert asked in texts[0] and reaction_index(texts) == 1


def reaction_index(texts: list[str]) -> int:
    return next(i for i, text in enumerate(texts) if content.TEXT["react.feeling.sad"] in text)
