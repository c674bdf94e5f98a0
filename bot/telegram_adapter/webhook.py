"""The webhook endpoint: an update is stored durably before Telegram hears "received".

python-telegram-bot's own webhook server acknowledges an update once it is in the
process's memory, so an instance that dies right after loses it. Here the answer
is 200 only after the update is in the inbox table; if the database cannot take it,
the answer is 503 and Telegram delivers it again later. Telegram's secret header is
checked first, so nobody else can put words in a person's mouth.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
from collections.abc import AsyncIterator, Callable
from datetime import datetime

from aiohttp import web
from telegram import Bot, Update

from bot.http_site import serving_app
from bot.telegram_adapter.inbox import InboxDrainer, UpdateInbox
from bot.telegram_adapter.ordering import chat_key
from coach.ports import StoreUnavailable

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
#: Updates are small; anything bigger than this is not from Telegram.
MAX_BODY = 1024 * 1024


class WebhookReceiver:
    """POST handler for one bot's webhook path."""

    def __init__(self, bot: Bot, inbox: UpdateInbox, drainer: InboxDrainer, secret: str,
                 now: Callable[[], datetime]) -> None:
        self._bot = bot
        self._inbox = inbox
        self._drainer = drainer
        self._secret = secret.encode()
        self._now = now

    async def receive(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self._secret):
            return web.Response(status=403)
        try:
            payload = await request.json()
            if not isinstance(payload, dict):
                raise TypeError("an update is a JSON object")
            update = Update.de_json(payload, self._bot)
        except Exception:  # not JSON, or not an update: Telegram never sends that
            return web.Response(status=400)
        key = chat_key(update)
        try:
            await self._inbox.store(update.update_id, key if key is not None else 0,
                                    payload, self._now())
        except StoreUnavailable:
            log.warning("webhook update %s not stored; Telegram will send it again",
                        update.update_id)
            return web.Response(status=503)
        self._drainer.arrived(key if key is not None else 0)
        return web.Response(status=200)


@contextlib.asynccontextmanager
async def serving_webhook(receiver: WebhookReceiver, host: str, port: int,
                          path: str) -> AsyncIterator[None]:
    """Accept webhook calls on http://host:port/path while the block runs."""
    app = web.Application(client_max_size=MAX_BODY)
    app.router.add_post("/" + path.lstrip("/"), receiver.receive)
    async with serving_app(app, host, port, "listen"):
        yield
