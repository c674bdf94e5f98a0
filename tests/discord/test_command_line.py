"""`coach discord` as a person runs it: a real process, the real wiring, SQLite on disk."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from tests.discord import payloads
from tests.discord.fake_discord import STARTUP_SECONDS, FakeDiscord
from tests.discord.payloads import snowflake

EXIT_TIMEOUT = 30


async def _start(
    fake: FakeDiscord, tmp_path: Path, token: str, level: str = "INFO"
) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))}
    env |= {"DISCORD_BOT_TOKEN": token, "DISCORD_API_BASE_URL": fake.api_url,
            "DISCORD_GATEWAY_URL": fake.gateway_url,
            "COACH_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}",
            "COACH_LOG_LEVEL": level}
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "discord", env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )


async def test_the_command_answers_a_dm_and_stops_cleanly(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    process = await _start(fake, tmp_path, fake.token, level="DEBUG")
    await fake.wait_for(lambda: fake.gateway.live, what="the bot to connect",
                        seconds=STARTUP_SECONDS)
    person = fake.user("ana")
    channel = fake.dm_channel_id(person)
    text = "I got rejected by Zanzibarcorp"
    await fake.gateway.dispatch("MESSAGE_CREATE",
                                payloads.message(snowflake(), channel, person, text))
    posted = await fake.wait_for(
        lambda: [p for p in fake.posted_in(channel) if "feeling" in p.content] or None,
        what="the coach's first question")
    assert [b["label"] for b in posted[0].buttons()][:2] == ["Sad", "Angry"]

    process.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(process.communicate(), EXIT_TIMEOUT)
    logs = err.decode()
    assert process.returncode == 0, logs[-2000:]
    assert fake.token not in logs and "Zanzibarcorp" not in logs
    assert "Traceback" not in logs


async def test_a_wrong_token_is_one_clear_line_and_a_failing_exit(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    process = await _start(fake, tmp_path, "MTA.wrong-token.NOPE")
    _, err = await asyncio.wait_for(process.communicate(), EXIT_TIMEOUT)
    lines = err.decode().strip().splitlines()
    assert process.returncode != 0
    assert len(lines) == 1 and lines[0].startswith("coach: "), lines
    assert "wrong-token" not in lines[0]
