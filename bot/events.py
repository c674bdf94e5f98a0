"""One function per thing worth counting about turns and sends: the single place to hook metrics.

Each logs at DEBUG (ids and numbers only, never what anyone wrote) and tells the
listeners attached with `attach` (the process's `Metrics`, made once in bot/app.py),
so the code that calls these functions knows nothing of metrics.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger(__name__)


class Listener(Protocol):
    """What `bot.metrics.Metrics` implements; any other counter may too."""

    def turn_timed(self, platform: str, seconds: float) -> None: ...

    def answered(self, platform: str, risk: str) -> None: ...

    def sent(self, platform: str, kind: str, result: str) -> None: ...

    def rate_limited(self, platform: str) -> None: ...


_listeners: list[Listener] = []


def attach(listener: Listener) -> Callable[[], None]:
    """Start telling `listener`; returns the call that stops it (for a clean stop, and tests)."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener)


def turn_handled(platform: str, seconds: float) -> None:
    """A person's message went through the coach (claim, decide, write: one transaction)."""
    log.debug("%s turn in %.1f ms", platform, seconds * 1000)
    for listener in _listeners:
        listener.turn_timed(platform, seconds)


def answered(platform: str, risk: str) -> None:
    """The crisis check's level for one message (counts for operators; never the text)."""
    for listener in _listeners:
        listener.answered(platform, risk)


def reply_sent(platform: str, result: str, seconds_owed: float) -> None:
    """A reply left the outbox: `result` is delivered, unreachable or retry_later;
    `seconds_owed` is how long after its turn it was."""
    log.debug("%s reply %s after %.1f s", platform, result, seconds_owed)
    for listener in _listeners:
        listener.sent(platform, "reply", result)


def nudge_sent(platform: str, result: str) -> None:
    """A nudge send ended (`result` a DeliveryResult value)."""
    for listener in _listeners:
        listener.sent(platform, "nudge", result)


def rate_limited(platform: str, retry_after: float) -> None:
    """The platform refused a send for now (429); every send of the token waits that long."""
    log.info("%s asked us to wait %.1f s (429)", platform, retry_after)
    for listener in _listeners:
        listener.rate_limited(platform)


def outbox_swept(platform: str, taken: int) -> None:
    """Replies a crash, a failed send or a lapsed lease left owed were taken up again."""
    if taken:
        log.info("%s outbox: %d owed replies taken up", platform, taken)
