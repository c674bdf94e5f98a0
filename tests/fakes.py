"""In-memory fakes of the coach's ports: a store, a clock, predictable ids, an outbox."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from coach.messages import PersonRef, QueuedReply, Reply
from coach.model import (
    AddApplication,
    Conversation,
    Effect,
    ForgetPerson,
    Profile,
    SaveApplication,
    SaveGoal,
    SaveProfile,
    SaveRejection,
    ScheduleNudges,
    Snapshot,
)
from coach.ports import Decide, DeliveryResult


class FakeClock:
    """A clock that moves only when a test says so."""

    def __init__(self, start: datetime = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


def counting_ids() -> Any:
    counter = itertools.count(1)
    return lambda: f"id{next(counter)}"


class InMemoryCoachStore:
    """The CoachStore port over dictionaries; behaves like the SQL store for the coach."""

    def __init__(self) -> None:
        self.snapshots: dict[PersonRef, Snapshot] = {}
        self.deliveries: set[tuple[str, str]] = set()
        #: Next due instant per (kind, key), per person, as ScheduleNudges left it.
        self.schedules: dict[PersonRef, dict[tuple[str, str], datetime]] = {}
        self._ids = itertools.count(1)
        #: The reply outbox: what is still owed, by number; `owner` and leases as ReplyStore.
        self.outbox: dict[int, QueuedReply] = {}
        self.numbers = itertools.count(1)
        self.owner = "memory"

    @property
    def replies(self) -> InMemoryCoachStore:
        return self

    async def run_turn(self, person: PersonRef, now: datetime, delivery_id: str | None,
                       decide: Decide, *, queue: bool) -> list[QueuedReply] | None:
        """As the SQL store: the decision, its writes and its outbox rows, all at the end."""
        if delivery_id is not None and not await self.claim_delivery(
            person.platform, delivery_id, now
        ):
            return None
        snapshot = await self.load(person, now)
        outcome = decide(snapshot)
        await self.save(snapshot.profile.id, outcome.conversation, outcome.effects)
        replies = outcome.replies
        if outcome.with_export is not None:
            replies = outcome.with_export(await self.export(snapshot.profile.id))
        if not queue:
            return [QueuedReply(0, person, reply) for reply in replies]
        queued = [QueuedReply(next(self.numbers), person, reply) for reply in replies]
        self.outbox.update({item.number: item for item in queued})
        return queued

    async def claim_unsent(self, platform: str, now: datetime, until: datetime, limit: int,
                           *, take_over: bool = False) -> list[QueuedReply]:
        """One process only: nothing lapses; at start everything owed is this process's."""
        if not take_over:
            return []
        owed = sorted(self.outbox.values(), key=lambda queued: queued.number)
        return [queued for queued in owed if queued.person.platform == platform][:limit]

    async def sent(self, numbers: Sequence[int]) -> None:
        for number in numbers:
            self.outbox.pop(number, None)

    async def extend(self, numbers: Sequence[int], until: datetime) -> None:
        """Leases mean nothing with one process and no database."""

    async def drop(self, numbers: Sequence[int]) -> None:
        await self.sent(numbers)

    async def load(self, person: PersonRef, now: datetime) -> Snapshot:
        if person not in self.snapshots:
            profile = Profile(next(self._ids), person.platform, person.user_id, now)
            self.snapshots[person] = Snapshot(profile, Conversation("idle"))
        return self.snapshots[person]

    def _person(self, person_id: int) -> PersonRef:
        return next(p for p, s in self.snapshots.items() if s.profile.id == person_id)

    async def save(
        self, person_id: int, conversation: Conversation, effects: Sequence[Effect]
    ) -> None:
        person = self._person(person_id)
        snapshot = replace(self.snapshots[person], conversation=conversation)
        for effect in effects:
            if isinstance(effect, ForgetPerson):
                del self.snapshots[person]
                self.schedules.pop(person, None)
                return
            if isinstance(effect, ScheduleNudges):
                self._schedule(person, effect)
                continue
            snapshot = _apply(snapshot, effect)
        self.snapshots[person] = snapshot

    def _schedule(self, person: PersonRef, effect: ScheduleNudges) -> None:
        schedule = self.schedules.setdefault(person, {})
        for nudge in effect.nudges:
            if nudge.due_at is None:
                schedule.pop((nudge.kind.value, nudge.key), None)
            else:
                schedule[(nudge.kind.value, nudge.key)] = nudge.due_at

    async def claim_delivery(self, platform: str, delivery_id: str, now: datetime) -> bool:
        key = (platform, delivery_id)
        first = key not in self.deliveries
        self.deliveries.add(key)
        return first

    async def export(self, person_id: int) -> dict[str, Any]:
        return asdict(self.snapshots[self._person(person_id)])

    async def mark_unreachable(self, person: PersonRef, unreachable: bool) -> None:
        snapshot = self.snapshots.get(person)
        if snapshot is None:  # like the SQL store: nobody to mark
            return
        profile = replace(snapshot.profile, unreachable=unreachable)
        self.snapshots[person] = replace(snapshot, profile=profile)


def _upsert(items: tuple[Any, ...], item: Any) -> tuple[Any, ...]:
    if any(existing.id == item.id for existing in items):
        return tuple(item if existing.id == item.id else existing for existing in items)
    return (*items, item)


def _apply(snapshot: Snapshot, effect: Effect) -> Snapshot:
    if isinstance(effect, SaveProfile):
        return replace(snapshot, profile=effect.profile)
    if isinstance(effect, SaveRejection):
        return replace(snapshot, rejections=_upsert(snapshot.rejections, effect.rejection))
    if isinstance(effect, SaveGoal):
        return replace(snapshot, goals=_upsert(snapshot.goals, effect.goal))
    if isinstance(effect, AddApplication):
        return replace(snapshot, applications=(*snapshot.applications, effect.application))
    if isinstance(effect, SaveApplication):
        return replace(snapshot, applications=_upsert(snapshot.applications, effect.application))
    raise TypeError(effect)


class RecordingOutbox:
    """An Outbox that keeps what it was asked to send, answering as each person is scripted to."""

    def __init__(self, clock: FakeClock | None = None) -> None:
        self.clock = clock
        self.sent: list[tuple[PersonRef, tuple[Reply, ...], datetime | None]] = []
        self.answers: dict[PersonRef, list[DeliveryResult]] = {}
        self.attempts: list[PersonRef] = []

    async def send(self, person: PersonRef, replies: Sequence[Reply]) -> DeliveryResult:
        self.attempts.append(person)
        scripted = self.answers.get(person)
        result = scripted.pop(0) if scripted else DeliveryResult.DELIVERED
        if result is DeliveryResult.DELIVERED:
            self.sent.append((person, tuple(replies), self.clock.now() if self.clock else None))
        return result

    def to(self, person: PersonRef) -> list[tuple[Reply, ...]]:
        return [replies for who, replies, _ in self.sent if who == person]
