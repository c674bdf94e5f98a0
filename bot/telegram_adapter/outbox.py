"""Messages nobody asked for just now (daily nudges, reminders), sent to a person's private chat.

The scheduler does not wait on an update, so there is no chat to answer: for a
private chat Telegram's chat id is the user's id, which is what PersonRef keeps.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import Bot
from telegram.error import Forbidden, TelegramError

from bot.telegram_adapter.adapter import PLATFORM
from bot.telegram_adapter.sending import ReplySender
from coach.messages import PersonRef, Reply
from coach.service import Coach

log = logging.getLogger(__name__)


class TelegramOutbox:
    """Delivers coach replies to Telegram users; a blocked bot marks the person unreachable."""

    def __init__(self, bot: Bot, coach: Coach, sender: ReplySender | None = None) -> None:
        self._bot = bot
        self._coach = coach
        self._sender = sender or ReplySender()

    async def send(self, person: PersonRef, replies: Sequence[Reply]) -> bool:
        """True when everything arrived; False when the person blocked us or sending failed."""
        if person.platform != PLATFORM:
            raise ValueError(f"not a Telegram person: {person.platform}")
        try:
            await self._sender.send(self._bot, int(person.user_id), replies)
        except Forbidden:
            log.info("telegram user %s blocked the bot; marking unreachable", person.user_id)
            await self._coach.mark_unreachable(person)
            return False
        except TelegramError as error:
            log.warning("nudge to telegram user %s not delivered: %s",
                        person.user_id, type(error).__name__)
            return False
        return True
