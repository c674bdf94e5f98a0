"""A local Discord for tests: the HTTP API and the gateway discord.py talks to, on 127.0.0.1.

Every request is checked against Discord's OpenAPI description and recorded; what
the bot posted is kept as messages, so a test asserts what a person would see.
Faults are injected on purpose: a 429 on a route, closed DMs (403, code 50007).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any, TypeVar

from aiohttp import BodyPartReader, web

from tests.discord.fake_gateway import FakeGateway
from tests.discord.fake_records import FakeInteraction, Posted, Recorded
from tests.discord.fake_routes import Routes, json_answer
from tests.discord.openapi import Operation, discord_api
from tests.discord.payloads import FakeUser, snowflake

T = TypeVar("T")
WAIT_SECONDS = 5.0
#: A `coach discord` process starting up (imports, migrations) on a busy 2-core machine.
STARTUP_SECONDS = 60.0
INVALID_FORM_BODY = 50035


class FakeDiscord:
    def __init__(self, token: str = "MTA.fake-bot-token.S3CR3T") -> None:
        self.token = token
        self.api = discord_api()
        self.bot = FakeUser(snowflake(), "Rebound", bot=True)
        self.application_id = self.bot.id
        self.guild_id, self.guild_channel_id = snowflake(), snowflake()
        self.requests: list[Recorded] = []
        self.violations: list[str] = []
        self.messages: dict[int, Posted] = {}
        self.dm_channels: dict[int, int] = {}
        self.users: dict[int, FakeUser] = {}
        self.interactions: dict[int, FakeInteraction] = {}
        self.commands: list[dict[str, Any]] = []
        self.closed_dms: set[int] = set()
        self.rate_limits: dict[tuple[str, str], list[float]] = {}
        self.gateway = FakeGateway(self)
        self._routes = Routes(self)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self.gateway.serve)
        app.router.add_get("/resume-gateway", self.gateway.serve)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._http)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        await self.gateway.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def base_ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    @property
    def gateway_url(self) -> str:
        return f"{self.base_ws_url}/gateway"

    # -- waiting -----------------------------------------------------------------

    async def notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_for(
        self, found: Callable[[], T | None], what: str = "it", seconds: float = WAIT_SECONDS
    ) -> T:
        """The first truthy `found()`, re-checked on every change; fails after `seconds`."""
        async def until() -> T:
            async with self._changed:
                while not (result := found()):
                    await self._changed.wait()
                return result
        try:
            return await asyncio.wait_for(until(), seconds)
        except TimeoutError:
            raise AssertionError(f"fake Discord: waited {seconds}s for {what}") from None

    # -- faults ------------------------------------------------------------------

    def rate_limit_next(self, method: str, template: str, retry_after: float = 0.1) -> None:
        self.rate_limits.setdefault((method, template), []).append(retry_after)

    # -- the HTTP API --------------------------------------------------------------

    async def _http(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body, files = await _read_body(request)
        operation = self.api.operation(request.method, path)
        record = Recorded(request.method, path, operation.template if operation else None,
                          dict(request.query), body, files)
        self.requests.append(record)
        response = await self._answer(request, operation, record)
        record.status = response.status
        await self.notify()
        return response

    async def _answer(
        self, request: web.Request, operation: Operation | None, record: Recorded
    ) -> web.StreamResponse:
        where = f"{record.method} {record.path}"
        if operation is None:
            self.violations.append(f"{where}: no such route in Discord's API")
            return _error(404, 0, "404: Not Found")
        errors = self._check(operation, record)
        self.violations += [f"{where}: {e}" for e in errors]
        authorization = request.headers.get("Authorization")
        if authorization is None and operation.needs_bot_token:
            self.violations.append(f"{where}: no Authorization header")
        if (authorization is not None or operation.needs_bot_token) and (
            not operation.accepts_bot_token or authorization != f"Bot {self.token}"
        ):
            return _error(401, 0, "401: Unauthorized")
        if errors:
            return _error(400, INVALID_FORM_BODY, "Invalid Form Body")
        queued = self.rate_limits.get((record.method, operation.template))
        if queued:
            return _too_many_requests(queued.pop(0))
        handler = self._routes.handler(record.method, operation.template)
        if handler is None:
            self.violations.append(f"{where}: the fake does not serve {operation.template}")
            return _error(404, 0, "404: Not Found")
        return await handler(record, _path_values(operation))

    def _check(self, operation: Operation, record: Recorded) -> list[str]:
        errors = self.api.check_path(operation)
        errors += [f"unknown query parameter {name!r}" for name in record.query
                   if name not in operation.query_names()]
        schema = operation.body_schema("application/json")
        if record.body is None and operation.body_required:
            errors.append("missing the required request body")
        elif record.body is not None and schema is None:
            errors.append("a body where none is expected")
        elif record.body is not None and schema is not None:
            errors += self.api.validate(record.body, schema, "body")
        for index, attachment in enumerate(_attachments(record.body)):
            if f"files[{attachment.get('id', index)}]" not in record.files:
                errors.append(f"attachment {index} has no files[{attachment.get('id')}] part")
        return errors

    # -- what people see -------------------------------------------------------------

    def user(self, username: str, global_name: str | None = None) -> FakeUser:
        person = FakeUser(snowflake(), username, global_name)
        self.users[person.id] = person
        return person

    def dm_channel_id(self, user: FakeUser) -> int:
        return self.dm_channels.setdefault(user.id, snowflake())

    def posted_in(self, channel_id: int) -> list[Posted]:
        return [m for m in self.messages.values() if m.channel_id == channel_id and not m.deleted]

    def post(self, channel_id: int, author: FakeUser, body: dict[str, Any],
             files: dict[str, tuple[str, bytes]]) -> Posted:
        posted = Posted(snowflake(), channel_id, author)
        self.messages[posted.id] = posted
        return self.update(posted, body, files)

    def update(self, posted: Posted, body: dict[str, Any] | None,
               files: dict[str, tuple[str, bytes]]) -> Posted:
        body = body or {}
        if body.get("content") is not None:
            posted.content = body["content"]
        if body.get("components") is not None:
            posted.components = body["components"]
        posted.flags |= int(body.get("flags") or 0)
        posted.files.update({name: data for name, data in files.values()})
        posted.loading = False
        return posted


async def _read_body(request: web.Request) -> tuple[Any, dict[str, tuple[str, bytes]]]:
    if not request.can_read_body:
        return None, {}
    if request.content_type == "multipart/form-data":
        body: Any = None
        files: dict[str, tuple[str, bytes]] = {}
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if not isinstance(part, BodyPartReader):
                continue
            data = await part.read()
            if part.name == "payload_json":
                body = json.loads(data)
            elif part.name:
                files[part.name] = (part.filename or "", bytes(data))
        return body, files
    raw = await request.read()
    return (json.loads(raw) if raw else None), {}


def _attachments(body: Any) -> list[dict[str, Any]]:
    found = body.get("attachments") if isinstance(body, dict) else None
    return found if isinstance(found, list) else []


def _path_values(operation: Operation) -> dict[str, str]:
    return {name: value for name, (value, _) in operation.path_parameters.items()}


def _error(status: int, code: int, message: str) -> web.Response:
    return json_answer({"message": message, "code": code}, status=status)


def _too_many_requests(retry_after: float) -> web.Response:
    """The headers discord.py reads; without Via it would take the 429 for a Cloudflare ban."""
    headers = {
        "X-RateLimit-Limit": "5",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
        "X-RateLimit-Reset-After": f"{retry_after:.3f}",
        "X-RateLimit-Bucket": "fake-bucket",
        "X-RateLimit-Scope": "user",
        "Retry-After": str(max(1, round(retry_after))),
        "Via": "1.1 google",
    }
    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": False}
    return json_answer(body, status=429, headers=headers)
