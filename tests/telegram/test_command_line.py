"""`coach telegram` as a person runs it: a real process, the real wiring, SQLite on disk."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.people import FakePerson

EXIT_TIMEOUT = 30


def _environment(api: FakeBotApi, tmp_path: Path, token: str, level: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))}
    env |= {"TELEGRAM_BOT_TOKEN": token, "TELEGRAM_BASE_URL": api.base_url,
            "COACH_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}",
            "COACH_LOG_LEVEL": level}
    return env


async def _start(
    api: FakeBotApi, tmp_path: Path, token: str, level: str = "INFO", command: str = "telegram"
) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", command, env=_environment(api, tmp_path, token, level),
        cwd=tmp_path, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )


@pytest.mark.parametrize("command", ["telegram", "run"])
async def test_the_command_answers_a_person_and_stops_cleanly(
    bot_api: FakeBotApi, tmp_path: Path, command: str
) -> None:
    process = await _start(bot_api, tmp_path, bot_api.token, level="DEBUG", command=command)
    person = FakePerson(bot_api, probe=None, user_id=5150, first_name="Ana")  # type: ignore[arg-type]
    bot_api.push({"message": person.message(text="I got rejected by Zanzibarcorp")})
    await bot_api.wait_for(lambda: any("feeling" in m.text for m in person.inbox), 20)
    assert [b["text"] for row in person.inbox[-1].keyboard for b in row][:2] == ["Sad", "Angry"]
    assert bot_api.calls_to("setMyCommands"), "the command menu is registered"

    process.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(process.communicate(), EXIT_TIMEOUT)
    assert process.returncode == 0
    logs = err.decode()
    assert bot_api.token not in logs and bot_api.token.split(":")[1] not in logs
    assert "Traceback" not in logs
    assert "Zanzibarcorp" not in logs, "what people write never reaches the logs"


async def test_a_wrong_token_is_one_clear_line_and_a_failing_exit(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    wrong = "123456:WrongTokenWrongTokenWrongToken"
    process = await _start(bot_api, tmp_path, wrong)
    _, err = await asyncio.wait_for(process.communicate(), EXIT_TIMEOUT)
    lines = err.decode().strip().splitlines()
    assert process.returncode != 0
    assert len(lines) == 1 and lines[0].startswith("coach: ")
    assert "WrongToken" not in lines[0]
