"""What the coach needs from the outside world, as Protocols that storage and bot implement."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from coach.messages import PersonRef
from coach.model import Conversation, Effect, Snapshot


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware (UTC)."""
        ...


class CoachStore(Protocol):
    """Persistence for one person at a time; every method is its own transaction."""

    async def load(self, person: PersonRef, now: datetime) -> Snapshot:
        """Everything about `person`, creating an empty profile on first contact."""
        ...

    async def save(
        self, person_id: int, conversation: Conversation, effects: Sequence[Effect]
    ) -> None:
        """Write the new conversation state and carry out `effects`, all or nothing."""
        ...

    async def claim_delivery(self, platform: str, delivery_id: str, now: datetime) -> bool:
        """True the first time a platform event id is seen; False for a redelivery."""
        ...

    async def export(self, person_id: int) -> dict[str, Any]:
        """Every row stored about the person, as JSON-ready data, and nothing of anyone else."""
        ...

    async def mark_unreachable(self, person: PersonRef, unreachable: bool) -> None:
        """Remember that the platform refuses messages to this person (they blocked the bot)."""
        ...


class StoreUnavailable(Exception):
    """Storage cannot be reached right now (connection lost, database locked too long)."""
