"""Sending one claimed batch of nudges: composed now, paced per platform, a few in flight.

At most once per send attempt: each nudge is marked *handed* right before it goes to
the platform, and only while the batch's claim still holds it (bot/handing.py: on
Telegram the flood control marks it once the token's budget gave it a slot, holding
the next slot back meanwhile; elsewhere it is marked here, after the pace). The claim
is extended while the batch waits (the pace, a 429), so it is not taken from a sender
that is slow but alive. Outcomes are written only over the claim that made them, as
they come in and whenever the pace makes us wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from bot.handing import handing
from bot.pacing import SendBudget
from coach.messages import Reply
from coach.nudges.compose import compose
from coach.nudges.sweep import LEASE, after_send, before_send
from coach.nudges.values import NudgeOutcome, NudgeStatus, PendingNudge
from coach.ports import DeliveryResult, NudgeStore, Outbox, StoreUnavailable

log = logging.getLogger(__name__)

MAX_IN_FLIGHT = 8
"""Sends awaiting the platform at once: enough to keep 25/s going at 300 ms a request."""
#: Platforms whose transport marks a nudge handed itself, right before its request.
MARKED_BY_TRANSPORT = frozenset({"telegram"})


class BatchSender:
    def __init__(
        self,
        store: NudgeStore,
        outboxes: Mapping[str, Outbox],
        budget: SendBudget,
        grace: timedelta,
        stopping: Callable[[], bool],
        *,
        clock: Callable[[], datetime] | None = None,
        lease: timedelta = LEASE,
        marked_by_transport: Collection[str] = MARKED_BY_TRANSPORT,
    ) -> None:
        self._store = store
        self._outboxes = outboxes
        self._budget = budget
        self._grace = grace
        self._stopping = stopping
        self._clock = clock
        self._lease = lease
        self._marked_by_transport = frozenset(marked_by_transport)

    async def send(self, batch: list[PendingNudge], now: datetime) -> Counter[str]:
        """Send what still fits; on a clean stop, hand the rest back. Statuses, counted."""
        settled: Counter[str] = Counter()
        done: list[NudgeOutcome] = []
        sending: set[asyncio.Task[None]] = set()
        open_ = {pending.delivery_id: pending for pending in batch}
        keeping = asyncio.create_task(self._keep_leases(open_))
        try:
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
                    await self._settle(done, now, settled, open_)  # record while we wait
                    await self._budget.wait(wait)
                if self._stopping():  # hand the rest back rather than leave it to the lease
                    await self._store.release([p.delivery_id for p in batch[position:]], now,
                                              lease=pending.lease)
                    break
                while len(sending) >= MAX_IN_FLIGHT:
                    _, sending = await asyncio.wait(sending,
                                                    return_when=asyncio.FIRST_COMPLETED)
                    await self._settle(done, now, settled, open_)  # what went, recorded now
                marked_there = pending.person.platform in self._marked_by_transport
                if not marked_there and not await self._hand(pending, now):
                    continue  # another claim holds it now: not ours to send or to settle
                sending.add(asyncio.create_task(
                    self._send_one(pending, composed.reply, composed.variant, now, done)))
            if sending:
                await asyncio.wait(sending)
            await self._settle(done, now, settled, open_)
        finally:
            keeping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await keeping
        return settled

    async def _send_one(self, pending: PendingNudge, reply: Reply, variant: str, now: datetime,
                        done: list[NudgeOutcome]) -> None:
        outbox = self._outboxes.get(pending.person.platform)
        marked: list[bool] = []

        async def mark() -> bool:  # called by the transport, once per nudge
            if not marked:
                marked.append(await self._hand(pending, now))
            return marked[0]

        try:
            with handing(mark):
                answer = (await outbox.send(pending.person, [reply])
                          if outbox is not None else DeliveryResult.RETRY_LATER)
            result = _as_result(answer)
        except Exception as error:  # an outbox bug must not stop everyone else's nudges
            log.warning("nudge %s to %s failed: %s", pending.delivery_id,
                        pending.person.platform, type(error).__name__)
            result = DeliveryResult.RETRY_LATER
        done.append(replace(after_send(pending, result, now, variant), lease=pending.lease))

    async def _hand(self, pending: PendingNudge, now: datetime) -> bool:
        """Mark it handed, if our claim still holds it; whether it may be sent."""
        try:
            held = await self._store.hand([pending], now)
        except StoreUnavailable:
            return False  # not marked, so not sent: the next claim tries again
        if pending.delivery_id not in held:
            log.info("nudge %s not sent: its claim was lost", pending.delivery_id)
            return False
        return True

    async def _keep_leases(self, open_: dict[int, PendingNudge]) -> None:
        """While the batch is slow (the pace, a 429), its claim is renewed: a live sender
        keeps what it holds, and a dead one's lapses after one lease."""
        if self._clock is None:
            return
        every = self._lease.total_seconds() / 4
        while True:
            await asyncio.sleep(every)
            if open_:
                with contextlib.suppress(StoreUnavailable):
                    await self._store.extend(list(open_.values()), self._clock() + self._lease)

    async def _settle(self, done: list[NudgeOutcome], now: datetime,
                      settled: Counter[str], open_: dict[int, PendingNudge]) -> None:
        if not done:
            return
        outcomes = [outcome if outcome.lease is not None else
                    replace(outcome, lease=_lease_of(open_, outcome.delivery_id))
                    for outcome in done]
        done.clear()
        await self._store.finish(outcomes, now)
        for outcome in outcomes:
            open_.pop(outcome.delivery_id, None)
        settled.update(outcome.status.value for outcome in outcomes)


def _lease_of(open_: dict[int, PendingNudge], delivery_id: int) -> str | None:
    pending = open_.get(delivery_id)
    return None if pending is None else pending.lease


def _as_result(answer: object) -> DeliveryResult:
    """An outbox that answers True/False instead (the first Telegram one did) is understood,
    never taken for a failure and sent again."""
    if isinstance(answer, DeliveryResult):
        return answer
    return DeliveryResult.DELIVERED if answer else DeliveryResult.RETRY_LATER
