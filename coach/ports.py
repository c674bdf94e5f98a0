"""What the coach needs from the outside world, as Protocols that storage and bot implement."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from coach.messages import PersonRef, QueuedReply, Reply
from coach.model import Conversation, Effect, Snapshot
from coach.nudges.values import Audience, NudgeOutcome, PendingNudge, PlanReport
from coach.nudges.values import DeliveryResult as DeliveryResult


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware (UTC)."""
        ...


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the coach decided in a turn: for the store to write and queue in that transaction."""

    conversation: Conversation
    effects: tuple[Effect, ...]
    replies: tuple[Reply, ...]
    #: The replies once the person's data export is read (after this turn's writes), for a
    #: turn that hands it over (/export); None for every other turn.
    with_export: Callable[[dict[str, Any]], tuple[Reply, ...]] | None = None


#: The coach's decision on a snapshot read under the person's lock: a plain function, with no
#: I/O and no event loop, so the store may run it where the transaction is (a database thread).
Decide = Callable[[Snapshot], Outcome]


class CoachStore(Protocol):
    """Persistence for one person at a time; `run_turn` is the coach's one transaction per
    message, the other methods are each their own transaction."""

    @property
    def replies(self) -> ReplyStore:
        """The outbox that `run_turn` queues replies into."""
        ...

    async def run_turn(self, person: PersonRef, now: datetime, delivery_id: str | None,
                       decide: Decide, *, queue: bool) -> list[QueuedReply] | None:
        """One message's transaction: claim `delivery_id` (None for a redelivered event:
        nothing else is done), lock the person (created on first contact) before reading
        them, `decide`, write what it changed, queue its replies in the outbox when `queue`
        (numbered in order; else numbered 0, for a caller that shows them itself), commit.
        All or nothing; no network inside."""
        ...

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


class ReplyStore(Protocol):
    """The outbox of replies already decided: what is still owed to whom, in order."""

    owner: str  # this process's name on the leases it takes

    async def claim_unsent(self, platform: str, now: datetime, until: datetime, limit: int,
                           *, take_over: bool = False,
                           from_others: bool = False) -> list[QueuedReply]:
        """Lease (until `until`) the oldest replies nobody is sending; all of them: `take_over`;
        all those other processes wrote or hold: `from_others` (the token's one sender)."""
        ...

    async def sent(self, numbers: Sequence[int]) -> None:
        """The platform accepted these: never send them again."""
        ...

    async def extend(self, numbers: Sequence[int], until: datetime) -> None:
        """This process still holds these (waiting to retry): keep others off them."""
        ...

    async def drop(self, numbers: Sequence[int]) -> None:
        """Nobody can receive these (the person blocked the bot)."""
        ...


class StoreUnavailable(Exception):
    """Storage cannot be reached right now (connection lost, database locked too long)."""


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

    async def release(self, delivery_ids: Sequence[int], now: datetime,
                      lease: str | None = None) -> None:
        """Hand claimed but unsent deliveries back at once (a clean stop)."""
        ...

    async def hand(self, nudges: Sequence[PendingNudge], now: datetime) -> set[int]:
        """Mark these as handed to the platform where their claim still holds them; those ids.
        One whose lease then lapses is `unknown`, never sent again."""
        ...

    async def extend(self, nudges: Sequence[PendingNudge], until: datetime) -> None:
        """Their sender still works on them (waiting out a 429): keep other claims off."""
        ...

    async def take_over(self, audience: Audience, now: datetime) -> int:
        """A new sender for `audience`: claims not yet handed are void and ready again now."""
        ...

    async def purge(self, before: datetime, limit: int) -> int:
        """Delete up to `limit` delivery records made before `before`; how many went."""
        ...
