"""Several `coach telegram --webhook` processes on one PostgreSQL database: what they send
together. Everyone writes at once (the updates spread over the processes, round-robin) while
a daily ping falls due for everyone; the fake Bot API meters what arrives.

Prints the peak number of messages in any one second (Telegram allows about 30), how many
were refused with 429 (with --limit 30 the fake refuses above that, as Telegram does; the
default 0 refuses nothing, so the peak is what the processes would send), the time until
everyone had their answer and their ping, and, with --kill, how soon after a SIGKILL of the
sending process the next message went out.

Run: COACH_TEST_POSTGRES_URL=postgresql+asyncpg://postgres@127.0.0.1:5432/test \\
     python bench/one_sender.py [--people 300] [--processes 3] [--limit 0] [--kill]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the fakes live with the tests

from storage.database import open_database  # noqa: E402
from tests.operations.databases import empty_postgres  # noqa: E402
from tests.operations.one_bot import (  # noqa: E402
    a_wave_due_now,
    all_done,
    bots,
    everyone_writes,
    handed_not_settled,
    kill_the_sender,
    metered_fake,
    until,
    until_async,
    webhook_environment,
)
from tests.operations.processes import run  # noqa: E402


async def main(people: int, processes: int, limit: int, kill: bool) -> None:
    api, chats = await metered_fake(people, limit or None)
    try:
        async with empty_postgres() as url:
            env = webhook_environment(api, url, COACH_LOG_LEVEL="WARNING")
            with tempfile.TemporaryDirectory() as folder:
                assert (await run(["db", "upgrade"], env, Path(folder))).code == 0
                database = await open_database(url, migrate=False)
                try:
                    await a_wave_due_now(database, chats)
                    async with bots(env, Path(folder), processes) as running:
                        started = time.perf_counter()
                        await everyone_writes(api, running, chats)
                        in_doubt: set[str] = set()
                        if kill:
                            await until(lambda: len(api.accepted_at) >= people)
                            await kill_the_sender(database, running)
                            api.killed_at = asyncio.get_running_loop().time()
                            # Handed to Telegram by the dead sender, never confirmed: these
                            # become `unknown` and are not sent again (docs/nudges.md).
                            in_doubt = await handed_not_settled(database)
                        await until_async(lambda: all_done(api, database, chats, in_doubt))
                        drained = time.perf_counter() - started
                finally:
                    await database.close()
    finally:
        await api.close()
    print(
        f"{processes} processes, {people} people: {len(api.accepted_at)} messages in "
        f"{drained:.1f} s; peak {api.peak_per_second()} in one second; "
        f"{len(api.refused_at)} refused (fake limit: {limit or 'none'})"
        + (f"; {len(in_doubt)} nudge(s) in the killed sender's hands left unknown" if kill else "")
    )
    if kill:
        print(f"first message {api.first_after_kill():.2f} s after SIGKILL of the sender")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="the fake's 429 threshold; 0: none")
    parser.add_argument("--kill", action="store_true", help="SIGKILL the sender halfway")
    options = parser.parse_args()
    asyncio.run(main(options.people, options.processes, options.limit, options.kill))
