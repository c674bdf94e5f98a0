"""Several `coach telegram --webhook` processes behind one URL, as a load balancer sees them.

`Fleet` starts the processes on one database and delivers updates the way Telegram and a
round-robin balancer do together: each update goes to the next live instance with the
secret header, and is sent again (to the next instance) until one answers 200. A chat's
next update is delivered only after the previous one was acknowledged, as Telegram does.
"""

from __future__ import annotations

import asyncio
import itertools
import signal
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from tests.operations.one_bot import SENDER_LOCK_CLASS, local_ports, read_lines
from tests.operations.processes import environment, free_port, start
from tests.telegram.fake_bot_api import FakeBotApi

SECRET = "fleet-webhook-secret"
PUBLIC_URL = "https://rebound.example/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
STARTUP_SECONDS = 60.0
EXIT_SECONDS = 60.0


class Fleet:
    """N webhook processes; `deliver` is the balancer, `kill` the operator's bad day."""

    def __init__(self, api: FakeBotApi, database_url: str, cwd: Path, size: int) -> None:
        self._api = api
        self._env = environment(database_url, TELEGRAM_BOT_TOKEN=api.token,
                                TELEGRAM_BASE_URL=api.base_url,
                                TELEGRAM_WEBHOOK_SECRET=SECRET,
                                # A note due hours ago still goes: the wave's people chose 09:00.
                                COACH_NUDGE_GRACE_MINUTES="1440")
        self._cwd = cwd
        self.ports = [free_port() for _ in range(size)]
        self.processes: list[asyncio.subprocess.Process] = []
        self.errors: list[list[str]] = []
        self._readers: list[asyncio.Task[None]] = []
        self._alive: list[bool] = []
        self._next = itertools.count()
        self._session: aiohttp.ClientSession | None = None
        self.redelivered = 0

    async def start(self) -> None:
        """Start every instance and return once each has told Telegram its webhook."""
        for port in self.ports:
            process = await start(
                ["telegram", "--webhook", PUBLIC_URL, "--listen", f"127.0.0.1:{port}"],
                self._env, self._cwd)
            self.processes.append(process)
            self._alive.append(True)
            # Read its output all along: a full pipe would stall the process mid-test.
            assert process.stdout is not None and process.stderr is not None
            self.errors.append([])
            self._readers += [asyncio.create_task(read_lines(process.stdout, [])),
                              asyncio.create_task(read_lines(process.stderr, self.errors[-1]))]
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        await self._api.wait_for(
            lambda: len(self._api.calls_to("setWebhook")) >= len(self.ports), STARTUP_SECONDS)

    async def deliver(self, update: dict[str, Any]) -> int:
        """Hand an update to the instances until one stores it; its update id."""
        prepared = self._api.prepare(update)
        assert self._session is not None
        while True:
            index = next(self._next) % len(self.ports)
            if not self._alive[index]:
                continue
            url = f"http://127.0.0.1:{self.ports[index]}/telegram"
            try:
                async with self._session.post(url, json=prepared,
                                              headers={SECRET_HEADER: SECRET}) as answer:
                    if answer.status == 200:
                        return int(prepared["update_id"])
            except aiohttp.ClientError:
                self._alive[index] = False  # the balancer's health check takes it out
            self.redelivered += 1  # Telegram sends it again; the balancer picks the next one

    async def kill(self, index: int) -> None:
        """SIGKILL one instance: no clean stop, whatever it held in hand is left behind."""
        self.processes[index].send_signal(signal.SIGKILL)
        await asyncio.wait_for(self.processes[index].wait(), EXIT_SECONDS)

    async def a_receiver(self, database_url: str) -> int:
        """An instance that receives and handles updates but is not the token's sender.

        Killing the sender is tests/operations/test_one_sender.py's case: a reply Telegram
        took just before the kill, not yet marked sent, goes again (at least once).
        """
        engine = create_async_engine(database_url)
        try:
            async with engine.connect() as connection:
                port = await connection.scalar(text(
                    "SELECT a.client_port FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                    " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = :lock_class"
                ), {"lock_class": SENDER_LOCK_CLASS})
        finally:
            await engine.dispose()
        return next(index for index, process in enumerate(self.processes)
                    if port not in local_ports(process.pid))

    async def stop(self) -> list[str]:
        """SIGTERM the live instances; their standard error, for checking what was logged."""
        if self._session is not None:
            await self._session.close()
        for process in self.processes:
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes:
            await asyncio.wait_for(process.wait(), EXIT_SECONDS)
        await asyncio.gather(*self._readers)
        return ["\n".join(lines) for lines in self.errors]
