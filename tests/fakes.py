"""In-memory fakes of the coach's ports: a store, a clock, predictable ids."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from coach.messages import PersonRef
from coach.model import (
    AddApplication,
    Conversation,
    Effect,
    ForgetPerson,
    Profile,
    SaveGoal,
    SaveProfile,
    SaveRejection,
    Snapshot,
)


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
        self._ids = itertools.count(1)

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
                return
            snapshot = _apply(snapshot, effect)
        self.snapshots[person] = snapshot

    async def claim_delivery(self, platform: str, delivery_id: str, now: datetime) -> bool:
        key = (platform, delivery_id)
        first = key not in self.deliveries
        self.deliveries.add(key)
        return first

    async def export(self, person_id: int) -> dict[str, Any]:
        return asdict(self.snapshots[self._person(person_id)])

    async def mark_unreachable(self, person: PersonRef, unreachable: bool) -> None:
        snapshot = self.snapshots[person]
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
    raise TypeError(effect)
