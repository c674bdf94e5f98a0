"""Pacing nudges to what each platform allows, with room left for answering people.

Telegram takes about 30 messages a second per bot and about one a second per
chat; Discord about 50 requests a second. A wave of nudges is spaced evenly at
a lower rate (25/s on Telegram), so replies to people always find room; a reply
also pushes the next nudge back (`spend_for_reply`), never the other way round.
The clock and the sleep are injected, so tests pace a wave without waiting.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping

#: Nudges per second, per platform; platforms not named here (console, tests) are not paced.
NUDGE_RATES: Mapping[str, float] = {"telegram": 25.0, "discord": 20.0}
#: What the platform itself allows per second, which replies to people draw on first.
PLATFORM_LIMITS: Mapping[str, float] = {"telegram": 30.0, "discord": 50.0}
PER_CHAT_INTERVAL = 1.0
"""Seconds between two messages to one chat (Telegram's limit for private chats)."""
_PRUNE_AT = 4096


class SendBudget:
    """Books a send time for each nudge: evenly spaced per platform, and per chat."""

    def __init__(
        self,
        rates: Mapping[str, float] = NUDGE_RATES,
        *,
        limits: Mapping[str, float] = PLATFORM_LIMITS,
        per_chat: float = PER_CHAT_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._rates = dict(rates)
        self._limits = dict(limits)
        self._per_chat = per_chat
        self._clock = clock
        self._sleep = sleep
        self._next_free: dict[str, float] = {}
        self._last_to_chat: dict[tuple[str, str], float] = {}

    def paces(self, platform: str) -> bool:
        """Whether nudges to `platform` are spaced at all (console and tests are not)."""
        return bool(self._rates.get(platform))

    def reserve(self, platform: str, chat: str) -> float:
        """Book the next nudge to `chat`; the seconds to wait before sending it."""
        rate = self._rates.get(platform)
        if not rate:
            return 0.0
        now = self._clock()
        at = max(now, self._next_free.get(platform, now))
        last = self._last_to_chat.get((platform, chat))
        if last is not None:
            at = max(at, last + self._per_chat)
        self._next_free[platform] = at + 1.0 / rate
        self._last_to_chat[(platform, chat)] = at
        if len(self._last_to_chat) > _PRUNE_AT:
            self._forget_chats_before(now - self._per_chat)
        return at - now

    def spend_for_reply(self, platform: str) -> None:
        """A reply to someone used part of the platform's budget: the next nudge gives way."""
        limit = self._limits.get(platform)
        if not limit or not self._rates.get(platform):
            return
        now = self._clock()
        self._next_free[platform] = max(now, self._next_free.get(platform, now)) + 1.0 / limit

    async def wait(self, seconds: float) -> None:
        await self._sleep(seconds)

    def _forget_chats_before(self, moment: float) -> None:
        self._last_to_chat = {key: at for key, at in self._last_to_chat.items() if at >= moment}
