"""Handling stored webhook updates: each chat's one at a time, oldest first, in one process.

Behind a load balancer a person's two quick messages can reach two instances. Each
instance stores what it receives (`webhook.py`) and then drains the chat here, if no
other instance is already doing so; the one that is finds the new update when it looks
for the chat's next one. A sweep every second takes up chats nobody is draining: those
of an instance that died, or whose wake-up came while another held the chat.

Why the chat lock is released and the chat looked at once more before giving up: an
update stored while we held the lock, after our last look, was refused the lock by its
receiver; our second look, after letting go, is sure to see it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any, Protocol

from coach.ports import StoreUnavailable

log = logging.getLogger(__name__)

#: Seconds between looks for chats that nobody is draining.
SWEEP_EVERY = 1.0
#: Chats drained at once by this process; each holds a database connection only per statement.
CONCURRENT_CHATS = 16
SWEEP_BATCH = 200


class UpdateInbox(Protocol):
    """Where webhook updates wait until handled (`storage.inbox.SqlUpdateInbox`)."""

    async def store(self, update_id: int, chat_key: int, payload: dict[str, Any],
                    now: datetime) -> None: ...

    async def waiting_chats(self, limit: int) -> list[int]: ...

    async def next_update(self, chat_key: int) -> tuple[int, dict[str, Any]] | None: ...

    async def done(self, update_id: int,
                   chat_key: int) -> tuple[int, dict[str, Any]] | None: ...

    def chat_turn(self, chat_key: int) -> AbstractAsyncContextManager[bool]: ...

    async def close(self) -> None: ...


Handle = Callable[[dict[str, Any]], Awaitable[None]]
"""Handle one update as Telegram sent it; failures are the handler's to report."""


class InboxDrainer:
    """Drains the chats whose updates this process received, and any left waiting."""

    def __init__(self, inbox: UpdateInbox, handle: Handle, *,
                 concurrency: int = CONCURRENT_CHATS, sweep_every: float = SWEEP_EVERY) -> None:
        self._inbox = inbox
        self._handle = handle
        self._sweep_every = sweep_every
        self._slots = asyncio.Semaphore(concurrency)
        self._draining: dict[int, asyncio.Task[None]] = {}
        self._again: set[int] = set()
        self._stopping = False

    def arrived(self, chat_key: int) -> None:
        """An update of this chat was just stored: drain it, or tell the drain under way."""
        if self._stopping:
            return
        if chat_key in self._draining:
            self._again.add(chat_key)
            return
        self._draining[chat_key] = asyncio.create_task(self._drain(chat_key))

    async def run(self, stop: asyncio.Event) -> None:
        """Sweep for waiting chats until `stop`; then let the drains under way finish."""
        while not stop.is_set():
            await self.sweep()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self._sweep_every)
        await self.finish()

    async def sweep(self) -> None:
        try:
            chats = await self._inbox.waiting_chats(SWEEP_BATCH)
        except StoreUnavailable:
            return  # the next sweep tries again; nothing was taken
        for chat_key in chats:
            if chat_key not in self._draining:
                self.arrived(chat_key)

    async def finish(self) -> None:
        """Stop taking chats; wait for the update each drain has in hand."""
        self._stopping = True
        if self._draining:
            await asyncio.gather(*self._draining.values(), return_exceptions=True)

    async def _drain(self, chat_key: int) -> None:
        try:
            while True:
                self._again.discard(chat_key)
                async with self._slots, self._inbox.chat_turn(chat_key) as ours:
                    if not ours:
                        return  # another process has the chat and will see our update
                    found = await self._inbox.next_update(chat_key)
                    while found is not None and not self._stopping:
                        update_id, payload = found
                        await self._handle(payload)
                        found = await self._inbox.done(update_id, chat_key)
                if self._stopping:
                    return
                if chat_key not in self._again and await self._inbox.next_update(chat_key) is None:
                    return
        except StoreUnavailable as error:
            log.warning("inbox: chat left for the next sweep: %s", error)
        except Exception:  # a drain must never die silently with updates stranded
            log.exception("inbox: draining a chat failed; the next sweep tries again")
        finally:
            self._draining.pop(chat_key, None)
