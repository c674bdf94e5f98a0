"""The reply outbox's sender for Telegram: a reply goes to the person's private chat."""

from __future__ import annotations

import logging

from telegram import Bot

from bot.reply_sending import ReplyDispatcher
from bot.telegram_adapter.adapter import PLATFORM
from bot.telegram_adapter.outbox import TelegramOutbox
from bot.telegram_adapter.sending import ReplySender
from coach.messages import PersonRef, Reply
from coach.ports import DeliveryResult
from coach.service import Coach

log = logging.getLogger(__name__)


def reply_dispatcher(
    bot: Bot, coach: Coach, sender: ReplySender
) -> ReplyDispatcher:
    """The outbox's sender: replies to the person's private chat, first in the budget."""
    outbox = TelegramOutbox(bot, sender)

    async def send(person: PersonRef, reply: Reply) -> DeliveryResult:
        return await outbox.send(person, [reply])

    async def unreachable(person: PersonRef) -> None:
        log.info("telegram user %s blocked the bot", person.user_id)
        await coach.mark_unreachable(person)

    return ReplyDispatcher(coach.outbox, PLATFORM, send, coach.clock, unreachable)
