"""The fake Discord's HTTP routes: what each one does to the fake's world, and answers."""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.discord import payloads
from tests.discord.payloads import EPHEMERAL, snowflake

if TYPE_CHECKING:
    from tests.discord.fake_discord import FakeDiscord
    from tests.discord.fake_records import FakeInteraction, Recorded

Handler = Callable[["Recorded", dict[str, str]], Awaitable[web.Response]]

CANNOT_MESSAGE_USER = 50007
ALREADY_ACKNOWLEDGED = 40060
UNKNOWN_WEBHOOK = 10015
CHANNEL_MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE, UPDATE_MESSAGE = 4, 5, 6, 7


class Routes:
    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        webhook = "/webhooks/{webhook_id}/{webhook_token}"
        self._handlers: dict[tuple[str, str], Handler] = {
            ("GET", "/users/@me"): self.me,
            ("GET", "/oauth2/applications/@me"): self.application,
            ("GET", "/applications/@me"): self.application,
            ("GET", "/gateway/bot"): self.gateway_bot,
            ("PUT", "/applications/{application_id}/commands"): self.sync_commands,
            ("PUT", "/applications/{application_id}/guilds/{guild_id}/commands"):
                self.sync_commands,
            ("POST", "/users/@me/channels"): self.open_dm,
            ("POST", "/channels/{channel_id}/messages"): self.send_message,
            ("POST", "/interactions/{interaction_id}/{interaction_token}/callback"):
                self.callback,
            ("POST", webhook): self.followup,
            ("PATCH", f"{webhook}/messages/@original"): self.edit_original,
            ("DELETE", f"{webhook}/messages/@original"): self.delete_original,
        }

    def handler(self, method: str, template: str) -> Handler | None:
        return self._handlers.get((method, template))

    async def me(self, record: Recorded, path: dict[str, str]) -> web.Response:
        return json_answer(self.fake.bot.to_json())

    async def application(self, record: Recorded, path: dict[str, str]) -> web.Response:
        return json_answer(payloads.application(self.fake.application_id, self.fake.bot))

    async def gateway_bot(self, record: Recorded, path: dict[str, str]) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return json_answer(
            {"url": self.fake.gateway_url, "shards": 1, "session_start_limit": limit}
        )

    async def sync_commands(self, record: Recorded, path: dict[str, str]) -> web.Response:
        commands = [
            {"type": 1, "options": [], **command, "id": str(snowflake()),
             "application_id": path["application_id"], "version": str(snowflake())}
            for command in record.body or []
        ]
        self.fake.commands = commands
        return json_answer(commands)

    async def open_dm(self, record: Recorded, path: dict[str, str]) -> web.Response:
        user = self.fake.users[int(record.body["recipient_id"])]
        return json_answer(payloads.dm_channel(self.fake.dm_channel_id(user), user))

    async def send_message(self, record: Recorded, path: dict[str, str]) -> web.Response:
        channel_id = int(path["channel_id"])
        recipient = next((u for u, c in self.fake.dm_channels.items() if c == channel_id), None)
        if recipient in self.fake.closed_dms:
            return _error(403, CANNOT_MESSAGE_USER, "Cannot send messages to this user")
        posted = self.fake.post(channel_id, self.fake.bot, record.body or {}, record.files)
        return json_answer(posted.to_json())

    async def callback(self, record: Recorded, path: dict[str, str]) -> web.Response:
        interaction = self.fake.interactions.get(int(path["interaction_id"]))
        if interaction is None or interaction.token != path["interaction_token"]:
            return _error(404, 10062, "Unknown interaction")
        if interaction.callback_type is not None:
            return _error(400, ALREADY_ACKNOWLEDGED, "Interaction has already been acknowledged.")
        kind = int(record.body["type"])
        interaction.callback_type, interaction.responded_at = kind, time.monotonic()
        data = record.body.get("data") or {}
        message = None
        if kind in (CHANNEL_MESSAGE, DEFERRED_MESSAGE):
            message = self.fake.post(interaction.channel_id, self.fake.bot, data, record.files)
            message.loading = kind == DEFERRED_MESSAGE
            interaction.original_id = message.id
        elif kind == UPDATE_MESSAGE and interaction.message_id is not None:
            pressed = self.fake.messages[interaction.message_id]
            message = self.fake.update(pressed, data, record.files)
        return json_answer(_callback_answer(interaction, kind, message))

    async def followup(self, record: Recorded, path: dict[str, str]) -> web.Response:
        interaction = self._interaction(path)
        if interaction is None:
            return _error(404, UNKNOWN_WEBHOOK, "Unknown Webhook")
        original = self._original(interaction)
        if original is not None and original.loading:
            # Discord: the first followup after a deferral fills the "thinking…" message.
            posted = self.fake.update(original, record.body, record.files)
        else:
            posted = self.fake.post(interaction.channel_id, self.fake.bot, record.body or {},
                                    record.files)
        return json_answer(posted.to_json())

    async def edit_original(self, record: Recorded, path: dict[str, str]) -> web.Response:
        interaction = self._interaction(path)
        original = self._original(interaction) if interaction else None
        if original is None:
            return _error(404, 10008, "Unknown Message")
        return json_answer(self.fake.update(original, record.body, record.files).to_json())

    async def delete_original(self, record: Recorded, path: dict[str, str]) -> web.Response:
        interaction = self._interaction(path)
        original = self._original(interaction) if interaction else None
        if original is None:
            return _error(404, 10008, "Unknown Message")
        original.deleted = True
        return web.Response(status=204)

    def _interaction(self, path: dict[str, str]) -> FakeInteraction | None:
        if path["webhook_id"] != str(self.fake.application_id):
            return None
        return next((i for i in self.fake.interactions.values()
                     if i.token == path["webhook_token"]), None)

    def _original(self, interaction: FakeInteraction) -> Any:
        return self.fake.messages.get(interaction.original_id or 0)


def _callback_answer(interaction: FakeInteraction, kind: int, message: Any) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "interaction": {
            "id": str(interaction.id),
            "type": 2 if interaction.message_id is None else 3,
            "response_message_id": str(message.id) if message else None,
            "response_message_loading": kind == DEFERRED_MESSAGE,
            "response_message_ephemeral": bool(message and message.flags & EPHEMERAL),
        },
        "resource": {"type": kind},
    }
    if message is not None:
        answer["resource"]["message"] = message.to_json()
    return answer


def _error(status: int, code: int, message: str) -> web.Response:
    return json_answer({"message": message, "code": code}, status=status)


def json_answer(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """Exactly `application/json`, no charset: discord.py reads anything else as plain text."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json", **(headers or {})},
    )
