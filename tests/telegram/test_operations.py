"""`coach telegram --metrics-listen`: a real process answers /healthz and /metrics over HTTP."""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path

import aiohttp

from tests.operations.processes import environment, finish, free_port, start
from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.people import FakePerson

ANSWER_SECONDS = 30


async def _get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


async def test_a_bot_on_a_fresh_sqlite_file_serves_health_and_metrics(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    port = free_port()
    env = environment(f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}",
                      TELEGRAM_BOT_TOKEN=bot_api.token, TELEGRAM_BASE_URL=bot_api.base_url,
                      COACH_METRICS_LISTEN=f"127.0.0.1:{port}")
    process = await start(["telegram"], env, tmp_path)
    person = FakePerson(bot_api, probe=None, user_id=5150, first_name="Ana")  # type: ignore[arg-type]
    bot_api.push({"message": person.message(text="I got rejected by Zanzibarcorp")})
    await bot_api.wait_for(lambda: any("feeling" in m.text for m in person.inbox), ANSWER_SECONDS)

    health = await _get(f"http://127.0.0.1:{port}/healthz")
    status, metrics = await _get(f"http://127.0.0.1:{port}/metrics")

    assert health == (200, '{"status": "ok", "checks": {"database": "ok", "telegram": "ok"}}')
    assert status == 200
    assert 'rebound_turn_seconds_count{platform="telegram"} 1.0' in metrics
    assert 'rebound_answers_total{platform="telegram",risk="none"} 1.0' in metrics
    assert "rebound_nudge_backlog 0.0" in metrics
    assert "Zanzibarcorp" not in metrics and "5150" not in metrics
    process.send_signal(signal.SIGTERM)
    done = await finish(process)
    assert done.code == 0, done.err[-2000:]
    assert "Traceback" not in done.err


async def test_chat_serves_no_metrics_and_needs_no_setup(tmp_path: Path) -> None:
    """`coach chat` never binds a metrics port, so a setting meant for the bots cannot stop it."""
    env = environment(f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}",
                      COACH_METRICS_LISTEN="not-an-address")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "chat", env=env, cwd=tmp_path,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(process.communicate(b"/rejected Acme, Analyst\n"), 60)

    assert process.returncode == 0, err.decode()[-2000:]
    assert "1." in out.decode() and err.decode() == ""


async def test_a_bad_metrics_address_stops_a_bot_with_one_line(
    bot_api: FakeBotApi, tmp_path: Path
) -> None:
    env = environment(f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}",
                      TELEGRAM_BOT_TOKEN=bot_api.token, TELEGRAM_BASE_URL=bot_api.base_url)

    done = await finish(await start(["telegram", "--metrics-listen", "9100"], env, tmp_path))

    assert done.code != 0
    assert done.err.strip().splitlines() == [
        "coach: metrics address '9100' is not HOST:PORT (e.g. 127.0.0.1:9100)"]
