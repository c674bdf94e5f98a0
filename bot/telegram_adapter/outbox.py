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
from bot.token_budget import Priority
from coach.messages import PersonRef, Reply
from coach.ports import DeliveryResult

log = logging.getLogger(__name__)


class TelegramOutbox:
    """The scheduler's way into Telegram (`coach.ports.Outbox`); never raises for a refusal.

    Made before the bot runs and attached once it does (`run_telegram` does both), so
    the scheduler is wired once; until then every send is RETRY_LATER. A blocked bot
    is UNREACHABLE, which the nudge store records on the person.
    """

    def __init__(self, bot: Bot | None = None, sender: ReplySender | None = None) -> None:
        self._bot = bot
        self._sender = sender or ReplySender(priority=Priority.NUDGE)

    def attach(self, bot: Bot | None) -> None:
        self._bot = bot

    @property
    def connected(self) -> bool:
        """The bot is running (for /healthz)."""
        return self._bot is not None

    async def send(self, person: PersonRef, replies: Sequence[Reply]) -> DeliveryResult:
        if person.platform != PLATFORM:
            raise ValueError(f"not a Telegram person: {person.platform}")
        if self._bot is None:
            return DeliveryResult.RETRY_LATER
        try:
            await self._sender.send(self._bot, int(person.user_id), replies)
        except Forbidden:
            log.info("telegram user %s blocked the bot; unreachable", person.user_id)
            return DeliveryResult.UNREACHABLE
        except TelegramError as error:
            log.warning("message to telegram user %s not delivered (%s); will retry",
                        person.user_id, type(error).__name__)
            return DeliveryResult.RETRY_LATER
        return DeliveryResult.DELIVERED
