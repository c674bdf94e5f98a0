"""Sending what the reply outbox owes: right after each turn, and whatever was left owed.

The fast path sends a turn's replies the moment its transaction commits. Replies
that could not go (network down, the process died mid-send) stay owed: this
process keeps retrying its own, and `sweep` takes up those whose lease lapsed
(another process died) or, at start with `take_over`, every one of the
platform's (a polling bot is the only process of its token). A person's replies
always go in the order they were decided: everything owed to them sits in one
ordered queue here, sent by one task at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import weakref
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import timedelta

from bot import events
from coach.messages import PersonRef, QueuedReply, Reply
from coach.ports import Clock, DeliveryResult, ReplyStore, StoreUnavailable

log = logging.getLogger(__name__)

SendReply = Callable[[PersonRef, Reply], Awaitable[DeliveryResult]]
Unreachable = Callable[[PersonRef], Awaitable[None]]

#: How long replies taken up by this process are its own; renewed every sweep while held.
LEASE = timedelta(minutes=2)
SWEEP_EVERY = 5.0
"""Seconds between looks for owed replies; also how soon a failed send is tried again."""
SWEEP_BATCH = 500


class ReplyDispatcher:
    """The outbox's sender for one platform in this process."""

    def __init__(self, store: ReplyStore, platform: str, send: SendReply, clock: Clock,
                 unreachable: Unreachable, *, lease: timedelta = LEASE) -> None:
        self._store = store
        self._platform = platform
        self._send = send
        self._clock = clock
        self._unreachable = unreachable
        self._lease = lease
        self._owed: dict[PersonRef, dict[int, QueuedReply]] = {}
        self._turns: weakref.WeakValueDictionary[PersonRef, asyncio.Lock] = (
            weakref.WeakValueDictionary())
        self._to_mark: list[int] = []
        self._marking = asyncio.Lock()

    async def deliver(self, queued: Sequence[QueuedReply]) -> int:
        """Send a turn's replies now, after anything still owed to the same person;
        how many of `queued` went out."""
        people = self._take(queued)
        sent = [await self._flush(person) for person in people]
        delivered = {number for numbers in sent for number in numbers}
        return sum(1 for item in queued if item.number in delivered)

    async def claim(self, *, take_over: bool = False) -> int:
        """Take up owed replies (see the module docstring) without sending them yet.

        At start, before any update is handled: a person's old replies are then
        queued ahead of whatever the bot answers them next.
        """
        now = self._clock.now()
        try:
            claimed = await self._store.claim_unsent(
                self._platform, now, now + self._lease, SWEEP_BATCH, take_over=take_over)
        except StoreUnavailable:
            return 0
        events.outbox_swept(self._platform, len(claimed))
        self._take(claimed)
        return len(claimed)

    async def sweep(self) -> None:
        """Claim lapsed replies, then send everything owed (retrying failed sends)."""
        await self.claim()
        await asyncio.gather(*(self._flush(person) for person in list(self._owed)))

    async def run(self, stop: asyncio.Event) -> None:
        """Send what is owed now, then sweep every SWEEP_EVERY seconds until `stop`."""
        await asyncio.gather(*(self._flush(person) for person in list(self._owed)))
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), SWEEP_EVERY)
            if stop.is_set():
                break
            await self._renew_leases()
            await self.sweep()

    def owed(self) -> int:
        """Replies this process holds and has not sent yet (for a backlog gauge)."""
        return sum(len(items) for items in self._owed.values())

    def _take(self, queued: Iterable[QueuedReply]) -> list[PersonRef]:
        people: list[PersonRef] = []
        for item in queued:
            self._owed.setdefault(item.person, {})[item.number] = item
            if item.person not in people:
                people.append(item.person)
        return people

    async def _flush(self, person: PersonRef) -> list[int]:
        """Send what is owed to `person`, oldest first, until done or a send fails."""
        sent: list[int] = []
        async with self._turn(person):
            owed = self._owed.get(person, {})
            while owed:
                number = min(owed)
                result = await self._send_one(owed[number])
                if result is DeliveryResult.RETRY_LATER:
                    break
                if result is DeliveryResult.UNREACHABLE:
                    await self._give_up(person, list(owed))
                    break
                del owed[number]
                sent.append(number)
                await self._mark_sent(number)
            if not owed:
                self._owed.pop(person, None)
        return sent

    async def _send_one(self, item: QueuedReply) -> DeliveryResult:
        try:
            result = await self._send(item.person, item.reply)
        except Exception as error:  # a bug in one send must not stop everyone else's
            log.exception("reply %s to %s failed: %s", item.number, self._platform,
                          type(error).__name__)
            result = DeliveryResult.RETRY_LATER
        events.reply_sent(self._platform, result.value, 0.0)
        if result is DeliveryResult.RETRY_LATER:
            log.warning("reply %s to %s user %s not delivered yet; it stays owed",
                        item.number, self._platform, item.person.user_id)
        return result

    async def _give_up(self, person: PersonRef, numbers: list[int]) -> None:
        """The person blocked the bot: what is owed to them can never arrive."""
        self._owed.pop(person, None)
        with contextlib.suppress(StoreUnavailable):
            await self._store.drop([number for number in numbers if number > 0])
            await self._unreachable(person)

    async def _mark_sent(self, number: int) -> None:
        """Group commit: while one write runs, the next collects every reply sent meanwhile."""
        if number <= 0:  # never stored (the apology for an unreachable database)
            return
        self._to_mark.append(number)
        async with self._marking:
            batch, self._to_mark = self._to_mark, []
            if not batch:
                return
            try:
                await self._store.sent(batch)
            except StoreUnavailable:
                log.warning("%d sent replies not recorded; they may go out again", len(batch))

    async def _renew_leases(self) -> None:
        numbers = [n for items in self._owed.values() for n in items if n > 0]
        with contextlib.suppress(StoreUnavailable):
            await self._store.extend(numbers, self._clock.now() + self._lease)

    def _turn(self, person: PersonRef) -> asyncio.Lock:
        lock = self._turns.get(person)
        if lock is None:
            lock = self._turns[person] = asyncio.Lock()
        return lock
