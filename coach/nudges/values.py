"""The values nudges are planned and sent with: shared by the sweep, the ports and storage.

Kept apart from the sweep's decisions so that `coach/ports.py` can name them
without importing any behaviour of the core.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from coach.messages import PersonRef
from coach.model import NudgeKind, Snapshot


class DeliveryResult(StrEnum):
    """How sending a nudge went, as far as the scheduler needs to know."""

    DELIVERED = "delivered"
    UNREACHABLE = "unreachable"  # blocked the bot, closed DMs, deleted account: stop nudging
    RETRY_LATER = "retry_later"  # network trouble, rate limited, server error: try again


class NudgeStatus(StrEnum):
    """Where a recorded delivery stands. Stored: add values, never rename."""

    PENDING = "pending"  # recorded, not yet delivered (or waiting for a retry)
    SENT = "sent"
    FAILED = "failed"  # temporary failures until the tries ran out
    UNREACHABLE = "unreachable"  # the person blocked the bot
    CANCELLED = "cancelled"  # no longer fits (paused, goal met, feedback already in)
    EXPIRED = "expired"  # could not go out within the grace window
    # Handed to the platform by a sender that vanished before it heard back: it may have
    # arrived or not. Never sent again (no idempotency key; a double is worse than a miss).
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Audience:
    """Whose nudges one scheduler sends: the platforms it has an outbox for, or one person."""

    platforms: frozenset[str]
    person: PersonRef | None = None


@dataclass(frozen=True, slots=True)
class PlanReport:
    """One planning batch: schedule rows claimed, deliveries recorded, rows skipped."""

    claimed: int = 0
    recorded: int = 0
    skipped: int = 0


@dataclass(frozen=True, slots=True)
class PendingNudge:
    """A recorded delivery claimed for sending, with what composing it needs."""

    delivery_id: int
    person_id: int
    person: PersonRef
    kind: NudgeKind
    key: str
    slot: datetime
    attempts: int  # this one included
    snapshot: Snapshot | None  # None when the person has been forgotten meanwhile
    previous_variant: str | None = None  # the daily text they got the day before
    lease: str | None = None  # the claim's token: only its holder may hand or settle it


@dataclass(frozen=True, slots=True)
class NudgeOutcome:
    delivery_id: int
    person_id: int
    status: NudgeStatus
    variant: str | None = None
    retry_at: datetime | None = None  # with PENDING: when to try again
    lease: str | None = None  # the claim it settles; a lease lost meanwhile writes nothing
