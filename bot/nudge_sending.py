"""Sending one claimed batch of nudges: composed now, paced per platform, a few in flight.

Outcomes are written as they come in, and whenever the pace makes us wait anyway,
so a crash leaves few sent nudges unrecorded (those alone could go out twice).
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from bot.pacing import SendBudget
from coach.messages import Reply
from coach.nudges.compose import compose
from coach.nudges.sweep import after_send, before_send
from coach.nudges.values import NudgeOutcome, NudgeStatus, PendingNudge
from coach.ports import DeliveryResult, NudgeStore, Outbox

log = logging.getLogger(__name__)

MAX_IN_FLIGHT = 8
"""Sends awaiting the platform at once: enough to keep 25/s going at 300 ms a request."""


class BatchSender:
    def __init__(
        self,
        store: NudgeStore,
        outboxes: Mapping[str, Outbox],
        budget: SendBudget,
        grace: timedelta,
        stopping: Callable[[], bool],
    ) -> None:
        self._store = store
        self._outboxes = outboxes
        self._budget = budget
        self._grace = grace
        self._stopping = stopping

    async def send(self, batch: list[PendingNudge], now: datetime) -> Counter[str]:
        """Send what still fits; on a clean stop, hand the rest back. Statuses, counted."""
        settled: Counter[str] = Counter()
        done: list[NudgeOutcome] = []
        sending: set[asyncio.Task[None]] = set()
        for position, pending in enumerate(batch):
            early = before_send(pending, now, self._grace)
            composed = None if early or pending.snapshot is None else compose(
                pending.kind, pending.key, pending.slot, pending.snapshot, now,
                pending.previous_variant)
            if early or composed is None:
                done.append(early or NudgeOutcome(pending.delivery_id, pending.person_id,
                                                  NudgeStatus.CANCELLED))
                continue
            wait = self._budget.reserve(pending.person.platform, pending.person.user_id)
            if wait > 0:
                await self._settle(done, now, settled)  # record what is done while we wait
                await self._budget.wait(wait)
            if self._stopping():  # hand the rest back rather than leave it to the lease
                await self._store.release([p.delivery_id for p in batch[position:]], now)
                break
            while len(sending) >= MAX_IN_FLIGHT:
                _, sending = await asyncio.wait(sending, return_when=asyncio.FIRST_COMPLETED)
            sending.add(asyncio.create_task(
                self._send_one(pending, composed.reply, composed.variant, now, done)))
        if sending:
            await asyncio.wait(sending)
        await self._settle(done, now, settled)
        return settled

    async def _send_one(self, pending: PendingNudge, reply: Reply, variant: str, now: datetime,
                        done: list[NudgeOutcome]) -> None:
        outbox = self._outboxes.get(pending.person.platform)
        try:
            answer = (await outbox.send(pending.person, [reply])
                      if outbox is not None else DeliveryResult.RETRY_LATER)
            result = _as_result(answer)
        except Exception as error:  # an outbox bug must not stop everyone else's nudges
            log.warning("nudge %s to %s failed: %s", pending.delivery_id,
                        pending.person.platform, type(error).__name__)
            result = DeliveryResult.RETRY_LATER
        done.append(after_send(pending, result, now, variant))

    async def _settle(self, done: list[NudgeOutcome], now: datetime,
                      settled: Counter[str]) -> None:
        if not done:
            return
        outcomes = list(done)
        done.clear()
        await self._store.finish(outcomes, now)
        settled.update(outcome.status.value for outcome in outcomes)


def _as_result(answer: object) -> DeliveryResult:
    """An outbox that answers True/False instead (the first Telegram one did) is understood,
    never taken for a failure and sent again."""
    if isinstance(answer, DeliveryResult):
        return answer
    return DeliveryResult.DELIVERED if answer else DeliveryResult.RETRY_LATER
