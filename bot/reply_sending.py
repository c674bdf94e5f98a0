"""Sending what the reply outbox owes: right after each turn, and whatever was left owed.

Only the token's sender sends (bot/sender_election.py). In the sender, the fast path
sends a turn's replies the moment its transaction commits, after taking up anything
other processes wrote before it (so a chat's replies keep their order whichever
process handled each turn). In any other process a turn only wakes the sender. Replies
that could not go (network down, the process died mid-send) stay owed: the sender
keeps retrying its own, takes up those of other processes as they come, and, when it
is newly elected (or at start with `take_over`: a polling bot is the only process of its
token), every one of the platform's. A person's replies always go in the order they were
decided: everything owed to them sits in one ordered queue here, sent by one task at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import weakref
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import datetime, timedelta

from bot import events
from bot.sender_election import SenderElection, sole_sender
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
#: How often held leases are renewed: well inside LEASE, however often the sender is woken.
RENEW_EVERY = timedelta(seconds=4)


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
        self._election = sole_sender(platform)
        self._claiming = asyncio.Lock()
        self._claims_started = self._claims_done = 0
        self._flushing: dict[PersonRef, asyncio.Task[list[int]]] = {}
        self._renewed: datetime | None = None

    def elect_with(self, election: SenderElection) -> None:
        """Send only while this process is the token's sender (several processes, one token)."""
        self._election = election

    async def deliver(self, queued: Sequence[QueuedReply]) -> int:
        """Send a turn's replies now, after anything still owed to the same person;
        how many of `queued` went out (none here when another process is the sender)."""
        if not self._election.is_sender:
            self._election.wake_sender()
            return 0
        if self._election.shared:
            await self._catch_up()
        people = self._take(queued)
        sent = [await self._flush(person) for person in people]
        delivered = {number for numbers in sent for number in numbers}
        return sum(1 for item in queued if item.number in delivered)

    async def claim(self, *, take_over: bool = False) -> int:
        """Take up owed replies (see the module docstring) without sending them yet.

        At start, before any update is handled: a person's old replies are then
        queued ahead of whatever the bot answers them next.
        """
        if not self._election.is_sender:
            return 0
        now = self._clock.now()
        try:
            shared = {"from_others": True} if self._election.shared else {}
            claimed = await self._store.claim_unsent(
                self._platform, now, now + self._lease, SWEEP_BATCH, take_over=take_over,
                **shared)
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
        """Send what is owed now, then look again whenever woken (another process queued
        replies, or this one became the sender) and every SWEEP_EVERY seconds, until `stop`."""
        # Shared: the first term seen (even one won before this started) takes over all.
        term = 0 if self._election.shared else self._election.term
        self._flush_in_background()
        while not stop.is_set():
            await self._wait(stop)
            if stop.is_set():
                break
            if not self._election.is_sender:
                self._owed.clear()  # the new sender takes them over, in order
                continue
            if term != self._election.term:  # newly elected: all that is owed is ours now
                term = self._election.term
                await self._claim_in_turn(take_over=True)
            else:
                await self._renew_leases()
                await self._claim_in_turn()
            self._flush_in_background()
        await asyncio.gather(*self._flushing.values(), return_exceptions=True)

    async def _wait(self, stop: asyncio.Event) -> None:
        woken = self._election.woken
        waits = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(woken.wait())]
        try:
            await asyncio.wait(waits, timeout=SWEEP_EVERY, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiting in waits:
                waiting.cancel()
        woken.clear()

    async def _catch_up(self) -> None:
        """Claim once more, in a round that starts after this call: every reply committed
        before this turn's (another process's, to the same person) is then in hand."""
        ticket = self._claims_started + 1
        async with self._claiming:
            if self._claims_done >= ticket:
                return
            await self._claim_round()

    async def _claim_in_turn(self, *, take_over: bool = False) -> None:
        async with self._claiming:
            await self._claim_round(take_over=take_over)

    async def _claim_round(self, *, take_over: bool = False) -> None:
        self._claims_started += 1
        started = self._claims_started
        if take_over:  # rows sent but not yet deleted must not come back: hold the deletes
            async with self._marking:
                await self.claim(take_over=True)
        else:
            await self.claim()
        self._claims_done = started

    def _flush_in_background(self) -> None:
        """A sending task for each person owed something (one at a time per person)."""
        for person in list(self._owed):
            running = self._flushing.get(person)
            if running is None or running.done():
                task = asyncio.create_task(self._flush(person))
                self._flushing[person] = task
                task.add_done_callback(functools.partial(self._flushed, person))

    def _flushed(self, person: PersonRef, task: asyncio.Task[list[int]]) -> None:
        if self._flushing.get(person) is task:
            del self._flushing[person]

    def owed(self) -> int:
        """Replies this process holds and has not sent yet (for a backlog gauge)."""
        return sum(len(items) for items in self._owed.values())

    def _take(self, queued: Iterable[QueuedReply]) -> list[PersonRef]:
        people: list[PersonRef] = []
        sent = set(self._to_mark)
        for item in queued:
            if item.number in sent:
                continue
            self._owed.setdefault(item.person, {})[item.number] = item
            if item.person not in people:
                people.append(item.person)
        return people

    async def _flush(self, person: PersonRef) -> list[int]:
        """Send what is owed to `person`, oldest first, until done or a send fails."""
        sent: list[int] = []
        async with self._turn(person):
            owed = self._owed.get(person, {})
            while owed and self._election.is_sender:
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
        """Every RENEW_EVERY at most (a sender woken by every turn would write each time)."""
        now = self._clock.now()
        if self._renewed is not None and now - self._renewed < RENEW_EVERY:
            return
        self._renewed = now
        numbers = [n for items in self._owed.values() for n in items if n > 0]
        with contextlib.suppress(StoreUnavailable):
            await self._store.extend(numbers, self._clock.now() + self._lease)

    def _turn(self, person: PersonRef) -> asyncio.Lock:
        lock = self._turns.get(person)
        if lock is None:
            lock = self._turns[person] = asyncio.Lock()
        return lock
