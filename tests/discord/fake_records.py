"""What the fake Discord remembers: requests, messages as people see them, interactions."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from tests.discord import payloads
from tests.discord.payloads import EPHEMERAL, FakeUser

__all__ = ["FakeInteraction", "Posted", "Recorded"]


@dataclass
class Recorded:
    method: str
    path: str
    template: str | None
    query: dict[str, str]
    body: Any
    files: dict[str, tuple[str, bytes]]
    status: int = 0
    at: float = field(default_factory=time.monotonic)


@dataclass
class Posted:
    """A message as its reader sees it; `ephemeral` ones are shown to one person only."""

    id: int
    channel_id: int
    author: FakeUser
    content: str = ""
    components: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    flags: int = 0
    loading: bool = False
    deleted: bool = False

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    def buttons(self) -> list[dict[str, Any]]:
        return [c for row in self.components for c in row.get("components", []) if c["type"] == 2]

    def to_json(self) -> dict[str, Any]:
        attachments = [payloads.attachment(name, len(data)) for name, data in self.files.items()]
        return payloads.message(self.id, self.channel_id, self.author, self.content,
                                components=self.components, attachments=attachments,
                                flags=self.flags | (128 if self.loading else 0))


@dataclass
class FakeInteraction:
    id: int
    token: str
    user: FakeUser
    channel_id: int
    guild_id: int | None
    dispatched_at: float = field(default_factory=time.monotonic)
    message_id: int | None = None
    callback_type: int | None = None
    responded_at: float | None = None
    original_id: int | None = None
