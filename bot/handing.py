"""The moment a nudge leaves for the platform: marked *handed* just before the request goes.

A nudge may wait a while between being claimed and being sent (the pace, replies going
first, a 429). Marking it handed when it is claimed would turn a crash during that wait
into a lost nudge; marking it after the send would turn a crash during the request into a
doubled one. So the sender of a nudge puts a `mark` here, and the transport (Telegram's
flood control) calls it once it has its slot, just before the request, while the token's
budget holds the next slot back (the mark is a database write: its latency must not
bunch the requests behind it); a transport that does not (console, tests) is marked by
the nudge sender itself, after its pace, before it calls the outbox.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Iterator
from contextvars import ContextVar

Mark = Callable[[], Awaitable[bool]]

_MARK: ContextVar[Mark | None] = ContextVar("rebound_nudge_handing", default=None)


class LeaseLost(Exception):
    """The nudge's claim went to another sender meanwhile: this one must not send it."""


@contextlib.contextmanager
def handing(mark: Mark) -> Iterator[None]:
    """While the block runs, requests of this task hand over the nudge `mark` marks."""
    token = _MARK.set(mark)
    try:
        yield
    finally:
        _MARK.reset(token)


def carrying_nudge() -> bool:
    """Whether a request made now carries a nudge still to be marked."""
    return _MARK.get() is not None


async def about_to_send() -> None:
    """Called by a transport right before a message request; raises LeaseLost when the
    nudge it carries is no longer ours to send. Replies carry no mark and pass."""
    mark = _MARK.get()
    if mark is not None and not await mark():
        raise LeaseLost
