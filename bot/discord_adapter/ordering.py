"""One line per person, so their events are answered in the order Discord delivered them."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable
from types import TracebackType


class PersonLines:
    """A first-come, first-served line per person, across DMs, buttons and commands.

    discord.py runs every event handler in its own task, so two quick messages from
    one person race; the coach's lock orders its decisions, but not the sending of
    the replies. Joining the line happens synchronously, as the event arrives, so
    a handler may still answer Discord's 3-second acknowledgement *before* its
    turn comes, and only then wait for the events ahead of it.
    """

    def __init__(self) -> None:
        self._last: dict[Hashable, asyncio.Future[None]] = {}
        #: Events answered so far: a health figure, and what tests wait on.
        self.served = 0
        self._progress = asyncio.Event()

    def join(self, person: Hashable) -> Place:
        ahead = self._last.get(person)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._last[person] = done
        return Place(self, person, ahead, done)

    async def wait_served(self, count: int) -> None:
        """Return once `count` events in all have been answered."""
        while self.served < count:
            await self._progress.wait()

    def _leave(
        self, person: Hashable, ahead: asyncio.Future[None] | None, done: asyncio.Future[None]
    ) -> None:
        # Someone who leaves early (an error, nothing to wait for) must not let the
        # next one overtake those still ahead: the line moves on when they are done.
        if ahead is not None and not ahead.done():
            ahead.add_done_callback(lambda _: self._finish(person, done))
        else:
            self._finish(person, done)

    def _finish(self, person: Hashable, done: asyncio.Future[None]) -> None:
        done.set_result(None)
        if self._last.get(person) is done:
            del self._last[person]
        self.served += 1
        self._progress.set()
        self._progress = asyncio.Event()

    def __len__(self) -> int:
        """How many people have events in progress."""
        return len(self._last)


class Place:
    """A place in a person's line; leaving it (even by an error) lets the next one go."""

    def __init__(
        self,
        lines: PersonLines,
        person: Hashable,
        ahead: asyncio.Future[None] | None,
        done: asyncio.Future[None],
    ) -> None:
        self._lines = lines
        self._person = person
        self._ahead = ahead
        self._done = done

    async def turn(self) -> None:
        """Wait until everything this person sent earlier has been answered."""
        if self._ahead is not None and not self._ahead.done():
            # wait() rather than await: a cancelled waiter must not cancel the one ahead.
            await asyncio.wait({self._ahead})

    async def __aenter__(self) -> Place:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._lines._leave(self._person, self._ahead, self._done)
