"""Flood control: every Bot API request of the process through one TokenBudget, 429s waited out.

Unlike python-telegram-bot's AIORateLimiter, a request refused with 429 is retried
for as long as Telegram keeps asking us to wait (a reply is never dropped after a
fixed number of tries), and the wait pauses every other request of the token too.
Replies go first: a request made with `rate_limit_args=Priority.NUDGE` yields its
slot to any waiting reply. The typing indicator and button answers are not
messages: they go straight through (delaying them would defeat their point).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot import events
from bot.handing import about_to_send, carrying_nudge
from bot.token_budget import Priority, TokenBudget

log = logging.getLogger(__name__)

#: Requests that are not messages and are worth nothing late. getUpdates above all: a long
#: poll held a slot in flight for up to 30 s, and under a burst waited behind every queued
#: reply before the next people's messages were even fetched.
UNMETERED = frozenset({"getUpdates", "sendChatAction", "answerCallbackQuery", "getMe",
                       "setMyCommands", "setWebhook", "deleteWebhook", "logOut", "close"})

#: Telegram counts messages over a sliding second: a new sender lets one pass first.
TAKE_OVER_PAUSE = 1.0

JSONDict = dict[str, Any]
Result = bool | JSONDict | list[JSONDict]


class FloodControl(BaseRateLimiter[int]):
    """A python-telegram-bot rate limiter over our TokenBudget."""

    def __init__(self, budget: TokenBudget | None = None) -> None:
        self.budget = budget or TokenBudget()
        # We read RetryAfter.retry_after: take PTB's announced timedelta now, without warnings.
        os.environ.setdefault("PTB_TIMEDELTA", "1")

    def take_over(self) -> None:
        """This process just became the token's sender: the one before may have used this
        second's budget, so nothing goes out until a whole window has passed."""
        self.budget.pause(TAKE_OVER_PAUSE)

    async def initialize(self) -> None:
        """Nothing to open: the budget is plain memory."""

    async def shutdown(self) -> None:
        """Nothing to close."""

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
        priority = Priority.NUDGE if rate_limit_args == Priority.NUDGE else Priority.REPLY
        chat = data.get("chat_id")
        while True:
            # A nudge is marked handed here, after every wait, just before its request.
            mark = about_to_send if carrying_nudge() else None
            await self.budget.slot(priority, chat, first=mark)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                seconds = _seconds(error.retry_after)
                events.rate_limited("telegram", seconds)
                self.budget.pause(seconds)
            finally:
                self.budget.answered()


def _seconds(retry_after: int | float | timedelta) -> float:
    if isinstance(retry_after, timedelta):
        return retry_after.total_seconds()
    return float(retry_after)
