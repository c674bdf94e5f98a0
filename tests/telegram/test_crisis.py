"""Crisis messages through the real python-telegram-bot and the fake Bot API; /country there."""

from __future__ import annotations

import pytest

from tests.crisis_phrasings import BY_CATEGORY
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.harness import RunningBot


@pytest.mark.parametrize("text", BY_CATEGORY.values(), ids=BY_CATEGORY.keys())
async def test_every_crisis_category_gets_crisis_resources_in_telegram(
    telegram: RunningBot, text: str
) -> None:
    ana = telegram.person()
    await ana.say("/rejected Acme")
    replies = await ana.say(text)
    answer = "\n".join(message.text for message in replies)
    assert "findahelpline.com" in answer and "emergency number" in answer
    assert replies[-1].keyboard in (None, [])  # no quick replies that would go on planning


async def test_country_sets_the_line_crisis_answers_name_first(telegram: RunningBot) -> None:
    ana = telegram.person()
    await ana.say("/country DE")
    replies = await ana.say("i want to kill myself")
    answer = "\n".join(message.text for message in replies)
    assert "TelefonSeelsorge" in answer and "112" in answer


async def test_country_is_in_the_telegram_command_menu(
    telegram: RunningBot, bot_api: FakeBotApi
) -> None:
    assert "country" in [command["command"] for command in bot_api.commands]


async def test_after_a_crisis_message_the_buttons_ask_whether_to_go_on_or_to_talk(
    telegram: RunningBot,
) -> None:
    ana = telegram.person()
    await ana.say("/country AU")
    await ana.say("/rejected Acme")
    await ana.say("i want to die")
    replies = await ana.say("sad")
    assert replies[-1].labels == ["Keep going", "Talk about how I am"]
    answer = "\n".join(message.text for message in await ana.press("Talk about how I am"))
    assert "Lifeline" in answer
    resumed = "\n".join(message.text for message in await ana.press("Keep going"))
    assert "how are you feeling" in resumed
