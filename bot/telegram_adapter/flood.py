"""Flood control: python-telegram-bot's AIORateLimiter, minus the typing indicator.

AIORateLimiter counts every request that names a chat against Telegram's
~30 messages/s, and retries a 429 after the retry_after Telegram asks for
(`max_retries` times). The typing indicator is not a message: counting it
would halve how many replies fit in the budget when the bot is busy, and
delaying it would defeat its point. It goes straight through; if Telegram
refuses one, the sender drops it.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import AIORateLimiter

#: Requests that are not messages and are worth nothing late.
UNMETERED = frozenset({"sendChatAction"})

JSONDict = dict[str, Any]
Result = bool | JSONDict | list[JSONDict]


class FloodControl(AIORateLimiter):
    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        if endpoint in UNMETERED:
            return await callback(*args, **kwargs)
        return await super().process_request(
            callback, args, kwargs, endpoint, data, rate_limit_args
        )
