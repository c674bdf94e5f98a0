"""Outboxes that need no platform: the console's, which shows a due nudge inside `coach chat`.

An outbox only has to send replies to a person and say how it went
(`coach.ports.Outbox`); the Telegram and Discord ones live with their adapters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot import charts
from coach.messages import PersonRef, Reply
from coach.ports import DeliveryResult


class ConsoleOutbox:
    """Hands nudges to the running console chat, which prints them like any reply."""

    def __init__(self, show: Callable[[list[Reply]], None]) -> None:
        self._show = show

    async def send(self, person: PersonRef, replies: Sequence[Reply]) -> DeliveryResult:
        self._show(await charts.with_pictures(replies))
        return DeliveryResult.DELIVERED
