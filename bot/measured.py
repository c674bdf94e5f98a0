"""The coach and the outboxes, measured: latency, risk levels and send results go to Metrics.

Wrapping at the wiring keeps the adapters and the coach free of metrics code:
every adapter already goes through `Coach.handle` and every nudge through an Outbox.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from bot.metrics import Metrics
from coach.messages import Incoming, PersonRef, Reply
from coach.ports import DeliveryResult, Outbox
from coach.safety import classify
from coach.service import Coach


class MeasuredCoach(Coach):
    """A Coach whose `handle` also reports how long the turn took and how risky it was.

    A subclass rather than a wrapper because the adapters are typed against `Coach`;
    it adds nothing but the measurement, and measures nothing until `measure_with`.
    """

    _metrics: Metrics | None = None
    _perf_clock: Callable[[], float] = staticmethod(time.perf_counter)

    def measure_with(
        self, metrics: Metrics, clock: Callable[[], float] = time.perf_counter
    ) -> MeasuredCoach:
        self._metrics = metrics
        self._perf_clock = clock
        return self

    async def handle(self, incoming: Incoming) -> list[Reply]:
        started = self._perf_clock()
        replies = await super().handle(incoming)
        if self._metrics is None:
            return replies
        risk = classify(incoming.text).value if incoming.text else "none"
        self._metrics.turn_answered(
            incoming.person.platform, self._perf_clock() - started, risk
        )
        return replies


class MeasuredOutbox:
    """An Outbox (`coach.ports.Outbox`) that counts how each nudge send ended."""

    def __init__(self, outbox: Outbox, platform: str, metrics: Metrics) -> None:
        self._outbox = outbox
        self._platform = platform
        self._metrics = metrics

    async def send(self, person: PersonRef, replies: Sequence[Reply]) -> DeliveryResult:
        result = await self._outbox.send(person, replies)
        self._metrics.sent(self._platform, "nudge", str(result))
        return result
