"""Three `coach telegram --webhook` processes on one PostgreSQL database send as one bot.

The fake Bot API refuses more than 30 messages in any second, as Telegram does. A
hundred people write at once (their updates spread over the three processes) while a
nudge wave falls due for all of them; halfway through, the process that sends is killed
with SIGKILL. Everyone is answered, every nudge arrives at most once (and exactly once
unless its sender died while the platform had it: then it is honestly unknown), and no
send is refused: the three processes never add up to more than the one budget.
"""

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
import pytest
from pydantic import SecretStr
from sqlalchemy import insert, select, text

from bot.nudge_sending import MAX_IN_FLIGHT
from bot.settings import Settings
from bot.telegram_adapter.runner import webhook_secret
from storage.database import Database, open_database
from storage.models import NudgeDeliveryRow, NudgeScheduleRow, OutgoingReplyRow, PersonRow
from storage.sender_lock import SENDER_LOCK_CLASS
from tests.operations.databases import empty_postgres
from tests.operations.processes import environment, free_port, run, start
from tests.telegram.fake_bot_api import MESSAGES, FakeBotApi
from tests.telegram.fake_bot_state import Sent
from tests.telegram.people import command_entities

pytestmark = pytest.mark.postgres

PEOPLE = 100
PROCESSES = 3
TELEGRAM_LIMIT = 30
FIRST_CHAT = 880_000
WEBHOOK_URL = "https://rebound.example/telegram/hook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
DEADLINE = 120.0  # seconds; the work itself takes about ten
#: Messages accepted before the sender is killed: while people are being answered (replies
#: go first), or once they all are and the nudge wave is under way.
KILLED = {"while answering": 2 * PEOPLE // 3, "during the nudge wave": PEOPLE + PEOPLE // 3}
IN_FLIGHT = MAX_IN_FLIGHT  # nudges one sender has handed over at once
NUDGE_BUTTON = "applied_one"  # the value of the "I applied to one" button every nudge has


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
            self.readers.append(asyncio.create_task(_read_lines(stream, into)))


async def _read_lines(stream: asyncio.StreamReader, into: list[str]) -> None:
    async for line in stream:
        into.append(line.decode(errors="replace").rstrip())


@pytest.mark.parametrize("kill_after", KILLED.values(), ids=KILLED.keys())
async def test_three_processes_send_as_one_bot_and_a_killed_sender_hands_over(
    tmp_path: Path, kill_after: int
) -> None:
    api = MeteredBotApi()
    await api.start()
    api.messages_per_second = TELEGRAM_LIMIT
    chats = [FIRST_CHAT + n for n in range(PEOPLE)]
    for chat_id in chats:  # people the bot has talked to before: Telegram knows their chats
        api.chats[chat_id] = {"id": chat_id, "type": "private", "first_name": f"P{chat_id}"}
    try:
        async with empty_postgres() as url:
            env = environment(
                url,
                TELEGRAM_BOT_TOKEN=api.token,
                TELEGRAM_BASE_URL=api.base_url,
                TELEGRAM_WEBHOOK_URL=WEBHOOK_URL,
            )
            assert (await run(["db", "upgrade"], env, tmp_path)).code == 0
            database = await open_database(url, migrate=False)
            try:
                await _a_wave_due_now(database, chats)
                async with _bots(env, tmp_path) as bots:
                    await _everyone_writes(api, bots, chats)
                    await _until(lambda: len(api.accepted_at) >= kill_after)
                    await _kill_the_sender(database, bots)
                    api.killed_at = asyncio.get_running_loop().time()
                    in_doubt = await _handed_not_settled(database)
                    await _until_async(lambda: _all_done(api, database, chats, in_doubt))
                    statuses = await _nudge_statuses(database)
            finally:
                await database.close()
    finally:
        await api.close()

    assert api.calls_to("sendMessage", status=429) == [], (
        f"refused {[round(at - (api.killed_at or 0), 3) for at in api.refused_at]} s after "
        f"the kill; accepted {[round(at - (api.killed_at or 0), 3) for at in api.accepted_at]}"
    )
    assert api.peak_per_second() <= TELEGRAM_LIMIT
    answers = {chat: [m.text for m in api.chat(chat) if not is_nudge(m)] for chat in chats}
    assert all(answers.values()), "everyone is answered"
    doubled = sum(len(texts) - len(set(texts)) for texts in answers.values())
    assert doubled <= IN_FLIGHT, "only replies sent as the sender died may go twice"
    nudges = {chat: sum(map(is_nudge, api.chat(chat))) for chat in chats}
    assert max(nudges.values()) == 1, "no nudge twice"
    for chat in chats:
        if str(chat) in in_doubt:  # handed over by the killed sender: unknown, never resent
            assert statuses[str(chat)] == ("pending", True)
        else:
            assert (statuses[str(chat)][0], nudges[chat]) == ("sent", 1)
    unknown = [chat for chat in chats if str(chat) in in_doubt]
    arrived = sum(nudges[chat] for chat in unknown)
    # Marked handed right before its request, with the next slot held back meanwhile: one at
    # a time (two if a mark outlasts the hold under load) can be marked and not yet sent.
    assert len(unknown) - arrived <= 2, "lost: only a nudge marked and not yet requested"
    assert arrived <= IN_FLIGHT, "unrecorded: at most those sent as the sender died"
    print(
        f"\npeak {api.peak_per_second()}/s over {len(api.accepted_at)} messages; "
        f"{len(unknown)} nudges unknown ({arrived} of them arrived), {doubled} replies "
        f"doubled; first send {api.first_after_kill():.2f} s after SIGKILL of the sender"
    )


async def _a_wave_due_now(database: Database, chats: list[int]) -> None:
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
async def _bots(env: dict[str, str], cwd: Path) -> AsyncIterator[list[BotProcess]]:
    bots: list[BotProcess] = []
    try:
        for _ in range(PROCESSES):
            port = free_port()
            listen = f"127.0.0.1:{port}"
            process = await start(
                ["telegram", "--webhook", WEBHOOK_URL, "--listen", listen], env, cwd
            )
            bot = BotProcess(process, f"http://{listen}/telegram/hook")
            await bot.drain()
            bots.append(bot)
        yield bots
    finally:
        for bot in bots:
            if bot.process.returncode is None:
                bot.process.send_signal(signal.SIGTERM)
        for bot in bots:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(bot.process.wait(), 30)
            if bot.process.returncode is None:
                bot.process.kill()
                await bot.process.wait()
            await asyncio.gather(*bot.readers, return_exceptions=True)


async def _everyone_writes(api: FakeBotApi, bots: list[BotProcess], chats: list[int]) -> None:
    """Each person's /progress goes to one of the processes, round-robin, all at once."""
    settings = Settings(_env_file=None, telegram_bot_token=SecretStr(api.token))  # type: ignore[call-arg]
    headers = {SECRET_HEADER: webhook_secret(settings)}
    async with aiohttp.ClientSession() as session:
        for hook in [bot.hook for bot in bots]:  # each is listening before anyone writes
            await _until_async(functools.partial(_accepts, session, hook))

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


async def _accepts(session: aiohttp.ClientSession, hook: str) -> bool:
    try:
        async with session.post(hook, json={}) as answer:
            return answer.status in (200, 400, 403)
    except aiohttp.ClientConnectionError:
        return False


async def _kill_the_sender(database: Database, bots: list[BotProcess]) -> None:
    """SIGKILL the process holding the sender's lock (found through its connection's port)."""
    async with database.engine.connect() as connection:
        port = await connection.scalar(
            text(
                "SELECT a.client_port FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = :lock_class"
            ),
            {"lock_class": SENDER_LOCK_CLASS},
        )
    assert port is not None, "one process is the sender"
    (sender,) = [bot for bot in bots if port in _local_ports(bot.process.pid)]
    sender.process.kill()
    await sender.process.wait()


def _local_ports(pid: int) -> set[int]:
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


async def _handed_not_settled(database: Database) -> set[str]:
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


async def _all_done(
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


async def _nudge_statuses(database: Database) -> dict[str, tuple[str, bool]]:
    async with database.sessions() as session:
        rows = await session.execute(
            select(PersonRow.user_id, NudgeDeliveryRow.status, NudgeDeliveryRow.handed_at).join(
                PersonRow, PersonRow.id == NudgeDeliveryRow.person_id
            )
        )
        return {user: (status, handed is not None) for user, status, handed in rows}


async def _until(condition: Callable[[], bool]) -> None:
    async def check() -> bool:
        return condition()

    await _until_async(check)


async def _until_async(condition: Callable[[], Any]) -> None:
    """Wait on a condition, never on the clock; fail after DEADLINE seconds."""
    deadline = asyncio.get_running_loop().time() + DEADLINE
    while not await condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.1)
