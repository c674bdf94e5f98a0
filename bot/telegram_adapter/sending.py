"""Sending the coach's replies through the Bot API, retrying what a retry can fix.

Flood control (the token's budget, 429s waited out) is FloodControl's job, below
python-telegram-bot; this module adds retries with backoff when the network
fails, the typing indicator, and documents for attachments. A Forbidden (the
person blocked the bot) is raised to the caller, which knows who the person is.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, TypeVar

from telegram import Bot, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ChatAction
from telegram.error import BadRequest, NetworkError, TelegramError

from bot import charts
from bot.telegram_adapter.rendering import CAPTION_LIMIT, keyboard, split_text, telegram_length
from bot.token_budget import Priority
from coach.messages import Reply

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Waits between attempts after a network error: three retries within about four seconds,
#: well inside the time a person waits before thinking the bot is broken.
RETRY_DELAYS: tuple[float, ...] = (0.5, 1.0, 2.5)
#: Telegram shows "typing…" for about five seconds; renew it a little before that.
TYPING_RENEW_EVERY = 4.5
#: The coach's texts carry links to crisis lines; previews would bury the words under cards.
NO_PREVIEWS = LinkPreviewOptions(is_disabled=True)
#: Telegram rejects an empty message; a reply that is only buttons still needs some text.
BUTTONS_ONLY_TEXT = "…"


class ReplySender:
    """Turns Replies into Bot API calls for one chat, in order, each retried on network errors."""

    def __init__(
        self,
        retry_delays: Sequence[float] = RETRY_DELAYS,
        on_sent: Callable[[], None] | None = None,
        priority: Priority | None = None,
    ) -> None:
        """`on_sent` hears of every message sent (the nudge pacer gives way to replies);
        `priority` NUDGE lets waiting replies go first (it needs the bot's FloodControl)."""
        self._retry_delays = tuple(retry_delays)
        self._on_sent = on_sent
        self._limits: dict[str, Any] = (
            {} if priority is None else {"rate_limit_args": int(priority)})

    async def call(self, request: Callable[[], Awaitable[T]], method: str) -> T:
        """Run `request`, again after each delay while the network fails.

        BadRequest subclasses NetworkError in python-telegram-bot but is the
        server's considered answer, so it is never retried. Retrying a send whose
        answer was lost can duplicate a message; we prefer that to losing one.
        """
        for delay in (*self._retry_delays, None):
            try:
                return await request()
            except BadRequest:
                raise
            except NetworkError as error:
                if delay is None:
                    raise
                log.warning("telegram %s failed (%s); retrying in %.1fs",
                            method, type(error).__name__, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # the loop returns or raises

    async def send(self, bot: Bot, chat_id: int, replies: Sequence[Reply]) -> None:
        """Send every reply, in order. Raises Forbidden and errors that survived retries."""
        for reply in replies:
            reply = await charts.with_picture(reply)
            if charts.is_picture(reply):
                await self._send_photo(bot, chat_id, reply)
            elif reply.attachment is not None:
                await self._send_document(bot, chat_id, reply)
            else:
                await self._send_text(bot, chat_id, reply.text, keyboard(reply.options))

    async def _send_text(
        self, bot: Bot, chat_id: int, text: str, markup: InlineKeyboardMarkup | None
    ) -> None:
        pieces = split_text(text)
        if not pieces and markup is None:
            return
        pieces = pieces or [BUTTONS_ONLY_TEXT]
        for number, piece in enumerate(pieces, start=1):
            piece_markup = markup if number == len(pieces) else None  # buttons go last
            send = functools.partial(
                bot.send_message,
                chat_id,
                piece,
                reply_markup=piece_markup,
                link_preview_options=NO_PREVIEWS,
                **self._limits,
            )
            await self.call(send, "sendMessage")
            if self._on_sent is not None:
                self._on_sent()

    async def _send_document(self, bot: Bot, chat_id: int, reply: Reply) -> None:
        attachment = reply.attachment
        assert attachment is not None
        caption: str | None = reply.text.strip() or None
        if caption is not None and telegram_length(caption) > CAPTION_LIMIT:
            await self._send_text(bot, chat_id, caption, None)
            caption = None
        send = functools.partial(
            bot.send_document,
            chat_id,
            attachment.content,
            filename=attachment.filename,
            caption=caption,
            reply_markup=keyboard(reply.options),
            **self._limits,
        )
        await self.call(send, "sendDocument")

    async def _send_photo(self, bot: Bot, chat_id: int, reply: Reply) -> None:
        """A chart: its words and one-line description as the caption when they fit."""
        assert reply.attachment is not None
        caption: str | None = charts.caption(reply) if reply.chart else reply.text.strip()
        if caption and telegram_length(caption) > CAPTION_LIMIT:
            await self._send_text(bot, chat_id, caption, None)
            caption = reply.chart.description[:CAPTION_LIMIT] if reply.chart else None
        send = functools.partial(
            bot.send_photo, chat_id, reply.attachment.content,
            filename=reply.attachment.filename, caption=caption or None,
            reply_markup=keyboard(reply.options),
        )
        await self.call(send, "sendPhoto")

    @contextlib.asynccontextmanager
    async def typing(self, bot: Bot, chat_id: int) -> AsyncIterator[None]:
        """Show "typing…" while the block runs, and keep it up until it ends.

        The first indicator goes out beside the work, not before it (the reply does
        not wait a round trip more), and is awaited at the end, so it still reaches
        the person before the reply. Best effort: a failure never stops the reply.
        """
        first = asyncio.create_task(self._show_typing(bot, chat_id))
        renewal = asyncio.create_task(self._keep_typing(bot, chat_id))
        try:
            yield
        finally:
            renewal.cancel()
            await asyncio.wait([first, renewal])

    async def _keep_typing(self, bot: Bot, chat_id: int) -> None:
        while True:
            await asyncio.sleep(TYPING_RENEW_EVERY)
            await self._show_typing(bot, chat_id)

    @staticmethod
    async def _show_typing(bot: Bot, chat_id: int) -> None:
        try:
            await bot.send_chat_action(chat_id, ChatAction.TYPING)
        except TelegramError as error:
            log.debug("typing indicator for chat %s failed: %s", chat_id, type(error).__name__)
