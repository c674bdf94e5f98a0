"""Which process sends for a bot token: the one holding its seat (see storage/sender_lock.py).

All of a token's counted sends (replies and nudges) go out from one process, so one
TokenBudget paces them, a 429 slows every one of them, and a chat's replies leave in
the order they were written. The other processes handle turns, write the reply outbox
in the turn's transaction as always, and wake the sender once it committed. Each of
them tries the seat every few seconds, so when the sender dies another takes over
within about that long.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger(__name__)

#: Seconds between a non-sender's tries for the seat, and the sender's checks that it holds it.
TRY_EVERY = 2.0


class Seat(Protocol):
    """A token's sender seat (storage.sender_lock implements it)."""

    shared: bool  # other processes may hold it: wake them, claim what they wrote

    async def try_take(self) -> bool: ...

    async def held(self) -> bool: ...

    async def listen(self, woken: Callable[[], None]) -> None: ...

    async def wake(self) -> None: ...

    async def close(self) -> None: ...


class SenderElection:
    """This process's standing for one token: sender or not, and the sender's wake-up call."""

    def __init__(self, seat: Seat, platform: str, *, try_every: float = TRY_EVERY) -> None:
        self._seat = seat
        self.platform = platform
        self._try_every = try_every
        self.is_sender = not seat.shared  # one process: the sender from the start
        self.term = 0 if seat.shared else 1
        """Counts the times this process became the sender (a new term takes over all)."""
        self.woken = asyncio.Event()
        self.changed = asyncio.Event()
        self._waking: asyncio.Task[None] | None = None
        self._wake_again = False
        self._on_elected: list[Callable[[], None]] = []

    def on_elected(self, callback: Callable[[], None]) -> None:
        """Call `callback` each time this process becomes the sender."""
        self._on_elected.append(callback)

    @property
    def shared(self) -> bool:
        return self._seat.shared

    async def run(self, stop: asyncio.Event) -> None:
        """Try for the seat, keep it, notice losing it, until `stop`; then give it up."""
        try:
            while not stop.is_set():
                await self.check()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self._try_every)
        finally:
            self._step_down()
            await self._seat.close()

    async def check(self) -> None:
        """Look once: take the seat if it is free, notice having lost it."""
        if self.is_sender:
            if not await self._seat.held():
                log.warning("%s: no longer the sender (the seat was lost)", self.platform)
                self._step_down()
            return
        if await self._seat.try_take():
            try:
                await self._seat.listen(self.wake_up)
            except Exception as error:  # the poll still finds what a notification would say
                log.warning(
                    "%s: not listening for wake-ups: %s", self.platform, type(error).__name__
                )
            self.is_sender, self.term = True, self.term + 1
            log.info("%s: this process is the sender now (term %d)", self.platform, self.term)
            for callback in self._on_elected:
                callback()
            self._changed()

    def _step_down(self) -> None:
        if self.is_sender and self._seat.shared:
            self.is_sender = False
            self._changed()

    def _changed(self) -> None:
        self.changed.set()
        self.wake_up()

    def wake_up(self) -> None:
        """Something is there to send: the sender's loop looks now."""
        self.woken.set()

    def wake_sender(self) -> None:
        """After a turn committed in a non-sender: tell the sender (coalesced, never waited on).

        A notification lost on the way costs a poll interval, never a reply.
        """
        if self._waking is not None and not self._waking.done():
            self._wake_again = True
            return
        self._waking = asyncio.create_task(self._notify())

    async def _notify(self) -> None:
        while True:
            self._wake_again = False
            try:
                await self._seat.wake()
            except Exception as error:
                log.warning("%s: sender not woken: %s", self.platform, type(error).__name__)
            if not self._wake_again:
                return


def sole_sender(platform: str) -> SenderElection:
    """One process, nothing shared: always the sender (SQLite, tests)."""
    return SenderElection(_SoleSeat(), platform)


class _SoleSeat:
    shared = False

    async def try_take(self) -> bool:
        return True

    async def held(self) -> bool:
        return True

    async def listen(self, woken: Callable[[], None]) -> None:
        return None

    async def wake(self) -> None:
        return None

    async def close(self) -> None:
        return None
