"""Order, rate limits and reconnects: every event answered once, in the order it was sent."""

from __future__ import annotations

from typing import Any

import pytest

from bot.discord_adapter import texts
from coach.messages import PersonRef
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import Harness
from tests.fakes import InMemoryCoachStore

CHANNEL_MESSAGES = "/channels/{channel_id}/messages"
CALLBACK = "/interactions/{interaction_id}/{interaction_token}/callback"


async def test_a_429_on_a_message_is_waited_out_and_the_message_arrives(
    harness: Harness,
) -> None:
    ana = harness.person("ana")
    harness.fake.rate_limit_next("POST", CHANNEL_MESSAGES, retry_after=0.15)
    assert "Hi" in await ana.say("hello")
    sends = [r for r in harness.fake.requests if r.template == CHANNEL_MESSAGES]
    assert [r.status for r in sends] == [429, 200]
    assert sends[1].at - sends[0].at >= 0.15
    assert sends[0].body == sends[1].body
    assert len(ana.dm) == 1


async def test_a_replayed_dispatch_after_a_resume_is_not_answered_twice(
    harness: Harness,
) -> None:
    ana = harness.person("ana")
    await ana.say("hello")
    answered = len(ana.dm)
    gateway = harness.fake.gateway
    await harness.settle(gateway.drop_connection(replay_last=1))
    assert len(gateway.resumed) == 1
    assert gateway.connections[-1].path == "/resume-gateway"  # READY's resume_gateway_url
    assert gateway.resumed[0]["session_id"] == "session-1"
    replayed = [f["d"]["id"] for f in gateway.connections[-1].sent if f["t"] == "MESSAGE_CREATE"]
    assert replayed == [gateway.history[-1][1]["id"]]  # the same message, delivered again
    assert len(ana.dm) == answered
    assert await ana.say("still there?")  # the resumed session goes on
    assert len(gateway.identified) == 1  # resumed, never identified again


async def test_a_button_and_a_message_sent_together_are_answered_in_that_order(
    harness: Harness,
) -> None:
    ana = harness.person("ana")
    await ana.command("rejected")
    # The button's acknowledgement is held up by a 429, so the DM sent right after it
    # reaches the bot first; the coach must still see the button press first.
    harness.fake.rate_limit_next("POST", CALLBACK, retry_after=0.2)
    await harness.settle(ana.pressing("Sad"), ana.saying("4"))
    snapshot = harness.store.snapshots[PersonRef("discord", str(ana.user.id))]
    assert snapshot.conversation.state == "ack_coping"
    replies = [posted.content for posted in ana.dm[1:]]
    assert "normal" in replies[0] and "small step" in replies[1]


async def test_two_people_do_not_wait_for_each_other(harness: Harness) -> None:
    ana, ben = harness.person("ana"), harness.person("ben")
    harness.fake.rate_limit_next("POST", CALLBACK, retry_after=0.3)
    await harness.settle(ana.commanding("rejected"), ben.saying("hello"))
    first_answer = min((p for p in ana.dm + ben.dm), key=lambda p: p.id)
    assert first_answer in ben.dm  # ben was answered while ana's command was held up


async def test_the_display_name_is_the_global_name_else_the_username(harness: Harness) -> None:
    ana, bo = harness.person("ana_1", "Ana"), harness.person("bo_2")
    await ana.say("hello")
    await bo.say("hello")
    names = {p.user_id: s.profile.display_name for p, s in harness.store.snapshots.items()}
    assert names == {str(ana.user.id): "Ana", str(bo.user.id): "bo_2"}


class StoreThatFailsOnce(InMemoryCoachStore):
    """Storage that breaks on the first save, as a lost connection would."""

    def __init__(self) -> None:
        super().__init__()
        self.failed = False

    async def save(self, person_id: int, conversation: Any, effects: Any) -> None:
        if not self.failed:
            self.failed = True
            raise RuntimeError("connection lost")
        await super().save(person_id, conversation, effects)


@pytest.mark.parametrize("first_act", ["command", "message"])
async def test_an_unexpected_failure_is_apologised_for_and_the_next_event_is_answered(
    fake: FakeDiscord, first_act: str
) -> None:
    harness = Harness(fake, StoreThatFailsOnce())
    await harness.start()
    try:
        ana = harness.person("ana")
        if first_act == "command":
            await ana.command("rejected")
        else:
            await ana.say("hello")
        assert ana.text == texts.SOMETHING_WENT_WRONG
        assert "how are you feeling" in await ana.command("rejected")
    finally:
        await harness.stop()
