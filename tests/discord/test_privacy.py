"""Private by design: the conversation lives in DMs; a shared channel never sees a person's data."""

from __future__ import annotations

import json

from bot.discord_adapter import texts
from coach.messages import PersonRef
from coach.words import content
from tests.discord import payloads
from tests.discord.harness import Harness
from tests.discord.payloads import EPHEMERAL, snowflake

CALLBACK = "/interactions/{interaction_id}/{interaction_token}/callback"
CHANNEL_MESSAGES = "/channels/{channel_id}/messages"


async def test_export_arrives_in_the_dm_as_a_json_file_with_only_that_persons_data(
    harness: Harness,
) -> None:
    ana, ben = harness.person("ana", "Ana"), harness.person("ben", "Ben")
    await ana.command("rejected", "Acme")
    await ben.command("rejected", "Globex")
    await ana.command("export")
    files = [posted.files for posted in ana.last if posted.files]
    assert len(files) == 1
    (name, data), = files[0].items()
    assert name.endswith(".json")
    exported = json.loads(data)
    assert exported["profile"]["user_id"] == str(ana.user.id)
    assert exported["profile"]["display_name"] == "Ana"
    assert [r["company"] for r in exported["rejections"]] == ["Acme"]
    assert b"Globex" not in data


async def test_forget_deletes_everything_only_after_the_confirmation_button(
    harness: Harness,
) -> None:
    ana = harness.person("ana")
    await ana.command("rejected", "Acme")
    person = PersonRef("discord", str(ana.user.id))
    await ana.command("forget")
    assert [b["label"] for b in ana.last[-1].buttons()] == ["Delete everything", "Keep my data"]
    assert person in harness.store.snapshots
    assert content.say("forget.done") in await ana.press("Delete everything")
    assert person not in harness.store.snapshots


async def test_a_command_in_a_server_answers_privately_and_continues_in_dms(
    harness: Harness,
) -> None:
    ana = harness.person("ana")
    for command, details in (("rejected", "Acme, Data Analyst"), ("progress", None),
                             ("export", None)):
        await ana.command(command, details, in_guild=True)
    channel = harness.fake.posted_in(harness.fake.guild_channel_id)
    assert [posted.content for posted in channel] == [texts.CONTINUED_IN_DM] * 3
    assert all(posted.flags & EPHEMERAL for posted in channel)
    assert not any(posted.files for posted in channel)
    deferrals = [r.body for r in harness.fake.requests if r.template == CALLBACK]
    assert deferrals == [{"type": 5, "data": {"flags": EPHEMERAL}}] * 3
    guild_posts = [r for r in harness.fake.requests if r.template == CHANNEL_MESSAGES
                   and r.path.endswith(f"/{harness.fake.guild_channel_id}/messages")]
    assert guild_posts == []
    assert "how are you feeling" in ana.dm[0].content
    assert any(posted.files for posted in ana.dm)  # the export went to the DM


async def test_closed_dms_get_private_directions_and_mark_the_person_unreachable(
    harness: Harness,
) -> None:
    ana = harness.person("ana")
    harness.fake.closed_dms.add(ana.user.id)
    await ana.command("rejected", in_guild=True)
    channel = harness.fake.posted_in(harness.fake.guild_channel_id)
    assert [posted.content for posted in channel] == [texts.DMS_CLOSED]
    assert channel[0].flags & EPHEMERAL
    assert "Privacy Settings" in texts.DMS_CLOSED and "Direct Messages" in texts.DMS_CLOSED
    profile = harness.store.snapshots[PersonRef("discord", str(ana.user.id))].profile
    assert profile.unreachable


async def test_a_dm_with_only_a_file_or_sticker_gets_a_friendly_note_not_the_coach(
    harness: Harness,
) -> None:
    ana = harness.person("ana")
    file_only = payloads.message(snowflake(), ana.dm_channel_id, ana.user, "",
                                 attachments=[payloads.attachment("cv.pdf", 1000)])
    sticker = {"id": str(snowflake()), "name": "wave", "format_type": 1}
    sticker_only = payloads.message(snowflake(), ana.dm_channel_id, ana.user, "",
                                    stickers=[sticker])
    for message in (file_only, sticker_only):
        await harness.settle(harness.fake.gateway.dispatch("MESSAGE_CREATE", message))
    assert [posted.content for posted in ana.dm] == [texts.ONLY_TEXT] * 2
    assert harness.store.snapshots == {}


async def test_the_bots_own_messages_and_other_bots_are_ignored(harness: Harness) -> None:
    ana = harness.person("ana")
    other_bot = payloads.FakeUser(snowflake(), "helper", bot=True)
    for author in (harness.fake.bot, other_bot):
        echo = payloads.message(snowflake(), ana.dm_channel_id, author, "/help")
        await harness.fake.gateway.dispatch("MESSAGE_CREATE", echo)
    await ana.say("hello")  # handled after the two above, as Discord delivered them
    assert len(harness.store.deliveries) == 1
    assert harness.client.conversation.lines.served == 1
