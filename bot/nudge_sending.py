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
        handed = _HandingWrites(self._store, now)
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
                platform = pending.person.platform
                paced = self._budget.paces(platform)
                while len(sending) >= MAX_IN_FLIGHT:
                    _, sending = await asyncio.wait(sending,
                                                    return_when=asyncio.FIRST_COMPLETED)
                    if paced:  # what went is recorded now (unpaced: at the end, in bulk)
                        await self._settle(done, now, settled, open_)
                # Where it is marked handed: by the transport once it has its slot; after
                # the pace, here; unpaced, by its own task (the marks then go in groups).
                marked_here = paced and platform not in self._marked_by_transport
                if marked_here and not await handed.mark(pending):
                    continue  # another claim holds it now: not ours to send or to settle
                sending.add(asyncio.create_task(self._send_one(
                    pending, composed.reply, composed.variant, now, done, handed,
                    mark_first=not paced and platform not in self._marked_by_transport)))
            if sending:
                await asyncio.wait(sending)
            await self._settle(done, now, settled, open_)
        finally:
            keeping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await keeping
        return settled

    async def _send_one(self, pending: PendingNudge, reply: Reply, variant: str, now: datetime,
                        done: list[NudgeOutcome], handed: _HandingWrites, *,
                        mark_first: bool) -> None:
        outbox = self._outboxes.get(pending.person.platform)
        marked: list[bool] = []

        async def mark() -> bool:  # once per nudge, by the transport or just below
            if not marked:
                marked.append(await handed.mark(pending))
            return marked[0]

        if mark_first and not await mark():
            return  # another claim holds it now: not ours to send or to settle
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


class _HandingWrites:
    """Group commit of the *handed* marks: while one write runs, the next collects the rest
    (unpaced sends mark several at once; paced ones one at a time, as their turn comes)."""

    def __init__(self, store: NudgeStore, now: datetime) -> None:
        self._store = store
        self._now = now
        self._queue: list[tuple[PendingNudge, asyncio.Future[bool]]] = []
        self._writing = asyncio.Lock()

    async def mark(self, pending: PendingNudge) -> bool:
        """True when the claim still holds `pending` and it is now marked handed."""
        answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._queue.append((pending, answer))
        async with self._writing:
            if not answer.done():
                batch, self._queue = self._queue, []
                try:
                    held = await self._store.hand([each for each, _ in batch], self._now)
                except StoreUnavailable:
                    held = set()  # not marked, so not sent: the next claim tries again
                for each, future in batch:
                    future.set_result(each.delivery_id in held)
        if not answer.result():
            log.info("nudge %s not sent: its claim was lost", pending.delivery_id)
        return answer.result()


def _lease_of(open_: dict[int, PendingNudge], delivery_id: int) -> str | None:
    pending = open_.get(delivery_id)
    return None if pending is None else pending.lease


def _as_result(answer: object) -> DeliveryResult:
    """An outbox that answers True/False instead (the first Telegram one did) is understood,
    never taken for a failure and sent again."""
    if isinstance(answer, DeliveryResult):
        return answer
    return DeliveryResult.DELIVERED if answer else DeliveryResult.RETRY_LATER
