"""Discord JSON objects as the real API and gateway send them, trimmed to what clients read."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

#: Discord's epoch; snowflakes made from it look real and keep rising.
_snowflakes = itertools.count(1_300_000_000_000_000_000)

EPHEMERAL = 1 << 6


def snowflake() -> int:
    return next(_snowflakes)


@dataclass(frozen=True, slots=True)
class FakeUser:
    id: int
    username: str
    global_name: str | None = None
    bot: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.username,
            "global_name": self.global_name,
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
        }


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def dm_channel(channel_id: int, recipient: FakeUser) -> dict[str, Any]:
    return {
        "id": str(channel_id),
        "type": 1,
        "last_message_id": None,
        "flags": 0,
        "recipients": [recipient.to_json()],
    }


def guild_channel(channel_id: int, guild_id: int) -> dict[str, Any]:
    return {
        "id": str(channel_id),
        "type": 0,
        "guild_id": str(guild_id),
        "name": "career-talk",
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "rate_limit_per_user": 0,
        "last_message_id": None,
        "flags": 0,
    }


def message(
    message_id: int,
    channel_id: int,
    author: FakeUser,
    content: str,
    *,
    components: list[Any] | None = None,
    attachments: list[dict[str, Any]] | None = None,
    flags: int = 0,
    stickers: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    return {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "type": 0,
        "author": author.to_json(),
        "content": content,
        "timestamp": now_iso(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": attachments or [],
        "embeds": [],
        "pinned": False,
        "flags": flags,
        "components": components or [],
        "sticker_items": stickers or [],
    }


def attachment(filename: str, size: int) -> dict[str, Any]:
    attachment_id = snowflake()
    return {
        "id": str(attachment_id),
        "filename": filename,
        "size": size,
        "url": f"https://cdn.example/attachments/{attachment_id}/{filename}",
        "proxy_url": f"https://media.example/attachments/{attachment_id}/{filename}",
        "content_type": "application/json",
    }


def interaction(
    interaction_id: int,
    token: str,
    application_id: int,
    user: FakeUser,
    channel: dict[str, Any],
    *,
    kind: int,
    data: dict[str, Any],
    guild_id: int | None = None,
    message_json: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """INTERACTION_CREATE: in a server the user comes wrapped as a member, in a DM bare."""
    payload: dict[str, Any] = {
        "id": str(interaction_id),
        "application_id": str(application_id),
        "type": kind,
        "data": data,
        "channel": channel,
        "channel_id": channel["id"],
        "token": token,
        "version": 1,
        "locale": "en-US",
        "app_permissions": "0",
        "entitlements": [],
        "authorizing_integration_owners": {"0": str(guild_id)} if guild_id else {},
        "context": 0 if guild_id else 1,
        "attachment_size_limit": 10_485_760,
    }
    if guild_id is not None:
        payload["guild_id"] = str(guild_id)
        payload["guild"] = {"id": str(guild_id), "locale": "en-US", "features": []}
        payload["guild_locale"] = "en-US"
        payload["member"] = {
            "user": user.to_json(),
            "roles": [],
            "joined_at": now_iso(),
            "deaf": False,
            "mute": False,
            "flags": 0,
            "permissions": "2248473465835073",
        }
    else:
        payload["user"] = user.to_json()
    if message_json is not None:
        payload["message"] = message_json
    return payload


def application(application_id: int, owner: FakeUser) -> dict[str, Any]:
    return {
        "id": str(application_id),
        "name": "Rebound",
        "description": "A coach for the days after a job rejection",
        "icon": None,
        "bot_public": True,
        "bot_require_code_grant": False,
        "verify_key": "0" * 64,
        "owner": owner.to_json(),
        "team": None,
        "flags": 0,
        "summary": "",
    }
