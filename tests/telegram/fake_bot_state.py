"""What the fake Bot API remembers, and the methods that change it, as Telegram would.

Kept apart from the HTTP side (fake_bot_api) so each stays small: this half is
plain synchronous bookkeeping of chats, the bot's messages and their keyboards,
callback queries and settings.
"""

from __future__ import annotations

import collections
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.telegram.bot_api_spec import Upload

#: Message dates are plausible Unix times; nothing depends on the wall clock.
BASE_DATE = 1_790_000_000
NOT_MODIFIED = ("Bad Request: message is not modified: specified new message content and "
                "reply markup are exactly the same as a current content and reply markup "
                "of the message")
QUERY_TOO_OLD = ("Bad Request: query is too old and response timeout expired or query ID "
                 "is invalid")


class ApiError(Exception):
    """An error answer: HTTP status, Telegram's description, and retry_after for 429."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.retry_after = status, description, retry_after


@dataclass
class Sent:
    """A message from the bot as the person sees it now (keyboards change when edited)."""

    message_id: int
    chat_id: int
    text: str
    keyboard: list[list[dict[str, Any]]]
    document: Upload | None = None
    photo: Upload | None = None

    @property
    def buttons(self) -> list[dict[str, Any]]:
        return [button for row in self.keyboard for button in row]

    @property
    def labels(self) -> list[str]:
        return [button["text"] for button in self.buttons]


def png_size(content: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's header; (0, 0) for anything that is not a PNG."""
    if content[:8] != b"\x89PNG\r\n\x1a\n" or content[12:16] != b"IHDR":
        return 0, 0
    return int.from_bytes(content[16:20], "big"), int.from_bytes(content[20:24], "big")


class BotApiState:
    def __init__(self, bot_user: dict[str, Any]) -> None:
        self.bot_user = bot_user
        self.chats: dict[int, dict[str, Any]] = {}
        self.messages: dict[int, Sent] = {}
        self.message_dicts: dict[int, dict[str, Any]] = {}
        self.updates: dict[int, dict[str, Any]] = {}
        #: Messages sent to each chat: cheap to ask when hundreds of people wait at once.
        self.sent_count: collections.Counter[int] = collections.Counter()
        #: Called with the chat id of each message sent (a hundred waiters need not all wake).
        self.sent_listeners: list[Callable[[int], None]] = []
        self.answers: dict[str, str | None] = {}
        self.commands: list[dict[str, Any]] = []
        self.webhook: dict[str, Any] = {}
        self._open_queries: set[str] = set()
        self._next_update_id = 500
        self._next_message_id = 1

    def new_update_id(self) -> int:
        self._next_update_id += 1
        return self._next_update_id

    def new_message_id(self) -> int:
        self._next_message_id += 1
        return self._next_message_id

    def remember_update(self, update: dict[str, Any]) -> None:
        """Learn the chats an update reveals, and the callback query it opens."""
        self.updates[int(update["update_id"])] = update
        for kind in ("message", "edited_message", "my_chat_member"):
            if kind in update:
                chat = update[kind]["chat"]
                self.chats[chat["id"]] = chat
        if "callback_query" in update:
            self._open_queries.add(update["callback_query"]["id"])

    def sent_to(self, chat_id: int) -> list[Sent]:
        return [sent for sent in self.messages.values() if sent.chat_id == chat_id]

    def _chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self.chats.get(int(params["chat_id"]))
        if chat is None:
            raise ApiError(400, "Bad Request: chat not found")
        return chat

    def _send(self, params: dict[str, Any], upload: Upload | None = None,
              picture: Upload | None = None, **content: Any) -> dict[str, Any]:
        chat = self._chat(params)
        message_id = self.new_message_id()
        markup = params.get("reply_markup")
        keyboard = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
        message = {"message_id": message_id, "date": BASE_DATE + message_id, "chat": chat,
                   "from": self.bot_user, **content}
        if keyboard:
            message["reply_markup"] = {"inline_keyboard": keyboard}
        self.message_dicts[message_id] = message
        text = content.get("text") or content.get("caption") or ""
        self.messages[message_id] = Sent(message_id, chat["id"], text, keyboard, upload, picture)
        self.sent_count[chat["id"]] += 1
        for listener in self.sent_listeners:
            listener(chat["id"])
        return message

    def _editable(self, params: dict[str, Any]) -> Sent:
        sent = self.messages.get(int(params.get("message_id", 0)))
        if sent is None or sent.chat_id != int(params.get("chat_id", 0)):
            raise ApiError(400, "Bad Request: message to edit not found")
        return sent

    def _edited(self, sent: Sent, text: str | None, keyboard: list[list[Any]]) -> dict[str, Any]:
        """Apply an edit; like Telegram, refuse one that changes nothing."""
        if (text or sent.text, keyboard) == (sent.text, sent.keyboard):
            raise ApiError(400, NOT_MODIFIED)
        message = self.message_dicts[sent.message_id]
        if text is not None:
            sent.text = message["text"] = text
        sent.keyboard = keyboard
        message.pop("reply_markup", None)
        if keyboard:
            message["reply_markup"] = {"inline_keyboard": keyboard}
        return message

    # Bot API methods, named as Telegram names them.

    def api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.bot_user

    def api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._send(params, text=params["text"])

    def api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        upload = params["document"]
        if not isinstance(upload, Upload):
            raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        number = len(self.messages)
        document = {"file_id": f"doc{number}", "file_unique_id": f"u{number}",
                    "file_name": upload.filename, "mime_type": upload.content_type,
                    "file_size": len(upload.content)}
        extra = {"caption": params["caption"]} if params.get("caption") else {}
        return self._send(params, upload, document=document, **extra)

    def api_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        """Telegram's documented limits: at most 10 MB, width + height at most 10000,
        a ratio of at most 20; what it cannot decode as an image it refuses."""
        upload = params["photo"]
        if not isinstance(upload, Upload):
            raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        width, height = png_size(upload.content)
        if len(upload.content) > 10 * 1024 * 1024:
            raise ApiError(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
        if not width or not height or width + height > 10000 or max(width / height,
                                                                     height / width) > 20:
            raise ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED")
        number = len(self.messages)
        photo = [{"file_id": f"photo{number}", "file_unique_id": f"p{number}", "width": width,
                  "height": height, "file_size": len(upload.content)}]
        extra = {"caption": params["caption"]} if params.get("caption") else {}
        return self._send(params, picture=upload, photo=photo, **extra)

    def api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        sent = self._editable(params)
        markup = params.get("reply_markup") or {}
        return self._edited(sent, None, markup.get("inline_keyboard", []))

    def api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        sent = self._editable(params)
        markup = params.get("reply_markup") or {}
        return self._edited(sent, params["text"], markup.get("inline_keyboard", []))

    def api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        query_id = params["callback_query_id"]
        if query_id not in self._open_queries:
            raise ApiError(400, QUERY_TOO_OLD)
        self._open_queries.discard(query_id)
        self.answers[query_id] = params.get("text")
        return True

    def api_sendChatAction(self, params: dict[str, Any]) -> bool:
        self._chat(params)
        return True

    def api_setMyCommands(self, params: dict[str, Any]) -> bool:
        self.commands = list(params["commands"])
        return True

    def api_deleteMyCommands(self, params: dict[str, Any]) -> bool:
        self.commands = []
        return True

    def api_setWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = dict(params)
        return True

    def api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {}
        return True

    def api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                "pending_update_count": 0}

    def api_close(self, params: dict[str, Any]) -> bool:
        return True

    def api_logOut(self, params: dict[str, Any]) -> bool:
        return True
