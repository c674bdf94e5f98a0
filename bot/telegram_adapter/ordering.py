"""Concurrent updates, but one chat's updates strictly in the order Telegram sent them.

python-telegram-bot's concurrent mode starts one task per update and lets them
race. Two quick messages from one person could then be answered out of order,
and the coach's own per-person lock does not help: it covers deciding, not the
typing indicator before it or the sending after it. So this processor makes
each update wait for its chat's turn, around the whole of its handling.

Ordering argument: the Application starts tasks in queue order, and the first
point where a task can be suspended is our chat lock (PTB's semaphore, sized
below so it never blocks, returns without suspending); asyncio.Lock serves its
waiters first in, first out.

Fairness: the limit on updates running at once is taken *after* the chat's
turn has come. Were it taken before (as PTB's own semaphore is, around
`do_process_update`), a person sending a burst would fill every slot with
updates waiting for each other, and everyone else would wait behind them.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.telegram_adapter.polling import UpdatesInHand

#: How many updates may run at once: python-telegram-bot's default for `concurrent_updates(True)`.
DEFAULT_CONCURRENCY = 256
#: PTB's semaphore only decides where an update waits (PTB makes a task for every update
#: regardless), so it is made large enough never to be the place.
_NEVER_WAIT_IN_PTB = 1_000_000


def chat_key(update: object) -> int | None:
    """Which queue an update belongs to: its chat, else its user, else none (no ordering)."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Up to `running_limit` updates at once; within a chat, one at a time, in order."""

    def __init__(self, running_limit: int = DEFAULT_CONCURRENCY, *,
                 in_hand: UpdatesInHand | None = None) -> None:
        super().__init__(_NEVER_WAIT_IN_PTB)
        self.running_limit = running_limit
        self.in_hand = in_hand if in_hand is not None else UpdatesInHand()
        self._running = asyncio.BoundedSemaphore(running_limit)
        # Weak values: a chat's lock lives while some update of that chat holds or awaits it.
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )

    def _chat_turn(self, update: object) -> contextlib.AbstractAsyncContextManager[Any]:
        key = chat_key(update)
        if key is None:
            return contextlib.nullcontext()
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = asyncio.Lock()
        return lock

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        try:
            async with self._chat_turn(update), self._running:
                await coroutine
        finally:
            if isinstance(update, Update):  # the next poll may go (polling.py)
                self.in_hand.handled(update.update_id)

    async def initialize(self) -> None:
        """Nothing to set up: locks are made on demand."""

    async def shutdown(self) -> None:
        """Nothing to tear down: the Application drains updates before calling this."""
