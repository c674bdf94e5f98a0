"""Crisis messages through the real discord.py and the fake Discord; /country as a slash command."""

from __future__ import annotations

import pytest

from tests.crisis_phrasings import BY_CATEGORY
from tests.discord.harness import Harness


@pytest.mark.parametrize("text", BY_CATEGORY.values(), ids=BY_CATEGORY.keys())
async def test_every_crisis_category_gets_crisis_resources_in_discord_dms(
    harness: Harness, text: str
) -> None:
    ana = harness.person("ana")
    await ana.say("I got rejected by Acme")
    answer = await ana.say(text)
    assert "findahelpline.com" in answer and "emergency number" in answer
    assert all(not posted.buttons() for posted in ana.last)


async def test_the_country_slash_command_sets_the_line_named_first(harness: Harness) -> None:
    commands = {command["name"]: command for command in harness.fake.commands}
    assert [option["name"] for option in commands["country"]["options"]] == ["code"]
    ana = harness.person("ana")
    assert "Lifeline" in await ana.command("country", "AU")
    answer = await ana.say("i want to kill myself")
    assert "Lifeline" in answer and "000" in answer


async def test_after_a_crisis_message_the_buttons_ask_whether_to_go_on_or_to_talk(
    harness: Harness,
) -> None:
    ana = harness.person("ana")
    await ana.command("rejected", "Acme")
    await ana.say("i want to die")
    await ana.say("sad")
    assert [button["label"] for button in ana.last[-1].buttons()] == [
        "Keep going", "Talk about how I am"]
    assert "findahelpline.com" in await ana.press("Talk about how I am")
    assert "how are you feeling" in await ana.press("Keep going")
