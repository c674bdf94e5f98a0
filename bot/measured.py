"""The coach and the outboxes, measured: turn latency and nudge send results go to bot.events.

Wrapping at the wiring keeps the adapters and the coach free of metrics code: every
adapter goes through `Coach.handle` or `Coach.respond`, and every nudge through an
Outbox. Risk levels come from the coach itself (`on_answer`), never from reading the
text a second time.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from bot import events
from coach.messages import Incoming, PersonRef, QueuedReply, Reply
from coach.ports import DeliveryResult, Outbox
from coach.safety import Risk
from coach.service import Coach


def report_answer(person: PersonRef, risk: Risk) -> None:
    """Coach's `on_answer`: count the level, by platform."""
    events.answered(person.platform, risk.value)


class MeasuredCoach(Coach):
    """A Coach whose turns also report how long they took.

    A subclass rather than a wrapper because the adapters are typed against `Coach`.
    """

    async def handle(self, incoming: Incoming) -> list[Reply]:
        started = time.perf_counter()
        try:
            return await super().handle(incoming)
        finally:
            events.turn_handled(incoming.person.platform, time.perf_counter() - started)

    async def respond(self, incoming: Incoming) -> list[QueuedReply]:
        started = time.perf_counter()
        try:
            return await super().respond(incoming)
        finally:
            events.turn_handled(incoming.person.platform, time.perf_counter() - started)


class MeasuredOutbox:
    """An Outbox (`coach.ports.Outbox`) that reports how each nudge send ended."""

    def __init__(self, outbox: Outbox, platform: str) -> None:
        self._outbox = outbox
        self._platform = platform

    @property
    def connected(self) -> bool:
        return bool(getattr(self._outbox, "connected", True))

    async def send(self, person: PersonRef, replies: Sequence[Reply]) -> DeliveryResult:
        result = await self._outbox.send(person, replies)
        events.nudge_sent(self._platform, str(result))
        return result
