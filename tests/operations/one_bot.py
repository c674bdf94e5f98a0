"""Several `coach telegram --webhook` processes on one PostgreSQL database, and a fake Bot
API that meters them: shared by tests/operations/test_one_sender.py and bench/one_sender.py."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import signal
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
from pydantic import SecretStr
from sqlalchemy import insert, select, text

from bot.settings import Settings
from bot.telegram_adapter.runner import webhook_secret
from storage.database import Database
from storage.models import NudgeDeliveryRow, NudgeScheduleRow, OutgoingReplyRow, PersonRow
from tests.operations.processes import environment, free_port, start
from tests.telegram.fake_bot_api import MESSAGES, FakeBotApi
from tests.telegram.fake_bot_state import Sent
from tests.telegram.people import command_entities

FIRST_CHAT = 880_000
WEBHOOK_URL = "https://rebound.example/telegram/hook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
DEADLINE = 120.0  # seconds; the work itself takes about ten
NUDGE_BUTTON = "applied_one"  # the value of the "I applied to one" button every nudge has
#: First key of the sender's advisory lock (storage/sender_lock.py), to find its holder.
SENDER_LOCK_CLASS = 0x52424E53


class MeteredBotApi(FakeBotApi):
    """The fake Bot API, remembering when it accepted each message (for the peak rate)."""

    def __init__(self) -> None:
        super().__init__()
        self.accepted_at: list[float] = []
        self.refused_at: list[float] = []
        self.killed_at: float | None = None

    def _inject(self, method: str, params: dict[str, Any]) -> None:
        now = asyncio.get_running_loop().time()
        try:
            super()._inject(method, params)  # raises the 429 when over the limit
        except Exception:
            self.refused_at.append(now)
            raise
        if method in MESSAGES:
            self.accepted_at.append(now)

    def peak_per_second(self) -> int:
        times, peak, first = self.accepted_at, 0, 0
        for last, at in enumerate(times):
            while at - times[first] >= 1.0:
                first += 1
            peak = max(peak, last - first + 1)
        return peak

    def first_after_kill(self) -> float:
        assert self.killed_at is not None
        return min(at for at in self.accepted_at if at > self.killed_at) - self.killed_at

    def chat(self, chat_id: int) -> list[Sent]:
        return [sent for sent in self.messages.values() if sent.chat_id == chat_id]


async def metered_fake(people: int, limit: int | None) -> tuple[MeteredBotApi, list[int]]:
    """A started fake refusing above `limit` a second, and the chats of `people` people the
    bot has talked to before (Telegram knows their chats)."""
    api = MeteredBotApi()
    await api.start()
    api.messages_per_second = limit
    chats = [FIRST_CHAT + n for n in range(people)]
    for chat_id in chats:
        api.chats[chat_id] = {"id": chat_id, "type": "private", "first_name": f"P{chat_id}"}
    return api, chats


def webhook_environment(api: FakeBotApi, database_url: str, **extra: str) -> dict[str, str]:
    """What every process of the bot is started with: the fake, the database, the webhook."""
    return environment(database_url, TELEGRAM_BOT_TOKEN=api.token,
                       TELEGRAM_BASE_URL=api.base_url, TELEGRAM_WEBHOOK_URL=WEBHOOK_URL, **extra)


def is_nudge(sent: Sent) -> bool:
    return any(NUDGE_BUTTON in str(button.get("callback_data", "")) for button in sent.buttons)


@dataclass
class BotProcess:
    process: asyncio.subprocess.Process
    hook: str
    err: list[str] = field(default_factory=list)
    readers: list[asyncio.Task[None]] = field(default_factory=list)

    async def drain(self) -> None:
        """Keep reading its output, so a full pipe never stalls it."""
        assert self.process.stdout is not None and self.process.stderr is not None
        for stream, into in ((self.process.stdout, []), (self.process.stderr, self.err)):
            self.readers.append(asyncio.create_task(read_lines(stream, into)))


async def read_lines(stream: asyncio.StreamReader, into: list[str]) -> None:
    async for line in stream:
        into.append(line.decode(errors="replace").rstrip())


async def a_wave_due_now(database: Database, chats: list[int]) -> None:
    """Every person's daily ping is this minute (the wave starts as the processes do)."""
    now = datetime.now(UTC)
    due = now.replace(second=0, microsecond=0) - timedelta(minutes=1)
    async with database.sessions.begin() as session:
        await session.execute(
            insert(PersonRow),
            [
                {
                    "platform": "telegram",
                    "user_id": str(chat),
                    "timezone": "UTC",
                    "ping_time": due.time(),
                    "created_at": now - timedelta(days=2),
                }
                for chat in chats
            ],
        )
        ids = (await session.scalars(select(PersonRow.id))).all()
        await session.execute(
            insert(NudgeScheduleRow),
            [
                {"person_id": person_id, "kind": "daily", "key": "", "next_due_at": due}
                for person_id in ids
            ],
        )


@contextlib.asynccontextmanager
async def bots(env: dict[str, str], cwd: Path, count: int) -> AsyncIterator[list[BotProcess]]:
    """`count` processes of `coach telegram --webhook`, each listening on a port of its own."""
    started: list[BotProcess] = []
    try:
        for _ in range(count):
            port = free_port()
            listen = f"127.0.0.1:{port}"
            process = await start(
                ["telegram", "--webhook", WEBHOOK_URL, "--listen", listen], env, cwd
            )
            bot = BotProcess(process, f"http://{listen}/telegram/hook")
            await bot.drain()
            started.append(bot)
        yield started
    finally:
        for bot in started:
            if bot.process.returncode is None:
                bot.process.send_signal(signal.SIGTERM)
        for bot in started:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(bot.process.wait(), 30)
            if bot.process.returncode is None:
                bot.process.kill()
                await bot.process.wait()
            await asyncio.gather(*bot.readers, return_exceptions=True)


async def everyone_writes(api: FakeBotApi, bots: list[BotProcess], chats: list[int]) -> None:
    """Each person's /progress goes to one of the processes, round-robin, all at once."""
    settings = Settings(_env_file=None, telegram_bot_token=SecretStr(api.token))  # type: ignore[call-arg]
    headers = {SECRET_HEADER: webhook_secret(settings)}
    async with aiohttp.ClientSession() as session:
        for hook in [bot.hook for bot in bots]:  # each is listening before anyone writes
            await until_async(functools.partial(accepts, session, hook))

        async def post(chat: int, bot: BotProcess) -> None:
            user = {"id": chat, "is_bot": False, "first_name": f"P{chat}"}
            message = {
                "message_id": api.new_message_id(),
                "date": 1_700_000_000,
                "chat": api.chats[chat],
                "from": user,
                "text": "/progress",
                **command_entities("/progress"),
            }
            update = api.prepare({"message": message})
            async with session.post(bot.hook, json=update, headers=headers) as answer:
                assert answer.status == 200

        await asyncio.gather(*(post(chat, bots[n % len(bots)]) for n, chat in enumerate(chats)))


async def accepts(session: aiohttp.ClientSession, hook: str) -> bool:
    try:
        async with session.post(hook, json={}) as answer:
            return answer.status in (200, 400, 403)
    except aiohttp.ClientConnectionError:
        return False


async def kill_the_sender(database: Database, bots: list[BotProcess]) -> None:
    """SIGKILL the process holding the sender's lock."""
    sender = await the_sender(database, bots)
    sender.process.kill()
    await sender.process.wait()


async def the_sender(database: Database, bots: list[BotProcess]) -> BotProcess:
    """The process holding the sender's lock (found through its connection's port)."""
    async with database.engine.connect() as connection:
        port = await connection.scalar(
            text(
                "SELECT a.client_port FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = :lock_class"
            ),
            {"lock_class": SENDER_LOCK_CLASS},
        )
    assert port is not None, "one process is the sender"
    (sender,) = [bot for bot in bots if port in local_ports(bot.process.pid)]
    return sender


def local_ports(pid: int) -> set[int]:
    """The local TCP ports of a process's sockets (Linux /proc, no extra dependency)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[9] in inodes:
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


async def handed_not_settled(database: Database) -> set[str]:
    """Right after the kill: the nudges its sender had handed to the platform and not
    settled. They become `unknown` once their lease lapses (2 minutes; not waited for)."""
    async with database.sessions() as session:
        return set(
            await session.scalars(
                select(PersonRow.user_id)
                .join(NudgeDeliveryRow)
                .where(
                    NudgeDeliveryRow.status == "pending", NudgeDeliveryRow.handed_at.is_not(None)
                )
            )
        )


async def all_done(
    api: MeteredBotApi, database: Database, chats: list[int], in_doubt: set[str]
) -> bool:
    """Everyone answered, no reply owed, and every nudge settled or honestly in doubt."""
    if not all(any(not is_nudge(m) for m in api.chat(chat)) for chat in chats):
        return False
    async with database.sessions() as session:
        owed = await session.scalar(select(OutgoingReplyRow.id).limit(1))
        statuses = dict(
            (
                await session.execute(
                    select(PersonRow.user_id, NudgeDeliveryRow.status).join(NudgeDeliveryRow)
                )
            ).all()
        )
    return (
        owed is None
        and len(statuses) == len(chats)
        and all(status == "sent" or user in in_doubt for user, status in statuses.items())
    )


async def nudge_statuses(database: Database) -> dict[str, tuple[str, bool]]:
    async with database.sessions() as session:
        rows = await session.execute(
            select(PersonRow.user_id, NudgeDeliveryRow.status, NudgeDeliveryRow.handed_at).join(
                PersonRow, PersonRow.id == NudgeDeliveryRow.person_id
            )
        )
        return {user: (status, handed is not None) for user, status, handed in rows}


async def until(condition: Callable[[], bool]) -> None:
    async def check() -> bool:
        return condition()

    await until_async(check)


async def until_async(condition: Callable[[], Any]) -> None:
    """Wait on a condition, never on the clock; fail after DEADLINE seconds."""
    deadline = asyncio.get_running_loop().time() + DEADLINE
    while not await condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.1)
