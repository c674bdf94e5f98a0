"""Building the python-telegram-bot Application and running it beside other platforms.

The lifecycle is PTB's manual one (initialize, start updates, start, wait, stop,
shutdown) rather than `run_polling`, which owns the event loop and signals: the
process runs several platforms and a scheduler in one loop and stops them all
through one asyncio.Event.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import os
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from telegram import BotCommand, Update
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError
from telegram.ext import Application, ApplicationBuilder

from bot.errors import StartupError
from bot.reply_sending import ReplyDispatcher
from bot.sender_election import SenderElection
from bot.settings import Settings
from bot.telegram_adapter.adapter import ALLOWED_UPDATES, TelegramAdapter
from bot.telegram_adapter.flood import FloodControl
from bot.telegram_adapter.inbox import InboxDrainer, UpdateInbox
from bot.telegram_adapter.ordering import PerChatUpdateProcessor
from bot.telegram_adapter.outbox import TelegramOutbox
from bot.telegram_adapter.polling import InHandQueue, UpdatesInHand, settling_request
from bot.telegram_adapter.replies import reply_dispatcher
from bot.telegram_adapter.sending import RETRY_DELAYS, ReplySender
from bot.telegram_adapter.webhook import WebhookReceiver, serving_webhook
from bot.token_budget import TokenBudget
from coach.conversation.commands import COMMANDS
from coach.service import Coach

log = logging.getLogger(__name__)

TelegramApplication = Application[Any, Any, Any, Any, Any, Any]
InboxFor = Callable[[str], UpdateInbox]
"""The webhook inbox of one bot, given its source name ("telegram:<bot id>")."""

#: How long one getUpdates call waits on Telegram's side; a stop cancels it at once.
POLL_TIMEOUT = 30
#: Where build_application leaves the outbox sender, for `serve` to run its sweeps.
REPLIES = "rebound.replies"


class TelegramStartupError(StartupError):
    """The bot cannot start for a reason a person can fix; the message is one safe line."""


def file_url_for(base_url: str) -> str:
    """The file URL matching an API base URL: ".../bot" serves files at ".../file/bot"."""
    scheme, netloc, path, query, fragment = urlsplit(base_url)
    head, _, last = path.rpartition("/")
    return urlunsplit((scheme, netloc, f"{head}/file/{last}", query, fragment))


def quiet_library_logs() -> None:
    """Keep tokens and people's words out of the logs, whatever the root level becomes.

    httpx logs every request URL (token included) at INFO; python-telegram-bot
    logs whole updates and API answers (what people wrote) at DEBUG. Levels are
    set explicitly, so turning the root logger to DEBUG later does not reopen them.
    """
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    library = logging.getLogger("telegram")
    library.setLevel(max(logging.INFO, library.getEffectiveLevel()))


def _opt_into_timedelta_durations() -> None:
    """Take python-telegram-bot's announced timedelta durations now.

    Without this, every 429 makes PTB's own RetryAfter emit a deprecation
    warning (it reads its int `retry_after` while building its message). We read
    none of the affected attributes, so opting in changes nothing else for us.
    """
    os.environ.setdefault("PTB_TIMEDELTA", "1")


def build_application(
    settings: Settings,
    coach: Coach,
    *,
    retry_delays: Sequence[float] = RETRY_DELAYS,
    on_reply: Callable[[], None] | None = None,
    budget: TokenBudget | None = None,
    election: SenderElection | None = None,
) -> TelegramApplication:
    """An Application with our handlers, flood control and per-chat ordering; not started.

    `on_reply` is called for each message sent in answer to a person, so a wave of
    nudges (paced separately) can leave that share of Telegram's budget to replies.
    `budget` is the token's send budget (tests that chat fast lift the per-chat pace).
    """
    if settings.telegram_bot_token is None:
        raise TelegramStartupError("TELEGRAM_BOT_TOKEN is not set")
    quiet_library_logs()
    _opt_into_timedelta_durations()
    in_hand = UpdatesInHand()  # the next poll waits for these (polling.py)
    application = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_base_url)
        .base_file_url(file_url_for(settings.telegram_base_url))
        .rate_limiter(flood := FloodControl(budget))
        .update_queue(InHandQueue(in_hand))
        .get_updates_request(settling_request(in_hand))
        .concurrent_updates(PerChatUpdateProcessor(in_hand=in_hand))
        .build()
    )
    sender = ReplySender(retry_delays, on_sent=on_reply)
    replies = reply_dispatcher(application.bot, coach, sender)
    if election is not None:  # several processes: only the token's sender sends
        replies.elect_with(election)
        election.on_elected(flood.take_over)
    application.bot_data[REPLIES] = replies
    TelegramAdapter(coach, sender, replies).register(application)
    return application


async def run_telegram(
    settings: Settings,
    coach: Coach,
    stop: asyncio.Event,
    *,
    ready: asyncio.Event | None = None,
    outbox: TelegramOutbox | None = None,
    on_reply: Callable[[], None] | None = None,
    inbox_for: InboxFor | None = None,
    election: SenderElection | None = None,
) -> None:
    """Serve Telegram until `stop` is set, then finish the updates in hand and shut down.

    `ready`, when given, is set once updates flow (polling started, or the webhook
    listener accepting), for whoever reports readiness or tests the webhook.
    `outbox`, when given, sends the scheduler's nudges through this bot while it runs.
    `inbox_for` is where webhook updates wait until handled (required for a webhook).
    `election`, on PostgreSQL, says whether this process is the token's one sender.
    """
    application = build_application(settings, coach, on_reply=on_reply, election=election)
    if outbox is not None:
        outbox.attach(application.bot)
    try:
        await serve(application, settings, stop, ready=ready, inbox_for=inbox_for)
    finally:
        if outbox is not None:
            outbox.attach(None)


async def serve(
    application: TelegramApplication,
    settings: Settings,
    stop: asyncio.Event,
    *,
    ready: asyncio.Event | None = None,
    inbox_for: InboxFor | None = None,
) -> None:
    """Run an already built Application (tests add probes to it before calling this)."""
    if settings.telegram_webhook_url:
        _listen_address(settings.telegram_webhook_listen)  # a bad address fails before anything
        if inbox_for is None:
            raise TelegramStartupError("a webhook needs the database's update inbox")
    await _initialize(application, settings)
    replies: ReplyDispatcher = application.bot_data[REPLIES]
    sweeping: asyncio.Task[None] | None = None
    try:
        async with contextlib.AsyncExitStack() as receiving:
            await _register_commands(application)
            # Polling: the only process of this token, so whatever is owed is ours to send.
            await replies.claim(take_over=not settings.telegram_webhook_url)
            if settings.telegram_webhook_url and inbox_for is not None:
                inbox = inbox_for(f"telegram:{application.bot.id}")
                receiving.push_async_callback(inbox.close)
                await receiving.enter_async_context(
                    _receiving_webhook(application, settings, inbox, stop))
            else:
                await _start_polling(application)
            await application.start()
            sweeping = asyncio.create_task(replies.run(stop))
            log.info("telegram bot @%s is running", application.bot.username)
            if ready is not None:
                ready.set()
            await stop.wait()
    finally:
        await _stop(application)
        if sweeping is not None:
            if not stop.is_set():  # start-up failed after the sweeper began
                sweeping.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sweeping


async def _initialize(application: TelegramApplication, settings: Settings) -> None:
    """getMe happens here: the moment a wrong token or an unreachable server shows.

    PTB's InvalidToken quotes the token, so it is replaced, never chained. The
    Application does not close its HTTP clients when initialize fails: the bot's
    own shutdown does.
    """
    try:
        await application.initialize()
    except InvalidToken:
        await application.bot.shutdown()
        raise TelegramStartupError(
            "Telegram refused the bot token: check TELEGRAM_BOT_TOKEN (ask @BotFather)"
        ) from None
    except NetworkError as error:
        await application.bot.shutdown()
        raise TelegramStartupError(
            f"cannot reach the Telegram Bot API at {_safe_url(settings.telegram_base_url)} "
            f"({type(error).__name__})"
        ) from None


async def _register_commands(application: TelegramApplication) -> None:
    """The command menu; the bot works without it, so a failure is only a warning."""
    commands = [BotCommand(name, description) for name, description in COMMANDS]
    try:
        await application.bot.set_my_commands(commands)
    except TelegramError as error:
        log.warning("telegram command menu not set: %s", type(error).__name__)


async def _start_polling(application: TelegramApplication) -> None:
    updater = application.updater
    assert updater is not None  # ApplicationBuilder always makes one unless told not to
    try:
        await updater.start_polling(
            timeout=POLL_TIMEOUT,
            allowed_updates=list(ALLOWED_UPDATES),
            error_callback=_polling_failed,
        )
    except NetworkError as error:
        raise TelegramStartupError(
            f"cannot reach the Telegram Bot API ({type(error).__name__})"
        ) from None


@contextlib.asynccontextmanager
async def _receiving_webhook(application: TelegramApplication, settings: Settings,
                             inbox: UpdateInbox, stop: asyncio.Event) -> AsyncIterator[None]:
    """Listen, tell Telegram where, and drain the inbox; on the way out in reverse.

    The listener closes first (Telegram sends what it could not deliver to the other
    instances), then the drains finish the update each has in hand.
    """
    assert settings.telegram_webhook_url is not None
    host, port = _listen_address(settings.telegram_webhook_listen)
    bot = application.bot

    async def handle(payload: dict[str, Any]) -> None:
        await application.process_update(Update.de_json(payload, bot))

    drainer = InboxDrainer(inbox, handle)
    receiver = WebhookReceiver(bot, inbox, drainer, webhook_secret(settings),
                               now=lambda: datetime.now(UTC))
    path = urlsplit(settings.telegram_webhook_url).path
    draining = asyncio.create_task(drainer.run(stop))
    try:
        async with serving_webhook(receiver, host, port, path):
            await _set_webhook(application, settings)
            yield
    finally:
        await drainer.finish()
        draining.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await draining


async def _set_webhook(application: TelegramApplication, settings: Settings) -> None:
    try:
        await application.bot.set_webhook(
            url=settings.telegram_webhook_url or "",
            secret_token=webhook_secret(settings),
            allowed_updates=list(ALLOWED_UPDATES),
        )
    except BadRequest as error:
        raise TelegramStartupError(f"Telegram refused the webhook: {error.message}") from None
    except NetworkError as error:
        raise TelegramStartupError(
            f"cannot reach the Telegram Bot API ({type(error).__name__})"
        ) from None


def _polling_failed(error: TelegramError) -> None:
    # Called for each failed getUpdates; python-telegram-bot retries on its own.
    log.warning("telegram polling: %s: %s", type(error).__name__, error.message)


async def _stop(application: TelegramApplication) -> None:
    """Stop taking updates, finish those in hand (the Application drains its queue), close."""
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
    await application.shutdown()


def _listen_address(listen: str) -> tuple[str, int]:
    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit():
        raise TelegramStartupError(f"TELEGRAM_WEBHOOK_LISTEN must be HOST:PORT, not {listen!r}")
    return host.strip("[]"), int(port)


def webhook_secret(settings: Settings) -> str:
    """The secret Telegram must send with every webhook call.

    Without one set, it is derived from the token: unguessable, yet the same in
    every process behind a load balancer (a random one per process would make
    each setWebhook call lock out the others).
    """
    if settings.telegram_webhook_secret is not None:
        return settings.telegram_webhook_secret.get_secret_value()
    assert settings.telegram_bot_token is not None
    token = settings.telegram_bot_token.get_secret_value().encode()
    return hmac.new(token, b"rebound telegram webhook", hashlib.sha256).hexdigest()


def _safe_url(url: str) -> str:
    """The base URL without anything a template could have put the token into."""
    scheme, netloc, path, _, _ = urlsplit(url)
    return urlunsplit((scheme, netloc, path.split("{", 1)[0], "", ""))
