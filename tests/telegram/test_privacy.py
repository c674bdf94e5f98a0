"""Private by design: coaching only one to one, a person's data only to that person."""

from __future__ import annotations

import json

from bot.telegram_adapter import texts
from coach.messages import PersonRef
from coach.words import content
from tests.fakes import InMemoryCoachStore
from tests.telegram.fake_bot_api import USERNAME, FakeBotApi
from tests.telegram.harness import RunningBot


async def test_export_sends_a_json_document_with_the_persons_data(telegram: RunningBot) -> None:
    ana, ben = telegram.person("Ana"), telegram.person("Ben")
    await ana.say("I got rejected by Acme")
    await ben.say("I got rejected by Globex")
    replies = await ana.say("/export")
    documents = [reply.document for reply in replies if reply.document is not None]
    assert len(documents) == 1
    document = documents[0]
    assert document.filename.endswith(".json")
    data = json.loads(document.content)
    assert data["profile"]["user_id"] == str(ana.chat_id)
    assert data["profile"]["display_name"] == "Ana"
    assert [rejection["company"] for rejection in data["rejections"]] == ["Acme"]
    assert "Globex" not in document.content.decode()


async def test_forget_deletes_everything_after_confirmation(
    telegram: RunningBot, store: InMemoryCoachStore
) -> None:
    ana = telegram.person()
    await ana.say("I got rejected by Acme")
    person = PersonRef("telegram", str(ana.chat_id))
    replies = await ana.say("/forget")
    assert replies[-1].labels == ["Delete everything", "Keep my data"]
    assert person in store.snapshots
    replies = await ana.press("Delete everything")
    assert content.say("forget.done") in replies[0].text
    assert person not in store.snapshots


async def test_a_group_command_gets_an_invitation_to_a_private_chat_and_no_coaching(
    telegram: RunningBot, store: InMemoryCoachStore
) -> None:
    ana = telegram.person()
    group = telegram.group()
    for command in ("/start", f"/progress@{USERNAME}", "/export"):
        replies = await group.say(ana, command)
        assert len(replies) == 1
        invitation = replies[0]
        link = f"https://t.me/{USERNAME}?start=hi"
        assert link in invitation.text
        assert invitation.buttons == [{"text": texts.OPEN_PRIVATE_CHAT, "url": link}]
        assert invitation.document is None
    assert store.snapshots == {}  # the coach never heard of anyone
    assert store.deliveries == set()


async def test_group_chatter_and_commands_for_other_bots_get_no_answer(
    telegram: RunningBot, bot_api: FakeBotApi, store: InMemoryCoachStore
) -> None:
    ana = telegram.person()
    group = telegram.group()
    assert await group.say(ana, "I got rejected today") == []
    assert await group.say(ana, "/help@some_other_bot") == []
    assert store.snapshots == {}
    assert not bot_api.calls_to("sendChatAction")


async def test_the_invitation_link_opens_the_coach_in_private(telegram: RunningBot) -> None:
    ana = telegram.person()
    replies = await ana.say("/start hi")  # what Telegram sends when the deep link is opened
    assert replies
    assert opening_of_welcome() in replies[0].text


def opening_of_welcome() -> str:
    return content.TEXT["welcome"].split("{", 1)[0][:40]


async def test_a_made_up_button_press_in_a_group_never_reaches_the_coach(
    telegram: RunningBot, bot_api: FakeBotApi, store: InMemoryCoachStore
) -> None:
    ana = telegram.person()
    group = telegram.group()
    invitation = (await group.say(ana, "/start"))[0]
    press = ana.callback_query("v1:cmd:export", invitation)
    assert await ana.act({"callback_query": press}) == []
    assert bot_api.answers == {press["id"]: texts.EXPIRED_BUTTON}
    assert invitation.labels == [texts.OPEN_PRIVATE_CHAT]  # the group's link stays
    assert group.inbox == [invitation]
    assert store.snapshots == {}
