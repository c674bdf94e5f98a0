"""People and groups that talk to the bot through the fake Bot API, as a Telegram client would.

Each action pushes a realistic update (validated against the spec by the fake)
and waits until the Application has finished with it, then returns the
messages the bot sent to that chat meanwhile: no sleeping, no reply counting.
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.fake_bot_state import BASE_DATE, Sent

Deliver = Callable[[dict[str, Any]], Awaitable[int]]


class Probe(Protocol):
    """Tells when the bot has finished with an update (see harness.UpdateProbe)."""

    def mark(self) -> int: ...

    async def wait(self, update_id: int, since: int = 0) -> None: ...

_query_ids = itertools.count(1)


def command_entities(text: str) -> dict[str, Any]:
    """Telegram marks a leading /command with an entity; the library's filters rely on it."""
    if not text.startswith("/"):
        return {}
    length = len(text.split(maxsplit=1)[0])
    return {"entities": [{"type": "bot_command", "offset": 0, "length": length}]}


STICKER = {"sticker": {"file_id": "stk1", "file_unique_id": "ustk1", "type": "regular",
                       "width": 512, "height": 512, "is_animated": False, "is_video": False}}
PHOTO = {"photo": [{"file_id": "ph1", "file_unique_id": "uph1", "width": 90, "height": 90}]}
VOICE = {"voice": {"file_id": "vc1", "file_unique_id": "uvc1", "duration": 3}}
DOCUMENT = {"document": {"file_id": "dc1", "file_unique_id": "udc1", "file_name": "cv.pdf"}}


class FakePerson:
    """One Telegram user in a private chat with the bot."""

    def __init__(self, api: FakeBotApi, probe: Probe, user_id: int, first_name: str,
                 deliver: Deliver | None = None) -> None:
        self.api = api
        self.user = {"id": user_id, "is_bot": False, "first_name": first_name,
                     "language_code": "en"}
        self.chat = {"id": user_id, "type": "private", "first_name": first_name}
        self._probe = probe
        self._deliver = deliver or self._push
        self.last_update_id = 0

    @property
    def chat_id(self) -> int:
        return int(self.chat["id"])

    @property
    def inbox(self) -> list[Sent]:
        """Everything the bot sent this person, oldest first, as it looks now."""
        return self.api.sent_to(self.chat_id)

    async def say(self, text: str) -> list[Sent]:
        return await self.send(text=text, **command_entities(text))

    async def send(self, **content: Any) -> list[Sent]:
        """A new message with any content (text, sticker, photo...)."""
        return await self.act({"message": self.message(**content)})

    async def edit(self, message: dict[str, Any], text: str) -> list[Sent]:
        edited = {**message, "text": text, "edit_date": message["date"] + 60}
        return await self.act({"edited_message": edited})

    async def press(self, label: str, on: Sent | None = None) -> list[Sent]:
        """Tap the button labelled `label` on `on`, or on the newest message that shows it."""
        showing = [m for m in self.inbox if label in m.labels]
        assert on or showing, f"no {label!r} button on screen: {[m.labels for m in self.inbox]}"
        message = on or showing[-1]
        button = next(b for b in message.buttons if b["text"] == label)
        return await self.press_data(button["callback_data"], message)

    async def press_data(self, data: str, message: Sent) -> list[Sent]:
        """Tap a button carrying `data`, which a modified client can make up."""
        return await self.act({"callback_query": self.callback_query(data, message)})

    def message(self, **content: Any) -> dict[str, Any]:
        message_id = self.api.new_message_id()
        return {"message_id": message_id, "date": BASE_DATE + message_id, "chat": self.chat,
                "from": self.user, **content}

    def callback_query(self, data: str, message: Sent) -> dict[str, Any]:
        return {"id": f"q{next(_query_ids)}", "from": self.user, "chat_instance": "ci1",
                "message": self.api.message_dicts[message.message_id], "data": data}

    async def act(self, update: dict[str, Any]) -> list[Sent]:
        """Deliver an update; when the bot is done with it, what it sent to this chat."""
        return await self._observe(lambda: self._deliver(update))

    async def redeliver_last(self) -> list[Sent]:
        """Telegram sends the last update again (its confirmation was lost in a crash)."""
        update_id = self.last_update_id
        return await self._observe(lambda: self._push(dict(self.api.updates[update_id])))

    async def _observe(self, deliver: Callable[[], Awaitable[int]]) -> list[Sent]:
        seen = {sent.message_id for sent in self.inbox}
        mark = self._probe.mark()
        self.last_update_id = await deliver()
        await self._probe.wait(self.last_update_id, since=mark)
        return [sent for sent in self.inbox if sent.message_id not in seen]

    async def _push(self, update: dict[str, Any]) -> int:
        return self.api.push(update)


class FakeGroup:
    """A group chat the bot was added to."""

    def __init__(self, api: FakeBotApi, probe: Probe, chat_id: int, title: str) -> None:
        self.api = api
        self.chat = {"id": chat_id, "type": "group", "title": title}
        self._probe = probe

    @property
    def inbox(self) -> list[Sent]:
        return self.api.sent_to(int(self.chat["id"]))

    async def say(self, member: FakePerson, text: str) -> list[Sent]:
        seen = {sent.message_id for sent in self.inbox}
        message_id = self.api.new_message_id()
        message = {"message_id": message_id, "date": BASE_DATE + message_id, "chat": self.chat,
                   "from": member.user, "text": text, **command_entities(text)}
        mark = self._probe.mark()
        await self._probe.wait(self.api.push({"message": message}), since=mark)
        return [sent for sent in self.inbox if sent.message_id not in seen]
