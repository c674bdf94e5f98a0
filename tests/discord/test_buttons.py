"""Buttons: still working after a restart, expired when forged or from an older format."""

from __future__ import annotations

import pytest

from bot.discord_adapter import texts
from coach.messages import PersonRef
from coach.words import content
from tests.discord.harness import Harness, Person
from tests.discord.payloads import EPHEMERAL


async def test_a_button_sent_before_a_restart_still_works_after_it(harness: Harness) -> None:
    ana = harness.person("ana")
    await ana.command("rejected")
    await harness.restart()  # a new client: nothing of the old one's views survives
    assert "normal" in await ana.press("Sad")
    snapshot = harness.store.snapshots[PersonRef("discord", str(ana.user.id))]
    assert snapshot.conversation.state == "ack_intensity"


def _plant_button(harness: Harness, ana: Person, custom_id: str) -> None:
    """A message in the DM carrying a button this release never made."""
    button = {"type": 2, "style": 2, "label": "Sad", "custom_id": custom_id}
    harness.fake.post(ana.dm_channel_id, harness.fake.bot,
                      {"content": "How are you feeling?",
                       "components": [{"type": 1, "components": [button]}]}, {})


@pytest.mark.parametrize("custom_id", [
    "rb0:ack_feeling:sad",  # an older format
    "ack_feeling:sad",  # no version at all
    "rb1:" + "x" * 97,  # too long to be ours
    "rb1:",  # no value
    "rb1:caf\u00e9",  # not ASCII
])
async def test_a_forged_or_old_button_is_answered_privately_as_expired(
    harness: Harness, custom_id: str
) -> None:
    ana = harness.person("ana")
    _plant_button(harness, ana, custom_id)
    await ana.press("Sad")
    assert [posted.content for posted in ana.last] == [texts.BUTTON_EXPIRED]
    assert ana.last[0].flags & EPHEMERAL
    assert harness.store.snapshots == {} and harness.store.deliveries == set()


async def test_a_well_formed_but_stale_button_is_left_to_the_coach(harness: Harness) -> None:
    ana = harness.person("ana")
    await ana.command("rejected")
    stale, _ = ana.button("Sad")
    await ana.press("Sad")
    await ana.press("4")
    # Press "Angry" on the first question, which was answered two steps ago.
    button = next(b for b in stale.buttons() if b["label"] == "Angry")
    button["disabled"] = False
    assert content.say("hint.stale_option") in await ana.press("Angry")


async def test_an_option_carrying_arguments_after_a_space_works_as_a_button(
    harness: Harness,
) -> None:
    ana = harness.person("ana")
    await ana.command("start")
    for label in ("Berlin", "08:00", "Yes"):
        await ana.press(label)
    await ana.command("settings")
    _, button = ana.button("Goal check-ins off")
    assert button["custom_id"] == "rb1:cmd:nudges goals off"
    assert "Goal check-ins: off" in await ana.press("Goal check-ins off")
