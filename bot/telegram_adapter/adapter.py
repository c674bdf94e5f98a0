"""Telegram updates in, coach replies out: the only place that knows both sides.

Each handler turns one kind of update into an `Incoming` for the coach (or
answers by itself when the coach must not be involved: groups, stickers, edits,
expired buttons) and hands the replies to the ReplySender. Nothing here logs
what a person wrote; ids and outcomes only.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Sequence
from typing import Any

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MaybeInaccessibleMessage,
    ReplyParameters,
    Update,
    User,
)
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.helpers import create_deep_linked_url

from bot.reply_sending import ReplyDispatcher
from bot.telegram_adapter import texts
from bot.telegram_adapter.rendering import decode_callback
from bot.telegram_adapter.sending import NO_PREVIEWS, ReplySender
from coach.messages import Incoming, PersonRef, QueuedReply, Reply
from coach.ports import StoreUnavailable
from coach.service import Coach

log = logging.getLogger(__name__)

PLATFORM = "telegram"
#: The deep link's start parameter; the coach treats "/start hi" as a first hello.
DEEP_LINK_PAYLOAD = "hi"
#: The updates we handle; asked for explicitly so Telegram does not send others.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query", "my_chat_member")
TYPING_AFTER = 0.3
"""Seconds a turn may take before "typing…" is shown (0: always shown). A turn takes a
millisecond or two: an indicator for it would only cost a Bot API call that the reply
waits for, and vanish before anyone saw it."""

Context = ContextTypes.DEFAULT_TYPE


def person_of(user: User) -> PersonRef:
    return PersonRef(PLATFORM, str(user.id))


def delivery_id(bot: Bot, update: Update) -> str:
    """The update's identity for the coach's "seen before?" check.

    update_id sequences belong to a bot, so the bot id keeps two bots sharing a
    database apart; the platform is already part of the store's key.
    """
    return f"{bot.id}:{update.update_id}"


class TelegramAdapter:
    """The handlers of one Application, sharing a coach and a sender."""

    def __init__(self, coach: Coach, sender: ReplySender, replies: ReplyDispatcher) -> None:
        self._coach = coach
        self._sender = sender
        self._replies = replies

    def register(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        private = filters.ChatType.PRIVATE
        new_message = filters.UpdateType.MESSAGE
        application.add_handlers([
            CallbackQueryHandler(self.on_press),
            MessageHandler(new_message & private & filters.TEXT, self.on_text),
            MessageHandler(filters.UpdateType.EDITED_MESSAGE & private, self.on_edited),
            # Service messages (pins, shared users...) are not something the person said.
            MessageHandler(new_message & private & ~filters.StatusUpdate.ALL, self.on_not_text),
            MessageHandler(new_message & filters.ChatType.GROUPS & filters.COMMAND,
                           self.on_group_command),
            ChatMemberHandler(self.on_membership, ChatMemberHandler.MY_CHAT_MEMBER),
        ])
        application.add_error_handler(self.on_error)

    async def on_text(self, update: Update, context: Context) -> None:
        message = update.message
        if message is None or message.from_user is None or message.text is None:
            return
        user = message.from_user
        incoming = Incoming(person_of(user), text=message.text, display_name=user.first_name,
                            delivery_id=delivery_id(context.bot, update))
        await self._converse(context.bot, message.chat_id, incoming)

    async def on_press(self, update: Update, context: Context) -> None:
        """Answer the press, retire the keyboard, then let the coach take the choice."""
        query = update.callback_query
        if query is None:
            return
        value = decode_callback(query.data)
        chat = query.message.chat if query.message is not None else None
        if chat is None or chat.type != ChatType.PRIVATE:
            await self._answer(query, texts.EXPIRED_BUTTON)  # we put no buttons in groups
            return
        if value is None:
            log.info("expired or forged button in update %s", update.update_id)
            await self._answer(query, texts.EXPIRED_BUTTON)
            await self._remove_keyboard(context.bot, query.message)
            return
        await self._answer(query, None)
        if not await self._remove_keyboard(context.bot, query.message):
            log.info("second press on a used keyboard in update %s", update.update_id)
            return
        user = query.from_user
        incoming = Incoming(person_of(user), option=value, display_name=user.first_name,
                            delivery_id=delivery_id(context.bot, update))
        await self._converse(context.bot, chat.id, incoming)

    async def on_not_text(self, update: Update, context: Context) -> None:
        """Stickers, photos, voice...: a kind word, and the conversation stays where it was."""
        message = update.message
        if message is not None and message.from_user is not None:
            await self._deliver(context.bot, message.chat_id, person_of(message.from_user),
                                [Reply(texts.NOT_TEXT)])

    async def on_edited(self, update: Update, context: Context) -> None:
        """An edit would rewrite an answer already acted on, so it is not taken as input."""
        message = update.edited_message
        if message is not None and message.from_user is not None:
            await self._deliver(context.bot, message.chat_id, person_of(message.from_user),
                                [Reply(texts.EDITED)])

    async def on_group_command(self, update: Update, context: Context) -> None:
        """In a group the coach never speaks: whatever it said would be seen by everyone."""
        message = update.message
        username = context.bot.username
        if message is None or not _addressed_to(message.text or "", username):
            return
        link = create_deep_linked_url(username, DEEP_LINK_PAYLOAD)
        send = functools.partial(
            context.bot.send_message,
            message.chat_id,
            texts.GROUP_INVITATION.format(link=link),
            reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton(texts.OPEN_PRIVATE_CHAT, url=link)]]
            ),
            reply_parameters=ReplyParameters(message.message_id, allow_sending_without_reply=True),
            link_preview_options=NO_PREVIEWS,
        )
        try:
            await self._sender.call(send, "sendMessage")
        except TelegramError as error:
            log.info("no invitation in chat %s: %s", message.chat_id, type(error).__name__)

    async def on_membership(self, update: Update, context: Context) -> None:
        """Telegram tells us when a person blocks or unblocks the bot; nudges should know."""
        change = update.my_chat_member
        if change is None or change.chat.type != ChatType.PRIVATE:
            return
        person = person_of(change.from_user)
        if change.new_chat_member.status == ChatMemberStatus.BANNED:
            await self._mark_unreachable(person, True)
        elif change.old_chat_member.status == ChatMemberStatus.BANNED:
            await self._mark_unreachable(person, False)

    async def on_error(self, update: object, context: Context) -> None:
        error = context.error
        update_id = update.update_id if isinstance(update, Update) else None
        log.error("telegram update %s failed: %s", update_id, type(error).__name__,
                  exc_info=error)
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None or chat.type != ChatType.PRIVATE or isinstance(error, Forbidden):
            return
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(chat.id, texts.SOMETHING_WENT_WRONG)

    async def _converse(self, bot: Bot, chat_id: int, incoming: Incoming) -> None:
        """The turn commits with its replies in the outbox, then they go out at once.

        In a private chat the chat id is the person's id, which is where the
        outbox sends; a reply that cannot go now stays owed and goes later.
        """
        await self._replies.deliver(await self._respond(bot, chat_id, incoming))

    async def _respond(self, bot: Bot, chat_id: int, incoming: Incoming) -> list[QueuedReply]:
        """The coach's turn, with "typing…" shown only once it has taken TYPING_AFTER."""
        turn = asyncio.ensure_future(self._coach.respond(incoming))
        try:
            if TYPING_AFTER > 0:
                await asyncio.wait([turn], timeout=TYPING_AFTER)
            if turn.done():
                return turn.result()
            async with self._sender.typing(bot, chat_id):
                return await turn
        finally:
            turn.cancel()  # only does something when we were cancelled ourselves

    async def _deliver(
        self, bot: Bot, chat_id: int, person: PersonRef, replies: Sequence[Reply]
    ) -> None:
        try:
            await self._sender.send(bot, chat_id, replies)
        except Forbidden:
            await self._mark_unreachable(person, True)
        except TelegramError as error:
            log.error("reply to telegram user %s not delivered: %s: %s",
                      person.user_id, type(error).__name__, error.message)

    async def _mark_unreachable(self, person: PersonRef, unreachable: bool) -> None:
        log.info("telegram user %s %s the bot", person.user_id,
                 "blocked" if unreachable else "unblocked")
        try:
            await self._coach.mark_unreachable(person, unreachable)
        except StoreUnavailable:
            log.warning("could not record reachability of telegram user %s", person.user_id)

    async def _answer(self, query: CallbackQuery, text: str | None) -> None:
        """Stop the button's spinner; a press we cannot answer any more is not an error."""
        try:
            await self._sender.call(functools.partial(query.answer, text=text),
                                    "answerCallbackQuery")
        except TelegramError as error:
            log.info("button press not answered: %s", type(error).__name__)

    async def _remove_keyboard(self, bot: Bot, message: MaybeInaccessibleMessage | None) -> bool:
        """Take the buttons off a message; False when they were already gone.

        Gone buttons mean this press is a second one (a double tap, or the same
        update again), and the first press already went to the coach.
        """
        if message is None or not message.is_accessible:
            return True
        edit = functools.partial(bot.edit_message_reply_markup, chat_id=message.chat.id,
                                 message_id=message.message_id)
        try:
            await self._sender.call(edit, "editMessageReplyMarkup")
        except BadRequest as error:
            if "not modified" in error.message.lower():
                return False
            log.info("keyboard not removed: %s", error.message)
        except TelegramError as error:
            log.info("keyboard not removed: %s", type(error).__name__)
        return True


def _addressed_to(text: str, username: str) -> bool:
    """'/help' is for every bot in the group, '/help@other_bot' only for that one."""
    command = text.split(maxsplit=1)[0] if text.strip() else ""
    _, at, addressee = command.partition("@")
    return not at or addressee.lower() == username.lower()
