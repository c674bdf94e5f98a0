"""One send budget for a bot token: evenly spaced sends, replies first, a 429 pauses them all.

Telegram allows about 30 messages a second per bot and about one a second per
chat (bursts of a few are let through). Every send of the process waits for a
slot here; when slots are short, a waiting reply takes the next one before any
waiting nudge. A 429 from the platform pauses every sender for the retry_after
it asked for, since the limit is the token's, not the request's.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import time
from collections.abc import Awaitable, Callable
from enum import IntEnum


class Priority(IntEnum):
    """Lower goes first."""

    REPLY = 0  # someone is waiting for this
    NUDGE = 1  # nobody is


#: Sends per second; under Telegram's ~30 so that sends bunched on their way (a busy event
#: loop, network jitter: up to ~200 ms) cannot push any second over. At 28 a busy machine
#: saw one refusal in a 300-reply burst now and then; at 25 none.
TELEGRAM_RATE = 25.0
#: Requests given a slot and not yet answered. When the other side (or our own loop) stalls,
#: the requests in flight arrive together once it moves again; with at most this many, any
#: second the platform counts holds at most the rate's 26 evenly spaced starts plus these 3,
#: under 30. Without a cap, a stalled loop let 31 through (tests/telegram/test_burst.py).
MAX_IN_FLIGHT = 3
#: Messages one chat may get at once before the one-a-second pace applies.
CHAT_BURST = 20
CHAT_INTERVAL = 1.0
#: Seconds a slot's `first` step may hold the next slot back (a stuck write must not stop all).
HOLD_AT_MOST = 1.0
_PRUNE_AT = 10_000


class TokenBudget:
    """Hands out send slots in priority order, at most `rate` a second, `CHAT_BURST` per chat."""

    def __init__(self, rate: float = TELEGRAM_RATE, *, chat_burst: int = CHAT_BURST,
                 chat_interval: float = CHAT_INTERVAL,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._interval = 1.0 / rate
        self._chat_burst = chat_burst
        self._chat_interval = chat_interval
        self._clock = clock
        self._waiting: list[tuple[int, int, asyncio.Future[None], asyncio.Event | None]] = []
        self._order = itertools.count()
        self._next_free = 0.0
        self._paused_until = 0.0
        self._chats: dict[object, float] = {}  # when each chat's burst is back to full (GCRA)
        self._granting: asyncio.Task[None] | None = None
        self._in_flight = 0
        self._room = asyncio.Event()  # set when a request in flight was answered

    async def slot(self, priority: Priority, chat: object | None = None, *,
                   first: Callable[[], Awaitable[None]] | None = None) -> None:
        """Wait for this chat's pace, then for a slot of the token's budget; call `answered`
        once the request made in it is answered (or failed).

        `first` runs once the slot is ours and before the next one is given out, so
        whatever it waits on (a database write) cannot bunch the requests after it.
        """
        if chat is not None:
            await self._chat_pace(chat)
        if first is None and self._free_now():
            # Nobody waits and the next slot is due: take it without a trip through the
            # granting task (the usual case for a reply, outside a burst).
            self._next_free = self._clock() + self._interval
            self._in_flight += 1
            return
        ticket: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        released = asyncio.Event() if first is not None else None
        heapq.heappush(self._waiting, (priority, next(self._order), ticket, released))
        if self._granting is None or self._granting.done():
            self._granting = asyncio.create_task(self._grant())
        try:
            await ticket
            if first is not None:
                await first()
        except BaseException:
            if ticket.done() and not ticket.cancelled():  # given, but nothing will be sent
                self.answered()
            raise
        finally:
            if released is not None:
                released.set()

    def answered(self) -> None:
        """The request made in a slot is answered: room for one more in flight."""
        self._in_flight -= 1
        self._room.set()

    def _free_now(self) -> bool:
        idle = not self._waiting and (self._granting is None or self._granting.done())
        return (idle and self._in_flight < MAX_IN_FLIGHT
                and self._clock() >= max(self._next_free, self._paused_until))

    def pause(self, seconds: float) -> None:
        """The platform said 429: nobody sends for `seconds` (slots already given still go)."""
        self._paused_until = max(self._paused_until, self._clock() + seconds)

    async def _chat_pace(self, chat: object) -> None:
        now = self._clock()
        full_at = max(self._chats.get(chat, now), now)
        allowance = (self._chat_burst - 1) * self._chat_interval
        self._chats[chat] = full_at + self._chat_interval
        if len(self._chats) > _PRUNE_AT:
            self._chats = {key: at for key, at in self._chats.items() if at > now}
        if full_at - now > allowance:
            await asyncio.sleep(full_at - now - allowance)

    async def _grant(self) -> None:
        """Give the next slot to the most urgent waiter, one every `1/rate` seconds."""
        while self._waiting:
            if self._in_flight >= MAX_IN_FLIGHT:
                self._room.clear()
                await self._room.wait()
                continue
            now = self._clock()
            start = max(self._next_free, self._paused_until)
            if start > now:
                await asyncio.sleep(start - now)  # a later pause is seen on waking
                continue
            _, _, ticket, released = heapq.heappop(self._waiting)
            if ticket.done():  # its sender was cancelled
                continue
            ticket.set_result(None)
            self._in_flight += 1
            if released is not None:  # the next slot counts from when this one went
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(released.wait(), HOLD_AT_MOST)
                now = self._clock()
            self._next_free = now + self._interval
