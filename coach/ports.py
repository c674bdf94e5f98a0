"""What the coach needs from the outside world, as Protocols that storage and bot implement."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from coach.messages import PersonRef, Reply
from coach.model import Conversation, Effect, Snapshot

if TYPE_CHECKING:
    from coach.nudge_sweep import Audience, NudgeOutcome, PendingNudge, PlanReport


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


class DeliveryResult(StrEnum):
    """How sending a nudge went, as far as the scheduler needs to know."""

    DELIVERED = "delivered"
    UNREACHABLE = "unreachable"  # blocked the bot, closed DMs, deleted account: stop nudging
    RETRY_LATER = "retry_later"  # network trouble, rate limited, server error: try again


class Outbox(Protocol):
    """Sends messages nobody asked for just now to one person, on one platform."""

    async def send(self, person: PersonRef, replies: Sequence[Reply]) -> DeliveryResult:
        """Deliver `replies` in order; never raises for a platform's refusal, says so instead."""
        ...


class NudgeStore(Protocol):
    """The nudge schedule and the record of deliveries; each method is one short transaction,
    safe to call from several processes at once."""

    async def plan_due(
        self, audience: Audience, now: datetime, grace: timedelta, limit: int
    ) -> PlanReport:
        """Claim up to `limit` due schedule rows, record their deliveries, move the rows on."""
        ...

    async def claim_ready(
        self, audience: Audience, now: datetime, lease: timedelta, limit: int
    ) -> list[PendingNudge]:
        """Recorded deliveries ready to send, each leased to the caller for `lease`."""
        ...

    async def finish(self, outcomes: Sequence[NudgeOutcome], now: datetime) -> None:
        """Record how sends went; an UNREACHABLE outcome also marks the person so."""
        ...

    async def release(self, delivery_ids: Sequence[int], now: datetime) -> None:
        """Hand claimed but unsent deliveries back at once (a clean stop)."""
        ...

    async def purge(self, before: datetime, limit: int) -> int:
        """Delete up to `limit` delivery records made before `before`; how many went."""
        ...
