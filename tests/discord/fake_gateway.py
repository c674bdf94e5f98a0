"""The fake Discord's gateway websocket: HELLO, IDENTIFY/READY, heartbeats, RESUME, dispatches."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

if TYPE_CHECKING:
    from tests.discord.fake_discord import FakeDiscord

HELLO, HEARTBEAT, IDENTIFY, RESUME, HEARTBEAT_ACK, DISPATCH = 10, 1, 2, 6, 11, 0
#: Long enough that the client's heartbeat thread stays asleep during a test.
HEARTBEAT_INTERVAL_MS = 45_000
AUTHENTICATION_FAILED = 4004
RESUMABLE_CLOSE = 4000


@dataclass
class Connection:
    socket: web.WebSocketResponse
    path: str
    query: dict[str, str]
    session_id: str | None = None
    sent: list[dict[str, Any]] = field(default_factory=list)


class FakeGateway:
    """The gateway of one bot; every event has a rising `s`.

    Unsharded, one session is live at a time. A sharded IDENTIFY (`shard: [id, count]`)
    opens that shard's session, and `dispatch(..., shard=id)` sends on it.
    """

    def __init__(self, fake: FakeDiscord) -> None:
        self._fake = fake
        self.connections: list[Connection] = []
        self.identified: list[dict[str, Any]] = []
        self.resumed: list[dict[str, Any]] = []
        self.history: list[tuple[str, dict[str, Any]]] = []
        self._sequence = itertools.count(1)
        self._sessions = itertools.count(1)
        self.live: Connection | None = None
        self.shards: dict[int, Connection] = {}
        self._replay_on_resume = 0
        #: Set to refuse IDENTIFY (close 4004) although the HTTP API took the token.
        self.refuse_identify = False

    async def serve(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        connection = Connection(socket, request.path, dict(request.query))
        self.connections.append(connection)
        hello = {"op": HELLO, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}}
        await self._send(connection, hello)
        try:
            async for frame in socket:
                if frame.type is WSMsgType.TEXT:
                    await self._receive(connection, json.loads(frame.data))
        finally:
            if self.live is connection:
                self.live = None
            self.shards = {n: c for n, c in self.shards.items() if c is not connection}
            await self._fake.notify()
        return socket

    async def _receive(self, connection: Connection, frame: dict[str, Any]) -> None:
        op, data = frame.get("op"), frame.get("d") or {}
        if op == HEARTBEAT:
            await self._send(connection, {"op": HEARTBEAT_ACK})
        elif op == IDENTIFY:
            await self._identify(connection, data)
        elif op == RESUME:
            await self._resume(connection, data)
        else:
            self._fake.violations.append(f"gateway: unexpected op {op}")

    async def _identify(self, connection: Connection, data: dict[str, Any]) -> None:
        self.identified.append({k: v for k, v in data.items() if k != "token"})
        if data.get("token") != self._fake.token or self.refuse_identify:
            await connection.socket.close(code=AUTHENTICATION_FAILED, message=b"bad token")
            return
        if not isinstance(data.get("intents"), int):
            self._fake.violations.append("gateway: IDENTIFY without intents")
        shard = self._shard(data.get("shard"))
        connection.session_id = f"session-{next(self._sessions)}"
        ready = {
            "v": 10,
            "user": self._fake.bot.to_json(),
            "guilds": [],
            "session_id": connection.session_id,
            "resume_gateway_url": f"{self._fake.base_ws_url}/resume-gateway",
            "application": {"id": str(self._fake.application_id), "flags": 0},
        }
        if shard is not None:
            ready["shard"] = list(shard)
            self.shards[shard[0]] = connection
        await self._dispatch_on(connection, "READY", ready)
        self.live = connection
        await self._fake.notify()

    def _shard(self, shard: Any) -> tuple[int, int] | None:
        """[id, count] as Discord requires it: 0 <= id < count; anything else is a violation."""
        if shard is None:
            return None
        if (not isinstance(shard, list) or len(shard) != 2
                or not all(isinstance(n, int) for n in shard) or not 0 <= shard[0] < shard[1]):
            self._fake.violations.append(f"gateway: IDENTIFY with a bad shard {shard!r}")
            return None
        return shard[0], shard[1]

    async def _resume(self, connection: Connection, data: dict[str, Any]) -> None:
        self.resumed.append({k: v for k, v in data.items() if k != "token"})
        if data.get("token") != self._fake.token:
            await connection.socket.close(code=AUTHENTICATION_FAILED, message=b"bad token")
            return
        connection.session_id = data.get("session_id")
        await self._dispatch_on(connection, "RESUMED", {})
        replay, self._replay_on_resume = self._replay_on_resume, 0
        self.live = connection
        for event, payload in self.history[len(self.history) - replay:] if replay else []:
            await self._dispatch_on(connection, event, payload)
        await self._fake.notify()

    async def dispatch(self, event: str, payload: dict[str, Any], shard: int | None = None) -> None:
        """Send an event to the connected client (or shard), waiting for it to identify first."""
        connection = await self._fake.wait_for(
            lambda: self.live if shard is None else self.shards.get(shard),
            what="a gateway session" if shard is None else f"shard {shard}")
        self.history.append((event, payload))
        await self._dispatch_on(connection, event, payload)

    async def drop_connection(self, replay_last: int = 0) -> None:
        """Close the socket as Discord does before a resume, then re-send the last events.

        Discord may deliver an event again after a RESUME; the bot must not answer twice.
        """
        connection = await self._fake.wait_for(lambda: self.live, what="a gateway session")
        self._replay_on_resume = replay_last
        self.live = None
        await connection.socket.close(code=RESUMABLE_CLOSE, message=b"reconnect")

    async def _dispatch_on(
        self, connection: Connection, event: str, payload: dict[str, Any]
    ) -> None:
        frame = {"op": DISPATCH, "t": event, "s": next(self._sequence), "d": payload}
        await self._send(connection, frame)

    async def _send(self, connection: Connection, frame: dict[str, Any]) -> None:
        frame.setdefault("s", None)
        frame.setdefault("t", None)
        connection.sent.append(frame)
        await connection.socket.send_str(json.dumps(frame))

    async def close(self) -> None:
        for connection in self.connections:
            if not connection.socket.closed:
                await connection.socket.close()
