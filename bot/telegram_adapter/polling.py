"""Poll for the next updates once the ones in hand are handled, or after a short while.

python-telegram-bot's Updater asks for the next updates as soon as it has queued the last
ones, so the next getUpdates request is built and sent (a few ms of Python on a small
machine) in the middle of the turns it just started: every reply waits for it. Telegram
keeps what arrives meanwhile, so the next poll may as well wait until the updates in hand
are handled; it never waits longer than `SETTLE_AT_MOST`, so a slow turn (or a slow send
to a far-away server) cannot hold back everyone else's messages for long.

Three parts, each through a public python-telegram-bot hook:
- `InHandQueue`, the Application's update queue, notes each update as it is queued;
- `PerChatUpdateProcessor` (ordering.py) says when each one is handled;
- `SettlingRequest`, the getUpdates request, waits for both to agree before each poll.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, HTTPXRequest, RequestData

#: The longest a poll waits for the turns in hand. Under a burst every poll would wait
#: for a whole batch (up to 100 updates) to be answered; this keeps new updates coming.
SETTLE_AT_MOST = 0.05


class UpdatesInHand:
    """The ids of updates received and not yet handled."""

    def __init__(self) -> None:
        self._ids: set[int] = set()
        self._settled = asyncio.Event()
        self._settled.set()

    def received(self, update_id: int) -> None:
        self._ids.add(update_id)
        self._settled.clear()

    def handled(self, update_id: int) -> None:
        """Called for every update handled, polled or not: an unknown id changes nothing."""
        self._ids.discard(update_id)
        if not self._ids:
            self._settled.set()

    async def settled(self, at_most: float | None = None) -> None:
        """Return once every update in hand is handled, or after `at_most` seconds
        (`SETTLE_AT_MOST` unless given)."""
        if self._settled.is_set():
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._settled.wait(), at_most or SETTLE_AT_MOST)


class InHandQueue(asyncio.Queue[object]):
    """The Application's update queue, noting each update it is given as in hand."""

    def __init__(self, in_hand: UpdatesInHand) -> None:
        super().__init__()
        self.in_hand = in_hand

    def put_nowait(self, item: object) -> None:  # `put` comes here too
        if isinstance(item, Update):
            self.in_hand.received(item.update_id)
        super().put_nowait(item)


class SettlingRequest(HTTPXRequest):
    """python-telegram-bot's own getUpdates request (one connection, its timeouts), made
    only once the updates in hand are handled."""

    def __init__(self, in_hand: UpdatesInHand, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.in_hand = in_hand

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        await self.in_hand.settled()
        return await super().do_request(url, method, request_data, *args, **kwargs)


def settling_request(in_hand: UpdatesInHand) -> BaseRequest:
    """What ApplicationBuilder would make for getUpdates (a pool of one), settling first."""
    return SettlingRequest(in_hand, connection_pool_size=1)
