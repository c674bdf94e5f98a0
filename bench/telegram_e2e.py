"""End-to-end figures against a local fake Bot API (the one the tests use), bots as processes.

  latency: reply latency of `coach telegram`, measured in the same run as a bare
           python-telegram-bot echo bot on its own fake (p50, p99, and the ratio).
           Messages arrive PACE apart: under the 25 sends a second the bot allows
           itself (bot.token_budget), which the echo bot knows nothing of. Back to
           back, each reply would wait for the previous one's slot, and the figure
           would be the flood control's spacing (~36 ms), not the bot's latency.
  burst:   1,000 people write within one second to a fake that answers 429 above
           30 messages/s; every one must be answered exactly once, nothing refused.

Run: python bench/telegram_e2e.py latency [messages]
     python bench/telegram_e2e.py burst [people]
     BENCH_PYTHON_ARGS="-m cProfile -o bot.prof" python bench/telegram_e2e.py latency
         (arguments for the coach's Python: a profile of the bot while it answers)
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))  # the fake Bot API lives with the tests

from tests.telegram.fake_bot_api import FakeBotApi  # noqa: E402
from tests.telegram.people import FakePerson, command_entities  # noqa: E402

CHATS = 20
PACE = 0.05
"""Seconds from one coach message to the next: 20 a second, under the token's budget."""
PATIENCE = float(os.environ.get("BENCH_PATIENCE", "600"))


async def _coach(api: FakeBotApi, folder: str) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))}
    env |= {"TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_BASE_URL": api.base_url,
            "COACH_DATABASE_URL": f"sqlite+aiosqlite:///{Path(folder) / 'coach.db'}",
            "COACH_LOG_LEVEL": "WARNING"}
    return await asyncio.create_subprocess_exec(
        sys.executable, *os.environ.get("BENCH_PYTHON_ARGS", "").split(), "-m", "bot", "telegram",
        env=env, cwd=folder,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)


async def _echo(api: FakeBotApi) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, str(BENCH / "echo_bot.py"), api.token, api.base_url,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)


async def _stop(process: asyncio.subprocess.Process) -> None:
    process.terminate()
    await process.wait()


async def _round_trip(api: FakeBotApi, person: FakePerson, text: str) -> float:
    before = len(person.inbox)
    started = time.perf_counter()
    api.push({"message": person.message(text=text, **command_entities(text))})
    await api.wait_for(lambda: len(person.inbox) > before, PATIENCE)
    return time.perf_counter() - started


async def latency(messages: int) -> None:
    coach_api, echo_api = FakeBotApi(), FakeBotApi()
    await coach_api.start()
    await echo_api.start()
    with tempfile.TemporaryDirectory() as folder:
        bots = [await _coach(coach_api, folder), await _echo(echo_api)]
        try:
            # Several people, so no chat reaches Telegram's one-message-a-second pace.
            talkers = [FakePerson(coach_api, None, 700 + n, "Ana")  # type: ignore[arg-type]
                       for n in range(CHATS)]
            echoed = [FakePerson(echo_api, None, 800 + n, "Bo")  # type: ignore[arg-type]
                      for n in range(CHATS)]
            for ana, bo in zip(talkers, echoed, strict=True):  # both up and warm
                await _round_trip(coach_api, ana, "/start")
                await _round_trip(echo_api, bo, "hello")
            coach_times, echo_times = [], []
            for number in range(messages):  # interleaved, so both see the same machine
                ana, bo = talkers[number % CHATS], echoed[number % CHATS]
                began = time.perf_counter()
                coach_times.append(await _round_trip(coach_api, ana, "/progress"))
                echo_times.append(await _round_trip(echo_api, bo, f"hello {number}"))
                await asyncio.sleep(max(0.0, began + PACE - time.perf_counter()))
        finally:
            for bot in bots:
                await _stop(bot)
    await coach_api.close()
    await echo_api.close()
    coach_p50, echo_p50 = statistics.median(coach_times), statistics.median(echo_times)
    print(f"messages {messages} each, one every {PACE * 1000:.0f} ms")
    print(f"coach telegram: p50 {coach_p50 * 1000:.1f} ms, "
          f"p99 {statistics.quantiles(coach_times, n=100)[98] * 1000:.1f} ms")
    print(f"echo bot:       p50 {echo_p50 * 1000:.1f} ms, "
          f"p99 {statistics.quantiles(echo_times, n=100)[98] * 1000:.1f} ms")
    print(f"ratio of p50s: {coach_p50 / echo_p50:.2f} (target <= 1.5)")


async def burst(people: int) -> None:
    api = FakeBotApi()
    api.messages_per_second = 30
    await api.start()
    with tempfile.TemporaryDirectory() as folder:
        bot = await _coach(api, folder)
        try:
            first = FakePerson(api, None, 1, "Warm")  # type: ignore[arg-type]
            await _round_trip(api, first, "/start")
            crowd = [FakePerson(api, None, 10_000 + n, f"P{n}")  # type: ignore[arg-type]
                     for n in range(people)]
            started = time.perf_counter()
            for number, person in enumerate(crowd):  # spread over one second
                api.push({"message": person.message(text="/start",
                                                    **command_entities("/start"))})
                if number % 50 == 49:
                    await asyncio.sleep(50 / people)
            await api.wait_for(lambda: all(len(p.inbox) >= len(first.inbox) for p in crowd),
                               PATIENCE)
            drained = time.perf_counter() - started
        finally:
            await _stop(bot)
    await api.close()
    counts = [len(person.inbox) for person in crowd]
    print(f"people {people}, drained in {drained:.1f} s (ideal {people * len(first.inbox) / 30:.1f}"
          f" s at 30 messages/s)")
    print(f"answered: {sum(1 for c in counts if c)} of {people}; "
          f"exactly once: {sum(1 for c in counts if c == len(first.inbox))}")
    print(f"refused sends (429): {len(api.calls_to('sendMessage', status=429))}")


if __name__ == "__main__":
    kind = sys.argv[1] if len(sys.argv) > 1 else "latency"
    size = int(sys.argv[2]) if len(sys.argv) > 2 else (100 if kind == "latency" else 1000)
    asyncio.run(latency(size) if kind == "latency" else burst(size))
