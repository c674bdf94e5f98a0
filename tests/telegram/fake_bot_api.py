"""A local Bot API server that the real python-telegram-bot Application talks to.

It keeps what a person would see (each chat's messages with their current
keyboards and documents), queues updates for getUpdates with Telegram's offset
semantics, validates every request against the published spec (see
bot_api_spec), and can answer 429, 403 or a network failure on demand. Tests
wait on its condition, never on the clock.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.telegram.bot_api_spec import BotApiSpec, Upload
from tests.telegram.fake_bot_state import ApiError, BotApiState

#: What Telegram counts toward its ~30 messages a second per bot.
MESSAGES = frozenset({"sendMessage", "sendDocument", "sendPhoto"})
TOKEN = "7000001:AAFakeTokenForTestsOnly-abcdefghijklmnop"
BOT_ID = 7000001
USERNAME = "rebound_test_bot"
WAIT_TIMEOUT = 5.0


@dataclass
class ApiCall:
    """One request as the server received it: decoded parameters and the status it got."""

    method: str
    params: dict[str, Any]
    status: int = 200


@dataclass
class _Failure:
    method: str
    status: int
    description: str
    chat_id: int | None
    retry_after: int | None
    times: int


@dataclass
class _Queued:
    update: dict[str, Any]
    delivered: bool = False


class FakeBotApi(BotApiState):
    """Serve with `await start()`; `base_url` is then what TELEGRAM_BASE_URL would be."""

    def __init__(self, token: str = TOKEN) -> None:
        super().__init__({"id": BOT_ID, "is_bot": True, "first_name": "Rebound",
                          "username": USERNAME, "can_join_groups": True,
                          "can_read_all_group_messages": False, "supports_inline_queries": False})
        self.token = token
        self.spec = BotApiSpec.load()
        self.calls: list[ApiCall] = []
        self.violations: list[str] = []
        self.blocked: set[int] = set()
        self.base_url = ""
        self._queue: list[_Queued] = []
        self._failures: list[_Failure] = []
        self._holds: dict[tuple[str, int], asyncio.Event] = {}
        #: Set to enforce Telegram's flood limit: more messages than this in any second get 429.
        self.messages_per_second: int | None = None
        self._recent_messages: collections.deque[float] = collections.deque()
        self._changed = asyncio.Event()
        self._polls = 0
        self._closing = False
        self._runner: web.AppRunner | None = None

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.base_url = f"http://{host}:{port}/bot"
        return self.base_url

    async def close(self) -> None:
        self._closing = True  # ends pending long polls at once
        for event in self._holds.values():
            event.set()
        self._notify()
        if self._runner is not None:
            await self._runner.cleanup()

    # What tests do to the world.

    def prepare(self, update: dict[str, Any]) -> dict[str, Any]:
        """An update as Telegram would send it: with an id, valid, its chat known to the server."""
        if "update_id" not in update:
            update = {"update_id": self.new_update_id(), **update}
        self.violations += self.spec.check_object(update, "Update", "pushed update")
        self.remember_update(update)
        return update

    def push(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates (an update_id is assigned unless given); its id."""
        update = self.prepare(update)
        self._queue.append(_Queued(update))
        self._notify()
        return int(update["update_id"])

    def redeliver(self, update_id: int) -> int:
        """Send an already delivered update again, as Telegram does after a lost confirmation."""
        return self.push(dict(self.updates[update_id]))

    def fail(self, method: str, status: int, description: str, *, chat_id: int | None = None,
             retry_after: int | None = None, times: int = 1) -> None:
        """Answer the next `times` matching requests with an error instead."""
        self._failures.append(_Failure(method, status, description, chat_id, retry_after, times))

    def flood(self, method: str, *, retry_after: int = 1, times: int = 1) -> None:
        self.fail(method, 429, f"Too Many Requests: retry after {retry_after}",
                  retry_after=retry_after, times=times)

    def block(self, chat_id: int) -> None:
        """The person blocked the bot: every call for their chat gets 403 from now on."""
        self.blocked.add(chat_id)

    def hold(self, method: str, chat_id: int) -> asyncio.Event:
        """Keep the next `method` call for `chat_id` waiting until the returned event is set."""
        event = asyncio.Event()
        self._holds[(method, chat_id)] = event
        return event

    def calls_to(self, method: str, *, status: int | None = None) -> list[ApiCall]:
        return [c for c in self.calls if c.method == method and status in (None, c.status)]

    async def wait_for(self, predicate: Callable[[], bool], seconds: float = WAIT_TIMEOUT) -> None:
        """Return once `predicate` holds, re-checking after every change; TimeoutError if not."""
        async with asyncio.timeout(seconds):
            while not predicate():
                await self._changed.wait()

    # The server.

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"]
        params, problems = self.spec.check_request(method, await _form(request))
        self.violations += problems
        call = ApiCall(method, params)
        self.calls.append(call)
        self._notify()
        try:
            self._inject(method, params)
            await self._wait_if_held(method, params, request)
            response = _ok(await self._dispatch(method, params))
        except ApiError as error:
            response = _error(error.status, error.description, error.retry_after)
        except Exception as error:  # a bug in this fake must fail the test, not just a request
            self.violations.append(f"{method}: the fake crashed: {error!r}")
            response = _error(500, "Internal Server Error")
        call.status = response.status
        self._notify()
        return response

    async def _dispatch(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getUpdates":
            return await self._get_updates(params)
        handler = getattr(self, f"api_{method}", None)
        if handler is None:
            if method in self.spec.methods:
                self.violations.append(f"{method}: valid, but this fake does not serve it")
            raise ApiError(404, "Not Found: method not found")
        return handler(params)

    def _inject(self, method: str, params: dict[str, Any]) -> None:
        chat_id = _chat_id(params)
        if chat_id is not None and chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if self.messages_per_second is not None and method in MESSAGES:
            self._meter(self.messages_per_second)
        for failure in self._failures:
            if failure.method == method and failure.chat_id in (None, chat_id) and failure.times:
                failure.times -= 1
                raise ApiError(failure.status, failure.description, failure.retry_after)

    def _meter(self, limit: int) -> None:
        """A sliding one-second window, as strict as Telegram's limit is described."""
        now = asyncio.get_running_loop().time()
        while self._recent_messages and now - self._recent_messages[0] >= 1.0:
            self._recent_messages.popleft()
        if len(self._recent_messages) >= limit:
            raise ApiError(429, "Too Many Requests: retry after 1", 1)
        self._recent_messages.append(now)

    async def _wait_if_held(self, method: str, params: dict[str, Any],
                            request: web.Request) -> None:
        """Wait until released; if the bot went away meanwhile (killed), the call never
        reached Telegram: nothing is done."""
        event = self._holds.pop((method, _chat_id(params) or 0), None)
        if event is not None:
            await event.wait()
            if request.transport is None or request.transport.is_closing():
                raise ApiError(499, "the bot hung up before Telegram acted")

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Offset confirms what was handed out below it; the call waits up to `timeout`.

        A newer call ends an older one still waiting (as Telegram does), so the long
        poll of a killed bot cannot swallow updates meant for its successor.
        """
        offset, limit = int(params.get("offset", 0)), int(params.get("limit", 100))
        self._queue = [q for q in self._queue
                       if not (q.delivered and q.update["update_id"] < offset)]
        self._polls += 1
        mine = self._polls
        if not self._ready():
            with contextlib.suppress(TimeoutError):
                await self.wait_for(lambda: self._ready() or self._polls != mine,
                                    seconds=float(params.get("timeout", 0)))
        if self._closing or self._polls != mine:
            return []
        batch = self._queue[:limit]
        for queued in batch:
            queued.delivered = True
        return [queued.update for queued in batch]

    def _ready(self) -> bool:
        """Anything not yet confirmed is handed out at once, as Telegram does: an update
        sent to a bot that died before confirming it comes again to the next caller."""
        return self._closing or bool(self._queue)

    def _notify(self) -> None:
        """Wake every waiter once; each re-checks its own condition."""
        self._changed.set()
        self._changed = asyncio.Event()


def _chat_id(params: dict[str, Any]) -> int | None:
    value = params.get("chat_id")
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


async def _form(request: web.Request) -> dict[str, str | Upload]:
    form: dict[str, str | Upload] = {}
    for name, value in (await request.post()).items():
        if isinstance(value, web.FileField):
            form[name] = Upload(value.filename, value.file.read(), value.content_type)
        else:
            form[name] = str(value)
    return form


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=status)
