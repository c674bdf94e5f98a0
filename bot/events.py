"""One function per thing worth counting about turns and sends: the single place to hook metrics.

Each logs at DEBUG today (ids and numbers only, never what anyone wrote); a metrics
module can count in these functions without touching the code that calls them.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def turn_handled(platform: str, seconds: float) -> None:
    """A person's message went through the coach (claim, decide, write: one transaction)."""
    log.debug("%s turn in %.1f ms", platform, seconds * 1000)


def reply_sent(platform: str, result: str, seconds_owed: float) -> None:
    """A reply left the outbox: `result` is delivered, unreachable or retry_later;
    `seconds_owed` is how long after its turn it was."""
    log.debug("%s reply %s after %.1f s", platform, result, seconds_owed)


def rate_limited(platform: str, retry_after: float) -> None:
    """The platform refused a send for now (429); every send of the token waits that long."""
    log.info("%s asked us to wait %.1f s (429)", platform, retry_after)


def outbox_swept(platform: str, taken: int) -> None:
    """Replies a crash, a failed send or a lapsed lease left owed were taken up again."""
    if taken:
        log.info("%s outbox: %d owed replies taken up", platform, taken)
